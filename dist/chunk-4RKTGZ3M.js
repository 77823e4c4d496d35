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
} from "./chunk-U4VNT6PR.js";
import "./chunk-UKINFBCB.js";
import "./chunk-D3U573I3.js";
import "./chunk-AGHLWIT3.js";
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
