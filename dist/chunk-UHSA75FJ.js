import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  actionDraftCommand,
  actionPackageSpec,
  bundledCliPath,
  cliDraftCommand,
  shellWord
} from "./chunk-GECNIXD5.js";
import "./chunk-KJ7NEGQU.js";
export {
  actionDraftCommand,
  actionPackageSpec,
  bundledCliPath,
  cliDraftCommand,
  shellWord
};
