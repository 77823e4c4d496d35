import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  checkRepository,
  computeCoverage,
  fromMarkdown,
  frontmatter,
  frontmatterFromMarkdown,
  jsonForLog,
  parsePlan
} from "./chunk-Z73HJRET.js";
import "./chunk-GH6M3WYY.js";
import "./chunk-W4DOK2OE.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-KJ7NEGQU.js";

// src/draft/command.ts
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path2 from "node:path";

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

// src/draft/stub.ts
var DRAFT_MARKER_LINE = "<!-- paramedic:draft -->";
var DRAFT_NOTE = [
  "> **Draft by Paramedic.** Check every step against how this service really",
  "> runs, fill in the `<PLACEHOLDERS>`, then delete this note and the marker",
  "> above to sign it off."
].join("\n");
function runtimeOf(dep) {
  const p = dep.provider ?? "";
  if (p === "aws-rds" || p === "aws-aurora" || p === "aws-elasticache" || p === "gcp-cloud-sql") return { kind: p };
  if (p) return { kind: "hosted", provider: p };
  const compose = dep.evidence.find((e) => e.source === "compose" && /^service "([^"]+)" image/.test(e.detail));
  if (compose) return { kind: "compose", service: /^service "([^"]+)"/.exec(compose.detail)[1] };
  if (dep.evidence.some((e) => e.source === "kubernetes" || e.source === "helm")) return { kind: "kubernetes" };
  return { kind: "unknown" };
}
function envNamesOf(dep) {
  const names = dep.evidence.filter((e) => e.source === "env" || e.source === "compose" || e.source === "prisma").map((e) => /\b([A-Z][A-Z0-9_]{2,})\b/.exec(e.detail)?.[1]).filter((n) => Boolean(n));
  return [...new Set(names)];
}
function isSentence(check) {
  return /^[A-Z][a-z]*\s/.test(check);
}
function shellBlock(commands, indent = "   ") {
  const body = commands.flatMap((c) => wrapShell(c, indent));
  return [`${indent}\`\`\`bash`, ...body, `${indent}\`\`\``];
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
function step(n, text, commands) {
  const lines = wrapProse(text, `${n}. `, "   ");
  if (commands && commands.length) lines.push("", ...shellBlock(commands));
  return lines;
}
var DATA_RESTORE = {
  postgresql: ['pg_restore --clean --if-exists --no-owner --dbname "$DATABASE_URL" "$BACKUP_FILE"'],
  mysql: ['mysql --defaults-extra-file="$MYSQL_DEFAULTS_FILE" "$DB_NAME" < "$BACKUP_FILE"'],
  mariadb: ['mariadb --defaults-extra-file="$MYSQL_DEFAULTS_FILE" "$DB_NAME" < "$BACKUP_FILE"'],
  mongodb: ['mongorestore --uri "$MONGODB_URI" --drop --archive="$BACKUP_FILE" --gzip'],
  redis: ['redis-cli -u "$REDIS_URL" ping']
};
var CLOUD_STORE_STEPS = {
  "aws-s3": (envNames) => [
    [`Confirm what failed: the bucket, some objects, or the region (check the [AWS Health dashboard](https://health.aws.amazon.com/health/status)). Set \`S3_BUCKET\` to the bucket name${envNames[0] ? ` (\`${envNames[0]}\` in the app's environment)` : ""}.`, ['aws s3api head-bucket --bucket "$S3_BUCKET"']],
    ["If objects were deleted or overwritten and versioning is on, find the last good version and copy it back over the current one.", [
      'aws s3api list-object-versions --bucket "$S3_BUCKET" --prefix "$KEY" --max-items 5',
      'aws s3api copy-object --bucket "$S3_BUCKET" --key "$KEY" --copy-source "$S3_BUCKET/$KEY?versionId=$VERSION_ID"'
    ]],
    ["If the region is down and the bucket replicates to another region, point the app at the replica (`<REPLICA_BUCKET>`) in the vault and redeploy; without a replica, uploads wait for AWS: update the status page and disable uploads behind their flag."]
  ]
};
function selfRunSteps(dep, rule, runtime, envNames) {
  const env = envNames[0] ? `\`${envNames[0]}\`` : "the connection secret";
  const steps = [];
  switch (runtime.kind) {
    case "aws-rds":
      steps.push([`Confirm the outage: check the instance status and recent events. Set \`DB_INSTANCE_ID\` from the vault or the RDS console.`, ['aws rds describe-db-instances --db-instance-identifier "$DB_INSTANCE_ID" --query "DBInstances[0].DBInstanceStatus"', 'aws rds describe-events --source-type db-instance --source-identifier "$DB_INSTANCE_ID" --duration 60']]);
      steps.push(["If the primary is unhealthy and Multi-AZ is on, force a failover to the standby.", ['aws rds reboot-db-instance --db-instance-identifier "$DB_INSTANCE_ID" --force-failover']]);
      steps.push(["If data is lost or corrupt, restore to a point in time before the failure into a new instance.", ['aws rds restore-db-instance-to-point-in-time --source-db-instance-identifier "$DB_INSTANCE_ID" --target-db-instance-identifier "$DB_INSTANCE_ID-restored" --restore-time "$RESTORE_TIME"']]);
      break;
    case "aws-aurora":
      steps.push(["Confirm the outage: check the cluster members and events. Set `DB_CLUSTER_ID` from the vault or the RDS console.", ['aws rds describe-db-clusters --db-cluster-identifier "$DB_CLUSTER_ID" --query "DBClusters[0].DBClusterMembers"']]);
      steps.push(["Fail over to a healthy reader.", ['aws rds failover-db-cluster --db-cluster-identifier "$DB_CLUSTER_ID"']]);
      steps.push(["If data is lost or corrupt, restore the cluster to a point in time before the failure.", ['aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier "$DB_CLUSTER_ID" --db-cluster-identifier "$DB_CLUSTER_ID-restored" --restore-to-time "$RESTORE_TIME"']]);
      break;
    case "aws-elasticache":
      steps.push(["Confirm the outage. Set `REPLICATION_GROUP_ID` from the vault or the ElastiCache console.", ['aws elasticache describe-replication-groups --replication-group-id "$REPLICATION_GROUP_ID"']]);
      steps.push(["Do NOT restart the primary node at once: a cold cache sends every request to the database (thundering herd). Fail over to a replica instead.", ['aws elasticache test-failover --replication-group-id "$REPLICATION_GROUP_ID" --node-group-id "$NODE_GROUP_ID"']]);
      break;
    case "gcp-cloud-sql":
      steps.push(["Confirm the outage. Set `SQL_INSTANCE` from the vault or the Cloud SQL console.", ['gcloud sql instances describe "$SQL_INSTANCE" --format="value(state)"', 'gcloud sql operations list --instance "$SQL_INSTANCE" --limit 10']]);
      steps.push(["If the instance is highly available, fail over; otherwise restart it once.", ['gcloud sql instances failover "$SQL_INSTANCE"']]);
      steps.push(["If data is lost, restore the latest good backup.", ['gcloud sql backups list --instance "$SQL_INSTANCE" --limit 5', 'gcloud sql backups restore "$BACKUP_ID" --restore-instance "$SQL_INSTANCE"']]);
      break;
    case "compose":
      steps.push([`Confirm the outage on the host that runs the compose project.`, [`docker compose ps ${runtime.service}`, `docker compose logs --tail=200 ${runtime.service}`]]);
      steps.push([rule.category === "cache" ? "Do NOT flush or restart blindly: a cold cache sends every read to the database. Restart the service once, then watch the database load while the cache warms." : "Restart the service once; if it does not come back healthy, stop and restore.", [`docker compose restart ${runtime.service}`]]);
      if (DATA_RESTORE[rule.id] && rule.category === "database") steps.push([`If the data volume is lost, restore the latest backup. Set \`BACKUP_FILE\` to the newest dump (location: \`<BACKUP_LOCATION>\`).`, DATA_RESTORE[rule.id]]);
      break;
    case "kubernetes":
      steps.push([`Confirm the outage. Set \`NAMESPACE\` and the workload name for ${rule.name}.`, ['kubectl get pods -n "$NAMESPACE" -l "app.kubernetes.io/name=$WORKLOAD" -o wide', 'kubectl logs -n "$NAMESPACE" "statefulset/$WORKLOAD" --tail=200']]);
      steps.push(["Restart the workload once; watch it become ready.", ['kubectl rollout restart -n "$NAMESPACE" "statefulset/$WORKLOAD"', 'kubectl rollout status -n "$NAMESPACE" "statefulset/$WORKLOAD" --timeout=10m']]);
      if (DATA_RESTORE[rule.id] && rule.category === "database") steps.push([`If the volume is lost, restore the latest backup into the new pod (\`BACKUP_FILE\` from \`<BACKUP_LOCATION>\`).`, DATA_RESTORE[rule.id]]);
      break;
    case "hosted":
      steps.push([`Confirm the outage on the ${runtime.provider} status page and dashboard (\`<DASHBOARD_URL>\`); note the incident id.`]);
      steps.push([`Follow ${runtime.provider}'s recovery path for ${rule.name}: failover, branch/point-in-time restore or support ticket (\`<PROVIDER_RUNBOOK_LINK>\`).`]);
      break;
    default: {
      const cloud = CLOUD_STORE_STEPS[rule.id];
      if (cloud) return cloud(envNames).map(([text, commands], i) => step(i + 1, text, commands));
      const health = DATA_RESTORE[rule.id]?.filter((c) => c.includes("ping"));
      steps.push(health?.length ? [`Confirm the outage: check that ${rule.name} answers.`, health] : ["Confirm the outage with `<HEALTH_CHECK_COMMAND>`."]);
      steps.push([`Fail over or restart ${rule.name} the way this deployment allows: \`<FAILOVER_COMMAND>\`.`]);
      if (DATA_RESTORE[rule.id] && rule.category === "database") steps.push([`If data is lost, restore the latest backup (\`BACKUP_FILE\` from \`<BACKUP_LOCATION>\`).`, DATA_RESTORE[rule.id]]);
    }
  }
  const queue = jobQueueOf(dep);
  if (queue) steps.push([`Background jobs (\`${queue}\`) live in ${rule.name}: once it answers, check that the workers reconnected, then re-enqueue the jobs lost since the last snapshot with \`<REQUEUE_COMMAND>\`.`]);
  steps.push([`If ${rule.name} came back at a new address, update ${env} in the vault and redeploy; never paste the value here.`]);
  return steps.map(([text, commands], i) => step(i + 1, text, commands));
}
var JOB_QUEUE_LIBRARY = /"?\b(bullmq|bull|bee-queue|sidekiq|resque|rq|arq|celery|dramatiq)\b(?:\[redis\])?"?/;
function jobQueueOf(dep) {
  if (dep.id !== "redis") return void 0;
  for (const e of dep.evidence) {
    const match = e.source !== "env" && e.source !== "compose" ? JOB_QUEUE_LIBRARY.exec(e.detail) : null;
    if (match) return match[1];
  }
  return void 0;
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
  "backend-platform": "Switch the app to read-only mode where it allows; queue writes for replay."
};
function managedSteps(rule, envNames) {
  const status = rule.recovery.statusPage ? `[${rule.name} status page](${rule.recovery.statusPage})` : `${rule.name} status page (\`<STATUS_PAGE_URL>\`)`;
  const texts = [
    `Confirm the outage on the ${status} and in our error rates for ${rule.name} calls.`,
    "Declare an incident and update our status page (`<OUR_STATUS_PAGE>`) with the affected features.",
    "Notify stakeholders: support, the on-call channel (`<ONCALL_CHANNEL>`) and account managers of affected customers.",
    DEGRADE[rule.category] ?? `Degrade gracefully: disable the features that depend on ${rule.name} behind their flags.`,
    `Await provider resolution. ${rule.name} is run by a third party with no manual failover: do not rotate ${envNames[0] ? `\`${envNames[0]}\`` : "keys"} or redeploy to "fix" it.`,
    "When the provider reports recovery, replay queued work and post the resolution on the status page."
  ];
  return texts.map((t, i) => step(i + 1, t));
}
function scenarioTitleFor(name, failure) {
  const last = name.trim().split(/\s+/).pop() ?? "";
  const [first, ...rest] = failure.trim().split(/\s+/);
  return last && first && last.toLowerCase() === first.toLowerCase() ? `${name.trim()} ${rest.join(" ")}`.trim() : `${name.trim()} ${failure.trim()}`;
}
function draftScenario(dep, rule) {
  const title = scenarioTitleFor(rule.name, rule.recovery.failure);
  const envNames = envNamesOf(dep);
  const runtime = runtimeOf(dep);
  const where = [...new Set(dep.evidence.map((e) => e.path))].slice(0, 3).map((p) => `\`${p}\``).join(", ");
  const lines = [`## Scenario: ${title}`, "", DRAFT_MARKER_LINE, DRAFT_NOTE, ""];
  lines.push(...wrapProse(`**Impact:** ${rule.recovery.impact} The code depends on it in ${where}.`, "", ""), "");
  lines.push("**Mitigation Strategy:**", "");
  const steps = rule.recovery.managed ? managedSteps(rule, envNames) : selfRunSteps(dep, rule, runtime, envNames);
  steps.forEach((s, i) => {
    if (i > 0) lines.push("");
    lines.push(...s);
  });
  const verify = rule.recovery.verify ?? [];
  const commands = verify.filter((v) => !isSentence(v));
  const sentences = verify.filter(isSentence);
  if (verify.length > 0) {
    lines.push("", "**Verification:**", "");
    if (commands.length) lines.push(...shellBlock(commands, ""));
    if (commands.length && sentences.length) lines.push("");
    for (const sentence of sentences) lines.push(...wrapProse(sentence, "- ", "  "));
  }
  return { id: dep.id, title, markdown: lines.join("\n") + "\n" };
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
    const rule = input.catalog.byId.get(dep.id);
    return rule ? [draftScenario(dep, rule)] : [];
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

// src/draft/command.ts
async function runDraftCommand(root, options, io) {
  const result = await checkRepository(root, {
    config: options.config,
    ...options.base ? { base: options.base, head: options.head ?? "HEAD" } : {},
    warn: (m) => io.stderr(`paramedic: warning: ${m}
`)
  });
  const gaps = result.report.dependencies.filter((d) => result.report.gaps.includes(d.id));
  const planPath = result.plan?.path ?? null;
  const planText = planPath ? readFileSync(path2.join(root, planPath), "utf8") : null;
  const draft = draftForGaps({ gaps, catalog: result.catalog, planPath, planText, root });
  if (options.json) {
    io.stdout(jsonForLog({ doc: draft.path, stubs: draft.stubs, added: draft.added.map((s) => s.id) }) + "\n");
  } else if (!options.write) {
    if (draft.stubs.length === 0) io.stdout("Every critical dependency has a scenario; nothing to draft.\n");
    for (const stub of draft.stubs) io.stdout(`${stub.markdown}
`);
  }
  if (options.write) {
    if (draft.added.length === 0) {
      io.stderr(`${draft.path}: nothing to add
`);
      return 0;
    }
    mkdirSync(path2.dirname(path2.join(root, draft.path)), { recursive: true });
    writeFileSync(path2.join(root, draft.path), draft.after);
    io.stderr(`${draft.path}: added ${draft.added.length} draft scenario${draft.added.length === 1 ? "" : "s"} (${draft.added.map((s) => s.title).join("; ")}). Review them and remove the draft markers to sign off.
`);
  }
  return 0;
}
export {
  runDraftCommand
};
