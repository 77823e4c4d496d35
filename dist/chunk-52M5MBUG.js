import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  escapeLogLines,
  escapeLogText,
  escapeStringsForLog,
  jsonForLog
} from "./chunk-3DKRMKWI.js";
import "./chunk-KJ7NEGQU.js";
export {
  escapeLogLines,
  escapeLogText,
  escapeStringsForLog,
  jsonForLog
};
