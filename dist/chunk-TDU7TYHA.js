import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  defaultPlanPath,
  dependenciesAtRevision,
  draftForGaps
} from "./chunk-IMBQICPZ.js";
import "./chunk-46I3BMFG.js";
import "./chunk-LDBRJ2UR.js";
import "./chunk-FMWSTCU6.js";
import "./chunk-QBC4IHSJ.js";
import "./chunk-ZKATWRES.js";
import "./chunk-VIX7GTYN.js";
import "./chunk-GPRZSHXQ.js";
import "./chunk-QXHHJ3V5.js";
import "./chunk-7OCZDSZG.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-YIC2S5OT.js";
import "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-SX36J2YO.js";
import "./chunk-AGHLWIT3.js";
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
