import type { Connection } from '#kit/db';
import type { ProgrammeRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts).
export type ProgrammeMapper = ProgrammeRow;
export type ProgrammeConnectionMapper = Connection<ProgrammeRow>;
