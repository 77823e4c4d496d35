import * as core from '@actions/core';
import { escapeLogText } from '../util/log-text.js';

/**
 * The runner's log and annotations, with every message passed through escapeLogText: the
 * action's messages carry repository text (paths, refs, titles, rule names), and a line break
 * or a `::`/`##[` in them must never become a workflow command.
 */
const props = (p?: core.AnnotationProperties): core.AnnotationProperties | undefined =>
  p && { ...p, ...(p.title !== undefined ? { title: escapeLogText(p.title) } : {}), ...(p.file !== undefined ? { file: escapeLogText(p.file) } : {}) };

export const info = (message: string): void => core.info(escapeLogText(message));
export const warning = (message: string, p?: core.AnnotationProperties): void => core.warning(escapeLogText(message), props(p));
export const error = (message: string, p?: core.AnnotationProperties): void => core.error(escapeLogText(message), props(p));
export const notice = (message: string, p?: core.AnnotationProperties): void => core.notice(escapeLogText(message), props(p));
export const setFailed = (message: string): void => core.setFailed(escapeLogText(message));
