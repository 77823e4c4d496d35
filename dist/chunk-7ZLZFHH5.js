import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/util/inside.ts
import { lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
function isInside(dir, p) {
  const rel = path.relative(dir, p);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
function realPathOf(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
function readFileInside(root, file) {
  const realRoot = realPathOf(root) ?? path.resolve(root);
  const real = realPathOf(file);
  if (real === void 0) return { ok: false, reason: "not found" };
  if (!isInside(realRoot, real)) return { ok: false, reason: "a symbolic link that leaves the repository; not followed" };
  try {
    if (!statSync(real).isFile()) return { ok: false, reason: "not a regular file" };
    return { ok: true, text: readFileSync(real, "utf8"), real };
  } catch (error) {
    return { ok: false, reason: `cannot read: ${error.code ?? String(error)}` };
  }
}
function entryExists(file) {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

export {
  isInside,
  realPathOf,
  readFileInside,
  entryExists
};
