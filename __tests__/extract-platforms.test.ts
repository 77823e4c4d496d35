import { afterAll, describe, expect, it } from 'vitest';
import { firebaseJson } from '../src/discover/extractors/firebase-json.js';
import { flyToml } from '../src/discover/extractors/fly-toml.js';
import { herokuAppJson } from '../src/discover/extractors/heroku-app-json.js';
import { netlifyToml } from '../src/discover/extractors/netlify-toml.js';
import { procfile } from '../src/discover/extractors/procfile.js';
import { railwayConfig } from '../src/discover/extractors/railway-config.js';
import { renderYaml } from '../src/discover/extractors/render-yaml.js';
import { serverlessYml } from '../src/discover/extractors/serverless-yml.js';
import { supabaseConfig } from '../src/discover/extractors/supabase-config.js';
import { vercelJson } from '../src/discover/extractors/vercel-json.js';
import { extractorsFor } from '../src/discover/scan.js';
import { brief, extractOne } from './helpers/extract.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { evidenceById, ids, scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

const lines = (...rows: string[]): string => rows.join('\n');

describe('which files the platform extractors claim', () => {
  it('claims each config by its exact name and nothing that only looks alike', () => {
    const claimedBy = (path: string): string[] => extractorsFor(path).map((e) => e.id).filter((id) => id !== 'kubernetes');
    expect(claimedBy('vercel.json')).toEqual(['vercel']);
    expect(claimedBy('apps/web/netlify.toml')).toEqual(['netlify']);
    expect(claimedBy('fly.toml')).toEqual(['fly']);
    expect(claimedBy('railway.json')).toEqual(['railway']);
    expect(claimedBy('railway.toml')).toEqual(['railway']);
    expect(claimedBy('render.yaml')).toEqual(['render']);
    expect(claimedBy('app.json')).toEqual(['heroku']);
    expect(claimedBy('Procfile')).toEqual(['procfile']);
    expect(claimedBy('serverless.yml')).toEqual(['serverless']);
    expect(claimedBy('services/api/serverless.yaml')).toEqual(['serverless']);
    expect(claimedBy('firebase.json')).toEqual(['firebase']);
    expect(claimedBy('supabase/config.toml')).toEqual(['supabase']);
    for (const lookalike of ['Procfile.dev', 'vercel.json.bak', 'config.toml', 'infra/config.toml', 'fly.production.toml', 'render.yml.example']) {
      expect(claimedBy(lookalike)).toEqual([]);
    }
  });
});

describe('vercel.json', () => {
  it('proves Vercel at the first key and reads env names, never values', async () => {
    const { signals, warnings } = await extractOne(vercelJson, 'vercel.json', lines(
      '{',
      '  "$schema": "https://openapi.vercel.sh/vercel.json",',
      '  "env": { "DATABASE_URL": "postgres://app:hunter2@db.internal:5432/app" },',
      '  "build": {',
      '    "env": {',
      '      "STRIPE_SECRET_KEY": "@stripe-secret"',
      '    }',
      '  }',
      '}',
    ));
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual(['platform:vercel@2', 'env:DATABASE_URL@3', 'url-scheme:postgres@3', 'env:STRIPE_SECRET_KEY@6']);
    expect(JSON.stringify(signals)).not.toMatch(/hunter2|db\.internal|stripe-secret/);
    expect(signals[1]!.detail).toBe('env DATABASE_URL');
  });

  it('puts an empty config at line 1, and a syntax error is a warning with its line', async () => {
    expect(brief((await extractOne(vercelJson, 'vercel.json', '{}')).signals)).toEqual(['platform:vercel@1']);
    const broken = await extractOne(vercelJson, 'vercel.json', '{\n  "rewrites": [\n    { "source": "/a" \n    { "source": "/b" }\n  ]\n}');
    expect(broken.signals).toEqual([]);
    expect(broken.warnings).toEqual([{ path: 'vercel.json', line: 4, message: 'invalid JSON: comma expected' }]);
    const array = await extractOne(vercelJson, 'vercel.json', '[1]');
    expect(array).toEqual({ signals: [], warnings: [{ path: 'vercel.json', line: 1, message: 'vercel.json is not a JSON object' }] });
  });
});

