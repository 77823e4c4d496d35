/**
 * Round 5 of issue 12 (recall): what a deployed app pulls in from its own repository, the
 * primary database its code configures from the environment, and infrastructure a chart or a
 * platform config declares. Each class is a small fixture of our own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { confidenceById, lines, reasonOf } from './helpers/confidence.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

describe('Cargo workspaces: a deployed binary ships the crates it pulls in by path or from the workspace', () => {
  const files = (webDeps: string[]): Record<string, string> => ({
    'Cargo.toml': lines(
      '[workspace]',
      'members = ["crates/*"]',
      '',
      '[workspace.dependencies]',
      'sqlx = { version = "0.8", features = ["runtime-tokio", "postgres"] }',
      'storage = { path = "crates/storage" }',
    ),
    'crates/web/Cargo.toml': lines('[package]', 'name = "web"', '', '[dependencies]', ...webDeps),
    'crates/web/src/main.rs': lines('use sqlx::PgPool;', 'fn main() { let url = std::env::var("DATABASE_URL").unwrap(); }'),
    'crates/storage/Cargo.toml': lines('[package]', 'name = "storage"', '', '[dependencies]', 'aws-sdk-s3 = "1"'),
    'crates/storage/src/lib.rs': lines('use aws_sdk_s3::Client;', 'pub fn bucket() -> String { std::env::var("S3_BUCKET").unwrap() }'),
    'crates/tool/Cargo.toml': lines('[package]', 'name = "tool"', '', '[dependencies]', 'stripe-rust = "0.1"'),
    'crates/tool/src/main.rs': lines('use stripe::Client;', 'fn main() {}'),
    'crates/web/Dockerfile': lines('FROM rust:1', 'COPY . .', 'RUN cargo build --release --bin web'),
  });

  it('sqlx.workspace = true inherits the root\'s postgres feature; a path dependency is deployed with the binary', async () => {
    const result = await scanFiles(files(['sqlx = { workspace = true }', 'storage = { path = "../storage" }']));
    const found = confidenceById(result);
    expect(found.postgresql).toBeDefined();
    expect(reasonOf(result, 'postgresql')).toMatch(/sqlx\[postgres\]/);
    expect(found['aws-s3']).toBe('likely');
  });

  it('the workspace form (storage.workspace = true) references the crate too; without any reference it is undeployed', async () => {
    const viaWorkspace = await scanFiles(files(['sqlx.workspace = true', 'storage.workspace = true']));
    expect(reasonOf(viaWorkspace, 'aws-s3') ?? '').not.toMatch(/no deployed app/);
    expect(reasonOf(viaWorkspace, 'postgresql')).toMatch(/sqlx\[postgres\]/);
    const none = await scanFiles(files(['sqlx = "0.8"']));
    expect(confidenceById(none).postgresql).toBeUndefined();
    expect(reasonOf(none, 'aws-s3')).toMatch(/in crates\/storage, which no deployed app/);
  });
});

describe('Cargo: a Dockerfile outside the crates builds the workspace\'s default members', () => {
  it('dockerfiles/Dockerfile under a root [workspace] deploys its default-members and what they pull in', async () => {
    const files = (members: string): Record<string, string> => ({
      'Cargo.toml': lines('[workspace]', `default-members = ${members}`, 'members = ["crates/*"]'),
      'package.json': lines('{ "name": "gui-tests", "private": true, "devDependencies": { "puppeteer": "1" } }'),
      'crates/web/Cargo.toml': lines('[package]', 'name = "web"', '', '[dependencies]', 'storage = { path = "../storage" }'),
      'crates/web/src/main.rs': lines('fn main() {}'),
      'crates/storage/Cargo.toml': lines('[package]', 'name = "storage"', '', '[dependencies]', 'aws-sdk-s3 = "1"'),
      'crates/storage/src/lib.rs': lines('use aws_sdk_s3::Client;', 'pub fn bucket() -> String { std::env::var("S3_BUCKET").unwrap() }'),
      'crates/tool/Cargo.toml': lines('[package]', 'name = "tool"'),
      'crates/tool/Dockerfile': lines('FROM rust:1'),
      'dockerfiles/Dockerfile': lines('FROM rust:1', 'COPY . .', 'RUN cargo build --release'),
    });
    expect(confidenceById(await scanFiles(files('["crates/web"]')))['aws-s3']).toBe('likely');
    expect(reasonOf(await scanFiles(files('["crates/tool"]')), 'aws-s3')).toMatch(/in crates\/storage, which no deployed app/);
  });
});

describe('the one database driver, configured by a datasource setting the deployed code reads', () => {
  const files = (code: Record<string, string>, extra: Record<string, string> = {}): Record<string, string> => ({
    'go.mod': lines('module example.com/router', '', 'go 1.22', '', 'require github.com/jackc/pgx/v5 v5.5.0'),
    'lib/router.go': lines('package lib', '', 'import "github.com/jackc/pgx/v5/pgxpool"', '', 'func New() { _ = pgxpool.New }'),
    'Dockerfile': lines('FROM golang:1.22', 'COPY . .'),
    '.env.example': lines('ROUTER_PORT=8080'),
    ...code,
    ...extra,
  });

  it('Go: os.Getenv("CONTENT_STORE_DATABASE_URL") in another file of the app makes pgx likely', async () => {
    const result = await scanFiles(files({ 'main.go': lines('package main', '', 'import "os"', '', 'func main() { url := os.Getenv("CONTENT_STORE_DATABASE_URL"); _ = url }') }));
    expect(confidenceById(result).postgresql).toBe('likely');
    expect(reasonOf(result, 'postgresql')).toMatch(/main\.go:5 reads CONTENT_STORE_DATABASE_URL/);
  });

  it('a name that only ends like one (MONGODB_HOST), a test or a dev config reading it, or a second driver: stays possible', async () => {
    const other = await scanFiles(files({ 'main.go': lines('package main', '', 'import "os"', '', 'func main() { _ = os.Getenv("MONGODB_HOST") }') }));
    expect(confidenceById(other).postgresql).toBe('possible');
    const test = await scanFiles(files({ 'lib/router_test.go': lines('package lib', '', 'import "os"', '', 'func TestX() { _ = os.Getenv("DATABASE_URL") }') }));
    expect(confidenceById(test).postgresql).toBe('possible');
    const two = await scanFiles(files(
      { 'main.go': lines('package main', '', 'import "os"', '', 'func main() { _ = os.Getenv("DATABASE_URL") }') },
      {
        'go.mod': lines('module example.com/router', '', 'go 1.22', '', 'require (', '  github.com/jackc/pgx/v5 v5.5.0', '  github.com/go-sql-driver/mysql v1.7.0', ')'),
        'lib/mysql.go': lines('package lib', '', 'import _ "github.com/go-sql-driver/mysql"'),
      },
    ));
    expect(confidenceById(two).postgresql).toBe('possible');
  });

  it('Rust: env::var("APP_DATABASE_URL") configures sqlx[postgres]; the same read in a dev settings file does not', async () => {
    const rust = (code: Record<string, string>): Record<string, string> => ({
      'Cargo.toml': lines('[package]', 'name = "app"', '', '[dependencies]', 'sqlx = { version = "0.8", features = ["postgres"] }'),
      'src/db.rs': lines('use sqlx::PgPool;'),
      'Dockerfile': lines('FROM rust:1', 'COPY . .'),
      '.env.example': lines('PORT=3000'),
      ...code,
    });
    const prod = await scanFiles(rust({ 'src/config.rs': lines('pub fn url() -> String {', '    std::env::var("APP_DATABASE_URL").unwrap()', '}') }));
    expect(confidenceById(prod).postgresql).toBe('likely');
    expect(reasonOf(prod, 'postgresql')).toMatch(/src\/config\.rs:2 reads APP_DATABASE_URL/);
    const dev = await scanFiles(rust({ 'src/settings/development.rs': lines('pub fn url() -> String { std::env::var("APP_DATABASE_URL").unwrap() }') }));
    expect(confidenceById(dev).postgresql).toBe('possible');
  });
});

describe('Cloudflare Workers: wrangler.toml and wrangler.jsonc bindings', () => {
  it('the Worker and its production D1, KV and R2 bindings are confirmed; a staging-only binding is not', async () => {
    const result = await scanFiles({
      'workers/package.json': lines('{ "name": "api", "private": true, "devDependencies": { "wrangler": "3" } }'),
      'workers/src/index.ts': lines('export default { fetch() { return new Response("ok"); } };'),
      'workers/wrangler.toml': lines(
        'name = "api"',
        'main = "src/index.ts"',
        '',
        '[vars]',
        'ENVIRONMENT = "production"',
        '',
        '[[env.staging.queues.producers]]',
        'queue = "jobs"',
        '',
        '[[env.staging.r2_buckets]]',
        'binding = "R2"',
        'bucket_name = "files-staging"',
        '',
        '[[env.production.d1_databases]]',
        'binding = "DB"',
        'database_name = "app-db"',
        'database_id = "x"',
        '',
        '[[env.production.kv_namespaces]]',
        'binding = "KV"',
        'id = "y"',
      ),
    });
    const found = confidenceById(result);
    expect(found).toMatchObject({ cloudflare: 'confirmed', 'cloudflare-d1': 'confirmed', 'cloudflare-kv': 'confirmed' });
    expect(reasonOf(result, 'cloudflare-d1')).toMatch(/\[env\.production\] D1 database "app-db" bound to the Worker \(workers\/wrangler\.toml:14\)/);
    expect(found['cloudflare-r2']).toBeUndefined();
  });

  it('wrangler.jsonc (comments allowed) gives the same, top-level bindings included', async () => {
    const result = await scanFiles({
      'wrangler.jsonc': lines('{', '  // the API Worker', '  "name": "api",', '  "r2_buckets": [{ "binding": "FILES", "bucket_name": "files" }],', '  "d1_databases": [{ "binding": "DB", "database_name": "db" }]', '}'),
    });
    expect(confidenceById(result)).toMatchObject({ cloudflare: 'confirmed', 'cloudflare-r2': 'confirmed', 'cloudflare-d1': 'confirmed' });
    expect(reasonOf(result, 'cloudflare-r2')).toMatch(/R2 bucket "files" bound to the Worker \(wrangler\.jsonc:4\)/);
  });
});

describe('hosting configs that deploy different folders are two deployments, not two options', () => {
  const render = lines('services:', '  - type: web', '    name: api', '    runtime: python', '    rootDir: backend', '    startCommand: uvicorn app:app');
  const vercel = (src: string): string => lines('{', '  "version": 2,', `  "builds": [{ "src": "${src}", "use": "@vercel/next" }]`, '}');
  const base = {
    'backend/requirements.txt': lines('fastapi==0.110.0'),
    'frontend/package.json': lines('{ "name": "web", "dependencies": { "next": "14" } }'),
  };

  it('render.yaml for backend/ beside vercel.json building frontend/: both platforms are confirmed', async () => {
    const found = confidenceById(await scanFiles({ ...base, 'render.yaml': render, 'vercel.json': vercel('frontend/package.json') }));
    expect(found).toMatchObject({ render: 'confirmed', vercel: 'confirmed' });
  });

  it('both configs deploying the same folder stay options', async () => {
    const result = await scanFiles({ ...base, 'render.yaml': render, 'vercel.json': vercel('backend/app.py') });
    expect(confidenceById(result)).toMatchObject({ render: 'possible', vercel: 'possible' });
    expect(reasonOf(result, 'vercel')).toMatch(/one of the hosting options/);
  });
});

describe('Helm values: a chart\'s container env naming its Redis host', () => {
  it('REDIS_HOSTNAME given to the chart\'s main container is a setting given to a deployed workload', async () => {
    const result = await scanFiles({
      'charts/app/Chart.yaml': lines('apiVersion: v2', 'name: app', 'version: 0.1.0'),
      'charts/app/values.yaml': lines('controllers:', '  main:', '    containers:', '      main:', '        env:', "          REDIS_HOSTNAME: '{{ .Release.Name }}-valkey'"),
    });
    expect(confidenceById(result).redis).toBe('likely');
    expect(reasonOf(result, 'redis')).toMatch(/REDIS_HOSTNAME is given to a deployed workload \(charts\/app\/values\.yaml:6\)/);
  });
});

describe('Rust clients the catalog lacked', () => {
  it('google-cloud-rust-raw with the spanner feature is Google Cloud Spanner', async () => {
    const result = await scanFiles({
      'Cargo.toml': lines('[package]', 'name = "sync"', '', '[dependencies]', 'google-cloud-rust-raw = { version = "0.16", features = ["spanner"] }'),
      'src/main.rs': lines('fn main() {}'),
    });
    expect(confidenceById(result)['google-spanner']).toBeDefined();
    expect(result.dependencies.find((d) => d.id === 'google-spanner')!.evidence[0]!.detail).toMatch(/"google-cloud-rust-raw" feature "spanner"/);
  });
});

describe('Gradle: a deployed module ships the modules it depends on by project(...)', () => {
  const files = (appDeps: string[]): Record<string, string> => ({
    'backend/settings.gradle': lines("rootProject.name = 'shop'", "include ':app', ':libs:storage', ':tool'"),
    'backend/app/build.gradle': lines('dependencies {', ...appDeps.map((d) => `    ${d}`), '}'),
    'backend/app/Dockerfile': lines('FROM eclipse-temurin:21', 'COPY build/libs/app.jar /app.jar'),
    'backend/libs/storage/build.gradle': lines('dependencies {', "    implementation 'software.amazon.awssdk:s3:2.25.0'", '}'),
    'backend/tool/build.gradle': lines('dependencies {', "    implementation 'com.stripe:stripe-java:24.0.0'", '}'),
    'backend/tool/Dockerfile': lines('FROM eclipse-temurin:21'),
  });

  it('implementation project(\':libs:storage\') (Groovy) and implementation(project(":libs:storage")) (Kotlin) deploy the library', async () => {
    for (const dep of ["implementation project(':libs:storage')", 'implementation(project(":libs:storage"))', "api project(path: ':libs:storage')"]) {
      const result = await scanFiles(files([dep]));
      expect(reasonOf(result, 'aws-s3')).not.toMatch(/no deployed app/);
    }
  });

  it('a test-only project dependency, or none, leaves the library undeployed', async () => {
    for (const deps of [["testImplementation project(':libs:storage')"], []]) {
      const result = await scanFiles(files(deps));
      expect(reasonOf(result, 'aws-s3')).toMatch(/in backend\/libs\/storage, which no deployed app/);
    }
  });
});

describe('Go: a deployed module ships the repository\'s modules it requires', () => {
  const files = (appRequires: string[]): Record<string, string> => ({
    'cmd/api/go.mod': lines('module example.com/api', '', 'go 1.22', '', 'require github.com/google/uuid v1.6.0', ...appRequires),
    'cmd/api/main.go': lines('package main', '', 'func main() {}'),
    'cmd/api/Dockerfile': lines('FROM golang:1.22', 'COPY . .'),
    'pkg/store/go.mod': lines('module example.com/store', '', 'go 1.22', '', 'require github.com/aws/aws-sdk-go-v2/service/s3 v1.50.0'),
    'pkg/store/s3.go': lines('package store', '', 'import "github.com/aws/aws-sdk-go-v2/service/s3"', '', 'var _ = s3.New'),
    'tools/gen/go.mod': lines('module example.com/gen', '', 'go 1.22', '', 'require github.com/google/uuid v1.6.0'),
    'tools/gen/Dockerfile': lines('FROM golang:1.22'),
  });

  it('require example.com/store with replace => ../../pkg/store deploys pkg/store; without it the module is undeployed', async () => {
    const used = await scanFiles(files(['require example.com/store v0.0.0', '', 'replace example.com/store => ../../pkg/store']));
    expect(reasonOf(used, 'aws-s3')).not.toMatch(/no deployed app/);
    const unused = await scanFiles(files([]));
    expect(reasonOf(unused, 'aws-s3')).toMatch(/in pkg\/store, which no deployed app/);
  });
});
