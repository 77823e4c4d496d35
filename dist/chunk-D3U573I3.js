import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/check/confidence.ts
var CONFIDENCES = ["confirmed", "likely", "possible"];
var DEFAULT_FAIL_ON_CONFIDENCE = "likely";
var RANK = { possible: 0, likely: 1, confirmed: 2 };
function gateCounts(dep, policy) {
  if (policy.accept.includes(dep.id)) return true;
  return RANK[dep.confidence ?? "likely"] >= RANK[policy.failOnConfidence];
}
function inFailScope(dep, scope) {
  if (dep.tier > scope.failOnTier) return false;
  return scope.failOnCategories.length === 0 || scope.failOnCategories.includes(dep.category);
}
function failScopeText(scope) {
  const parts = [];
  if (scope.failOnTier < 3) parts.push(`\`fail-on-tier: ${scope.failOnTier}\``);
  if (scope.failOnCategories.length > 0) parts.push(`\`fail-on-categories: ${scope.failOnCategories.join(", ")}\``);
  return parts.join(" and ");
}
function triageLines(id) {
  return {
    accept: `accept: [${id}]  # in .github/paramedic.yml: it is a dependency; the gate counts it`,
    ignore: `ignore: [{ id: ${id}, reason: "<why it is not critical here>" }]  # in .github/paramedic.yml`,
    cover: `<!-- paramedic: covers ${id} -- <where its recovery is written> -->  # in the plan, or write its scenario`
  };
}

export {
  CONFIDENCES,
  DEFAULT_FAIL_ON_CONFIDENCE,
  gateCounts,
  inFailScope,
  failScopeText,
  triageLines
};
