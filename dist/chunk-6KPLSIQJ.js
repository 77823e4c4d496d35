import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  fetchOrgConfig
} from "./chunk-5TBHE2WP.js";
import "./chunk-N6URY2LG.js";
import "./chunk-J2FH7X2Z.js";
import "./chunk-4I77DZQO.js";
import "./chunk-D3U573I3.js";
import "./chunk-SDN73OF7.js";
import "./chunk-LJ7HMTXE.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-KJ7NEGQU.js";
export {
  fetchOrgConfig
};
