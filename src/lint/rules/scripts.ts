import path from 'node:path';
import { stripTrailing } from '../../util/text-scan.js';
import { codeBlocks, startLine } from '../document.js';
import type { LintRule, RuleHit } from '../rule.js';

/** Code block languages whose words are commands (other blocks are YAML, SQL, JSON...). */
const COMMAND_LANGS = new Set(['', 'sh', 'bash', 'shell', 'zsh', 'console', 'shell-session', 'powershell', 'ps1', 'pwsh', 'bat', 'cmd', 'text']);
/** Extensions of files a runbook runs or applies. */
const FILE_EXTENSIONS = /\.(?:sh|bash|zsh|py|rb|js|mjs|cjs|ts|ps1|sql|pl|php|go|ya?ml|json|tf|toml|conf|env)$/i;
/** Characters that make a word a pattern or a placeholder rather than a path. */
const NOT_A_PATH = /[$<>*{}%:@~=?"'`|;&()[\]\\]/;
/** Commands whose arguments are files they create, leave or download, not files the repository must have. */
const CREATES_FILES = /^(?:mkdir|touch|cd|cp|mv|rm|tee|wget|curl|scp|rsync|tar|unzip|gunzip|ln)$/;
/** Flags whose value is an output. */
const OUTPUT_FLAGS = /^(?:-o|--output|--out|-O|--outfile|--output-file|--output-dir|--out-dir|--backup-dir|--target-dir|--destination|--dest|--rdb|--archive|--result-file|>|>>|2>|&>)$/;
/** Copies whose last argument is where the file goes: `docker compose cp svc:/data/dump.rdb ./backups/`, `aws s3 cp s3://b/k ./x`. */
const COPY_COMMANDS = /^(?:docker (?:compose )?cp|docker-compose cp|kubectl cp|aws s3 (?:cp|mv|sync)|gsutil (?:-m )?(?:cp|mv|rsync)|gcloud storage (?:cp|mv|rsync)|rclone (?:copy|sync))\b/;
/** Dump tools whose `-f` names the file they write (`pg_dump -f ./before.dump`), unlike `kubectl apply -f`. */
const DUMP_COMMANDS = /^(?:pg_dump|pg_dumpall|pg_basebackup|mysqldump|mariadb-dump|mongodump)$/;

/** Programs that run the file named next: `bash failover.sh`, `python3 promote.py`. */
const INTERPRETERS = /^(?:bash|sh|zsh|python3?|node|ruby|perl|pwsh|powershell|deno|bun|tsx|ts-node)$/;
/** A bare file name that is run (`failover.sh`, `promote.py`); Terraform files only as a whole code span. */
const RUNNABLE_NAME = /^[\w.-]+\.(?:sh|bash|py|rb|js|mjs|cjs|ts|ps1|pl)$/i;
const NAMED_FILE = /^[\w.-]+\.(?:sh|bash|py|rb|js|mjs|cjs|ts|ps1|pl|tf)$/i;
/** Tools that ship as `.sh` programs on the PATH (`kafka-topics.sh`, `catalina.sh`), not repository files. */
const VENDOR_TOOL = /^(?:kafka|zookeeper|connect|kraft|ksql|schema-registry|catalina|elasticsearch|opensearch|hadoop|hbase|spark|flink|cassandra|nodetool)\b/i;

/**
 * The bare file name a command line hands to an interpreter (`bash restore.sh`,
 * `sudo python3 promote.py`), if any. A name run directly (`kafka-topics.sh --list`)
 * comes from the PATH, not the repository.
 */
export function bareScriptRun(line: string): string | undefined {
  const words = line.trim().replace(/^\$\s+/, '').split(/\s+/);
  let i = words[0] === 'sudo' ? 1 : 0;
  if (!INTERPRETERS.test(words[i] ?? '')) return undefined;
  i++;
  while (i < words.length && words[i]!.startsWith('-')) i++;
  const word = unquoted(words[i] ?? '');
  return RUNNABLE_NAME.test(word) && !VENDOR_TOOL.test(word) ? word : undefined;
}

/** A word without one opening quote and its trailing quotes and punctuation (in one pass: a `)+$` regex was quadratic). */
function unquoted(word: string): string {
  return stripTrailing(/^["'`]/.test(word) ? word.slice(1) : word, '"\'`.,;:)');
}

/** A code span that is only a script's name (`failover.sh`, `failover-redis.tf`). */
function namedFile(span: string): string | undefined {
  const word = span.trim();
  return NAMED_FILE.test(word) && !VENDOR_TOOL.test(word) ? word : undefined;
}

/** A word that names a file in the repository: `./scripts/failover.sh`, `k8s/postgres.yaml`. */
export function repositoryPathIn(word: string): string | undefined {
  const w = unquoted(word);
  if (!w || w.startsWith('-') || w.startsWith('/') || w.endsWith('/') || w.includes('://') || NOT_A_PATH.test(w)) return undefined;
  if (/^\.\.?\/./.test(w)) return w;
  return w.includes('/') && FILE_EXTENSIONS.test(w) ? w : undefined;
}

/** Paths a line of commands writes: redirect targets, output flags' values, a copy's destination, a dump's `-f`. */
export function writtenPaths(line: string): string[] {
  if (line.trim().startsWith('#')) return [];
  const words = line.trim().replace(/^\$\s+/, '').split(/\s+/);
  const out: string[] = [];
  const dumps = DUMP_COMMANDS.test(words[0] === 'sudo' ? (words[1] ?? '') : (words[0] ?? ''));
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const eq = word.indexOf('=');
    if (OUTPUT_FLAGS.test(words[i - 1]!) || (dumps && (words[i - 1] === '-f' || words[i - 1] === '--file'))) out.push(word);
    else if (dumps && word.startsWith('--file=')) out.push(word.slice('--file='.length));
    else if (/^\d?>+/.test(word) && word.replace(/^\d?>+/, '')) out.push(word.replace(/^\d?>+/, ''));
    else if (word.startsWith('-') && eq !== -1 && OUTPUT_FLAGS.test(word.slice(0, eq))) out.push(word.slice(eq + 1));
  }
  if (COPY_COMMANDS.test(words.join(' ')) && words.length > 2) out.push(words[words.length - 1]!);
  return out.map(bareWord).filter(Boolean);
}

/** A word without an opening quote and without the quotes and punctuation that close it (a loop: a regex run is quadratic). */
function bareWord(word: string): string {
  return stripTrailing(/^["'`]/.test(word) ? word.slice(1) : word, '"\'`.,;:)');
}

/** Repository paths that a line of commands reads or runs (not the ones it writes). */
export function referencedPaths(line: string): string[] {
  if (line.trim().startsWith('#')) return [];
  // A console block's prompt (`$ ./scripts/x.sh`) is not part of the command.
  const words = line.trim().replace(/^\$\s+/, "").split(/\s+/);
  if (CREATES_FILES.test(words[0] ?? '') || (words[0] === 'sudo' && CREATES_FILES.test(words[1] ?? ''))) return [];
  const out: string[] = [];
  const dumps = DUMP_COMMANDS.test(words[0] === 'sudo' ? (words[1] ?? '') : (words[0] ?? ''));
  const written = new Set(writtenPaths(line));
  for (let i = 0; i < words.length; i++) {
    if (OUTPUT_FLAGS.test(words[i - 1] ?? '') || (dumps && words[i - 1] === '-f') || /^\d?>/.test(words[i]!) || written.has(bareWord(words[i]!))) continue;
    const eq = words[i]!.indexOf('=');
    if (words[i]!.startsWith('-') && eq !== -1 && OUTPUT_FLAGS.test(words[i]!.slice(0, eq))) continue;
    // `--file=./scripts/x.sh`: the value after `=` is the path.
    const value = words[i]!.startsWith('-') && words[i]!.includes('=') ? words[i]!.slice(words[i]!.indexOf('=') + 1) : words[i]!;
    const found = repositoryPathIn(value);
    if (found) out.push(found);
  }
  return out;
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

function existsInRepository(rel: string, files: ReadonlySet<string>, dirs: () => ReadonlySet<string>): boolean {
  return files.has(rel) || dirs().has(rel);
}

function directoriesOf(files: ReadonlySet<string>): Set<string> {
  const dirs = new Set<string>();
  for (const file of files) for (let d = path.posix.dirname(file); d !== '.' && !dirs.has(d); d = path.posix.dirname(d)) dirs.add(d);
  return dirs;
}

/** A block's command lines with `\` continuations joined, each with the offset of its first line. */
function logicalLines(value: string): Array<{ text: string; offset: number }> {
  const lines = value.split('\n');
  const out: Array<{ text: string; offset: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const offset = i;
    let text = lines[i]!;
    while (/\\\s*$/.test(text) && i + 1 < lines.length) text = `${text.replace(/\\\s*$/, '')} ${lines[++i]!.trim()}`;
    out.push({ text, offset });
  }
  return out;
}

export const missingScript: LintRule = {
  id: 'missing-script',
  severity: 'error',
  description: 'A script or file the plan tells people to run that does not exist in the repository.',
  hint: 'Commit the script, fix the path, or write its commands into the step; in an outage nobody can run a file that is not there.',
  run(doc, context) {
    const planDir = path.posix.dirname(doc.plan.path);
    // Built on first use: most references name a file that is there, and a monorepo has 20,000 paths to fold.
    let dirs: Set<string> | undefined;
    const allDirs = (): Set<string> => (dirs ??= directoriesOf(context.repoFiles));
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    // A file the plan's own commands write (a dump, a copied backup) may be read or named later.
    const written = new Set<string>();
    for (const block of codeBlocks(doc)) {
      if (COMMAND_LANGS.has(block.lang)) for (const { text } of logicalLines(block.value)) for (const w of writtenPaths(text)) written.add(path.posix.normalize(w));
    }
    // A bare name (`failover.sh`) is in the repository when a file anywhere has that name.
    let names: Set<string> | undefined;
    const allNames = (): Set<string> => (names ??= new Set([...context.repoFiles].map((f) => path.posix.basename(f))));
    const check = (line: number, ref: string, fromPlanDir: boolean, cwd?: string): void => {
      const fromRoot = path.posix.normalize(ref);
      if (!fromPlanDir && written.has(fromRoot)) return;
      const candidates = fromPlanDir ? [path.posix.join(planDir, ref)] : [fromRoot, path.posix.join(planDir, ref), ...(cwd ? [path.posix.join(cwd, ref)] : [])];
      if (candidates.some((c) => c.startsWith('..') || existsInRepository(c, context.repoFiles, allDirs))) return;
      // `./restore.sh` after a `cd` the plan does not show: any file of that name will do.
      if (!fromPlanDir && /^\.\/[^/]+$/.test(ref) && allNames().has(ref.slice(2))) return;
      const key = `${line}\0${ref}`;
      if (seen.has(key)) return;
      seen.add(key);
      hits.push({ line, message: `${ref} is referenced but does not exist in the repository.` });
    };
    const checkName = (line: number, name: string): void => {
      const key = `${line}\0${name}`;
      if (allNames().has(name) || seen.has(key)) return;
      seen.add(key);
      hits.push({ line, message: `${name} is referenced but no file of that name exists in the repository.` });
    };
    for (const node of doc.nodes) {
      if (node.type === 'link' || node.type === 'definition') {
        // Relative links resolve against the plan's folder, as GitHub renders them.
        const url = node.url.split(/[?#]/)[0]!;
        if (url && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#')) check(startLine(node), safeDecodeUri(url), true);
      } else if (node.type === 'inlineCode') {
        const ref = repositoryPathIn(node.value.trim().split(/\s+/)[0] ?? '');
        if (ref) check(startLine(node), ref, false);
        else for (const r of referencedPaths(node.value)) check(startLine(node), r, false);
        const bare = namedFile(node.value) ?? bareScriptRun(node.value);
        if (bare) checkName(startLine(node), bare);
      }
    }
    for (const block of codeBlocks(doc)) {
      if (!COMMAND_LANGS.has(block.lang)) continue;
      // `cd backend/scripts` then `./restore-db.sh`: later relative paths start from there too.
      let cwd: string | undefined;
      let lost = false;
      logicalLines(block.value).forEach(({ text, offset: i }) => {
        const cd = /^\s*(?:\$\s+)?cd\s+([^\s;&|]+)\s*(?:$|&&)/.exec(text)?.[1];
        // After a `cd` to somewhere the plan does not say (`cd "$BACKUP_DIR"`, `cd /srv/app`),
        // relative paths in the rest of the block cannot be checked.
        if (cd) {
          if (NOT_A_PATH.test(cd) || cd.startsWith('/')) lost = true;
          else cwd = path.posix.join(cwd ?? '', cd);
        }
        if (lost) return;
        for (const ref of referencedPaths(text)) check(block.firstLine + i, ref, false, cwd);
        const bare = text.trim().startsWith('#') ? undefined : bareScriptRun(text);
        if (bare) checkName(block.firstLine + i, bare);
      });
    }
    return hits;
  },
};
