import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import path from 'node:path';
import { CATEGORIES } from '../catalog/types.js';
import type { CheckedDependency, CheckReport, Finding, ReportNotice, ScenarioSummary } from '../check/types.js';
import { LINT_RULES } from '../lint/index.js';

/**
 * A JSON report saved by an earlier run (the fork workflow's artifact), read back with no
 * trust in it. A fork's pull request controls everything in that file, so it is checked
 * field by field and rebuilt from known keys only: enums must be ours, ids and paths must
 * look like ids and repository paths, every string and list is capped, and nothing unknown
 * is kept. Whatever passes is then rendered with the same escaping as repository text.
 */

/** Far above any real report (a large monorepo's is a few hundred KiB). */
export const MAX_SAVED_REPORT_BYTES = 5 * 1024 * 1024;

export class SavedReportError extends Error {}

/** Where a run's report came from: written by the action beside the `paramedic check --json` fields. */
export interface ReportSource {
  event: string;
  repository: string;
  /** the pull request's head commit the report checked */
  headSha: string;
  baseSha?: string;
  /** informational only: never used to choose where to post */
  pullRequest?: number;
}

export type SavedReport = CheckReport & { source: ReportSource };

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** Dependency ids as rules name them (postgresql, aws-s3, google-cloud-storage). */
const ID = /^[a-z0-9][a-z0-9._-]{0,79}$/;
/** Rule ids of findings: missing-steps, shellcheck/SC2086, markdownlint/MD012. */
const RULE = /^[a-z0-9][a-z0-9-]{0,63}(?:\/[A-Za-z0-9-]{1,32})?$/;
/** owner/name as GitHub allows them. */
const REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;

const LIMITS = { dependencies: 2000, evidence: 50, scenarios: 2000, findings: 5000, warnings: 5000, notices: 500, ids: 2000, text: 4000, name: 200 };

type Json = unknown;

class Reader {
  constructor(private readonly file: string) {}

  fail(where: string, what: string): never {
    throw new SavedReportError(`${this.file}: ${where}: ${what}`);
  }

  object(value: Json, where: string, keys: { required: string[]; optional?: string[] }): Record<string, Json> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(where, 'expected an object');
    const record = value as Record<string, Json>;
    const allowed = new Set([...keys.required, ...(keys.optional ?? [])]);
    for (const key of Object.keys(record)) if (!allowed.has(key)) this.fail(where, `unknown field "${key.slice(0, 40)}" (both workflows must run the same Paramedic version)`);
    for (const key of keys.required) if (!(key in record)) this.fail(where, `missing field "${key}"`);
    return record;
  }

  array<T>(value: Json, where: string, max: number, item: (v: Json, where: string) => T): T[] {
    if (!Array.isArray(value)) this.fail(where, 'expected a list');
    if (value.length > max) this.fail(where, `more than ${max} entries`);
    return value.map((v, i) => item(v, `${where}[${i}]`));
  }

  string(value: Json, where: string, max = LIMITS.text): string {
    if (typeof value !== 'string') this.fail(where, 'expected a string');
    if (value.length > max) this.fail(where, `longer than ${max} characters`);
    return value;
  }

  nullable(value: Json, where: string, max = LIMITS.text): string | null {
    return value === null ? null : this.string(value, where, max);
  }

  matching(value: Json, where: string, pattern: RegExp, what: string): string {
    const text = this.string(value, where, 200);
    if (!pattern.test(text)) this.fail(where, `not ${what}`);
    return text;
  }

  oneOf<T extends string>(value: Json, where: string, values: readonly T[]): T {
    if (typeof value !== 'string' || !values.includes(value as T)) this.fail(where, `expected one of ${values.join(', ')}`);
    return value as T;
  }

  integer(value: Json, where: string, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) this.fail(where, `expected a whole number from ${min} to ${max}`);
    return value;
  }

  boolean(value: Json, where: string): boolean {
    if (typeof value !== 'boolean') this.fail(where, 'expected true or false');
    return value;
  }

  /** A repository-relative path: no absolute path, no `..`, no backslash or control character. */
  path(value: Json, where: string): string {
    const text = this.string(value, where, 1000);
    const segments = text.split('/');
    if (text === '' || text.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(text) || segments.some((s) => s === '..' || s === '.' || s === '')) this.fail(where, 'not a repository-relative path');
    return text;
  }
}

const LINT_HINTS = new Map(LINT_RULES.map((r) => [r.id, r.hint]));

/**
 * A finding's hint is shown with its links clickable: a hint from the file is kept only when
 * it has no link; a known rule's hint is our own text.
 */
function safeHint(rule: string, hint: string): string {
  const own = LINT_HINTS.get(rule);
  if (own !== undefined) return own;
  if (rule.startsWith('shellcheck/')) return `See https://www.shellcheck.net/wiki/${rule.slice('shellcheck/'.length)}`;
  return /:\/\/|www\./i.test(hint) ? '' : hint;
}

