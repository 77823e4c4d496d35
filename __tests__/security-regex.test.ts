import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load.js';
import { aliasPattern } from '../src/plan/coverage.js';
import { withoutLinks, withoutTrailingIndex } from '../src/util/text-scan.js';
import { MAX_REMOTE_LOGIN_LINE } from '../src/lint/rules/hosts.js';
import { useFuzzSeed } from './helpers/fuzz-seed.js';
import { REPO_ROOT } from './helpers/repo.js';

/**
 * Every regular expression that runs on repository text must be linear, or bounded by a
 * length cap applied before matching: one plan line must not stall the check. This test reads
 * every regex literal of the stages that read the repository (src/lint, src/plan,
 * src/discover, src/catalog, src/draft, src/report) straight from the sources, so a pattern
 * added later is tested too, and runs pathological lines built from each pattern's own words
 * and characters (runs of spaces, of the pattern's punctuation, of a keyword) against it.
 * Patterns built at run time are tested through what builds them (the catalog's alias
 * patterns) or through their functions (security-secrets-regex.test.ts). Matching runs in a
 * worker thread, so a pattern that backtracks fails the test instead of hanging it.
 */

const STAGES = ['lint', 'plan', 'discover', 'catalog', 'draft', 'report'];
/** Where the sources are read from (the regression check of the audit pointed it at the old sources). */
const SOURCE_ROOT = process.env.REGEX_AUDIT_ROOT ?? REPO_ROOT;
/** A line of this length takes a linear pattern well under 10 ms; a quadratic one seconds. */
const LINE_CHARS = 20_000;
/** Lines per pattern (npm run fuzz explores other ones). */
const RUNS = 150;
/** Generous: CPU is shared with other test files. */
const BOUND_MS = 500;
/** Patterns that only ever see text up to a cap, applied before matching: tested at the cap. */
const CAPPED: Record<string, number> = {
  'src/lint/rules/hosts.ts:REMOTE_LOGIN': MAX_REMOTE_LOGIN_LINE,
};

