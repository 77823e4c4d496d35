import { readInventory, type RepositoryInventory } from '../../discover/inventory.js';
import { unquote, withoutTrailingIndex } from '../../util/text-scan.js';
import { codeBlocks, type PlanDocument } from '../document.js';
import type { LintRule, RuleHit } from '../rule.js';

/**
 * A scenario command that names something the repository does not have: a compose service, a
 * Kubernetes workload, kind, namespace or label, a Terraform address or identifier, an env
 * variable. It catches a plan gone stale after a rename as well as a wrong stub. Each kind is
 * only checked when the repository has that kind of source at all (a plan for a cluster whose
 * manifests live elsewhere is not judged by this repository).
 */

const COMMAND_LANGS = new Set(['', 'sh', 'bash', 'shell', 'zsh', 'console', 'shell-session']);

/**
 * Shell words of one command line, quotes kept on each word so `'$X'` stays unexpanded. A small
 * tokenizer (no shell parser is a dependency): quotes, backslash escapes and the operators that
 * end a command (`|`, `&&`, `||`, `;`, `$(`, `)`) are all it needs to find arguments.
 */
export function shellWords(line: string): string[][] {
  const commands: string[][] = [[]];
  let word = '';
  let quote: string | null = null;
  const end = (): void => {
    if (word) commands[commands.length - 1]!.push(word);
    word = '';
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      word += ch;
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length) word += line[++i];
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      word += ch;
    } else if (ch === '\\' && i + 1 < line.length) word += ch + line[++i];
    else if (ch === ' ' || ch === '\t') end();
    else if (ch === '#' && !word) break;
    else if (ch === '|' || ch === ';' || ch === '&' || (ch === '$' && line[i + 1] === '(') || ch === ')' || ch === '(' || ch === '<' || ch === '>') {
      end();
      if (ch === '$') i++;
      if (ch === '<' || ch === '>') {
        // A redirect's target is a file, not an argument.
        while (line[i + 1] === '>' || line[i + 1] === '&') i++;
        while (line[i + 1] === ' ') i++;
        let j = i + 1;
        while (j < line.length && line[j] !== ' ') j++;
        i = j - 1;
        continue;
      }
      commands.push([]);
    } else word += ch;
  }
  end();
  return commands.filter((c) => c.length > 0);
}

