import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  LINT_RULES,
  lintPlan,
  startLint
} from "./chunk-NXXLIL3D.js";
import "./chunk-U4ZPJLUY.js";
import "./chunk-FMWSTCU6.js";
import "./chunk-PB2SFZLS.js";
import "./chunk-PSAM7D3J.js";
import "./chunk-VIX7GTYN.js";
import "./chunk-VHI2HSFQ.js";
import "./chunk-ZBQEY5XO.js";
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
