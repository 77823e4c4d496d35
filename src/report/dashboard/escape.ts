/** Text for HTML element content and double-quoted attribute values. */
export function html(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text inside Markdown (a job summary): every character Markdown or GitHub's HTML could read
 * as syntax is escaped, so a repository's name or a finding's message stays text.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_[\]{}()<>#+!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;');
}

/** A link target for HTML: only http(s) URLs, else nothing. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
