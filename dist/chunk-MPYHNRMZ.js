import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  extendConfigPromise,
  lintPromise,
  readConfigPromise
} from "./chunk-RHBSHQZO.js";
import "./chunk-W4DOK2OE.js";
import "./chunk-7VATZ2CH.js";
import "./chunk-KJ7NEGQU.js";
export {
  extendConfigPromise as extendConfig,
  lintPromise as lint,
  readConfigPromise as readConfig
};
