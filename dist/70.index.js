export const id = 70;
export const ids = [70];
export const modules = {

/***/ 8070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanRepository: () => (/* binding */ scanRepository)
});

// UNUSED EXPORTS: collectSignals, extractorsFor, isManifest

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
        if (/[*?[{]/.test(name)) {
            this.globs.push({ matcher: new esm/* Minimatch */.VR(name, { dot: true, nocase: true }), entry });
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
                    this.byKind.get(kind).add(p.name, { rule, provider: p.provider });
            }
            for (const t of rule.signals.terraform ?? [])
                this.terraform.add(t.type, { rule, provider: t.provider, engine: t.engine });
        }
    }
    /** The rules a signal proves, with the provider each implies. */
    match(signal) {
        switch (signal.kind) {
            case 'package':
                return signal.ecosystem ? (this.packages.get(signal.ecosystem)?.lookup(signal.name) ?? []) : [];
            case 'terraform':
                return this.terraform.lookup(signal.name).filter((entry) => {
                    if (!entry.engine)
                        return true;
                    if (!signal.engine)
                        return false;
                    const engine = signal.engine.toLowerCase();
                    return entry.engine.some((e) => (0,esm/* minimatch */.xF)(engine, e.toLowerCase()));
                });
            default:
                return this.byKind.get(signal.kind)?.lookup(signal.name) ?? [];
        }
    }
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

;// CONCATENATED MODULE: ./src/discover/extractors/index.ts

/** Every manifest kind Paramedic reads, one module each. */
const extractors_EXTRACTORS = [
    npmPackageJson,
];

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/util/git.ts

/**
 * Runs git with an argument array (never a shell), so file names starting with `-`
 * or holding spaces cannot become options. Resolves with the exit code instead of throwing.
 */
function git(cwd, args, input) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
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
        all = result.code === 0 ? splitNul(result.stdout) : await walk(root);
    }
    else {
        all = await walk(root);
    }
    return all.filter((p) => !isSkippedPath(p) && !excluded(p)).sort();
}
async function walk(root) {
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
                    signals.push(...(await extractor.extract({ path, text: read.text, warn: (message, line) => warnings.push({ path, ...(line ? { line } : {}), message }) })));
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
/** Scans a whole repository (or directory): the `scan` command and the weekly sweep. */
async function scanRepository(root, catalog, options = {}) {
    const paths = await listRepositoryFiles(root, { exclude: options.exclude });
    const { signals, warnings } = await collectSignals(paths, new WorkTreeSource(root));
    return { dependencies: resolveDependencies(signals, new Matcher(catalog)), warnings };
}


/***/ })

};
