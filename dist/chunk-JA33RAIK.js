import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  childEnv
} from "./chunk-YC7J5WRS.js";

// src/util/git.ts
import { spawn } from "node:child_process";
function git(cwd, args, input, extraEnv = {}) {
  const extra = Object.fromEntries(Object.entries(extraEnv).filter((entry) => entry[1] !== void 0));
  return new Promise((resolve) => {
    const child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"], env: childEnv({ git: true, workspace: cwd, extra }) });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => resolve({ code: 127, stdout: Buffer.alloc(0), stderr: String(error) }));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.on("error", () => void 0);
    child.stdin.end(input);
  });
}
async function gitText(cwd, args) {
  const result = await git(cwd, args);
  if (result.code !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.trim() || `exit ${result.code}`}`);
  return result.stdout.toString("utf8");
}
function splitNul(buffer) {
  return buffer.toString().split("\0").filter((entry) => entry.length > 0);
}

export {
  git,
  gitText,
  splitNul
};
