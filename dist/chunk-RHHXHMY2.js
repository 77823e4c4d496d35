import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  require_dist
} from "./chunk-ZCF6USJZ.js";
import {
  ruleFromYaml
} from "./chunk-WWNZIN5X.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-EXPTTWJG.js";
import {
  __toESM
} from "./chunk-KJ7NEGQU.js";

// src/catalog/rule-file.ts
var yaml = __toESM(require_dist(), 1);
function parseRule(text, file) {
  return ruleFromYaml(yaml, text, file);
}
export {
  parseRule
};
