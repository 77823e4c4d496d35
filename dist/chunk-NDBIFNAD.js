import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  RevisionInputError,
  checkRepository
} from "./chunk-ZPKAKPX7.js";
import "./chunk-VI6PRII4.js";
import "./chunk-7JRKSP33.js";
import "./chunk-VHI2HSFQ.js";
import "./chunk-LORJ742J.js";
import "./chunk-QGLHRTW3.js";
import "./chunk-BS546IOV.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-UFJGJLBT.js";
import "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-3B2RPBFT.js";
import "./chunk-M52GZBCH.js";
import "./chunk-D3U573I3.js";
import "./chunk-SX36J2YO.js";
import "./chunk-LIDEUAEU.js";
import "./chunk-WWNZIN5X.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-EXPTTWJG.js";
import "./chunk-KJ7NEGQU.js";
export {
  RevisionInputError,
  checkRepository
};
