import type { Assignment, CstNodeLocation, Datasource, PrismaParser, Value, VisitorClassFactory } from '@mrleebo/prisma-ast';
import type { Extractor, Signal } from '../types.js';

/**
 * Our own parser and visitor with full location tracking: the library's default ones take
 * their settings from a config file searched from the working directory, which a scanned
 * repository must not be able to change.
 */
let prisma: { getSchema: typeof import('@mrleebo/prisma-ast').getSchema; parser: PrismaParser; visitor: InstanceType<ReturnType<typeof VisitorClassFactory>> } | undefined;
/** Loaded on the first .prisma file: the parser (chevrotain) is large and most repositories have none. */
async function prismaParser(): Promise<NonNullable<typeof prisma>> {
  if (!prisma) {
    const lib = await import('@mrleebo/prisma-ast');
    const parser = new lib.PrismaParser({ nodeLocationTracking: 'full' });
    prisma = { getSchema: lib.getSchema, parser, visitor: new (lib.VisitorClassFactory(parser))() };
  }
  return prisma;
}

/** The parser returns the location on assignments at run time, though its types leave it out. */
type LocatedAssignment = Assignment & { location?: CstNodeLocation };

/** A parse error from chevrotain: the offending token, or for end of file the token before it. */
interface ParseFailure {
  message?: string;
  token?: { image?: string; startLine?: number; startColumn?: number; tokenType?: { name?: string } };
  previousToken?: { startLine?: number };
}

/**
 * Prisma schemas (`schema.prisma`, or the many files of `prisma/schema/*.prisma`): the
 * `provider` of each `datasource` block names the database engine. A provider read from
 * `env()` is unknown until run time, so it gives no signal.
 */
/** A parser token type in words ("Identifier" -> "name"), without the token's text. */
function tokenKind(type: string | undefined): string {
  const words: Record<string, string> = { Identifier: 'name', StringLiteral: 'string', NumberLiteral: 'number' };
  return type && words[type] ? words[type]! : type ? `token (${type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()})` : 'token';
}

export const prismaSchema: Extractor = {
  id: 'prisma',
  claimsName: (name) => name.toLowerCase().endsWith('.prisma'),
  matches: (path) => path.toLowerCase().endsWith('.prisma'),
  async extract({ path, text, warn }) {
    const { getSchema, parser, visitor } = await prismaParser();
    let datasources: Datasource[];
    try {
      datasources = getSchema(text, { parser, visitor }).list.filter((block): block is Datasource => block.type === 'datasource');
    } catch (error) {
      const failure = error as ParseFailure;
      // The kind of token and where, never its text: the unexpected word may be a pasted secret.
      const found = failure.token?.image ? tokenKind(failure.token.tokenType?.name) : undefined;
      const line = numberOrUndefined(failure.token?.startLine) ?? numberOrUndefined(failure.previousToken?.startLine);
      const column = numberOrUndefined(failure.token?.startColumn);
      warn(`invalid Prisma schema: ${found ? `unexpected ${found}${column ? ` at column ${column}` : ''}` : 'unexpected end of file'}`, line);
      return [];
    }
    const signals: Signal[] = [];
    for (const datasource of datasources) {
      for (const assignment of datasource.assignments) {
        if (assignment.type !== 'assignment' || assignment.key !== 'provider') continue;
        const line = (assignment as LocatedAssignment).location?.startLine ?? datasource.location?.startLine ?? 1;
        for (const provider of providerNames(assignment.value)) {
          signals.push({
            kind: 'prisma',
            name: provider,
            path,
            line,
            source: 'prisma',
            detail: `datasource ${datasource.name} provider "${provider}"`,
          });
        }
      }
    }
    return signals;
  },
};

/** `"postgresql"` → postgresql; the old list form `["postgresql", "sqlite"]` gives each; `env(...)` gives none. */
function providerNames(value: Value): string[] {
  if (typeof value === 'string') {
    const name = unquote(value);
    return name ? [name.toLowerCase()] : [];
  }
  if (Array.isArray(value)) return value.flatMap(providerNames);
  if (value && typeof value === 'object' && value.type === 'array') return value.args.flatMap(providerNames);
  return [];
}

/** The parser keeps string literals with their quotes; a bare identifier has none. */
function unquote(literal: string): string | undefined {
  if (literal.length >= 2 && literal.startsWith('"') && literal.endsWith('"')) return literal.slice(1, -1).trim();
  return undefined;
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
