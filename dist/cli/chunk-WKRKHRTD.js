import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  require_markdownit
} from "./chunk-W4DOK2OE.js";
import "./chunk-KJ7NEGQU.js";
export default require_markdownit();
