import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { assetPath } from '../../util/assets.js';

/**
 * HashiCorp's own HCL parser, compiled to WebAssembly and shipped as `@cdktf/hcl2json`,
 * asked only about files the tree-sitter grammar (hcl-parser.ts) found errors in: it is
 * the authority on what Terraform rejects and words its diagnostics well, but its Go
 * runtime takes a few hundred milliseconds to start, too slow to parse every file with. We start the wasm ourselves instead of calling the package's
 * `parse()`: its loader reads `path.join(__dirname, '..', 'main.wasm.gz')` when its module
 * loads, and in an ES bundle `__dirname` does not exist, so the import itself throws. The
 * build copies main.wasm.gz beside the bundle (src/util/assets.ts). Nothing here runs until a
 * Terraform file with a syntax error turns up.
 */

/** HashiCorp's verdict on a file: accepted, or its first diagnostic. */
export type HclDiagnosis = { ok: true } | { ok: false; message: string; line?: number };

/** Functions the Go program registers on the object we hand it (see @cdktf/hcl2json lib/bridge.js, version 0.21). */
interface GoExports {
  parse(filename: string, contents: string, callback: (error: string | null, json?: string) => void): void;
}

interface GoRuntime {
  importObject: object;
  run(instance: object): Promise<void>;
}

/** The slice of the WebAssembly global we use; @types/node 20 does not declare it (lib "dom" would). */
interface WebAssemblyApi {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: object }>;
}

/** The global name the Go program reads its export object from. */
const EXPORTS_GLOBAL = '__parse_terraform_config_wasm__';

let runtime: Promise<GoExports> | undefined;

async function startRuntime(): Promise<GoExports> {
  const wasmFile = assetPath('main.wasm.gz', '@cdktf/hcl2json/main.wasm.gz');
  const bytes = gunzipSync(await readFile(wasmFile));
  // Go's wasm_exec runtime (with the package's Node polyfills); it defines globalThis.Go.
  await import('@cdktf/hcl2json/wasm/bridge_wasm_exec.js');
  const Go = (globalThis as unknown as { Go?: new () => GoRuntime }).Go;
  if (!Go) throw new Error('Go wasm runtime did not load');
  const go = new Go();
  const { instance } = await (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly.instantiate(bytes, go.importObject);
  const exports = {} as GoExports;
  (globalThis as Record<string, unknown>)[EXPORTS_GLOBAL] = exports;
  // run() resolves only when the Go program exits; its main registers the functions and waits.
  go.run(instance).catch(() => {
    runtime = undefined;
  });
  if (typeof exports.parse !== 'function') throw new Error('HCL parser did not start');
  return exports;
}

/** The name the parser sees; a `.tf` name selects native HCL syntax (a `.json` one would select JSON). */
const PARSE_NAME = 'input.tf';

/**
 * One diagnostic's position in the parser's error text, which reads
 * `parse config: [input.tf:2,7-3,1: Summary; Detail. input.tf:5,1-2: Summary; Detail.]`.
 * Text, not a structured error, is all the wasm bridge returns, hence this regex.
 */
const DIAGNOSTIC_POSITION = /(?:^|\s)input\.tf:(\d+),\d+(?:-\d+(?:,\d+)?)?: /g;

/** The first diagnostic's line and summary. Details are dropped: they may quote text from the file. */
function firstDiagnostic(error: string): { message: string; line?: number } {
  const text = error.replace(/^parse config: \[/, '').replace(/\]$/, '');
  const positions = [...text.matchAll(DIAGNOSTIC_POSITION)];
  const first = positions[0];
  if (!first) return { message: text.split(';')[0]!.trim() };
  const end = positions[1]?.index ?? text.length;
  const diagnostic = text.slice(first.index + first[0].length, end);
  return { message: diagnostic.split(';')[0]!.trim(), line: Number(first[1]) };
}

/**
 * HashiCorp's verdict on one HCL file: accepted, or the first diagnostic's summary and, when
 * the parser's message carries one, its 1-based line. Throws only when the parser cannot start.
 */
export async function diagnoseHcl(text: string): Promise<HclDiagnosis> {
  runtime ??= startRuntime();
  const go = await runtime.catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  const error = await new Promise<string | null>((resolve) => {
    go.parse(PARSE_NAME, text, (err) => resolve(err));
  });
  return error ? { ok: false, ...firstDiagnostic(error) } : { ok: true };
}
