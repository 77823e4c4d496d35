import type { ExtractInput, Extractor, Signal } from '../types.js';
import { basename, dirname } from './paths.js';

/**
 * Gradle build scripts (`build.gradle` in Groovy, `build.gradle.kts` in Kotlin).
 *
 * No maintained JavaScript parser exists for either language, and a build script is a
 * program, so this reader does not try to run it. It splits the script into tokens
 * (strings, names, punctuation, line breaks; comments dropped), follows `{ }` blocks, and
 * reads only the plain statements of a `dependencies { }` block whose head is a known
 * configuration:
 *   implementation "g:a:v"        implementation("g:a:v")        api 'g:a', 'g2:a2'
 *   implementation group: 'g', name: 'a', version: 'v'           (Groovy map notation)
 *   implementation(group = "g", name = "a", version = "v")       (Kotlin named arguments)
 * Not dependencies: strings inside nested calls (`platform(...)` and `enforcedPlatform(...)`
 * BOMs only pin versions; `project(...)`, `files(...)`, `kotlin(...)`), `libs.xyz` catalog
 * references (gradle-version-catalog.ts reads the catalog itself), `constraints { }` blocks
 * (version pins) and `buildscript { }` (build classpath). Dependencies added by loops or
 * computed strings are out of reach by design.
 */
export const gradleBuild: Extractor = {
  id: 'gradle',
  claimsName: (name) => name === 'build.gradle' || name === 'build.gradle.kts',
  matches: (path) => {
    const name = basename(path);
    return name === 'build.gradle' || name === 'build.gradle.kts';
  },
  async extract({ path, text, warn, readSibling }) {
    const tokens = tokenize(text, warn);
    const statements = readDependencyStatements(tokens);
    const signals = statements.flatMap((statement) => statementSignals(statement, path));
    const projects = [...new Set(statements.flatMap(projectDependencies))];
    const root = projects.length > 0 ? await gradleRoot(path, readSibling) : '';
    // The module as a workspace package, so a deployed module ships the modules it depends on.
    const refs = projects.map((project) => projectRef([root, ...project.split(':').filter(Boolean)].filter(Boolean).join('/')));
    signals.push({ kind: 'workspace', name: projectRef(dirname(path)), path, line: 1, source: 'gradle', detail: `Gradle project ${dirname(path) || '(root)'}`, refs, scope: 'prod' });
    return signals;
  },
};

/** The name a Gradle module's folder goes by among workspace signals. */
const projectRef = (folder: string): string => `gradle-path:${folder}`;

/**
 * The project paths a production statement depends on: `implementation project(':core')`,
 * `api(project(":libs:db"))`, `implementation project(path: ':core')`. Test-only ones ship nothing.
 */
function projectDependencies(statement: DependencyStatement): string[] {
  if (statement.inTestBlock || configurationScope(statement.configuration) === 'dev') return [];
  const found: string[] = [];
  const args = statement.args;
  for (let i = 0; i + 2 < args.length; i++) {
    if (args[i]!.type !== 'name' || args[i]!.text !== 'project' || args[i + 1]!.text !== '(') continue;
    let arg = args[i + 2]!;
    // `project(path: ':core')` / `project(path = ":core")`
    if (arg.type === 'name' && arg.text === 'path' && (args[i + 3]?.text === ':' || args[i + 3]?.text === '=')) arg = args[i + 4] ?? arg;
    if (arg.type === 'string' && arg.text.startsWith(':')) found.push(arg.text);
  }
  return found;
}

/**
 * The folder of the Gradle build this script belongs to: the nearest folder at or above it
 * with a settings.gradle(.kts) (project paths are relative to it), else the repository root.
 */
async function gradleRoot(path: string, readSibling: ExtractInput['readSibling']): Promise<string> {
  let folder = dirname(path);
  for (let up = 0; readSibling; up++) {
    for (const name of ['settings.gradle', 'settings.gradle.kts']) {
      if ((await readSibling(`${'../'.repeat(up)}${name}`)) !== undefined) return folder;
    }
    if (folder === '') break;
    folder = dirname(folder);
  }
  return '';
}

interface Token {
  type: 'name' | 'string' | 'punct' | 'newline';
  /** a name, a punctuation character, or a string's content without quotes */
  text: string;
  line: number;
}

/**
 * Splits a Groovy or Kotlin script into tokens. Strings keep their content (GString and
 * Kotlin `${...}` templates are left as written); numbers and other operators become
 * single-character punctuation, which the reader never needs to tell apart.
 */
