import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  collectSignals,
  isManifest
} from "./chunk-46I3BMFG.js";
import {
  fromMarkdown,
  frontmatter,
  frontmatterFromMarkdown,
  parsePlan
} from "./chunk-ZKATWRES.js";
import {
  computeCoverage
} from "./chunk-GPRZSHXQ.js";
import {
  GitRevisionSource
} from "./chunk-QXHHJ3V5.js";
import {
  Matcher,
  isUpstreamRule,
  resolveDependencies,
  scannablePaths,
  upstreamRule
} from "./chunk-7OCZDSZG.js";
import {
  git,
  splitNul
} from "./chunk-JA33RAIK.js";

// src/draft/plan-draft.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/draft/insert.ts
function detectEol(text) {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  return crlf > lf ? "\r\n" : "\n";
}
function normalizeTitle(title) {
  return title.toLowerCase().replace(/\s+/g, " ").trim();
}
var LINE_BREAK = /\r\n|\r|\n/;
function offsetOfLine(text, line) {
  const breaks = new RegExp(LINE_BREAK.source, "g");
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = breaks.exec(text);
    if (!next) return text.length;
    offset = next.index + next[0].length;
  }
  return offset;
}
function unclosedFence(text) {
  const body = text.replace(/^\uFEFF/, "");
  const tree = fromMarkdown(body, { extensions: [frontmatter(["yaml", "toml"])], mdastExtensions: [frontmatterFromMarkdown(["yaml", "toml"])] });
  let last;
  const visit = (node) => {
    if (node.type === "code" && (!last || node.position.end.offset >= last.position.end.offset)) last = node;
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  if (!last || body.slice(last.position.end.offset).trim() !== "") return null;
  const lines = body.split(LINE_BREAK);
  const opening = /^(.*?)(`{3,}|~{3,})/.exec(lines[last.position.start.line - 1] ?? "");
  if (!opening) return null;
  const endLine = lines[last.position.end.line - 1] ?? "";
  const fence = opening[2];
  const prefix = opening[1].replace(/[^>\s]/g, " ").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const closer = new RegExp(`^${prefix ? `(?:${prefix})?` : ""}\\s*${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
  if (last.position.end.line > last.position.start.line && closer.test(endLine)) return null;
  return opening[1].replace(/[^>\s]/g, " ") + fence;
}
var HTML_BLOCK_TERMINATORS = [
  [/^\s*<(script|pre|style|textarea)(?=[\s>]|$)/i, (m) => `</${m[1].toLowerCase()}>`],
  [/^\s*<!--/, () => "-->"],
  [/^\s*<\?/, () => "?>"],
  [/^\s*<!\[CDATA\[/, () => "]]>"],
  [/^\s*<![A-Za-z]/, () => ">"]
];
function unclosedHtmlBlock(text) {
  const body = text.replace(/^\uFEFF/, "");
  if (!body.includes("<")) return null;
  const tree = fromMarkdown(body, { extensions: [frontmatter(["yaml", "toml"])], mdastExtensions: [frontmatterFromMarkdown(["yaml", "toml"])] });
  const last = tree.children[tree.children.length - 1];
  if (!last || last.type !== "html" || body.slice(last.position.end.offset).trim() !== "") return null;
  const lines = last.value.split(LINE_BREAK);
  for (const [opening, terminator] of HTML_BLOCK_TERMINATORS) {
    const m = opening.exec(lines[0]);
    if (!m) continue;
    const end = terminator(m);
    return lines[lines.length - 1].toLowerCase().includes(end) ? null : end;
  }
  return null;
}
function newPlanHeader(today) {
  return [
    "# Disaster Recovery Plan",
    "",
    `Last Updated: ${today}`,
    "",
    "How to recover each critical service this repository depends on. Each",
    "scenario names what fails, its impact, and numbered steps with exact",
    "commands. Secrets stay in the vault: this file names variables, never values.",
    ""
  ].join("\n");
}
function insertScenarios(planText, stubs, options = {}) {
  const original = planText ?? "";
  const plan = parsePlan(original, "plan.md");
  const existing = new Set(plan.scenarios.map((s) => normalizeTitle(s.title)));
  const added = stubs.filter((s) => !existing.has(normalizeTitle(parsePlan(s.markdown, "stub.md").scenarios[0]?.title ?? s.title)));
  if (added.length === 0) return { text: original, added: [], offset: original.length, inserted: "" };
  const eol = planText === null ? "\n" : detectEol(original);
  const last = plan.scenarios[plan.scenarios.length - 1];
  const depth = last ? Math.max(2, last.depth) : 2;
  const body = added.map((s) => s.markdown.trimEnd().replace(/^## /, `${"#".repeat(depth)} `)).join("\n\n").replace(/\n/g, eol);
  let offset;
  let before = "";
  let after = eol;
  if (planText === null) {
    const header = newPlanHeader(options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)).replace(/\n/g, eol);
    return { text: header + eol + body + eol, added, offset: 0, inserted: header + eol + body + eol };
  }
  const unclosed = unclosedFence(original) ?? unclosedHtmlBlock(original);
  if (unclosed) {
    offset = original.length;
    before = (original.endsWith("\n") ? "" : eol) + unclosed + eol + eol;
  } else if (last && last.endLine < original.split(LINE_BREAK).length) {
    offset = offsetOfLine(original, last.endLine + 1);
    const preceding = original.slice(0, offset);
    if (!/(\r?\n){2}$/.test(preceding)) before = eol;
    after = eol + eol;
  } else {
    offset = original.length;
    if (original.length > 0 && !original.endsWith("\n")) before = eol + eol;
    else if (original.length > 0 && !/(\r?\n){2}$/.test(original)) before = eol;
  }
  const inserted = before + body + after;
  return { text: original.slice(0, offset) + inserted + original.slice(offset), added, offset, inserted };
}

// src/draft/deployment.ts
var DEFAULT_COMPOSE_FILES = /* @__PURE__ */ new Set(["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"]);
function isDefaultComposeFile(path2) {
  return DEFAULT_COMPOSE_FILES.has(path2);
}
function connectionVariable(evidence) {
  const named = evidence.filter((e) => e.facts?.variable);
  const url = named.find((e) => / URL\)$/.test(e.detail));
  if (url) return url.facts.variable;
  const byName = named.find((e) => /(?:_URL|_URI|_DSN|_URLS|_ADDR|_SERVERS|_BROKERS|_HOSTS?)$/.test(e.facts.variable));
  return (byName ?? named[0])?.facts.variable;
}
function isServerSetting(evidence, storeService, storeWorkload) {
  const f = evidence.facts ?? {};
  if (storeService && f.service === storeService) return true;
  return !!storeWorkload && `${f.kind}/${f.name}` === storeWorkload;
}
function withFacts(e) {
  if (e.facts) return e;
  const image = e.source === "compose" ? /^service "([^"]+)" image ([^\s:]+)/.exec(e.detail) : null;
  if (image) return { ...e, facts: { service: image[1], image: image[2] } };
  const env = e.source === "compose" ? /^service "([^"]+)" environment ([A-Za-z_][\w]*)/.exec(e.detail) : null;
  if (env) return { ...e, facts: { service: env[1], variable: env[2] } };
  const variable = e.source === "env" || e.source === "prisma" ? /^([A-Z][A-Z0-9_]{2,})\b/.exec(e.detail) : null;
  return variable ? { ...e, facts: { variable: variable[1] } } : e;
}
function deploymentOf(dep) {
  const evidence = dep.evidence.map(withFacts);
  const tf = evidence.find((e) => e.source === "terraform" && e.facts?.resource) ?? evidence.find((e) => e.source === "terraform" && e.facts?.module);
  const composeImage = evidence.find((e) => e.source === "compose" && e.facts?.service && e.facts.image);
  const workloadImage = evidence.find((e) => e.source === "kubernetes" && e.facts?.kind && e.facts.image !== void 0 && e.facts.container !== void 0 && !e.facts.variable) ?? evidence.find((e) => e.source === "kubernetes" && e.facts?.kind && e.facts.apiVersion);
  const chart = evidence.find((e) => e.source === "helm" && e.facts?.chart);
  const storeService = composeImage?.facts?.service;
  const storeWorkload = workloadImage ? `${workloadImage.facts.kind}/${workloadImage.facts.name}` : void 0;
  const appEvidence = evidence.filter((e) => e.facts?.variable && !isServerSetting(e, storeService, storeWorkload));
  const variables = [...new Set(appEvidence.map((e) => e.facts.variable))];
  const composeWriters = /* @__PURE__ */ new Set();
  for (const e of appEvidence) if (e.source === "compose" && e.facts?.service) composeWriters.add(e.facts.service);
  for (const name of (composeImage?.facts?.dependents ?? "").split(",").filter(Boolean)) composeWriters.add(name);
  const workloadWriters = /* @__PURE__ */ new Map();
  for (const e of appEvidence) {
    const f = e.facts;
    if (e.source !== "kubernetes" || !f.kind || !f.name || f.kind === "Job" || f.kind === "CronJob" || f.kind === "Pod") continue;
    const ref = `${f.kind.toLowerCase()}/${f.name}`;
    workloadWriters.set(`${f.namespace ?? ""}/${ref}`, { ref, ...f.namespace ? { namespace: f.namespace } : {}, replicas: Number(f.replicas ?? "1") || 1 });
  }
  return {
    ...tf ? { terraform: { facts: tf.facts, path: tf.path } } : {},
    ...composeImage ? { compose: { service: storeService, file: composeImage.path, facts: composeImage.facts } } : {},
    ...workloadImage ? {
      workload: {
        kind: workloadImage.facts.kind,
        name: workloadImage.facts.name,
        ...workloadImage.facts.namespace ? { namespace: workloadImage.facts.namespace } : {},
        ...workloadImage.facts.labels ? { labels: workloadImage.facts.labels } : {},
        ...workloadImage.facts.container ? { container: workloadImage.facts.container } : {},
        ...workloadImage.facts.replicas ? { replicas: Number(workloadImage.facts.replicas) } : {},
        facts: workloadImage.facts,
        path: workloadImage.path
      }
    } : {},
    ...chart ? { chart: { chart: chart.facts.chart, ...chart.facts.alias ? { alias: chart.facts.alias } : {}, path: chart.path } } : {},
    ...connectionVariable(appEvidence) ? { variable: connectionVariable(appEvidence) } : {},
    variables,
    composeWriters: [...composeWriters].filter((s) => s !== storeService),
    workloadWriters: [...workloadWriters.values()],
    paths: [...new Set(evidence.map((e) => e.path))]
  };
}

// src/draft/place.ts
var Placeholders = class {
  list = [];
  add(name, what) {
    if (!this.list.some(([n]) => n === name)) this.list.push([name, what]);
    return name;
  }
};
function placeOf(d, holders) {
  if (d.compose) {
    const compose = isDefaultComposeFile(d.compose.file) ? "docker compose" : `docker compose -f ${d.compose.file}`;
    return { kind: "compose", compose, service: d.compose.service, writers: d.composeWriters };
  }
  if (d.workload) {
    const w = d.workload;
    const ns = w.namespace ? `-n ${w.namespace}` : `-n "$${holders.add("K8S_NAMESPACE", `the namespace \`${w.path}\` is applied to (the manifest sets none).`)}"`;
    return {
      kind: "k8s",
      ns,
      ref: `${w.kind.toLowerCase()}/${w.name}`,
      kindName: w.kind,
      name: w.name,
      ...w.container ? { container: w.container } : {},
      ...w.labels ? { labels: w.labels } : {},
      replicas: w.replicas ?? 1,
      writers: d.workloadWriters
    };
  }
  return { kind: "host" };
}
function inside(place, command, stdin = false) {
  if (place.kind === "compose") return `${place.compose} exec -T ${place.service} ${command}`;
  if (place.kind === "k8s") return `kubectl exec ${place.ns}${stdin ? " -i" : ""} ${place.ref}${place.container ? ` -c ${place.container}` : ""} -- ${command}`;
  return command;
}
function statusCommands(place) {
  if (place.kind === "compose") {
    return [
      { run: `${place.compose} ps ${place.service}`, expect: "one row, STATUS `Up` (and `healthy` when it has a health check)." },
      { run: `${place.compose} logs --tail=100 ${place.service}`, expect: "the last lines say why it stopped (out of memory, disk full, a crash)." }
    ];
  }
  if (place.kind === "k8s") {
    const pods = place.labels ? `kubectl get pods ${place.ns} -l ${place.labels} -o wide` : `kubectl get ${place.ns} ${place.ref} -o wide`;
    return [
      { run: pods, expect: `${place.replicas} pod(s), READY \`1/1\`, STATUS \`Running\`, few restarts.` },
      { run: `kubectl logs ${place.ns} ${place.ref} --tail=100`, expect: "the last lines say why it stopped (OOMKilled, disk full, a crash)." }
    ];
  }
  return [];
}
function restartCommands(place) {
  if (place.kind === "compose") {
    return [{ run: `${place.compose} restart ${place.service}`, expect: `\`Container ... Started\`; \`${place.compose} ps ${place.service}\` shows \`Up\` again.`, warn: "drops every open connection." }];
  }
  if (place.kind === "k8s") {
    return [
      { run: `kubectl rollout restart ${place.ns} ${place.ref}`, expect: `\`${place.ref} restarted\`.`, warn: "replaces the pods one by one; connections drop." },
      { run: `kubectl rollout status ${place.ns} ${place.ref} --timeout=10m`, expect: "`successfully rolled out` (or `partitioned roll out complete`)." }
    ];
  }
  return [];
}
function writerCommands(place, d) {
  if (d.composeWriters.length && d.compose) {
    const compose = isDefaultComposeFile(d.compose.file) ? "docker compose" : `docker compose -f ${d.compose.file}`;
    const names = d.composeWriters.join(" ");
    return {
      stop: [{ run: `${compose} stop ${names}`, expect: `\`Container ... Stopped\` for ${d.composeWriters.map((w) => `\`${w}\``).join(", ")}.`, warn: "the app stops serving until they are started again." }],
      start: [{ run: `${compose} start ${names}`, expect: "`Container ... Started` for each." }]
    };
  }
  if (d.workloadWriters.length) {
    const ns = (w) => w.namespace ? `-n ${w.namespace}` : place.kind === "k8s" ? place.ns : '-n "$K8S_NAMESPACE"';
    return {
      stop: d.workloadWriters.map((w) => ({ run: `kubectl scale ${ns(w)} ${w.ref} --replicas=0`, expect: `\`${w.ref} scaled\`.`, warn: "the app stops serving until it is scaled back." })),
      start: d.workloadWriters.map((w) => ({ run: `kubectl scale ${ns(w)} ${w.ref} --replicas=${w.replicas}`, expect: `\`${w.ref} scaled\`; its pods become Ready.` }))
    };
  }
  return void 0;
}

