import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  mayBeInventoryFile,
  readInventory
} from "./chunk-W455QMMB.js";
import "./chunk-DMLP52WI.js";
import "./chunk-VIX7GTYN.js";
import "./chunk-WEYJOFEF.js";
import "./chunk-SX36J2YO.js";
import "./chunk-LIDEUAEU.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-KJ7NEGQU.js";
export {
  mayBeInventoryFile,
  readInventory
};
