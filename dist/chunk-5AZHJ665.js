import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  createClient,
  transportFailure
} from "./chunk-DKS3FCZH.js";
import {
  orgConfigLabel,
  parseOrgConfigRef
} from "./chunk-3B2RPBFT.js";
import {
  ConfigError
} from "./chunk-M52GZBCH.js";

// src/action/org-config.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
async function fetchOrgConfig(reference, token) {
  const ref = parseOrgConfigRef(reference);
  if (!ref) throw new ConfigError(`config "${reference}": not OWNER/REPO/PATH@REF`);
  const label = orgConfigLabel(ref);
  if (!token) throw new ConfigError(`config ${label}: no token to read it with (both \`config-token\` and \`token\` are empty)`);
  const text = await readFile(ref, label, token);
  const { parseConfigFile } = await import("./chunk-6FG5IW6G.js");
  return { label, settings: parseConfigFile(text, label) };
}
async function readFile(ref, label, token) {
  const client = await createClient(token);
  let data;
  try {
    const response = await client.request("GET /repos/{owner}/{repo}/contents/{path}", { owner: ref.owner, repo: ref.repo, path: ref.path, ref: ref.ref });
    data = response.data;
  } catch (error) {
    throw new ConfigError(`config ${label}: ${whyUnreadable(error, ref)}`);
  }
  const file = data;
  if (Array.isArray(data)) throw new ConfigError(`config ${label}: ${ref.path} is a folder at ${ref.ref}, not a file`);
  if (!file || typeof file !== "object" || file.type !== "file") {
    const kind = file && typeof file === "object" && typeof file.type === "string" ? `a ${file.type}` : "an answer that is not a file";
    throw new ConfigError(`config ${label}: GitHub answered with ${kind}, not the file's content`);
  }
  if (typeof file.size === "number" && file.size > MAX_CONFIG_BYTES) throw new ConfigError(`config ${label}: the file is ${file.size} bytes; a config file may be at most 1 MB`);
  if (file.encoding !== "base64" || typeof file.content !== "string") throw new ConfigError(`config ${label}: GitHub answered without the file's content (encoding ${String(file.encoding)})`);
  return Buffer.from(file.content, "base64").toString("utf8");
}
function whyUnreadable(error, ref) {
  const transport = transportFailure(error);
  if (transport) return `could not be fetched: ${transport.message}`;
  const status = error?.status;
  const access = `\`config-token\` needs \`contents: read\` on ${ref.owner}/${ref.repo} (the job's own token reads only this repository: pass a GitHub App token or a fine-grained PAT for a private one)`;
  if (status === 404) return `not found (404): check that ${ref.path} exists at ${ref.ref} in ${ref.owner}/${ref.repo}, and that ${access}`;
  if (status === 401) return `the token was refused (401): check \`config-token\``;
  if (status === 403) return `access denied (403): ${access}`;
  const message = error instanceof Error ? error.message.split("\n")[0].slice(0, 200) : String(error);
  return `could not be fetched (${status ? `HTTP ${status}: ` : ""}${message})`;
}

export {
  fetchOrgConfig
};
