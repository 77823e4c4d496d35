import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  collectSignals,
  extractorsFor,
  isManifest,
  scanRepository,
  scanSource
} from "./chunk-A43EOIEV.js";
import "./chunk-LDBRJ2UR.js";
import "./chunk-FMWSTCU6.js";
import "./chunk-PB2SFZLS.js";
import "./chunk-VIX7GTYN.js";
import "./chunk-7HOEAX4C.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-ZBQEY5XO.js";
import "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-SX36J2YO.js";
import "./chunk-LIDEUAEU.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-WWNZIN5X.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-EXPTTWJG.js";
import "./chunk-KJ7NEGQU.js";
export {
  collectSignals,
  extractorsFor,
  isManifest,
  scanRepository,
  scanSource
};