// src/draft/shell-wrap.ts
var MAX = 78;
function tokens(command) {
  const out = [];
  let current = "";
  let quote = null;
  for (const ch of command) {
    if (quote) {
      current += ch;
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === " ") {
      if (current) out.push(current);
      current = "";
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}
function splitComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "#" && (i === 0 || line[i - 1] === " ")) return [line.slice(0, i).trimEnd(), line.slice(i + 1).trim()];
  }
  return [line, null];
}
function wrapShell(line, indent = "") {
  const [command, comment] = splitComment(line);
  const out = [];
  if (comment) out.push(`${indent}# ${comment}`);
  if (!command.trim()) return out;
  if (indent.length + command.length <= MAX) {
    out.push(indent + command);
    return out;
  }
  let current = indent;
  for (const token of tokens(command)) {
    const candidate = current.trim() ? `${current} ${token}` : `${current}${token}`;
    if (candidate.length + 2 > MAX && current.trim()) {
      out.push(`${current} \\`);
      current = `${indent}  ${token}`;
    } else current = candidate;
  }
  out.push(current);
  return out;
}

// src/draft/runbook.ts
function isSentence(check) {
  return /^[A-Z][a-z]*\s/.test(check);
}
function wrapProse(text, first, indent, width = 80) {
  const words = [];
  let current = "";
  let inCode = false;
  for (const ch of text) {
    if (ch === "`") inCode = !inCode;
    if (ch === " " && !inCode) {
      if (current) words.push(current);
      current = "";
    } else current += ch;
  }
  if (current) words.push(current);
  const lines = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = empty ? line + word : `${line} ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
function commentLines(prefix, text, indent) {
  return wrapProse(text, `${indent}# ${prefix}`, `${indent}#   `, 78);
}
function commandLines(commands, indent) {
  const body = [];
  commands.forEach((c) => {
    if (c.note) body.push(...commentLines("", c.note, indent));
    if (c.warn) body.push(...commentLines("WARNING: ", c.warn, indent));
    body.push(...wrapShell(c.run, indent));
    body.push(...commentLines("expect: ", c.expect, indent));
  });
  return [`${indent}\`\`\`bash`, ...body, `${indent}\`\`\``];
}
function stepLines(n, step) {
  const indent = " ".repeat(`${n}. `.length);
  const lines = wrapProse(step.text, `${n}. `, indent);
  if (step.commands?.length) lines.push("", ...commandLines(step.commands, indent));
  return lines;
}
function sev1Lines(serviceName) {
  return [
    ...wrapProse("**Communication (SEV-1):** declare the incident in `<ONCALL_CHANNEL>`, name an incident lead, and post an update on our status page (`<OUR_STATUS_PAGE>`) and in the channel every 30 minutes until it is resolved, even when nothing changed:", "", ""),
    "",
    ...wrapProse(`[SEV-1] ${serviceName}: {what users see}. Since {start, UTC}. Now: {step being run}. Next update: {time, UTC}. Lead: {name}.`, "> ", "> ")
  ];
}
function renderRunbook(book, serviceName) {
  const lines = [];
  lines.push(...wrapProse(`**Impact:** ${book.impact}`, "", ""), "");
  lines.push(...wrapProse(`**Runs as:** ${book.runsAs}`, "", ""), "");
  lines.push(...wrapProse(`**Detection:** ${book.detection}`, "", ""), "");
  lines.push(...wrapProse("**Targets:** RTO `<RTO>`, RPO `<RPO>`. **Owner:** `<OWNER>`; escalate to `<ESCALATION_CONTACT>`.", "", ""), "");
  if (book.placeholders.length) {
    lines.push("**Fill in before you start:**", "");
    for (const [name, what] of book.placeholders) lines.push(...wrapProse(`- \`${name}\`: ${what}`, "", "  "));
    lines.push("");
  }
  lines.push("**Mitigation Strategy:**", "");
  book.steps.forEach((s, i) => {
    if (i > 0) lines.push("");
    lines.push(...stepLines(i + 1, s));
  });
  if (book.verify.length || book.verifyByHand?.length) {
    lines.push("", "**Verification:**", "");
    if (book.verify.length) lines.push(...commandLines(book.verify, ""));
    if (book.verify.length && book.verifyByHand?.length) lines.push("");
    for (const sentence of book.verifyByHand ?? []) lines.push(...wrapProse(sentence, "- ", "  "));
  }
  if (book.failback.length) {
    lines.push("", "**Failback and follow-up:**", "");
    for (const item of book.failback) lines.push(...wrapProse(item, "- ", "  "));
  }
  if (book.sev1) lines.push("", ...sev1Lines(serviceName));
  return lines;
}

// src/draft/variants/context.ts
var code = (text) => `\`${text}\``;
function tfIdentifier(ctx, attribute, placeholder) {
  const tf = ctx.d.terraform;
  const literal = tf?.facts[`attr.${attribute}`];
  if (literal) return literal;
  const expression = tf?.facts[`expr.${attribute}`];
  const where = tf ? `the \`${attribute}\` of \`${tf.facts.resource ?? tf.facts.module}\` in \`${tf.path}\`` : `its ${attribute}`;
  return `"$${ctx.holders.add(placeholder, `${where}${expression ? ` (written \`${expression}\`)` : ""}; \`terraform state show\` on that address prints it.`)}"`;
}

// src/draft/variants/names.ts
function withSuffix(id, suffix) {
  const variable = /^"\$([A-Z][A-Z0-9_]*)"$/.exec(id)?.[1];
  return variable ? `"\${${variable}}${suffix}"` : `${id}${suffix}`;
}
function shown(id) {
  return `\`${id.replace(/^"|"$/g, "")}\``;
}

// src/draft/variants/sql-clients.ts
var DbName = class {
  constructor(literal, variable) {
    this.literal = literal;
    this.variable = variable;
  }
  literal;
  variable;
  /** as a shell word */
  sh(suffix = "") {
    if (this.variable) return suffix ? `"\${${this.variable}}${suffix}"` : `"$${this.variable}"`;
    return `${this.literal}${suffix}`;
  }
  /** inside a double-quoted string (SQL) */
  dq(suffix = "") {
    if (this.variable) return suffix ? `\${${this.variable}}${suffix}` : `$${this.variable}`;
    return `${this.literal}${suffix}`;
  }
  /** for prose */
  text(suffix = "") {
    return `\`${this.variable ? `$${this.variable}` : this.literal}${suffix}\``;
  }
};
function envNames(facts) {
  return new Set((facts?.environment ?? "").split(",").filter(Boolean));
}
function setting(facts, names, holders, fallback, what) {
  for (const name of names) if (facts?.[`env.${name}`]) return new DbName(facts[`env.${name}`]);
  const env = envNames(facts);
  const named = names.find((n) => env.has(n));
  if (named) return new DbName(void 0, holders.add(named, `${what} (the service's \`${named}\`, from \`.env\` or the vault).`));
  if (fallback) return new DbName(fallback);
  return new DbName(void 0, holders.add(names[0], `${what}.`));
}
var SCRATCH = "_restore";
var BEFORE = "_before_restore";
function postgresClient(facts, holders) {
  const user = setting(facts, ["POSTGRES_USER"], holders, "postgres", "the database superuser");
  const userFlag = `-U ${user.sh()}`;
  const defaultDb = user.variable ? void 0 : user.literal;
  const restoreUrl = (h) => h.add("RESTORE_DATABASE_URL", "the app's URL with the scratch database (or the restored server) in it; from the vault, never pasted here.");
  const client2 = {
    engine: "postgresql",
    get db() {
      return setting(facts, ["POSTGRES_DB"], holders, defaultDb, "the database name");
    },
    dumpFile: "backups/before-restore.dump",
    ping: (t) => "urlVar" in t ? { run: `pg_isready -d "$${t.urlVar}"`, expect: "`... - accepting connections`." } : { run: inside(t.place, `pg_isready ${userFlag} -d ${t.db.sh()}`), expect: "`/var/run/postgresql:5432 - accepting connections`." },
    dump: (t) => "urlVar" in t ? { run: `pg_dump -Fc -d "$${t.urlVar}" -f backups/before-restore.dump`, expect: "no output; `backups/before-restore.dump` is not empty." } : { run: `${inside(t.place, `pg_dump ${userFlag} -Fc ${t.db.sh()}`)} > backups/before-restore.dump`, expect: "no output; `backups/before-restore.dump` is not empty." },
    create: (t) => "urlVar" in t ? { run: `psql "$${t.urlVar}" -c "CREATE DATABASE $${holders.add("RESTORE_DB", "a new, empty database name for the restore, such as `app_restore`.")}"`, expect: "`CREATE DATABASE`." } : { run: inside(t.place, `createdb ${userFlag} ${t.db.sh(SCRATCH)}`), expect: "no output (the scratch database exists, empty)." },
    restore: (t) => {
      const backup = `"$${holders.add("BACKUP_FILE", "the newest good backup, copied to this machine from `<BACKUP_LOCATION>`.")}"`;
      if ("urlVar" in t) {
        const url = restoreUrl(holders);
        return [
          { note: "custom-format dump (pg_dump -Fc, usually .dump):", run: `pg_restore --no-owner --exit-on-error -d "$${url}" ${backup}`, expect: "no output, exit status 0." },
          { note: "plain-SQL dump (.sql), instead:", run: `psql "$${url}" -v ON_ERROR_STOP=1 -q -f ${backup}`, expect: "no errors, exit status 0." }
        ];
      }
      return [
        { note: "custom-format dump (pg_dump -Fc, usually .dump):", run: `${inside(t.place, `pg_restore ${userFlag} -d ${t.db.sh(SCRATCH)} --no-owner --exit-on-error`, true)} < ${backup}`, expect: "no output, exit status 0." },
        { note: "plain-SQL dump (.sql), instead:", run: `${inside(t.place, `psql ${userFlag} -d ${t.db.sh(SCRATCH)} -v ON_ERROR_STOP=1 -q`, true)} < ${backup}`, expect: "no errors, exit status 0." }
      ];
    },
    tables: (t) => {
      const sql = `-c 'ANALYZE' -c 'SELECT relname, n_live_tup FROM pg_stat_user_tables ORDER BY 2 DESC'`;
      const run = "urlVar" in t ? `psql "$${restoreUrl(holders)}" ${sql}` : inside(t.place, `psql ${userFlag} -d ${t.db.sh(SCRATCH)} ${sql}`);
      return { run, expect: "the busiest tables, with row counts close to what production had before the damage." };
    },
    scratchName: (t) => "urlVar" in t ? "`RESTORE_DB`" : t.db.text(SCRATCH),
    switchTo: (t) => {
      if ("urlVar" in t) throw new Error("switch by URL is prose");
      return {
        warn: `the live database becomes ${t.db.dq(BEFORE)}; fails while anything is still connected.`,
        run: inside(t.place, `psql ${userFlag} -d template1 -c "ALTER DATABASE ${t.db.dq()} RENAME TO ${t.db.dq(BEFORE)}" -c "ALTER DATABASE ${t.db.dq(SCRATCH)} RENAME TO ${t.db.dq()}"`),
        expect: "`ALTER DATABASE` twice."
      };
    }
  };
  return client2;
}
function mysqlClient(image, facts, holders, hostEngine) {
  const maria = image.includes("mariadb") || !image && hostEngine === "mariadb";
  const [cli, dump, admin] = maria ? ["mariadb", "mariadb-dump", "mariadb-admin"] : ["mysql", "mysqldump", "mysqladmin"];
  const env = envNames(facts);
  const rootVar = ["MARIADB_ROOT_PASSWORD", "MYSQL_ROOT_PASSWORD"].find((n) => env.has(n)) ?? (maria ? "MARIADB_ROOT_PASSWORD" : "MYSQL_ROOT_PASSWORD");
  const auth = () => `-uroot -p"$${holders.add(rootVar, "the root password the server was started with (the vault, or `.env`).")}"`;
  const defaults = () => `--defaults-extra-file="$${holders.add("MYSQL_DEFAULTS_FILE", "a client option file (`[client]` host, user, password) for the live server, from the vault.")}"`;
  const restoreDefaults = () => `--defaults-extra-file="$${holders.add("RESTORE_DEFAULTS_FILE", "the same option file with the restored server's host, or the same server.")}"`;
  const hostDb = () => `"$${holders.add("DB_NAME", "the app's database name.")}"`;
  const hostCli = maria ? "mariadb" : "mysql";
  const [show] = maria ? ["mariadb-show"] : ["mysqlshow"];
  return {
    engine: "mysql",
    // Read only when a step runs inside the service: a host has its own placeholders.
    get db() {
      return setting(facts, ["MARIADB_DATABASE", "MYSQL_DATABASE"], holders, void 0, "the database name");
    },
    dumpFile: "backups/before-restore.sql",
    ping: (t) => "urlVar" in t ? { run: `${maria ? "mariadb-admin" : "mysqladmin"} ${defaults()} ping`, expect: "`mysqld is alive`." } : { run: inside(t.place, `${admin} ${auth()} ping`), expect: "`mysqld is alive`." },
    dump: (t) => "urlVar" in t ? { run: `${maria ? "mariadb-dump" : "mysqldump"} ${defaults()} --single-transaction --routines --triggers ${hostDb()} > backups/before-restore.sql`, expect: "no output; the file is not empty." } : { run: `${inside(t.place, `${dump} ${auth()} --single-transaction --routines --triggers ${t.db.sh()}`)} > backups/before-restore.sql`, expect: "no output; the file is not empty." },
    create: (t) => "urlVar" in t ? { run: `${hostCli} ${restoreDefaults()} -e "CREATE DATABASE IF NOT EXISTS $${holders.add("RESTORE_DB", "a new, empty database name for the restore, such as `app_restore`.")}"`, expect: "no output." } : { run: inside(t.place, `${cli} ${auth()} -e "CREATE DATABASE ${t.db.dq(SCRATCH)}"`), expect: "no output (the scratch database exists, empty)." },
    restore: (t) => {
      const backup = `"$${holders.add("BACKUP_FILE", "the newest good backup (a `.sql` dump), copied to this machine from `<BACKUP_LOCATION>`.")}"`;
      if ("urlVar" in t) return [{ run: `${hostCli} ${restoreDefaults()} "$RESTORE_DB" < ${backup}`, expect: "no output, exit status 0." }];
      return [{ run: `${inside(t.place, `${cli} ${auth()} ${t.db.sh(SCRATCH)}`, true)} < ${backup}`, expect: "no output, exit status 0." }];
    },
    tables: (t) => "urlVar" in t ? { run: `${maria ? "mariadb-show" : "mysqlshow"} ${restoreDefaults()} --count "$RESTORE_DB"`, expect: "every table with its row count, close to production's." } : { run: inside(t.place, `${show} ${auth()} --count ${t.db.sh(SCRATCH)}`), expect: "every table with its row count, close to production's." },
    scratchName: (t) => "urlVar" in t ? "`RESTORE_DB`" : t.db.text(SCRATCH)
  };
}
function mongoClient(facts, holders) {
  const user = facts?.["env.MONGO_INITDB_ROOT_USERNAME"] ?? (envNames(facts).has("MONGO_INITDB_ROOT_USERNAME") ? `"$${holders.add("MONGO_INITDB_ROOT_USERNAME", "the root user the container was started with.")}"` : void 0);
  const auth = () => user ? ` --username ${user} --password "$${holders.add("MONGO_INITDB_ROOT_PASSWORD", "the root password the container was started with (the vault, or `.env`).")}" --authenticationDatabase admin` : "";
  const hostDb = () => new DbName(void 0, holders.add("MONGO_DB", "the app's database name (the path of the app's URI)."));
  const count = (name) => `"db.getSiblingDB('${name}').stats()"`;
  return {
    engine: "mongodb",
    get db() {
      return setting(facts, ["MONGO_INITDB_DATABASE"], holders, void 0, "the app's database name");
    },
    dumpFile: "backups/before-restore.archive.gz",
    ping: (t) => "urlVar" in t ? { run: `mongosh "$${t.urlVar}" --quiet --eval "db.runCommand({ ping: 1 }).ok"`, expect: "`1`." } : { run: inside(t.place, `mongosh --quiet${auth()} --eval "db.runCommand({ ping: 1 }).ok"`), expect: "`1`." },
    dump: (t) => "urlVar" in t ? { run: `mongodump --uri="$${t.urlVar}" --archive=backups/before-restore.archive.gz --gzip`, expect: "`done dumping` for each collection." } : { run: `${inside(t.place, `mongodump${auth()} --db=${t.db.sh()} --archive --gzip`)} > backups/before-restore.archive.gz`, expect: "`done dumping` for each collection (on stderr)." },
    restore: (t) => {
      const backup = `"$${holders.add("BACKUP_FILE", "the newest good `mongodump --archive --gzip` file, copied to this machine from `<BACKUP_LOCATION>`.")}"`;
      const from = "urlVar" in t ? hostDb() : t.db;
      const ns = `--nsFrom="${from.dq()}.*" --nsTo="${from.dq(SCRATCH)}.*"`;
      if ("urlVar" in t) return [{ run: `mongorestore --uri="$${t.urlVar}" --archive=${backup} --gzip ${ns}`, expect: "`... restored successfully` and `0 document(s) failed`." }];
      return [{ run: `${inside(t.place, `mongorestore${auth()} --archive --gzip ${ns}`, true)} < ${backup}`, expect: "`... restored successfully` and `0 document(s) failed`." }];
    },
    tables: (t) => {
      const name = ("urlVar" in t ? hostDb() : t.db).dq(SCRATCH);
      return "urlVar" in t ? { run: `mongosh "$${t.urlVar}" --quiet --eval ${count(name)}`, expect: "`collections` and `objects` close to production's." } : { run: inside(t.place, `mongosh --quiet${auth()} --eval ${count(name)}`), expect: "`collections` and `objects` close to production's." };
    },
    scratchName: (t) => "urlVar" in t ? hostDb().text(SCRATCH) : t.db.text(SCRATCH)
  };
}

