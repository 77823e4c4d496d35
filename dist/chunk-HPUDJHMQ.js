import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/org/types.ts
var ENVELOPE_KIND = "paramedic-sweep-result";
var LISTING_KIND = "paramedic-org-repositories";

export {
  ENVELOPE_KIND,
  LISTING_KIND
};
