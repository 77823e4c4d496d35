import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  RuleError,
  builtinRulesDir,
  loadBuiltinRules,
  loadCatalog,
  makeCatalog,
  ruleFromObject,
  ruleFromYaml
} from "./chunk-ZIIHHNH2.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-LJ7HMTXE.js";
import "./chunk-KJ7NEGQU.js";
export {
  RuleError,
  builtinRulesDir,
  loadBuiltinRules,
  loadCatalog,
  makeCatalog,
  ruleFromObject,
  ruleFromYaml
};
