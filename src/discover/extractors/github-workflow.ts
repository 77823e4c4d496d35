import { isMap, visit, type Document, type Node } from 'yaml';
import type { Extractor, Signal } from '../types.js';
import { mapEntries, mapGet, parseYaml, scalarText, seqItems } from './yaml-nodes.js';

/** `.github/workflows/*.yml`: the CI workflows of the repository. */
export function isWorkflowFile(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}

/** `${{ secrets.NAME }}` and `${{ vars.NAME }}` inside an expression. A regex over one string value. */
const REFERENCE = /\b(?:secrets|vars)\.([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * GitHub Actions workflows: the variables and secrets they use (`env:` keys of the workflow, its
 * jobs and steps, and `secrets.X` / `vars.X` references). A workflow names the secrets of tests
 * and tools too, so these signals carry `context: 'ci'`: the catalog takes from them only where
 * the app is deployed to (`RAILWAY_TOKEN` for `railway up`, `FLY_API_TOKEN`, `VERCEL_TOKEN`).
 */
export const githubWorkflow: Extractor = {
  id: 'workflow',
  claimsName: (name) => /\.ya?ml$/.test(name),
  matches: isWorkflowFile,
  extract({ path, text, warn }) {
    const { docs, lineOf } = parseYaml(text, warn);
    const doc = docs[0];
    if (!doc || !isMap(doc.contents)) return [];
    const signals: Signal[] = [];
    const seen = new Set<string>();
    const add = (name: string, node: Node | null | undefined, how: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      signals.push({ kind: 'env', name, path, line: lineOf(node), source: 'workflow', detail: `workflow ${how} ${name}`, context: 'ci' });
    };
    const envKeys = (node: Node | undefined): void => {
      for (const [name, , keyNode] of mapEntries(node, doc)) if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) add(name, keyNode, 'env');
    };
    envKeys(mapGet(doc.contents, 'env', doc));
    for (const [, job] of mapEntries(mapGet(doc.contents, 'jobs', doc), doc)) {
      envKeys(mapGet(job, 'env', doc));
      for (const step of seqItems(mapGet(job, 'steps', doc), doc)) {
        envKeys(mapGet(step, 'env', doc));
        const uses = mapGet(step, 'uses', doc);
        const action = actionName(scalarText(uses, doc));
        if (action) signals.push({ kind: 'platform', name: `action:${action}`, path, line: lineOf(uses), source: 'workflow', detail: `workflow step uses ${action}`, context: 'ci' });
      }
    }
    references(doc, (name, node) => add(name, node, 'uses'));
    return signals;
  },
};

/**
 * `owner/repo` of a step's `uses: owner/repo[/path]@ref`, lower-cased; local (`./`) and `docker://`
 * actions have none. A deploy action (`aws-actions/amazon-ecs-deploy-task-definition`) names the
 * platform the workflow deploys to; the catalog lists those as `action:` platform signals.
 */
function actionName(uses: string | undefined): string | undefined {
  if (!uses || uses.startsWith('./') || uses.includes('://')) return undefined;
  const [owner, repo] = uses.split('@')[0]!.split('/');
  return owner && repo ? `${owner}/${repo}`.toLowerCase() : undefined;
}

function references(doc: Document, found: (name: string, node: Node) => void): void {
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string' || !node.value.includes('.')) return;
      for (const match of node.value.matchAll(REFERENCE)) found(match[1]!, node);
    },
  });
}