interface Pattern {
  where: string;
  name: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every regex literal in the stages' sources, with the name of the constant it is assigned to (if any). */
function regexLiterals(): Pattern[] {
  const out: Pattern[] = [];
  for (const stage of STAGES) {
    for (const file of sourceFiles(path.join(SOURCE_ROOT, 'src', stage))) {
      const text = readFileSync(file, 'utf8');
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const rel = path.relative(SOURCE_ROOT, file);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText();
          const slash = literal.lastIndexOf('/');
          const declared = ts.isVariableDeclaration(node.parent) ? node.parent.name.getText() : '';
          const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          out.push({ where: `${rel}:${line}`, name: `${rel}:${declared}`, source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return out;
}

/** What a pathological line is built from: the pattern's own words and characters, and white space. */
function piecesOf(source: string): { words: string[]; own: string[]; generic: string[] } {
  const words = [...new Set(source.match(/[A-Za-z]{2,}/g) ?? [])];
  const own = [...new Set(source.replace(/\\[dswbDSWBnrtfvux]/g, '').replace(/[A-Za-z0-9\\]/g, ''))];
  return {
    words: [...new Set([...words, ...words.map((w) => w.toUpperCase())])],
    own: own.length ? own : ['-'],
    generic: [' ', '\t', '\n', '\r', 'a', 'A', '1', '_', '\u2028'],
  };
}

/**
 * prefix + a run + (another run) + suffix, the shape of every super-linear attack: a keyword
 * of the pattern, then thousands of one of its characters (or of keyword + character, or of
 * two characters), then a character that makes the match fail at the very end.
 */
function pathologicalLine(source: string, length: number): fc.Arbitrary<string> {
  const { words, own, generic } = piecesOf(source);
  const word = words.length ? fc.constantFrom(...words) : fc.constantFrom(...generic);
  const char = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...own) }, { weight: 1, arbitrary: fc.constantFrom(...generic) });
  const prefix = fc.oneof({ weight: 3, arbitrary: word }, { weight: 1, arbitrary: char }, { weight: 1, arbitrary: fc.constant('') });
  const unit = fc.oneof(
    { weight: 3, arbitrary: char },
    { weight: 2, arbitrary: fc.tuple(word, char).map(([w, c]) => w + c) },
    { weight: 2, arbitrary: fc.tuple(char, char).map(([a, b]) => a + b) },
    { weight: 1, arbitrary: fc.tuple(char, word, char).map(([a, w, b]) => a + w + b) },
  );
  const suffix = fc.oneof({ weight: 2, arbitrary: fc.constantFrom('\u0000', '', '\n') }, { weight: 2, arbitrary: char }, { weight: 1, arbitrary: word });
  return fc.tuple(prefix, unit, fc.oneof(fc.constant(''), char, word), unit, fc.boolean(), suffix).map(([head, first, middle, second, twoRuns, tail]) => {
    const run = (u: string, chars: number): string => u.repeat(Math.max(1, Math.floor(chars / u.length)));
    return twoRuns ? `${head}${run(first, length / 2)}${middle}${run(second, length / 2)}${tail}` : `${head}${run(first, length)}${tail}`;
  });
}

/**
 * The attack shapes the audit found (a static ReDoS checker's attack strings for the patterns
 * it called super-linear before they were fixed): prefixes, pumped runs and a suffix. Every
 * pattern is tried with every shape pumped to the line length, besides the random lines.
 */
const AUDIT_ATTACKS: Array<[Array<[string, string]>, string]> = [
  [[["<*\t",",==*\t"]], "\t"], // src/discover/extractors/pep508.ts
  [[["#","\t#"]], "\n#"], // src/discover/extractors/python-requirements.ts
  [[["[\u0000","[]#"]], "[[]\n"], // src/discover/extractors/toml-locate.ts
  [[["-","mosh-"]], "&"], // src/lint/rules/hosts.ts
  [[["\u0000",")"]], "\u0000"], // src/lint/rules/scripts.ts
  [[["\u0000",")"]], "\u0000"], // src/lint/rules/scripts.ts
  [[["","eyJJe-e-y0-"]], "\u0000"], // src/lint/rules/secrets.ts
  [[["","mysql-"]], ""], // src/lint/rules/secrets.ts
  [[["","curl\t"]], ""], // src/lint/rules/secrets.ts
  [[["TOKEN\t","\t"]], "N"], // src/lint/rules/secrets.ts
  [[["","!"]], "\u0000!"], // src/lint/rules/secrets.ts
  [[["PWD\t","\t"],["","\t"]], ""], // src/lint/rules/secrets.ts
  [[["0","+A"]], "@A://:@"], // src/lint/rules/secrets.ts
  [[["","\t"],["---\t","\t"]], "\t---"], // src/lint/rules/secrets.ts
  [[["","A+"]], "_"], // src/lint/rules/urls.ts
  [[["",","]], "\u0000,"], // src/lint/rules/urls.ts
  [[["#\t","\t"],["\u0000","\t"],["\n","\t"]], "\t\u0000"], // src/plan/coverage.ts
  [[["__\n__","\n"],["","\t"]], "*\t**:**\n"], // src/plan/coverage.ts
  [[["…","A+"]], "\u0000"], // src/plan/coverage.ts
  [[["","\n"]], ""], // src/plan/parse.ts
  [[["","("]], ""], // src/plan/parse.ts
  [[["<!--PARAMEDIC:COVERS D"," "],["--","\t"],["","\t"]], ""], // src/plan/parse.ts
  [[["LASTEDITED-","\n"]], "<"], // src/plan/parse.ts
  [[["","\t"]], "\u0000"], // src/plan/parse.ts
  [[["","/"]], "\nx"], // src/discover/extractors/service-address.ts (review of round 6)

];

function pumped([pumps, suffix]: [Array<[string, string]>, string], length: number): string {
  const each = length / pumps.length;
  return pumps.map(([prefix, pump]) => prefix + pump.repeat(Math.max(1, Math.floor(each / pump.length)))).join('') + suffix;
}

/** A worker that matches a pattern against a line and answers how long it took. */
class Matcher {
  private worker: Worker;

  constructor() {
    this.worker = Matcher.start();
  }

  private static start(): Worker {
    const code = `
      const { parentPort } = require('node:worker_threads');
      parentPort.on('message', ({ source, flags, input }) => {
        const re = new RegExp(source, flags.replace(/[gy]/g, '') + 'g');
        const started = performance.now();
        let count = 0;
        for (const m of input.matchAll(re)) if (++count > 100000) break;
        parentPort.postMessage(performance.now() - started);
      });`;
    return new Worker(code, { eval: true });
  }

  /** Milliseconds the match took, or Infinity when it did not finish within `deadline`. */
  time(pattern: Pattern, input: string, deadline: number): Promise<number> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.worker.removeAllListeners('message');
        void this.worker.terminate();
        this.worker = Matcher.start();
        resolve(Infinity);
      }, deadline);
      this.worker.once('message', (ms: number) => {
        clearTimeout(timer);
        resolve(ms);
      });
      this.worker.postMessage({ source: pattern.source, flags: pattern.flags, input });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

let matcher: Matcher;
beforeAll(() => {
  matcher = new Matcher();
});
afterAll(() => matcher.close());

async function assertLinear(pattern: Pattern, length: number, runs: number): Promise<void> {
  for (const attack of AUDIT_ATTACKS) {
    const input = pumped(attack, length);
    const ms = await matcher.time(pattern, input, 5_000);
    expect(ms, `/${pattern.source}/${pattern.flags} at ${pattern.where} on the audit's ${JSON.stringify(input.slice(0, 40))}… (${input.length} chars)`).toBeLessThan(BOUND_MS);
  }
  await fc.assert(
    fc.asyncProperty(pathologicalLine(pattern.source, length), async (input) => {
      const ms = await matcher.time(pattern, input, 5_000);
      expect(ms, `/${pattern.source}/${pattern.flags} at ${pattern.where} on ${JSON.stringify(input.slice(0, 60))}… (${input.length} chars)`).toBeLessThan(BOUND_MS);
    }),
    { numRuns: runs, seed: useFuzzSeed(), endOnFailure: true },
  );
}

const literals = regexLiterals();

describe('every regex literal that reads repository text is linear (or capped)', () => {
  it('finds the patterns it audits', () => {
    expect(literals.length).toBeGreaterThan(250);
    for (const name of Object.keys(CAPPED)) expect(literals.some((p) => p.name === name), name).toBe(true);
  });

  it.each(literals.map((p) => [p.where, p] as const))('%s', async (_where, pattern) => {
    await assertLinear(pattern, CAPPED[pattern.name] ?? LINE_CHARS, RUNS);
  });
});

describe('patterns built at run time', () => {
  it('the alias pattern of every catalog rule is linear on lines of its own words', async () => {
    const catalog = await loadCatalog();
    for (const rule of catalog.rules) {
      const re = aliasPattern(rule);
      await assertLinear({ where: `aliasPattern(${rule.id})`, name: rule.id, source: re.source, flags: re.flags }, LINE_CHARS, 3);
    }
  });
});

describe('helpers that replaced a quadratic pattern', () => {
  // Each did what a one-line regex did; the regex was retried from every character of a long
  // run (20,000 `[` or `a-` took over half a second). Same results on short text, linear on long.
  const cases: Array<{ name: string; helper: (s: string) => string; old: (s: string) => string; alphabet: string[]; attack: string }> = [
    { name: 'withoutLinks', helper: withoutLinks, old: (s) => s.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/g, ' '), alphabet: ['a', '1', '+', '.', '-', ':', '/', ' ', 'x', '_'], attack: 'a-'.repeat(10_000) },
    { name: 'withoutTrailingIndex', helper: withoutTrailingIndex, old: (s) => s.replace(/\[[^\]]*\]$/, ''), alphabet: ['[', ']', 'a', '.', '0'], attack: `\r${'['.repeat(20_000)}` },
  ];
  it.each(cases)('$name agrees with the pattern it replaced and is linear', ({ helper, old, alphabet, attack }) => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((chars) => chars.join('')), (s) => helper(s) === old(s)), { numRuns: 2_000, seed: useFuzzSeed() });
    const started = performance.now();
    helper(attack);
    helper(`${attack}]`);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});
