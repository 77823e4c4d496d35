import { accessSync, constants, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { trustedPathEntries } from './child-env.js';
import { isInside, realPathOf } from './inside.js';

export type ProgramCheck = { ok: true; file: string } | { ok: false; why: string };

/**
 * Whether Paramedic may run the program at `file`. The pull request controls every byte of
 * the checkout, so a program is refused when its real path (links resolved, which also turns
 * `/proc/self/cwd/...`, `/proc/self/root/<workspace>/...` and `/proc/thread-self/cwd/...`
 * into the checkout) is inside the checkout, in a scratch folder that earlier steps or other
 * users fill (the OS temp folder, RUNNER_TEMP), or below a folder that someone other than its
 * owner may write to (group or world writable, /tmp included), or owned by another user. The
 * same holds for the folder of the name it was found under, so a link cannot be swapped.
 */
export function checkProgram(file: string, workspace: string): ProgramCheck {
  if (!path.isAbsolute(file)) return { ok: false, why: `${file} is not an absolute path` };
  const real = realPathOf(file);
  if (real === undefined) return { ok: false, why: `${file} does not exist` };
  const realWorkspace = realPathOf(workspace) ?? path.resolve(workspace);
  if (isInside(realWorkspace, real) || isInside(path.resolve(workspace), path.resolve(file))) {
    return { ok: false, why: `${file} is inside the checkout, which the pull request controls` };
  }
  for (const scratch of [process.env.RUNNER_TEMP, tmpdir()]) {
    const realScratch = scratch ? realPathOf(scratch) : undefined;
    if (realScratch && isInside(realScratch, real)) return { ok: false, why: `${file} is in a temporary folder (${scratch})` };
  }
  try {
    if (!statSync(real).isFile()) return { ok: false, why: `${file} is not a file` };
    accessSync(real, constants.X_OK);
  } catch {
    return { ok: false, why: `${file} is not an executable file` };
  }
  const unsafe = unsafeFolder(real) ?? unsafeFolder(path.dirname(path.resolve(file)));
  return unsafe ? { ok: false, why: `${file} ${unsafe}` } : { ok: true, file };
}

/** Why `p` or one of the folders above it could be replaced by someone else, or undefined. */
function unsafeFolder(p: string): string | undefined {
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return undefined;
  const uid = process.getuid();
  for (let at = p; ; at = path.dirname(at)) {
    let stat;
    try {
      stat = statSync(at);
    } catch {
      return `cannot be checked (${at} is unreadable)`;
    }
    if ((stat.mode & 0o022) !== 0) return `is under ${at}, which others can write to`;
    if (stat.uid !== 0 && stat.uid !== uid) return `is under ${at}, owned by another user`;
    if (path.dirname(at) === at) return undefined;
  }
}

/** The first program called `name` on PATH that passes checkProgram; refused ones are reported through `refused`. */
export function findTrustedProgram(name: string, workspace: string, refused?: (why: string) => void): string | undefined {
  const names = process.platform === 'win32' ? [`${name}.exe`, `${name}.cmd`] : [name];
  for (const dir of trustedPathEntries(process.env.PATH ?? '', workspace)) {
    for (const candidate of names) {
      const full = path.join(dir, candidate);
      if (realPathOf(full) === undefined) continue;
      const check = checkProgram(full, workspace);
      if (check.ok) return check.file;
      refused?.(check.why);
    }
  }
  return undefined;
}
