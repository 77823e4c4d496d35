export const id = 134;
export const ids = [134];
export const modules = {

/***/ 5134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanRepository: () => (/* binding */ scanRepository)
});

// UNUSED EXPORTS: collectSignals, extractorsFor, isManifest

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./src/catalog/match.ts

/** Exact names in a map, globs in a list: most lookups are one map hit. */
class PatternIndex {
    normalize;
    exact = new Map();
    globs = [];
    constructor(normalize) {
        this.normalize = normalize;
    }
    add(pattern, entry) {
        const name = this.normalize(pattern);
        // Brackets are literal, never character classes: `celery[redis]` names a Python extra and
        // `sqlx[postgres]` a Rust feature. `noext` keeps `+` in `postgresql+*` a plain character.
        if (/[*?{]/.test(name)) {
            const glob = name.replace(/[[\]]/g, '\\$&');
            this.globs.push({ matcher: new esm/* Minimatch */.VR(glob, { dot: true, nocase: true, noext: true }), entry });
        }
        else {
            const list = this.exact.get(name) ?? [];
            list.push(entry);
            this.exact.set(name, list);
        }
    }
    lookup(raw) {
        const name = this.normalize(raw);
        const found = [...(this.exact.get(name) ?? [])];
        for (const { matcher, entry } of this.globs)
            if (matcher.match(name))
                found.push(entry);
        return found;
    }
}
const lower = (name) => name.toLowerCase();
/** PEP 503: names compare case-insensitively with runs of -, _ and . folded together. */
const pypiName = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
/** Go: a major-version suffix (/v5) names the same module. */
const goModule = (name) => name.toLowerCase().replace(/\/v\d+$/, '');
const envName = (name) => name.toUpperCase();
const NORMALIZERS = {
    npm: lower, pypi: pypiName, gem: lower, go: goModule, composer: lower, cargo: lower, maven: lower,
};
class Matcher {
    packages = new Map();
    byKind = new Map();
    terraform;
    constructor(catalog) {
        for (const eco of Object.keys(NORMALIZERS))
            this.packages.set(eco, new PatternIndex(NORMALIZERS[eco]));
        const kinds = [
            ['env', envName, (r) => r.signals.env],
            ['url-scheme', lower, (r) => r.signals.urlSchemes],
            ['image', lower, (r) => r.signals.images],
            ['terraform-module', lower, (r) => r.signals.terraformModules],
            ['helm-chart', lower, (r) => r.signals.helm],
            ['prisma', lower, (r) => r.signals.prisma],
            ['platform', lower, (r) => r.signals.platform],
        ];
        for (const [kind, normalize] of kinds)
            this.byKind.set(kind, new PatternIndex(normalize));
        this.terraform = new PatternIndex(lower);
        for (const rule of catalog.rules) {
            for (const [eco, list] of Object.entries(rule.signals.packages ?? {})) {
                for (const p of list)
                    this.packages.get(eco).add(p.name, { rule, provider: p.provider });
            }
            for (const [kind, , get] of kinds) {
                for (const p of get(rule) ?? [])
                    this.byKind.get(kind).add(p.name, { rule, provider: p.provider, engine: p.engine });
            }
            for (const t of rule.signals.terraform ?? [])
                this.terraform.add(t.type, { rule, provider: t.provider, engine: t.engine });
        }
    }
    /** The rules a signal proves, with the provider each implies. */
    match(signal) {
        switch (signal.kind) {
            case 'package': {
                const index = signal.ecosystem ? this.packages.get(signal.ecosystem) : undefined;
                if (!index)
                    return [];
                // `redis[hiredis]` is still the `redis` package: look the base name up too.
                const base = /^([^[\]]+)\[[^\]]*\]$/.exec(signal.name)?.[1];
                return base ? [...index.lookup(signal.name), ...index.lookup(base)] : index.lookup(signal.name);
            }
            case 'terraform':
                return this.terraform.lookup(signal.name).filter((entry) => engineMatches(entry, signal.engine));
            case 'terraform-module':
                return (this.byKind.get('terraform-module')?.lookup(signal.name) ?? []).filter((entry) => engineMatches(entry, signal.engine));
            default:
                return this.byKind.get(signal.kind)?.lookup(signal.name) ?? [];
        }
    }
}
/** A pattern with engines matches only a signal whose literal engine is one of them. */
function engineMatches(entry, signalEngine) {
    if (!entry.engine)
        return true;
    if (!signalEngine)
        return false;
    const engine = signalEngine.toLowerCase();
    return entry.engine.some((e) => (0,esm/* minimatch */.xF)(engine, e.toLowerCase(), { noext: true }));
}
/** How many services of one category a single env example may offer before they read as a menu of options. */
const OPTIONAL_MENU_THRESHOLD = 5;
/**
 * Turns signals into dependencies. Rules applied here, not in extractors:
 * - dev-scope signals never make a production dependency;
 * - env-only evidence from one file that names OPTIONAL_MENU_THRESHOLD or more services
 *   of the same category (a list of optional SSO providers, say) is a menu of choices,
 *   not a dependency, unless another kind of evidence confirms the service.
 */