function tokenize(text: string, warn: (message: string, line?: number) => void): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      tokens.push({ type: 'newline', text: '\n', line });
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\ufeff') {
      i++;
    } else if (c === '\\' && text[i + 1] === '\n') {
      // Groovy line continuation: the statement goes on.
      line++;
      i += 2;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const start = line;
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      for (let k = i; k < stop; k++) if (text[k] === '\n') line++;
      if (end === -1) warn('unclosed /* comment', start);
      i = stop;
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      const start = line;
      let k = i + quote.length;
      let value = '';
      let closed = false;
      while (k < n) {
        if (text[k] === '\\' && k + 1 < n) {
          value += text[k + 1];
          k += 2;
          continue;
        }
        if (text.startsWith(quote, k)) {
          closed = true;
          k += quote.length;
          break;
        }
        // Only triple-quoted strings may span lines.
        if (text[k] === '\n' && !triple) break;
        if (text[k] === '\n') line++;
        value += text[k];
        k++;
      }
      if (!closed) {
        warn('unclosed string', start);
        // Resume at the line break so the rest of the script is still read.
        i = k;
        continue;
      }
      tokens.push({ type: 'string', text: value, line: start });
      i = k;
    } else if (isNameStart(c)) {
      let k = i + 1;
      while (k < n && isNamePart(text[k]!)) k++;
      tokens.push({ type: 'name', text: text.slice(i, k), line });
      i = k;
    } else {
      tokens.push({ type: 'punct', text: c, line });
      i++;
    }
  }
  return tokens;
}

function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$';
}

function isNamePart(c: string): boolean {
  return isNameStart(c) || (c >= '0' && c <= '9');
}

interface DependencyStatement {
  configuration: string;
  /** inside a test source set or suite (`commonTest.dependencies { }`, `testing { suites { } }`) */
  inTestBlock: boolean;
  /** tokens after the configuration name, up to the end of the statement or its `{ }` closure */
  args: Token[];
  line: number;
}

/** Blocks whose dependency-like statements are not dependencies of the product. */
const EXCLUDED_BLOCKS = new Set(['buildscript', 'constraints']);

/**
 * Walks the tokens keeping a stack of block names (`dependencies`, `android`, ...) and
 * returns the statements written directly in a `dependencies { }` block whose head names a
 * dependency configuration. A statement ends at a line break outside parentheses unless
 * the line ends with a comma (Groovy lists `api 'a:b', 'c:d'` over several lines).
 */
function readDependencyStatements(tokens: Token[]): DependencyStatement[] {
  const found: DependencyStatement[] = [];
  const blocks: Array<{ name: string; test: boolean }> = [];
  let statement: Token[] = [];
  let parens = 0;

  const finish = (): void => {
    const head = statement[0];
    if (head?.type === 'name' && blocks[blocks.length - 1]?.name === 'dependencies' && !blocks.some((b) => EXCLUDED_BLOCKS.has(b.name)) && configurationScope(head.text)) {
      found.push({ configuration: head.text, inTestBlock: blocks.some((b) => b.test), args: statement.slice(1), line: head.line });
    }
    statement = [];
    parens = 0;
  };

  for (const token of tokens) {
    if (token.type === 'punct' && (token.text === '(' || token.text === '[')) parens++;
    if (token.type === 'punct' && (token.text === ')' || token.text === ']')) parens = Math.max(0, parens - 1);

    if (token.type === 'newline') {
      const last = statement[statement.length - 1];
      if (parens === 0 && !(last?.type === 'punct' && last.text === ',')) finish();
    } else if (token.type === 'punct' && token.text === ';' && parens === 0) {
      finish();
    } else if (token.type === 'punct' && token.text === '{') {
      // The block is named by the last name outside parentheses: `dependencies {`,
      // `commonMain.dependencies {`, `implementation("g:a") {` (a closure of excludes).
      const block = blockHead(statement);
      finish();
      blocks.push(block);
    } else if (token.type === 'punct' && token.text === '}') {
      finish();
      blocks.pop();
    } else {
      statement.push(token);
    }
  }
  finish();
  return found;
}

/**
 * A block's name, and whether a name in its head says test: Kotlin Multiplatform source sets
 * (`commonTest.dependencies {`, `val jvmTest by getting {`) and JVM test suites (`testing {`).
 */
function blockHead(statement: Token[]): { name: string; test: boolean } {
  let depth = 0;
  let name = '';
  let test = false;
  for (const token of statement) {
    if (token.type === 'punct' && (token.text === '(' || token.text === '[')) depth++;
    else if (token.type === 'punct' && (token.text === ')' || token.text === ']')) depth = Math.max(0, depth - 1);
    else if (token.type === 'name' && depth === 0) {
      name = token.text;
      if (namesTest(token.text)) test = true;
    }
  }
  return { name, test };
}

/** `test`, `testFixtures`, `jvmTest`, `androidUnitTest` name tests; `latest` or `contest` do not. */
function namesTest(name: string): boolean {
  return name.startsWith('test') || name.includes('Test');
}

