import * as core from '@actions/core';
import { escapeLogText } from '../util/log-text.js';

/**
 * The runner's log and annotations, with every message passed through escapeLogText: the
 * action's messages carry repository text (paths, refs, titles, rule names), and a line break
 * or a `::`/`##[` in them must never become a workflow command.
 *
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the
 * rest without a word. So while a run holds them (holdAnnotations), annotations wait in a
 * queue and are written in order of importance when it is flushed: gaps, then the findings
 * the change caused, then the run's own messages, then parse warnings, then older findings.
 * Past the budget, one annotation says how many more there are, and the rest are listed in
 * the job summary and the log.
 */

/** What an annotation is about; it decides its place in the queue. */
export type AnnotationKind = 'gap' | 'caused' | 'run' | 'parse' | 'finding';

type Level = 'error' | 'warning' | 'notice';

const RANK: Record<AnnotationKind, number> = { gap: 0, caused: 1, run: 2, parse: 3, finding: 4 };

/** GitHub's limit per level and step. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface HeldAnnotation {
  level: Level;
  kind: AnnotationKind;
  message: string;
  props?: core.AnnotationProperties;
}

let held: HeldAnnotation[] | undefined;
/** Annotations already written per level (held or not), so later ones respect what is left. */
const written: Record<Level, number> = { error: 0, warning: 0, notice: 0 };

const escapeProps = (p?: core.AnnotationProperties): core.AnnotationProperties | undefined =>
  p && { ...p, ...(p.title !== undefined ? { title: escapeLogText(p.title) } : {}), ...(p.file !== undefined ? { file: escapeLogText(p.file) } : {}) };

function write(level: Level, message: string, p?: core.AnnotationProperties): void {
  written[level]++;
  core[level](escapeLogText(message), escapeProps(p));
}

function annotation(level: Level, message: string, p: core.AnnotationProperties | undefined, kind: AnnotationKind): void {
  if (held) held.push({ level, kind, message, ...(p ? { props: p } : {}) });
  else write(level, message, p);
}

export const info = (message: string): void => core.info(escapeLogText(message));
export const warning = (message: string, p?: core.AnnotationProperties, kind: AnnotationKind = 'run'): void => annotation('warning', message, p, kind);
export const error = (message: string, p?: core.AnnotationProperties, kind: AnnotationKind = 'run'): void => annotation('error', message, p, kind);
export const notice = (message: string, p?: core.AnnotationProperties, kind: AnnotationKind = 'run'): void => annotation('notice', message, p, kind);

/** Fails the step; its message is an error annotation, written at once and never held. */
export const setFailed = (message: string): void => {
  written.error++;
  core.setFailed(escapeLogText(message));
};

/** From now on annotations wait for flushAnnotations. */
export function holdAnnotations(): void {
  held ??= [];
}

/**
 * Writes the held annotations, most important first, within GitHub's budget per level, and
 * stops holding. `reserve` keeps slots for what the run still writes afterwards (the failure
 * line, a side channel's warning). Returns the ones that did not fit, in order.
 */
export function flushAnnotations(reserve: Partial<Record<Level, number>> = { error: 1, warning: 1 }): HeldAnnotation[] {
  const queue = held ?? [];
  held = undefined;
  const overflow: HeldAnnotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    // A stable sort: within a kind, the order they were reported in.
    const items = queue.filter((a) => a.level === level).sort((a, b) => RANK[a.kind] - RANK[b.kind]);
    const budget = Math.max(1, ANNOTATIONS_PER_LEVEL - written[level] - (reserve[level] ?? 0));
    if (items.length <= budget) {
      for (const a of items) write(level, a.message, a.props);
      continue;
    }
    const shown = items.slice(0, budget - 1);
    const rest = items.slice(budget - 1);
    for (const a of shown) write(level, a.message, a.props);
    const words = level === 'error' ? ['error', 'errors'] : level === 'warning' ? ['warning', 'warnings'] : ['notice', 'notices'];
    write(level, `${rest.length} more ${rest.length === 1 ? words[0] : words[1]} in the job summary (GitHub shows ${ANNOTATIONS_PER_LEVEL} ${words[1]} per step)`, { title: 'Paramedic: more in the job summary' });
    for (const a of rest) core.info(escapeLogText(`not annotated (${level}): ${where(a)}${a.message}`));
    overflow.push(...rest);
  }
  return overflow;
}

/** "path:line: " of an annotation, or nothing. */
export function where(a: HeldAnnotation): string {
  if (!a.props?.file) return '';
  return `${a.props.file}${a.props.startLine ? `:${a.props.startLine}` : ''}: `;
}
