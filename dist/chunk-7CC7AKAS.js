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
} from "./chunk-WWNZIN5X.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-EXPTTWJG.js";
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
