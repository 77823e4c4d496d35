import { unquote } from '../../util/text-scan.js';
import { splitLines, stripBom } from '../../util/lines.js';
import type { Extractor, Signal } from '../types.js';
import { hasDevToken } from './dev-scope.js';
import { dirname, lowerName } from './paths.js';
import { parseImageRef } from './image-ref.js';

/** `Dockerfile`, `Containerfile`, `Dockerfile.web`, `Dockerfile-postgres`, `web.Dockerfile`. */
export function isDockerfile(path: string): boolean {
  const name = lowerName(path);
  return name === 'dockerfile' || name === 'containerfile' || name.startsWith('dockerfile.') || name.startsWith('dockerfile-') || name.endsWith('.dockerfile');
}

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/**
 * Instructions with their first line: `#` lines are comments, a trailing backslash continues an
 * instruction on the next line. Hand-written: the Dockerfile grammar is one instruction per
 * logical line, and only FROM and ARG are read here, so no parser package is worth its weight.
 */
function instructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  let current: Instruction | undefined;
  splitLines(stripBom(text)).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (!current && (trimmed === '' || trimmed.startsWith('#'))) return;
    if (current && trimmed.startsWith('#')) return; // comments inside a continued instruction
    const body = trimmed.endsWith('\\') ? trimmed.slice(0, -1) : trimmed;
    if (current) {
      current.args += ` ${body}`;
    } else {
      const space = body.search(/\s/);
      current = { keyword: (space === -1 ? body : body.slice(0, space)).toUpperCase(), args: space === -1 ? '' : body.slice(space + 1).trim(), line: index + 1 };
    }
    if (!trimmed.endsWith('\\')) {
      out.push(current);
      current = undefined;
    }
  });
  if (current) out.push(current);
  return out;
}

/** `${NAME}`, `$NAME` and `${NAME:-default}` with the values ARG instructions give. */
function substitute(text: string, args: Map<string, string>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced: string, fallback: string | undefined, bare: string) => {
    const value = args.get(braced ?? bare);
    return value !== undefined && value !== '' ? value : (fallback ?? whole);
  });
}

/**
 * A Dockerfile: its folder is built into an image that some workload runs (a `deploy` signal), and
 * the image its final stage starts from. `FROM mysql:8.0` as the last stage is a build of that
 * engine; whether anything runs it is decided with the workloads (a compose `build:`, an image named
 * like the folder). Build stages before the last, and stages named by an earlier `AS`, are followed
 * to the image they start from.
 */
export const dockerfile: Extractor = {
  id: 'dockerfile',
  claimsName: (name) => isDockerfile(name),
  matches: isDockerfile,
  extract({ path, text }) {
    const args = new Map<string, string>();
    const stages = new Map<string, string>();
    let last: { image: string; line: number } | undefined;
    for (const { keyword, args: rest, line } of instructions(text)) {
      if (keyword === 'ARG') {
        const [name, value] = rest.split('=', 2) as [string, string | undefined];
        if (name && value !== undefined && !args.has(name.trim())) args.set(name.trim(), unquote(value.trim()));
      } else if (keyword === 'FROM') {
        const words = rest.split(/\s+/).filter((word) => !word.startsWith('--'));
        let image = substitute(words[0] ?? '', args);
        image = stages.get(image.toLowerCase()) ?? image;
        if (words[1]?.toUpperCase() === 'AS' && words[2]) stages.set(words[2].toLowerCase(), image);
        last = { image, line };
      }
    }
    if (!last) return [];
    const scope = hasDevToken(path) ? 'dev' : 'prod';
    const folder = dirname(path);
    const signals: Signal[] = [{ kind: 'deploy', name: folder, path, line: last.line, source: 'dockerfile', detail: `Dockerfile builds ${folder || '.'}`, scope }];
    const ref = parseImageRef(last.image);
    if (ref && ref.repository !== 'scratch') {
      signals.push({
        kind: 'image',
        name: ref.repository,
        path,
        line: last.line,
        source: 'dockerfile',
        detail: `final stage FROM ${ref.repository}${ref.tag ? `:${ref.tag}` : ''}`,
        ...(ref.tag ? { version: ref.tag } : {}),
        scope,
      });
    }
    return signals;
  },
};
