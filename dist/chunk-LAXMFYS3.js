import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  defaultPlanPath,
  dependenciesAtRevision,
  draftForGaps
} from "./chunk-LHCFPMQI.js";
import "./chunk-GK3C4LIN.js";
import "./chunk-LDBRJ2UR.js";
import "./chunk-FMWSTCU6.js";
import "./chunk-OXNVX3IT.js";
import "./chunk-PSAM7D3J.js";
import "./chunk-VIX7GTYN.js";
import "./chunk-7JRKSP33.js";
import "./chunk-QGLHRTW3.js";
import "./chunk-BS546IOV.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-UFJGJLBT.js";
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
