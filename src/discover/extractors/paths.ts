/** Path helpers for matching repository-relative paths (always `/`-separated). */

export function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? path : path.slice(slash + 1);
}

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** The lower-cased file name. */
export function lowerName(path: string): string {
  return basename(path).toLowerCase();
}

/** Folders that hold a project's documentation site: its packages and hosting are not the product's. */
const DOCS_FOLDERS = new Set(['docs', 'doc', 'documentation', 'website', 'storybook']);

export function inDocsSite(path: string): boolean {
  return path.toLowerCase().split('/').slice(0, -1).some((folder) => DOCS_FOLDERS.has(folder));
}
