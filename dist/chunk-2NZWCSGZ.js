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
} from "./chunk-5OEBOTQX.js";
import "./chunk-4DW4VBBA.js";
import "./chunk-E6DNKB62.js";
import "./chunk-LORJ742J.js";
import "./chunk-3YTAIZCQ.js";
import "./chunk-4RY5KAAW.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-WGFJZLXC.js";
import "./chunk-SX36J2YO.js";
import "./chunk-ZHGTTFTF.js";
import "./chunk-F66XAYKI.js";
import "./chunk-D3U573I3.js";
import "./chunk-ZIIHHNH2.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-LJ7HMTXE.js";
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
