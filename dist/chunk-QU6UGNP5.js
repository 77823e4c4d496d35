import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  DRAFT_MARKER,
  parsePlan,
  parsedTree,
  scenarioTitle
} from "./chunk-ZKATWRES.js";
import "./chunk-VIX7GTYN.js";
import {
  LINE_BREAK
} from "./chunk-SX36J2YO.js";
import "./chunk-AGHLWIT3.js";
import "./chunk-XRUR2M6W.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-KJ7NEGQU.js";
export {
  DRAFT_MARKER,
  LINE_BREAK,
  parsePlan,
  parsedTree,
  scenarioTitle
};
