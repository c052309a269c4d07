import { sql } from 'drizzle-orm';
import { historyColumns, trigramIndex } from '#kit/db';
import { date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

// Audit and idempotency tables are the kit's; re-exported so this subgraph's migrations create them.
export { auditLog, idempotencyKeys } from '#kit/write';

/** The 12 regions of Morocco (the kit's reference table): region codes given to mutations are checked against it. */
export { regions } from '#kit/db';

// The ministry subgraph's own database. Column names are snake_case in SQL (drizzle `casing`).
// Region codes and procedure ids point at entities the region subgraph owns: they are plain
// values here (no foreign key can cross databases); the gateway resolves them.

/** Same values as `enum Theme` in kit/schema/common.graphql. */
export const theme = pgEnum('theme', [
  'HR_MANAGEMENT',
  'E_ADMINISTRATION',
  'PROCEDURE_SIMPLIFICATION',
  'RECEPTION_QUALITY',
  'DIGITAL_SKILLS',
  'PUBLIC_ETHICS',
  'TRAINING_ENGINEERING',
]);

/** Same values as `enum CommitmentStatus` in kit/schema/common.graphql. */
export const commitmentStatus = pgEnum('commitment_status', ['PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'CANCELLED']);

export const signatoryParty = pgEnum('signatory_party', ['REGION', 'MINISTRY']);

/** Bilingual text kept inside a jsonb list (objectives): read whole, never filtered on. */
export interface LocalizedTextValue {
  fr: string;
  ar: string | null;
}

/** A framework convention between one regional council and the ministry. */
export const partnerships = pgTable(
  'partnerships',
  {
    id: uuid().primaryKey(),
    regionCode: text().notNull(),
    titleFr: text().notNull(),
    titleAr: text(),
    summaryFr: text(),
    summaryAr: text(),
    // The source gives the month of signature only, so no day is invented: 'YYYY-MM'.
    signedIn: text().notNull(),
    signedAt: text().notNull(),
    objectives: jsonb().$type<LocalizedTextValue[]>().notNull().default([]),
  },
  (table) => [
    index('partnerships_region_code_idx').on(table.regionCode, table.signedIn),
    // registerPartnership refuses a second registration of the same convention; this backs it against a race.
    uniqueIndex('partnerships_region_title_signed_idx').on(table.regionCode, table.titleFr, table.signedIn),
    trigramIndex('partnerships_title_fr_trgm_idx', table.titleFr),
    trigramIndex('partnerships_title_ar_trgm_idx', table.titleAr),
  ],
);

/** Who signed, recorded by office: `name` stays null unless a party publishes it. */
export const signatories = pgTable(
  'signatories',
  {
    id: uuid().primaryKey(),
    partnershipId: uuid().notNull().references(() => partnerships.id, { onDelete: 'cascade' }),
    party: signatoryParty().notNull(),
    name: text(),
    titleFr: text().notNull(),
    titleAr: text(),
    position: integer().notNull(),
  },
  (table) => [uniqueIndex('signatories_partnership_position_idx').on(table.partnershipId, table.position)],
);

/** What the ministry undertook in a convention; the region stores its own commitments. */
export const ministryCommitments = pgTable(
  'ministry_commitments',
  {
    id: uuid().primaryKey(),
    partnershipId: uuid().notNull().references(() => partnerships.id, { onDelete: 'cascade' }),
    descriptionFr: text().notNull(),
    descriptionAr: text(),
    status: commitmentStatus().notNull().default('PLANNED'),
    dueOn: date({ mode: 'string' }),
    position: integer().notNull(),
    // Optimistic concurrency: status updates quote the version they read.
    version: integer().notNull().default(1),
  },
  (table) => [
    uniqueIndex('ministry_commitments_partnership_position_idx').on(table.partnershipId, table.position),
    index('ministry_commitments_status_idx').on(table.status),
  ],
);

/**
 * Dated status updates of a ministry commitment, oldest first: the commitment row holds the
 * current status, this table how it got there (append-only by use: no mutation rewrites it).
 */
export const ministryCommitmentProgress = pgTable(
  'ministry_commitment_progress',
  {
    // id, effectiveOn (the day the progress happened, as reported), recordedBy, recordedAt.
    ...historyColumns(),
    commitmentId: uuid().notNull().references(() => ministryCommitments.id, { onDelete: 'cascade' }),
    previousStatus: commitmentStatus().notNull(),
    status: commitmentStatus().notNull(),
    note: text(),
  },
  (table) => [index('ministry_commitment_progress_commitment_id_idx').on(table.commitmentId, table.effectiveOn, table.recordedAt)],
);

export const programmes = pgTable(
  'programmes',
  {
    id: uuid().primaryKey(),
    code: text().notNull(),
    titleFr: text().notNull(),
    titleAr: text(),
    theme: theme().notNull(),
    objectives: jsonb().$type<LocalizedTextValue[]>().notNull().default([]),
    startsOn: date({ mode: 'string' }).notNull(),
    // Null while the programme has no set end.
    endsOn: date({ mode: 'string' }),
    version: integer().notNull().default(1),
  },
  (table) => [
    uniqueIndex('programmes_code_idx').on(table.code),
    index('programmes_theme_idx').on(table.theme),
    index('programmes_period_idx').on(table.startsOn, table.endsOn),
    trigramIndex('programmes_code_trgm_idx', table.code),
    trigramIndex('programmes_title_fr_trgm_idx', table.titleFr),
    trigramIndex('programmes_title_ar_trgm_idx', table.titleAr),
  ],
);

/** Regions enrolled in a programme. */
export const programmeRegions = pgTable(
  'programme_regions',
  {
    programmeId: uuid().notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    regionCode: text().notNull(),
    enrolledOn: date({ mode: 'string' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.programmeId, table.regionCode] }),
    index('programme_regions_region_code_idx').on(table.regionCode, table.enrolledOn),
  ],
);

export const experts = pgTable(
  'experts',
  {
    id: uuid().primaryKey(),
    fullName: text().notNull(),
    organisation: text().notNull(),
    specialties: theme().array().notNull().default(sql`'{}'`),
    // ISO 639 codes, lower case: 'fr', 'ar', 'en', 'es', 'zgh' (standard Tamazight).
    languages: text().array().notNull().default(sql`'{}'`),
    bio: text(),
    version: integer().notNull().default(1),
  },
  (table) => [
    index('experts_full_name_idx').on(table.fullName),
    trigramIndex('experts_full_name_trgm_idx', table.fullName),
    trigramIndex('experts_organisation_trgm_idx', table.organisation),
    // GIN so `specialties @> …` / `languages @> …` filters use an index.
    index('experts_specialties_idx').using('gin', table.specialties),
    index('experts_languages_idx').using('gin', table.languages),
  ],
);

/**
 * The expert's calendar, owned here because the ministry owns `Expert`: each training session
 * a region schedules with an expert as trainer books its days (keyed by the region's session
 * id). Regions may keep their sessions in databases of their own; overlaps are refused here,
 * across all of them (exclusion constraint, migration 0011).
 */
export const expertBookings = pgTable(
  'expert_bookings',
  {
    sessionId: uuid().primaryKey(),
    expertId: uuid().notNull().references(() => experts.id),
    regionCode: text().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
  },
  (table) => [index('expert_bookings_expert_id_idx').on(table.expertId, table.startsOn)],
);

/** An expert's mission with one region over a period. */
export const expertAssignments = pgTable(
  'expert_assignments',
  {
    id: uuid().primaryKey(),
    expertId: uuid().notNull().references(() => experts.id, { onDelete: 'cascade' }),
    regionCode: text().notNull(),
    missionFr: text().notNull(),
    missionAr: text(),
    theme: theme().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }),
    version: integer().notNull().default(1),
  },
  (table) => [
    index('expert_assignments_expert_id_idx').on(table.expertId, table.startsOn),
    index('expert_assignments_region_code_idx').on(table.regionCode, table.startsOn),
    index('expert_assignments_theme_idx').on(table.theme),
  ],
);