// src/draft/variants/self-run.ts
function runsAsText(ctx) {
  const { d, place } = ctx;
  if (place.kind === "compose") return `the compose service ${code(place.service)} in ${code(d.compose.file)}${d.compose.facts.image ? ` (image ${code(d.compose.facts.image)})` : ""}.`;
  if (place.kind === "k8s") {
    const w = d.workload;
    return `the ${w.kind} ${code(w.name)}${w.namespace ? ` in namespace ${code(w.namespace)}` : ""} (${code(w.path)}${w.labels ? `, pods labelled ${code(w.labels)}` : ""}).`;
  }
  if (d.chart) return `the Helm chart ${code(d.chart.chart)} of ${code(d.chart.path)}; its release name and namespace are set at install time.`;
  return `a server the repository does not describe; the app reaches it through ${d.variable ? code(d.variable) : "its connection settings"} (${d.paths.slice(0, 2).map(code).join(", ")}).`;
}
function clientFor(ctx) {
  const facts = ctx.d.compose?.facts ?? ctx.d.workload?.facts;
  const image = facts?.image ?? "";
  switch (ctx.rule.id) {
    case "postgresql":
      return postgresClient(facts, ctx.holders);
    case "mysql":
    case "mariadb":
      return mysqlClient(image, facts, ctx.holders, ctx.rule.id);
    case "mongodb":
      return mongoClient(facts, ctx.holders);
    default:
      return void 0;
  }
}
function targetOf(ctx, client2) {
  if (ctx.place.kind !== "host") return { place: ctx.place, db: client2.db };
  const fallback = client2.engine === "postgresql" ? "DATABASE_URL" : client2.engine === "mongodb" ? "MONGODB_URI" : "DATABASE_URL";
  return { urlVar: ctx.d.variable ?? ctx.holders.add(fallback, "the app's connection URL, from the vault.") };
}
var BACKUPS_DIR = { run: "mkdir -p backups", expect: "no output." };
function stopWritersStep(ctx, why) {
  const writers = writerCommands(ctx.place, ctx.d);
  if (writers) {
    if (writers.stop.some((c) => c.run.includes("$K8S_NAMESPACE"))) ctx.holders.add("K8S_NAMESPACE", "the namespace the app's manifests are applied to (they set none).");
    return {
      step: { text: `Stop the writers so nothing changes while you restore (${why}).`, commands: [...writers.stop] },
      start: { text: "Start the writers again and watch the error rate fall.", commands: writers.start }
    };
  }
  return {
    step: { text: `Stop the writers so nothing changes while you restore (${why}): put the app in maintenance mode or scale its workers to zero with \`<STOP_WRITERS_COMMAND>\`.` },
    start: { text: "Start the writers again (`<START_WRITERS_COMMAND>`) and watch the error rate fall." }
  };
}
function dataStoreProcedure(ctx, client2) {
  const { place, rule } = ctx;
  const t = targetOf(ctx, client2);
  const steps = [];
  const ping = client2.ping(t);
  steps.push({ text: `Confirm the outage: is ${rule.name} running, and does it answer?`, commands: [...statusCommands(place), ping] });
  const restart = restartCommands(place);
  steps.push({
    text: `Decide. If it answers, the fault is between the app and ${rule.name} (network, credentials, connection limits): read the app's logs and stop here. If it is down and its data is intact, go to step 3. If data is lost or corrupt, go to step 4.`
  });
  steps.push(restart.length ? { text: "Restart it once. If it is not healthy within 5 minutes, do not restart again: go to step 4.", commands: [...restart, ping] } : { text: `Restart it once the way this server runs (\`<RESTART_COMMAND>\`). If it is not healthy within 5 minutes, go to step 4.`, commands: [ping] });
  const writers = stopWritersStep(ctx, "a restore loses what they write meanwhile");
  steps.push(writers.step);
  steps.push({
    text: `Save the current state, even if damaged: it is the only copy of the writes since the last backup. If ${rule.name} does not answer, copy its data volume instead.`,
    commands: [BACKUPS_DIR, client2.dump(t)]
  });
  const create = client2.create?.(t);
  steps.push({
    text: `Restore the latest good backup into the scratch database ${client2.scratchName(t)}, never over the live one${create ? "; create it first (a fresh volume has no database)" : ""}.`,
    commands: [...create ? [create] : [], ...client2.restore(t)]
  });
  steps.push({ text: `Verify the scratch database before anything is switched: the tables are there, with recent rows.`, commands: [client2.tables(t)] });
  if (client2.switchTo && "place" in t) {
    steps.push({ text: `Switch: swap the scratch database in under the live name, so the app's settings stay as they are.`, commands: [client2.switchTo(t)] });
  } else {
    const variable = ctx.d.variable ? code(ctx.d.variable) : "the app's connection setting";
    steps.push({ text: `Switch: point ${variable} at ${client2.scratchName(t)} (in the vault${place.kind === "compose" ? " or the compose environment" : ""}) and redeploy; the damaged database stays as it is for the post-incident review.` });
  }
  steps.push(writers.start);
  return {
    runsAs: runsAsText(ctx),
    steps,
    verify: verifyAfterSwitch(ping, t, client2),
    failback: [
      `Keep the damaged copy (${client2.engine === "postgresql" && "place" in t ? t.db.text("_before_restore") : "the old database"}) and \`${client2.dumpFile}\` until the post-incident review; then drop them.`,
      "Check that backups run again on the recovered database, and restore one into a scratch database this week.",
      "Write down the data window lost (from the backup's time to the failure) for the review."
    ]
  };
}
function verifyAfterSwitch(ping, t, client2) {
  if (!("place" in t) || client2.engine !== "postgresql") return [ping];
  const tables = client2.tables(t);
  return [ping, { run: tables.run.replace(`-d ${t.db.sh("_restore")}`, `-d ${t.db.sh()}`), expect: "the same tables and row counts as on the scratch database." }];
}
var JOB_QUEUE_LIBRARY = /"?\b(bullmq|bull|bee-queue|sidekiq|resque|rq|arq|celery|dramatiq)\b(?:\[redis\])?"?/;
function jobQueueOf(ctx) {
  if (ctx.dep.id !== "redis") return void 0;
  for (const e of ctx.dep.evidence) {
    const match = e.source !== "env" && e.source !== "compose" ? JOB_QUEUE_LIBRARY.exec(e.detail) : null;
    if (match) return match[1];
  }
  if (ctx.d.variables.some((v) => /^CELERY_/.test(v))) return "celery";
  return void 0;
}
function redisCli(ctx, args) {
  if (ctx.place.kind !== "host") return inside(ctx.place, `redis-cli ${args}`);
  const variable = ctx.d.variable ?? ctx.holders.add("REDIS_URL", "the app's Redis URL, from the vault.");
  return `redis-cli -u "$${variable}" ${args}`;
}
function redisProcedure(ctx) {
  const { place } = ctx;
  const queue = jobQueueOf(ctx);
  const steps = [];
  const ping = { run: redisCli(ctx, "ping"), expect: "`PONG`." };
  steps.push({ text: "Confirm the outage: is Redis running, and does it answer?", commands: [...statusCommands(place), ping] });
  steps.push({ text: `Decide. If it answers \`PONG\`, the fault is elsewhere (network, the app's pool): stop here. Never flush it or restart it in a loop: a cold cache sends every read to the database.${queue ? ` It also holds the ${code(queue)} job queue.` : ""}` });
  steps.push({
    text: "If it still answers but misbehaves, save its data before touching it.",
    commands: [BACKUPS_DIR, { run: `${redisCli(ctx, "--rdb -")} > backups/before-restart.rdb`, expect: "`Transfer finished with success` (on stderr); the file is not empty." }]
  });
  const restart = restartCommands(place);
  steps.push(restart.length ? { text: "Restart it once, then watch the database load while the cache warms (`<DATABASE_LOAD_DASHBOARD>`).", commands: [...restart, ping] } : { text: "Restart it once the way this server runs (`<RESTART_COMMAND>`), then watch the database load while the cache warms (`<DATABASE_LOAD_DASHBOARD>`).", commands: [ping] });
  if (queue) {
    steps.push({ text: `Background jobs (${code(queue)}) live in Redis: check that the workers reconnected, then re-enqueue the jobs lost since the last snapshot with \`<REQUEUE_COMMAND>\`.`, commands: [{ run: redisCli(ctx, "info keyspace"), expect: "the queue's database (`db0:keys=...`) is back; the count grows as jobs are enqueued." }] });
  }
  return {
    runsAs: runsAsText(ctx),
    steps,
    verify: [ping, { run: redisCli(ctx, "info replication"), expect: "`role:master` on the server the app uses." }],
    failback: [
      "Check that persistence runs again (`redis-cli info persistence` shows `rdb_last_bgsave_status:ok`).",
      "Delete `backups/before-restart.rdb` after the review."
    ]
  };
}
var QUORUM = /* @__PURE__ */ new Set(["cassandra", "kafka", "rabbitmq", "elasticsearch", "opensearch", "nats", "cockroachdb", "temporal"]);
function kafkaTool(ctx, tool) {
  const image = (ctx.d.compose?.facts.image ?? ctx.d.workload?.facts.image ?? "").toLowerCase();
  if (image.startsWith("apache/kafka")) return `/opt/kafka/bin/${tool}.sh`;
  if (image.includes("confluentinc/")) return tool;
  return `${tool}.sh`;
}
function clusterTools(ctx, ref, singleNode) {
  switch (ctx.rule.id) {
    case "cassandra":
      return {
        state: { run: ref("nodetool status"), expect: "one line per node; `UN` is up and normal, `DN` is down." },
        resync: (member) => ({ run: `kubectl exec ${ctx.place.kind === "k8s" ? ctx.place.ns : ""} ${member} -- nodetool repair -full`.replace("  ", " "), expect: "`Repair completed successfully` for each keyspace." }),
        health: { run: ref("nodetool info"), expect: "`Gossip active : true` and `Native Transport active: true`." }
      };
    case "rabbitmq":
      return {
        state: { run: ref("rabbitmq-diagnostics -q cluster_status"), expect: "every node under `Running Nodes`; no alarms." },
        health: { run: ref("rabbitmq-diagnostics -q check_running"), expect: "`RabbitMQ on node ... is fully booted and running`." },
        resync: (member) => ({ run: `kubectl exec ${ctx.place.kind === "k8s" ? ctx.place.ns : ""} ${member} -- rabbitmq-queues rebalance quorum`.replace("  ", " "), expect: "a table of queue leaders spread over the nodes." })
      };
    case "kafka":
      return {
        state: { run: ref(`${kafkaTool(ctx, "kafka-topics")} --bootstrap-server localhost:9092 --describe --under-replicated-partitions`), expect: "no rows once every broker is back in sync." },
        health: { run: ref(`${kafkaTool(ctx, "kafka-broker-api-versions")} --bootstrap-server localhost:9092`), expect: "one block per reachable broker (`... (id: 0 rack: null) -> (...)`)." }
      };
    case "elasticsearch":
    case "opensearch": {
      const status = singleNode ? "yellow" : "green";
      return {
        state: { run: ref(`curl -fsS "http://localhost:9200/_cluster/health?wait_for_status=${status}&timeout=60s"`), expect: `\`"status":"${status}"\`${singleNode ? " (a single node is never green: its replicas have nowhere to go)" : ""}.` },
        health: { run: ref('curl -fsS "http://localhost:9200/_cat/nodes?v"'), expect: "one row per node." }
      };
    }
    default:
      return void 0;
  }
}
function clusterProcedure(ctx, tools, place) {
  const member = `"$${ctx.holders.add("DOWN_POD", `one pod of ${code(place.ref)} that step 1 shows down (\`${place.name}-2\`, say).`)}"`;
  const steps = [
    { text: `Confirm what is down: which members of ${code(place.ref)} are not ready, and what the cluster says.`, commands: [...statusCommands(place), tools.state] },
    { text: `Decide. ${ctx.rule.name} keeps a quorum only while most of its ${place.replicas} members are up: never restart the whole ${place.kindName} (\`kubectl rollout restart\`) or scale it down. Replace only the members that are down, one at a time.` },
    {
      text: "Replace one member that is down: delete its pod and let the StatefulSet recreate it on the same volume.",
      commands: [
        { run: `kubectl delete pod ${place.ns} ${member}`, expect: `\`pod ... deleted\`.`, warn: "only a pod step 1 shows down, and never two at once." },
        { run: `kubectl wait ${place.ns} --for=condition=Ready pod/${member.replace(/^"|"$/g, "")} --timeout=15m`.replace(`pod/$DOWN_POD`, 'pod/"$DOWN_POD"'), expect: "`pod/... condition met`." }
      ]
    }
  ];
  if (tools.resync) steps.push({ text: "Bring the member back in sync with the others before the next one.", commands: [tools.resync(member)] });
  steps.push({ text: `Check the cluster again; repeat ${tools.resync ? "steps 3-4" : "step 3"} for the next member that is down. If a member's volume is lost, it rejoins as a new node: follow the replace-node procedure (\`<REPLACE_NODE_LINK>\`) instead of deleting pods.`, commands: [tools.state] });
  return {
    runsAs: runsAsText(ctx),
    steps,
    verify: [tools.state, tools.health],
    failback: [
      "Find why the members went down (node drain, disk, memory) before closing the incident.",
      "Check that backups or snapshots of the cluster still run."
    ]
  };
}
function singleNodeProcedure(ctx, tools) {
  const { place, rule } = ctx;
  const restart = restartCommands(place);
  const steps = [
    { text: `Confirm the outage: is ${rule.name} running, and what does it say?`, commands: [...statusCommands(place), tools.health] },
    { text: `Decide. This is a single node: there is no other member to fail over to. If it answers, the fault is elsewhere (network, the app's client): stop here.` }
  ];
  if (rule.id === "rabbitmq") {
    steps.push({ text: "If it still answers, save its definitions (queues, exchanges, users) before touching it.", commands: [BACKUPS_DIR, { run: `${inside(place, "rabbitmqctl export_definitions -")} > backups/rabbitmq-definitions.json`, expect: "a JSON document in the file." }] });
  }
  steps.push(restart.length ? { text: "Restart it once; while it is down, producers must retry or buffer.", commands: [...restart, tools.health] } : { text: "Restart it once the way this server runs (`<RESTART_COMMAND>`).", commands: [tools.health] });
  if (rule.id === "elasticsearch" || rule.id === "opensearch") {
    steps.push({ text: "If an index is lost, rebuild it from the source of truth (the database) with `<REINDEX_COMMAND>`; search is derived data." });
  }
  return {
    runsAs: runsAsText(ctx),
    steps,
    verify: [tools.health, tools.state],
    failback: ["Check that the data volume survived the restart and that backups or snapshots run."]
  };
}
function genericProcedure(ctx) {
  const { place, rule } = ctx;
  const restart = restartCommands(place);
  const status = statusCommands(place);
  const steps = [
    status.length ? { text: `Confirm the outage: is ${rule.name} running, and what did it log?`, commands: status } : { text: `Confirm the outage with \`<HEALTH_CHECK_COMMAND>\`.` },
    restart.length ? { text: "Restart it once; if it is not healthy within 5 minutes, restore it from its backup (`<RESTORE_PROCEDURE_LINK>`).", commands: restart } : { text: `Fail over or restart ${rule.name} the way this deployment allows: \`<FAILOVER_COMMAND>\`.` }
  ];
  if (rule.category === "database" || rule.category === "storage") steps.push({ text: `If data is lost: stop the writers, save what is left, restore the latest backup into a scratch target (\`<RESTORE_COMMAND>\`), verify it there, then switch the app to it.` });
  return { runsAs: runsAsText(ctx), steps, verify: [], failback: ["Check that backups run again."] };
}
function selfRunProcedure(ctx) {
  const client2 = clientFor(ctx);
  if (client2) return dataStoreProcedure(ctx, client2);
  if (ctx.rule.id === "redis" || ctx.rule.id === "memcached") {
    if (ctx.rule.id === "redis") return redisProcedure(ctx);
  }
  if (QUORUM.has(ctx.rule.id) && ctx.place.kind !== "host") {
    const place = ctx.place;
    const ref = (cmd) => inside(place, cmd);
    const replicas = place.kind === "k8s" ? place.replicas : 1;
    const tools = clusterTools(ctx, ref, replicas < 2);
    if (tools && place.kind === "k8s" && replicas >= 3) return clusterProcedure(ctx, tools, place);
    if (tools) return singleNodeProcedure(ctx, tools);
  }
  return genericProcedure(ctx);
}