describe('netlify.toml', () => {
  it('proves Netlify at the first content line; production variables are prod, other contexts dev', async () => {
    const { signals, warnings } = await extractOne(netlifyToml, 'netlify.toml', lines(
      '# Netlify settings',
      '',
      '[build]',
      '  command = """',
      'API_KEY = "not a key, part of the command"',
      '"""',
      '  publish = "dist"',
      '',
      '[build.environment]',
      '  NODE_VERSION = "20"',
      '',
      '[context.production.environment]',
      '  REDIS_URL = "rediss://default:pw@cache.example.com:6380"',
      '',
      '[context.deploy-preview.environment]',
      '  STRIPE_PUBLIC_KEY = "pk_test_123"',
    ));
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'platform:netlify@3',
      'env:NODE_VERSION@10',
      'env:REDIS_URL@13',
      'url-scheme:rediss@13',
      'env:STRIPE_PUBLIC_KEY@16/dev',
    ]);
    expect(JSON.stringify(signals)).not.toMatch(/pw@|cache\.example|pk_test/);
  });

  it('reports a TOML syntax error with its line and yields nothing', async () => {
    const { signals, warnings } = await extractOne(netlifyToml, 'netlify.toml', '[build]\ncommand = "npm run build"\n[build.environment\nX = "1"');
    expect(signals).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ path: 'netlify.toml', line: 3 });
    expect(warnings[0]!.message).toMatch(/^invalid TOML: /);
    expect(warnings[0]!.message).not.toContain('npm run build');
  });
});

describe('fly.toml', () => {
  it('proves Fly at the app line and reads [env] names', async () => {
    const { signals, warnings } = await extractOne(flyToml, 'fly.toml', lines(
      '# fly.toml app configuration file generated for shop',
      'primary_region = "ams"',
      'app = "shop-api"',
      '',
      '[env]',
      '  PORT = "8080"',
      '  "LOG_LEVEL" = "info"',
      '',
      '[[services]]',
      '  internal_port = 8080',
    ));
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual(['platform:fly@3', 'env:PORT@6', 'env:LOG_LEVEL@7']);
    expect(signals[0]!.detail).toBe('Fly app "shop-api"');
  });

  it('falls back to the first content line without an app key, and to the table line for inline tables', async () => {
    const { signals } = await extractOne(flyToml, 'fly.toml', '\n# comment\nkill_signal = "SIGINT"\nenv = { PORT = "8080" }\n');
    expect(brief(signals)).toEqual(['platform:fly@3', 'env:PORT@4']);
  });
});

describe('railway.json and railway.toml', () => {
  it('proves Railway in either format', async () => {
    const json = await extractOne(railwayConfig, 'railway.json', '{\n  "$schema": "https://railway.com/railway.schema.json",\n  "deploy": { "startCommand": "npm start" }\n}');
    expect(brief(json.signals)).toEqual(['platform:railway@2']);
    const toml = await extractOne(railwayConfig, 'api/railway.toml', '\n[build]\nbuilder = "NIXPACKS"\n\n[deploy]\nstartCommand = "npm start"\n');
    expect(brief(toml.signals)).toEqual(['platform:railway@2']);
    const broken = await extractOne(railwayConfig, 'railway.toml', '[deploy]\nstartCommand = \n');
    expect(broken.signals).toEqual([]);
    expect(broken.warnings[0]).toMatchObject({ path: 'railway.toml', line: 2 });
  });
});

