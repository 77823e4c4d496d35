import * as core from '@actions/core';
import { parseOrgConfigRef } from '../config/org.js';
import { parseSettings, type Config } from '../config/schema.js';

/** Action inputs that are settings: same names and parsers as the config file. */
export const SETTING_INPUTS = ['mode', 'fail-on', 'fail-on-confidence', 'fail-on-tier', 'fail-on-categories', 'doc-path', 'rules', 'draft', 'comment', 'tracking-issue'] as const;

export interface ActionInputs {
  token: string;
  /** config file path; empty means the default, whose absence is fine */
  configPath: string;
  /** the organisation config, when `config` is OWNER/REPO/PATH@REF (then configPath is empty: the repository's own file is read as well) */
  orgConfig: string;
  /** the token the organisation config is read with; empty means `token` */
  configToken: string;
  baseRef: string;
  headRef: string;
  /** the commit status's context for a drafted commit; empty means the job's name (GITHUB_JOB) */
  statusContext: string;
  /** where to write the SARIF report (relative to the workspace); empty: none */
  sarifPath: string;
  /** a saved JSON report to post instead of checking (the fork workflow's second half); empty: check */
  reportPath: string;
  /** settings given as inputs (only the non-empty ones, so the config file can fill the rest) */
  settings: Partial<Config>;
}

/** Reads the inputs; a bad value throws a ConfigError naming the input. */
export function readInputs(): ActionInputs {
  const raw: Record<string, unknown> = {};
  for (const name of SETTING_INPUTS) {
    const value = core.getInput(name).trim();
    if (value !== '') raw[name] = value;
  }
  const config = core.getInput('config').trim();
  const remote = parseOrgConfigRef(config) !== undefined;
  const configToken = core.getInput('config-token');
  if (configToken) core.setSecret(configToken);
  return {
    token: core.getInput('token'),
    configPath: remote ? '' : config,
    orgConfig: remote ? config : '',
    configToken,
    baseRef: core.getInput('base-ref').trim(),
    headRef: core.getInput('head-ref').trim(),
    statusContext: core.getInput('status-context').trim(),
    sarifPath: core.getInput('sarif').trim(),
    reportPath: core.getInput('report-path').trim(),
    settings: parseSettings(raw, (key) => `input "${key}"`),
  };
}