// src/draft/variants/aws-rds.ts
function client(ctx) {
  const engine = (ctx.d.terraform?.facts["attr.engine"] ?? ctx.rule.id).toLowerCase();
  if (engine.includes("postgres") || ctx.rule.id === "postgresql") return postgresClient(void 0, ctx.holders);
  return mysqlClient("", void 0, ctx.holders, engine.includes("mariadb") ? "mariadb" : "mysql");
}
function restoreTime(ctx) {
  return `"$${ctx.holders.add("RESTORE_TIME", "the UTC time just before the damage, such as `2026-01-31T03:05:00Z`; it must be before the `LatestRestorableTime` that describe prints.")}"`;
}
function settingsStep(describe, root, queries) {
  const [subnets, groups, params] = queries;
  return {
    text: "Then read its subnet group, security group and parameter group: a restored target gets the defaults unless they are passed, and the app could not reach it.",
    commands: [
      { run: `SUBNET_GROUP=$(${describe} --query '${root}.${subnets}' --output text)`, expect: "no output; the variable holds the name." },
      { run: `SECURITY_GROUP_ID=$(${describe} --query '${root}.${groups}' --output text)`, expect: "no output; the variable holds the id." },
      { run: `PARAMETER_GROUP=$(${describe} --query '${root}.${params}' --output text)`, expect: "no output; the variable holds the name." }
    ]
  };
}
function withSnapshot(settings, snapshot) {
  return { text: `Save the current state with a manual snapshot, even if damaged. ${settings.text}`, commands: [snapshot, ...settings.commands ?? []] };
}
function verifyRestored(ctx, c) {
  const url = { urlVar: "RESTORE_DATABASE_URL" };
  if (c.engine === "postgresql") ctx.holders.add("RESTORE_DATABASE_URL", "the app's database URL with the restored endpoint as its host; from the vault, never pasted here.");
  if (c.engine === "postgresql") return { text: "Verify the restored copy before anything is switched: it answers and has the recent rows.", commands: [c.ping(url), c.tables(url)] };
  const db = ctx.holders.add("DB_NAME", "the app's database name.");
  const commands = [c.ping(url), c.tables(url)].map((cmd) => ({ ...cmd, run: cmd.run.replace("$MYSQL_DEFAULTS_FILE", "$RESTORE_DEFAULTS_FILE").replace('"$RESTORE_DB"', `"$${db}"`) }));
  ctx.holders.add("RESTORE_DEFAULTS_FILE", "the client option file with the restored endpoint as `host`.");
  return { text: "Verify the restored copy before anything is switched: it answers and has the recent rows.", commands };
}
function liveVerify(ctx, c) {
  const url = ctx.d.variable ?? ctx.holders.add("DATABASE_URL", "the app's database URL, from the vault.");
  if (c.engine === "postgresql") {
    return [c.ping({ urlVar: url }), { run: `psql "$${url}" -c "SELECT pg_is_in_recovery()"`, expect: "`f`: the app is on a writable primary." }];
  }
  return [c.ping({ urlVar: url }), { ...c.ping({ urlVar: url }), run: c.ping({ urlVar: url }).run.replace(/ping$/, "status"), expect: "`Uptime: ...` of the server the app uses." }];
}
function rdsInstanceProcedure(ctx) {
  const id = tfIdentifier(ctx, "identifier", "DB_INSTANCE_ID");
  const restored = withSuffix(id, "-restore");
  const multiAz = ctx.d.terraform?.facts["attr.multi_az"];
  const c = client(ctx);
  const tf = ctx.d.terraform;
  const steps = [
    {
      text: "Confirm the outage: the instance's status, whether it is Multi-AZ, and its recent events.",
      commands: [
        { run: `aws rds describe-db-instances --db-instance-identifier ${id} --query 'DBInstances[0].[DBInstanceStatus,MultiAZ,LatestRestorableTime]' --output text`, expect: "`available  True  2026-...` when healthy; `failing-over`, `rebooting` or `storage-full` say why not." },
        { run: `aws rds describe-events --source-type db-instance --source-identifier ${id} --duration 120`, expect: "failover, reboot or storage events of the last 2 hours." }
      ]
    }
  ];
  if (multiAz === "true") {
    steps.push({ text: "Decide. Multi-AZ fails over by itself in 1-2 minutes (event `Multi-AZ instance failover completed`) and keeps the endpoint: wait 5 minutes from the first error before acting. Only if the primary hangs and no failover started, force one:", commands: [{ run: `aws rds reboot-db-instance --db-instance-identifier ${id} --force-failover`, expect: '`"DBInstanceStatus": "rebooting"`; the app reconnects in 1-2 minutes.', warn: "drops every connection; only when no automatic failover is under way." }] });
  } else {
    steps.push({ text: `Decide. This instance has no standby (${tf ? `\`multi_az\` is ${multiAz === void 0 ? "not set" : code(multi_az_text(multiAz))} in ${code(tf.path)}` : "single-AZ"}), so there is nothing to fail over to and \`--force-failover\` is refused. If it is stuck but its storage is fine, reboot it once:`, commands: [{ run: `aws rds reboot-db-instance --db-instance-identifier ${id}`, expect: '`"DBInstanceStatus": "rebooting"`; `available` again in a few minutes.', warn: "the database is down until the reboot finishes." }] });
  }
  steps[1].text += " If data is lost or corrupt, or the zone does not come back, restore a copy next to it (from step 3).";
  const writers = stopWritersStep(ctx, "a restore loses what they write meanwhile");
  steps.push(writers.step);
  steps.push(withSnapshot(settingsStep(`aws rds describe-db-instances --db-instance-identifier ${id}`, "DBInstances[0]", ["DBSubnetGroup.DBSubnetGroupName", "VpcSecurityGroups[0].VpcSecurityGroupId", "DBParameterGroups[0].DBParameterGroupName"]), { run: `aws rds create-db-snapshot --db-instance-identifier ${id} --db-snapshot-identifier ${withSuffix(id, "-before-restore")}`, expect: '`"Status": "creating"`.' }));
  steps.push({
    text: `Restore to the point in time just before the damage, into the new instance ${shown(restored)}, with those settings${multiAz === "true" ? " and Multi-AZ" : ""}.`,
    commands: [
      { run: `aws rds restore-db-instance-to-point-in-time --source-db-instance-identifier ${id} --target-db-instance-identifier ${restored} --restore-time ${restoreTime(ctx)} --db-subnet-group-name "$SUBNET_GROUP" --vpc-security-group-ids "$SECURITY_GROUP_ID" --db-parameter-group-name "$PARAMETER_GROUP"${multiAz === "true" ? " --multi-az" : ""}`, expect: '`"DBInstanceStatus": "creating"`.' },
      { run: `aws rds wait db-instance-available --db-instance-identifier ${restored}`, expect: "returns with no output when it is ready (10-60 minutes)." },
      { run: `aws rds describe-db-instances --db-instance-identifier ${restored} --query 'DBInstances[0].Endpoint.Address' --output text`, expect: `the restored endpoint, \`${restored.replace(/"/g, "")}.<id>.<region>.rds.amazonaws.com\`.` }
    ]
  });
  steps.push(verifyRestored(ctx, c));
  steps.push({
    text: `Switch: rename the damaged instance away and the restored one to ${shown(id)}, so the endpoint in the app's settings stays valid.`,
    commands: [
      { run: `aws rds modify-db-instance --db-instance-identifier ${id} --new-db-instance-identifier ${withSuffix(id, "-old")} --apply-immediately`, expect: '`"DBInstanceStatus": "available"` with a pending rename, then `renaming`.', warn: "the app loses the database until the next rename is done." },
      { run: `aws rds wait db-instance-available --db-instance-identifier ${withSuffix(id, "-old")}`, expect: "no output once the rename is done." },
      { run: `aws rds modify-db-instance --db-instance-identifier ${restored} --new-db-instance-identifier ${id} --apply-immediately`, expect: "the rename starts; the endpoint resolves to the restored instance within minutes.", warn: "the restored copy takes the live name: only after step 8 passed." }
    ]
  });
  steps.push(writers.start);
  return {
    runsAs: `${tf ? `\`${tf.facts.resource}\` in ${code(tf.path)}` : "an RDS instance"} (RDS ${c.engine === "postgresql" ? "PostgreSQL" : "MySQL/MariaDB"}, ${multiAz === "true" ? "Multi-AZ" : "single-AZ"}${ctx.d.variable ? `; the app reads ${code(ctx.d.variable)}` : ""}).`,
    steps,
    verify: liveVerify(ctx, c),
    failback: [
      `Run \`terraform plan\`${tf ? ` in \`${dirOf(tf.path)}\`` : ""}: the restored instance must match the code (backup retention, deletion protection${multiAz === "true" ? ", Multi-AZ" : ""}, tags); apply or fix the drift.`,
      `Keep ${shown(withSuffix(id, "-old"))} and the snapshot until the review; then delete the old instance.`,
      "Check that automated backups run on the restored instance (`BackupRetentionPeriod` above 0)."
    ]
  };
}
function multi_az_text(value) {
  return `multi_az = ${value}`;
}
function dirOf(path2) {
  const slash = path2.lastIndexOf("/");
  return slash === -1 ? "." : path2.slice(0, slash);
}
function rdsClusterProcedure(ctx) {
  const id = tfIdentifier(ctx, "cluster_identifier", "DB_CLUSTER_ID");
  const restored = withSuffix(id, "-restore");
  const tf = ctx.d.terraform;
  const engine = tf?.facts["attr.engine"] ?? (ctx.rule.id === "postgresql" ? "aurora-postgresql" : "aurora-mysql");
  const aurora = engine.startsWith("aurora");
  const instances = Number(tf?.facts.instances ?? "0");
  const c = client(ctx);
  const steps = [
    {
      text: "Confirm the outage: the cluster's status and which member is the writer.",
      commands: [
        { run: `aws rds describe-db-clusters --db-cluster-identifier ${id} --query 'DBClusters[0].DBClusterMembers[].[DBInstanceIdentifier,IsClusterWriter]' --output text`, expect: "one line per member; `True` marks the writer." },
        { run: `aws rds describe-events --source-type db-cluster --source-identifier ${id} --duration 120`, expect: "failover or reboot events of the last 2 hours." }
      ]
    }
  ];
  const replica = `"$${ctx.holders.add("READER_ID", "a member that step 1 shows with `False` (a reader).")}"`;
  if (aurora) {
    steps.push({
      text: instances >= 2 || !tf ? "Decide. Aurora promotes a reader by itself in about 30 seconds; wait 5 minutes from the first error. Only if the writer hangs and nothing was promoted, fail over to a reader:" : `Decide. Aurora fails over by itself, but ${tf ? `${code(tf.path)} declares ${instances === 1 ? "one instance" : "no `aws_rds_cluster_instance`"}` : "this cluster may have no reader"}: with no reader, Aurora recreates the writer (about 10 minutes) and a manual failover has nothing to promote. Wait 10 minutes; add a reader afterwards (see follow-up). If a reader exists now:`,
      commands: [{ run: `aws rds failover-db-cluster --db-cluster-identifier ${id} --target-db-instance-identifier ${replica}`, expect: '`"Status": "failing-over"`; the writer endpoint moves within a minute.', warn: "drops every connection to the writer." }]
    });
  } else {
    steps.push({ text: "Decide. A Multi-AZ DB cluster fails over to a reader by itself, usually within 35 seconds: wait 5 minutes from the first error. Only if the writer hangs and nothing was promoted:", commands: [{ run: `aws rds failover-db-cluster --db-cluster-identifier ${id} --target-db-instance-identifier ${replica}`, expect: '`"Status": "failing-over"`.', warn: "drops every connection to the writer." }] });
  }
  steps[1].text += " If data is lost or corrupt, restore a copy of the cluster next to it (from step 3).";
  const writers = stopWritersStep(ctx, "a restore loses what they write meanwhile");
  steps.push(writers.step);
  steps.push(withSnapshot(settingsStep(`aws rds describe-db-clusters --db-cluster-identifier ${id}`, "DBClusters[0]", ["DBSubnetGroup", "VpcSecurityGroups[0].VpcSecurityGroupId", "DBClusterParameterGroup"]), { run: `aws rds create-db-cluster-snapshot --db-cluster-identifier ${id} --db-cluster-snapshot-identifier ${withSuffix(id, "-before-restore")}`, expect: '`"Status": "creating"`.' }));
  const restoreCommands = [];
  if (aurora) {
    const instanceClass = `"$${ctx.holders.add("INSTANCE_CLASS", "the writer's instance class (the `DBInstanceClass` that `aws rds describe-db-instances` prints).")}"`;
    restoreCommands.push(
      { run: `aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier ${id} --db-cluster-identifier ${restored} --restore-to-time ${restoreTime(ctx)} --db-subnet-group-name "$SUBNET_GROUP" --vpc-security-group-ids "$SECURITY_GROUP_ID" --db-cluster-parameter-group-name "$PARAMETER_GROUP"`, expect: '`"Status": "creating"`; the cluster has no instance yet.' },
      { note: "an Aurora restore creates no instance: add the writer.", run: `aws rds create-db-instance --db-cluster-identifier ${restored} --db-instance-identifier ${withSuffix(id, "-restore-1")} --engine ${engine} --db-instance-class ${instanceClass}`, expect: '`"DBInstanceStatus": "creating"`.' },
      { run: `aws rds wait db-instance-available --db-instance-identifier ${withSuffix(id, "-restore-1")}`, expect: "no output once the writer is ready (10-30 minutes)." }
    );
  } else {
    const instanceClass = `"$${ctx.holders.add("INSTANCE_CLASS", `the cluster's instance class (\`db_cluster_instance_class\`${tf ? ` in ${code(tf.path)}` : ""}).`)}"`;
    restoreCommands.push(
      { note: "a Multi-AZ DB cluster restore brings its own instances when given a class.", run: `aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier ${id} --db-cluster-identifier ${restored} --restore-to-time ${restoreTime(ctx)} --db-cluster-instance-class ${instanceClass} --db-subnet-group-name "$SUBNET_GROUP" --vpc-security-group-ids "$SECURITY_GROUP_ID" --db-cluster-parameter-group-name "$PARAMETER_GROUP"`, expect: '`"Status": "creating"`.' },
      { run: `aws rds wait db-cluster-available --db-cluster-identifier ${restored}`, expect: "no output once the cluster is ready." }
    );
  }
  restoreCommands.push({ run: `aws rds describe-db-clusters --db-cluster-identifier ${restored} --query 'DBClusters[0].Endpoint' --output text`, expect: `the restored writer endpoint, \`${restored.replace(/"/g, "")}.cluster-<id>.<region>.rds.amazonaws.com\`.` });
  steps.push({ text: `Restore the cluster to the point just before the damage, as ${shown(restored)}, with those settings.`, commands: restoreCommands });
  steps.push(verifyRestored(ctx, c));
  steps.push({
    text: `Switch: rename the damaged cluster away and the restored one to ${shown(id)}, so the endpoint in the app's settings stays valid.`,
    commands: [
      { run: `aws rds modify-db-cluster --db-cluster-identifier ${id} --new-db-cluster-identifier ${withSuffix(id, "-old")} --apply-immediately`, expect: '`"Status": "renaming"`.', warn: "the app loses the database until the next rename is done." },
      { run: `aws rds wait db-cluster-available --db-cluster-identifier ${withSuffix(id, "-old")}`, expect: "no output once the rename is done." },
      { run: `aws rds modify-db-cluster --db-cluster-identifier ${restored} --new-db-cluster-identifier ${id} --apply-immediately`, expect: "the rename starts; the endpoint resolves to the restored cluster within minutes.", warn: "the restored copy takes the live name: only after it was verified." }
    ]
  });
  steps.push(writers.start);
  return {
    runsAs: `${tf ? `\`${tf.facts.resource}\` in ${code(tf.path)}` : "an RDS cluster"} (${aurora ? `Aurora, engine ${code(engine)}, ${instances || "unknown number of"} instance(s)` : `a Multi-AZ DB cluster, engine ${code(engine)}`}${ctx.d.variable ? `; the app reads ${code(ctx.d.variable)}` : ""}).`,
    steps,
    verify: liveVerify(ctx, c),
    failback: [
      `Run \`terraform plan\`${tf ? ` in \`${dirOf(tf.path)}\`` : ""}: the restored cluster must match the code; apply or fix the drift.`,
      aurora && instances < 2 ? "Add a reader (a second `aws_rds_cluster_instance`) so the next failover takes seconds." : "Check that the cluster has a reader in another zone again.",
      `Keep ${shown(withSuffix(id, "-old"))} and the snapshot until the review; then delete them.`
    ]
  };
}

// src/draft/variants/aws-elasticache.ts
var COLD = "a cold cache sends every read to the database: watch its load (`<DATABASE_LOAD_DASHBOARD>`).";
function queueStep(ctx) {
  const queue = jobQueueOf(ctx);
  return queue ? [{ text: `Background jobs (${code(queue)}) live in this cache: once it answers, check that the workers reconnected, then re-enqueue the jobs lost since the last snapshot with \`<REQUEUE_COMMAND>\`.` }] : [];
}
function runsAs(ctx, what) {
  const tf = ctx.d.terraform;
  return `${tf ? `\`${tf.facts.resource}\` in ${code(tf.path)}` : "an ElastiCache resource"} (${what}${ctx.d.variable ? `; the app reads ${code(ctx.d.variable)}` : ""}).`;
}
function elasticacheProcedure(ctx) {
  const type = ctx.d.terraform?.facts.type ?? "aws_elasticache_replication_group";
  if (type === "aws_elasticache_serverless_cache") return serverless(ctx);
  if (type === "aws_elasticache_cluster") return singleCluster(ctx);
  return replicationGroup(ctx);
}
function replicationGroup(ctx) {
  const id = tfIdentifier(ctx, "replication_group_id", "REPLICATION_GROUP_ID");
  const auto = ctx.d.terraform?.facts["attr.automatic_failover_enabled"];
  const replica = `"$${ctx.holders.add("REPLICA_NODE_ID", "a node that step 1 shows with role `replica`, such as `" + id.replace(/"/g, "").replace(/^\$\w+$/, "group") + "-002`.")}"`;
  const steps = [
    {
      text: "Confirm the outage: the group's status, whether automatic failover is on, and each node's role.",
      commands: [
        { run: `aws elasticache describe-replication-groups --replication-group-id ${id} --query 'ReplicationGroups[0].[Status,AutomaticFailover]' --output text`, expect: "`available  enabled` (`modifying` while a failover runs)." },
        { run: `aws elasticache describe-replication-groups --replication-group-id ${id} --query 'ReplicationGroups[0].NodeGroups[0].NodeGroupMembers' --output text`, expect: "one line per node: one `primary`, the others `replica`." },
        { run: `aws elasticache describe-events --source-type replication-group --source-identifier ${id} --duration 120`, expect: "a `Failover to replica node ... completed` event when AWS already promoted one." }
      ]
    },
    { text: `Decide. ${auto === "false" ? `Automatic failover is off (\`automatic_failover_enabled = false\`): AWS will not promote a replica.` : "With automatic failover on, AWS promotes a replica by itself within about a minute and keeps the primary endpoint: wait 5 minutes from the first error."} Promote by hand only if the events show no failover and the primary is still down; never with \`test-failover\`, a testing API with a daily quota.` }
  ];
  if (auto !== "false") {
    steps.push({ text: "A manual promotion needs automatic failover off first.", commands: [{ run: `aws elasticache modify-replication-group --replication-group-id ${id} --no-automatic-failover-enabled --no-multi-az-enabled --apply-immediately`, expect: '`"Status": "modifying"`, then `available`.', warn: "no automatic failover until it is turned on again (follow-up)." }] });
  }
  steps.push({ text: `Promote the replica. Do not restart the old primary at once: ${COLD}`, commands: [{ run: `aws elasticache modify-replication-group --replication-group-id ${id} --primary-cluster-id ${replica} --apply-immediately`, expect: '`"Status": "modifying"`; the primary endpoint points at the new primary within a minute.', warn: "connections drop while the endpoint moves." }] });
  steps.push(...queueStep(ctx));
  return {
    runsAs: runsAs(ctx, `a Redis/Valkey replication group${auto === "false" ? ", automatic failover off" : ""}`),
    steps,
    verify: [{ run: `aws elasticache describe-replication-groups --replication-group-id ${id} --query 'ReplicationGroups[0].NodeGroups[0].NodeGroupMembers[].CurrentRole' --output text`, expect: "one `primary`, the rest `replica`." }],
    failback: [
      ...auto !== "false" ? ["Turn automatic failover back on: `modify-replication-group` with `--automatic-failover-enabled --multi-az-enabled --apply-immediately`."] : ["Consider `automatic_failover_enabled = true` with a replica in another zone."],
      "Check that daily snapshots still run (`SnapshotRetentionLimit` above 0)."
    ]
  };
}
function singleCluster(ctx) {
  const id = tfIdentifier(ctx, "cluster_id", "CACHE_CLUSTER_ID");
  const memcached = (ctx.d.terraform?.facts["attr.engine"] ?? ctx.rule.id).includes("memcached");
  const nodes = Number(ctx.d.terraform?.facts["attr.num_cache_nodes"] ?? "1");
  const node = `"$${ctx.holders.add("NODE_ID", "the node that step 1 shows not `available`, such as `0001`.")}"`;
  const steps = [
    { text: "Confirm the outage: the cluster's status and each node's.", commands: [{ run: `aws elasticache describe-cache-clusters --cache-cluster-id ${id} --show-cache-node-info --query 'CacheClusters[0].CacheNodes[].[CacheNodeId,CacheNodeStatus]' --output text`, expect: "one line per node with its status (`available` when healthy)." }] },
    { text: `Decide. ${memcached ? `Memcached has no replicas and keeps nothing on disk: a rebooted node comes back empty.` : `A single-node cluster (${nodes} node) has no replica to fail over to.`} If AWS is already replacing the node (events below), wait; otherwise reboot only the node that is down. ${COLD}`, commands: [{ run: `aws elasticache describe-events --source-type cache-cluster --source-identifier ${id} --duration 120`, expect: "`Recovering cache nodes` or `Finished recovery` when AWS is on it." }] },
    { text: "Reboot the failed node once.", commands: [{ run: `aws elasticache reboot-cache-cluster --cache-cluster-id ${id} --cache-node-ids-to-reboot ${node}`, expect: '`"CacheClusterStatus": "rebooting cache cluster nodes"`.', warn: `${memcached ? "the node comes back empty" : "the data not yet snapshotted is lost"}.` }] },
    ...queueStep(ctx)
  ];
  return {
    runsAs: runsAs(ctx, memcached ? `Memcached, ${nodes} node(s)` : "a single-node Redis/Valkey cluster"),
    steps,
    verify: [{ run: `aws elasticache describe-cache-clusters --cache-cluster-id ${id} --show-cache-node-info --query 'CacheClusters[0].CacheNodes[].CacheNodeStatus' --output text`, expect: "`available` for every node." }],
    failback: [memcached ? "If the cache must survive a node, spread keys over more nodes (`num_cache_nodes`) or move to a replication group." : "A replication group with a replica in another zone (and automatic failover) turns this into a one-minute failover."]
  };
}
function serverless(ctx) {
  const name = tfIdentifier(ctx, "name", "SERVERLESS_CACHE_NAME");
  const restored = name.startsWith('"') ? `"\${SERVERLESS_CACHE_NAME}-restore"` : `${name}-restore`;
  const snapshot = `"$${ctx.holders.add("SNAPSHOT_ARN", "the ARN of the newest good snapshot that step 3 lists.")}"`;
  const engine = ctx.d.terraform?.facts["attr.engine"] ?? "redis";
  return {
    runsAs: runsAs(ctx, `ElastiCache Serverless, engine \`${engine}\``),
    steps: [
      { text: "Confirm the outage: the cache's status.", commands: [{ run: `aws elasticache describe-serverless-caches --serverless-cache-name ${name} --query 'ServerlessCaches[0].Status' --output text`, expect: "`available` when healthy." }] },
      { text: "Decide. AWS runs the nodes of a serverless cache: there is no failover or reboot to run. Check the [AWS Health dashboard](https://health.aws.amazon.com/health/status), open a support case, and keep the app serving from the database. If data is lost, restore a snapshot into a new cache (steps 3-4)." },
      { text: "List the snapshots.", commands: [{ run: `aws elasticache describe-serverless-cache-snapshots --serverless-cache-name ${name} --query 'ServerlessCacheSnapshots[].[ServerlessCacheSnapshotName,ARN,CreateTime]' --output text`, expect: "one line per snapshot, newest last." }] },
      { text: "Restore into a new cache and point the app's setting at its endpoint once it is `available`.", commands: [{ run: `aws elasticache create-serverless-cache --serverless-cache-name ${restored} --engine ${engine} --snapshot-arns-to-restore ${snapshot}`, expect: '`"Status": "creating"`.' }] },
      ...queueStep(ctx)
    ],
    verify: [{ run: `aws elasticache describe-serverless-caches --serverless-cache-name ${name} --query 'ServerlessCaches[0].[Status,Endpoint.Address]' --output text`, expect: "`available` and the endpoint the app uses." }],
    failback: ["Delete the restored cache, or adopt it in Terraform, once the original is back."]
  };
}

