import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  writeReportFile
} from "./chunk-DZZ72OTQ.js";
import "./chunk-KJ7NEGQU.js";
export {
  writeReportFile
};
