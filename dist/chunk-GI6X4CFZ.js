import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  mayBeInventoryFile,
  readInventory
} from "./chunk-G6RVOPC5.js";
import "./chunk-QBC4IHSJ.js";
import "./chunk-VIX7GTYN.js";
import "./chunk-YIC2S5OT.js";
import "./chunk-SX36J2YO.js";
import "./chunk-AGHLWIT3.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-KJ7NEGQU.js";
export {
  mayBeInventoryFile,
  readInventory
};
