import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  orgConfigLabel,
  parseOrgConfigRef,
  resolveConfig
} from "./chunk-EED3MREV.js";
import "./chunk-F66XAYKI.js";
import "./chunk-D3U573I3.js";
import "./chunk-LJ7HMTXE.js";
import "./chunk-KJ7NEGQU.js";
export {
  orgConfigLabel,
  parseOrgConfigRef,
  resolveConfig
};
