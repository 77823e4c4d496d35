import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  defaultPlanPath,
  dependenciesAtRevision,
  draftForGaps
} from "./chunk-M3DQFBCZ.js";
import "./chunk-N74KMN6Y.js";
import "./chunk-LDBRJ2UR.js";
import "./chunk-FMWSTCU6.js";
import "./chunk-VH2DEYMD.js";
import "./chunk-QRUBSX3S.js";
import "./chunk-VIX7GTYN.js";
import "./chunk-4DW4VBBA.js";
import "./chunk-3YTAIZCQ.js";
import "./chunk-4RY5KAAW.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-WGFJZLXC.js";
import "./chunk-SX36J2YO.js";
import "./chunk-ZHGTTFTF.js";
import "./chunk-XRUR2M6W.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-KJ7NEGQU.js";
export {
  defaultPlanPath,
  dependenciesAtRevision,
  draftForGaps
};