// src/draft/variants/cloud-sql.ts
function cloudSqlProcedure(ctx) {
  const name = tfIdentifier(ctx, "name", "SQL_INSTANCE");
  const clone = withSuffix(name, "-restore");
  const tf = ctx.d.terraform;
  const availability = tf?.facts["attr.settings.availability_type"];
  const regional = availability === "REGIONAL";
  const postgres = (tf?.facts["attr.database_version"] ?? ctx.rule.id).toLowerCase().includes("postgres") || ctx.rule.id === "postgresql";
  const client2 = postgres ? postgresClient(void 0, ctx.holders) : mysqlClient("", void 0, ctx.holders, "mysql");
  const time = `"$${ctx.holders.add("RESTORE_TIME", "the UTC time just before the damage, RFC 3339, such as `2026-01-31T03:05:00Z`.")}"`;
  const url = ctx.d.variable ?? ctx.holders.add("DATABASE_URL", "the app's database URL, from the vault.");
  if (postgres) ctx.holders.add("RESTORE_DATABASE_URL", "the app's database URL pointing at the clone (its IP or the Cloud SQL Auth Proxy for it).");
  const steps = [
    {
      text: "Confirm the outage: the instance's state, availability type and recent operations.",
      commands: [
        { run: `gcloud sql instances describe ${name} --format="value(state,settings.availabilityType,gceZone)"`, expect: "`RUNNABLE  REGIONAL  <zone>` when healthy; `MAINTENANCE`, `FAILED` or `SUSPENDED` say why not." },
        { run: `gcloud sql operations list --instance=${name} --limit=10`, expect: "recent `FAILOVER`, `RESTART` or `UPDATE` operations and their status." }
      ]
    }
  ];
  if (regional) {
    steps.push({ text: "Decide. A regional instance fails over to its standby by itself within about a minute and keeps its IP: wait 5 minutes from the first error. Only if the primary zone is down and no failover happened:", commands: [{ run: `gcloud sql instances failover ${name}`, expect: "an operation that ends `done`; the instance serves from the other zone.", warn: "drops every connection for about a minute." }] });
  } else {
    steps.push({ text: `Decide. ${availability ? `\`availability_type = "${availability}"\`` : "No `availability_type` is set, so the instance is zonal"}: there is no standby and \`gcloud sql instances failover\` is refused. If it is stuck, restart it once:`, commands: [{ run: `gcloud sql instances restart ${name}`, expect: "an operation that ends `done`.", warn: "the database is down until the restart finishes." }] });
  }
  steps.push({ text: "If data is lost or corrupt, clone the instance as it was before the damage (from step 4). Never `gcloud sql backups restore ... --restore-instance` onto the live instance: it overwrites it and its point-in-time logs." });
  const writers = stopWritersStep(ctx, "the clone will not have what they write meanwhile");
  steps.push(writers.step);
  steps.push({ text: "Save the current state with an on-demand backup, even if damaged.", commands: [{ run: `gcloud sql backups create --instance=${name} --description=before-restore`, expect: "an operation that ends `done`." }] });
  steps.push({
    text: `Clone the instance at the point just before the damage into the new instance ${shown(clone)}.`,
    commands: [{ run: `gcloud sql instances clone ${name} ${clone} --point-in-time=${time}`, expect: "an operation that ends `done` (minutes to hours, by size)." }]
  });
  steps.push({ text: "Verify the clone before anything is switched: it answers and has the recent rows.", commands: postgres ? [client2.ping({ urlVar: "RESTORE_DATABASE_URL" }), client2.tables({ urlVar: "RESTORE_DATABASE_URL" })] : [{ run: `gcloud sql instances describe ${clone} --format="value(state,ipAddresses[0].ipAddress)"`, expect: "`RUNNABLE` and its IP." }] });
  steps.push({ text: `Switch: point ${code(url)} at the clone (in the vault) and redeploy. Cloud SQL cannot rename an instance; ${tf ? `update \`name\` of \`${tf.facts.resource}\` in ${code(tf.path)} or import the clone so Terraform does not recreate it` : "update the infrastructure code to the clone"}.` });
  steps.push(writers.start);
  return {
    runsAs: `${tf ? `\`${tf.facts.resource}\` in ${code(tf.path)}` : "a Cloud SQL instance"} (Cloud SQL ${postgres ? "PostgreSQL" : "MySQL"}, ${regional ? "regional (HA)" : "zonal"}; the app reads ${code(url)}).`,
    steps,
    verify: postgres ? [client2.ping({ urlVar: url }), { run: `psql "$${url}" -c "SELECT pg_is_in_recovery()"`, expect: "`f`: the app is on a writable primary." }] : [{ run: `gcloud sql instances describe ${clone} --format="value(state)"`, expect: "`RUNNABLE`." }],
    failback: [
      `Enable backups and point-in-time recovery on ${shown(clone)} (a clone does not keep the source's schedule): \`gcloud sql instances patch\` with \`--backup-start-time\` and \`${postgres ? "--enable-point-in-time-recovery" : "--enable-bin-log"}\`.`,
      `Keep ${shown(name)} until the review; then delete it.`
    ]
  };
}

