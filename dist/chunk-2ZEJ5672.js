import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  cell,
  coverageFigures,
  draftedText,
  headline,
  orderDependencies,
  plainHeadline,
  renderMarkdown,
  statedCoverage,
  triageSection
} from "./chunk-HEUKS3YU.js";
import "./chunk-UKINFBCB.js";
import "./chunk-ZHGTTFTF.js";
import "./chunk-D3U573I3.js";
import "./chunk-KJ7NEGQU.js";
export {
  cell,
  coverageFigures,
  draftedText,
  headline,
  orderDependencies,
  plainHeadline,
  renderMarkdown,
  statedCoverage,
  triageSection
};
