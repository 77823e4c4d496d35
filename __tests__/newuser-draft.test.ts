/**
 * Stub defects found by running `paramedic draft` on new users' repositories
 * (a Rails app, a Go service, a Terraform stack, a Next.js monorepo).
 */
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { scenarioTitleFor } from '../src/draft/stub.js';
import { parsePlan } from '../src/plan/parse.js';
import { useStubCatalog } from './helpers/stubs.js';
import { computeCoverage } from '../src/plan/coverage.js';

const { catalog, dep, stubFor } = useStubCatalog();

/** The lines of the fenced bash block under **Verification:**. */
function verificationShell(markdown: string): string[] {
  const after = markdown.split('**Verification:**')[1] ?? '';
  const block = /```bash\n([\s\S]*?)```/.exec(after);
  return block ? block[1]!.trimEnd().split('\n') : [];
}

describe('stub titles', () => {
  it('does not repeat a word the service name ends with ("OpenAI API API outage")', () => {
    const stub = stubFor(dep('openai', null, [{ path: 'package.json', line: 17, source: 'npm', detail: 'dependencies "openai" ^4.38.0' }]));
    expect(stub.title).toBe('OpenAI API outage or rate limiting');
    expect(stub.markdown.split('\n')[0]).toBe('## Scenario: OpenAI API outage or rate limiting');
  });

  it('keeps the failure whole when the name does not end with its first word', () => {
    expect(scenarioTitleFor('Stripe', 'API outage')).toBe('Stripe API outage');
    expect(scenarioTitleFor('PostgreSQL', 'primary unavailable')).toBe('PostgreSQL primary unavailable');
    // Only a whole word folds: "Rapid" + "API outage" stays as written.
    expect(scenarioTitleFor('Rapid', 'API outage')).toBe('Rapid API outage');
  });

  it('every catalog rule gets a title without a doubled word at the join', () => {
    for (const rule of catalog().rules) {
      const title = scenarioTitleFor(rule.name, rule.recovery.failure);
      const last = rule.name.split(/\s+/).pop()!.toLowerCase();
      const next = title.slice(rule.name.length).trim().split(/\s+/)[0]!.toLowerCase();
      expect(`${rule.id}: ${next}`).not.toBe(`${rule.id}: ${last}`);
    }
  });
});

describe('verification checks a person performs', () => {
  it('a sentence starting with a one-letter word ("A password-reset email...") is a bullet, not shell', () => {
    const stub = stubFor(dep('resend', null, [{ path: 'package.json', line: 20, source: 'npm', detail: 'dependencies "resend" ^3.2.0' }]), { tier3: 'scenario' });
    const shell = verificationShell(stub.markdown);
    expect(shell.length).toBeGreaterThan(0);
    expect(shell.some((l) => l.startsWith('A password-reset'))).toBe(false);
    expect(stub.markdown).toContain('\n- A password-reset email reaches a test inbox\n');
  });
});

describe('stubs for a service whose runtime the evidence does not show', () => {
  it('a Redis found only in a Gemfile shows its health command without a TODO that says there is none', () => {
    const stub = stubFor(dep('redis', null, [{ path: 'Gemfile', line: 8, source: 'gem', detail: 'gem "redis" >= 4.0.1' }]));
    expect(stub.markdown).not.toContain('TODO');
    expect(stub.markdown).toMatch(/1\. Confirm the outage: is Redis running, and does it answer\?\n\n {3}```bash\n {3}redis-cli -u "\$REDIS_URL" ping\n/);
  });

  it('a PostgreSQL found only in go.mod uses a visible, explained placeholder for its URL, not an invisible HTML comment', () => {
    const stub = stubFor(dep('postgresql', null, [{ path: 'go.mod', line: 9, source: 'go', detail: 'require github.com/jackc/pgx/v5 v5.5.5' }]));
    expect(stub.markdown).not.toContain('TODO');
    expect(stub.markdown).not.toContain('<!--  ');
    expect(stub.markdown).toContain('- `DATABASE_URL`: the app\'s connection URL, from the vault.');
    expect(stub.markdown).toContain('pg_isready -d "$DATABASE_URL"');
    expect(stub.markdown).toContain('`<RESTART_COMMAND>`');
  });

  it('an S3 bucket is never "restarted" nor "back at a new address": it gets version restore and replica steps', () => {
    const stub = stubFor(dep('aws-s3', null, [
      { path: '.env.example', line: 7, source: 'env', detail: 'AWS_STORAGE_BUCKET_NAME' },
      { path: 'infra/main.tf', line: 38, source: 'terraform', detail: 'resource aws_s3_bucket.uploads' },
    ]));
    const mitigation = stub.markdown.split('**Mitigation Strategy:**')[1]!.split('**Verification:**')[0]!;
    expect(mitigation).not.toMatch(/restart|new address|<FAILOVER_COMMAND>/i);
    // The app's own variable for the bucket, in every step.
    expect(mitigation).toContain('aws s3api head-bucket --bucket "$AWS_STORAGE_BUCKET_NAME"');
    expect(mitigation).toContain('aws s3api list-object-versions --bucket "$AWS_STORAGE_BUCKET_NAME"');
    expect(mitigation).not.toContain('S3_BUCKET"');
    expect(mitigation).toContain('`<REPLICA_BUCKET>`');
    // Still a house-standard stub: markdownlint-clean and, once signed off, coverage for S3.
    const md = `# Plan\n\n${stub.markdown}`;
    expect(lint({ strings: { 'p.md': md }, config: { default: true } })['p.md']).toEqual([]);
    // Signing off means filling the placeholders too: with `<REPLICA_BUCKET>` left it is not coverage.
    const unfilled = md.replace(/<!-- paramedic:draft -->\n(> .*\n)+/, '');
    expect(computeCoverage(parsePlan(unfilled, 'p.md'), catalog()).coveredBy.get('aws-s3')).toBeUndefined();
    const leftovers = [...unfilled.matchAll(/<([A-Z][A-Z0-9_]{2,40})>/g)].map((m) => m[1]);
    expect(leftovers).toContain('REPLICA_BUCKET');
    const signed = unfilled.replace(/<([A-Z][A-Z0-9_]{2,40})>/g, (_all, name: string) => `acme-${name.toLowerCase()}`);
    expect(computeCoverage(parsePlan(signed, 'p.md'), catalog()).coveredBy.get('aws-s3')).toEqual(['Amazon S3 bucket unavailable or objects deleted']);
  });
});

describe('a Redis that holds a job queue', () => {
  it('gets a re-enqueue step naming the queue library; a plain cache client does not', () => {
    const queued = stubFor(dep('redis', null, [
      { path: 'package.json', line: 5, source: 'npm', detail: 'dependencies "bullmq" ^5.7.0' },
      { path: 'docker-compose.yml', line: 7, source: 'compose', detail: 'service "cache" image redis:7-alpine' },
    ]));
    expect(queued.markdown).toMatch(/\d\. Background jobs \(`bullmq`\) live in Redis: check that the workers reconnected,/);
    expect(queued.markdown).toContain('`<REQUEUE_COMMAND>`');
    const plain = stubFor(dep('redis', null, [{ path: 'package.json', line: 5, source: 'npm', detail: 'dependencies "ioredis" ^5.4.1' }]));
    expect(plain.markdown).not.toContain('Background jobs');
    // A Celery broker named in requirements is a queue too.
    const celery = stubFor(dep('redis', null, [{ path: 'requirements.txt', line: 2, source: 'pypi', detail: 'celery[redis]==5.3.6' }]));
    expect(celery.markdown).toContain('Background jobs (`celery`)');
  });
});
