// Synthetic sweep results for the dashboard's tests and `npm run bench`: envelopes as
// `paramedic org sweep` writes them (src/org/types.ts), with reports in the `check --json`
// contract. Deterministic for a seed, so a picture or a figure can be made again.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Services from Paramedic's catalog: id, name, category, tier. */
const SERVICES = [
  ['postgresql', 'PostgreSQL', 'database', 1], ['mysql', 'MySQL', 'database', 1], ['mongodb', 'MongoDB', 'database', 1],
  ['redis', 'Redis', 'cache', 2], ['memcached', 'Memcached', 'cache', 3], ['rabbitmq', 'RabbitMQ', 'queue', 1],
  ['kafka', 'Apache Kafka', 'queue', 1], ['aws-sqs', 'Amazon SQS', 'queue', 2], ['aws-s3', 'Amazon S3', 'storage', 1],
  ['gcs', 'Google Cloud Storage', 'storage', 1], ['elasticsearch', 'Elasticsearch', 'search', 2], ['algolia', 'Algolia', 'search', 3],
  ['auth0', 'Auth0', 'auth', 1], ['okta', 'Okta', 'auth', 1], ['keycloak', 'Keycloak', 'auth', 1], ['stripe', 'Stripe', 'payments', 1],
  ['adyen', 'Adyen', 'payments', 1], ['paypal', 'PayPal', 'payments', 2], ['sendgrid', 'SendGrid', 'email', 3], ['postmark', 'Postmark', 'email', 3],
  ['aws-ses', 'Amazon SES', 'email', 3], ['twilio', 'Twilio', 'sms', 2], ['openai', 'OpenAI API', 'ai-api', 2], ['anthropic', 'Anthropic API', 'ai-api', 2],
  ['pinecone', 'Pinecone', 'vector-db', 2], ['vercel', 'Vercel', 'hosting', 1], ['heroku', 'Heroku', 'hosting', 1], ['fly', 'Fly.io', 'hosting', 1],
  ['cloudflare', 'Cloudflare', 'cdn', 1], ['supabase', 'Supabase', 'backend-platform', 1], ['firebase', 'Firebase', 'backend-platform', 1],
  ['dynamodb', 'Amazon DynamoDB', 'database', 1], ['cassandra', 'Apache Cassandra', 'database', 1], ['clickhouse', 'ClickHouse', 'database', 2],
  ['nats', 'NATS', 'queue', 2], ['aws-sns', 'Amazon SNS', 'queue', 2], ['azure-blob', 'Azure Blob Storage', 'storage', 1],
  ['mailgun', 'Mailgun', 'email', 3], ['segment', 'Segment', 'analytics', 3], ['datadog', 'Datadog', 'monitoring', 3],
].map(([id, name, category, tier]) => ({ id, name, category, tier }));

const FINDING_RULES = [
  ['missing-steps', 'warning'], ['vague-steps', 'warning'], ['missing-impact', 'warning'], ['hardcoded-host', 'warning'],
  ['missing-script', 'error'], ['shellcheck/SC2086', 'notice'], ['markdownlint/MD022', 'notice'], ['hardcoded-secret', 'error'],
];

/** Product-like names for a small organisation; numbered names past them. */
const NAMES = [
  'checkout-api', 'billing', 'identity', 'storefront', 'search', 'notifications', 'ledger', 'inventory', 'shipping',
  'analytics-pipeline', 'media-uploads', 'support-desk', 'recommendations', 'partner-portal', 'fraud-detection', 'mobile-bff',
];

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `repositories` envelopes to `dir` and returns the listing the sweep would have
 * started from (every name, so a merge can tell a missing report).
 * Options: dependencies per repository (at most the catalog above; `vary` spreads the count
 * around it), the share of repositories that fail, the seed.
 */
