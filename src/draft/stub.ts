import type { Dependency } from '../catalog/match.js';
import type { Rule } from '../catalog/types.js';
import { deploymentOf } from './deployment.js';
import { placeOf, Placeholders } from './place.js';
import { renderRunbook, wrapProse } from './runbook.js';
import { rdsClusterProcedure, rdsInstanceProcedure } from './variants/aws-rds.js';
import { elasticacheProcedure } from './variants/aws-elasticache.js';
import { cloudSqlProcedure } from './variants/cloud-sql.js';
import { dynamodbProcedure, documentdbProcedure, gcsProcedure, mskProcedure, opensearchServiceProcedure, s3Procedure } from './variants/cloud-data.js';
import type { Procedure, StubContext } from './variants/context.js';
import { catalogVerify, degradeText, providerOf, providerProcedure } from './variants/providers.js';
import { selfRunProcedure } from './variants/self-run.js';

export { wrapProse } from './runbook.js';

/** The review marker: while it is in a scenario, the scenario is a draft and not coverage. */
export const DRAFT_MARKER_LINE = '<!-- paramedic:draft -->';
export const DRAFT_NOTE = [
  '> **Draft by Paramedic.** Check every step against how this service really',
  '> runs, fill in the `<PLACEHOLDERS>`, then delete this note and the marker',
  '> above to sign it off.',
].join('\n');

export interface DraftedScenario {
  id: string;
  title: string;
  markdown: string;
}

export interface StubOptions {
  /**
   * Tier-3 services ("a feature degrades"): `note` drafts a short degradation note (the
   * default: they are not a SEV-1 and get no failover scenario), `scenario` the full procedure.
   */
  tier3?: 'note' | 'scenario';
}

/**
 * "<name> <failure>", folding a word the name ends with and the failure starts with:
 * "OpenAI API" + "API outage or rate limiting" is "OpenAI API outage or rate limiting".
 */
export function scenarioTitleFor(name: string, failure: string): string {
  const last = name.trim().split(/\s+/).pop() ?? '';
  const [first, ...rest] = failure.trim().split(/\s+/);
  return last && first && last.toLowerCase() === first.toLowerCase() ? `${name.trim()} ${rest.join(' ')}`.trim() : `${name.trim()} ${failure.trim()}`;
}

const DETECTION: Partial<Record<Rule['category'], string>> = {
  database: 'the app\'s health check fails and its logs show connection errors (`connection refused`, timeouts, `too many connections`); `<ALERT_NAME>` fires.',
  cache: 'latency and database load jump; the app logs connection errors to the cache; `<ALERT_NAME>` fires.',
  queue: 'queue depth or consumer lag grows and producers log publish errors; `<ALERT_NAME>` fires.',
  storage: 'uploads or downloads fail (5xx, `AccessDenied`, `NoSuchKey`); `<ALERT_NAME>` fires.',
  search: 'search requests fail or return nothing, and cluster health is red; `<ALERT_NAME>` fires.',
};

function detectionFor(rule: Rule): string {
  return rule.recovery.detection ?? DETECTION[rule.category] ?? `the error rate of calls to ${rule.name} rises, or users report the features that use it failing; \`<ALERT_NAME>\` fires.`;
}

/** The procedure for this deployment: the first family that knows it. */
function procedureFor(ctx: StubContext): Procedure {
  const { dep, rule, d } = ctx;
  const provider = dep.provider ?? '';
  const type = d.terraform?.facts.type ?? '';
  if (rule.recovery.managed) return providerProcedure(ctx, provider || null);
  if (provider === 'aws-rds' || provider === 'aws-aurora') return type === 'aws_rds_cluster' || provider === 'aws-aurora' ? rdsClusterProcedure(ctx) : rdsInstanceProcedure(ctx);
  if (provider === 'aws-elasticache') return elasticacheProcedure(ctx);
  if (provider === 'gcp-cloud-sql') return cloudSqlProcedure(ctx);
  if (provider === 'aws-documentdb') return documentdbProcedure(ctx);
  if (provider === 'aws-msk') return mskProcedure(ctx);
  if (provider === 'aws-opensearch' || provider === 'aws-elasticsearch') return opensearchServiceProcedure(ctx);
  if (rule.id === 'dynamodb') return dynamodbProcedure(ctx);
  if (rule.id === 'aws-s3') return s3Procedure(ctx);
  if (rule.id === 'gcs') return gcsProcedure(ctx);
  if (provider && providerOf(provider)) return providerProcedure(ctx, provider);
  return selfRunProcedure(ctx);
}