/**
 * Reads and checks a saved report; throws SavedReportError naming the file and the field. A
 * folder (where download-artifact put the artifact) must hold exactly one JSON file.
 */
export function readSavedReport(given: string): SavedReport {
  let file = given;
  let stat = lstatOrThrow(file);
  if (stat.isDirectory()) {
    const json = readdirSync(file).filter((name) => name.endsWith('.json'));
    if (json.length !== 1) throw new SavedReportError(`${file}: a folder with ${json.length === 0 ? 'no' : json.length} JSON files; name the report file in report-path`);
    file = path.join(file, json[0]!);
    stat = lstatOrThrow(file);
  }
  if (stat.isSymbolicLink()) throw new SavedReportError(`${file}: is a symbolic link; not followed`);
  if (!stat.isFile()) throw new SavedReportError(`${file}: not a regular file`);
  const text = readCapped(file);
  let raw: Json;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SavedReportError(`${file}: not JSON (${error instanceof Error ? error.message.slice(0, 200) : 'parse error'})`);
  }
  return checkSavedReport(raw, file);
}

function lstatOrThrow(file: string): Stats {
  try {
    return lstatSync(file);
  } catch {
    throw new SavedReportError(`${file}: no such file (did the download step run, and does report-path name the file inside the artifact?)`);
  }
}

