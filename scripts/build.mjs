// Bundles the action (dist/index.js), the CLI (dist/cli/index.js) and markdownlint's worker with
// esbuild, in one build: the bundles run with no node_modules, share one set of chunks in dist/,
// and modules loaded with `await import()` are chunks read only when imported, so a run loads
// only what its command needs.
//
// Why esbuild and not ncc (the design card's first choice), measured on this 2-core machine:
// a build took 39-48 s with ncc and takes under 2 s with esbuild; ncc's webpack output wraps
// every module in a runtime that is compiled on start-up, esbuild's ESM output does not, and
// esbuild splits dynamic imports into chunks that are only read when they are imported.
import { chmod, copyFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { parse as parseYaml } from 'yaml';

/** Files the bundles read at run time from beside themselves (src/util/assets.ts finds them). */
const ASSETS = [
  'node_modules/web-tree-sitter/tree-sitter.wasm',
  'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
  'node_modules/@cdktf/hcl2json/main.wasm.gz',
];

/**
 * @actions/core imports its OIDC client (and with it @actions/http-client and undici, ~800 KB)
 * at start-up for core.getIDToken, which Paramedic never calls. Marking it free of side effects
 * did not leave it out (getIDToken, reached through `import * as core`, keeps it), so core gets
 * a stand-in whose one method imports the real client, a chunk read only if it is ever called.
 */
const unusedAtStartup = {
  name: 'unused-at-startup',
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) => {
      if (args.namespace === 'lazy-oidc' || !args.importer.includes(`${path.sep}@actions${path.sep}core${path.sep}`)) return undefined;
      // A path relative to the checkout: esbuild writes the stand-in's path into the bundle as a
      // comment, and an absolute one made dist/ differ from one checkout to the next.
      return { path: path.relative(process.cwd(), path.join(args.resolveDir, args.path)).split(path.sep).join('/'), namespace: 'lazy-oidc' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-oidc' }, (args) => ({
      contents: `export class OidcClient {\n  static async getIDToken(audience) {\n    const real = await import("./oidc-utils.js");\n    return real.OidcClient.getIDToken(audience);\n  }\n}\n`,
      resolveDir: path.resolve(path.dirname(args.path)),
      loader: 'js',
    }));
    // The stand-in's own import is the real file.
    build.onResolve({ filter: /oidc-utils\.js$/, namespace: 'lazy-oidc' }, (args) => ({ path: path.join(args.resolveDir, args.path), namespace: 'file' }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some packages ship a UMD "main" whose require()s esbuild cannot follow; their ES build is clean.
  mainFields: ['module', 'main'],
  // CommonJS packages inside an ES bundle still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __paramedicRequire } from 'node:module';\nconst require = __paramedicRequire(import.meta.url);" },
  // Go's wasm_exec polyfill asks for a `performance` package only when the global is missing (never on Node 20+).
  external: ['performance'],
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  plugins: [unusedAtStartup],
};

// One build for the three entries, so code they share is one set of chunks in dist/ (two
// builds shipped every module twice, and the worker a third copy of markdownlint). The CLI's
// entry sits in dist/cli/ (the package's bin) and imports its chunks from dist/.
await rm('dist', { recursive: true, force: true });
const result = await build({
  ...common,
  entryPoints: { index: 'src/index.ts', 'cli/index': 'src/cli/main.ts', 'markdownlint-worker': 'src/lint/markdownlint-worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunk-[hash]',
});
const inputs = new Set(Object.keys(result.metafile.inputs));
await chmod('dist/cli/index.js', 0o755);

// The bundles are ES modules; the package.json beside them says so to Node.
for (const dir of ['dist', 'dist/cli']) await writeFile(path.join(dir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
// The code that reads the assets is in the shared chunks, all in dist/.
for (const asset of ASSETS) await copyFile(asset, path.join('dist', path.basename(asset)));

// The built-in rules, read from YAML once here so the bundle starts without parsing 80+
// YAML files (src/catalog/load.ts validates each entry when it loads them).
const catalog = {};
for (const name of (await readdir('rules')).filter((n) => /\.ya?ml$/.test(n)).sort()) {
  catalog[`rules/${name}`] = parseYaml(await readFile(path.join('rules', name), 'utf8'));
}
await writeFile('dist/catalog.json', `${JSON.stringify(catalog)}\n`);

await writeFile('dist/licenses.txt', await thirdPartyLicenses(inputs));

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
console.log(`built dist/ for ${pkg.name}@${pkg.version}`);

/** The licence of every package the bundles include, from each package's own files. */
async function thirdPartyLicenses(files) {
  const packages = new Map();
  for (const file of [...files, ...ASSETS]) {
    if (file.startsWith('lazy-oidc:')) continue; // the stand-in above; the real file is an input too
    const parts = file.split('/');
    const at = parts.lastIndexOf('node_modules');
    if (at === -1) continue;
    const dir = parts.slice(0, at + (parts[at + 1]?.startsWith('@') ? 3 : 2)).join('/');
    if (packages.has(dir)) continue;
    const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
    const licenseFile = (await readdir(dir)).find((n) => /^(licen[cs]e|copying)(\.|$)/i.test(n));
    const text = licenseFile && existsSync(path.join(dir, licenseFile)) ? (await readFile(path.join(dir, licenseFile), 'utf8')).trim() : '';
    packages.set(dir, { name: manifest.name, version: manifest.version, license: typeof manifest.license === 'string' ? manifest.license : 'see the package', text });
  }
  const sorted = [...packages.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const seen = new Set();
  return sorted
    .filter((p) => !seen.has(p.name) && seen.add(p.name))
    .map((p) => `${p.name}@${p.version}\n${p.license}\n${p.text ? `\n${p.text}\n` : ''}`)
    .join('\n');
}
