import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  RevisionInputError,
  checkRepository
} from "./chunk-6JIMKK52.js";
import "./chunk-7IOTI7IB.js";
import "./chunk-SE3RNJNC.js";
import "./chunk-BTGMSS4D.js";
import "./chunk-IPYVIP4M.js";
import "./chunk-XVSXPGXJ.js";
import "./chunk-JYV4TAPC.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-6S6QGXHS.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-7VATZ2CH.js";
import "./chunk-J2FH7X2Z.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-UZBOXDNN.js";
import "./chunk-D4DWHG6H.js";
import "./chunk-ZHGTTFTF.js";
import "./chunk-4I77DZQO.js";
import "./chunk-D3U573I3.js";
import "./chunk-SDN73OF7.js";
import "./chunk-LJ7HMTXE.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-KJ7NEGQU.js";
export {
  RevisionInputError,
  checkRepository
};