/** Reads at most the cap plus one byte, so a huge file is refused without reading it all. */
function readCapped(file: string): string {
  const fd = openSync(file, 'r');
  try {
    if (fstatSync(fd).size > MAX_SAVED_REPORT_BYTES) throw new SavedReportError(`${file}: larger than ${MAX_SAVED_REPORT_BYTES} bytes`);
    const buffer = Buffer.alloc(MAX_SAVED_REPORT_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_SAVED_REPORT_BYTES) throw new SavedReportError(`${file}: larger than ${MAX_SAVED_REPORT_BYTES} bytes`);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export function checkSavedReport(raw: Json, file: string): SavedReport {
  const r = new Reader(file);
  const top = r.object(raw, 'report', {
    required: ['mode', 'doc', 'dependencies', 'scenarios', 'gaps', 'newGaps', 'existingGaps', 'coverage', 'providerChanges', 'notices', 'findings', 'verdict', 'warnings', 'source'],
    optional: ['triage'],
  });
  const source = r.object(top.source, 'source', { required: ['event', 'repository', 'headSha'], optional: ['baseSha', 'pullRequest'] });
  const dependencies = r.array(top.dependencies, 'dependencies', LIMITS.dependencies, (v, where): CheckedDependency => {
    const d = r.object(v, where, { required: ['id', 'name', 'category', 'tier', 'provider', 'evidence', 'covered', 'scenarios', 'change'], optional: ['confidence', 'confidenceReason', 'coveredBecause'] });
    return {
      id: r.matching(d.id, `${where}.id`, ID, 'a dependency id'),
      name: r.string(d.name, `${where}.name`, LIMITS.name),
      category: r.oneOf(d.category, `${where}.category`, CATEGORIES),
      tier: r.integer(d.tier, `${where}.tier`, 1, 3) as 1 | 2 | 3,
      provider: d.provider === null ? null : r.matching(d.provider, `${where}.provider`, ID, 'a provider id'),
      evidence: r.array(d.evidence, `${where}.evidence`, LIMITS.evidence, (e, at) => {
        const ev = r.object(e, at, { required: ['path', 'line', 'source', 'detail'], optional: ['facts'] });
        return { path: r.path(ev.path, `${at}.path`), line: r.integer(ev.line, `${at}.line`, 0, 10_000_000), source: r.string(ev.source, `${at}.source`, 40), detail: r.string(ev.detail, `${at}.detail`) };
      }),
      covered: r.boolean(d.covered, `${where}.covered`),
      scenarios: r.array(d.scenarios, `${where}.scenarios`, 50, (s, at) => r.string(s, at, LIMITS.name)),
      change: r.oneOf(d.change, `${where}.change`, ['added', 'removed', 'changed', 'unchanged'] as const),
      ...(d.confidence !== undefined ? { confidence: r.oneOf(d.confidence, `${where}.confidence`, ['confirmed', 'likely', 'possible'] as const) } : {}),
      ...(d.confidenceReason !== undefined ? { confidenceReason: r.string(d.confidenceReason, `${where}.confidenceReason`) } : {}),
      ...(d.coveredBecause !== undefined ? { coveredBecause: r.string(d.coveredBecause, `${where}.coveredBecause`) } : {}),
    };
  });
  const known = new Set(dependencies.map((d) => d.id));
  const ids = (value: Json, where: string): string[] =>
    r.array(value, where, LIMITS.ids, (v, at) => {
      const id = r.matching(v, at, ID, 'a dependency id');
      if (!known.has(id)) r.fail(at, `"${id}" is not one of the report's dependencies`);
      return id;
    });
  const scenarios = r.array(top.scenarios, 'scenarios', LIMITS.scenarios, (v, where): ScenarioSummary => {
    const s = r.object(v, where, { required: ['title', 'line', 'covers'] });
    return { title: r.string(s.title, `${where}.title`, LIMITS.name), line: r.integer(s.line, `${where}.line`, 0, 10_000_000), covers: r.array(s.covers, `${where}.covers`, LIMITS.ids, (c, at) => r.matching(c, at, ID, 'a dependency id')) };
  });
  const findings = r.array(top.findings, 'findings', LIMITS.findings, (v, where): Finding => {
    const f = r.object(v, where, { required: ['rule', 'severity', 'path', 'line', 'message', 'hint'], optional: ['causedByChange'] });
    const rule = r.matching(f.rule, `${where}.rule`, RULE, 'a rule id');
    return {
      rule,
      severity: r.oneOf(f.severity, `${where}.severity`, ['error', 'warning', 'notice'] as const),
      path: r.path(f.path, `${where}.path`),
      line: r.integer(f.line, `${where}.line`, 0, 10_000_000),
      message: r.string(f.message, `${where}.message`),
      hint: safeHint(rule, r.string(f.hint, `${where}.hint`)),
      ...(f.causedByChange !== undefined ? { causedByChange: r.boolean(f.causedByChange, `${where}.causedByChange`) } : {}),
    };
  });
  const notices = r.array(top.notices, 'notices', LIMITS.notices, (v, where): ReportNotice => {
    const n = r.object(v, where, { required: ['kind', 'message'], optional: ['path', 'line'] });
    return {
      kind: r.matching(n.kind, `${where}.kind`, ID, 'a notice kind'),
      message: r.string(n.message, `${where}.message`),
      ...(n.path !== undefined ? { path: r.path(n.path, `${where}.path`) } : {}),
      ...(n.line !== undefined ? { line: r.integer(n.line, `${where}.line`, 0, 10_000_000) } : {}),
    };
  });
  const coverage =
    top.coverage === null
      ? null
      : (() => {
          const c = r.object(top.coverage, 'coverage', { required: ['covered', 'total', 'percent'] });
          return { covered: r.integer(c.covered, 'coverage.covered', 0, 1_000_000), total: r.integer(c.total, 'coverage.total', 0, 1_000_000), percent: r.integer(c.percent, 'coverage.percent', 0, 100) };
        })();
  return {
    mode: r.oneOf(top.mode, 'mode', ['pr', 'sweep'] as const),
    doc: top.doc === null ? null : r.path(top.doc, 'doc'),
    dependencies,
    scenarios,
    gaps: ids(top.gaps, 'gaps'),
    newGaps: ids(top.newGaps, 'newGaps'),
    existingGaps: ids(top.existingGaps, 'existingGaps'),
    ...(top.triage !== undefined ? { triage: ids(top.triage, 'triage') } : {}),
    coverage,
    providerChanges: r.array(top.providerChanges, 'providerChanges', LIMITS.dependencies, (v, where) => {
      const p = r.object(v, where, { required: ['id', 'from', 'to'] });
      return { id: r.matching(p.id, `${where}.id`, ID, 'a dependency id'), from: p.from === null ? null : r.matching(p.from, `${where}.from`, ID, 'a provider id'), to: p.to === null ? null : r.matching(p.to, `${where}.to`, ID, 'a provider id') };
    }),
    notices,
    findings,
    verdict: r.oneOf(top.verdict, 'verdict', ['pass', 'warn', 'fail'] as const),
    warnings: r.array(top.warnings, 'warnings', LIMITS.warnings, (v, where) => {
      const w = r.object(v, where, { required: ['path', 'message'], optional: ['line'] });
      return { path: r.string(w.path, `${where}.path`, 1000), message: r.string(w.message, `${where}.message`), ...(w.line !== undefined ? { line: r.integer(w.line, `${where}.line`, 0, 10_000_000) } : {}) };
    }),
    source: {
      event: r.oneOf(source.event, 'source.event', ['pull_request', 'pull_request_target', 'merge_group', 'push', 'schedule', 'workflow_dispatch'] as const),
      repository: r.matching(source.repository, 'source.repository', REPOSITORY, 'owner/name'),
      headSha: r.matching(source.headSha, 'source.headSha', SHA, 'a commit sha'),
      ...(source.baseSha !== undefined ? { baseSha: r.matching(source.baseSha, 'source.baseSha', SHA, 'a commit sha') } : {}),
      ...(source.pullRequest !== undefined ? { pullRequest: r.integer(source.pullRequest, 'source.pullRequest', 1, 1_000_000_000) } : {}),
    },
  };
}