describe('render.yaml', () => {
  const BLUEPRINT = lines(
    'services:',
    '  - type: web',
    '    name: api',
    '    runtime: node',
    '    envVars:',
    '      - key: DATABASE_URL',
    '        fromDatabase:',
    '          name: shop-db',
    '          property: connectionString',
    '      - key: SESSION_URL',
    '        value: redis://:secretpw@sessions:6379',
    '      - fromGroup: shared',
    '  - type: keyvalue',
    '    name: cache',
    '    ipAllowList: []',
    '  - type: redis',
    '    name: legacy-cache',
    '    ipAllowList: []',
    '  - type: worker',
    '    name: redis-worker',
    'databases:',
    '  - name: shop-db',
    '    postgresMajorVersion: "16"',
    'envVarGroups:',
    '  - name: shared',
    '    envVars:',
    '      - key: STRIPE_SECRET_KEY',
    '        sync: false',
  );

  it('proves Render and each Postgres and Key Value it declares, with env names', async () => {
    const { signals, warnings } = await extractOne(renderYaml, 'render.yaml', BLUEPRINT);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'platform:render@1',
      'platform:render-postgres@22',
      'env:DATABASE_URL@6',
      'env:SESSION_URL@10',
      'url-scheme:redis@10',
      'platform:render-redis@13',
      'platform:render-redis@16',
      'env:STRIPE_SECRET_KEY@27',
    ]);
    expect(signals.find((s) => s.name === 'render-postgres')).toMatchObject({ detail: 'database "shop-db"', version: '16' });
    expect(JSON.stringify(signals)).not.toContain('secretpw');
  });

  it('warns with the line of a YAML error and when the file is not a mapping', async () => {
    const broken = await extractOne(renderYaml, 'render.yaml', 'services:\n  - type: web\n    name: [api\n');
    expect(broken.signals).toEqual([]);
    expect(broken.warnings).toHaveLength(1);
    expect(broken.warnings[0]!.message).toMatch(/^invalid YAML/);
    expect(broken.warnings[0]!.line).toBeGreaterThanOrEqual(3);
    const list = await extractOne(renderYaml, 'render.yaml', '\n- web\n');
    expect(list).toEqual({ signals: [], warnings: [{ path: 'render.yaml', line: 2, message: 'a Render Blueprint is a YAML mapping' }] });
  });
});

describe('Heroku app.json', () => {
  it('reads add-ons as strings or plan objects, env names, and test/review environments as dev', async () => {
    const { signals, warnings } = await extractOne(herokuAppJson, 'app.json', lines(
      '{',
      '  "name": "shop",',
      '  "env": {',
      '    "SECRET_KEY_BASE": { "description": "Rails secret", "generator": "secret" },',
      '    "MEMCACHE_URL": "memcache://cache:11211"',
      '  },',
      '  "addons": [',
      '    "heroku-postgresql:essential-0",',
      '    { "plan": "heroku-redis:mini", "as": "CACHE" },',
      '    { "options": {} },',
      '    "papertrail"',
      '  ],',
      '  "environments": {',
      '    "test": { "addons": ["heroku-postgresql:in-dyno"], "env": { "CI_TOKEN": "x" } }',
      '  }',
      '}',
    ));
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'platform:heroku@7',
      'platform:heroku-postgresql@8',
      'platform:heroku-redis@9',
      'platform:papertrail@11',
      'env:SECRET_KEY_BASE@4',
      'env:MEMCACHE_URL@5',
      'url-scheme:memcache@5',
      'platform:heroku-postgresql@14/dev',
      'env:CI_TOKEN@14/dev',
    ]);
    expect(signals[1]!.detail).toBe('addons "heroku-postgresql:essential-0"');
  });

  it('accepts a manifest proven by env alone only when every key is in Heroku\'s schema', async () => {
    const heroku = await extractOne(herokuAppJson, 'app.json', '{\n  "name": "bot",\n  "env": { "BOT_TOKEN": { "required": true } }\n}');
    expect(brief(heroku.signals)).toEqual(['platform:heroku@3', 'env:BOT_TOKEN@3']);
    const other = await extractOne(herokuAppJson, 'app.json', '{"name": "bot", "port": 3000, "env": {"BOT_TOKEN": "x"}}');
    expect(other.signals).toEqual([]);
  });

  it('ignores Expo, React Native and Dokku app.json files', async () => {
    const expo = await extractOne(herokuAppJson, 'app.json', lines(
      '{',
      '  "expo": {',
      '    "name": "shop",',
      '    "plugins": ["expo-router"],',
      '    "extra": { "eas": { "projectId": "abc" } }',
      '  },',
      '  "env": { "API_URL": "https://api.example.com" }',
      '}',
    ));
    expect(expo).toEqual({ signals: [], warnings: [] });
    const reactNative = await extractOne(herokuAppJson, 'app.json', '{"name": "Shop", "displayName": "Shop"}');
    expect(reactNative).toEqual({ signals: [], warnings: [] });
    const dokku = await extractOne(herokuAppJson, 'app.json', '{"scripts": {"dokku": {"predeploy": "make migrate"}}, "healthchecks": {"web": []}, "formation": {"web": {"quantity": 1}}}');
    expect(dokku).toEqual({ signals: [], warnings: [] });
  });

  it('warns on a malformed app.json without throwing', async () => {
    const { signals, warnings } = await extractOne(herokuAppJson, 'app.json', '{\n  "addons": ["heroku-redis"\n  "env": {}\n}');
    expect(signals).toEqual([]);
    expect(warnings).toEqual([{ path: 'app.json', line: 3, message: 'invalid JSON: comma expected' }]);
  });
});

