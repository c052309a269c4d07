import type { Connection } from '#kit/db';
import type { StaffMemberRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts).
export type StaffMemberMapper = StaffMemberRow;
export type StaffMemberConnectionMapper = Connection<StaffMemberRow>;
