/**
 * Round 6 of issue 12 (recall): services the catalog carries that fresh repositories showed in
 * ways the scan did not count. Each class is a small fixture of our own.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { confidenceById, lines, reasonOf } from './helpers/confidence.js';
import { cleanupTempDirs } from './helpers/repo.js';
import { scanFiles } from './helpers/scan.js';

afterAll(cleanupTempDirs);

describe('the default engine of a product that supports several databases', () => {
  // A self-hosted Go server with one store package per engine, chosen by a flag; the image runs it as shipped.
  const files = (extra: Record<string, string> = {}): Record<string, string> => ({
    'go.mod': lines(
      'module example.com/notes',
      '',
      'go 1.22',
      '',
      'require (',
      '\tgorm.io/driver/mysql v1.5.0',
      '\tgorm.io/driver/postgres v1.5.0',
      '\tgorm.io/driver/sqlite v1.5.0',
      ')',
    ),
    'store/sqlite/db.go': lines('package sqlite', '', 'import "gorm.io/driver/sqlite"', '', 'var Open = sqlite.Open'),
    'store/mysql/db.go': lines('package mysql', '', 'import "gorm.io/driver/mysql"', '', 'var Open = mysql.Open'),
    'store/postgres/db.go': lines('package postgres', '', 'import "gorm.io/driver/postgres"', '', 'var Open = postgres.Open'),
    'main.go': lines('package main', '', 'func main() {}'),
    'Dockerfile': lines('FROM golang:1.22', 'COPY . .', 'RUN go build -o /notes .', 'CMD ["/notes"]'),
    ...extra,
  });

  it('SQLite, the embedded engine, is what the shipped deployment runs when nothing names a database server: likely; the others stay options', async () => {
    const result = await scanFiles(files());
    const found = confidenceById(result);
    expect(found.sqlite).toBe('likely');
    expect(reasonOf(result, 'sqlite')).toMatch(/embedded/);
    expect(found.postgresql).toBe('possible');
    expect(found.mysql).toBe('possible');
  });

  it('a production compose file that runs a database server beside the app chooses that server: SQLite stays an option', async () => {
    const result = await scanFiles(
      files({
        'compose.yaml': lines('services:', '  notes:', '    build: .', '  db:', '    image: mariadb:11', '    volumes:', '      - db:/var/lib/mysql', 'volumes:', '  db: {}'),
      }),
    );
    const found = confidenceById(result);
    expect(found.sqlite).toBe('possible');
    expect(found.mariadb ?? found.mysql).toBe('confirmed');
  });

  it('a template that points the app at a database server (a postgres:// URL) chooses it: SQLite stays an option', async () => {
    const result = await scanFiles(files({ '.env.example': lines('NOTES_DSN=postgres://notes:secret@db:5432/notes') }));
    expect(confidenceById(result).sqlite).toBe('possible');
  });

  it('nothing deploys the code (a library of store drivers): no engine is the default', async () => {
    const { Dockerfile: _, ...library } = files();
    const result = await scanFiles(library);
    expect(confidenceById(result).sqlite).toBe('possible');
  });
});

describe('SQLite as the only database engine of a deployed app', () => {
  const files = (extra: Record<string, string> = {}): Record<string, string> => ({
    'go.mod': lines('module example.com/push', '', 'go 1.22', '', 'require github.com/mattn/go-sqlite3 v1.14.0'),
    'server/cache.go': lines('package server', '', 'import _ "github.com/mattn/go-sqlite3"', '', 'const driver = "sqlite3"'),
    'main.go': lines('package main', '', 'func main() {}'),
    '.env.example': lines('PUSH_LISTEN_HTTP=:80', 'PUSH_BASE_URL=https://push.example.com'),
    'Dockerfile': lines('FROM golang:1.22', 'COPY . .', 'RUN go build -o /push .'),
    ...extra,
  });

  it('the embedded driver the deployed code imports is the app\'s store even though no setting names it: likely', async () => {
    const result = await scanFiles(files());
    expect(confidenceById(result).sqlite).toBe('likely');
    expect(reasonOf(result, 'sqlite')).toMatch(/only database engine/);
  });

  it('imported only by tests, it is not the app\'s store', async () => {
    const { 'server/cache.go': _, ...rest } = files();
    const result = await scanFiles({ ...rest, 'server/cache_test.go': lines('package server', '', 'import _ "github.com/mattn/go-sqlite3"') });
    expect(confidenceById(result).sqlite).toBe('possible');
  });
});

describe('a Gitpod workspace is a developer\'s environment', () => {
  it('docker-compose.gitpod.yaml runs a database for the cloud workspace, not for production', async () => {
    const result = await scanFiles({
      'docker-compose.gitpod.yaml': lines('services:', '  app:', '    build: .', '  db:', '    image: postgres:16'),
      'Dockerfile': lines('FROM node:22', 'COPY . .', 'CMD ["node", "server.js"]'),
      'package.json': lines('{ "name": "app", "dependencies": { "express": "4" } }'),
    });
    expect(confidenceById(result).postgresql ?? 'absent').not.toBe('confirmed');
  });
});

describe('a sample settings file the deployer copies selects the engine', () => {
  const files = (type: string): Record<string, string> => ({
    'package.json': lines('{ "name": "wiki", "scripts": { "start": "node server" }, "dependencies": { "pg": "8", "mysql2": "3", "sqlite3": "5", "tedious": "16", "knex": "3" } }'),
    'server/index.js': lines("const knex = require('knex');", "module.exports = knex({ client: process.env.DB_CLIENT || 'pg' });"),
    'config.sample.yml': lines('# Supported engines: postgres, mysql, mssql, sqlite', 'port: 3000', 'db:', `  type: ${type}`, '  host: localhost', '  port: 5432'),
    'Dockerfile': lines('FROM node:22', 'COPY . .', 'CMD ["node", "server"]'),
  });

  it('config.sample.yml at the root with db.type: postgres makes PostgreSQL the deployment\'s engine; SQLite is no default then', async () => {
    const result = await scanFiles(files('postgres'));
    const found = confidenceById(result);
    expect(found.postgresql).toBe('confirmed');
    expect(found.sqlite).toBe('possible');
    expect(found.mysql).toBe('possible');
  });
});

describe('Helm: a sub-chart named for the engine it deploys', () => {
  const files = (enabled: boolean): Record<string, string> => ({
    'charts/app/Chart.yaml': lines(
      'apiVersion: v2',
      'name: app',
      'version: 1.0.0',
      'dependencies:',
      '  - name: postgres',
      '    condition: postgres.enabled',
      '    version: 1.3.0',
      '    repository: https://charts.example.org',
    ),
    'charts/app/values.yaml': lines('postgres:', `  enabled: ${enabled}`),
    'charts/app/templates/deployment.yaml': lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: app'),
  });

  it('a `postgres` chart from another publisher than the catalog lists is PostgreSQL, switched on by its condition', async () => {
    expect(confidenceById(await scanFiles(files(true))).postgresql).toBe('confirmed');
    expect(confidenceById(await scanFiles(files(false))).postgresql).toBeUndefined();
  });
});

describe('one package built with several engines is no menu with a default', () => {
  it('sqlx with both postgres and sqlite features compiles both in: SQLite is no default engine there', async () => {
    const result = await scanFiles({
      'Cargo.toml': lines('[package]', 'name = "registry"', '', '[dependencies]', 'sqlx = { version = "0.8", features = ["postgres", "sqlite", "runtime-tokio"] }'),
      'src/main.rs': lines('use sqlx::PgPool;', 'fn main() {}'),
      'Dockerfile': lines('FROM rust:1', 'COPY . .', 'RUN cargo build --release'),
    });
    expect(confidenceById(result).sqlite).toBe('possible');
  });
});

describe('Dockerfile-<name> is a Dockerfile', () => {
  it('a compose service built from dockerfiles/Dockerfile-postgres runs PostgreSQL', async () => {
    const result = await scanFiles({
      'docker-compose.yml': lines('services:', '  web:', '    build: .', '  db:', '    build:', '      context: ./dockerfiles', '      dockerfile: ./Dockerfile-postgres'),
      'Dockerfile': lines('FROM node:22', 'COPY . .', 'CMD ["node", "server.js"]'),
      'dockerfiles/Dockerfile-postgres': lines('FROM postgres:16-alpine', 'COPY init.sql /docker-entrypoint-initdb.d/'),
      'package.json': lines('{ "name": "web", "dependencies": { "express": "4" } }'),
    });
    expect(confidenceById(result).postgresql).toBe('confirmed');
  });
});