describe('Procfile', () => {
  it('proves Heroku at the first declaration, naming process types but never commands', async () => {
    const { signals, warnings } = await extractOne(procfile, 'Procfile', lines(
      '# processes',
      'web: DATABASE_PASSWORD=hunter2 bundle exec puma -C config/puma.rb',
      'this line is broken',
      'release: bin/rails db:migrate',
    ));
    expect(brief(signals)).toEqual(['platform:heroku@2']);
    expect(signals[0]!.detail).toBe('Procfile process types web, release');
    expect(JSON.stringify(signals)).not.toContain('hunter2');
    expect(warnings).toEqual([{ path: 'Procfile', line: 3, message: 'Procfile line is not "<process type>: <command>"' }]);
  });

  it('gives nothing for an empty Procfile', async () => {
    expect(await extractOne(procfile, 'Procfile', '\n# nothing yet\n')).toEqual({ signals: [], warnings: [] });
  });
});

describe('serverless.yml', () => {
  const SERVERLESS = lines(
    'service: orders',
    'provider:',
    '  name: aws',
    '  environment:',
    '    QUEUE_URL: !Ref OrdersQueue',
    '    TABLE_NAME: ${self:service}-${sls:stage}',
    'functions:',
    '  worker:',
    '    handler: src/worker.handler',
    '    environment:',
    '      TOPIC_ARN: !Join [":", ["arn:aws:sns", !Ref AWS::Region, "topic"]]',
    'resources:',
    '  Conditions:',
    '    IsProd: !Equals [!Ref Stage, prod]',
    '  Resources:',
    '    OrdersQueue:',
    '      Type: AWS::SQS::Queue',
    '      Properties:',
    '        QueueName: !Sub "${AWS::StackName}-orders"',
    '        RedrivePolicy:',
    '          deadLetterTargetArn: !GetAtt DeadLetters.Arn',
    '    DeadLetters:',
    '      Type: "AWS::SQS::Queue"',
    '      Condition: IsProd',
    '      Properties:',
    '        Tags: !If',
    '          - IsProd',
    '          - [{Key: env, Value: prod}]',
    '          - !Ref AWS::NoValue',
    '    Seeder:',
    '      Type: Custom::Seeder',
    '    Orders:',
    '      Type: AWS::DynamoDB::Table',
    '      Properties: !Transform {Name: "AWS::Include", Parameters: {Location: s3://bucket/t.yml}}',
    '    Dynamic:',
    '      Type: !Ref ResourceType',
  );

  it('parses CloudFormation intrinsic tags and reads env names and resource types with their lines', async () => {
    const { signals, warnings } = await extractOne(serverlessYml, 'serverless.yml', SERVERLESS);
    expect(warnings).toEqual([]);
    expect(brief(signals)).toEqual([
      'env:QUEUE_URL@5',
      'env:TABLE_NAME@6',
      'env:TOPIC_ARN@11',
      'platform:cfn:AWS::SQS::Queue@17',
      'platform:cfn:AWS::SQS::Queue@23',
      'platform:cfn:Custom::Seeder@31',
      'platform:cfn:AWS::DynamoDB::Table@33',
    ]);
    expect(signals[3]!.detail).toBe('resource "OrdersQueue" AWS::SQS::Queue');
  });

  it('reads resources given as a list of blocks', async () => {
    const { signals } = await extractOne(serverlessYml, 'serverless.yaml', lines(
      'service: mail',
      'resources:',
      '  - ${file(resources/queues.yml)}',
      '  - Resources:',
      '      Topic:',
      '        Type: AWS::SNS::Topic',
    ));
    expect(brief(signals)).toEqual(['platform:cfn:AWS::SNS::Topic@6']);
  });

  it('reports a YAML error with its line and goes on without signals', async () => {
    const { signals, warnings } = await extractOne(serverlessYml, 'serverless.yml', 'service: x\nprovider:\n  environment: {A: !Ref B}\nprovider: again\n');
    expect(signals).toEqual([]);
    expect(warnings).toEqual([{ path: 'serverless.yml', line: 4, message: 'invalid YAML: Map keys must be unique' }]);
  });
});

