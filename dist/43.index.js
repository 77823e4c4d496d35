export const id = 43;
export const ids = [43];
export const modules = {

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadCatalog: () => (/* binding */ loadCatalog)
/* harmony export */ });
/* unused harmony exports RuleError, builtinRulesDir, parseRule, makeCatalog, loadBuiltinRules */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);




const ECOSYSTEMS = ['npm', 'pypi', 'gem', 'go', 'composer', 'cargo', 'maven'];
const CATEGORIES = [
    'database', 'cache', 'queue', 'storage', 'search', 'auth', 'payments', 'email', 'sms', 'ai-api',
    'vector-db', 'hosting', 'cdn', 'backend-platform', 'analytics', 'monitoring',
];
const SIGNAL_KEYS = new Set([...ECOSYSTEMS, 'env', 'url-schemes', 'images', 'terraform', 'terraform-modules', 'helm', 'prisma', 'platform']);
const TOP_KEYS = new Set(['id', 'name', 'category', 'tier', 'aliases', 'signals', 'recovery', 'disabled']);
class RuleError extends Error {
    file;
    line;
    constructor(file, line, message) {
        super(`${file}${line ? `:${line}` : ''}: ${message}`);
        this.file = file;
        this.line = line;
    }
}
/**
 * The folder of built-in rules: `rules/` at the action's root, found by walking up from
 * this module (src/catalog in development, dist/ or dist/cli once bundled).
 */
