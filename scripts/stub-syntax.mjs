/**
 * The documented command-line syntax of the tools a stub may use that Debian does not package
 * (MongoDB's tools, RabbitMQ's CLIs inside the broker's image, Cassandra's nodetool, Kafka's
 * scripts, the Stripe, Neon and Atlas CLIs, the Docker Compose plugin): subcommands, flags and
 * how many values they take, as each tool's reference documents them. `verify-stubs` checks a
 * command against this table when the real tool is not installed.
 */

/** flag -> 'value' (takes one), 'bool', or 'optional' (`--archive` or `--archive=file`). */
const MONGO_AUTH = { '--username': 'value', '-u': 'value', '--password': 'value', '-p': 'value', '--authenticationDatabase': 'value', '--uri': 'value', '--tls': 'bool', '--tlsCAFile': 'value', '--host': 'value', '--port': 'value' };

const TOOLS = {
  mongosh: { flags: { ...MONGO_AUTH, '--quiet': 'bool', '--eval': 'value', '--nodb': 'bool', '--file': 'value' }, positional: [0, 1] },
  mongodump: { flags: { ...MONGO_AUTH, '--db': 'value', '-d': 'value', '--collection': 'value', '-c': 'value', '--archive': 'optional', '--gzip': 'bool', '--out': 'value', '-o': 'value', '--oplog': 'bool' }, positional: [0, 1] },
  mongorestore: { flags: { ...MONGO_AUTH, '--archive': 'optional', '--gzip': 'bool', '--nsFrom': 'value', '--nsTo': 'value', '--nsInclude': 'value', '--drop': 'bool', '--dryRun': 'bool' }, positional: [0, 1] },
  rabbitmqctl: { commands: { list_queues: [0, 20], export_definitions: [1, 1], import_definitions: [1, 1], cluster_status: [0, 0], status: [0, 0], list_connections: [0, 20], stop_app: [0, 0], start_app: [0, 0] }, flags: { '-q': 'bool', '--quiet': 'bool', '-n': 'value', '-p': 'value', '--formatter': 'value' } },
  'rabbitmq-diagnostics': { commands: { ping: [0, 0], check_running: [0, 0], check_local_alarms: [0, 0], cluster_status: [0, 0], status: [0, 0], alarms: [0, 0], listeners: [0, 0], check_if_node_is_quorum_critical: [0, 0] }, flags: { '-q': 'bool', '--quiet': 'bool', '-n': 'value' } },
  'rabbitmq-queues': { commands: { rebalance: [1, 1], check_if_node_is_quorum_critical: [0, 0], quorum_status: [1, 1] }, flags: { '-q': 'bool', '-n': 'value' }, values: { rebalance: ['all', 'quorum', 'classic', 'stream'] } },
  nodetool: { commands: { status: [0, 1], info: [0, 0], repair: [0, 2], describecluster: [0, 0], ring: [0, 1], netstats: [0, 0], tpstats: [0, 0], drain: [0, 0], removenode: [1, 2] }, flags: { '-h': 'value', '-p': 'value', '-full': 'bool', '--full': 'bool', '-pr': 'bool', '--partitioner-range': 'bool' } },
  'kafka-topics': { flags: { '--bootstrap-server': 'value', '--command-config': 'value', '--describe': 'bool', '--list': 'bool', '--topic': 'value', '--under-replicated-partitions': 'bool', '--unavailable-partitions': 'bool' }, positional: [0, 0], required: ['--bootstrap-server'], oneOf: ['--describe', '--list'] },
  'kafka-broker-api-versions': { flags: { '--bootstrap-server': 'value', '--command-config': 'value' }, positional: [0, 0], required: ['--bootstrap-server'] },
  'kafka-consumer-groups': { flags: { '--bootstrap-server': 'value', '--command-config': 'value', '--describe': 'bool', '--list': 'bool', '--all-groups': 'bool', '--group': 'value' }, positional: [0, 0], required: ['--bootstrap-server'], oneOf: ['--describe', '--list'] },
};