describe('firebase.json and supabase/config.toml', () => {
  it('proves Firebase at the first key', async () => {
    const { signals } = await extractOne(firebaseJson, 'firebase.json', '{\n\n  "hosting": { "public": "dist" },\n  "firestore": { "rules": "firestore.rules" }\n}');
    expect(brief(signals)).toEqual(['platform:firebase@3']);
  });

  it('proves Supabase at the project_id line, or the first content line without one', async () => {
    const withId = await extractOne(supabaseConfig, 'supabase/config.toml', '# A string used to distinguish different Supabase projects\n\nproject_id = "shop"\n\n[api]\nport = 54321\n');
    expect(brief(withId.signals)).toEqual(['platform:supabase@3']);
    const withoutId = await extractOne(supabaseConfig, 'backend/supabase/config.toml', '\n[db]\nport = 54322\n');
    expect(brief(withoutId.signals)).toEqual(['platform:supabase@2']);
  });
});

describe('platform configs through a real repository scan', () => {
  it('turns platform signals into hosting, database, cache and queue dependencies', async () => {
    const result = await scanFiles({
      'vercel.json': '{\n  "framework": "nextjs"\n}',
      'render.yaml': lines(
        'services:',
        '  - type: web',
        '    name: api',
        '  - type: keyvalue',
        '    name: cache',
        'databases:',
        '  - name: db',
      ),
      'worker/serverless.yml': lines(
        'service: worker',
        'provider:',
        '  name: aws',
        'resources:',
        '  Resources:',
        '    Jobs:',
        '      Type: AWS::SQS::Queue',
        '      Properties:',
        '        QueueName: !Sub "${AWS::StackName}-jobs"',
      ),
      'app.json': '{\n  "addons": ["heroku-postgresql:essential-0"]\n}',
      'Procfile': 'web: npm start\n',
      'fly.toml': 'app = "shop"\n',
      'netlify.toml': '[build]\npublish = "dist"\n',
      'railway.json': '{"deploy": {}}',
      'firebase.json': '{"hosting": {}}',
      'supabase/config.toml': 'project_id = "shop"\n',
      // An Expo app.json and a dev-folder blueprint prove nothing for production.
      'mobile/app.json': '{"expo": {"name": "shop"}, "scripts": {"postdeploy": "x"}}',
      'dev/render.yaml': 'databases:\n  - name: scratch\n',
    });
    expect(result.warnings).toEqual([]);
    expect(evidenceById(result)).toEqual({
      'aws-sqs': ['worker/serverless.yml:7'],
      firebase: ['firebase.json:1'],
      fly: ['fly.toml:1'],
      heroku: ['Procfile:1', 'app.json:2'],
      netlify: ['netlify.toml:1'],
      postgresql: ['app.json:2', 'render.yaml:7'],
      railway: ['railway.json:1'],
      redis: ['render.yaml:4'],
      render: ['render.yaml:1'],
      supabase: ['supabase/config.toml:1'],
      vercel: ['vercel.json:2'],
    });
    const postgres = result.dependencies.find((d) => d.id === 'postgresql');
    expect(postgres?.provider).toBe('heroku');
    expect(ids(result)).not.toContain('dynamodb');
  });
});
