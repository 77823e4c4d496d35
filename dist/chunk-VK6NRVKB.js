import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  mayBeInventoryFile,
  readInventory
} from "./chunk-U4ZPJLUY.js";
import "./chunk-PB2SFZLS.js";
import "./chunk-VIX7GTYN.js";
import "./chunk-ZBQEY5XO.js";
import "./chunk-SX36J2YO.js";
import "./chunk-LIDEUAEU.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-KJ7NEGQU.js";
export {
  mayBeInventoryFile,
  readInventory
};
