/**
 * Finds URL-shaped words on a line and parses them with the WHATWG URL parser. The regex
 * only cuts candidates out of prose and shell (scheme, `://`, then up to a delimiter);
 * `new URL` decides what the parts are.
 */
const URL_CANDIDATE = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"`<>()[\]{}|\\]+/gi;

export function urlsIn(line: string): URL[] {
  const urls: URL[] = [];
  for (const m of line.matchAll(URL_CANDIDATE)) {
    try {
      urls.push(new URL(m[0].replace(/[.,;:]+$/, '')));
    } catch {
      // Not a URL after all (a placeholder such as postgres://<user>:<pass>@<host>).
    }
  }
  return urls;
}
