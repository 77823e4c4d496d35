import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  RuleError,
  builtinRulesDir,
  loadBuiltinRules,
  loadCatalog,
  makeCatalog,
  parseRule,
  ruleFromObject
} from "./chunk-7JPQC4DW.js";
import "./chunk-LJ7HMTXE.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-KJ7NEGQU.js";
export {
  RuleError,
  builtinRulesDir,
  loadBuiltinRules,
  loadCatalog,
  makeCatalog,
  parseRule,
  ruleFromObject
};
