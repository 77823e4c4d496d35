// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// Each bundle is self-contained: it runs with no node_modules.
import { rm, readFile, readdir, writeFile, chmod } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import ncc from '@vercel/ncc';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

const entries = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli/main.ts', out: 'dist/cli', executable: true },
  // Loaded by src/lint/markdownlint.ts from beside whichever bundle runs: bundled once, written to both.
  { entry: 'src/lint/markdownlint-worker.ts', out: ['dist', 'dist/cli'], file: 'markdownlint-worker.js' },
];

await rm('dist', { recursive: true, force: true });
for (const { entry, out, executable, file: fileName = 'index.js' } of entries) {
  const { code, assets } = await ncc(path.resolve(entry), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    license: 'licenses.txt',
  });
  for (const dir of [out].flat()) {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, fileName);
    let body = code;
    if (executable && !body.startsWith('#!')) body = `#!/usr/bin/env node\n${body}`;
    await writeFile(file, body);
    if (executable) await chmod(file, 0o755);
    for (const [name, asset] of Object.entries(assets ?? {})) {
      // The worker's licenses are a subset of its bundle's (which also has markdownlint): keep those.
      if (name === 'licenses.txt' && fileName !== 'index.js') continue;
      const target = path.join(dir, name);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, asset.source);
      if (asset.permissions) await chmod(target, asset.permissions);
    }
  }
}
// The built-in rules, read from YAML once here so the bundle starts without parsing 60+
// YAML files (src/catalog/load.ts validates each entry when it loads them).
const catalog = {};
for (const name of (await readdir('rules')).filter((n) => /\.ya?ml$/.test(n)).sort()) {
  catalog[`rules/${name}`] = parseYaml(await readFile(path.join('rules', name), 'utf8'));
}
await writeFile('dist/catalog.json', `${JSON.stringify(catalog)}\n`);

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
console.log(`built dist/ for ${pkg.name}@${pkg.version}`);