/** Subcommand trees of CLIs with nested commands: path -> flags and positional count. */
const TREES = {
  stripe: {
    'events list': { flags: { '--limit': 'value', '--live': 'bool', '--api-key': 'value' }, positional: [0, 0] },
    'events resend': { flags: { '--live': 'bool', '--api-key': 'value', '--webhook-endpoint': 'value' }, positional: [1, 1] },
    post: { flags: { '--live': 'bool', '--idempotency': 'value', '-i': 'value', '--data': 'value', '-d': 'value', '--api-key': 'value' }, positional: [1, 1] },
  },
  neon: {
    'branches create': { flags: { '--project-id': 'value', '--name': 'value', '--parent': 'value' }, positional: [0, 0] },
    'branches restore': { flags: { '--project-id': 'value', '--preserve-under-name': 'value' }, positional: [2, 2] },
    'connection-string': { flags: { '--project-id': 'value' }, positional: [0, 1] },
  },
  atlas: {
    'clusters describe': { flags: { '--projectId': 'value', '--output': 'value', '-o': 'value' }, positional: [1, 1] },
    'backups restores start pointInTime': { flags: { '--clusterName': 'value', '--pointInTimeUTCSeconds': 'value', '--targetClusterName': 'value', '--targetProjectId': 'value', '--projectId': 'value' }, positional: [0, 0], required: ['--clusterName', '--targetClusterName', '--targetProjectId'] },
    'backups restores list': { flags: { '--projectId': 'value' }, positional: [1, 1] },
  },
};

/** Docker Compose v2 (`docker compose ...`): its global flags and each subcommand's. */
const COMPOSE_GLOBAL = { '-f': 'value', '--file': 'value', '-p': 'value', '--project-name': 'value', '--env-file': 'value', '--profile': 'value' };
const COMPOSE = {
  ps: { flags: { '-a': 'bool', '--all': 'bool', '-q': 'bool', '--format': 'value' }, services: 'many' },
  logs: { flags: { '--tail': 'value', '-f': 'bool', '--follow': 'bool', '-t': 'bool', '--since': 'value', '--no-color': 'bool' }, services: 'many' },
  restart: { flags: { '-t': 'value', '--timeout': 'value', '--no-deps': 'bool' }, services: 'many' },
  stop: { flags: { '-t': 'value', '--timeout': 'value' }, services: 'many' },
  start: { flags: {}, services: 'many' },
  up: { flags: { '-d': 'bool', '--detach': 'bool', '--no-deps': 'bool', '--force-recreate': 'bool', '--wait': 'bool' }, services: 'many' },
  exec: { flags: { '-T': 'bool', '--no-TTY': 'bool', '-e': 'value', '--env': 'value', '-u': 'value', '--user': 'value', '-w': 'value', '--workdir': 'value', '--index': 'value', '-d': 'bool', '--privileged': 'bool' }, services: 'one-then-command' },
  cp: { flags: { '-a': 'bool', '--archive': 'bool', '-L': 'bool' }, services: 'cp' },
};

function flagName(word) {
  const eq = word.indexOf('=');
  return eq === -1 ? word : word.slice(0, eq);
}

/** Checks flags against a table; returns [problem, positionals]. */
function readFlags(words, flags) {
  const positionals = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith('-') || word === '-') {
      positionals.push(word);
      continue;
    }
    const name = flagName(word);
    const kind = flags[name];
    if (!kind) return [`unknown option ${name}`, positionals];
    if (kind === 'value' && !word.includes('=')) {
      if (i + 1 >= words.length) return [`${name} needs a value`, positionals];
      i++;
    }
    if (kind === 'bool' && word.includes('=')) return [`${name} takes no value`, positionals];
  }
  return [undefined, positionals];
}

