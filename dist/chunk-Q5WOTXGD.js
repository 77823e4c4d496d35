import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  LINT_RULES,
  lintPlan,
  startLint
} from "./chunk-GLIGKUIU.js";
import "./chunk-G6RVOPC5.js";
import "./chunk-FMWSTCU6.js";
import "./chunk-QBC4IHSJ.js";
import "./chunk-ZKATWRES.js";
import "./chunk-VIX7GTYN.js";
import "./chunk-HAHKWHZZ.js";
import "./chunk-YIC2S5OT.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-SX36J2YO.js";
import "./chunk-AGHLWIT3.js";
import "./chunk-XRUR2M6W.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-KJ7NEGQU.js";
export {
  LINT_RULES,
  lintPlan,
  startLint
};
