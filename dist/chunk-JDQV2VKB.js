import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  orgConfigLabel,
  parseOrgConfigRef,
  resolveConfig
} from "./chunk-3B2RPBFT.js";
import "./chunk-M52GZBCH.js";
import "./chunk-D3U573I3.js";
import "./chunk-EXPTTWJG.js";
import "./chunk-KJ7NEGQU.js";
export {
  orgConfigLabel,
  parseOrgConfigRef,
  resolveConfig
};
