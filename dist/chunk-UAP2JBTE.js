import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  CONFIG_KEYS,
  ConfigError,
  DEFAULT_CONFIG,
  isCalendarDate,
  keyOf,
  mergeConfig,
  parseSettings,
  placeOf,
  staysInRepository
} from "./chunk-M52GZBCH.js";
import "./chunk-D3U573I3.js";
import "./chunk-EXPTTWJG.js";
import "./chunk-KJ7NEGQU.js";
export {
  CONFIG_KEYS,
  ConfigError,
  DEFAULT_CONFIG,
  isCalendarDate,
  keyOf,
  mergeConfig,
  parseSettings,
  placeOf,
  staysInRepository
};
