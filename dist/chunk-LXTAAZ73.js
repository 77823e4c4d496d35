import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  RevisionInputError,
  checkRepository
} from "./chunk-KA6LEWET.js";
import "./chunk-HMXJ7CY6.js";
import "./chunk-ZUV7M45Y.js";
import "./chunk-T3R2U76W.js";
import "./chunk-UZBOXDNN.js";
import "./chunk-BADLUWOW.js";
import "./chunk-D4DWHG6H.js";
import "./chunk-ZHGTTFTF.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-7JPQC4DW.js";
import "./chunk-7VATZ2CH.js";
import "./chunk-J2FH7X2Z.js";
import "./chunk-4I77DZQO.js";
import "./chunk-D3U573I3.js";
import "./chunk-SDN73OF7.js";
import "./chunk-LJ7HMTXE.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-TJPOUTPP.js";
import "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-KJ7NEGQU.js";
export {
  RevisionInputError,
  checkRepository
};
