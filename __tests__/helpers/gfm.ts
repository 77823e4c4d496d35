import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';

/**
 * Markdown rendered to HTML as a CommonMark + GFM-table renderer does (micromark, the parser
 * markdownlint itself uses), raw HTML let through as GitHub lets it through: what a reader of
 * the bot's comment would see, for tests that ask what the Markdown *means*.
 */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
}

/** Each rendered table as rows of cell texts (tags stripped, entities of < > & decoded). */
export function gfmTables(markdown: string): string[][][] {
  const html = renderGfm(markdown);
  const decode = (text: string): string => text.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim();
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((table) =>
    [...table[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1]!))),
  );
}
