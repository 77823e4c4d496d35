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
} from "./chunk-WEIVWZXF.js";
import "./chunk-GPRZSHXQ.js";
import "./chunk-HAHKWHZZ.js";
import "./chunk-LORJ742J.js";
import "./chunk-QXHHJ3V5.js";
import "./chunk-7OCZDSZG.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-YIC2S5OT.js";
import "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-M52GZBCH.js";
import "./chunk-D3U573I3.js";
import "./chunk-SX36J2YO.js";
import "./chunk-AGHLWIT3.js";
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