function resolveDependencies(signals, matcher) {
    const found = new Map();
    for (const signal of signals) {
        if (signal.scope === 'dev')
            continue;
        const seen = new Set();
        for (const entry of matcher.match(signal)) {
            if (seen.has(entry.rule.id))
                continue;
            seen.add(entry.rule.id);
            let item = found.get(entry.rule.id);
            if (!item) {
                item = { rule: entry.rule, providers: [], evidence: [] };
                found.set(entry.rule.id, item);
            }
            if (entry.provider)
                item.providers.push(entry.provider);
            item.evidence.push({ path: signal.path, line: signal.line, source: signal.source, detail: signal.detail, kind: signal.kind });
        }
    }
    dropOptionalMenus(found);
    const deps = [];
    for (const { rule, providers, evidence } of found.values()) {
        const unique = new Map();
        for (const e of evidence) {
            const key = `${e.path}\0${e.line}\0${e.detail}`;
            if (!unique.has(key))
                unique.set(key, { path: e.path, line: e.line, source: e.source, detail: e.detail });
        }
        deps.push({
            id: rule.id,
            name: rule.name,
            category: rule.category,
            tier: rule.tier,
            provider: providers[0] ?? null,
            evidence: [...unique.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line)),
        });
    }
    return deps.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function dropOptionalMenus(found) {
    const perFileCategory = new Map();
    for (const [id, item] of found) {
        if (!item.evidence.every((e) => e.kind === 'env' || e.kind === 'url-scheme'))
            continue;
        for (const path of new Set(item.evidence.map((e) => e.path))) {
            const key = `${path}\0${item.rule.category}`;
            const ids = perFileCategory.get(key) ?? new Set();
            ids.add(id);
            perFileCategory.set(key, ids);
        }
    }
    for (const ids of perFileCategory.values()) {
        if (ids.size < OPTIONAL_MENU_THRESHOLD)
            continue;
        for (const id of ids) {
            const item = found.get(id);
            // Only drop services whose every piece of evidence comes from menu files.
            if (item && item.evidence.every((e) => e.kind === 'env' || e.kind === 'url-scheme')) {
                const paths = new Set(item.evidence.map((e) => e.path));
                const allInMenus = [...paths].every((p) => (perFileCategory.get(`${p}\0${item.rule.category}`)?.size ?? 0) >= OPTIONAL_MENU_THRESHOLD);
                if (allInMenus)
                    found.delete(id);
            }
        }
    }
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/util/lines.ts
/** Maps string offsets to 1-based line numbers; built once per file, each lookup a binary search. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                this.starts.push(i + 1);
        }
    }
    lineAt(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    get lineCount() {
        return this.starts.length;
    }
}
/** Splits text into lines without their terminators (\n or \r\n). */
function splitLines(text) {
    return text.split(/\r?\n/);
}
/** Strips a UTF-8 byte order mark, which parsers would otherwise read as content. */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

;// CONCATENATED MODULE: ./src/util/json.ts


/**
 * Parses JSON keeping node offsets, so evidence can point at the line of a key.
 * Syntax errors are reported through `warn` with their line; whatever parsed is still returned.
 */
function parseJsonWithPositions(text, warn) {
    const body = stripBom(text);
    const errors = [];
    const root = (0,main.parseTree)(body, errors, { allowTrailingComma: true, disallowComments: false });
    const lines = new LineIndex(body);
    for (const error of errors.slice(0, 1)) {
        // "PropertyNameExpected" reads better as "property name expected".
        const words = (0,main.printParseErrorCode)(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
        warn(`invalid JSON: ${words}`, lines.lineAt(error.offset));
    }
    return { root, lines, lineOf: (node) => lines.lineAt(node.offset) };
}
/** The property nodes of an object node, as [key, keyNode, valueNode]. */
function objectEntries(node) {
    if (!node || node.type !== 'object' || !node.children)
        return [];
    const out = [];
    for (const prop of node.children) {
        const [key, value] = prop.children ?? [];
        if (key && value && typeof key.value === 'string')
            out.push([key.value, key, value]);
    }
    return out;
}
/** The value node of a property, or undefined. */
function property(node, name) {
    return objectEntries(node).find(([key]) => key === name)?.[2];
}

;// CONCATENATED MODULE: ./src/discover/extractors/paths.ts
/** Path helpers for matching repository-relative paths (always `/`-separated). */
function basename(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? path : path.slice(slash + 1);
}
function dirname(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/** The lower-cased file name. */
function lowerName(path) {
    return basename(path).toLowerCase();
}

;// CONCATENATED MODULE: ./src/discover/extractors/npm-package-json.ts


/** Sections whose packages ship to production. */
const PROD_SECTIONS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/** Sections read only so nothing there is ever mistaken for production. */
const DEV_SECTIONS = ['devDependencies'];
/**
 * npm / yarn / pnpm `package.json`. Every workspace has its own package.json, which
 * git lists like any other file, so monorepos need no special walk.
 */
const npmPackageJson = {
    id: 'npm',
    matches: (path) => basename(path) === 'package.json',
    extract({ path, text, warn }) {
        const json = parseJsonWithPositions(text, warn);
        if (!json.root)
            return [];
        if (json.root.type !== 'object') {
            warn('package.json is not a JSON object', 1);
            return [];
        }
        const signals = [];
        for (const section of [...PROD_SECTIONS, ...DEV_SECTIONS]) {
            for (const [name, keyNode, valueNode] of objectEntries(property(json.root, section))) {
                const version = typeof valueNode.value === 'string' ? valueNode.value : undefined;
                signals.push({
                    kind: 'package',
                    ecosystem: 'npm',
                    name,
                    path,
                    line: json.lineOf(keyNode),
                    source: 'npm',
                    detail: `${section} "${name}"${version ? ` ${version}` : ''}`,
                    ...(version ? { version } : {}),
                    // Type-only packages (@types/pg) never run in production, whatever section lists them.
                    scope: DEV_SECTIONS.includes(section) || name.startsWith('@types/') ? 'dev' : 'prod',
                });
            }
        }
        return signals;
    },
};

;// CONCATENATED MODULE: ./src/discover/extractors/connection-url.ts
/** Web and file schemes say nothing about a backing service; every other scheme is a connection URL. */
const NON_SERVICE_SCHEMES = new Set(['http', 'https', 'ws', 'wss', 'file', 'ftp', 'ftps', 'sftp', 'mailto', 'data', 'git', 'ssh']);
/**
 * The lower-case scheme of a connection URL in a value (`postgres`, `mongodb+srv`), or undefined.
 * `jdbc:postgresql://` counts as `postgresql`. A hand-written regex: this reads the start of one
 * value, not a file; RFC 3986 scheme characters are letters, digits, `+`, `-` and `.`.
 */
function connectionScheme(value) {
    if (!value)
        return undefined;
    const match = /^(?:jdbc:)?([a-z][a-z0-9+.-]*):\/\//i.exec(value.trim());
    const scheme = match?.[1]?.toLowerCase();
    return scheme && !NON_SERVICE_SCHEMES.has(scheme) ? scheme : undefined;
}
/**
 * An environment variable as signals: its name, and the scheme of its value when the value is
 * a connection URL. The value itself never appears in a detail: it may hold a password.
 */
function variableSignals(name, value, site) {
    const prefix = site.context ? `${site.context} ` : '';
    const base = { path: site.path, line: site.line, source: site.source, scope: site.scope };
    const signals = [{ kind: 'env', name, detail: `${prefix}${name}`, ...base }];
    const scheme = connectionScheme(value);
    if (scheme)
        signals.push({ kind: 'url-scheme', name: scheme, detail: `${prefix}${name} (${scheme}:// URL)`, ...base });
    return signals;
}

;// CONCATENATED MODULE: ./src/discover/extractors/dev-scope.ts
/**
 * Names that mark a config file or folder as development/test only. Files in test and
 * example folders are never listed (src/discover/files.ts); these catch the rest, such as
 * `docker-compose.dev.yml` or `k8s/overlays/local/` or `.devcontainer/`.
 */
const DEV_TOKENS = new Set(['dev', 'development', 'develop', 'local', 'test', 'tests', 'testing', 'ci', 'e2e', 'debug', 'devcontainer']);
/** Words of a file name or path: `docker-compose.dev.yml` → docker, compose, dev, yml. */
function pathTokens(path) {
    return path.toLowerCase().split(/[/._-]+/).filter(Boolean);
}
/** True when a word of the path says development or test; `ignore` leaves some words out. */
function hasDevToken(path, ignore = []) {
    return pathTokens(path).some((token) => DEV_TOKENS.has(token) && !ignore.includes(token));
}

;// CONCATENATED MODULE: ./src/discover/extractors/env-example.ts




/** Words that mark an env file as a committed template rather than real settings. */
const TEMPLATE_MARKERS = new Set(['example', 'sample', 'template', 'tmpl', 'tpl', 'dist', 'defaults']);
/**
 * `.env.example`, `.env.sample`, `.env.local.example`, `example.env`, `env.template`...
 * A real `.env` (or `.env.production`) holds secrets and is never read: a template marker is required.
 */
function isEnvTemplate(path) {
    const words = lowerName(path).split(/[._-]+/).filter(Boolean);
    const last = words[words.length - 1];
    return words.includes('env') && words.some((w) => TEMPLATE_MARKERS.has(w)) && last !== undefined && (last === 'env' || TEMPLATE_MARKERS.has(last));
}
/**
 * One assignment line as dotenv reads it: optional `export`, a name, `=` (or `: `), a value.
 * A hand-written regex because the format is line-based and the `dotenv` package is not a
 * dependency here; it also gives no line numbers.
 */
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*(?:=|:(?=\s|$))\s*(.*)$/;
/**
 * Reads assignments with dotenv's rules: `#` lines are comments, quoted values may span lines,
 * an unquoted value ends at `#`. Lines that are not assignments are ignored, as dotenv does.
 */
function readDotenv(text) {
    const lines = splitLines(stripBom(text));
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const match = ASSIGNMENT.exec(lines[i]);
        if (!match)
            continue;
        const line = i + 1;
        let rest = match[2];
        const quote = rest[0];
        if (quote === '"' || quote === "'" || quote === '`') {
            let body = rest.slice(1);
            let close = closingQuote(body, quote);
            // A value whose closing quote is on a later line spans those lines.
            while (close === -1 && i + 1 < lines.length) {
                body += '\n' + lines[++i];
                close = closingQuote(body, quote);
            }
            rest = close === -1 ? body : body.slice(0, close);
        }
        else {
            const hash = rest.indexOf('#');
            rest = (hash === -1 ? rest : rest.slice(0, hash)).trim();
        }
        out.push({ name: match[1], value: rest, line });
    }
    return out;
}
function closingQuote(body, quote) {
    for (let i = 0; i < body.length; i++) {
        if (body[i] === '\\' && quote === '"')
            i++;
        else if (body[i] === quote)
            return i;
    }
    return -1;
}
/** Env templates: every variable the app expects, and the kind of server its URLs point at. */
const envExample = {
    id: 'env',
    matches: isEnvTemplate,
    extract({ path, text }) {
        // `.env.local.example` is the usual template for every deployment (Next.js and others), not a dev file.
        const scope = hasDevToken(path, ['local']) ? 'dev' : 'prod';
        const signals = [];
        for (const { name, value, line } of readDotenv(text)) {
            signals.push(...variableSignals(name, value, { path, line, source: 'env', scope }));
        }
        return signals;
    },
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/discover/extractors/image-ref.ts
/**
 * Container image references as the catalog knows them: `docker.io/bitnami/kafka:3.6@sha256:...`
 * becomes repository `bitnami/kafka` with tag `3.6`. Shared by compose, Kubernetes and Helm values.
 */
/**
 * Compose-style `${VAR:-default}` / `${VAR-default}` interpolation: the default is what a
 * plain checkout runs with. A hand-written regex because this is one token inside one
 * string, not a file format.
 */
const INTERPOLATION_WITH_DEFAULT = /\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)\}/g;
/** Parses an image reference; undefined when the repository itself is templated or empty. */
function parseImageRef(raw) {
    let ref = raw.trim().replace(INTERPOLATION_WITH_DEFAULT, '$1');
    const at = ref.indexOf('@');
    if (at !== -1)
        ref = ref.slice(0, at);
    let tag;
    // The tag follows the last ':' after the last '/'; an earlier ':' is a registry port.
    const colon = ref.lastIndexOf(':');
    if (colon > ref.lastIndexOf('/')) {
        tag = ref.slice(colon + 1);
        ref = ref.slice(0, colon);
    }
    const repository = normalizeRepository(ref);
    if (!repository)
        return undefined;
    return { repository, ...(tag && !/[${}]/.test(tag) ? { tag } : {}) };
}
/** Lower-cases and strips the registry host and Docker Hub's `library/` namespace. */
function normalizeRepository(raw) {
    const parts = raw.trim().toLowerCase().split('/').filter(Boolean);
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost'))
        parts.shift();
    if (parts.length > 1 && parts[0] === 'library')
        parts.shift();
    const repository = parts.join('/');
    // Unresolved variables or template syntax: nothing reliable to name.
    if (!repository || /[${}\s]/.test(repository))
        return undefined;
    return repository;
}
/**
 * Images that only ever serve development: mail catchers, database admin UIs, cloud
 * emulators and HTTP mocks. Matched on the last path segment so any publisher's build counts.
 */
const DEV_HELPER_IMAGES = new Set([
    'mailhog', 'mailpit', 'inbucket', 'maildev', 'mailcatcher', 'smtp4dev', 'greenmail',
    'adminer', 'pgadmin4', 'pgadmin', 'phpmyadmin', 'redis-commander', 'redisinsight', 'mongo-express', 'kafka-ui', 'kafdrop',
    'localstack', 'azurite', 'dynamodb-local', 'fake-gcs-server', 'cloud-sql-proxy-emulator', 'firebase-emulator',
    'wiremock', 'mockserver', 'prism', 'toxiproxy',
]);
function isDevHelperImage(repository) {
    return DEV_HELPER_IMAGES.has(repository.slice(repository.lastIndexOf('/') + 1));
}

;// CONCATENATED MODULE: ./src/discover/extractors/yaml-nodes.ts

function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/** Reports a document's first error with its line; true when the document is usable. */
function reportErrors(doc, warn) {
    const error = doc.errors[0];
    if (!error)
        return true;
    warn(`invalid YAML: ${firstLine(error.message)}`, error.linePos?.[0]?.line);
    return false;
}
/** One YAML document (compose, Chart.yaml, values.yaml): nothing when it is malformed. */
function parseYaml(text, warn) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter });
    const docs = reportErrors(doc, warn) ? [doc] : [];
    return { docs, lineOf: (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1) };
}
/** Every document of a multi-document stream; a broken one is reported and skipped, the others kept. */
function parseYamlStream(text, warn) {
    const lineCounter = new dist/* LineCounter */.HN();
    const all = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter });
    const docs = Array.isArray(all) ? all.filter((doc) => reportErrors(doc, warn)) : [];
    return { docs: docs, lineOf: (node) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1) };
}
/** Follows an alias (`*name`) to the node it points at. */
function resolve(node, doc) {
    let current = node;
    for (let hops = 0; (0,dist/* isAlias */.Vj)(current) && hops < 10; hops++)
        current = current.resolve(doc);
    return current && typeof current === 'object' ? current : undefined;
}
/**
 * The [key, value, key node] entries of a mapping, own keys first, then keys brought in by `<<: *anchor`
 * merges (which own keys override), as compose files often share settings that way.
 */
