import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/util/short-run-tiers.ts
import { setFlagsFromString } from "node:v8";
setFlagsFromString("--no-opt");
setFlagsFromString("--no-maglev");
var LONG_RUN_MS = 2e3;
var MAGLEV_BY_DEFAULT = Number(process.versions.v8.split(".")[0]) >= 12;
setTimeout(() => {
  setFlagsFromString("--opt");
  if (MAGLEV_BY_DEFAULT) setFlagsFromString("--maglev");
}, LONG_RUN_MS).unref();