const isLiteral = (word: string): boolean => !/[$<>{}*`]/.test(unquote(word));

/** Variables a word expands: `$X` and `${X}` outside single quotes. */
function variablesIn(word: string): string[] {
  const out: string[] = [];
  let single = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === "'") single = !single;
    else if (ch === '\\') i++;
    else if (ch === '$' && !single) {
      const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/.exec(word.slice(i));
      if (m) out.push(m[1] ?? m[2]!);
    }
  }
  return out;
}

/** Variables every shell, cloud CLI or client has, whatever the repository. */
const WELL_KNOWN = /^(?:HOME|PATH|USER|PWD|SHELL|HOSTNAME|TMPDIR|LANG|EDITOR|KUBECONFIG|AWS_[A-Z_]+|GOOGLE_[A-Z_]+|CLOUDSDK_[A-Z_]+|PG[A-Z]+|REDISCLI_AUTH|MYSQL_PWD|CI|GITHUB_[A-Z_]+|OLDPWD|RANDOM|SECONDS|EPOCHSECONDS|UID|EUID)$/;

const KIND_ALIASES: Record<string, string> = {
  deploy: 'deployment', deployment: 'deployment', deployments: 'deployment', sts: 'statefulset', statefulset: 'statefulset', statefulsets: 'statefulset',
  ds: 'daemonset', daemonset: 'daemonset', daemonsets: 'daemonset', rs: 'replicaset', replicaset: 'replicaset', job: 'job', jobs: 'job',
  cj: 'cronjob', cronjob: 'cronjob', cronjobs: 'cronjob', svc: 'service', service: 'service', services: 'service', cm: 'configmap', configmap: 'configmap',
  pvc: 'persistentvolumeclaim', persistentvolumeclaim: 'persistentvolumeclaim', ing: 'ingress', ingress: 'ingress',
};
const KIND_NAMES: Record<string, string> = { deployment: 'Deployment', statefulset: 'StatefulSet', daemonset: 'DaemonSet', replicaset: 'ReplicaSet', job: 'Job', cronjob: 'CronJob', service: 'Service', configmap: 'ConfigMap', persistentvolumeclaim: 'PersistentVolumeClaim', ingress: 'Ingress' };

/** Compose subcommands whose arguments are services, and the flags of theirs that take a value. */
const COMPOSE_SERVICE_ARGS = new Set(['exec', 'run', 'logs', 'ps', 'restart', 'stop', 'start', 'up', 'kill', 'rm', 'pull', 'top', 'pause', 'unpause', 'create', 'port', 'events']);
const COMPOSE_VALUE_FLAGS = new Set(['-e', '--env', '-u', '--user', '-w', '--workdir', '--index', '-t', '--timeout', '--tail', '-n', '--since', '--until', '--scale', '--entrypoint', '--name', '-p', '--publish', '-v', '--volume', '-l', '--label', '--pull']);
const COMPOSE_GLOBAL_VALUE_FLAGS = new Set(['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory', '--ansi', '--progress', '--parallel']);
/** exec and run take one service, then the command run in it. */
const COMPOSE_ONE_SERVICE = new Set(['exec', 'run', 'port']);

/** Identifier flags whose value names an existing thing (a target or new name is the runbook's own). */
const IDENTIFIER_FLAGS = new Set([
  '--db-instance-identifier', '--source-db-instance-identifier', '--db-cluster-identifier', '--source-db-cluster-identifier',
  '--replication-group-id', '--cache-cluster-id', '--table-name', '--source-table-name', '--bucket', '--serverless-cache-name',
  '--domain-name', '--cluster-name-filter', '--source-identifier',
]);

interface Check {
  line: number;
  words: string[];
}

function checkCompose(inv: RepositoryInventory, c: Check, hits: RuleHit[]): void {
  const w = c.words;
  let i = w[0] === 'docker-compose' ? 1 : w[0] === 'docker' && w[1] === 'compose' ? 2 : -1;
  if (i === -1 || !inv.has.compose) return;
  const files: string[] = [];
  while (i < w.length && w[i]!.startsWith('-')) {
    const flag = w[i]!;
    if ((flag === '-f' || flag === '--file') && w[i + 1]) files.push(unquote(w[i + 1]!).replace(/^\.\//, ''));
    i += COMPOSE_GLOBAL_VALUE_FLAGS.has(flag) ? 2 : 1;
  }
  const sub = w[i];
  if (!sub || (!COMPOSE_SERVICE_ARGS.has(sub) && sub !== 'cp')) return;
  const known = new Set<string>();
  const pool = files.length ? files.filter((f) => inv.composeServices.has(f)) : [...inv.composeServices.keys()];
  if (files.length && pool.length === 0) {
    hits.push({ line: c.line, message: `The compose file ${files.join(', ')} is not in the repository.` });
    return;
  }
  for (const f of pool) for (const s of inv.composeServices.get(f)!) known.add(s);
  const services: string[] = [];
  if (sub === 'cp') {
    for (const arg of w.slice(i + 1)) if (/^[\w.-]+:/.test(unquote(arg))) services.push(unquote(arg).split(':')[0]!);
  } else {
    for (let j = i + 1; j < w.length; j++) {
      const arg = w[j]!;
      if (arg.startsWith('-')) {
        if (COMPOSE_VALUE_FLAGS.has(arg)) j++;
        continue;
      }
      services.push(unquote(arg));
      if (COMPOSE_ONE_SERVICE.has(sub)) break;
    }
  }
  for (const service of services.filter(isLiteral)) {
    if (!known.has(service)) hits.push({ line: c.line, message: `\`${w.slice(0, i + 1).join(' ')}\` names the compose service "${service}", which ${pool.join(', ')} do${pool.length === 1 ? 'es' : ''} not have (services: ${[...known].sort().join(', ') || 'none'}).` });
  }
}

