/**
 * Names that mark a config file or folder as development/test only. Files in test and
 * example folders are never listed (src/discover/files.ts); these catch the rest, such as
 * `docker-compose.dev.yml` or `k8s/overlays/local/` or `.devcontainer/` (and Gitpod's cloud
 * workspaces, `docker-compose.gitpod.yaml`, another developer's machine).
 */
const DEV_TOKENS = new Set(['dev', 'development', 'develop', 'local', 'test', 'tests', 'testing', 'ci', 'e2e', 'debug', 'devcontainer', 'gitpod']);
/**
 * Folder names for per-pull-request review apps (`.review_apps/`, `review-apps/`,
 * `preview-environments/`), compared without dots, dashes and underscores: a change's preview,
 * not production. One list for every extractor (compose and Kubernetes as dev scope, Terraform
 * as optional).
 */
const REVIEW_APP_FOLDERS = new Set(['reviewapps', 'reviewapp', 'previewapps', 'previewapp', 'previewenvironments']);

/** The first folder of `path` (its file name left out) that holds review apps, if any. */
export function reviewAppFolder(path: string): string | undefined {
  return path.split('/').slice(0, -1).find((folder) => REVIEW_APP_FOLDERS.has(folder.toLowerCase().replace(/[._-]+/g, '')));
}

/** Words of a file name or path: `docker-compose.dev.yml` → docker, compose, dev, yml. */
export function pathTokens(path: string): string[] {
  return path.toLowerCase().split(/[/._-]+/).filter(Boolean);
}

/**
 * True when the path says development or test: a word of the file name
 * (`docker-compose.dev.yml`, `values-local.yaml`) or a whole folder name (`overlays/local/`,
 * `.devcontainer/`). A folder that merely contains such a word (`services/local-pickup/`,
 * `ci-runner/`) names a product part, not an environment. `ignore` leaves some words out.
 */
export function hasDevToken(path: string, ignore: readonly string[] = []): boolean {
  const isDev = (word: string): boolean => DEV_TOKENS.has(word) && !ignore.includes(word);
  const segments = path.toLowerCase().split('/');
  const file = segments.pop() ?? '';
  // `docker-compose-non-dev.yml` is the file for everything but development.
  const words = pathTokens(file);
  const negated = (i: number): boolean => i > 0 && (words[i - 1] === 'non' || words[i - 1] === 'no');
  return words.some((word, i) => isDev(word) && !negated(i)) || segments.some((folder) => isDev(folder.replace(/^\./, ''))) || reviewAppFolder(path) !== undefined;
}
