import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  mayBeInventoryFile,
  readInventory
} from "./chunk-WH2C56LL.js";
import "./chunk-OXNVX3IT.js";
import "./chunk-VIX7GTYN.js";
import "./chunk-UFJGJLBT.js";
import "./chunk-SX36J2YO.js";
import "./chunk-LIDEUAEU.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-KJ7NEGQU.js";
export {
  mayBeInventoryFile,
  readInventory
};