// src/draft/variants/cloud-data.ts
var AWS_HEALTH = "[AWS Health dashboard](https://health.aws.amazon.com/health/status)";
function runsAs2(ctx, what) {
  const tf = ctx.d.terraform;
  return `${tf ? `\`${tf.facts.resource ?? tf.facts.module}\` in ${code(tf.path)}` : "no resource in this repository"} (${what}${ctx.d.variable ? `; the app reads ${code(ctx.d.variable)}` : ""}).`;
}
function dynamodbProcedure(ctx) {
  const table = tfIdentifier(ctx, "name", "DYNAMODB_TABLE");
  const restored = withSuffix(table, "-restore");
  const tf = ctx.d.terraform;
  const ttl = tf?.facts["attr.ttl.attribute_name"];
  const time = `"$${ctx.holders.add("RESTORE_TIME", "the UTC time just before the damage, such as `2026-01-31T03:05:00Z`.")}"`;
  const writers = stopWritersStep(ctx, "writes after the restore point are not in the new table");
  const steps = [
    { text: `Confirm the outage: the table's status and whether point-in-time recovery is on; check the ${AWS_HEALTH} for a regional event.`, commands: [
      { run: `aws dynamodb describe-table --table-name ${table} --query 'Table.[TableStatus,ItemCount]' --output text`, expect: "`ACTIVE` and a rough item count (refreshed every 6 hours)." },
      { run: `aws dynamodb describe-continuous-backups --table-name ${table} --query 'ContinuousBackupsDescription.PointInTimeRecoveryDescription' --output text`, expect: "`ENABLED` and the latest time a restore can reach." }
    ] },
    { text: "Decide. DynamoDB is regional and AWS runs it: an API outage is waited out (errors are retried by the SDK). Restore only when data was deleted or overwritten (from step 3)." },
    writers.step,
    { text: "Save the current state with an on-demand backup, even if damaged.", commands: [{ run: `aws dynamodb create-backup --table-name ${table} --backup-name ${withSuffix(table, "-before-restore")}`, expect: '`"BackupStatus": "CREATING"`.' }] },
    { text: `Restore to the point just before the damage into the new table ${shown(restored)}; a restore never writes into an existing table.`, commands: [
      { run: `aws dynamodb restore-table-to-point-in-time --source-table-name ${table} --target-table-name ${restored} --restore-date-time ${time}`, expect: '`"TableStatus": "CREATING"`.' },
      { run: `aws dynamodb wait table-exists --table-name ${restored}`, expect: "no output once the table is `ACTIVE` (minutes to hours, by size)." }
    ] },
    { text: "Verify the new table before anything is switched: it has the items you expect.", commands: [{ run: `aws dynamodb scan --table-name ${restored} --select COUNT --max-items 1000`, expect: '`"Count"` close to what the old table held for the first 1,000 items.' }] },
    { text: "Re-create what a restore leaves out: auto scaling, alarms, streams, TTL, point-in-time recovery and tags.", commands: [
      { run: `aws application-autoscaling describe-scalable-targets --service-namespace dynamodb --resource-ids "table/${table.replace(/"/g, "")}"`, expect: "the old table's scaling targets, to register again for the new one (`terraform apply` does it when the code names the new table)." },
      ...tf?.facts["attr.stream_enabled"] === "true" ? [{ run: `aws dynamodb update-table --table-name ${restored} --stream-specification StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES`, expect: '`"StreamEnabled": true`; consumers must read the new stream ARN.' }] : [],
      ...ttl ? [{ run: `aws dynamodb update-time-to-live --table-name ${restored} --time-to-live-specification Enabled=true,AttributeName=${ttl}`, expect: `\`"AttributeName": "${ttl}"\`.` }] : [],
      { run: `aws dynamodb update-continuous-backups --table-name ${restored} --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true`, expect: '`"PointInTimeRecoveryStatus": "ENABLED"`.' }
    ] },
    { text: `Switch: point the app at ${shown(restored)} (${ctx.d.variable ? code(ctx.d.variable) : "the table name it reads"}${tf ? `, and \`name\` of \`${tf.facts.resource}\` in ${code(tf.path)}` : ""}) and redeploy.` },
    writers.start
  ];
  return {
    runsAs: runsAs2(ctx, "DynamoDB"),
    steps,
    verify: [{ run: `aws dynamodb describe-table --table-name ${restored} --query 'Table.TableStatus' --output text`, expect: "`ACTIVE`, and the app's error rate is back to normal." }],
    failback: ["Check the alarms (`aws cloudwatch describe-alarms --alarm-name-prefix`) name the new table.", `Keep ${shown(table)} and the backup until the review; then delete the old table.`]
  };
}
function documentdbProcedure(ctx) {
  const id = tfIdentifier(ctx, "cluster_identifier", "DOCDB_CLUSTER_ID");
  const restored = withSuffix(id, "-restore");
  const replica = `"$${ctx.holders.add("REPLICA_ID", "a member step 1 shows with `False` (a replica).")}"`;
  const instanceClass = `"$${ctx.holders.add("INSTANCE_CLASS", "the instance class of the current members (`DBInstanceClass` in `aws docdb describe-db-instances`).")}"`;
  const time = `"$${ctx.holders.add("RESTORE_TIME", "the UTC time just before the damage, such as `2026-01-31T03:05:00Z`.")}"`;
  const writers = stopWritersStep(ctx, "a restore loses what they write meanwhile");
  return {
    runsAs: runsAs2(ctx, "Amazon DocumentDB"),
    steps: [
      { text: "Confirm the outage: the cluster's status and its members.", commands: [{ run: `aws docdb describe-db-clusters --db-cluster-identifier ${id} --query 'DBClusters[0].DBClusterMembers[].[DBInstanceIdentifier,IsClusterWriter]' --output text`, expect: "one line per member; `True` marks the primary." }] },
      { text: "Decide. DocumentDB promotes a replica by itself within about 30 seconds when it has one: wait 5 minutes. Only if the primary hangs and nothing was promoted:", commands: [{ run: `aws docdb failover-db-cluster --db-cluster-identifier ${id} --target-db-instance-identifier ${replica}`, expect: '`"Status": "failing-over"`.', warn: "drops every connection to the primary." }] },
      writers.step,
      { text: "If data is lost: save the current state, then restore to a new cluster and give it an instance (a restored cluster has none).", commands: [
        { run: `aws docdb create-db-cluster-snapshot --db-cluster-identifier ${id} --db-cluster-snapshot-identifier ${withSuffix(id, "-before-restore")}`, expect: '`"Status": "creating"`.' },
        { run: `aws docdb restore-db-cluster-to-point-in-time --source-db-cluster-identifier ${id} --db-cluster-identifier ${restored} --restore-to-time ${time}`, expect: '`"Status": "creating"`.' },
        { run: `aws docdb create-db-instance --db-cluster-identifier ${restored} --db-instance-identifier ${withSuffix(id, "-restore-1")} --db-instance-class ${instanceClass} --engine docdb`, expect: '`"DBInstanceStatus": "creating"`.' },
        { run: `aws docdb wait db-instance-available --db-instance-identifier ${withSuffix(id, "-restore-1")}`, expect: "no output once it is ready." }
      ] },
      { text: `Verify the restored cluster with \`mongosh\` over TLS before switching, then point ${ctx.d.variable ? code(ctx.d.variable) : "the app's URI"} at its endpoint in the vault and redeploy.` },
      writers.start
    ],
    verify: [{ run: `aws docdb describe-db-clusters --db-cluster-identifier ${id} --query 'DBClusters[0].Status' --output text`, expect: "`available`." }],
    failback: ["Add a replica in another zone if the cluster has none, so the next failover takes seconds."]
  };
}
function mskProcedure(ctx) {
  const name = tfIdentifier(ctx, "cluster_name", "MSK_CLUSTER_NAME");
  const arn = `"$${ctx.holders.add("MSK_CLUSTER_ARN", `the ARN step 1 prints for ${shown(name)}.`)}"`;
  const broker = `"$${ctx.holders.add("BROKER_ID", "the id of the one broker that is down (from `list-nodes`).")}"`;
  const brokers = ctx.d.variable ?? ctx.holders.add("KAFKA_BROKERS", "the TLS bootstrap brokers (`aws kafka get-bootstrap-brokers` prints them).");
  const steps = [
    { text: "Confirm the outage: the cluster's ARN and state, and each broker.", commands: [
      { run: `aws kafka list-clusters-v2 --cluster-name-filter ${name} --query 'ClusterInfoList[0].[ClusterArn,State]' --output text`, expect: "the ARN and `ACTIVE` (`HEALING` while AWS replaces a broker)." },
      { run: `aws kafka list-nodes --cluster-arn ${arn} --query 'NodeInfoList[].BrokerNodeInfo.[BrokerId,ClientSubnet]' --output text`, expect: "one line per broker." }
    ] },
    { text: "Decide. Kafka keeps a quorum: never reboot every broker. While the cluster is `HEALING`, AWS is replacing a broker: wait. Reboot only a broker that stays unreachable, one at a time." },
    { text: "Clients of MSK connect over TLS: give the Kafka tools a client config first.", commands: [{ run: "printf 'security.protocol=SSL\\n' > msk-client.properties", expect: "no output." }] },
    { text: "Check which partitions lost replicas.", commands: [{ run: `kafka-topics.sh --bootstrap-server "$${brokers}" --command-config msk-client.properties --describe --under-replicated-partitions`, expect: "the partitions led by the failed broker; none once it is back." }] },
    { text: "Reboot the one broker that is down.", commands: [{ run: `aws kafka reboot-broker --cluster-arn ${arn} --broker-ids ${broker}`, expect: '`"ClusterOperationArn": ...`; the cluster is `REBOOTING_BROKER`, then `ACTIVE`.', warn: "only one broker, and only one that is already down." }] }
  ];
  return {
    runsAs: runsAs2(ctx, "Amazon MSK"),
    steps,
    verify: [{ run: `kafka-topics.sh --bootstrap-server "$${brokers}" --command-config msk-client.properties --describe --under-replicated-partitions`, expect: "no rows." }],
    failback: ["Check consumer lag falls back to normal (`kafka-consumer-groups.sh --describe --all-groups` with the same `--command-config`)."]
  };
}
function opensearchServiceProcedure(ctx) {
  const domain = tfIdentifier(ctx, "domain_name", "OPENSEARCH_DOMAIN");
  const url = ctx.d.variable ?? ctx.holders.add("OPENSEARCH_URL", "the domain endpoint, with `https://`.");
  const sign = `--aws-sigv4 "aws:amz:$${ctx.holders.add("AWS_REGION", "the domain's region.")}:es" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"`;
  return {
    runsAs: runsAs2(ctx, "Amazon OpenSearch Service"),
    steps: [
      { text: `Confirm the outage: the domain's state, its cluster health, and the ${AWS_HEALTH}.`, commands: [
        { run: `aws opensearch describe-domain --domain-name ${domain} --query 'DomainStatus.[Processing,UpgradeProcessing,DomainProcessingStatus]' --output text`, expect: "`False  False  Active` when no change is under way." },
        { run: `curl -fsS ${sign} "$${url}/_cluster/health"`, expect: '`"status":"green"` (or `yellow` with replicas missing; `red` means lost primaries).' }
      ] },
      { text: "Decide. AWS replaces failed nodes itself: while the domain is processing, wait. For a `red` cluster, open a support case and find the red indexes.", commands: [{ run: `curl -fsS ${sign} "$${url}/_cat/indices?v&health=red"`, expect: "the indexes that lost primaries." }] },
      { text: "Restore a red index from the domain's automated snapshots (repository `cs-automated`): list them, then restore under a new name and move the alias once it is green.", commands: [{ run: `curl -fsS ${sign} "$${url}/_snapshot/cs-automated/_all?pretty"`, expect: "the snapshots, newest last." }] },
      { text: "Or rebuild the index from the source of truth (the database) with `<REINDEX_COMMAND>`: search is derived data." }
    ],
    verify: [{ run: `curl -fsS ${sign} "$${url}/_cluster/health"`, expect: '`"status":"green"`.' }],
    failback: ["Check that the automated snapshot runs again (`_snapshot/cs-automated/_all` shows a new one tomorrow)."]
  };
}
function s3Procedure(ctx) {
  const bucket = ctx.d.terraform?.facts["attr.bucket"] ?? (ctx.d.variable && !ctx.d.terraform?.facts["expr.bucket"] ? `"$${ctx.d.variable}"` : tfIdentifier(ctx, "bucket", "S3_BUCKET"));
  const versioning = ctx.d.terraform?.facts.versioning;
  const key = `"$${ctx.holders.add("OBJECT_KEY", "the key of a lost or overwritten object.")}"`;
  ctx.holders.add("VERSION_ID", "the `VersionId` of its last good version (step 3 lists them).");
  const b = bucket.replace(/^"|"$/g, "");
  return {
    runsAs: runsAs2(ctx, `Amazon S3 bucket ${shown(bucket)}${versioning ? `, versioning ${versioning}` : ""}`),
    steps: [
      { text: `Confirm what failed: the bucket, some objects, or the region (check the ${AWS_HEALTH}).`, commands: [
        { run: `aws s3api head-bucket --bucket ${bucket}`, expect: "no output and exit status 0: the bucket answers." },
        { run: `aws s3api get-bucket-versioning --bucket ${bucket}`, expect: '`"Status": "Enabled"`: deleted or overwritten objects can be restored.' },
        { run: `aws s3 ls "s3://${b}/" --recursive --summarize | tail -n 2`, expect: "`Total Objects:` and `Total Size:` close to what you expect." }
      ] },
      { text: "Decide. A regional S3 outage is waited out: disable uploads behind their flag and update the status page. Lost or overwritten objects are restored from their versions (step 3)." },
      { text: "Find the last good version of a lost object and copy it back over the current one.", commands: [
        { run: `aws s3api list-object-versions --bucket ${bucket} --prefix ${key} --max-items 5`, expect: "`Versions` (and `DeleteMarkers`) with their `VersionId` and `LastModified`." },
        { run: `aws s3api copy-object --bucket ${bucket} --key ${key} --copy-source "${b}/$OBJECT_KEY?versionId=$VERSION_ID"`, expect: '`"CopyObjectResult"` with a new `ETag`.', warn: "writes a new current version; the one it replaces stays as an older version." }
      ] },
      { text: "If the region is down and the bucket replicates to another region, point the app at the replica (`<REPLICA_BUCKET>`) in the vault and redeploy." }
    ],
    verify: [{ run: `aws s3api head-object --bucket ${bucket} --key ${key}`, expect: "the object's metadata, with the restored `ETag`." }],
    failback: ["Keep versioning on and add a lifecycle rule that expires old versions after the recovery window."]
  };
}
function gcsProcedure(ctx) {
  const bucket = tfIdentifier(ctx, "name", "GCS_BUCKET");
  const b = bucket.replace(/^"|"$/g, "");
  const versioned = ctx.d.terraform?.facts["attr.versioning.enabled"];
  ctx.holders.add("OBJECT", "the name of a lost or overwritten object.");
  ctx.holders.add("GENERATION", "the generation of its last good version (step 3 lists them after `#`).");
  return {
    runsAs: runsAs2(ctx, `Cloud Storage bucket ${shown(bucket)}${versioned ? `, versioning ${versioned === "true" ? "on" : "off"}` : ""}`),
    steps: [
      { text: "Confirm what failed: the bucket, some objects, or the region (check the [Google Cloud status page](https://status.cloud.google.com)).", commands: [
        { run: `gcloud storage buckets describe "gs://${b}" --format="value(versioning_enabled,location)"`, expect: "`True` and the location: deleted objects keep older generations." }
      ] },
      { text: "Decide. A Cloud Storage outage is waited out: disable uploads behind their flag. Lost or overwritten objects come back from their generations (step 3)." },
      { text: "List the object's generations, then copy the last good one back over the live object.", commands: [
        { run: `gcloud storage ls --all-versions "gs://${b}/$OBJECT"`, expect: "one line per generation, `gs://.../object#1712345678901234`." },
        { run: `gcloud storage cp "gs://${b}/$OBJECT#$GENERATION" "gs://${b}/$OBJECT"`, expect: "`Copying ...` and `Completed files 1/1`.", warn: "writes a new live generation; the one it replaces becomes noncurrent." }
      ] }
    ],
    verify: [{ run: `gcloud storage objects describe "gs://${b}/$OBJECT" --format="value(generation,size)"`, expect: "a new generation with the good object's size." }],
    failback: ["Keep versioning on, with a lifecycle rule that deletes noncurrent generations after the recovery window."]
  };
}

