import type { Connection } from '#kit/db';
import type { PartnershipRow, SignatoryRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts).
export type PartnershipMapper = PartnershipRow;
export type PartnershipConnectionMapper = Connection<PartnershipRow>;
export type SignatoryMapper = SignatoryRow;
