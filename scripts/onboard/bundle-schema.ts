import { z } from 'zod';

// The onboarding bundle's format: a manifest (JSON) and CSV files, one row per record. The
// manifest's JSON Schema (templates/region-bundle/manifest.schema.json) is written from this
// zod schema; the CSV columns are documented in templates/region-bundle/README.md. Rules that
// need the database (a region code, a duplicate) are the mutations' own, applied on write.

const text = (max: number) => z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);
const localized = (max: number) => z.object({ fr: text(max), ar: text(max).optional() }).strict();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const THEMES = ['HR_MANAGEMENT', 'E_ADMINISTRATION', 'PROCEDURE_SIMPLIFICATION', 'RECEPTION_QUALITY', 'DIGITAL_SKILLS', 'PUBLIC_ETHICS', 'TRAINING_ENGINEERING'] as const;
const STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'CANCELLED'] as const;

export const manifestSchema = z
  .object({
    $schema: z.string().optional(),
    region: z.string().regex(/^MA-(0[1-9]|1[0-2])$/, 'must be a region code MA-01 to MA-12'),
    partnership: z
      .object({
        title: localized(300),
        summary: localized(2000).optional(),
        signedOn: date.optional(),
        signedMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM').optional(),
        signingPlace: text(100),
        signatories: z.array(z.object({ party: z.enum(['REGION', 'MINISTRY']), name: text(200).optional(), title: localized(300) }).strict()).min(2, 'must list the signatories of both parties'),
        objectives: z.array(localized(1000)).default([]),
        ministryCommitments: z.array(z.object({ description: localized(1000), dueOn: date.optional() }).strict()).default([]),
      })
      .strict()
      .describe('The framework convention, as the ministry registers it (registerPartnership); left as is once registered.')
      .optional(),
    files: z
      .object({
        staff: z.string().default('staff.csv'),
        documents: z.string().default('documents.csv'),
        procedures: z.string().default('procedures.csv'),
        actionPlan: z.string().default('action-plan.csv'),
        commitments: z.string().default('commitments.csv'),
      })
      .strict()
      .describe('The CSV files of the bundle, relative to the manifest; a file that does not exist is skipped.')
      .default({ staff: 'staff.csv', documents: 'documents.csv', procedures: 'procedures.csv', actionPlan: 'action-plan.csv', commitments: 'commitments.csv' }),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

// CSV cells are text: blank is "none"; lists are `|`-separated; booleans yes/no.
const cell = z.string().trim();
const optional = <T extends z.ZodType<unknown, string>>(schema: T) => cell.transform((value) => (value === '' ? undefined : value)).pipe(schema.optional());
const list = (max: number) => cell.transform((value) => (value === '' ? [] : value.split('|').map((item) => item.trim()))).pipe(z.array(text(max)).max(50, 'lists at most 50 items'));
const integer = (min: number, max: number) => cell.regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
const yesNo = cell.toLowerCase().pipe(z.enum(['yes', 'no', ''], { error: 'must be yes or no' })).transform((value) => value === 'yes');

export const csvSchemas = {
  staff: z.object({
    full_name: text(200),
    grade: text(200),
    scale: optional(integer(1, 11)),
    corps: text(200),
    department: text(200),
    job_title: text(200),
    competencies: cell.transform((value) => (value === '' ? [] : value.split('|').map((item) => item.trim()))).pipe(z.array(z.enum(THEMES, { error: `must be |-separated themes among ${THEMES.join(', ')}` }))),
    email: optional(z.email('must be an e-mail address')),
    // As the staff mutations check it (a leading + only).
    phone: optional(z.string().regex(/^\+?[0-9 ().-]{6,40}$/, 'must be a phone number: digits, spaces and ( ) . -, a leading + only, 6 to 40 characters')),
  }),
  documents: z.object({
    kind: z.enum(['ORGANISATION_CHART', 'JOB_SKILLS_FRAMEWORK', 'PROCEDURE_MANUAL', 'ACTION_PLAN', 'TRAINING_PLAN', 'REPORT']),
    title_fr: text(300),
    title_ar: optional(text(300)),
    language: z.enum(['FR', 'AR', 'BILINGUAL']),
    published: yesNo,
    under_partnership: yesNo,
    file: optional(text(500)),
  }),
  procedures: z.object({
    name_fr: text(300),
    name_ar: optional(text(300)),
    digitisation: z.enum(['PAPER', 'PARTIAL', 'ONLINE']),
    processing_days: optional(integer(0, 3650)),
    cost_mad: cell.transform((value) => (value === '' ? '0' : value)).pipe(z.string().regex(/^\d+(\.\d{1,2})?$/, 'must be dirhams with at most two decimals, e.g. 50 or 12.50')).transform(Number),
    theme: optional(z.enum(THEMES)),
    steps_fr: list(1000),
    required_documents_fr: list(1000),
    citizen_need_fr: optional(text(1000)),
  }),
  actionPlan: z.object({ title_fr: text(300), title_ar: optional(text(300)), theme: z.enum(THEMES), due_on: optional(date), status: cell.transform((value) => value || 'PLANNED').pipe(z.enum(STATUSES)) }),
  commitments: z.object({ description_fr: text(1000), description_ar: optional(text(1000)), due_on: optional(date), status: cell.transform((value) => value || 'PLANNED').pipe(z.enum(STATUSES)) }),
};
export type CsvName = keyof typeof csvSchemas;
export type Row<TName extends CsvName> = z.infer<(typeof csvSchemas)[TName]>;
/** The natural key of each file's rows: a re-run updates the record with that key. */
export const naturalKeys: Record<CsvName, readonly string[]> = {
  staff: ['full_name'],
  documents: ['kind', 'title_fr'],
  procedures: ['name_fr'],
  actionPlan: ['title_fr'],
  commitments: ['description_fr'],
};