export const bestPractices = pgTable(
  'best_practices',
  {
    id: uuid().primaryKey(),
    titleFr: text().notNull(),
    titleAr: text(),
    summaryFr: text().notNull(),
    summaryAr: text(),
    theme: theme().notNull(),
    // Where the practice was first tried (a ministry department, a pilot region, …).
    origin: text().notNull(),
    outcomes: text(),
    programmeId: uuid().references(() => programmes.id, { onDelete: 'set null' }),
    publishedOn: date({ mode: 'string' }).notNull(),
  },
  (table) => [
    index('best_practices_theme_idx').on(table.theme),
    index('best_practices_programme_id_idx').on(table.programmeId),
    index('best_practices_published_on_idx').on(table.publishedOn),
    trigramIndex('best_practices_title_fr_trgm_idx', table.titleFr),
    trigramIndex('best_practices_title_ar_trgm_idx', table.titleAr),
  ],
);

export const bestPracticeAdoptions = pgTable(
  'best_practice_adoptions',
  {
    id: uuid().primaryKey(),
    bestPracticeId: uuid().notNull().references(() => bestPractices.id, { onDelete: 'cascade' }),
    regionCode: text().notNull(),
    adoptedOn: date({ mode: 'string' }).notNull(),
    notes: text(),
  },
  (table) => [
    uniqueIndex('best_practice_adoptions_practice_region_idx').on(table.bestPracticeId, table.regionCode),
    index('best_practice_adoptions_region_code_idx').on(table.regionCode, table.adoptedOn),
  ],
);

/** Which practices a region-owned Procedure applies (procedure ids come from the region subgraph). */
export const practiceApplications = pgTable(
  'practice_applications',
  {
    procedureId: uuid().notNull(),
    bestPracticeId: uuid().notNull().references(() => bestPractices.id, { onDelete: 'cascade' }),
    /**
     * The procedure's region, kept with the link (a procedure never changes region) so practices
     * applied can be counted per region here, without the region's database. Null on links
     * recorded before it was kept.
     */
    regionCode: text(),
  },
  (table) => [
    primaryKey({ columns: [table.procedureId, table.bestPracticeId] }),
    index('practice_applications_best_practice_id_idx').on(table.bestPracticeId),
    index('practice_applications_region_code_idx').on(table.regionCode),
  ],
);