function checkKubectl(inv: RepositoryInventory, c: Check, hits: RuleHit[]): void {
  const w = c.words;
  if (w[0] !== 'kubectl' || !inv.has.kubernetes) return;
  // `kubectl exec ... -- cmd`: what follows `--` is the command in the pod.
  const dashDash = w.indexOf('--');
  const args = dashDash === -1 ? w : w.slice(0, dashDash);
  for (let j = 1; j < args.length; j++) {
    const arg = args[j]!;
    const value = (flag: string[]): string | undefined => {
      if (flag.includes(arg)) return args[j + 1];
      const eq = flag.find((f) => f.startsWith('--') && arg.startsWith(`${f}=`));
      return eq ? arg.slice(eq.length + 1) : undefined;
    };
    const namespace = value(['-n', '--namespace']);
    if (namespace !== undefined && isLiteral(namespace)) {
      const ns = unquote(namespace);
      if (inv.namespaces.size > 0 && !inv.namespaces.has(ns) && ns !== 'default' && ns !== 'kube-system') {
        hits.push({ line: c.line, message: `Namespace "${ns}" is not one the manifests declare (${[...inv.namespaces].sort().join(', ')}).` });
      }
    }
    const selector = value(['-l', '--selector']);
    if (selector !== undefined && isLiteral(selector)) {
      for (const pair of unquote(selector).split(',')) {
        if (/^[\w./-]+=[\w.-]*$/.test(pair) && !inv.labels.has(pair)) hits.push({ line: c.line, message: `No workload in the manifests carries the label ${pair}.` });
      }
    }
    const ref = /^([a-z]+)\/([\w.-]+)$/.exec(unquote(arg));
    if (ref && isLiteral(arg)) {
      const kind = KIND_ALIASES[ref[1]!];
      if (!kind) continue;
      const name = ref[2]!;
      if (inv.workloads.has(`${kind}/${name}`)) continue;
      const kinds = inv.workloadKinds.get(name);
      hits.push({ line: c.line, message: kinds ? `\`${arg}\`: "${name}" is a ${[...kinds].join('/')} in the manifests, not a ${KIND_NAMES[kind] ?? kind}.` : `\`${arg}\`: the manifests have no ${KIND_NAMES[kind] ?? kind} "${name}".` });
    }
  }
}

