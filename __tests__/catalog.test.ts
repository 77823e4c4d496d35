import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinRulesDir, loadBuiltinRules, loadCatalog, makeCatalog, ruleFromObject } from '../src/catalog/load.js';
import { parseRule } from '../src/catalog/rule-file.js';
import { Matcher, resolveDependencies } from '../src/catalog/match.js';
import type { Rule } from '../src/catalog/types.js';
import type { Ecosystem, Signal, SignalKind } from '../src/discover/types.js';
import { REPO_ROOT, cleanupTempDirs, tempDir, writeTree } from './helpers/repo.js';

afterAll(cleanupTempDirs);

const REQUIRED_IDS = [
  'postgresql', 'mysql', 'mariadb', 'mongodb', 'redis', 'memcached', 'elasticsearch', 'opensearch', 'meilisearch',
  'kafka', 'rabbitmq', 'nats', 'aws-sqs', 'aws-sns', 'aws-s3', 'gcs', 'azure-blob', 'minio', 'dynamodb', 'cassandra',
  'clickhouse', 'supabase', 'firebase', 'auth0', 'clerk', 'okta', 'aws-cognito', 'keycloak', 'google-oauth', 'stripe',
  'paypal', 'braintree', 'sendgrid', 'postmark', 'mailgun', 'aws-ses', 'resend', 'twilio', 'openai', 'anthropic',
  'huggingface', 'pinecone', 'algolia', 'vercel', 'netlify', 'railway', 'heroku', 'fly', 'render', 'cloudflare',
];

const rules = loadBuiltinRules();
const catalog = makeCatalog(rules);
const matcher = new Matcher(catalog);

function signal(kind: SignalKind, name: string, extra: Partial<Signal> = {}): Signal {
  return { kind, name, path: 'sample', line: 1, source: kind, detail: name, ...extra };
}
const pkg = (ecosystem: Ecosystem, name: string): Signal => signal('package', name, { ecosystem });

/** The dependencies a list of signals resolves to, as `id` or `id@provider`. */
function resolve(...signals: Signal[]): string[] {
  return resolveDependencies(signals, matcher).map((d) => (d.provider ? `${d.id}@${d.provider}` : d.id));
}

/** A concrete name a glob pattern accepts: `STRIPE_*` becomes `STRIPE_X`. */
const sample = (pattern: string): string => pattern.replace(/\*/g, 'X');

