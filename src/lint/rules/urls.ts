import { SCHEME_RUN_START, stripTrailing } from '../../util/text-scan.js';

/**
 * Finds URL-shaped words on a line and parses them with the WHATWG URL parser. The regex
 * only cuts candidates out of prose and shell (scheme, `://`, then up to a delimiter);
 * `new URL` decides what the parts are. It starts where a run of scheme characters starts
 * (SCHEME_RUN_START): from every letter of `a+a+a+…` it was quadratic.
 */
const URL_CANDIDATE = new RegExp(String.raw`${SCHEME_RUN_START}([a-z][a-z0-9+.-]*:\/\/[^\s'"\`<>()[\]{}|\\]+)`, 'gi');

export function urlsIn(line: string): URL[] {
  const urls: URL[] = [];
  for (const m of line.matchAll(URL_CANDIDATE)) {
    try {
      urls.push(new URL(stripTrailing(m[2]!, '.,;:')));
    } catch {
      // Not a URL after all (a placeholder such as postgres://<user>:<pass>@<host>).
    }
  }
  return urls;
}
