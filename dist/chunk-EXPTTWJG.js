import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/catalog/types.ts
var CATEGORIES = [
  "database",
  "cache",
  "queue",
  "storage",
  "search",
  "auth",
  "payments",
  "email",
  "sms",
  "ai-api",
  "vector-db",
  "hosting",
  "cdn",
  "backend-platform",
  "analytics",
  "monitoring",
  "upstream"
];
var TIERS = [1, 2, 3];

export {
  CATEGORIES,
  TIERS
};
