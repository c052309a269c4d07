import type { Connection } from '#kit/db';
import type { RegionRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts).
export type RegionMapper = RegionRow;
export type RegionConnectionMapper = Connection<RegionRow>;
