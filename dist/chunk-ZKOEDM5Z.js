import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  LINT_RULES,
  lintPlan,
  startLint
} from "./chunk-6NXZYSSU.js";
import "./chunk-W455QMMB.js";
import "./chunk-FMWSTCU6.js";
import "./chunk-DMLP52WI.js";
import "./chunk-PSAM7D3J.js";
import "./chunk-VIX7GTYN.js";
import "./chunk-VHI2HSFQ.js";
import "./chunk-WEYJOFEF.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-SX36J2YO.js";
import "./chunk-LIDEUAEU.js";
import "./chunk-XRUR2M6W.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-KJ7NEGQU.js";
export {
  LINT_RULES,
  lintPlan,
  startLint
};