describe('built-in catalog', () => {
  it('has every required id, each in a file named after it', () => {
    const ids = rules.map((r) => r.id);
    for (const id of REQUIRED_IDS) expect(ids, id).toContain(id);
    for (const rule of rules) expect(rule.origin).toBe(`rules/${rule.id}.yml`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every rule aliases, at least one signal, and written recovery needs', () => {
    const dir = builtinRulesDir();
    for (const rule of rules) {
      const raw = parse(readFileSync(path.join(dir, `${rule.id}.yml`), 'utf8')) as { recovery: Record<string, unknown> };
      expect(rule.aliases.length, rule.id).toBeGreaterThan(0);
      const s = rule.signals;
      const count = Object.values(s.packages ?? {}).flat().length + [s.env, s.urlSchemes, s.images, s.terraform, s.terraformModules, s.helm, s.prisma, s.platform]
        .reduce((n, list) => n + (list?.length ?? 0), 0);
      expect(count, rule.id).toBeGreaterThan(0);
      // Written out, not the loader's defaults.
      expect(typeof raw.recovery.failure, rule.id).toBe('string');
      expect(typeof raw.recovery.impact, rule.id).toBe('string');
      expect(typeof raw.recovery.managed, rule.id).toBe('boolean');
      expect(rule.recovery.verify?.length ?? 0, rule.id).toBeGreaterThanOrEqual(1);
      expect(rule.recovery.verify!.length, rule.id).toBeLessThanOrEqual(3);
      if (rule.recovery.statusPage) expect(rule.recovery.statusPage, rule.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+(\/[\w/.-]*)?$/);
    }
  });

  it('gives a status page to every managed service but the two without a known one', () => {
    const managedWithout = rules.filter((r) => r.recovery.managed && !r.recovery.statusPage).map((r) => r.id);
    expect(managedWithout).toEqual(['lemonsqueezy', 'paddle']);
  });

  it('never puts a literal password or internal host in a verify check', () => {
    for (const rule of rules) {
      for (const check of rule.recovery.verify ?? []) {
        expect(check, rule.id).not.toMatch(/password=|:\/\/[^$"\s]*@|localhost|127\.0\.0\.1/i);
      }
    }
  });

  it('never maps generic names', () => {
    const env = rules.flatMap((r) => (r.signals.env ?? []).map((p) => p.name));
    for (const generic of ['DATABASE_URL', 'API_KEY', 'SECRET_KEY', 'HOST', 'PORT', 'REDIS_HOST', 'AWS_BUCKET', 'GOOGLE_API_KEY']) {
      expect(env).not.toContain(generic);
    }
    const npm = rules.flatMap((r) => (r.signals.packages?.npm ?? []).map((p) => p.name));
    for (const umbrella of ['prisma', '@prisma/client', 'sequelize', 'typeorm', 'knex', 'drizzle-orm', 'aws-sdk', 'next-auth', 'wrangler', 'langchain', 'ai']) {
      expect(npm).not.toContain(umbrella);
    }
  });

  it('shares aliases between rules only where one word names both (RDS and Aurora host several engines)', () => {
    const owners = new Map<string, string[]>();
    for (const rule of rules) {
      for (const alias of rule.aliases) owners.set(alias.toLowerCase(), [...(owners.get(alias.toLowerCase()) ?? []), rule.id]);
    }
    const shared = Object.fromEntries([...owners].filter(([, ids]) => ids.length > 1).sort(([a], [b]) => a.localeCompare(b)));
    expect(shared).toEqual({
      aurora: ['mysql', 'postgresql'],
      'cloud sql': ['mysql', 'postgresql'],
      mariadb: ['mariadb', 'mysql'],
      mysql: ['mariadb', 'mysql'],
      mysqldump: ['mariadb', 'mysql'],
      rds: ['mariadb', 'mysql', 'postgresql'],
    });
  });

  it('keeps everyday words out of aliases', () => {
    const aliases = rules.flatMap((r) => r.aliases.map((a) => a.toLowerCase()));
    for (const word of ['render', 'fly', 'resend', 'database', 'cache', 'queue', 'storage', 'email', 'sentinel', 'replica set']) {
      expect(aliases).not.toContain(word);
    }
  });
});

describe('signal ownership', () => {
  /** Every pattern of every rule, as a concrete signal the pattern accepts. */
  function ownSignals(rule: Rule): Signal[] {
    const out: Signal[] = [];
    for (const [eco, list] of Object.entries(rule.signals.packages ?? {}) as Array<[Ecosystem, Array<{ name: string }>]>) {
      for (const p of list) out.push(pkg(eco, sample(p.name)));
    }
    const kinds: Array<[SignalKind, Array<{ name: string; engine?: string[] }> | undefined]> = [
      ['env', rule.signals.env], ['url-scheme', rule.signals.urlSchemes], ['image', rule.signals.images],
      ['helm-chart', rule.signals.helm], ['prisma', rule.signals.prisma], ['platform', rule.signals.platform],
      ['terraform-module', rule.signals.terraformModules],
    ];
    for (const [kind, list] of kinds) {
      for (const p of list ?? []) {
        if (p.engine) for (const engine of p.engine) out.push(signal(kind, sample(p.name), { engine: sample(engine) }));
        else out.push(signal(kind, sample(p.name)));
      }
    }
    for (const t of rule.signals.terraform ?? []) {
      if (t.engine) for (const engine of t.engine) out.push(signal('terraform', sample(t.type), { engine: sample(engine) }));
      else out.push(signal('terraform', sample(t.type)));
    }
    return out;
  }

  it('lets no two rules claim the same package, variable, image or resource', () => {
    const claimedTwice: string[] = [];
    for (const rule of rules) {
      for (const s of ownSignals(rule)) {
        const ids = [...new Set(matcher.match(s).map((e) => e.rule.id))];
        expect(ids, `${rule.id}: ${s.kind} ${s.name}`).toContain(rule.id);
        if (ids.length > 1) claimedTwice.push(`${s.kind}${s.ecosystem ? `/${s.ecosystem}` : ''} ${s.name}${s.engine ? `(${s.engine})` : ''}: ${ids.sort().join(', ')}`);
      }
    }
    expect(claimedTwice).toEqual([]);
  });
});

describe('sample signals', () => {
  it.each([
    [pkg('npm', '@aws-sdk/client-s3'), 'aws-s3'],
    [pkg('npm', '@neondatabase/serverless'), 'postgresql@neon'],
    [pkg('npm', 'mongoose'), 'mongodb'],
    [pkg('npm', '@anthropic-ai/bedrock-sdk'), 'anthropic@aws-bedrock'],
    [pkg('pypi', 'celery[redis]'), 'redis'],
    [pkg('pypi', 'Django_Redis'), 'redis'],
    [pkg('pypi', 'psycopg[binary]'), 'postgresql'],
    [pkg('pypi', 'SQLAlchemy[postgresql_asyncpg]'), 'postgresql'],
    [pkg('pypi', 'django-storages[s3]'), 'aws-s3'],
    [pkg('pypi', 'django-storages[google]'), 'gcs'],
    [pkg('go', 'github.com/jackc/pgx/v5'), 'postgresql'],
    [pkg('go', 'github.com/redis/go-redis/v9'), 'redis'],
    [pkg('go', 'github.com/aws/aws-sdk-go-v2/service/sqs'), 'aws-sqs'],
    [pkg('maven', 'org.postgresql:postgresql'), 'postgresql'],
    [pkg('maven', 'org.springframework.kafka:spring-kafka'), 'kafka'],
    [pkg('cargo', 'sqlx[postgres]'), 'postgresql'],
    [pkg('cargo', 'sqlx[mysql]'), 'mysql'],
    [pkg('gem', 'sidekiq'), 'redis'],
    [pkg('composer', 'predis/predis'), 'redis'],
    [signal('image', 'bitnami/kafka'), 'kafka'],
    [signal('image', 'valkey/valkey'), 'redis'],
    [signal('image', 'elasticsearch/elasticsearch'), 'elasticsearch'],
    [signal('terraform', 'aws_rds_cluster', { engine: 'aurora-postgresql' }), 'postgresql@aws-aurora'],
    [signal('terraform', 'aws_rds_cluster', { engine: 'aurora-mysql' }), 'mysql@aws-aurora'],
    [signal('terraform', 'aws_db_instance', { engine: 'mariadb' }), 'mariadb@aws-rds'],
    [signal('terraform', 'aws_db_instance', { engine: 'sqlserver-se' }), 'sqlserver@aws-rds'],
    [signal('terraform', 'google_sql_database_instance', { engine: 'postgres_15' }), 'postgresql@gcp-cloud-sql'],
    [signal('terraform', 'google_sql_database_instance', { engine: 'mysql_8_0' }), 'mysql@gcp-cloud-sql'],
    [signal('terraform', 'aws_elasticache_cluster', { engine: 'memcached' }), 'memcached@aws-elasticache'],
    [signal('terraform', 'aws_elasticache_replication_group'), 'redis@aws-elasticache'],
    [signal('terraform', 'cloudflare_record'), 'cloudflare'],
    [signal('terraform-module', 'terraform-aws-modules/rds/aws', { engine: 'postgres' }), 'postgresql@aws-rds'],
    [signal('terraform-module', 'terraform-aws-modules/elasticache/aws', { engine: 'valkey' }), 'redis@aws-elasticache'],
    [signal('env', 'STRIPE_SECRET_KEY'), 'stripe'],
    [signal('env', 'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY'), 'stripe'],
    [signal('env', 'AZURE_OPENAI_API_KEY'), 'openai@azure-openai'],
    [signal('env', 'OPENAI_API_KEY'), 'openai'],
    [signal('env', 'UPSTASH_REDIS_REST_URL'), 'redis@upstash'],
    [signal('env', 'GOOGLE_CLIENT_ID'), 'google-oauth'],
    [signal('prisma', 'mongodb'), 'mongodb'],
    [signal('url-scheme', 'postgresql+psycopg2'), 'postgresql'],
    [signal('url-scheme', 'mongodb+srv'), 'mongodb'],
    [signal('url-scheme', 'amqps'), 'rabbitmq'],
    [signal('helm-chart', 'postgresql'), 'postgresql'],
    [signal('platform', 'heroku-postgresql'), 'postgresql@heroku'],
    [signal('platform', 'k8s:postgresql.cnpg.io/Cluster'), 'postgresql'],
    [signal('platform', 'k8s:kafka.strimzi.io/Kafka'), 'kafka'],
    [signal('platform', 'cfn:AWS::SQS::Queue'), 'aws-sqs'],
    [signal('platform', 'fly'), 'fly'],
  ])('%o proves %s', (input, expected) => {
    expect(resolve(input)).toEqual([expected]);
  });

  it.each([
    pkg('npm', 'sequelize'), pkg('npm', 'typeorm'), pkg('npm', 'knex'), pkg('npm', 'prisma'), pkg('npm', 'aws-sdk'),
    pkg('npm', 'next-auth'), pkg('npm', 'google-auth-library'), pkg('npm', '@google-cloud/common'), pkg('npm', 'wrangler'),
    pkg('pypi', 'boto3'), pkg('pypi', 's3transfer'), pkg('pypi', 'sqlalchemy'), pkg('pypi', 'celery'), pkg('pypi', 'transformers'),
    pkg('pypi', 'pyodbc'), pkg('cargo', 'sqlx'), pkg('go', 'github.com/aws/aws-sdk-go'), pkg('maven', 'com.auth0:java-jwt'),
    pkg('gem', 'pay'), pkg('composer', 'laravel/scout'),
    // a bracketed name is literal: `celeryr` is not `celery[redis]`
    pkg('pypi', 'celeryr'),
    signal('env', 'DATABASE_URL'), signal('env', 'API_KEY'), signal('env', 'SECRET_KEY'), signal('env', 'HOST'),
    signal('env', 'REDIS_HOST'), signal('env', 'MEMCACHED_HOST'), signal('env', 'AWS_BUCKET'), signal('env', 'OTP_RESEND_DELAY'),
    signal('env', 'GOOGLE_API_KEY'), signal('env', 'HF_HOME'), signal('env', 'PUBSUB_TOPIC'),
    signal('url-scheme', 'https'), signal('image', 'nginx'), signal('image', 'localstack/localstack'),
    signal('terraform', 'aws_db_instance'), signal('terraform', 'aws_db_instance', { engine: 'oracle-ee' }),
    signal('terraform', 'azurerm_storage_account'), signal('terraform', 'aws_mq_broker'),
    signal('terraform-module', 'terraform-aws-modules/rds/aws'), signal('platform', 'serverless'),
  ])('%o proves nothing', (input) => {
    expect(resolve(input)).toEqual([]);
  });

  it('reads DATABASE_URL through the scheme of its value, not its name', () => {
    const name = signal('env', 'DATABASE_URL', { path: '.env.example', line: 3 });
    const scheme = signal('url-scheme', 'postgres', { path: '.env.example', line: 3, detail: 'DATABASE_URL (postgres:// URL)' });
    expect(resolve(name)).toEqual([]);
    const [dep] = resolveDependencies([name, scheme], matcher);
    expect(dep?.id).toBe('postgresql');
    expect(dep?.evidence).toEqual([{ path: '.env.example', line: 3, source: 'url-scheme', detail: 'DATABASE_URL (postgres:// URL)' }]);
  });

  it('counts an extra and its base package once', () => {
    const deps = resolveDependencies([pkg('pypi', 'anthropic[bedrock]')], matcher);
    expect(deps.map((d) => [d.id, d.provider, d.evidence.length])).toEqual([['anthropic', 'aws-bedrock', 1]]);
  });
});

describe('user rules folder', () => {
  it('overrides a built-in rule, disables another, adds a new one and reports a broken file', async () => {
    const dir = tempDir('paramedic-rules-');
    writeTree(dir, {
      'redis.yml': ['id: redis', 'name: Session store', 'category: cache', 'tier: 1', 'aliases: [redis]', 'signals:', '  npm: [ioredis]'].join('\n'),
      'stripe.yml': 'id: stripe\ndisabled: true\n',
      'ledger.yml': ['id: ledger', 'name: Ledger API', 'category: payments', 'aliases: [ledger]', 'signals:', '  env: [LEDGER_TOKEN]'].join('\n'),
      'broken.yml': 'id: broken\nname: [unclosed\n',
    });
    const warnings: string[] = [];
    const userCatalog = await loadCatalog(dir, (m) => warnings.push(m));
    const redis = userCatalog.byId.get('redis')!;
    expect([redis.name, redis.tier]).toEqual(['Session store', 1]);
    expect(redis.origin.endsWith('redis.yml') && !redis.origin.startsWith('rules/')).toBe(true);
    expect(userCatalog.byId.has('stripe')).toBe(false);
    expect(userCatalog.byId.get('ledger')?.tier).toBe(2);
    expect(userCatalog.rules.length).toBe(rules.length); // -stripe +ledger
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/broken\.yml:\d+: /);

    const userMatcher = new Matcher(userCatalog);
    const ids = (s: Signal[]) => resolveDependencies(s, userMatcher).map((d) => d.id);
    // the override replaces the built-in signals: `redis` (npm) no longer matches, ioredis does
    expect(ids([pkg('npm', 'redis'), signal('env', 'STRIPE_SECRET_KEY'), signal('env', 'LEDGER_TOKEN')])).toEqual(['ledger']);
    expect(ids([pkg('npm', 'ioredis')])).toEqual(['redis']);
  });

  it('warns and keeps the built-in catalog when the folder does not exist', async () => {
    const warnings: string[] = [];
    const userCatalog = await loadCatalog(path.join(tempDir(), 'missing'), (m) => warnings.push(m));
    expect(userCatalog.rules.length).toBe(rules.length);
    expect(warnings).toEqual([expect.stringContaining('not found')]);
  });

  it('rejects an engine on a signal kind that has none', () => {
    expect(() => parseRule('id: x\nname: X\ncategory: cache\nsignals:\n  images: [{name: x, engine: [y]}]\n', 'x.yml')).toThrow(/x\.yml: signals\.images entries take no engine/);
  });

  it('names the file of a rule whose alias has no anchor', () => {
    expect(() => parseRule('id: x\nname: X\ncategory: cache\naliases: *nowhere\n', 'mine/x.yml')).toThrow(/^mine\/x\.yml: .*alias/i);
  });
});

it('ships only rule files in rules/', () => {
  const files = readdirSync(builtinRulesDir());
  expect(files.every((f) => f.endsWith('.yml'))).toBe(true);
  expect(files.length).toBe(rules.length);
});

describe('the bundle\'s precompiled catalog', () => {
  it('dist/catalog.json holds exactly the rules/ folder, each entry a valid rule', () => {
    const dist = JSON.parse(readFileSync(path.join(REPO_ROOT, 'dist', 'catalog.json'), 'utf8')) as Record<string, unknown>;
    const files = readdirSync(path.join(REPO_ROOT, 'rules')).filter((n) => n.endsWith('.yml')).sort();
    expect(Object.keys(dist)).toEqual(files.map((f) => `rules/${f}`));
    for (const file of files) {
      const fromYaml = parseRule(readFileSync(path.join(REPO_ROOT, 'rules', file), 'utf8'), `rules/${file}`);
      expect(ruleFromObject(dist[`rules/${file}`], `rules/${file}`)).toEqual(fromYaml);
    }
  });
});

describe('the catalog order', () => {
  const byLocale = (ids: string[]): string[] => [...ids].sort((a, b) => a.localeCompare(b));
  const withIds = (ids: string[]): Rule[] => ids.map((id) => ({ ...rules[0]!, id }));

  it('lists the built-in rules as localeCompare orders their ids (sorted without ICU at start-up)', () => {
    const ids = makeCatalog([...rules].reverse()).rules.map((r) => r.id);
    expect(ids).toEqual(byLocale(rules.map((r) => r.id)));
  });

  it('orders plain ids with hyphens and digits as localeCompare does', () => {
    const ids = ['a-b', 'ab', 'a1', 'a-', 'a', 'a0b', 'a-1', 'aa', 'a--b', '9z', 'z9', '-a', 'aws-s3', 'awss3', 'aws3'];
    expect(makeCatalog(withIds(ids)).rules.map((r) => r.id)).toEqual(byLocale(ids));
  });

  it("a user's rule with capitals or accents keeps localeCompare's order for the whole catalog", () => {
    const ids = ['Redis-cluster', 'postgresql', 'élan', 'zeta', 'Alpha', 'beta'];
    expect(makeCatalog(withIds(ids)).rules.map((r) => r.id)).toEqual(byLocale(ids));
  });
});