function mapEntries(node, doc, depth = 0) {
    const map = resolve(node, doc);
    if (!(0,dist/* isMap */.jh)(map) || depth > 5)
        return [];
    const own = [];
    const merged = [];
    for (const pair of map.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined)
            continue;
        if (key === '<<') {
            const source = resolve(pair.value, doc);
            const sources = (0,dist/* isSeq */.oP)(source) ? source.items : [source];
            for (const item of sources)
                merged.push(...mapEntries(item, doc, depth + 1));
        }
        else {
            own.push([key, (pair.value ?? undefined), pair.key]);
        }
    }
    const seen = new Set(own.map(([key]) => key));
    return [...own, ...merged.filter(([key]) => !seen.has(key) && (seen.add(key), true))];
}
/** The value node of one key of a mapping (aliases and merges followed). */
function mapGet(node, key, doc) {
    const entry = mapEntries(node, doc).find(([k]) => k === key);
    return entry ? resolve(entry[1], doc) : undefined;
}
/** A nested value by key path. */
function mapPath(node, keys, doc) {
    let current = resolve(node, doc);
    for (const key of keys)
        current = current ? mapGet(current, key, doc) : undefined;
    return current;
}
/** The items of a sequence node, aliases followed. */
function seqItems(node, doc) {
    const seq = resolve(node, doc);
    if (!(0,dist/* isSeq */.oP)(seq))
        return [];
    return seq.items.map((item) => resolve(item, doc)).filter((item) => item !== undefined);
}
/** A scalar's value as text (numbers and booleans too), or undefined for maps, lists and nulls. */
function scalarText(node, doc) {
    const value = resolve(node, doc);
    if (!(0,dist/* isScalar */.jn)(value) || value.value === null || value.value === undefined)
        return undefined;
    return typeof value.value === 'object' ? undefined : String(value.value);
}