function checkTool(spec, name, words) {
  if (spec.commands) {
    const [problem, positionals] = readFlags(words, spec.flags);
    if (problem) return problem;
    const [command, ...args] = positionals;
    const counts = spec.commands[command];
    if (!counts) return `${name}: unknown command ${command ?? '(none)'}`;
    if (args.length < counts[0] || args.length > counts[1]) return `${name} ${command}: takes ${counts[0]}-${counts[1]} arguments, got ${args.length}`;
    const allowed = spec.values?.[command];
    if (allowed && !allowed.includes(args[0])) return `${name} ${command}: ${args[0]} is not one of ${allowed.join(', ')}`;
    return undefined;
  }
  const [problem, positionals] = readFlags(words, spec.flags);
  if (problem) return `${name}: ${problem}`;
  const [min, max] = spec.positional ?? [0, 0];
  if (positionals.length < min || positionals.length > max) return `${name}: takes ${min}-${max} arguments, got ${positionals.length}`;
  for (const flag of spec.required ?? []) if (!words.some((w) => flagName(w) === flag)) return `${name}: ${flag} is required`;
  if (spec.oneOf && !words.some((w) => spec.oneOf.includes(flagName(w)))) return `${name}: one of ${spec.oneOf.join(', ')} is required`;
  return undefined;
}

function checkTree(tree, name, words) {
  const paths = Object.keys(tree).sort((a, b) => b.split(' ').length - a.split(' ').length);
  for (const path of paths) {
    const parts = path.split(' ');
    if (parts.every((p, i) => words[i] === p)) return checkTool(tree[path], `${name} ${path}`, words.slice(parts.length));
  }
  return `${name}: unknown command ${words.slice(0, 2).join(' ')}`;
}

/**
 * `docker compose ...` against the plugin's documented syntax and the project's services.
 * Returns [problem, { subcommand, service, command }] where `command` is what exec runs inside.
 */
export function checkCompose(words, services) {
  let i = 0;
  while (i < words.length && words[i].startsWith('-')) {
    const kind = COMPOSE_GLOBAL[flagName(words[i])];
    if (!kind) return [`docker compose: unknown global option ${words[i]}`];
    i += kind === 'value' && !words[i].includes('=') ? 2 : 1;
  }
  const sub = words[i];
  const spec = COMPOSE[sub];
  if (!spec) return [`docker compose: unknown or unsupported subcommand ${sub}`];
  const rest = words.slice(i + 1);
  if (spec.services === 'one-then-command') {
    let j = 0;
    for (; j < rest.length && rest[j].startsWith('-'); j++) {
      const kind = spec.flags[flagName(rest[j])];
      if (!kind) return [`docker compose exec: unknown option ${rest[j]}`];
      if (kind === 'value' && !rest[j].includes('=')) j++;
    }
    const service = rest[j];
    if (!service) return ['docker compose exec: no service'];
    if (!services.has(service)) return [`docker compose exec: no service "${service}" in the compose file`];
    const command = rest.slice(j + 1);
    if (command.length === 0) return ['docker compose exec: no command'];
    return [undefined, { subcommand: sub, service, command }];
  }
  if (spec.services === 'cp') {
    const [problem, positionals] = readFlags(rest, spec.flags);
    if (problem) return [`docker compose cp: ${problem}`];
    if (positionals.length !== 2) return ['docker compose cp: takes SERVICE:SRC DEST or SRC SERVICE:DEST'];
    const remote = positionals.find((p) => /^[\w.-]+:/.test(p));
    if (!remote) return ['docker compose cp: one side must be SERVICE:PATH'];
    const service = remote.split(':')[0];
    if (!services.has(service)) return [`docker compose cp: no service "${service}" in the compose file`];
    return [undefined, { subcommand: sub, service }];
  }
  const [problem, positionals] = readFlags(rest, spec.flags);
  if (problem) return [`docker compose ${sub}: ${problem}`];
  for (const service of positionals) if (!services.has(service)) return [`docker compose ${sub}: no service "${service}" in the compose file`];
  return [undefined, { subcommand: sub }];
}

/** A tool this table documents: the problem with the command, '' when it is right, undefined when the tool is not documented here. */
export function checkDocumented(argv) {
  const [program, ...words] = argv;
  if (!program) return undefined;
  const base = program.split('/').pop().replace(/\.sh$/, '');
  if (TOOLS[base]) return checkTool(TOOLS[base], base, words) ?? '';
  if (TREES[base]) return checkTree(TREES[base], base, words) ?? '';
  return undefined;
}

export const DOCUMENTED_TOOLS = [...Object.keys(TOOLS), ...Object.keys(TREES), 'docker compose'];
