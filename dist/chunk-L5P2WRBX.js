import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  LINT_RULES,
  lintPlan,
  startLint
} from "./chunk-YTUHXLL5.js";
import "./chunk-FMWSTCU6.js";
import "./chunk-VH2DEYMD.js";
import "./chunk-E4JRUEIC.js";
import "./chunk-QRUBSX3S.js";
import "./chunk-VIX7GTYN.js";
import "./chunk-E6DNKB62.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-WGFJZLXC.js";
import "./chunk-SX36J2YO.js";
import "./chunk-ZHGTTFTF.js";
import "./chunk-XRUR2M6W.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-KJ7NEGQU.js";
export {
  LINT_RULES,
  lintPlan,
  startLint
};
