import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  DEFAULT_CONFIG_FILE,
  applySeverities,
  assembleByPlan,
  coveredIds,
  decideVerdict,
  layoutOf,
  loadConfigFile,
  menuNotices,
  runCheck,
  scanSnapshot
} from "./chunk-6KMSVPLR.js";
import "./chunk-7JRKSP33.js";
import "./chunk-VHI2HSFQ.js";
import "./chunk-LORJ742J.js";
import "./chunk-BMIQNBYU.js";
import "./chunk-7HOEAX4C.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-ZBQEY5XO.js";
import "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-M52GZBCH.js";
import "./chunk-D3U573I3.js";
import "./chunk-SX36J2YO.js";
import "./chunk-LIDEUAEU.js";
import "./chunk-WWNZIN5X.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-EXPTTWJG.js";
import "./chunk-KJ7NEGQU.js";
export {
  DEFAULT_CONFIG_FILE,
  applySeverities,
  assembleByPlan,
  coveredIds,
  decideVerdict,
  layoutOf,
  loadConfigFile,
  menuNotices,
  runCheck,
  scanSnapshot
};
