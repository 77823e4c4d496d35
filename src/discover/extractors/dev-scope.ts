/**
 * Names that mark a config file or folder as development/test only. Files in test and
 * example folders are never listed (src/discover/files.ts); these catch the rest, such as
 * `docker-compose.dev.yml` or `k8s/overlays/local/` or `.devcontainer/`.
 */
const DEV_TOKENS = new Set(['dev', 'development', 'develop', 'local', 'test', 'tests', 'testing', 'ci', 'e2e', 'debug', 'devcontainer']);

/** Words of a file name or path: `docker-compose.dev.yml` → docker, compose, dev, yml. */
export function pathTokens(path: string): string[] {
  return path.toLowerCase().split(/[/._-]+/).filter(Boolean);
}

/** True when a word of the path says development or test; `ignore` leaves some words out. */
export function hasDevToken(path: string, ignore: readonly string[] = []): boolean {
  return pathTokens(path).some((token) => DEV_TOKENS.has(token) && !ignore.includes(token));
}
