import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  SARIF_SCHEMA_URI,
  renderSarif,
  sarifText
} from "./chunk-7PO36U4B.js";
import "./chunk-UKINFBCB.js";
import "./chunk-ZUV7M45Y.js";
import "./chunk-BADLUWOW.js";
import "./chunk-D4DWHG6H.js";
import "./chunk-ZHGTTFTF.js";
import "./chunk-7VATZ2CH.js";
import "./chunk-SDN73OF7.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-KJ7NEGQU.js";
export {
  SARIF_SCHEMA_URI,
  renderSarif,
  sarifText
};
