// Where a CPU profile's time went, by source module: `node --cpu-prof --cpu-prof-dir=DIR dist/cli/index.js ...`,
// then `node scripts/bench-profile.mjs DIR [rows]`. Self time of every sample is charged to the module
// the bundle's `// path` comment markers place its function in (src/<stage>, a package, Node's own
// internals), plus garbage collection, idle (waiting on git, shellcheck or the worker) and compiling.
// One table per thread (main, markdownlint's worker). Used for the README's speed section.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const dir = process.argv[2];
const markersOf = new Map();
function moduleAt(url, line) {
  if (!url.startsWith('file:')) return url || '(native)';
  let m = markersOf.get(url);
  if (!m) {
    m = [];
    try {
      readFileSync(fileURLToPath(url), 'utf8')
        .split('\n')
        .forEach((l, i) => {
          const x = /^\/\/ (\S+\.(?:ts|js|cjs|mjs|json))$/.exec(l);
          if (x) m.push([i, x[1]]);
        });
    } catch {
      // not a file of ours (a data: URL, a deleted chunk): charged to its name
    }
    markersOf.set(url, m);
  }
  let best = url.split('/').pop();
  for (const [i, name] of m) { if (i <= line) best = name; else break; }
  return best;
}
function group(mod) {
  if (mod === '(garbage collector)' || mod === '(idle)' || mod === '(program)') return mod;
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(mod);
  if (nm) return nm[1].startsWith('micromark') || nm[1].startsWith('mdast') ? 'micromark/mdast' : nm[1];
  const src = /(?:^|\/)src\/([^/]+(?:\/extractors)?)/.exec(mod);
  if (src) return `src/${src[1]}`;
  if (mod.startsWith('node:') || !mod.includes('/')) return `node internals (${mod.split(/[:/]/)[0]})`;
  return mod;
}
for (const f of readdirSync(dir).filter((n) => n.endsWith('.cpuprofile')).sort()) {
  const p = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const totals = new Map(); let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const n = byId.get(p.samples[i]); const cf = n.callFrame; const d = (p.timeDeltas[i] ?? 0) / 1000; total += d;
    let key;
    if (!cf.url) key = cf.functionName === '(garbage collector)' || cf.functionName === '(idle)' || cf.functionName === '(program)' ? cf.functionName : `native: ${cf.functionName}`;
    else if (cf.url.endsWith('.wasm') || cf.url.includes('wasm')) key = 'wasm: ' + cf.url.split('/').pop().replace(/-[0-9a-f]+$/, '');
    else if (cf.url.startsWith('node:')) key = `node: ${cf.url.slice(5).split('/')[0]}${cf.functionName.startsWith('compile') ? ' (compile)' : ''}`;
    else key = group(moduleAt(cf.url, cf.lineNumber));
    if (cf.functionName === 'compileSourceTextModule' || cf.functionName === 'compileForInternalLoader') key = 'compiling modules';
    totals.set(key, (totals.get(key) ?? 0) + d);
  }
  console.log(`\n== ${f.includes('.1.') ? 'worker thread' : 'main thread'}: ${total.toFixed(0)} ms sampled`);
  for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 18))) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
}
