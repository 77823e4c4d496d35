import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  git,
  splitNul
} from "./chunk-JA33RAIK.js";

// src/diff/tree.ts
async function listTree(root, commit) {
  const result = await git(root, ["-c", "core.quotePath=false", "ls-tree", "-r", "-z", "--name-only", "--full-tree", commit]);
  if (result.code !== 0) throw new Error(`git ls-tree ${commit.slice(0, 7)} failed: ${result.stderr.trim() || `exit ${result.code}`}`);
  return splitNul(result.stdout).sort();
}

export {
  listTree
};
