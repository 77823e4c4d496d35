import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/util/report-file.ts
import { lstatSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
function writeReportFile(file, text, checkout) {
  try {
    const existing = lstatOrUndefined(file);
    if (existing?.isSymbolicLink()) return "is a symbolic link; not followed (remove it, or choose another path)";
    const linked = checkout ? linkedFolder(path.resolve(file), path.resolve(checkout)) : void 0;
    if (linked) return `its folder ${linked} is a symbolic link; not followed (remove it, or choose another path)`;
    if (existing?.isDirectory()) return "is a directory";
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return void 0;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
function linkedFolder(file, checkout) {
  const rel = path.relative(checkout, path.dirname(file));
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return void 0;
  let folder = checkout;
  for (const part of rel.split(path.sep)) {
    folder = path.join(folder, part);
    const stat = lstatOrUndefined(folder);
    if (!stat) return void 0;
    if (stat.isSymbolicLink()) return path.relative(checkout, folder);
  }
  return void 0;
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
