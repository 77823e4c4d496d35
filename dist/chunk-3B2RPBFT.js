import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  ConfigError,
  mergeConfig,
  placeOf
} from "./chunk-M52GZBCH.js";

// src/config/org.ts
var OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
var REPO = /^[A-Za-z0-9._-]{1,100}$/;
function parseOrgConfigRef(value) {
  const text = value.trim();
  if (text.startsWith("./") || text.startsWith("/") || text.startsWith("../")) return void 0;
  const at = text.lastIndexOf("@");
  if (at < 0) return void 0;
  const ref = text.slice(at + 1);
  const [owner, repo, ...rest] = text.slice(0, at).split("/");
  const filePath = rest.join("/");
  if (!owner || !repo || !OWNER.test(owner) || !REPO.test(repo) || repo === "." || repo === "..") return void 0;
  if (!filePath || !ref || /\s/.test(ref) || filePath.split("/").some((part) => part === "" || part === "." || part === "..")) return void 0;
  return { owner, repo, path: filePath, ref };
}
function orgConfigLabel(ref) {
  return `${ref.owner}/${ref.repo}/${ref.path}@${ref.ref}`;
}
var FAIL_ON_RANK = { never: 0, "new-gaps": 1, "any-gap": 2 };
var CONFIDENCE_RANK = { confirmed: 0, likely: 1, possible: 2 };
var FINDINGS_RANK = { never: 0, error: 1, warning: 2, notice: 3 };
var LINT_RANK = { off: 0, notice: 1, warning: 2, error: 3 };
function stricter(rank, floor) {
  return Object.keys(rank).filter((k) => rank[k] >= rank[String(floor)]).join(" or ");
}
function resolveConfig(org, ...layers) {
  if (!org) return mergeConfig(...layers);
  const floor = mergeConfig(org.settings);
  const result = { ...floor };
  const problems = [];
  for (const layer of layers) {
    const refuse = (key, message) => {
      problems.push(`${placeOf(layer, key, key)}: ${key}: ${message}; a repository's config, inputs and flags may only tighten the organisation config ${org.label}`);
    };
    const ranked = (field, key, rank) => {
      const value = layer[field];
      if (value === void 0) return;
      if (rank[String(value)] < rank[String(floor[field])]) refuse(key, `${value} is looser than the organisation's ${floor[field]} (allowed: ${stricter(rank, floor[field])})`);
      else result[field] = value;
    };
    ranked("failOn", "fail-on", FAIL_ON_RANK);
    ranked("failOnConfidence", "fail-on-confidence", CONFIDENCE_RANK);
    ranked("failOnFindings", "fail-on-findings", FINDINGS_RANK);
    if (layer.failOnTier !== void 0) {
      if (layer.failOnTier < floor.failOnTier) refuse("fail-on-tier", `${layer.failOnTier} fails on fewer tiers than the organisation's ${floor.failOnTier}`);
      else result.failOnTier = Math.max(result.failOnTier, layer.failOnTier);
    }
    if (layer.failOnCategories !== void 0) {
      const all = layer.failOnCategories.length === 0 || result.failOnCategories.length === 0;
      result.failOnCategories = all ? [] : [.../* @__PURE__ */ new Set([...result.failOnCategories, ...layer.failOnCategories])];
    }
    if (layer.accept !== void 0) result.accept = [.../* @__PURE__ */ new Set([...result.accept, ...layer.accept])];
    if (layer.staleAfterDays !== void 0) {
      if (layer.staleAfterDays > floor.staleAfterDays) refuse("stale-after-days", `${layer.staleAfterDays} days is longer than the organisation's ${floor.staleAfterDays}`);
      else result.staleAfterDays = layer.staleAfterDays;
    }
    if (layer.acceptDrafts !== void 0) {
      if (layer.acceptDrafts && !floor.acceptDrafts) refuse("accept-drafts", "true would count unreviewed drafts as coverage; the organisation says false");
      else result.acceptDrafts = layer.acceptDrafts;
    }
    if (layer.lint !== void 0) {
      for (const [rule, level] of Object.entries(layer.lint)) {
        const orgLevel = floor.lint[rule];
        if (level === "off" && orgLevel !== "off") refuse("lint", `${rule}: off turns off a check the organisation runs`);
        else if (orgLevel !== void 0 && LINT_RANK[level] < LINT_RANK[orgLevel]) refuse("lint", `${rule}: ${level} is below the organisation's ${orgLevel}`);
        else result.lint = { ...result.lint, [rule]: level };
      }
    }
    if (layer.exclude !== void 0) {
      const wider = layer.exclude.filter((glob) => !floor.exclude.includes(glob));
      if (wider.length > 0) refuse("exclude", `${wider.map((g) => JSON.stringify(g)).join(", ")} would leave out files the organisation checks (its exclude: ${floor.exclude.length ? floor.exclude.join(", ") : "none"}); ask for the glob in the organisation config`);
      else result.exclude = layer.exclude;
    }
    if (layer.rules !== void 0 && layer.rules !== floor.rules) {
      refuse("rules", `a rules folder can disable or redefine the catalog's rules; under an organisation config only it sets \`rules\` (it says ${floor.rules ? JSON.stringify(floor.rules) : "none"})`);
    }
    if (layer.ignore !== void 0) {
      const open = layer.ignore.filter((entry) => !entry.until || !entry.owner);
      for (const entry of open) {
        problems.push(
          `${entry.file && entry.line ? `${entry.file}:${entry.line}` : placeOf(layer, "ignore", "ignore")}: ignore: the entry for "${entry.id}" needs \`until:\` and \`owner:\` under the organisation config ${org.label}: an exception a repository grants itself must end and name who answers for it`
        );
      }
      if (open.length === 0) result.ignore = [...result.ignore, ...layer.ignore];
    }
    for (const field of ["docPath", "plans", "shellcheck", "draft", "draftTier3", "comment", "mode", "trackingIssue"]) {
      if (layer[field] !== void 0) result[field] = layer[field];
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join("\n"), problems);
  return result;
}

export {
  parseOrgConfigRef,
  orgConfigLabel,
  resolveConfig
};
