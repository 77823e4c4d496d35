import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  isComposeFile,
  isEnvTemplate,
  isKubernetesCandidate,
  mapEntries,
  mapGet,
  mapPath,
  parseHcl,
  parseYaml,
  parseYamlStream,
  readDotenv,
  scalarText,
  seqItems
} from "./chunk-QBC4IHSJ.js";

// src/discover/inventory.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var IDENTIFIER_ATTRIBUTES = ["identifier", "cluster_identifier", "replication_group_id", "cluster_id", "name", "bucket", "domain_name", "cluster_name", "table_name"];
var COMPOSE_INTERPOLATION = /\$\{([A-Za-z_][A-Za-z0-9_]*)/g;
var quiet = () => {
};
var MAYBE_INVENTORY = /\.(?:ya?ml|tf|tofu)$|env[^/]*$/i;
function mayBeInventoryFile(file) {
  return MAYBE_INVENTORY.test(file);
}
async function readInventory(root, files, want = {}, source) {
  const terraform = want.terraform ?? true;
  const inv = {
    composeServices: /* @__PURE__ */ new Map(),
    workloads: /* @__PURE__ */ new Map(),
    workloadKinds: /* @__PURE__ */ new Map(),
    namespaces: /* @__PURE__ */ new Set(),
    labels: /* @__PURE__ */ new Set(),
    terraformAddresses: /* @__PURE__ */ new Set(),
    terraformIdentifiers: /* @__PURE__ */ new Set(),
    envNames: /* @__PURE__ */ new Set(),
    has: { compose: false, kubernetes: false, terraform: false, env: false }
  };
  const jobs = [];
  for (const file of files) {
    if (!mayBeInventoryFile(file)) continue;
    const kind = isComposeFile(file) ? "compose" : /\.(tf|tofu)$/.test(file) ? "terraform" : isEnvTemplate(file) ? "env" : isKubernetesCandidate(file) ? "kubernetes" : void 0;
    if (!kind || kind === "terraform" && !terraform) continue;
    const text = source ? source.read(file).then((r) => r.ok ? r.text : Promise.reject(new Error(r.reason))) : readFile(path.join(root, file), "utf8");
    jobs.push(text.then((t) => addFile(inv, kind, file, t), () => void 0));
  }
  await Promise.all(jobs);
  return inv;
}
async function addFile(inv, kind, file, text) {
  if (kind === "env") {
    for (const { name } of readDotenv(text)) inv.envNames.add(name);
    inv.has.env = true;
  } else if (kind === "compose") addCompose(inv, file, text);
  else if (kind === "kubernetes") addManifests(inv, text);
  else await addTerraform(inv, text);
}
function addCompose(inv, file, text) {
  const { docs } = parseYaml(text, quiet);
  const doc = docs[0];
  if (!doc) return;
  const services = /* @__PURE__ */ new Set();
  for (const [name, service] of mapEntries(mapGet(doc.contents, "services", doc), doc)) {
    services.add(name);
    const env = mapGet(service, "environment", doc);
    for (const [key] of mapEntries(env, doc)) inv.envNames.add(key);
    for (const item of seqItems(env, doc)) inv.envNames.add((scalarText(item, doc) ?? "").split("=")[0].trim());
  }
  for (const m of text.matchAll(COMPOSE_INTERPOLATION)) inv.envNames.add(m[1]);
  inv.composeServices.set(file, services);
  inv.has.compose = true;
  if (services.size) inv.has.env = true;
}
function addManifests(inv, text) {
  if (!text.includes("apiVersion") || !text.includes("kind")) return;
  const { docs } = parseYamlStream(text, quiet);
  for (const doc of docs) {
    const node = doc.contents;
    const kind = scalarText(mapGet(node, "kind", doc), doc);
    const name = scalarText(mapPath(node, ["metadata", "name"], doc), doc);
    if (!kind || !name) continue;
    inv.has.kubernetes = true;
    const namespace = scalarText(mapPath(node, ["metadata", "namespace"], doc), doc) ?? "";
    if (kind === "Namespace") inv.namespaces.add(name);
    if (namespace) inv.namespaces.add(namespace);
    const key = `${kind.toLowerCase()}/${name}`;
    inv.workloads.set(key, (inv.workloads.get(key) ?? /* @__PURE__ */ new Set()).add(namespace));
    inv.workloadKinds.set(name, (inv.workloadKinds.get(name) ?? /* @__PURE__ */ new Set()).add(kind));
    for (const labels of [mapPath(node, ["metadata", "labels"], doc), mapPath(node, ["spec", "selector", "matchLabels"], doc), mapPath(node, ["spec", "template", "metadata", "labels"], doc)]) {
      for (const [k, v] of mapEntries(labels, doc)) inv.labels.add(`${k}=${scalarText(v, doc) ?? ""}`);
    }
    for (const path2 of [["spec", "containers"], ["spec", "template", "spec", "containers"]]) {
      for (const container of seqItems(mapPath(node, path2, doc), doc)) {
        for (const variable of seqItems(mapGet(container, "env", doc), doc)) {
          const env = scalarText(mapGet(variable, "name", doc), doc);
          if (env) {
            inv.envNames.add(env);
            inv.has.env = true;
          }
        }
      }
    }
  }
}
async function addTerraform(inv, text) {
  if (!text.includes("resource") && !text.includes("module")) return;
  let parsed;
  try {
    parsed = await parseHcl(text);
  } catch {
    return;
  }
  if (!parsed.ok) return;
  for (const block of parsed.blocks) {
    if (block.type === "resource" && block.labels.length === 2) {
      inv.terraformAddresses.add(`${block.labels[0]}.${block.labels[1]}`);
      inv.has.terraform = true;
      for (const attribute of IDENTIFIER_ATTRIBUTES) {
        const value = block.literals.get(attribute);
        if (value) inv.terraformIdentifiers.add(value);
      }
    } else if (block.type === "module" && block.labels.length === 1) {
      inv.terraformAddresses.add(`module.${block.labels[0]}`);
    }
  }
}

export {
  mayBeInventoryFile,
  readInventory
};
