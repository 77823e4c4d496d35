import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  fetchOrgConfig
} from "./chunk-5AZHJ665.js";
import "./chunk-DKS3FCZH.js";
import "./chunk-3B2RPBFT.js";
import "./chunk-M52GZBCH.js";
import "./chunk-D3U573I3.js";
import "./chunk-EXPTTWJG.js";
import "./chunk-KJ7NEGQU.js";
export {
  fetchOrgConfig
};
