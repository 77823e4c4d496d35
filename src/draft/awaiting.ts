import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckReport } from '../check/types.js';

/** A drafted scenario in the checked plan that a person has not signed off yet. */
export interface AwaitingSignOff {
  title: string;
  line: number;
  /** the plan it is in (each service's own in a monorepo with a plan per service) */
  path: string | null;
  /** the commit that wrote its heading, when git can tell */
  sha?: string;
}

/**
 * Gaps whose stub is already in the plan: a scenario is about the service (the report's
 * `scenarios[].covers` lists drafts too) but does not cover it, because its draft marker (or
 * its placeholders) are still there. Offering the same stub again would only duplicate it.
 */
export function draftsAwaitingSignOff(report: CheckReport): Map<string, AwaitingSignOff> {
  const out = new Map<string, AwaitingSignOff>();
  for (const id of report.gaps) {
    // With a plan per service, only a draft in the plan the uncovered dependency is checked
    // against counts: another service's signed scenario for the same id is no draft of this gap.
    const plans = report.plans ? new Set(report.dependencies.filter((d) => d.id === id && !d.covered).map((d) => d.plan ?? null)) : undefined;
    const scenario = report.scenarios.find((s) => s.covers.includes(id) && (!plans || plans.has(s.plan ?? null)));
    if (scenario) out.set(id, { title: scenario.title, line: scenario.line, path: (plans ? scenario.plan : undefined) ?? report.doc });
  }
  return out;
}

/**
 * The commit that last wrote line `line` of `planPath` at `revision` (the working tree when
 * absent), or undefined when git cannot tell: an uncommitted line, or history cut off by a
 * shallow clone (the cut-off commit would be blamed for every line).
 */
export function commitOfLine(root: string, planPath: string, line: number, revision?: string): string | undefined {
  try {
    const args = ['blame', '--porcelain', '--root', '-L', `${line},${line}`, ...(revision ? [revision] : []), '--', planPath];
    const out = execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    const sha = out.split(' ', 1)[0] ?? '';
    if (!/^[0-9a-f]{40,64}$/.test(sha) || /^0+$/.test(sha)) return undefined;
    return shallowCommits(root).has(sha) ? undefined : sha;
  } catch {
    return undefined;
  }
}

function shallowCommits(root: string): Set<string> {
  try {
    const file = execFileSync('git', ['rev-parse', '--git-path', 'shallow'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const absolute = path.resolve(root, file);
    return existsSync(absolute) ? new Set(readFileSync(absolute, 'utf8').split('\n').filter(Boolean)) : new Set();
  } catch {
    return new Set();
  }
}