export function writeSyntheticReports(dir, { repositories = 16, dependencies = 6, vary = false, failures = 0.04, seed = 16, organisation = 'acme' } = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const hex = (n) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  mkdirSync(dir, { recursive: true });
  const listed = [];
  const names = repositories <= NAMES.length ? NAMES.slice(0, repositories) : Array.from({ length: repositories }, (_, i) => `service-${String(i + 1).padStart(4, '0')}`);
  for (const [index, name] of names.entries()) {
    const fullName = `${organisation}/${name}`;
    const url = `https://github.com/${fullName}`;
    listed.push({ fullName, name, url, defaultBranch: 'main', archived: false, fork: false, visibility: 'private', topics: ['production'], pushedAt: '2026-11-30T12:00:00Z', sizeKb: 2048 });
    const commit = hex(40);
    const base = { kind: 'paramedic-sweep-result', version: 1, repository: { fullName, url, defaultBranch: 'main', commit }, checkedAt: '2026-12-01T06:17:00.000Z', durationMs: 900 };
    const file = path.join(dir, `${organisation}__${name}.json`);
    // Small organisations keep their failures where a reader sees them: one of each kind.
    const failure = repositories <= NAMES.length ? { 4: 'no-access', 11: 'timeout' }[index] : random() < failures ? pick(['no-access', 'empty', 'timeout', 'error']) : undefined;
    if (failure) {
      const reason = {
        'no-access': "git clone failed: remote: Repository not found. fatal: repository 'https://github.com/" + fullName + ".git/' not found",
        empty: 'the repository has no commits',
        timeout: 'not checked within 10 minutes',
        error: 'paramedic check exited 2: paramedic: .github/paramedic.yml: fail-on must be new-gaps, any-gap or never',
      }[failure];
      writeFileSync(file, `${JSON.stringify({ ...base, repository: { ...base.repository, commit: failure === 'no-access' ? null : commit }, status: failure, reason, plan: null, report: null }, null, 2)}\n`);
      continue;
    }
    const hasPlan = random() > 0.08;
    const doc = hasPlan ? pick(['DISASTER_RECOVERY.md', 'DISASTER_RECOVERY.md', 'docs/DISASTER_RECOVERY.md']) : null;
    const chosen = [...SERVICES].sort(() => random() - 0.5).slice(0, Math.max(1, Math.min(SERVICES.length, Math.round(dependencies * (vary ? 0.4 + random() * 1.2 : 1)))));
    const scenarios = [];
    const deps = chosen.map((svc) => {
      const covered = hasPlan && random() < 0.68;
      const title = `Scenario: ${svc.name} ${pick(['primary unavailable', 'data loss', 'outage', 'region failure'])}`;
      if (covered) scenarios.push({ title, line: 10 + scenarios.length * 24, covers: [svc.id] });
      const evidence = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const source = pick(['package.json', 'docker-compose.yml', '.env.example', 'infra/main.tf', 'requirements.txt']);
        return { path: source, line: 1 + Math.floor(random() * 80), source: source.split('/').pop(), detail: svc.id };
      });
      return { ...svc, provider: null, evidence, confidence: 'likely', covered, scenarios: covered ? [title] : [], change: 'unchanged' };
    });
    const findings = [];
    if (hasPlan && random() < 0.2) findings.push({ rule: 'stale-plan', severity: 'warning', path: doc, line: 3, message: `The plan was last updated 2024-0${1 + Math.floor(random() * 9)}-15, ${400 + Math.floor(random() * 400)} days ago (limit: 180).`, hint: 'Walk through every scenario.' });
    if (hasPlan) for (let i = Math.floor(random() * 5); i > 0; i--) {
      const [rule, severity] = pick(FINDING_RULES);
      findings.push({ rule, severity, path: doc, line: 10 + Math.floor(random() * 200), message: `${rule} in a scenario`, hint: 'Fix it.' });
    }
    const covered = deps.filter((d) => d.covered).length;
    const report = {
      mode: 'sweep',
      doc,
      dependencies: deps,
      scenarios,
      gaps: deps.filter((d) => !d.covered).map((d) => d.id),
      newGaps: [],
      existingGaps: [],
      coverage: { covered, total: deps.length, percent: deps.length ? Math.round((covered / deps.length) * 100) : 100 },
      providerChanges: [],
      notices: [],
      findings,
      verdict: findings.some((f) => f.severity === 'error') ? 'fail' : covered < deps.length || findings.length ? 'warn' : 'pass',
      warnings: [],
    };
    const plan = doc ? { path: doc, url: `${url}/blob/${commit}/${doc}` } : null;
    writeFileSync(file, `${JSON.stringify({ ...base, status: 'checked', plan, report }, null, 2)}\n`);
  }
  return {
    kind: 'paramedic-org-repositories',
    version: 1,
    organisation,
    listedAt: '2026-12-01T06:15:00.000Z',
    filters: { topics: ['production'], names: [], archived: 'exclude', forks: 'exclude', limit: 0 },
    listed: listed.length,
    leftOut: { archived: 0, forks: 0, topics: 0, names: 0, limit: 0 },
    repositories: listed,
  };
}