function checkTerraform(inv: RepositoryInventory, c: Check, hits: RuleHit[]): void {
  const w = c.words;
  if (!inv.has.terraform) return;
  const addresses: string[] = [];
  if (w[0] === 'terraform') {
    const state = w.indexOf('state');
    if (state !== -1 && ['show', 'rm', 'mv'].includes(w[state + 1] ?? '')) addresses.push(...w.slice(state + 2).filter((a) => !a.startsWith('-')).slice(0, 1));
    if (w.includes('import')) addresses.push(...w.slice(w.indexOf('import') + 1).filter((a) => !a.startsWith('-')).slice(0, 1));
    for (const a of w) if (a.startsWith('-target=')) addresses.push(a.slice('-target='.length));
  }
  for (const raw of addresses.filter(isLiteral)) {
    const address = withoutTrailingIndex(unquote(raw));
    if (!inv.terraformAddresses.has(address)) hits.push({ line: c.line, message: `Terraform has no resource ${address} in this repository.` });
  }
  if (inv.terraformIdentifiers.size === 0) return;
  const known = (id: string): boolean => [...inv.terraformIdentifiers].some((t) => id === t || id.startsWith(`${t}-`));
  const identifiers: string[] = [];
  if (w[0] === 'aws') for (let j = 1; j < w.length - 1; j++) if (IDENTIFIER_FLAGS.has(w[j]!)) identifiers.push(w[j + 1]!);
  if (w[0] === 'gcloud' && w[1] === 'sql' && w[2] === 'instances') {
    const first = w.slice(4).find((a) => !a.startsWith('-'));
    if (first) identifiers.push(first);
  }
  for (const word of w) {
    const bucket = /^["']?(?:s3|gs):\/\/([\w.-]+)/.exec(word)?.[1];
    if (bucket && isLiteral(bucket)) identifiers.push(bucket);
  }
  for (const raw of identifiers.filter(isLiteral)) {
    const id = unquote(raw);
    if (!known(id)) hits.push({ line: c.line, message: `"${id}" is not an identifier the Terraform code declares (${[...inv.terraformIdentifiers].sort().slice(0, 6).join(', ')}).` });
  }
}

/** Whether checkTerraform looks at this command at all: `terraform`, `aws`, `gcloud`, or a bucket URL. */
function usesTerraform(c: Check): boolean {
  const w = c.words;
  return w[0] === 'terraform' || w[0] === 'aws' || w[0] === 'gcloud' || w.some((word) => BUCKET_URL.test(word));
}
/** The start of checkTerraform's bucket pattern: `s3://` or `gs://`, maybe quoted. */
const BUCKET_URL = /^["']?(?:s3|gs):\/\//;

/** Variables the plan itself defines: assigned in a block, or named in prose (`BACKUP_FILE`: ...). */
function planDefined(doc: PlanDocument): Set<string> {
  const out = new Set<string>();
  for (const block of codeBlocks(doc)) {
    for (const m of block.value.matchAll(/(?:^|[\s;(])(?:export\s+|local\s+|readonly\s+)?([A-Za-z_][A-Za-z0-9_]*)=/gm)) out.add(m[1]!);
    for (const m of block.value.matchAll(/\b(?:read(?:\s+-\w+)*|for)\s+((?:[A-Za-z_][A-Za-z0-9_]*\s*)+)/g)) for (const name of m[1]!.split(/\s+/)) if (name && name !== 'in') out.add(name);
  }
  for (const node of doc.nodes) {
    if (node.type !== 'inlineCode') continue;
    const m = /^\$?\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(node.value.trim());
    if (m) out.add(m[1]!);
  }
  return out;
}

function checkVariables(inv: RepositoryInventory, defined: Set<string>, c: Check, hits: RuleHit[], reported: Set<string>): void {
  if (!inv.has.env) return;
  for (const word of c.words) {
    for (const name of variablesIn(word)) {
      if (inv.envNames.has(name) || defined.has(name) || WELL_KNOWN.test(name) || reported.has(name)) continue;
      reported.add(name);
      hits.push({ line: c.line, message: `$${name} is not a variable the repository declares (env templates, compose, manifests), and the plan does not say what it is.` });
    }
  }
}

/** The command lines of a scenario's shell blocks, `\` continuations joined, with their first line. */
function commandLines(doc: PlanDocument): Check[] {
  const inScenario = (line: number): boolean => doc.plan.scenarios.some((s) => line > s.line && line <= s.endLine);
  const out: Check[] = [];
  for (const block of codeBlocks(doc)) {
    if (!COMMAND_LANGS.has(block.lang) || !inScenario(block.firstLine)) continue;
    const lines = block.value.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const start = block.firstLine + i;
      let text = lines[i]!.replace(/^\s*\$\s+/, '');
      while (/\\$/.test(text) && i + 1 < lines.length) text = text.slice(0, -1) + ' ' + lines[++i]!.trim();
      if (!text.trim() || text.trim().startsWith('#')) continue;
      for (const words of shellWords(text)) out.push({ line: start, words });
    }
  }
  for (const node of doc.nodes) {
    if (node.type !== 'inlineCode' || !node.position || !inScenario(node.position.start.line)) continue;
    for (const words of shellWords(node.value)) if (/^(?:docker|docker-compose|kubectl|terraform|aws|gcloud)$/.test(words[0] ?? '')) out.push({ line: node.position.start.line, words });
  }
  return out;
}

export const unknownReference: LintRule = {
  id: 'unknown-reference',
  severity: 'warning',
  description: 'A scenario command that names a compose service, Kubernetes workload, namespace or label, Terraform resource or identifier, or env variable the repository does not have.',
  hint: 'Use the names the repository uses (a rename leaves the plan stale), or say in the plan what a placeholder stands for.',
  async run(doc, context) {
    const checks = commandLines(doc);
    // Terraform is parsed only when some command could be checked against it (most plans' commands cannot).
    const inv = await readInventory(context.root, context.repoFiles, { terraform: checks.some(usesTerraform) }, context.source);
    const defined = planDefined(doc);
    const hits: RuleHit[] = [];
    const reported = new Set<string>();
    for (const check of checks) {
      checkCompose(inv, check, hits);
      checkKubectl(inv, check, hits);
      checkTerraform(inv, check, hits);
      checkVariables(inv, defined, check, hits, reported);
    }
    const seen = new Set<string>();
    return hits.filter((h) => !seen.has(`${h.line}\0${h.message}`) && (seen.add(`${h.line}\0${h.message}`), true));
  },
};