;// CONCATENATED MODULE: ./src/discover/extractors/docker-compose.ts






/** `docker-compose.yml`, `docker-compose.prod.yml`, `compose.yaml`, `compose.test.yaml`... */
function isComposeFile(path) {
    return /^(docker-)?compose(\.[^/]+)?\.ya?ml$/.test(lowerName(path));
}
/**
 * Dev-only compose files: named for dev/test/local/ci, under `.devcontainer/`, or
 * `docker-compose.override.yml`, which `docker compose up` merges in automatically and
 * which by convention holds local-development changes (production runs with explicit `-f`).
 */
function isDevComposeFile(path) {
    return hasDevToken(path) || /^(docker-)?compose\.override\.ya?ml$/.test(lowerName(path));
}
const DEV_PROFILES = new Set(['dev', 'development', 'local', 'test', 'testing', 'ci', 'e2e', 'debug', 'tools']);
/** A service only started with `--profile dev` (or test...) is not part of the production stack. */
function hasDevProfile(service, doc) {
    return seqItems(mapGet(service, 'profiles', doc), doc).some((p) => DEV_PROFILES.has((scalarText(p, doc) ?? '').toLowerCase()));
}
/** Compose files: the images each service runs and the environment it is given. */
const dockerCompose = {
    id: 'compose',
    matches: isComposeFile,
    extract({ path, text, warn }) {
        const { docs, lineOf } = parseYaml(text, warn);
        const doc = docs[0];
        if (!doc)
            return [];
        if (doc.contents !== null && !(0,dist/* isMap */.jh)(doc.contents)) {
            warn('a compose file is a YAML mapping', lineOf(doc.contents));
            return [];
        }
        const fileIsDev = isDevComposeFile(path);
        const signals = [];
        for (const [serviceName, service] of mapEntries(mapGet(doc.contents, 'services', doc), doc)) {
            const imageNode = mapGet(service, 'image', doc);
            const image = parseImageRef(scalarText(imageNode, doc) ?? '');
            const serviceIsDev = fileIsDev || hasDevProfile(service, doc) || (image !== undefined && isDevHelperImage(image.repository));
            const scope = serviceIsDev ? 'dev' : 'prod';
            if (image) {
                signals.push({
                    kind: 'image',
                    name: image.repository,
                    path,
                    line: lineOf(imageNode),
                    source: 'compose',
                    detail: `service "${serviceName}" image ${image.repository}${image.tag ? `:${image.tag}` : ''}`,
                    ...(image.tag ? { version: image.tag } : {}),
                    scope,
                });
            }
            signals.push(...environmentSignals(mapGet(service, 'environment', doc), doc, lineOf, { path, serviceName, scope }));
        }
        return signals;
    },
};
/** `environment:` as a map (`KEY: value`) or a list (`- KEY=value`, `- KEY`). */
function environmentSignals(node, doc, lineOf, site) {
    const context = `service "${site.serviceName}" environment`;
    const signals = [];
    const add = (name, value, at) => {
        if (!/^[A-Za-z_][\w.-]*$/.test(name))
            return;
        signals.push(...variableSignals(name, value, { path: site.path, line: lineOf(at), source: 'compose', context, scope: site.scope }));
    };
    if ((0,dist/* isMap */.jh)(node)) {
        for (const [name, value, keyNode] of mapEntries(node, doc))
            add(name, scalarText(value, doc), keyNode);
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of seqItems(node, doc)) {
            const entry = scalarText(item, doc);
            if (entry === undefined)
                continue;
            const eq = entry.indexOf('=');
            add(eq === -1 ? entry.trim() : entry.slice(0, eq).trim(), eq === -1 ? undefined : entry.slice(eq + 1), item);
        }
    }
    return signals;
}

