/** A disaster-recovery plan as Paramedic reads it. Lines are 1-based lines of the plan file. */

export interface CodeBlock {
  /** info string's first word, lower-cased ('' when none) */
  lang: string;
  /** the block's content, without fences */
  value: string;
  /** line of the opening fence */
  fenceLine: number;
  /** line of the first content line (fenceLine + 1 for fenced blocks) */
  firstLine: number;
}

export interface Scenario {
  /** heading text without numbering/"Scenario:" prefixes, e.g. "Complete Database Loss" */
  title: string;
  /** the heading text as written, e.g. "Scenario 1: Complete Database Loss" */
  heading: string;
  /** heading depth (2 for ##) */
  depth: number;
  /** line of the heading */
  line: number;
  /** last line of the scenario's section (before the next heading of the same or higher level) */
  endLine: number;
  /** the section's raw Markdown (heading line excluded) */
  body: string;
  codeBlocks: CodeBlock[];
  /** a Paramedic draft whose review marker is still present: not coverage until a human removes it */
  draft: boolean;
  /**
   * A stub whose marker was deleted but which still holds its review note or placeholders
   * (`<FAILOVER_COMMAND>`), as written: signed off unread, so not coverage. Absent when none.
   */
  stubLeftovers?: string[];
  /**
   * the heading of the section the scenario sits in ("PostgreSQL" over "### Restore"), when
   * there is one below the document title: what a generic title such as "Restore" is about
   */
  context?: string;
}

/** `<!-- paramedic: covers redis -- reason -->` */
export interface CoverMarker {
  ids: string[];
  reason: string;
  line: number;
}

export interface Plan {
  /** repository-relative path */
  path: string;
  /** why this file was chosen (configured, standard path, or name search) */
  chosenBecause: string;
  text: string;
  scenarios: Scenario[];
  markers: CoverMarker[];
  /** a "Last Updated" date the plan states, with its line */
  lastUpdated?: { date: string; line: number };
}