const BASE_CONFIGURATIONS = ['implementation', 'api', 'compileOnly', 'compileOnlyApi', 'runtimeOnly', 'compile', 'runtime'];
/** Annotation processors and code generators run in the compiler, never in the product. */
const BUILD_TIME_CONFIGURATIONS = ['kapt', 'ksp', 'annotationProcessor'];
/** Spring Boot's configurations for devtools and the like, left out of the packaged app. */
const DEVELOPMENT_ONLY = ['developmentOnly', 'testAndDevelopmentOnly'];

/**
 * prod for `implementation`, `api`, `compileOnly` (supplied at run time, like Maven's
 * `provided`), `runtimeOnly` and their source-set and variant forms (`releaseImplementation`,
 * `jvmMainApi`); dev when the prefix says test or debug (`testImplementation`,
 * `androidTestImplementation`, `debugImplementation`, `testFixturesApi`) and for build-time
 * configurations; undefined for anything else (`classpath`, `detektPlugins`...), not read.
 */
export function configurationScope(configuration: string): 'prod' | 'dev' | undefined {
  if (DEVELOPMENT_ONLY.includes(configuration)) return 'dev';
  const lower = configuration.toLowerCase();
  for (const tool of BUILD_TIME_CONFIGURATIONS) {
    if (lower === tool.toLowerCase() || lower.startsWith(tool.toLowerCase()) || lower.endsWith(tool.toLowerCase())) return 'dev';
  }
  for (const base of BASE_CONFIGURATIONS) {
    if (configuration === base) return 'prod';
    const suffix = base[0]!.toUpperCase() + base.slice(1);
    if (configuration.endsWith(suffix) && configuration.length > suffix.length) {
      const prefix = configuration.slice(0, -suffix.length);
      return namesTest(prefix) || prefix.startsWith('debug') ? 'dev' : 'prod';
    }
  }
  return undefined;
}

/** Calls whose string arguments pin versions or point elsewhere, never a library dependency. */
const BOM_CALLS = new Set(['platform', 'enforcedPlatform']);

/** The libraries one dependency statement declares. */
function statementSignals(statement: DependencyStatement, path: string): Signal[] {
  let args = statement.args;
  // `implementation("g:a:v")`: read inside the call's own parentheses.
  if (args[0]?.type === 'punct' && args[0].text === '(' && closingParen(args, 0) === args.length - 1) args = args.slice(1, -1);
  if (args[0]?.type === 'name' && BOM_CALLS.has(args[0].text)) return [];

  const scope = statement.inTestBlock ? 'dev' : (configurationScope(statement.configuration) ?? 'prod');
  const map = new Map<string, Token>();
  const coordinates: Token[] = [];
  for (let i = 0; i < args.length; i++) {
    const token = args[i]!;
    const next = args[i + 1];
    if (token.type === 'name' && next?.type === 'punct' && next.text === '(') {
      // A nested call (`platform(...)`, `project(...)`, `files(...)`): skip its arguments.
      i = closingParen(args, i + 1);
      continue;
    }
    if (token.type === 'name' && next?.type === 'punct' && (next.text === ':' || next.text === '=') && args[i + 2]?.type === 'string') {
      map.set(token.text, args[i + 2]!);
      i += 2;
      continue;
    }
    if (token.type === 'string') coordinates.push(token);
  }

  const signals: Signal[] = [];
  const add = (group: string, artifact: string, version: string | undefined, line: number): void => {
    if (!isCoordinatePart(group) || !isCoordinatePart(artifact)) return;
    const name = `${group}:${artifact}`;
    signals.push({
      kind: 'package',
      ecosystem: 'maven',
      name,
      path,
      line,
      source: 'gradle',
      detail: `${statement.configuration} "${name}"${version ? ` ${version}` : ''}`,
      ...(version ? { version } : {}),
      scope,
    });
  };

  const group = map.get('group');
  const artifact = map.get('name');
  if (group && artifact) {
    add(group.text, artifact.text, map.get('version')?.text || undefined, artifact.line);
    return signals;
  }
  for (const token of coordinates) {
    // group:name[:version[:classifier]][@extension]
    const parts = token.text.replace(/@[^:@]*$/, '').split(':');
    if (parts.length < 2 || parts.length > 4) continue;
    add(parts[0]!.trim(), parts[1]!.trim(), parts[2]?.trim() || undefined, token.line);
  }
  return signals;
}

/** Index of the `)` matching the `(` at `open`, or the last index when unbalanced. */
function closingParen(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'punct') continue;
    if (token.text === '(') depth++;
    else if (token.text === ')' && --depth === 0) return i;
  }
  return tokens.length - 1;
}

/**
 * Maven group and artifact ids are made of letters, digits, `.`, `_` and `-`; anything else
 * (a `$` template, a space) means a computed or non-coordinate string, which is skipped.
 */
function isCoordinatePart(part: string): boolean {
  return /^[A-Za-z0-9_.-]+$/.test(part);
}