/** A tier-3 service: what degrades and how to keep the rest up; no failover scenario. */
function degradationNote(ctx: StubContext, title: string): string[] {
  const { rule } = ctx;
  const provider = ctx.dep.provider ? providerOf(ctx.dep.provider) : undefined;
  const status = provider?.status ?? rule.recovery.statusPage;
  const statusText = status ? `the [${provider?.name ?? rule.name} status page](${status})` : 'its status page or dashboard (`<STATUS_PAGE_URL>`)';
  const lines = [`## Scenario: ${title}`, '', DRAFT_MARKER_LINE, DRAFT_NOTE, ''];
  lines.push(...wrapProse(`**Impact:** ${rule.recovery.impact}`, '', ''), '');
  lines.push(...wrapProse(`**Tier 3: a feature degrades, not a SEV-1.** No failover procedure is drafted (set \`draft-tier-3: scenario\` to draft one). **Owner:** \`<OWNER>\`.`, '', ''), '');
  lines.push('**Mitigation Strategy:**', '');
  const steps = [
    `Confirm it on ${statusText} and in our error rates for ${rule.name} calls.`,
    `Degrade: ${degradeText(ctx)}`,
    'When it recovers, turn the features back on and check their error rates.',
  ];
  steps.forEach((s, i) => {
    if (i > 0) lines.push('');
    lines.push(...wrapProse(s, `${i + 1}. `, '   '));
  });
  return lines;
}

/**
 * One scenario in the house standard, for the deployment the evidence shows: heading, review
 * marker, Impact, how it runs, detection, targets and owner, the numbered Mitigation Strategy,
 * Verification, failback, and for a SEV-1 the communication cadence.
 */
export function draftScenario(dep: Dependency, rule: Rule, options: StubOptions = {}): DraftedScenario {
  const title = scenarioTitleFor(rule.name, rule.recovery.failure);
  const holders = new Placeholders();
  const d = deploymentOf(dep);
  const ctx: StubContext = { dep, rule, d, place: placeOf(d, holders), holders };
  if (rule.tier === 3 && (options.tier3 ?? 'note') === 'note') return { id: dep.id, title, markdown: degradationNote(ctx, title).join('\n') + '\n' };
  const procedure = procedureFor(ctx);
  const where = d.paths.slice(0, 3).map((p) => `\`${p}\``).join(', ');
  const lines = [`## Scenario: ${title}`, '', DRAFT_MARKER_LINE, DRAFT_NOTE, ''];
  const verify = procedure.verify.length || procedure.verifyByHand?.length ? procedure : { ...procedure, ...fromCatalog(ctx) };
  lines.push(
    ...renderRunbook(
      {
        impact: `${rule.recovery.impact} The code depends on it in ${where}.`,
        runsAs: procedure.runsAs,
        detection: procedure.detection ?? detectionFor(rule),
        placeholders: holders.list,
        steps: procedure.steps,
        verify: verify.verify,
        ...(verify.verifyByHand?.length ? { verifyByHand: verify.verifyByHand } : {}),
        failback: procedure.failback,
        sev1: rule.tier === 1,
      },
      rule.name,
    ),
  );
  return { id: dep.id, title, markdown: lines.join('\n') + '\n' };
}

/** A procedure without checks of its own uses the catalog's, as they are written. */
function fromCatalog(ctx: StubContext): Pick<Procedure, 'verify' | 'verifyByHand'> {
  if (ctx.place.kind !== 'host') return { verify: [] };
  const { verify, byHand } = catalogVerify(ctx);
  return { verify, verifyByHand: byHand };
}
