import type { LintRule, RuleHit } from '../rule.js';

/** Platforms that are a service too: a Supabase project is a PostgreSQL database. */
const INCLUDES: Record<string, string[]> = { supabase: ['postgresql'] };

export const orphanScenario: LintRule = {
  id: 'orphan-scenario',
  severity: 'warning',
  description: 'A scenario about services the code no longer depends on.',
  hint: 'Delete the scenario if the service is gone; if it is still used, add a rule or signal so Paramedic can see it.',
  needsDependencies: true,
  run(doc, context) {
    const names = new Map(context.catalog.rules.map((r) => [r.id, r.name]));
    const present = new Set([...context.dependencyIds, ...[...context.dependencyIds].flatMap((id) => INCLUDES[id] ?? [])]);
    const hits: RuleHit[] = [];
    for (const scenario of doc.plan.scenarios) {
      const covers = context.scenarioCovers.get(scenario.title) ?? [];
      // A scenario that also covers a live service is not an orphan ("Region failure" covering both).
      if (covers.length === 0 || covers.some((id) => present.has(id))) continue;
      const gone = covers.map((id) => names.get(id) ?? id).join(', ');
      hits.push({ line: scenario.line, message: `Scenario "${scenario.title}" is about ${gone}, which the code no longer uses.` });
    }
    return hits;
  },
};

export const unknownMarker: LintRule = {
  id: 'unknown-marker',
  severity: 'warning',
  description: 'A `<!-- paramedic: covers ... -->` marker naming an id the catalog does not have.',
  hint: 'Use a dependency id as `paramedic check` prints it (postgresql, redis, stripe...).',
  // The scan's ids count too: an upstream service named by the deployment (`prison-api`) has no catalog rule.
  needsDependencies: true,
  run(doc, context) {
    const known = new Set([...context.catalog.rules.map((r) => r.id), ...context.dependencyIds]);
    return doc.plan.markers.flatMap((marker) =>
      marker.ids.filter((id) => !known.has(id)).map((id) => ({ line: marker.line, message: `The covers marker names "${id}", which is not a dependency id.` })),
    );
  },
};

export const draftPending: LintRule = {
  id: 'draft-pending',
  severity: 'notice',
  description: 'A drafted scenario whose review marker is still present; it does not count as coverage yet.',
  hint: 'Fill in the stub with your real commands and names, then delete its `<!-- paramedic:draft -->` line.',
  run(doc) {
    return doc.plan.scenarios.filter((s) => s.draft).map((s) => ({ line: s.line, message: `Scenario "${s.title}" is a draft awaiting review.` }));
  },
};
