import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import "./chunk-KJ7NEGQU.js";

// src/util/report-file.ts
import { lstatSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
function writeReportFile(file, text) {
  try {
    const existing = lstatOrUndefined(file);
    if (existing?.isSymbolicLink()) return "is a symbolic link; not followed (remove it, or choose another path)";
    if (existing?.isDirectory()) return "is a directory";
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return void 0;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
function lstatOrUndefined(file) {
  try {
    return lstatSync(file);
  } catch {
    return void 0;
  }
}
export {
  writeReportFile
};