function builtinRulesDir() {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 5; i++) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'rules');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'action.yml')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
        dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
    }
    throw new Error('paramedic: built-in rules/ folder not found beside the bundle');
}
function patterns(value, file, key) {
    if (value == null)
        return [];
    if (!Array.isArray(value))
        throw new RuleError(file, undefined, `signals.${key} must be a list`);
    return value.map((item) => {
        if (typeof item === 'string')
            return { name: item };
        if (item && typeof item === 'object' && typeof item.name === 'string') {
            const { name, provider } = item;
            const rawEngine = item.engine;
            // Only Terraform modules carry an engine input (terraform-aws-modules/rds/aws serves every RDS engine).
            if (rawEngine != null && key !== 'terraform-modules')
                throw new RuleError(file, undefined, `signals.${key} entries take no engine`);
            const engine = rawEngine == null ? undefined : [].concat(rawEngine).map(String);
            return { name, ...(provider ? { provider } : {}), ...(engine ? { engine } : {}) };
        }
        throw new RuleError(file, undefined, `signals.${key} entries are names or {name, provider}`);
    });
}
function terraformPatterns(value, file) {
    if (value == null)
        return [];
    if (!Array.isArray(value))
        throw new RuleError(file, undefined, 'signals.terraform must be a list');
    return value.map((item) => {
        if (typeof item === 'string')
            return { type: item };
        const entry = item;
        if (!entry || typeof entry.type !== 'string')
            throw new RuleError(file, undefined, 'signals.terraform entries need a type');
        const engine = entry.engine == null ? undefined : [].concat(entry.engine).map(String);
        return { type: entry.type, ...(engine ? { engine } : {}), ...(typeof entry.provider === 'string' ? { provider: entry.provider } : {}) };
    });
}
/** Parses one rule file; throws RuleError naming the file and line of what is wrong. */
function parseRule(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_3__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseDocument */ .Tp)(text, { lineCounter, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        throw new RuleError(file, error.linePos?.[0]?.line, error.message.split('\n')[0]);
    }
    const raw = doc.toJS();
    if (!raw || typeof raw !== 'object')
        throw new RuleError(file, 1, 'a rule is a YAML mapping');
    for (const key of Object.keys(raw)) {
        if (!TOP_KEYS.has(key))
            throw new RuleError(file, undefined, `unknown key "${key}"`);
    }
    if (typeof raw.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(raw.id)) {
        throw new RuleError(file, undefined, 'id must be lowercase letters, digits and dashes');
    }
    if (raw.disabled === true)
        return { disabled: raw.id };
    if (typeof raw.name !== 'string')
        throw new RuleError(file, undefined, 'name is required');
    if (!CATEGORIES.includes(raw.category)) {
        throw new RuleError(file, undefined, `category must be one of ${CATEGORIES.join(', ')}`);
    }
    const tier = raw.tier ?? 2;
    if (tier !== 1 && tier !== 2 && tier !== 3)
        throw new RuleError(file, undefined, 'tier must be 1, 2 or 3');
    const rawSignals = (raw.signals ?? {});
    for (const key of Object.keys(rawSignals)) {
        if (!SIGNAL_KEYS.has(key))
            throw new RuleError(file, undefined, `unknown signal source "${key}"`);
    }
    const signals = { packages: {} };
    for (const eco of ECOSYSTEMS) {
        const list = patterns(rawSignals[eco], file, eco);
        if (list.length)
            signals.packages[eco] = list;
    }
    signals.env = patterns(rawSignals.env, file, 'env');
    signals.urlSchemes = patterns(rawSignals['url-schemes'], file, 'url-schemes');
    signals.images = patterns(rawSignals.images, file, 'images');
    signals.terraform = terraformPatterns(rawSignals.terraform, file);
    signals.terraformModules = patterns(rawSignals['terraform-modules'], file, 'terraform-modules');
    signals.helm = patterns(rawSignals.helm, file, 'helm');
    signals.prisma = patterns(rawSignals.prisma, file, 'prisma');
    signals.platform = patterns(rawSignals.platform, file, 'platform');
    const recovery = (raw.recovery ?? {});
    return {
        id: raw.id,
        name: raw.name,
        category: raw.category,
        tier,
        aliases: Array.isArray(raw.aliases) ? raw.aliases.map(String) : [],
        signals,
        recovery: {
            failure: typeof recovery.failure === 'string' ? recovery.failure : 'unavailable',
            impact: typeof recovery.impact === 'string' ? recovery.impact : `Features that depend on ${raw.name} fail.`,
            managed: recovery.managed === true,
            ...(typeof recovery['status-page'] === 'string' ? { statusPage: recovery['status-page'] } : {}),
            ...(Array.isArray(recovery.verify) ? { verify: recovery.verify.map(String) } : {}),
        },
        origin: file,
    };
}
function ruleFilesIn(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
        .filter((name) => name.endsWith('.yml') || name.endsWith('.yaml'))
        .sort()
        .map((name) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name));
}
function makeCatalog(rules) {
    const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
    return { rules: sorted, byId: new Map(sorted.map((rule) => [rule.id, rule])) };
}
let builtinCache;
/** The built-in catalog; parsed once per process. */
function loadBuiltinRules() {
    if (!builtinCache) {
        builtinCache = ruleFilesIn(builtinRulesDir()).map((file) => {
            const rule = parseRule((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), `rules/${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}`);
            if ('disabled' in rule)
                throw new Error(`built-in rule ${file} cannot be disabled`);
            return rule;
        });
    }
    return builtinCache;
}
/**
 * The catalog for a repository: built-in rules, then the user's folder, whose rules
 * replace built-ins of the same id (or switch them off with `disabled: true`).
 * A broken user rule is reported and skipped; the rest still load.
 */
async function loadCatalog(userDir, warn) {
    const byId = new Map(loadBuiltinRules().map((rule) => [rule.id, rule]));
    if (userDir) {
        let files = [];
        try {
            files = ruleFilesIn(userDir);
        }
        catch {
            warn?.(`rules folder ${userDir} not found; using the built-in catalog only`);
        }
        for (const file of files) {
            try {
                const rule = parseRule(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8'), node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(process.cwd(), file) || file);
                if ('disabled' in rule)
                    byId.delete(rule.disabled);
                else
                    byId.set(rule.id, rule);
            }
            catch (error) {
                warn?.(error instanceof Error ? error.message : String(error));
            }
        }
    }
    return makeCatalog([...byId.values()]);
}


/***/ })

};
