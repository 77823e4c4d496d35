import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  collectSignals,
  extractorsFor,
  isManifest,
  scanRepository,
  scanSource
} from "./chunk-T3R2U76W.js";
import "./chunk-UZBOXDNN.js";
import "./chunk-BADLUWOW.js";
import "./chunk-D4DWHG6H.js";
import "./chunk-ZHGTTFTF.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-SDN73OF7.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-KJ7NEGQU.js";
export {
  collectSignals,
  extractorsFor,
  isManifest,
  scanRepository,
  scanSource
};
