import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  lintPromise
} from "./chunk-WBMVVQ5P.js";
import "./chunk-XRUR2M6W.js";
import "./chunk-W4DOK2OE.js";
import "./chunk-KJ7NEGQU.js";

// src/lint/markdownlint-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { text, planPath, config } = workerData;
var results = await lintPromise({ strings: { [planPath]: text }, config });
parentPort?.postMessage(results[planPath] ?? []);
