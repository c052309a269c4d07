import { sql } from 'drizzle-orm';
import { historyColumns, regions, trigramIndex } from '#kit/db';
import {
  boolean, check, date, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, unique, uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

export { auditLog, idempotencyKeys } from '#kit/write';

// The region subgraph's own database. Column names are snake_case in SQL (drizzle `casing`).
// Ids of the ministry's entities (experts, programmes, partnerships) live in another database,
// so they are plain uuid columns: no foreign key can cross the two.

// Values exactly as in subgraphs/kit/schema/common.graphql.
export const theme = pgEnum('theme', [
  'HR_MANAGEMENT', 'E_ADMINISTRATION', 'PROCEDURE_SIMPLIFICATION', 'RECEPTION_QUALITY',
  'DIGITAL_SKILLS', 'PUBLIC_ETHICS', 'TRAINING_ENGINEERING',
]);
export const commitmentStatus = pgEnum('commitment_status', ['PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'CANCELLED']);
export const documentKind = pgEnum('document_kind', [
  'ORGANISATION_CHART', 'JOB_SKILLS_FRAMEWORK', 'PROCEDURE_MANUAL', 'ACTION_PLAN', 'TRAINING_PLAN', 'REPORT',
]);
export const documentLanguage = pgEnum('document_language', ['FR', 'AR', 'BILINGUAL']);
export const trainingSessionStatus = pgEnum('training_session_status', [
  'PLANNED', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED',
]);
export const digitisationStatus = pgEnum('digitisation_status', ['PAPER', 'PARTIAL', 'ONLINE']);

/** Bilingual text kept inside a jsonb list (procedure steps, required documents). */
export interface LocalizedTextValue {
  fr: string;
  ar: string | null;
}

/** The 12 regions of Morocco (the kit's reference table); the region subgraph owns the Region entity. */
export { regions } from '#kit/db';

export const regionPartnerships = pgTable(
  'region_partnerships',
  {
    partnershipId: uuid().primaryKey(),
    regionCode: text().notNull().references(() => regions.code),
  },
  (table) => [index('region_partnerships_region_code_idx').on(table.regionCode)],
);

/**
 * Each version of a document is its own row, never rewritten once a newer one exists: the rows
 * of one document share `lineageId` (the id of its first version), so the history stays queryable.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid().primaryKey(),
    lineageId: uuid().notNull().references((): AnyPgColumn => documents.id),
    regionCode: text().notNull().references(() => regions.code),
    kind: documentKind().notNull(),
    titleFr: text().notNull(),
    titleAr: text(),
    language: documentLanguage().notNull(),
    /** The version number within the document's lineage (1, 2, …), not a row revision counter. */
    version: integer().notNull().default(1),
    published: boolean().notNull().default(false),
    publishedOn: date(),
    /** Set when the region provided the document under that partnership's commitments. */
    partnershipId: uuid().references(() => regionPartnerships.partnershipId),
  },
  (table) => [
    // Also the lineage's index: one version number per document, the highest is the latest.
    unique('documents_lineage_id_version_unique').on(table.lineageId, table.version),
    index('documents_region_code_idx').on(table.regionCode),
    index('documents_kind_idx').on(table.kind),
    index('documents_language_idx').on(table.language),
    index('documents_published_idx').on(table.published),
    index('documents_partnership_id_idx').on(table.partnershipId),
    trigramIndex('documents_title_fr_trgm_idx', table.titleFr),
    trigramIndex('documents_title_ar_trgm_idx', table.titleAr),
    check('documents_version_positive', sql`${table.version} >= 1`),
  ],
);

/**
 * The file of one document version, set once (a new content is a new version): what the
 * uploader declared, checked against the bytes received, and where the storage keeps them.
 */
export const documentFiles = pgTable(
  'document_files',
  {
    documentId: uuid().primaryKey().references(() => documents.id, { onDelete: 'cascade' }),
    fileName: text().notNull(),
    mediaType: text().notNull(),
    byteSize: integer().notNull(),
    /** Hex SHA-256 of the bytes; also their key in the storage (equal files are stored once). */
    sha256: text().notNull(),
    uploadedBy: text().notNull(),
    uploadedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [check('document_files_size_positive', sql`${table.byteSize} > 0`)],
);

export const staffMembers = pgTable(
  'staff_members',
  {
    id: uuid().primaryKey(),
    regionCode: text().notNull().references(() => regions.code),
    fullName: text().notNull(),
    grade: text().notNull(),
    /** Échelle of the public-service pay grid; null for "hors échelle". */
    scale: integer(),
    corps: text().notNull(),
    department: text().notNull(),
    jobTitle: text().notNull(),
    competencies: theme().array().notNull().default(sql`'{}'`),
    // Personal data: contact details of a public servant.
    email: text(),
    phone: text(),
    version: integer().notNull().default(1),
  },
  (table) => [
    // A region's staff in the list's order: its page is read off the index, not sorted.
    index('staff_members_region_code_full_name_id_idx').on(table.regionCode, table.fullName, table.id),
    index('staff_members_department_idx').on(table.department),
    index('staff_members_corps_idx').on(table.corps),
    // The staff list's default order: a deep page seeks here instead of sorting every member.
    index('staff_members_full_name_id_idx').on(table.fullName, table.id),
    trigramIndex('staff_members_full_name_trgm_idx', table.fullName),
  ],
);

export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid().primaryKey(),
    regionCode: text().notNull().references(() => regions.code),
    titleFr: text().notNull(),
    titleAr: text(),
    theme: theme().notNull(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    hours: integer().notNull(),
    location: text(),
    capacity: integer().notNull(),
    status: trainingSessionStatus().notNull(),
    /** A ministry Expert. */
    trainerExpertId: uuid(),
    /** A ministry Programme. */
    programmeId: uuid(),
    partnershipId: uuid().references(() => regionPartnerships.partnershipId),
    /** Why it was cancelled; set with status CANCELLED. */
    cancellationReason: text(),
    version: integer().notNull().default(1),
  },
  (table) => [
    index('training_sessions_theme_idx').on(table.theme),
    index('training_sessions_status_idx').on(table.status),
    index('training_sessions_starts_on_idx').on(table.startsOn, table.id),
    // Each parent's sessions in the lists' order (starts_on, id): a nested page (a programme's,
    // a trainer's sessions) stops after its `first` rows instead of walking every session by
    // date and filtering (13–20 ms for 20 programmes at 100× the demo data).
    index('training_sessions_region_code_starts_on_idx').on(table.regionCode, table.startsOn, table.id),
    index('training_sessions_trainer_expert_id_starts_on_idx').on(table.trainerExpertId, table.startsOn, table.id),
    index('training_sessions_programme_id_starts_on_idx').on(table.programmeId, table.startsOn, table.id),
    index('training_sessions_partnership_id_starts_on_idx').on(table.partnershipId, table.startsOn, table.id),
    trigramIndex('training_sessions_title_fr_trgm_idx', table.titleFr),
    trigramIndex('training_sessions_title_ar_trgm_idx', table.titleAr),
    check('training_sessions_dates_ordered', sql`${table.endsOn} >= ${table.startsOn}`),
    check('training_sessions_hours_positive', sql`${table.hours} > 0`),
    check('training_sessions_capacity_positive', sql`${table.capacity} > 0`),
  ],
);

export const enrollments = pgTable(
  'enrollments',
  {
    id: uuid().primaryKey(),
    sessionId: uuid().notNull().references(() => trainingSessions.id, { onDelete: 'cascade' }),
    staffId: uuid().notNull().references(() => staffMembers.id, { onDelete: 'cascade' }),
    /** Null until the session has taken place. */
    attended: boolean(),
    /** The participant's evaluation of the session, 1 (poor) to 5 (excellent). */
    evaluation: integer(),
    comment: text(),
    version: integer().notNull().default(1),
  },
  (table) => [
    // Also serves lookups by session (leading column).
    unique('enrollments_session_id_staff_id_unique').on(table.sessionId, table.staffId),
    index('enrollments_staff_id_idx').on(table.staffId),
    check('enrollments_evaluation_range', sql`${table.evaluation} between 1 and 5`),
    // An evaluation comes from someone who was there.
    check('enrollments_evaluation_needs_attendance', sql`${table.evaluation} is null or ${table.attended}`),
  ],
);

export const procedures = pgTable(
  'procedures',
  {
    id: uuid().primaryKey(),
    regionCode: text().notNull().references(() => regions.code),
    nameFr: text().notNull(),
    nameAr: text(),
    requiredDocuments: jsonb().$type<LocalizedTextValue[]>().notNull().default(sql`'[]'::jsonb`),
    steps: jsonb().$type<LocalizedTextValue[]>().notNull().default(sql`'[]'::jsonb`),
    processingDays: integer(),
    costMad: numeric({ precision: 10, scale: 2, mode: 'number' }).notNull().default(0),
    digitisation: digitisationStatus().notNull(),
    citizenNeedFr: text(),
    citizenNeedAr: text(),
    theme: theme(),
    version: integer().notNull().default(1),
  },
  (table) => [
    index('procedures_region_code_idx').on(table.regionCode),
    index('procedures_digitisation_idx').on(table.digitisation),
    index('procedures_theme_idx').on(table.theme),
    index('procedures_name_fr_id_idx').on(table.nameFr, table.id),
    trigramIndex('procedures_name_fr_trgm_idx', table.nameFr),
    trigramIndex('procedures_name_ar_trgm_idx', table.nameAr),
    check('procedures_cost_non_negative', sql`${table.costMad} >= 0`),
  ],
);

/** What the region undertook under a partnership (party REGION of the shared Commitment type). */
export const regionCommitments = pgTable(
  'region_commitments',
  {
    id: uuid().primaryKey(),
    partnershipId: uuid().notNull().references(() => regionPartnerships.partnershipId, { onDelete: 'cascade' }),
    position: integer().notNull(),
    descriptionFr: text().notNull(),
    descriptionAr: text(),
    status: commitmentStatus().notNull(),
    dueOn: date(),
    version: integer().notNull().default(1),
  },
  (table) => [
    index('region_commitments_partnership_id_idx').on(table.partnershipId, table.position),
    index('region_commitments_status_idx').on(table.status),
  ],
);

/** The action plan adopted under a partnership, in the order the plan lists it. */
export const actionPlanItems = pgTable(
  'action_plan_items',
  {
    id: uuid().primaryKey(),
    partnershipId: uuid().notNull().references(() => regionPartnerships.partnershipId, { onDelete: 'cascade' }),
    position: integer().notNull(),
    titleFr: text().notNull(),
    titleAr: text(),
    theme: theme().notNull(),
    status: commitmentStatus().notNull(),
    dueOn: date(),
    version: integer().notNull().default(1),
  },
  (table) => [
    index('action_plan_items_partnership_id_idx').on(table.partnershipId, table.position),
    index('action_plan_items_theme_idx').on(table.theme),
    index('action_plan_items_status_idx').on(table.status),
  ],
);

// Progress histories: append-only rows, one per status update, so "where did it stand on
// date X, and who said so" stays answerable after the current status moved on.

const progressColumns = () => ({
  ...historyColumns(),
  status: commitmentStatus().notNull(),
  previousStatus: commitmentStatus().notNull(),
  note: text().notNull(),
});

export const regionCommitmentProgress = pgTable(
  'region_commitment_progress',
  {
    ...progressColumns(),
    commitmentId: uuid().notNull().references(() => regionCommitments.id, { onDelete: 'cascade' }),
  },
  (table) => [index('region_commitment_progress_commitment_id_idx').on(table.commitmentId, table.effectiveOn)],
);

export const actionPlanItemProgress = pgTable(
  'action_plan_item_progress',
  {
    ...progressColumns(),
    actionPlanItemId: uuid().notNull().references(() => actionPlanItems.id, { onDelete: 'cascade' }),
  },
  (table) => [index('action_plan_item_progress_action_plan_item_id_idx').on(table.actionPlanItemId, table.effectiveOn)],
);

export const procedureDigitisationEntries = pgTable(
  'procedure_digitisation_entries',
  {
    ...historyColumns(),
    procedureId: uuid().notNull().references(() => procedures.id, { onDelete: 'cascade' }),
    digitisation: digitisationStatus().notNull(),
    previousDigitisation: digitisationStatus().notNull(),
    note: text().notNull(),
  },
  (table) => [index('procedure_digitisation_entries_procedure_id_idx').on(table.procedureId, table.effectiveOn)],
);
