import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  fetchOrgConfig
} from "./chunk-C7W5AKWD.js";
import "./chunk-DKS3FCZH.js";
import "./chunk-EED3MREV.js";
import "./chunk-F66XAYKI.js";
import "./chunk-D3U573I3.js";
import "./chunk-LJ7HMTXE.js";
import "./chunk-KJ7NEGQU.js";
export {
  fetchOrgConfig
};
