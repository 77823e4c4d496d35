import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  defaultPlanPath,
  dependenciesAtRevision,
  draftForGaps
} from "./chunk-XBQATY44.js";
import "./chunk-FSPR6LTS.js";
import "./chunk-LDBRJ2UR.js";
import "./chunk-FMWSTCU6.js";
import "./chunk-DMLP52WI.js";
import "./chunk-PSAM7D3J.js";
import "./chunk-VIX7GTYN.js";
import "./chunk-7JRKSP33.js";
import "./chunk-6HCYLPL3.js";
import "./chunk-IQDIIR2R.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-WEYJOFEF.js";
import "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-SX36J2YO.js";
import "./chunk-LIDEUAEU.js";
import "./chunk-XRUR2M6W.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-WWNZIN5X.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-EXPTTWJG.js";
import "./chunk-KJ7NEGQU.js";
export {
  defaultPlanPath,
  dependenciesAtRevision,
  draftForGaps
};
