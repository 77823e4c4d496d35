import type { Dependency } from '../../catalog/match.js';
import type { Rule } from '../../catalog/types.js';
import type { Deployment } from '../deployment.js';
import type { Place, Placeholders } from '../place.js';
import type { Command, Step } from '../runbook.js';

/** What every variant gets: the dependency, its rule, how it runs, and the stub's placeholders. */
export interface StubContext {
  dep: Dependency;
  rule: Rule;
  d: Deployment;
  place: Place;
  holders: Placeholders;
}

/** What a variant returns: the procedure for this deployment; the stub adds the rest of the anatomy. */
export interface Procedure {
  runsAs: string;
  /** overrides the catalog's detection line when the variant knows better */
  detection?: string;
  steps: Step[];
  verify: Command[];
  verifyByHand?: string[];
  failback: string[];
}

/** The app's variable for the service, or a placeholder explained once. */
export function appVariable(ctx: StubContext, fallback: string, what: string): string {
  return ctx.d.variable ?? ctx.holders.add(fallback, what);
}

/** `path` in backticks for prose. */
export const code = (text: string): string => `\`${text}\``;

/** A Terraform identifier as written, or a placeholder that says where it is. */
export function tfIdentifier(ctx: StubContext, attribute: string, placeholder: string): string {
  const tf = ctx.d.terraform;
  const literal = tf?.facts[`attr.${attribute}`];
  if (literal) return literal;
  const expression = tf?.facts[`expr.${attribute}`];
  const where = tf ? `the \`${attribute}\` of \`${tf.facts.resource ?? tf.facts.module}\` in \`${tf.path}\`` : `its ${attribute}`;
  return `"$${ctx.holders.add(placeholder, `${where}${expression ? ` (written \`${expression}\`)` : ''}; \`terraform state show\` on that address prints it.`)}"`;
}
