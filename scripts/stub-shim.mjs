#!/usr/bin/env node
/**
 * Stands in for a CLI while `verify-stubs` runs a stub's commands, so each command runs as
 * written with only its surroundings changed:
 * - aws: the real CLI, with `--endpoint-url http://127.0.0.1:9` (a dead endpoint): a command
 *   the CLI accepts fails only on the connection; a wrong one fails on its arguments first;
 * - kubectl: the real CLI against a dead API server (the kubeconfig the runner writes);
 * - gcloud: the real CLI with an empty configuration: flags are parsed before it asks for auth;
 * - curl: the real curl through a dead proxy;
 * - docker compose: the plugin's documented syntax and the project's services (no Docker here);
 *   `exec` runs the command "inside the service": the real client against the server the runner
 *   started, with the settings the container would have (its socket, its localhost port);
 * - tools Debian does not package (mongosh, rabbitmqctl, nodetool...): their documented syntax.
 * Exit status 0 means the command is right for the deployment; anything else prints why.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { checkCompose, checkDocumented } from './stub-syntax.mjs';

const [, , tool, ...args] = process.argv;
const env = process.env;
const services = JSON.parse(env.VERIFY_COMPOSE_SERVICES ?? '{}');
const inside = JSON.parse(env.VERIFY_SERVICE_KIND ?? '{}');
const note = (text) => process.stderr.write(`[verify] ${text}\n`);

function run(program, argv, extraEnv = {}) {
  const result = spawnSync(program, argv, { stdio: ['inherit', 'inherit', 'pipe'], env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status ?? 1, stderr: result.stderr ?? '' };
}

const PROXY = { http_proxy: 'http://127.0.0.1:9', https_proxy: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', ALL_PROXY: 'http://127.0.0.1:9', NO_PROXY: '', no_proxy: '' };

function curl(argv) {
  const r = run(env.VERIFY_CURL ?? '/usr/bin/curl', argv, PROXY);
  // 5 and 7: the proxy cannot be reached, so every option was accepted; 2: a bad option.
  if (r.status === 5 || r.status === 7) {
    note('curl: options accepted (dead proxy)');
    return 0;
  }
  process.stderr.write(r.stderr);
  return r.status;
}

/** A command "inside" a compose service or pod: the real client against the runner's server. */
function insideService(kind, argv) {
  const [program, ...rest] = argv;
  const base = (program ?? '').split('/').pop();
  if (base === 'curl') return curl(rest);
  if (/^(?:psql|pg_dump|pg_restore|pg_isready|createdb)$/.test(base)) {
    if (kind !== 'postgresql') return fail(`${base} run in a ${kind} service`);
    return passthrough(run(base, rest, { PGHOST: env.VERIFY_PG_SOCKET_DIR, PGPORT: env.VERIFY_PG_PORT }), base);
  }
  if (/^(?:mysql|mysqladmin|mysqldump|mysqlshow|mariadb|mariadb-admin|mariadb-dump|mariadb-show)$/.test(base)) {
    if (kind !== 'mysql') return fail(`${base} run in a ${kind} service`);
    // The client's own default socket inside the container is the runner's server's socket here.
    return passthrough(run(base, [`--socket=${env.VERIFY_MYSQL_SOCKET}`, ...rest]), base);
  }
  if (base === 'redis-cli') {
    if (kind !== 'redis') return fail(`redis-cli run in a ${kind} service`);
    // The container's own localhost:6379 is the runner's server here.
    const target = rest.some((a) => /^(?:-u|-h|-p)$/.test(a)) ? rest : ['-p', env.VERIFY_REDIS_PORT, ...rest];
    return passthrough(run('redis-cli', target), 'redis-cli');
  }
  const documented = checkDocumented(argv);
  if (documented === '') {
    note(`${base}: documented syntax`);
    return 0;
  }
  if (documented) return fail(documented);
  return fail(`${base}: no way to check this command`);
}

function passthrough(r, program) {
  process.stderr.write(r.stderr);
  if (program) note(`ran ${program} against the server started here`);
  return r.status;
}

function fail(message) {
  process.stderr.write(`[verify] FAIL ${message}\n`);
  return 97;
}

function docker(argv) {
  if (argv[0] !== 'compose') return fail(`docker ${argv[0]}: only docker compose is expected`);
  const words = argv.slice(1);
  const fileFlag = words.findIndex((w) => w === '-f' || w === '--file');
  const file = fileFlag === -1 ? Object.keys(services).find((f) => /^(?:docker-)?compose\.ya?ml$/.test(f)) : words[fileFlag + 1];
  if (!file || !services[file]) return fail(`docker compose: no compose file ${file ?? '(default)'} in the repository`);
  const [problem, parsed] = checkCompose(words, new Set(services[file]));
  if (problem) return fail(problem);
  note(`docker compose ${parsed.subcommand}: documented syntax, service known`);
  if (parsed.subcommand !== 'exec') return 0;
  return insideService(inside[parsed.service] ?? 'other', parsed.command);
}

function kubectl(argv) {
  const real = env.VERIFY_KUBECTL;
  const dashDash = argv.indexOf('--');
  const own = dashDash === -1 ? argv : argv.slice(0, dashDash);
  if (real && existsSync(real)) {
    const r = run(real, [...own, ...(dashDash === -1 ? [] : ['--', 'true'])]);
    if (!/was refused|connection refused|Unable to connect to the server|dial tcp/.test(r.stderr)) {
      process.stderr.write(r.stderr);
      return r.status === 0 ? fail('kubectl reached no server but did not fail') : r.status;
    }
    note('kubectl: arguments accepted (dead server)');
  } else note('kubectl is not installed: its part of the command is not checked');
  if (dashDash === -1) return 0;
  return insideService(env.VERIFY_POD_KIND ?? 'other', argv.slice(dashDash + 1));
}

function aws(argv) {
  const r = run(env.VERIFY_AWS, [...argv, '--endpoint-url', 'http://127.0.0.1:9']);
  if (/Could not connect to the endpoint URL/.test(r.stderr)) {
    note('aws: arguments accepted (dead endpoint)');
    return 0;
  }
  process.stderr.write(r.stderr);
  return r.status === 0 ? fail('aws reached no endpoint but did not fail') : r.status;
}

function gcloud(argv) {
  const real = env.VERIFY_GCLOUD;
  if (!real || !existsSync(real)) {
    note('gcloud is not installed: not checked');
    return 0;
  }
  const r = run(real, argv);
  if (/unrecognized arguments|Invalid choice|argument [^:]+: |is not a valid|must be specified|expected one argument|Invalid value for/.test(r.stderr)) {
    process.stderr.write(r.stderr);
    return 2;
  }
  if (/active account|credentials|auth login|Reauthentication|does not have permission/.test(r.stderr) || r.status === 0) {
    note('gcloud: arguments accepted (no credentials)');
    return 0;
  }
  process.stderr.write(r.stderr);
  return r.status;
}

let status;
switch (tool) {
  case 'docker': status = docker(args); break;
  case 'kubectl': status = kubectl(args); break;
  case 'aws': status = aws(args); break;
  case 'gcloud': status = gcloud(args); break;
  case 'curl': status = curl(args); break;
  default: {
    const documented = checkDocumented([tool, ...args]);
    if (documented === '') {
      note(`${tool}: documented syntax`);
      status = 0;
    } else status = fail(documented ?? `${tool}: unknown tool`);
  }
}
process.exit(status);
