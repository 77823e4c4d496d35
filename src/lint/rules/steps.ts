import type { List, ListItem, Nodes, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Scenario } from '../../plan/types.js';
import { quote, scenarioNodes, startLine } from '../document.js';
import type { LintRule, RuleHit } from '../rule.js';
import { redactSecrets, secretKindsInCode, secretKindsInText } from './secrets.js';

/** Sub-headings that are steps: "Step 1: Identify Latest Backup", "2. Promote the replica". */
const STEP_HEADING = /^(?:step|schritt|paso|passo|étape|etape)\s*\d+|^\d+[.)]\s/i;

/** A shell line that does something (not blank, not a comment, not a bare `echo`). */
function isCommandLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#') && !/^echo\b/.test(trimmed);
}

/**
 * A scenario has explicit steps when it has a numbered list of two or more items, two or
 * more "Step N" sub-headings, or a script: a code block with two or more commands (real
 * plans such as runbook scripts number their steps in comments).
 */
export function hasExplicitSteps(nodes: Nodes[]): boolean {
  if (nodes.some((n) => n.type === 'list' && n.ordered && n.children.length >= 2)) return true;
  if (nodes.filter((n) => n.type === 'heading' && STEP_HEADING.test(toString(n).trim())).length >= 2) return true;
  return nodes.some((n) => n.type === 'code' && n.value.split('\n').filter(isCommandLine).length >= 2);
}

/** A single-item ordered list: the scenario has a step, just not a sequence (the message must not say "no steps"). */
function hasOneNumberedStep(nodes: Nodes[]): boolean {
  return nodes.some((n) => n.type === 'list' && n.ordered && n.children.length === 1);
}

export const missingSteps: LintRule = {
  id: 'missing-steps',
  severity: 'warning',
  description: 'A scenario without numbered steps, Step N sub-sections or a runnable script.',
  hint: 'Write the recovery as a numbered list of steps, each with the exact command or dashboard action.',
  run(doc) {
    return doc.plan.scenarios
      .filter((s) => !hasExplicitSteps(scenarioNodes(doc, s)))
      .map((s) => ({ line: s.line, message: `Scenario "${s.title}" ${hasOneNumberedStep(scenarioNodes(doc, s)) ? 'has only one numbered step' : 'has no numbered steps'}.` }));
  },
};

/**
 * Phrases that hand the problem to the reader instead of telling them what to do (the
 * brief's bad example: "try restarting the server. If that doesn't work, message DevOps").
 * A word list, not a parser: these are matched against one step's prose at a time.
 */
const VAGUE_PHRASES: readonly RegExp[] = [
  /\btry (?:to )?(?:restart|reboot|fix|redeploy|again|turning)\w*/i,
  /\bif (?:that|this|it) (?:doesn'?t|does not|didn'?t|fails to|won'?t) (?:work|help)/i,
  /\b(?:message|ping|ask|contact|call|tell|escalate to) (?:devops|ops|it|someone|somebody|anyone|the team|the devs?|an? (?:engineer|admin|expert))\b/i,
  /\b(?:reach out to|notify|inform) (?:devops|ops|someone|somebody|anyone|the team)\b|\blet (?:devops|ops|someone|somebody|the team) know\b/i,
  /\b(?:see|check) (?:if|whether) (?:it|that|this) (?:helps|works|fixes it)\b/i,
  /\b(?:figure out|look into|see what happened|fix (?:it|the (?:issue|problem))|do the needful|somehow|and so on|whatever (?:is|it) takes|wait and see|hope for the best|handle (?:it|accordingly)|do what(?:ever)? is needed)\b/i,
];

/** The item's own prose: its paragraphs, not the nested lists or code blocks below it. */
function ownText(item: ListItem): string {
  return item.children.filter((c) => c.type === 'paragraph').map((c) => toString(c)).join(' ');
}

/** A command, code block or link somewhere inside the node: the instruction names what to do. */
function namesAnAction(n: Nodes): boolean {
  return n.type === 'inlineCode' || n.type === 'code' || n.type === 'link' || ('children' in n && n.children.some((c) => namesAnAction(c as Nodes)));
}

function hasConcreteAction(item: ListItem): boolean {
  return item.children.some((c) => c.type === 'paragraph' && namesAnAction(c));
}

/**
 * The step's words for a message, with keys of a known format masked; a step that still holds
 * a secret (a password in prose, an assignment) is not quoted at all: a message never repeats one.
 */
function quoteStep(text: string): string {
  const masked = redactSecrets(text);
  return secretKindsInText(masked).length || secretKindsInCode(masked).length ? '(text withheld: it holds a secret)' : quote(masked);
}

/**
 * Vague steps: list items, and paragraphs of the scenario's own prose ("If Redis goes down,
 * try restarting the server. If that doesn't work, message DevOps." written as a sentence
 * is the same instruction as a step). A command, code block or link in it makes it concrete.
 */
export function vagueStepHits(scenario: Scenario, nodes: Nodes[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const inItems = new Set<Nodes>();
  for (const list of nodes.filter((n): n is List => n.type === 'list')) {
    for (const item of list.children) {
      for (const child of item.children) inItems.add(child);
      const text = ownText(item);
      const vague = VAGUE_PHRASES.find((p) => p.test(text));
      if (!vague || hasConcreteAction(item)) continue;
      hits.push({ line: startLine(item), message: `Step "${quoteStep(text)}" in "${scenario.title}" is vague.` });
    }
  }
  for (const paragraph of nodes.filter((n): n is Paragraph => n.type === 'paragraph' && !inItems.has(n))) {
    const text = toString(paragraph);
    if (!VAGUE_PHRASES.some((p) => p.test(text)) || namesAnAction(paragraph)) continue;
    hits.push({ line: startLine(paragraph), message: `The instruction "${quoteStep(text)}" in "${scenario.title}" is vague.` });
  }
  return hits.sort((a, b) => a.line - b.line);
}

export const vagueSteps: LintRule = {
  id: 'vague-steps',
  severity: 'warning',
  description: 'A step that says "try", "if that does not work" or "message someone" instead of what to run.',
  hint: 'Name the exact command, dashboard action or person/role, and the condition that moves to the next step.',
  run(doc) {
    return doc.plan.scenarios.flatMap((s) => vagueStepHits(s, scenarioNodes(doc, s)));
  },
};
