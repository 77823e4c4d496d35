import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  CONFIG_KEYS,
  ConfigError,
  DEFAULT_CONFIG,
  isCalendarDate,
  keyOf,
  mergeConfig,
  parseConfigFile,
  parseSettings,
  placeOf,
  staysInRepository
} from "./chunk-4I77DZQO.js";
import "./chunk-D3U573I3.js";
import "./chunk-SDN73OF7.js";
import "./chunk-LJ7HMTXE.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-KJ7NEGQU.js";
export {
  CONFIG_KEYS,
  ConfigError,
  DEFAULT_CONFIG,
  isCalendarDate,
  keyOf,
  mergeConfig,
  parseConfigFile,
  parseSettings,
  placeOf,
  staysInRepository
};
