import type { OrgListing } from '../src/org/types.js';

export function writeSyntheticReports(
  dir: string,
  options?: { repositories?: number; dependencies?: number; vary?: boolean; failures?: number; seed?: number; organisation?: string },
): OrgListing;
