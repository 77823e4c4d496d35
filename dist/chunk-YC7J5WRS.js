import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  isInside
} from "./chunk-7ZLZFHH5.js";

// src/util/child-env.ts
import { realpathSync } from "node:fs";
import path from "node:path";
var PASSED = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TMPDIR",
  "TMP",
  "TEMP",
  "SYSTEMROOT",
  "WINDIR",
  "COMSPEC",
  "PATHEXT",
  "USERPROFILE",
  "APPDATA",
  "LOCALAPPDATA",
  "XDG_CONFIG_HOME",
  "XDG_CACHE_HOME",
  "XDG_DATA_HOME",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "ALL_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "all_proxy",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "NODE_EXTRA_CA_CERTS"
]);
var PASSED_PREFIXES = ["LC_"];
var GIT_PREFIXES = ["GIT_"];
var GIT_PASSED = /* @__PURE__ */ new Set(["SSH_AUTH_SOCK", "SSH_AGENT_PID"]);
function childEnv(options = {}) {
  const from = options.from ?? process.env;
  const out = {};
  for (const [name, value] of Object.entries(from)) {
    if (value === void 0) continue;
    const passed = PASSED.has(name) || PASSED_PREFIXES.some((p) => name.startsWith(p)) || options.git === true && (GIT_PASSED.has(name) || GIT_PREFIXES.some((p) => name.startsWith(p)));
    if (passed) out[name] = value;
  }
  if (out.PATH !== void 0) out.PATH = trustedPathEntries(out.PATH, options.workspace).join(path.delimiter);
  if (options.git) out.GIT_TERMINAL_PROMPT = "0";
  return { ...out, ...options.extra };
}
function trustedPathEntries(value, workspace) {
  const realWorkspace = workspace ? realOrResolved(workspace) : void 0;
  return value.split(path.delimiter).filter((dir) => {
    if (!dir || !path.isAbsolute(dir)) return false;
    if (!realWorkspace) return true;
    return !isInside(realWorkspace, realOrResolved(dir)) && !isInside(path.resolve(workspace), path.resolve(dir));
  });
}
function realOrResolved(p) {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

export {
  childEnv,
  trustedPathEntries
};