;// CONCATENATED MODULE: ./src/discover/extractors/helm-chart.ts




/** `Chart.yaml` (Helm 3) and `requirements.yaml` (Helm 2 charts keep their dependencies there). */
function isHelmChartFile(path) {
    const name = basename(path);
    return name === 'Chart.yaml' || name === 'requirements.yaml';
}
/** The chart's default values, read quietly: the values extractor reports a malformed file. */
async function siblingValues(readSibling) {
    const text = await readSibling?.('values.yaml');
    if (!text)
        return {};
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length > 0)
        return {};
    const values = doc.toJS({ maxAliasCount: 1000 });
    return values && typeof values === 'object' ? values : {};
}
function valueAt(values, dotted) {
    let current = values;
    for (const key of dotted.split('.')) {
        if (!current || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
/**
 * Helm's rules: the first condition path that holds a boolean decides; without one, a dependency
 * with a true tag is on and one whose tags are all false is off; otherwise it is on.
 */
function isDependencyEnabled(condition, tags, values) {
    for (const path of (condition ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
        const value = valueAt(values, path);
        if (typeof value === 'boolean')
            return value;
    }
    const tagValues = tags.map((tag) => valueAt(values, `tags.${tag}`)).filter((v) => typeof v === 'boolean');
    if (tagValues.includes(true))
        return true;
    return !tagValues.includes(false);
}
/**
 * Helm chart dependencies (`postgresql` from the Bitnami repository...). A dependency its
 * chart's own values.yaml switches off (`postgresql.enabled: false`) is not emitted.
 */
const helmChart = {
    id: 'helm',
    matches: isHelmChartFile,
    async extract({ path, text, warn, readSibling }) {
        const { docs, lineOf } = parseYaml(text, warn);
        const doc = docs[0];
        if (!doc)
            return [];
        const dependencies = seqItems(mapGet(doc.contents, 'dependencies', doc), doc);
        if (dependencies.length === 0)
            return [];
        const values = await siblingValues(readSibling);
        const scope = hasDevToken(path) ? 'dev' : 'prod';
        const signals = [];
        for (const dependency of dependencies) {
            const nameNode = mapGet(dependency, 'name', doc);
            const name = scalarText(nameNode, doc);
            if (!name)
                continue;
            const condition = scalarText(mapGet(dependency, 'condition', doc), doc);
            const tags = seqItems(mapGet(dependency, 'tags', doc), doc).map((t) => scalarText(t, doc)).filter((t) => !!t);
            if (!isDependencyEnabled(condition, tags, values))
                continue;
            const version = scalarText(mapGet(dependency, 'version', doc), doc);
            const alias = scalarText(mapGet(dependency, 'alias', doc), doc);
            signals.push({
                kind: 'helm-chart',
                name,
                path,
                line: lineOf(nameNode),
                source: 'helm',
                detail: `dependency "${name}"${version ? ` ${version}` : ''}${alias ? ` as "${alias}"` : ''}${condition ? ` (condition ${condition})` : ''}`,
                ...(version ? { version } : {}),
                scope,
            });
        }
        return signals;
    },
};

;// CONCATENATED MODULE: ./src/discover/extractors/helm-values.ts





/** `values.yaml`, `values-prod.yaml`, `prod.values.yml`... */
function isHelmValuesName(path) {
    const name = lowerName(path);
    return /\.ya?ml$/.test(name) && name.replace(/\.ya?ml$/, '').split(/[._-]+/).includes('values');
}
/** Folders that hold Helm charts or their per-environment values. */
const CHART_DIRS = new Set(['charts', 'chart', 'helm']);
/** Keys whose value is an image: `image`, and `*Image` such as `initImage`. */
function isImageKey(key) {
    return key === 'image' || /[a-z]Image$/.test(key);
}
/**
 * Helm values files of a chart (beside a Chart.yaml, or under charts/, chart/ or helm/):
 * `image: repo:tag` strings and `image: {registry, repository, tag}` maps. A block with
 * `enabled: false` (a switched-off sub-chart or sidecar) is not deployed and is skipped.
 */
const helmValues = {
    id: 'helm-values',
    matches: isHelmValuesName,
    async extract({ path, text, warn, readSibling }) {
        const inChartFolder = path.toLowerCase().split('/').slice(0, -1).some((folder) => CHART_DIRS.has(folder));
        if (!inChartFolder && (await readSibling?.('Chart.yaml')) === undefined)
            return [];
        const { docs, lineOf } = parseYaml(text, warn);
        const doc = docs[0];
        if (!doc)
            return [];
        const signals = [];
        walk(doc.contents, [], { path, scope: hasDevToken(path) ? 'dev' : 'prod', lineOf, doc }, signals);
        return signals;
    },
};
function walk(node, keys, site, out) {
    const { doc } = site;
    if (keys.length > 20)
        return;
    if ((0,dist/* isSeq */.oP)(resolve(node, doc))) {
        seqItems(node, doc).forEach((item, index) => walk(item, [...keys, String(index)], site, out));
        return;
    }
    if (!(0,dist/* isMap */.jh)(resolve(node, doc)))
        return;
    if (scalarText(mapGet(node, 'enabled', doc), doc) === 'false')
        return;
    for (const [key, value] of mapEntries(node, doc)) {
        const here = [...keys, key];
        if (isImageKey(key)) {
            const signal = imageSignal(resolve(value, doc), here.join('.'), site);
            if (signal) {
                out.push(signal);
                continue;
            }
        }
        walk(value, here, site, out);
    }
}
function imageSignal(node, keyPath, site) {
    const { doc } = site;
    let at = node;
    let raw = scalarText(node, doc);
    if ((0,dist/* isMap */.jh)(node)) {
        at = mapGet(node, 'repository', doc);
        const repository = scalarText(at, doc);
        if (!repository)
            return undefined;
        const registry = scalarText(mapGet(node, 'registry', doc), doc);
        const tag = scalarText(mapGet(node, 'tag', doc), doc);
        raw = `${registry ? `${registry}/` : ''}${repository}${tag && !repository.includes(':') ? `:${tag}` : ''}`;
    }
    // A value like `image: true` or a template placeholder names nothing.
    const image = raw && !/^(true|false)$/.test(raw) ? parseImageRef(raw) : undefined;
    if (!image)
        return undefined;
    return {
        kind: 'image',
        name: image.repository,
        path: site.path,
        line: site.lineOf(at),
        source: 'helm',
        detail: `values ${keyPath} ${image.repository}${image.tag ? `:${image.tag}` : ''}`,
        ...(image.tag ? { version: image.tag } : {}),
        scope: site.scope === 'dev' || isDevHelperImage(image.repository) ? 'dev' : 'prod',
    };
}

;// CONCATENATED MODULE: ./src/discover/extractors/kubernetes.ts








/**
 * Folders where manifests live. matches() sees only the path, and a monorepo has YAML of every
 * kind (CI, OpenAPI, i18n...), so only YAML in these folders, or named like a manifest, is read;
 * extract() then bails out before parsing unless the text mentions both `apiVersion` and `kind`.
 */
const MANIFEST_DIRS = new Set([
    'k8s', '.k8s', 'kube', 'kubernetes', 'manifests', 'deploy', 'deployment', 'deployments', 'infra', 'infrastructure',
    'charts', 'helm', 'kustomize', 'overlays', 'argocd', 'gitops', 'openshift',
]);
/** File-name words that say "Kubernetes manifest" wherever the file is. */
const MANIFEST_NAME_WORDS = new Set(['k8s', 'kube', 'kubernetes', 'deployment', 'statefulset', 'daemonset', 'cronjob', 'manifest', 'manifests']);
function isKubernetesCandidate(path) {
    const name = lowerName(path);
    if (!/\.ya?ml$/.test(name))
        return false;
    // Files with their own extractor, and CI workflows, are never manifests.
    if (isComposeFile(path) || isHelmChartFile(path) || isHelmValuesName(path) || path.startsWith('.github/'))
        return false;
    const folders = path.toLowerCase().split('/').slice(0, -1);
    if (folders.some((folder) => MANIFEST_DIRS.has(folder)))
        return true;
    return name.replace(/\.ya?ml$/, '').split(/[._-]+/).some((word) => MANIFEST_NAME_WORDS.has(word));
}
/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    ReplicationController: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
/** API groups served by Kubernetes itself; any other group belongs to an operator's custom resource. */
function isCustomGroup(group) {
    return group.includes('.') && !group.endsWith('.k8s.io');
}
/**
 * Kubernetes manifests, multi-document: container images and env names of workloads, and
 * operator custom resources (a CloudNativePG `Cluster` is a PostgreSQL) as platform
 * signals named `k8s:<group>/<Kind>`.
 */
const kubernetesManifest = {
    id: 'kubernetes',
    matches: isKubernetesCandidate,
    extract({ path, text, warn }) {
        // Helm templates are Go templates that only become YAML once rendered.
        if (path.split('/').includes('templates') && text.includes('{{'))
            return [];
        if (!text.includes('apiVersion') || !text.includes('kind'))
            return [];
        const { docs, lineOf } = parseYamlStream(text, warn);
        const scope = hasDevToken(path) ? 'dev' : 'prod';
        const signals = [];
        for (const doc of docs)
            signals.push(...resourceSignals(doc.contents, { path, scope, lineOf, doc }, 0));
        return signals;
    },
};
function resourceSignals(node, site, depth) {
    const { doc } = site;
    const apiVersion = scalarText(mapGet(node, 'apiVersion', doc), doc);
    const kindNode = mapGet(node, 'kind', doc);
    const kind = scalarText(kindNode, doc);
    if (!apiVersion || !kind)
        return [];
    // `kind: List` (what `kubectl get -o yaml` writes) wraps resources in `items`.
    if (kind === 'List' && depth < 3)
        return seqItems(mapGet(node, 'items', doc), doc).flatMap((item) => resourceSignals(item, site, depth + 1));
    const resourceName = scalarText(mapPath(node, ['metadata', 'name'], doc), doc) ?? '?';
    const specPath = POD_SPEC_PATHS[kind];
    if (specPath)
        return podSpecSignals(mapPath(node, specPath, doc), `${kind} "${resourceName}"`, site);
    const slash = apiVersion.indexOf('/');
    const group = slash === -1 ? '' : apiVersion.slice(0, slash);
    if (!isCustomGroup(group))
        return [];
    return [{
            kind: 'platform',
            name: `k8s:${group}/${kind}`,
            path: site.path,
            line: site.lineOf(kindNode),
            source: 'kubernetes',
            detail: `${kind} "${resourceName}" (${apiVersion})`,
            scope: site.scope,
        }];
}
function podSpecSignals(spec, owner, site) {
    const { doc, lineOf, path } = site;
    const signals = [];
    for (const list of ['initContainers', 'containers']) {
        for (const container of seqItems(mapGet(spec, list, doc), doc)) {
            const containerName = scalarText(mapGet(container, 'name', doc), doc) ?? '?';
            const context = `${owner} container "${containerName}"`;
            const imageNode = mapGet(container, 'image', doc);
            const image = parseImageRef(scalarText(imageNode, doc) ?? '');
            // A mail catcher or admin UI container, and everything it is given, is development tooling.
            const scope = site.scope === 'dev' || (image !== undefined && isDevHelperImage(image.repository)) ? 'dev' : 'prod';
            if (image) {
                signals.push({
                    kind: 'image',
                    name: image.repository,
                    path,
                    line: lineOf(imageNode),
                    source: 'kubernetes',
                    detail: `${context} image ${image.repository}${image.tag ? `:${image.tag}` : ''}`,
                    ...(image.tag ? { version: image.tag } : {}),
                    scope,
                });
            }
            for (const variable of seqItems(mapGet(container, 'env', doc), doc)) {
                const nameNode = mapGet(variable, 'name', doc);
                const name = scalarText(nameNode, doc);
                if (!name)
                    continue;
                const value = scalarText(mapGet(variable, 'value', doc), doc);
                signals.push(...variableSignals(name, value, { path, line: lineOf(nameNode), source: 'kubernetes', context: `${context} env`, scope }));
            }
        }
    }
    return signals;
}

;// CONCATENATED MODULE: ./src/discover/extractors/index.ts






/** Every manifest kind Paramedic reads, one module each. */
const extractors_EXTRACTORS = [
    npmPackageJson,
    envExample,
    dockerCompose,
    kubernetesManifest,
    helmChart,
    helmValues,
];

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/util/git.ts

/**
 * Runs git with an argument array (never a shell), so file names starting with `-`
 * or holding spaces cannot become options. Resolves with the exit code instead of throwing.
 */
function git(cwd, args, input, extraEnv = {}) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...extraEnv } });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => resolve({ code: 127, stdout: Buffer.alloc(0), stderr: String(error) }));
        child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
        child.stdin.on('error', () => undefined);
        child.stdin.end(input);
    });
}
/** Runs git and returns stdout as text, throwing with git's own message on failure. */
async function gitText(cwd, args) {
    const result = await git(cwd, args);
    if (result.code !== 0)
        throw new Error(`git ${args[0]} failed: ${result.stderr.trim() || `exit ${result.code}`}`);
    return result.stdout.toString('utf8');
}
/** Splits NUL-separated git output (-z) into entries. */
function splitNul(buffer) {
    return buffer.toString().split('\0').filter((entry) => entry.length > 0);
}

