import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  extendConfigPromise,
  lintPromise,
  readConfigPromise
} from "./chunk-WBMVVQ5P.js";
import "./chunk-XRUR2M6W.js";
import "./chunk-W4DOK2OE.js";
import "./chunk-KJ7NEGQU.js";
export {
  extendConfigPromise as extendConfig,
  lintPromise as lint,
  readConfigPromise as readConfig
};