// src/draft/variants/providers.ts
var AWS = "https://health.aws.amazon.com/health/status";
var GCP = "https://status.cloud.google.com";
var AZURE = "https://azure.status.microsoft/en-us/status";
var PROVIDERS = {
  neon: {
    name: "Neon",
    status: "https://neonstatus.com",
    recovery: (ctx) => {
      const project = `"$${ctx.holders.add("NEON_PROJECT_ID", "the Neon project id (Console, Settings).")}"`;
      const branch = `"$${ctx.holders.add("NEON_BRANCH", "the branch the app uses (`main` or `production`).")}"`;
      const time = `"$${ctx.holders.add("RESTORE_TIME", "the UTC time just before the damage, such as `2026-01-31T03:05:00Z`.")}"`;
      ctx.holders.add("RESTORE_DATABASE_URL", "the connection string of the `restore-check` branch (`neon connection-string restore-check`), never pasted here.");
      return [
        { text: "If data was lost, branch from just before the damage (a scratch copy; production is untouched).", commands: [{ run: `neon branches create --project-id ${project} --name restore-check --parent ${time}`, expect: "the new branch and its endpoint." }] },
        { text: "Verify the branch before anything is switched.", commands: [{ run: `psql "$RESTORE_DATABASE_URL" -c 'SELECT relname, n_live_tup FROM pg_stat_user_tables ORDER BY 2 DESC'`, expect: "the busiest tables with the rows you expect." }] },
        { text: "Switch: restore the app's branch to that time in place, keeping its current state under another name; the connection string stays the same.", commands: [{ run: `neon branches restore --project-id ${project} ${branch} ^self@${time} --preserve-under-name before-restore`, expect: "the restored branch; `before-restore` holds the damaged state.", warn: "the branch loses every write after that time (kept in `before-restore`)." }] }
      ];
    }
  },
  upstash: { name: "Upstash", status: "https://status.upstash.com", recovery: () => [{ text: "If data was lost, restore the newest daily backup from the Upstash Console (Database, Backups, Restore) into a new database first, check it, then point the app's setting at it." }] },
  "mongodb-atlas": {
    name: "MongoDB Atlas",
    status: "https://status.mongodb.com",
    recovery: (ctx) => {
      const cluster = ctx.d.terraform ? tfIdentifier(ctx, "name", "ATLAS_CLUSTER") : `"$${ctx.holders.add("ATLAS_CLUSTER", "the Atlas cluster name.")}"`;
      const project = `"$${ctx.holders.add("ATLAS_PROJECT_ID", "the Atlas project id.")}"`;
      const seconds = `"$${ctx.holders.add("RESTORE_EPOCH", "the point to restore to, in Unix seconds (`date -u -d 2026-01-31T03:05:00Z +%s`).")}"`;
      const scratch = `"$${ctx.holders.add("ATLAS_SCRATCH_CLUSTER", "an empty cluster to restore into (never the live one).")}"`;
      return [
        { text: "Check the cluster's state as Atlas sees it.", commands: [{ run: `atlas clusters describe ${cluster} --projectId ${project}`, expect: "`STATE IDLE` when healthy." }] },
        { text: "If data was lost, restore to a point in time into a scratch cluster, never over the live one; check it there, then point the app's URI at it.", commands: [{ run: `atlas backups restores start pointInTime --clusterName ${cluster} --pointInTimeUTCSeconds ${seconds} --targetClusterName ${scratch} --targetProjectId ${project} --projectId ${project}`, expect: "a restore job id; `atlas backups restores list` shows it `COMPLETED`." }] }
      ];
    }
  },
  cloudamqp: { name: "CloudAMQP", status: "https://status.cloudamqp.com", recovery: () => [{ text: "Check the instance's nodes and alarms in the CloudAMQP Console (Nodes, Alarms); restart only a node that is down, one at a time." }] },
  "aws-opensearch": { name: "Amazon OpenSearch Service", status: AWS },
  heroku: { name: "Heroku", status: "https://status.heroku.com", recovery: () => [{ text: 'If data was lost, roll the database back into a new one (`heroku addons:create heroku-postgresql --rollback DATABASE_URL --to "<TIME>"`), check it, then promote it (`heroku pg:promote`).' }] },
  render: { name: "Render", status: "https://status.render.com", recovery: () => [{ text: "If data was lost, restore a point in time into a new database from the Render Dashboard (Recovery), check it, then point the app's setting at it." }] },
  railway: { name: "Railway", status: "https://status.railway.com" },
  digitalocean: { name: "DigitalOcean", status: "https://status.digitalocean.com", recovery: () => [{ text: "If data was lost, fork the cluster to a point in time (`doctl databases fork`) into a new cluster, check it, then point the app's setting at it." }] },
  planetscale: { name: "PlanetScale", status: "https://www.planetscalestatus.com", recovery: () => [{ text: "If data was lost, restore the newest backup into a new branch, check it, then promote it." }] },
  "redis-cloud": { name: "Redis Cloud", status: "https://status.redis.io" },
  "confluent-cloud": { name: "Confluent Cloud", status: "https://status.confluent.cloud" },
  aiven: { name: "Aiven", status: "https://status.aiven.io", recovery: () => [{ text: "If data was lost, fork the service to a point in time from the Aiven Console into a new service, check it, then point the app at it." }] },
  "elastic-cloud": { name: "Elastic Cloud", status: "https://status.elastic.co" },
  "cockroach-cloud": { name: "CockroachDB Cloud", status: "https://status.cockroachlabs.cloud" },
  "clickhouse-cloud": { name: "ClickHouse Cloud", status: "https://status.clickhouse.com" },
  "datastax-astra": { name: "DataStax Astra", status: "https://status.datastax.com" },
  memcachier: { name: "MemCachier", status: "https://status.memcachier.com" },
  "redpanda-cloud": { name: "Redpanda Cloud", status: "https://status.redpanda.com" },
  "aws-memorydb": { name: "Amazon MemoryDB", status: AWS },
  "aws-keyspaces": { name: "Amazon Keyspaces", status: AWS },
  "aws-elasticsearch": { name: "Amazon OpenSearch Service", status: AWS },
  "aws-bedrock": { name: "Amazon Bedrock", status: AWS },
  "gcp-memorystore": { name: "Memorystore", status: GCP },
  "gcp-alloydb": { name: "AlloyDB", status: GCP },
  "gcp-managed-kafka": { name: "Google Cloud Managed Service for Apache Kafka", status: GCP },
  "gcp-vertex": { name: "Vertex AI", status: GCP },
  "azure-database": { name: "Azure Database", status: AZURE },
  "azure-cache": { name: "Azure Cache for Redis", status: AZURE },
  "azure-sql": { name: "Azure SQL", status: AZURE },
  "azure-cosmos-db": { name: "Azure Cosmos DB", status: AZURE },
  "azure-managed-cassandra": { name: "Azure Managed Instance for Apache Cassandra", status: AZURE },
  "azure-openai": { name: "Azure OpenAI", status: AZURE }
};
function providerOf(id) {
  return PROVIDERS[id];
}
var DEGRADE = {
  payments: 'Keep taking orders if the code allows: queue payment attempts for retry, or show a "payments delayed" banner instead of failing checkout.',
  auth: "Keep existing sessions valid and switch features that need a new login to read-only mode; pause forced logouts and token revocations.",
  email: "Let outgoing mail queue for retry; tell support that confirmations and resets are delayed.",
  sms: "Let messages queue for retry; offer e-mail or backup codes where SMS verification is required.",
  "ai-api": "Turn the AI features off behind their flag or serve the fallback response; do not retry in tight loops.",
  hosting: "Serve the static maintenance page from the secondary DNS or CDN if one exists; otherwise keep users informed on the status page.",
  search: "Fall back to the database query path or hide search; do not rebuild indexes during the outage.",
  "vector-db": "Disable the features that depend on vector search or serve cached results.",
  "backend-platform": "Switch the app to read-only mode where it allows; queue writes for replay.",
  cache: "Serve from the database and shed optional traffic (rate limits, caches of caches) while the cache is cold.",
  queue: "Let producers buffer or retry; pause jobs that can wait."
};
function degradeText(ctx) {
  return ctx.rule.recovery.degrade ?? DEGRADE[ctx.rule.category] ?? `Disable the features that depend on ${ctx.rule.name} behind their flags.`;
}
function isSecretName(name) {
  return /(?:SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE|(?:^|_)KEY$|API_KEY|_KEY_|CREDENTIALS?$|AUTH$)/.test(name) && !/PUBLISHABLE|PUBLIC/.test(name);
}
function statusLink(name, url) {
  return url ? `[${name} status page](${url})` : `${name} status page (\`<STATUS_PAGE_URL>\`)`;
}
function catalogVerify(ctx) {
  const verify = ctx.rule.recovery.verify ?? [];
  for (const v of verify.filter((c) => !isSentence(c))) {
    for (const m of v.matchAll(/\$\{?([A-Z][A-Z0-9_]*)/g)) {
      if (!ctx.d.variables.includes(m[1])) ctx.holders.add(m[1], `${isSecretName(m[1]) ? "a credential" : "the setting"} the app uses for ${ctx.rule.name}, from the vault; never pasted here.`);
    }
  }
  return {
    verify: verify.filter((v) => !isSentence(v)).map((v) => {
      const hash = commentStart(v);
      return hash === -1 ? { run: v, expect: "exit status 0." } : { run: v.slice(0, hash), expect: v.slice(hash).replace(/^\s+#\s*/, "") };
    }),
    byHand: verify.filter(isSentence)
  };
}
function anotherTeamsProcedure(ctx) {
  const name = ctx.rule.name;
  const settings = ctx.d.variables.filter((v) => !isSecretName(v));
  const through = settings.length ? settings.slice(0, 3).map(code).join(", ") : "its address setting";
  const steps = [
    { text: `Confirm it is ${name} and not our side: check our error rates and timeouts for calls to ${name} (\`<ALERT_NAME>\`), then its owners' status channel (\`<OWNER_STATUS_CHANNEL>\`) or their status page (\`<OWNER_STATUS_PAGE>\`).` },
    { text: `Tell its owners (\`<OWNER_TEAM>\`, on call at \`<OWNER_ONCALL>\`) what we see, with the time it started and a failing request id; ask for their incident reference.` },
    { text: "Declare an incident on our side and update our status page (`<OUR_STATUS_PAGE>`) with the affected features." },
    { text: "Notify stakeholders: support, our on-call channel (`<ONCALL_CHANNEL>`) and the service owners who depend on the affected features." },
    { text: degradeText(ctx) },
    { text: `Wait for its owners to restore ${name}: another team runs it, so there is no failover for us to run. Do not change ${through} or redeploy to "fix" it unless its owners move the service.` },
    { text: "When its owners report recovery, replay queued work and post the resolution on our status page." }
  ];
  return {
    runsAs: `${name}, a service another team of the organisation runs; the app reaches it through ${through} (${ctx.d.paths.slice(0, 2).map(code).join(", ")}).`,
    steps,
    verify: [],
    verifyByHand: [`Calls to ${name} succeed again: its error rate and latency are back to normal on \`<DASHBOARD>\`.`, "The features that depend on it work end to end for a test user."],
    failback: ["Turn the degraded features back on and check their error rates.", `Review the incident with ${name}'s owners; agree how we hear of their outages first.`]
  };
}
function providerProcedure(ctx, providerId) {
  if (ctx.rule.recovery.runBy === "another-team") return anotherTeamsProcedure(ctx);
  const provider = providerId ? PROVIDERS[providerId] : void 0;
  const name = provider?.name ?? ctx.rule.name;
  const statusUrl = provider?.status ?? ctx.rule.recovery.statusPage;
  const secrets = ctx.d.variables.filter(isSecretName);
  const steps = [
    { text: `Confirm the outage on the ${statusLink(name, statusUrl)} and in our error rates for ${ctx.rule.name} calls; note the provider's incident id.` },
    { text: "Declare an incident and update our status page (`<OUR_STATUS_PAGE>`) with the affected features." },
    { text: "Notify stakeholders: support, the on-call channel (`<ONCALL_CHANNEL>`) and account managers of affected customers." },
    { text: degradeText(ctx) },
    ...provider?.recovery?.(ctx) ?? [],
    ...ctx.rule.id === "stripe" ? stripeSteps(ctx) : [],
    { text: `Wait for the provider to resolve it: ${name} runs ${ctx.rule.name} with no failover for us to run.${secrets.length ? ` Do not rotate ${secrets.map(code).join(", ")} or redeploy to "fix" it: the keys are not the problem.` : ""} Open a support ticket (\`<PROVIDER_SUPPORT_LINK>\`) if the status page shows nothing after 15 minutes.` },
    { text: "When the provider reports recovery, replay queued work and post the resolution on the status page." }
  ];
  const { verify, byHand } = catalogVerify(ctx);
  return {
    runsAs: `${provider ? `${provider.name} (hosted)` : `${ctx.rule.name}, a third-party service`}; the app reaches it through ${ctx.d.variables.length ? ctx.d.variables.slice(0, 3).map(code).join(", ") : "its SDK"} (${ctx.d.paths.slice(0, 2).map(code).join(", ")}).`,
    steps,
    verify,
    verifyByHand: byHand,
    failback: ["Turn the degraded features back on and check their error rates.", "Review the provider's post-incident report; decide whether a fallback provider is worth it."]
  };
}
function stripeSteps(ctx) {
  ctx.holders.add("STRIPE_EVENT_ID", "an event `stripe events list` shows with `pending_webhooks` above 0.");
  ctx.holders.add("PAYMENT_INTENT_ID", "a payment intent the app queued during the outage.");
  const key = `"$${ctx.holders.add("IDEMPOTENCY_KEY", "the idempotency key the app sent with that payment's first attempt (from its logs or queue).")}"`;
  return [{
    text: "When Stripe answers again, replay what failed with the Stripe CLI against live mode: resend webhooks that were not delivered, and retry each queued charge with the idempotency key its first attempt used, so no customer is charged twice.",
    commands: [
      { run: "stripe events list --limit 20 --live", expect: "the live events since the outage began, with `pending_webhooks` above 0 for undelivered ones." },
      { run: 'stripe events resend "$STRIPE_EVENT_ID" --live', expect: "the event, delivered again to the webhook endpoint." },
      { run: `stripe post /v1/payment_intents/"$PAYMENT_INTENT_ID"/confirm --live --idempotency ${key}`, expect: '`"status": "succeeded"`, or the same result as the first attempt when it had gone through.', warn: "charges the customer: only with the first attempt's idempotency key." }
    ]
  }];
}
function commentStart(text) {
  for (let i = 1; i + 1 < text.length; i++) {
    if (text[i] !== "#" || !/\s/.test(text[i - 1]) || !/\s/.test(text[i + 1])) continue;
    let start = i - 1;
    while (start > 0 && /\s/.test(text[start - 1])) start--;
    return start;
  }
  return -1;
}

// src/draft/stub.ts
var DRAFT_MARKER_LINE = "<!-- paramedic:draft -->";
var DRAFT_NOTE = [
  "> **Draft by Paramedic.** Check every step against how this service really",
  "> runs, fill in the `<PLACEHOLDERS>`, then delete this note and the marker",
  "> above to sign it off."
].join("\n");
function scenarioTitleFor(name, failure) {
  const last = name.trim().split(/\s+/).pop() ?? "";
  const [first, ...rest] = failure.trim().split(/\s+/);
  return last && first && last.toLowerCase() === first.toLowerCase() ? `${name.trim()} ${rest.join(" ")}`.trim() : `${name.trim()} ${failure.trim()}`;
}
var DETECTION = {
  database: "the app's health check fails and its logs show connection errors (`connection refused`, timeouts, `too many connections`); `<ALERT_NAME>` fires.",
  cache: "latency and database load jump; the app logs connection errors to the cache; `<ALERT_NAME>` fires.",
  queue: "queue depth or consumer lag grows and producers log publish errors; `<ALERT_NAME>` fires.",
  storage: "uploads or downloads fail (5xx, `AccessDenied`, `NoSuchKey`); `<ALERT_NAME>` fires.",
  search: "search requests fail or return nothing, and cluster health is red; `<ALERT_NAME>` fires."
};
function detectionFor(rule) {
  return rule.recovery.detection ?? DETECTION[rule.category] ?? `the error rate of calls to ${rule.name} rises, or users report the features that use it failing; \`<ALERT_NAME>\` fires.`;
}
function procedureFor(ctx) {
  const { dep, rule, d } = ctx;
  const provider = dep.provider ?? "";
  const type = d.terraform?.facts.type ?? "";
  if (rule.recovery.managed) return providerProcedure(ctx, provider || null);
  if (provider === "aws-rds" || provider === "aws-aurora") return type === "aws_rds_cluster" || provider === "aws-aurora" ? rdsClusterProcedure(ctx) : rdsInstanceProcedure(ctx);
  if (provider === "aws-elasticache") return elasticacheProcedure(ctx);
  if (provider === "gcp-cloud-sql") return cloudSqlProcedure(ctx);
  if (provider === "aws-documentdb") return documentdbProcedure(ctx);
  if (provider === "aws-msk") return mskProcedure(ctx);
  if (provider === "aws-opensearch" || provider === "aws-elasticsearch") return opensearchServiceProcedure(ctx);
  if (rule.id === "dynamodb") return dynamodbProcedure(ctx);
  if (rule.id === "aws-s3") return s3Procedure(ctx);
  if (rule.id === "gcs") return gcsProcedure(ctx);
  if (provider && providerOf(provider)) return providerProcedure(ctx, provider);
  return selfRunProcedure(ctx);
}
function degradationNote(ctx, title) {
  const { rule } = ctx;
  const provider = ctx.dep.provider ? providerOf(ctx.dep.provider) : void 0;
  const status = provider?.status ?? rule.recovery.statusPage;
  const statusText = status ? `the [${provider?.name ?? rule.name} status page](${status})` : "its status page or dashboard (`<STATUS_PAGE_URL>`)";
  const lines = [`## Scenario: ${title}`, "", DRAFT_MARKER_LINE, DRAFT_NOTE, ""];
  lines.push(...wrapProse(`**Impact:** ${rule.recovery.impact}`, "", ""), "");
  lines.push(...wrapProse(`**Tier 3: a feature degrades, not a SEV-1.** No failover procedure is drafted (set \`draft-tier-3: scenario\` to draft one). **Owner:** \`<OWNER>\`.`, "", ""), "");
  lines.push("**Mitigation Strategy:**", "");
  const steps = [
    `Confirm it on ${statusText} and in our error rates for ${rule.name} calls.`,
    `Degrade: ${degradeText(ctx)}`,
    "When it recovers, turn the features back on and check their error rates."
  ];
  steps.forEach((s, i) => {
    if (i > 0) lines.push("");
    lines.push(...wrapProse(s, `${i + 1}. `, "   "));
  });
  return lines;
}
function draftScenario(dep, rule, options = {}) {
  const title = scenarioTitleFor(rule.name, rule.recovery.failure);
  const holders = new Placeholders();
  const d = deploymentOf(dep);
  const ctx = { dep, rule, d, place: placeOf(d, holders), holders };
  if (rule.tier === 3 && (options.tier3 ?? "note") === "note") return { id: dep.id, title, markdown: degradationNote(ctx, title).join("\n") + "\n" };
  const procedure = procedureFor(ctx);
  const where = d.paths.slice(0, 3).map((p) => `\`${p}\``).join(", ");
  const lines = [`## Scenario: ${title}`, "", DRAFT_MARKER_LINE, DRAFT_NOTE, ""];
  const verify = procedure.verify.length || procedure.verifyByHand?.length ? procedure : { ...procedure, ...fromCatalog(ctx) };
  lines.push(
    ...renderRunbook(
      {
        impact: `${rule.recovery.impact} The code depends on it in ${where}.`,
        runsAs: procedure.runsAs,
        detection: procedure.detection ?? detectionFor(rule),
        placeholders: holders.list,
        steps: procedure.steps,
        verify: verify.verify,
        ...verify.verifyByHand?.length ? { verifyByHand: verify.verifyByHand } : {},
        failback: procedure.failback,
        sev1: rule.tier === 1
      },
      rule.name
    )
  );
  return { id: dep.id, title, markdown: lines.join("\n") + "\n" };
}
function fromCatalog(ctx) {
  if (ctx.place.kind !== "host") return { verify: [] };
  const { verify, byHand } = catalogVerify(ctx);
  return { verify, verifyByHand: byHand };
}

// src/draft/plan-draft.ts
function defaultPlanPath(root) {
  return existsSync(path.join(root, "docs")) ? "docs/DISASTER_RECOVERY.md" : "DISASTER_RECOVERY.md";
}
function idsWithScenario(planText, planPath, catalog) {
  if (!planText) return /* @__PURE__ */ new Set();
  const coverage = computeCoverage(parsePlan(planText, planPath), catalog, { acceptDrafts: true });
  return new Set([...coverage.scenarioCovers.values()].flat());
}
function draftForGaps(input) {
  const stubs = input.gaps.flatMap((dep) => {
    const rule = input.catalog.byId.get(dep.id) ?? (isUpstreamRule(dep) ? upstreamRule(dep.id) : void 0);
    return rule ? [draftScenario(dep, rule, input.stubOptions)] : [];
  });
  const planPath = input.planPath ?? defaultPlanPath(input.root);
  const present = idsWithScenario(input.planText, planPath, input.catalog);
  const result = insertScenarios(
    input.planText,
    stubs.filter((s) => !present.has(s.id)),
    input.today ? { today: input.today } : {}
  );
  return { path: planPath, before: input.planText, after: result.text, added: result.added, stubs };
}
async function dependenciesAtRevision(root, revision, catalog, gaps, options = {}) {
  if (gaps.length === 0) return [];
  const listed = await git(root, ["-c", "core.quotePath=false", "ls-tree", "-r", "-z", "--name-only", "--full-tree", revision]);
  if (listed.code !== 0) return [...gaps];
  const paths = scannablePaths(splitNul(listed.stdout), { exclude: options.exclude }).filter(isManifest);
  const source = new GitRevisionSource(root, revision);
  try {
    const { signals } = await collectSignals(paths, source);
    const found = new Map(resolveDependencies(signals, new Matcher(catalog)).map((d) => [d.id, d]));
    return gaps.map((gap) => mergeEvidence(gap, found.get(gap.id)));
  } finally {
    await source.close();
  }
}
function mergeEvidence(fromDiff, fromTree) {
  if (!fromTree) return fromDiff;
  const seen = new Set(fromDiff.evidence.map((e) => `${e.path}\0${e.line}\0${e.detail}`));
  const evidence = [...fromDiff.evidence, ...fromTree.evidence.filter((e) => !seen.has(`${e.path}\0${e.line}\0${e.detail}`))];
  return { ...fromDiff, provider: fromDiff.provider ?? fromTree.provider, evidence };
}

export {
  defaultPlanPath,
  draftForGaps,
  dependenciesAtRevision
};