;// CONCATENATED MODULE: ./src/discover/files.ts




/**
 * Folders that never hold the project's own production configuration:
 * installed or vendored code, build output, and example/test material whose
 * manifests describe fixtures, not the product.
 */
const SKIPPED_DIRS = new Set([
    'node_modules', 'bower_components', 'vendor', 'third_party', 'third-party', '.git',
    '.venv', 'venv', '.tox', 'site-packages', '__pycache__', '.bundle',
    'dist', 'build', 'out', '.next', '.nuxt', '.svelte-kit', '.output', 'target', 'coverage', '.terraform',
    'test', 'tests', '__tests__', 'spec', 'specs', 'e2e', 'testdata', 'test-data', 'fixtures', '__fixtures__', 'fixture',
    '__mocks__', 'mocks', 'example', 'examples', 'demo', 'demos', 'sample', 'samples', 'playground', 'sandbox',
]);
function isSkippedPath(relPath) {
    const parts = relPath.split('/');
    parts.pop();
    return parts.some((part) => SKIPPED_DIRS.has(part.toLowerCase()));
}
function excludeFilter(globs = []) {
    if (globs.length === 0)
        return () => false;
    const matchers = globs.map((glob) => new esm/* Minimatch */.VR(glob, { dot: true, matchBase: !glob.includes('/') }));
    return (relPath) => matchers.some((m) => m.match(relPath));
}
/** True when DIR is inside a git work tree. */
async function isGitRepo(dir) {
    const result = await git(dir, ['rev-parse', '--is-inside-work-tree']);
    return result.code === 0 && result.stdout.toString().trim() === 'true';
}
/**
 * Lists repository-relative paths: the files git tracks (one `git ls-files` call,
 * whatever the repository's size), or a directory walk outside git.
 */
