import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  DEEPEN_CAP,
  DEEPEN_START,
  RevisionError,
  ensureRevisions,
  hasCommit,
  resolveRevision
} from "./chunk-TJPOUTPP.js";
import "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-7ZLZFHH5.js";
import "./chunk-KJ7NEGQU.js";
export {
  DEEPEN_CAP,
  DEEPEN_START,
  RevisionError,
  ensureRevisions,
  hasCommit,
  resolveRevision
};