async function listRepositoryFiles(root, options = {}) {
    const excluded = excludeFilter(options.exclude);
    let all;
    if (await isGitRepo(root)) {
        const result = await git(root, ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--', '.']);
        all = result.code === 0 ? splitNul(result.stdout) : await files_walk(root);
    }
    else {
        all = await files_walk(root);
    }
    return all.filter((p) => !isSkippedPath(p) && !excluded(p)).sort();
}
async function files_walk(root) {
    const out = [];
    async function visit(rel) {
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(external_node_path_default().join(root, rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const child = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name.toLowerCase()))
                    await visit(child);
            }
            else if (entry.isFile() || entry.isSymbolicLink()) {
                out.push(child);
            }
        }
    }
    await visit('');
    return out;
}

;// CONCATENATED MODULE: ./src/discover/source.ts


/** Files larger than this are skipped with a note: no manifest is this big, and reading it would cost the run. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Decodes bytes as UTF-8 text, refusing binary content (a NUL byte early in the file). */
function decodeText(bytes) {
    const probe = bytes.subarray(0, 8192);
    if (probe.includes(0))
        return { ok: false, reason: 'binary file skipped' };
    return { ok: true, text: bytes.toString('utf8') };
}
/** Reads from a directory on disk, never following a link out of it. */
class WorkTreeSource {
    root;
    realRoot;
    constructor(root) {
        this.root = root;
        this.realRoot = external_node_fs_.promises.realpath(root).catch(() => external_node_path_default().resolve(root));
    }
    async read(relPath) {
        const absolute = external_node_path_default().join(this.root, relPath);
        try {
            const stat = await external_node_fs_.promises.lstat(absolute);
            let target = absolute;
            if (stat.isSymbolicLink()) {
                target = await external_node_fs_.promises.realpath(absolute);
                const root = await this.realRoot;
                if (target !== root && !target.startsWith(root + (external_node_path_default()).sep)) {
                    return { ok: false, reason: 'symbolic link leaves the repository; not followed' };
                }
            }
            const real = stat.isSymbolicLink() ? await external_node_fs_.promises.stat(target) : stat;
            if (!real.isFile())
                return { ok: false, reason: 'not a regular file' };
            if (real.size > MAX_FILE_BYTES) {
                return { ok: false, reason: `file is ${(real.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB cap; skipped` };
            }
            return decodeText(await external_node_fs_.promises.readFile(target));
        }
        catch (error) {
            return { ok: false, reason: `cannot read: ${error.code ?? String(error)}` };
        }
    }
}

;// CONCATENATED MODULE: ./src/discover/scan.ts





/** The extractors that claim a path; most paths are claimed by none and never read. */
function extractorsFor(path, extractors = extractors_EXTRACTORS) {
    return extractors.filter((extractor) => extractor.matches(path));
}
/** True when some extractor reads this path. */
function isManifest(path) {
    return EXTRACTORS.some((extractor) => extractor.matches(path));
}
const READ_CONCURRENCY = 16;
/**
 * Reads the claimed files among `paths` from `source` and runs their extractors.
 * A failing extractor or unreadable file becomes a warning; it never stops the scan.
 */
async function collectSignals(paths, source) {
    const warnings = [];
    const jobs = paths.map((path) => ({ path, extractors: extractorsFor(path) })).filter((job) => job.extractors.length > 0);
    const results = new Array(jobs.length);
    let next = 0;
    async function worker() {
        while (next < jobs.length) {
            const index = next++;
            const { path, extractors } = jobs[index];
            const read = await source.read(path);
            if (!read.ok) {
                warnings.push({ path, message: read.reason });
                results[index] = [];
                continue;
            }
            const signals = [];
            for (const extractor of extractors) {
                try {
                    signals.push(...(await extractor.extract({ path, text: read.text, warn: (message, line) => warnings.push({ path, ...(line ? { line } : {}), message }), readSibling: (rel) => readSibling(source, path, rel) })));
                }
                catch (error) {
                    warnings.push({ path, message: `${extractor.id} could not read this file: ${error instanceof Error ? error.message : String(error)}` });
                }
            }
            results[index] = signals;
        }
    }
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, jobs.length) }, worker));
    warnings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.line ?? 0) - (b.line ?? 0)));
    return { signals: results.flat(), warnings };
}
/** A file next to `fromPath`, read from the same source (working tree or git revision). */
async function readSibling(source, fromPath, relPath) {
    const target = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(fromPath), relPath));
    if (external_node_path_.posix.isAbsolute(relPath) || target === '..' || target.startsWith('../'))
        return undefined;
    const read = await source.read(target);
    return read.ok ? read.text : undefined;
}
/** Scans a whole repository (or directory): the `scan` command and the weekly sweep. */
async function scanRepository(root, catalog, options = {}) {
    const paths = await listRepositoryFiles(root, { exclude: options.exclude });
    const { signals, warnings } = await collectSignals(paths, new WorkTreeSource(root));
    return { dependencies: resolveDependencies(signals, new Matcher(catalog)), warnings };
}


/***/ })

};
