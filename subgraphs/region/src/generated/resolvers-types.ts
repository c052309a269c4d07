import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditEntryMapper, AuditEntryConnectionMapper } from '../modules/audit/schema.mappers.js';
import type { DocumentMapper, DocumentConnectionMapper, DocumentFileMapper } from '../modules/document/schema.mappers.js';
import type { PartnershipMapper, PartnershipProgressMapper, ActionPlanItemMapper, RegionCommitmentFollowUpMapper, RegionProgressEntryMapper } from '../modules/partnership/schema.mappers.js';
import type { ProcedureMapper, ProcedureConnectionMapper, ProcedureDigitisationEntryMapper, ProcedureStatisticsGroupMapper, ProcedureStatisticsMapper } from '../modules/procedure/schema.mappers.js';
import type { RegionMapper, RegionConnectionMapper } from '../modules/region/schema.mappers.js';
import type { StaffMemberMapper, StaffMemberConnectionMapper } from '../modules/staff-member/schema.mappers.js';
import type { TrainingSessionMapper, TrainingSessionConnectionMapper, EnrollmentMapper, EnrollmentConnectionMapper, WithdrawStaffPayloadMapper, ExpertMapper, ProgrammeMapper } from '../modules/training-session/schema.mappers.js';
import type { TrainingStatisticsGroupMapper, TrainingStatisticsMapper, StaffCoverageGroupMapper, StaffCoverageMapper } from '../modules/training-statistics/schema.mappers.js';
import type { RegionContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A point in time, ISO 8601 with offset, e.g. `2018-04-16T10:00:00Z`. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Any JSON value: a row as it was before or after a change. */
  JSON: { input: unknown; output: unknown; }
  /** A calendar date, ISO 8601 `YYYY-MM-DD`. */
  LocalDate: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** One line of the action plan adopted under a partnership. */
export type ActionPlanItem = {
  __typename?: 'ActionPlanItem';
  dueOn: Maybe<Scalars['LocalDate']['output']>;
  /** Dated status updates, oldest first. */
  history: Maybe<Array<RegionProgressEntry>>;
  id: Scalars['ID']['output'];
  status: CommitmentStatus;
  theme: Theme;
  title: LocalizedText;
  /** Increases with every change; give it back as `expectedVersion` to update the status. */
  version: Scalars['Int']['output'];
};

export type AddActionPlanItemInput = {
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** A partnership of the caller's region (registered by the ministry). */
  partnershipId: Scalars['ID']['input'];
  theme: Theme;
  /** 1 to 300 characters each; one item per French title in a plan. */
  title: LocalizedTextInput;
};

export type AddDocumentVersionInput = {
  /** Any version of the document. */
  documentId: Scalars['ID']['input'];
  /** The latest version number you read; if someone added a version since, the mutation fails (CONFLICT). */
  expectedVersion: Scalars['Int']['input'];
  /** Defaults to the latest version's language. */
  language?: InputMaybe<DocumentLanguage>;
  /** Publish the new version today; otherwise it is a draft. */
  publish?: InputMaybe<Scalars['Boolean']['input']>;
  /** Defaults to the latest version's title. */
  title?: InputMaybe<LocalizedTextInput>;
};

export type AddRegionCommitmentInput = {
  /** 1 to 1000 characters each. */
  description: LocalizedTextInput;
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** A partnership of the caller's region (registered by the ministry). */
  partnershipId: Scalars['ID']['input'];
};

/** One change, as recorded in the audit log of the subgraph that owns the data. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Who made the change. */
  actor: Scalars['String']['output'];
  /** The target as it became; null when the change deleted it. */
  after: Maybe<Scalars['JSON']['output']>;
  /** The target as it was; null when the change created it. */
  before: Maybe<Scalars['JSON']['output']>;
  /** Increasing: a later entry has a larger id. */
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The mutation, e.g. `enrollStaff`. */
  operation: Scalars['String']['output'];
  /** The request it came in, as the gateway numbered it (the `x-request-id` header). */
  requestId: Scalars['String']['output'];
  targetId: Scalars['ID']['output'];
  targetType: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditLogFilter = {
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Entries at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
  /** Entries at or before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type CancelTrainingSessionInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** 1 to 500 characters, shown to the enrolled staff. */
  reason: Scalars['String']['input'];
};

/** What one party of a partnership undertook to do; stored by the party that owes it. */
export type Commitment = {
  __typename?: 'Commitment';
  description: LocalizedText;
  dueOn: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  party: CommitmentParty;
  status: CommitmentStatus;
};

/**
 * How one party's commitments under a partnership stand, computed in the database. `late` is
 * what to chase: delayed, or past its due date without being done or cancelled.
 */
export type CommitmentFigures = {
  __typename?: 'CommitmentFigures';
  cancelled: Scalars['Int']['output'];
  delayed: Scalars['Int']['output'];
  done: Scalars['Int']['output'];
  inProgress: Scalars['Int']['output'];
  /** Delayed or overdue. */
  late: Scalars['Int']['output'];
  /** Past the due date, neither done nor cancelled. */
  overdue: Scalars['Int']['output'];
  planned: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type CommitmentParty =
  | 'MINISTRY'
  | 'REGION';

export type CommitmentStatus =
  | 'CANCELLED'
  | 'DELAYED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type CompleteTrainingSessionInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type CreateDocumentInput = {
  kind: DocumentKind;
  language: DocumentLanguage;
  /** One of the region's partnerships, when the region provides the document under its commitments. */
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  /** Publish it today; otherwise it is a draft, to publish later with `publishDocument`. */
  publish?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode: Scalars['ID']['input'];
  /** 1 to 300 characters each. */
  title: LocalizedTextInput;
};

export type CreateProcedureInput = {
  /** 1 to 1000 characters each. */
  citizenNeed?: InputMaybe<LocalizedTextInput>;
  /** Dirhams with at most two decimals; 0 (free) by default. */
  costMad?: InputMaybe<Scalars['Float']['input']>;
  /** Where it stands today; later changes go through recordProcedureDigitisation, which keeps the history. */
  digitisation: DigitisationStatus;
  /** 1 to 300 characters each; a region lists each procedure once by French name. */
  name: LocalizedTextInput;
  /** 0 to 3650 days. */
  processingDays?: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['ID']['input'];
  /** At most 50, 1 to 1000 characters each. */
  requiredDocuments?: InputMaybe<Array<LocalizedTextInput>>;
  /** In order; at most 50, 1 to 1000 characters each. */
  steps?: InputMaybe<Array<LocalizedTextInput>>;
  theme?: InputMaybe<Theme>;
};

export type CreateStaffMemberInput = {
  competencies?: InputMaybe<Array<Theme>>;
  contact?: InputMaybe<StaffContactInput>;
  corps: Scalars['String']['input'];
  department: Scalars['String']['input'];
  /** 1 to 200 characters, like grade, corps, department and jobTitle. */
  fullName: Scalars['String']['input'];
  grade: Scalars['String']['input'];
  jobTitle: Scalars['String']['input'];
  regionCode: Scalars['ID']['input'];
  /** Échelle 1 to 11 of the pay grid; null or omitted for « hors échelle ». */
  scale?: InputMaybe<Scalars['Int']['input']>;
};

export type DigitisationStatus =
  /** Fully online, from application to answer. */
  | 'ONLINE'
  /** Handled on paper, at the counter. */
  | 'PAPER'
  /** Some steps online (information, forms, tracking), the rest on paper. */
  | 'PARTIAL';

/**
 * A reference document of a region's council, in one of its versions: each version is its own
 * Document (its own id) with a higher `version`, and older versions stay as they were.
 */
export type Document = {
  __typename?: 'Document';
  /**
   * This version's file; null until region-hr of the region uploads it: `PUT /files/documents/<id>?fileName=<name>`
   * on the gateway with the bytes as the body, their content type, and optionally `x-content-sha256`
   * (a version takes one file; a new content is a new version).
   */
  file: Maybe<DocumentFile>;
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  language: DocumentLanguage;
  /** The partnership under whose commitments the region provided this document, if any. */
  partnership: Maybe<Partnership>;
  published: Scalars['Boolean']['output'];
  publishedOn: Maybe<Scalars['LocalDate']['output']>;
  region: Region;
  title: LocalizedText;
  /** The version number within the document's history: 1, 2, …; the highest is the latest. */
  version: Scalars['Int']['output'];
  /** Every version of this document, oldest first, this one included. */
  versions: Array<Document>;
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

/** The file of one document version, as uploaded and checked. */
export type DocumentFile = {
  __typename?: 'DocumentFile';
  byteSize: Scalars['Int']['output'];
  /**
   * Where to GET the bytes, relative to the gateway (`/files/documents/<id>`); send the same
   * Authorization header as to /graphql: whoever may read this version may download its file.
   */
  downloadUrl: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  /** application/pdf, an Office Open XML or OpenDocument file, image/png, image/jpeg, text/csv or text/plain. */
  mediaType: Scalars['String']['output'];
  /** Hex SHA-256 of the bytes, computed on receipt; the download sends it as `x-content-sha256` and ETag. */
  sha256: Scalars['String']['output'];
  uploadedAt: Scalars['DateTime']['output'];
};

export type DocumentFilter = {
  kind?: InputMaybe<DocumentKind>;
  language?: InputMaybe<DocumentLanguage>;
  /** Only the latest version of each document among those you may read (its older versions stay in `versions`). */
  latestOnly?: InputMaybe<Scalars['Boolean']['input']>;
  published?: InputMaybe<Scalars['Boolean']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive match on the French or Arabic title. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type DocumentKind =
  | 'ACTION_PLAN'
  /** Référentiel des emplois et des compétences (REC). */
  | 'JOB_SKILLS_FRAMEWORK'
  | 'ORGANISATION_CHART'
  | 'PROCEDURE_MANUAL'
  | 'REPORT'
  | 'TRAINING_PLAN';

export type DocumentLanguage =
  | 'AR'
  | 'BILINGUAL'
  | 'FR';

/** How to sort documents (by kind, title, then newest version first, without it). */
export type DocumentOrder = {
  direction?: InputMaybe<SortDirection>;
  field: DocumentOrderField;
};

export type DocumentOrderField =
  | 'KIND'
  | 'PUBLISHED_ON'
  | 'TITLE'
  | 'VERSION';

export type EnrollStaffInput = {
  sessionId: Scalars['ID']['input'];
  /** A staff member of the session's region. */
  staffMemberId: Scalars['ID']['input'];
};

/** One staff member's place in a training session. */
export type Enrollment = {
  __typename?: 'Enrollment';
  /** Null until the session has taken place. */
  attended: Maybe<Scalars['Boolean']['output']>;
  comment: Maybe<Scalars['String']['output']>;
  /** The participant's evaluation of the session, 1 (poor) to 5 (excellent). */
  evaluation: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  staffMember: StaffMember;
  trainingSession: TrainingSession;
  /** Increases with every change; give it back as `expectedVersion` to record attendance. */
  version: Scalars['Int']['output'];
};

export type EnrollmentConnection = {
  __typename?: 'EnrollmentConnection';
  edges: Array<EnrollmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EnrollmentEdge = {
  __typename?: 'EnrollmentEdge';
  cursor: Scalars['String']['output'];
  node: Enrollment;
};

export type EnrollmentFilter = {
  attended?: InputMaybe<Scalars['Boolean']['input']>;
  /** Enrollments in sessions of this region. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Enrollments in sessions starting on or after this date. */
  startsFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Enrollments in sessions starting on or before this date. */
  startsTo?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A ministry expert, as far as the region knows them: the sessions they delivered here. */
export type Expert = {
  __typename?: 'Expert';
  id: Scalars['ID']['output'];
  trainingSessions: TrainingSessionConnection;
};


/** A ministry expert, as far as the region knows them: the sessions they delivered here. */
export type ExpertTrainingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One value of a field among the staff you may read, and how many have it. */
export type FacetValue = {
  __typename?: 'FacetValue';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

/** Text a citizen may read, in French and Arabic. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  ar: Maybe<Scalars['String']['output']>;
  fr: Scalars['String']['output'];
};

/** Bilingual text as mutations receive it: French required, Arabic optional (blank means none). */
export type LocalizedTextInput = {
  ar?: InputMaybe<Scalars['String']['input']>;
  fr: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds an item at the end of the convention's action plan, PLANNED (its status then moves with
   * updateActionPlanItemStatus). A retry with the same idempotencyKey returns the first result.
   */
  addActionPlanItem: ActionPlanItem;
  /**
   * Adds a version (latest + 1) as a new Document; the older versions are kept unchanged and
   * listed in `versions`. A retry with the same idempotencyKey returns the first result.
   */
  addDocumentVersion: Document;
  /**
   * Adds a commitment of the region at the end of the convention's list, PLANNED (its status then
   * moves with updateRegionCommitmentStatus). A retry with the same idempotencyKey returns the first result.
   */
  addRegionCommitment: RegionCommitmentFollowUp;
  /** Cancels a session; its enrollments are kept as they were. Cancelling twice is a CONFLICT. */
  cancelTrainingSession: TrainingSession;
  /** Marks a session that has ended as COMPLETED; it then takes no more enrollments. */
  completeTrainingSession: TrainingSession;
  /** Creates version 1 of a new document. A retry with the same idempotencyKey returns the first result. */
  createDocument: Document;
  /** Adds a procedure of the region. A retry with the same idempotencyKey returns the first result. */
  createProcedure: Procedure;
  /** A retry with the same idempotencyKey returns the first result. */
  createStaffMember: StaffMember;
  /**
   * Enrolls a staff member: never beyond the session's capacity, never twice in a session, never in
   * two sessions at the same time. A retry with the same idempotencyKey returns the first result.
   */
  enrollStaff: Enrollment;
  /** Publishes the latest version of a document, dated today; returns that version. */
  publishDocument: Document;
  /** Records whether an enrolled staff member attended, once the session has started, and their evaluation. */
  recordAttendance: Enrollment;
  /** Sets the procedure's digitisation and appends a dated entry to its history. */
  recordProcedureDigitisation: Procedure;
  /** Changes the dates, hours, location, capacity, trainer or confirmation of a session not yet completed or cancelled. */
  rescheduleTrainingSession: TrainingSession;
  /**
   * Schedules a new session. trainerId and programmeId are checked with the ministry subgraph.
   * A retry with the same idempotencyKey returns the first result.
   */
  scheduleTrainingSession: TrainingSession;
  /** Sets the status and appends a dated progress entry. */
  updateActionPlanItemStatus: ActionPlanItem;
  /** Changes the procedure's description (not its digitisation: recordProcedureDigitisation keeps that history). */
  updateProcedure: Procedure;
  /** Sets the status and appends a dated progress entry. */
  updateRegionCommitmentStatus: RegionCommitmentFollowUp;
  updateStaffMember: StaffMember;
  /** Removes a staff member from a session that has not taken place (no attendance recorded). */
  withdrawStaff: WithdrawStaffPayload;
};


export type MutationAddActionPlanItemArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AddActionPlanItemInput;
};


export type MutationAddDocumentVersionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AddDocumentVersionInput;
};


export type MutationAddRegionCommitmentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AddRegionCommitmentInput;
};


export type MutationCancelTrainingSessionArgs = {
  input: CancelTrainingSessionInput;
};


export type MutationCompleteTrainingSessionArgs = {
  input: CompleteTrainingSessionInput;
};


export type MutationCreateDocumentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateDocumentInput;
};


export type MutationCreateProcedureArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateProcedureInput;
};


export type MutationCreateStaffMemberArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateStaffMemberInput;
};


export type MutationEnrollStaffArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EnrollStaffInput;
};


export type MutationPublishDocumentArgs = {
  input: PublishDocumentInput;
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordProcedureDigitisationArgs = {
  input: RecordProcedureDigitisationInput;
};


export type MutationRescheduleTrainingSessionArgs = {
  input: RescheduleTrainingSessionInput;
};


export type MutationScheduleTrainingSessionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ScheduleTrainingSessionInput;
};


export type MutationUpdateActionPlanItemStatusArgs = {
  input: UpdateActionPlanItemStatusInput;
};


export type MutationUpdateProcedureArgs = {
  input: UpdateProcedureInput;
};


export type MutationUpdateRegionCommitmentStatusArgs = {
  input: UpdateRegionCommitmentStatusInput;
};


export type MutationUpdateStaffMemberArgs = {
  input: UpdateStaffMemberInput;
};


export type MutationWithdrawStaffArgs = {
  input: WithdrawStaffInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A convention owned by the ministry subgraph; the region contributes its side of it. */
export type Partnership = {
  __typename?: 'Partnership';
  actionPlan: Array<ActionPlanItem>;
  /** Reference documents the region provided under this partnership. */
  documentsProvided: Array<Document>;
  id: Scalars['ID']['output'];
  ministryCommitments: Array<Commitment>;
  progress: PartnershipProgress;
  /** Where the region's commitments stand: done, in progress, late (computed in the database). */
  regionCommitmentFigures: CommitmentFigures;
  /** The region's commitments with their versions and progress history, in the order of the convention. */
  regionCommitmentFollowUps: Array<RegionCommitmentFollowUp>;
  /** What the region undertook, in the order of the convention. */
  regionCommitments: Array<Commitment>;
  trainingSessions: Maybe<TrainingSessionConnection>;
};


/** A convention owned by the ministry subgraph; the region contributes its side of it. */
export type PartnershipTrainingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * How far a partnership has come. Cancelled commitments and items count in neither done nor total.
 * percentComplete = everything done / everything counted × 100 (0 when nothing is counted).
 */
export type PartnershipProgress = {
  __typename?: 'PartnershipProgress';
  actionPlanDone: Scalars['Int']['output'];
  actionPlanTotal: Scalars['Int']['output'];
  ministryCommitmentsDone: Scalars['Int']['output'];
  ministryCommitmentsTotal: Scalars['Int']['output'];
  /** 0 to 100, one decimal. */
  percentComplete: Scalars['Float']['output'];
  regionCommitmentsDone: Scalars['Int']['output'];
  regionCommitmentsTotal: Scalars['Int']['output'];
};

/** An administrative service a region's council provides to citizens, businesses or associations. */
export type Procedure = {
  __typename?: 'Procedure';
  /** The need of the citizen the procedure answers. */
  citizenNeed: Maybe<LocalizedText>;
  /** Cost to the applicant in dirhams; 0 when free. */
  costMad: Scalars['Float']['output'];
  digitisation: DigitisationStatus;
  /** Each recorded change of digitisation, oldest first. */
  digitisationHistory: Array<ProcedureDigitisationEntry>;
  id: Scalars['ID']['output'];
  name: LocalizedText;
  /** Statutory or usual processing time, in days. */
  processingDays: Maybe<Scalars['Int']['output']>;
  region: Region;
  requiredDocuments: Array<LocalizedText>;
  /** In order. */
  steps: Array<LocalizedText>;
  theme: Maybe<Theme>;
  /** Increases with every change; give it back as `expectedVersion` to record digitisation progress. */
  version: Scalars['Int']['output'];
};

export type ProcedureConnection = {
  __typename?: 'ProcedureConnection';
  edges: Array<ProcedureEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One dated step in a procedure's digitisation. */
export type ProcedureDigitisationEntry = {
  __typename?: 'ProcedureDigitisationEntry';
  digitisation: DigitisationStatus;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** The date the change took effect. */
  on: Scalars['LocalDate']['output'];
  previousDigitisation: DigitisationStatus;
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  recordedBy: Scalars['String']['output'];
};

export type ProcedureEdge = {
  __typename?: 'ProcedureEdge';
  cursor: Scalars['String']['output'];
  node: Procedure;
};

export type ProcedureFilter = {
  digitisation?: InputMaybe<DigitisationStatus>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive match on the French or Arabic name. */
  search?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Theme>;
};

/** How to sort procedures (by name without it). */
export type ProcedureOrder = {
  direction?: InputMaybe<SortDirection>;
  field: ProcedureOrderField;
};

export type ProcedureOrderField =
  | 'DIGITISATION'
  | 'NAME';

export type ProcedureStatistics = {
  __typename?: 'ProcedureStatistics';
  /** One per combination of the groupBy dimensions, most procedures first. */
  groups: Array<ProcedureStatisticsGroup>;
  totals: ProcedureStatisticsGroup;
};

export type ProcedureStatisticsDimension =
  | 'DIGITISATION'
  | 'REGION'
  | 'THEME';

/** Procedures counted by how far their digitisation went (the dimensions asked for are set). */
export type ProcedureStatisticsGroup = {
  __typename?: 'ProcedureStatisticsGroup';
  digitisation: Maybe<DigitisationStatus>;
  /** Share fully online, 0 to 1. */
  digitisationRate: Scalars['Float']['output'];
  online: Scalars['Int']['output'];
  paper: Scalars['Int']['output'];
  partial: Scalars['Int']['output'];
  procedures: Scalars['Int']['output'];
  region: Maybe<Region>;
  theme: Maybe<Theme>;
};

/** A ministry programme, as far as the region knows it: the sessions organised under it. */
export type Programme = {
  __typename?: 'Programme';
  id: Scalars['ID']['output'];
  trainingSessions: TrainingSessionConnection;
};


/** A ministry programme, as far as the region knows it: the sessions organised under it. */
export type ProgrammeTrainingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PublishDocumentInput = {
  /** Any version of the document: its latest version is the one published. */
  documentId: Scalars['ID']['input'];
  /** The version number you reviewed; it must still be the latest (otherwise CONFLICT). */
  expectedVersion: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  document: Maybe<Document>;
  /** Ordered by kind, title, then newest version first. */
  documents: DocumentConnection;
  /** Enrollments across sessions (for exports and reports), grouped by session: a session's enrollments come together; select `session { startsOn }` to sort by date. */
  enrollments: Maybe<EnrollmentConnection>;
  procedure: Maybe<Procedure>;
  /** How far the procedures are digitised, computed in the database, by region, theme or status. */
  procedureStatistics: ProcedureStatistics;
  /** Ordered by French name. */
  procedures: ProcedureConnection;
  region: Maybe<Region>;
  /** Every change made through this subgraph's mutations, newest first. */
  regionAuditLog: Maybe<AuditEntryConnection>;
  /** A region commitment's follow-up by the commitment id; null if unknown. */
  regionCommitmentFollowUp: Maybe<RegionCommitmentFollowUp>;
  regions: RegionConnection;
  /** Departments, corps and grades of the staff you may read (of one region if given), for pickers. */
  staffFacets: Maybe<StaffFacets>;
  staffMember: Maybe<StaffMember>;
  /** Ordered by full name. */
  staffMembers: Maybe<StaffMemberConnection>;
  /** Share of staff trained at least once in a period, by region, department, corps or grade (computed in the database). */
  staffTrainingCoverage: Maybe<StaffCoverage>;
  trainingSession: Maybe<TrainingSession>;
  /** Ordered by start date. */
  trainingSessions: Maybe<TrainingSessionConnection>;
  /**
   * Training figures computed in the database (never by loading rows): sessions, hours, places
   * offered and taken, staff trained, attendance, evaluation — by region, period, theme, status,
   * programme, trainer, department or corps. Row scope applies: a region's roles see their region only.
   */
  trainingStatistics: Maybe<TrainingStatistics>;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DocumentOrder>;
};


export type QueryEnrollmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnrollmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProcedureArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProcedureStatisticsArgs = {
  filter?: InputMaybe<ProcedureFilter>;
  groupBy?: InputMaybe<Array<ProcedureStatisticsDimension>>;
};


export type QueryProceduresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProcedureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProcedureOrder>;
};


export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


export type QueryRegionAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionCommitmentFollowUpArgs = {
  commitmentId: Scalars['ID']['input'];
};


export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStaffFacetsArgs = {
  regionCode?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStaffMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffMemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StaffMemberOrder>;
};


export type QueryStaffTrainingCoverageArgs = {
  filter?: InputMaybe<StaffCoverageFilter>;
  groupBy?: InputMaybe<Array<StaffCoverageDimension>>;
};


export type QueryTrainingSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TrainingSessionOrder>;
};


export type QueryTrainingStatisticsArgs = {
  filter?: InputMaybe<TrainingStatisticsFilter>;
  groupBy?: InputMaybe<Array<TrainingStatisticsDimension>>;
};

export type RecordAttendanceInput = {
  attended: Scalars['Boolean']['input'];
  /** Up to 2000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  enrollmentId: Scalars['ID']['input'];
  /** 1 (poor) to 5 (excellent), only for a participant who attended. */
  evaluation?: InputMaybe<Scalars['Int']['input']>;
  /** The enrollment's `version` you read; stale → CONFLICT naming the current version. */
  expectedVersion: Scalars['Int']['input'];
};

export type RecordProcedureDigitisationInput = {
  /** May stay the same: the entry then records progress within the status. */
  digitisation: DigitisationStatus;
  /** The `version` you read; stale → CONFLICT naming the current version. */
  expectedVersion: Scalars['Int']['input'];
  /** 1 to 2000 characters: what changed. */
  note: Scalars['String']['input'];
  /** When it took effect: today by default, not in the future, not before the latest entry. */
  on?: InputMaybe<Scalars['LocalDate']['input']>;
  procedureId: Scalars['ID']['input'];
};

/** One of Morocco's 12 regions; its council is a party to partnerships with the ministry. */
export type Region = {
  __typename?: 'Region';
  /** Official code, MA-01 to MA-12. */
  code: Scalars['ID']['output'];
  documents: DocumentConnection;
  name: LocalizedText;
  procedures: ProcedureConnection;
  staffMembers: StaffMemberConnection;
  trainingSessions: TrainingSessionConnection;
};


/** One of Morocco's 12 regions; its council is a party to partnerships with the ministry. */
export type RegionDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One of Morocco's 12 regions; its council is a party to partnerships with the ministry. */
export type RegionProceduresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProcedureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One of Morocco's 12 regions; its council is a party to partnerships with the ministry. */
export type RegionStaffMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffMemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One of Morocco's 12 regions; its council is a party to partnerships with the ministry. */
export type RegionTrainingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrainingSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The region's follow-up of one of its commitments: the commitment, the version to quote when
 * updating its status, and how its status evolved.
 */
export type RegionCommitmentFollowUp = {
  __typename?: 'RegionCommitmentFollowUp';
  commitment: Commitment;
  /** Dated status updates, oldest first. */
  history: Maybe<Array<RegionProgressEntry>>;
  partnership: Partnership;
  /** Increases with every status update; pass it as `expectedVersion` to updateRegionCommitmentStatus. */
  version: Scalars['Int']['output'];
};

export type RegionConnection = {
  __typename?: 'RegionConnection';
  edges: Array<RegionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RegionEdge = {
  __typename?: 'RegionEdge';
  cursor: Scalars['String']['output'];
  node: Region;
};

export type RegionFilter = {
  /** Case-insensitive match on the French or Arabic name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** One dated status update of a region commitment or action-plan item. */
export type RegionProgressEntry = {
  __typename?: 'RegionProgressEntry';
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** The date the change took effect. */
  on: Scalars['LocalDate']['output'];
  previousStatus: CommitmentStatus;
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  recordedBy: Scalars['String']['output'];
  status: CommitmentStatus;
};

/** Omitted fields keep their value; `location` and `trainerId` may be null to clear them. */
export type RescheduleTrainingSessionInput = {
  /** Not below the number of staff already enrolled. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The `version` you read; stale → CONFLICT naming the current version. */
  expectedVersion: Scalars['Int']['input'];
  hours?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** PLANNED or SCHEDULED: confirm a planned session, or make a scheduled one tentative again. */
  status?: InputMaybe<TrainingSessionStatus>;
  trainerId?: InputMaybe<Scalars['ID']['input']>;
};

export type ScheduleTrainingSessionInput = {
  /** Seats: 1 to 500. */
  capacity: Scalars['Int']['input'];
  /** On or after startsOn. */
  endsOn: Scalars['LocalDate']['input'];
  /** 1 or more, at most 24 per day of the session. */
  hours: Scalars['Int']['input'];
  /** Up to 200 characters; required for a SCHEDULED session. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** One of the region's partnerships. */
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  /** A ministry Programme. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  regionCode: Scalars['ID']['input'];
  startsOn: Scalars['LocalDate']['input'];
  /** PLANNED (dates indicative) or SCHEDULED (dates, location and trainer confirmed). */
  status?: InputMaybe<TrainingSessionStatus>;
  theme: Theme;
  /** 1 to 200 characters each. */
  title: LocalizedTextInput;
  /** A ministry Expert; required for a SCHEDULED session. An expert trains one session at a time. */
  trainerId?: InputMaybe<Scalars['ID']['input']>;
};

/** The direction of a list's `orderBy`. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StaffContact = {
  __typename?: 'StaffContact';
  email: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
};

export type StaffContactInput = {
  /** A work e-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Digits, spaces and + ( ) . - only, 6 to 40 characters. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type StaffCoverage = {
  __typename?: 'StaffCoverage';
  groups: Array<StaffCoverageGroup>;
  totals: StaffCoverageGroup;
};

export type StaffCoverageDimension =
  | 'CORPS'
  | 'DEPARTMENT'
  | 'GRADE'
  | 'REGION';

export type StaffCoverageFilter = {
  /** Attendance in sessions starting on or after this date. */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Attendance in sessions starting on or before this date. */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Staff of a group, and how many of them attended at least one session in the period. */
export type StaffCoverageGroup = {
  __typename?: 'StaffCoverageGroup';
  corps: Maybe<Scalars['String']['output']>;
  /** trained / staff, 0 to 1. */
  coverage: Scalars['Float']['output'];
  department: Maybe<Scalars['String']['output']>;
  grade: Maybe<Scalars['String']['output']>;
  region: Maybe<Region>;
  staff: Scalars['Int']['output'];
  trained: Scalars['Int']['output'];
};

/** The values to offer in filter pickers, each with its count, most frequent first. */
export type StaffFacets = {
  __typename?: 'StaffFacets';
  corps: Array<FacetValue>;
  departments: Array<FacetValue>;
  grades: Array<FacetValue>;
};

/**
 * A public servant of a region's council (demo data in this project). The fields an expert may
 * not read are nullable: a denied field answers null with a FORBIDDEN error naming it, and the
 * rest of the object still answers.
 */
export type StaffMember = {
  __typename?: 'StaffMember';
  competencies: Maybe<Array<Theme>>;
  /** Personal data: how to reach this person at work. */
  contact: Maybe<StaffContact>;
  corps: Maybe<Scalars['String']['output']>;
  department: Maybe<Scalars['String']['output']>;
  /** Training sessions this person enrolled in, earliest first. */
  enrollments: Maybe<EnrollmentConnection>;
  fullName: Scalars['String']['output'];
  /** Grade in the statute of the corps, e.g. « Administrateur de 2ème grade ». */
  grade: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jobTitle: Maybe<Scalars['String']['output']>;
  region: Maybe<Region>;
  /** Échelle of the public-service pay grid; null for « hors échelle ». */
  scale: Maybe<Scalars['Int']['output']>;
  /** Increases with every change; give it back as `expectedVersion` to update. */
  version: Maybe<Scalars['Int']['output']>;
};


/**
 * A public servant of a region's council (demo data in this project). The fields an expert may
 * not read are nullable: a denied field answers null with a FORBIDDEN error naming it, and the
 * rest of the object still answers.
 */
export type StaffMemberEnrollmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type StaffMemberConnection = {
  __typename?: 'StaffMemberConnection';
  edges: Array<StaffMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StaffMemberEdge = {
  __typename?: 'StaffMemberEdge';
  cursor: Scalars['String']['output'];
  node: StaffMember;
};

export type StaffMemberFilter = {
  corps?: InputMaybe<Scalars['String']['input']>;
  /** Case- and accent-insensitive, whole value: "ressources humaines" finds "Ressources Humaines". */
  department?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Case- and accent-insensitive match on the full name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort a list of staff (by full name without it). */
export type StaffMemberOrder = {
  direction?: InputMaybe<SortDirection>;
  field: StaffMemberOrderField;
};

export type StaffMemberOrderField =
  | 'CORPS'
  | 'DEPARTMENT'
  | 'FULL_NAME'
  | 'GRADE';

/** The partnership's fields of action; the same values in every subgraph. */
export type Theme =
  | 'DIGITAL_SKILLS'
  | 'E_ADMINISTRATION'
  | 'HR_MANAGEMENT'
  | 'PROCEDURE_SIMPLIFICATION'
  | 'PUBLIC_ETHICS'
  | 'RECEPTION_QUALITY'
  | 'TRAINING_ENGINEERING';

/** A training session a region organised for its staff, usually delivered by a ministry expert. */
export type TrainingSession = {
  __typename?: 'TrainingSession';
  /** Why it was cancelled (status CANCELLED). */
  cancellationReason: Maybe<Scalars['String']['output']>;
  capacity: Scalars['Int']['output'];
  endsOn: Scalars['LocalDate']['output'];
  /** Ordered by the participant's name. */
  enrollments: EnrollmentConnection;
  hours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  location: Maybe<Scalars['String']['output']>;
  /** The partnership under which the region organised it. */
  partnership: Maybe<Partnership>;
  /** The ministry programme it belongs to (resolved by the ministry subgraph). */
  programme: Maybe<Programme>;
  region: Region;
  /** Seats still free: capacity minus the staff enrolled (whoever may see them). */
  seatsLeft: Scalars['Int']['output'];
  startsOn: Scalars['LocalDate']['output'];
  status: TrainingSessionStatus;
  theme: Theme;
  title: LocalizedText;
  /** The ministry expert who delivers it (resolved by the ministry subgraph). */
  trainer: Maybe<Expert>;
  /** Increases with every change; give it back as `expectedVersion` to reschedule, cancel or complete. */
  version: Scalars['Int']['output'];
};


/** A training session a region organised for its staff, usually delivered by a ministry expert. */
export type TrainingSessionEnrollmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TrainingSessionConnection = {
  __typename?: 'TrainingSessionConnection';
  edges: Array<TrainingSessionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrainingSessionEdge = {
  __typename?: 'TrainingSessionEdge';
  cursor: Scalars['String']['output'];
  node: TrainingSession;
};

export type TrainingSessionFilter = {
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive match on the French or Arabic title. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Sessions starting on or after this date. */
  startsFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Sessions starting on or before this date. */
  startsTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** @deprecated use statuses, which takes several */
  status?: InputMaybe<TrainingSessionStatus>;
  /** Sessions in any of these statuses. */
  statuses?: InputMaybe<Array<TrainingSessionStatus>>;
  theme?: InputMaybe<Theme>;
  trainerId?: InputMaybe<Scalars['ID']['input']>;
};

/** How to sort a list of sessions (by start date, earliest first, without it). */
export type TrainingSessionOrder = {
  direction?: InputMaybe<SortDirection>;
  field: TrainingSessionOrderField;
};

export type TrainingSessionOrderField =
  | 'CAPACITY'
  /** Seats still free (see `seatsLeft`). */
  | 'SEATS_LEFT'
  | 'STARTS_ON'
  | 'TITLE';

export type TrainingSessionStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  /** In the training plan; dates are indicative. */
  | 'PLANNED'
  /** Dates, venue and trainer confirmed; enrollment open. */
  | 'SCHEDULED';

export type TrainingStatistics = {
  __typename?: 'TrainingStatistics';
  /** One per combination of the groupBy dimensions, largest number of sessions first. */
  groups: Array<TrainingStatisticsGroup>;
  /** All the sessions the filter selects, in one group. */
  totals: TrainingStatisticsGroup;
};

/** What training statistics can be grouped by; several at once give one group per combination. */
export type TrainingStatisticsDimension =
  /** The participant's corps (as DEPARTMENT). */
  | 'CORPS'
  /** The participant's department (a session counts in each department it had participants from). */
  | 'DEPARTMENT'
  | 'MONTH'
  | 'PROGRAMME'
  | 'QUARTER'
  | 'REGION'
  | 'STATUS'
  | 'THEME'
  | 'TRAINER'
  | 'YEAR';

export type TrainingStatisticsFilter = {
  /** Sessions starting on or after this date. */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<TrainingSessionStatus>>;
  themes?: InputMaybe<Array<Theme>>;
  /** Sessions starting on or before this date. */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  trainerId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * One group of training statistics: the dimensions asked for (the others are null) and its
 * figures, computed in the database over the sessions the caller may read.
 */
export type TrainingStatisticsGroup = {
  __typename?: 'TrainingStatisticsGroup';
  /** Attended / enrollments whose attendance is recorded; null when none is. */
  attendanceRate: Maybe<Scalars['Float']['output']>;
  /** Mean of the participants' evaluations (1 to 5); null without any. */
  averageEvaluation: Maybe<Scalars['Float']['output']>;
  corps: Maybe<Scalars['String']['output']>;
  department: Maybe<Scalars['String']['output']>;
  /** Hours of training: the sum of the sessions' hours. */
  hours: Scalars['Int']['output'];
  month: Maybe<Scalars['Int']['output']>;
  /** Seats offered: the sum of the sessions' capacities. */
  placesOffered: Scalars['Int']['output'];
  /** Seats taken: enrollments. */
  placesTaken: Scalars['Int']['output'];
  /** Resolved by the ministry: its title and code come in the same answer. */
  programme: Maybe<Programme>;
  quarter: Maybe<Scalars['Int']['output']>;
  region: Maybe<Region>;
  sessions: Scalars['Int']['output'];
  /** Distinct staff who attended at least one session. */
  staffTrained: Scalars['Int']['output'];
  status: Maybe<TrainingSessionStatus>;
  theme: Maybe<Theme>;
  trainer: Maybe<Expert>;
  year: Maybe<Scalars['Int']['output']>;
};

export type UpdateActionPlanItemStatusInput = {
  actionPlanItemId: Scalars['ID']['input'];
  /** The item's `version` you read; stale → CONFLICT naming the current version. */
  expectedVersion: Scalars['Int']['input'];
  /** 1 to 2000 characters: what happened. */
  note: Scalars['String']['input'];
  /** When it took effect: today by default, not in the future, not before the latest entry. */
  on?: InputMaybe<Scalars['LocalDate']['input']>;
  /** As for commitments: may stay the same, never back to PLANNED once started. */
  status: CommitmentStatus;
};

/** Omitted fields keep their value; null clears an optional one (processingDays, citizenNeed, theme). */
export type UpdateProcedureInput = {
  citizenNeed?: InputMaybe<LocalizedTextInput>;
  costMad?: InputMaybe<Scalars['Float']['input']>;
  /** The `version` you read; stale → CONFLICT naming the current version. */
  expectedVersion: Scalars['Int']['input'];
  name?: InputMaybe<LocalizedTextInput>;
  procedureId: Scalars['ID']['input'];
  processingDays?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the whole list. */
  requiredDocuments?: InputMaybe<Array<LocalizedTextInput>>;
  /** Replaces the whole list, in order. */
  steps?: InputMaybe<Array<LocalizedTextInput>>;
  theme?: InputMaybe<Theme>;
};

export type UpdateRegionCommitmentStatusInput = {
  /** The Commitment's id (a region commitment). */
  commitmentId: Scalars['ID']['input'];
  /** The version you read (RegionCommitmentFollowUp.version); stale → CONFLICT naming the current version. */
  expectedVersion: Scalars['Int']['input'];
  /** 1 to 2000 characters: what happened. */
  note: Scalars['String']['input'];
  /** When it took effect: today by default, not in the future, not before the latest entry. */
  on?: InputMaybe<Scalars['LocalDate']['input']>;
  /**
   * May stay the same (the entry then records progress within the status); once started, a
   * commitment does not go back to PLANNED.
   */
  status: CommitmentStatus;
};

/** Omitted fields keep their value; `scale` and `contact` may be null to clear them. */
export type UpdateStaffMemberInput = {
  competencies?: InputMaybe<Array<Theme>>;
  /** Replaces both e-mail and phone. */
  contact?: InputMaybe<StaffContactInput>;
  corps?: InputMaybe<Scalars['String']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  /** The `version` you read; stale → CONFLICT naming the current version. */
  expectedVersion: Scalars['Int']['input'];
  fullName?: InputMaybe<Scalars['String']['input']>;
  grade?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  scale?: InputMaybe<Scalars['Int']['input']>;
};

export type WithdrawStaffInput = {
  enrollmentId: Scalars['ID']['input'];
  /** The enrollment's `version` you read, if you want the withdrawal refused after a change. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** What remains once a staff member left a session. */
export type WithdrawStaffPayload = {
  __typename?: 'WithdrawStaffPayload';
  staffMember: StaffMember;
  trainingSession: TrainingSession;
  /** The id the enrollment had; it no longer exists. */
  withdrawnEnrollmentId: Scalars['ID']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Document: Document;
  Expert: Expert;
  Partnership: Partnership;
  Procedure: Procedure;
  Programme: Programme;
  Region: Region;
  StaffMember: StaffMember;
  TrainingSession: TrainingSession;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Document:
    ( { __typename: 'Document' }
    & GraphQLRecursivePick<FederationTypes['Document'], {"id":true}> );
  Expert:
    ( { __typename: 'Expert' }
    & GraphQLRecursivePick<FederationTypes['Expert'], {"id":true}> );
  Partnership:
    ( { __typename: 'Partnership' }
    & GraphQLRecursivePick<FederationTypes['Partnership'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Partnership'], {"ministryCommitments":{"status":true}}> ) );
  Procedure:
    ( { __typename: 'Procedure' }
    & GraphQLRecursivePick<FederationTypes['Procedure'], {"id":true}> );
  Programme:
    ( { __typename: 'Programme' }
    & GraphQLRecursivePick<FederationTypes['Programme'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
  StaffMember:
    ( { __typename: 'StaffMember' }
    & GraphQLRecursivePick<FederationTypes['StaffMember'], {"id":true}> );
  TrainingSession:
    ( { __typename: 'TrainingSession' }
    & GraphQLRecursivePick<FederationTypes['TrainingSession'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActionPlanItem: ResolverTypeWrapper<ActionPlanItemMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AddActionPlanItemInput: AddActionPlanItemInput;
  AddDocumentVersionInput: AddDocumentVersionInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AddRegionCommitmentInput: AddRegionCommitmentInput;
  AuditEntry: ResolverTypeWrapper<AuditEntryMapper>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnectionMapper>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditLogFilter: AuditLogFilter;
  CancelTrainingSessionInput: CancelTrainingSessionInput;
  Commitment: ResolverTypeWrapper<Commitment>;
  CommitmentFigures: ResolverTypeWrapper<CommitmentFigures>;
  CommitmentParty: CommitmentParty;
  CommitmentStatus: CommitmentStatus;
  CompleteTrainingSessionInput: CompleteTrainingSessionInput;
  CreateDocumentInput: CreateDocumentInput;
  CreateProcedureInput: CreateProcedureInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreateStaffMemberInput: CreateStaffMemberInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DigitisationStatus: DigitisationStatus;
  Document: ResolverTypeWrapper<DocumentMapper>;
  DocumentConnection: ResolverTypeWrapper<DocumentConnectionMapper>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentFile: ResolverTypeWrapper<DocumentFileMapper>;
  DocumentFilter: DocumentFilter;
  DocumentKind: DocumentKind;
  DocumentLanguage: DocumentLanguage;
  DocumentOrder: DocumentOrder;
  DocumentOrderField: DocumentOrderField;
  EnrollStaffInput: EnrollStaffInput;
  Enrollment: ResolverTypeWrapper<EnrollmentMapper>;
  EnrollmentConnection: ResolverTypeWrapper<EnrollmentConnectionMapper>;
  EnrollmentEdge: ResolverTypeWrapper<Omit<EnrollmentEdge, 'node'> & { node: ResolversTypes['Enrollment'] }>;
  EnrollmentFilter: EnrollmentFilter;
  Expert: ResolverTypeWrapper<ExpertMapper>;
  FacetValue: ResolverTypeWrapper<FacetValue>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partnership: ResolverTypeWrapper<PartnershipMapper>;
  PartnershipProgress: ResolverTypeWrapper<PartnershipProgressMapper>;
  Procedure: ResolverTypeWrapper<ProcedureMapper>;
  ProcedureConnection: ResolverTypeWrapper<ProcedureConnectionMapper>;
  ProcedureDigitisationEntry: ResolverTypeWrapper<ProcedureDigitisationEntryMapper>;
  ProcedureEdge: ResolverTypeWrapper<Omit<ProcedureEdge, 'node'> & { node: ResolversTypes['Procedure'] }>;
  ProcedureFilter: ProcedureFilter;
  ProcedureOrder: ProcedureOrder;
  ProcedureOrderField: ProcedureOrderField;
  ProcedureStatistics: ResolverTypeWrapper<ProcedureStatisticsMapper>;
  ProcedureStatisticsDimension: ProcedureStatisticsDimension;
  ProcedureStatisticsGroup: ResolverTypeWrapper<ProcedureStatisticsGroupMapper>;
  Programme: ResolverTypeWrapper<ProgrammeMapper>;
  PublishDocumentInput: PublishDocumentInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordProcedureDigitisationInput: RecordProcedureDigitisationInput;
  Region: ResolverTypeWrapper<RegionMapper>;
  RegionCommitmentFollowUp: ResolverTypeWrapper<RegionCommitmentFollowUpMapper>;
  RegionConnection: ResolverTypeWrapper<RegionConnectionMapper>;
  RegionEdge: ResolverTypeWrapper<Omit<RegionEdge, 'node'> & { node: ResolversTypes['Region'] }>;
  RegionFilter: RegionFilter;
  RegionProgressEntry: ResolverTypeWrapper<RegionProgressEntryMapper>;
  RescheduleTrainingSessionInput: RescheduleTrainingSessionInput;
  ScheduleTrainingSessionInput: ScheduleTrainingSessionInput;
  SortDirection: SortDirection;
  StaffContact: ResolverTypeWrapper<StaffContact>;
  StaffContactInput: StaffContactInput;
  StaffCoverage: ResolverTypeWrapper<StaffCoverageMapper>;
  StaffCoverageDimension: StaffCoverageDimension;
  StaffCoverageFilter: StaffCoverageFilter;
  StaffCoverageGroup: ResolverTypeWrapper<StaffCoverageGroupMapper>;
  StaffFacets: ResolverTypeWrapper<StaffFacets>;
  StaffMember: ResolverTypeWrapper<StaffMemberMapper>;
  StaffMemberConnection: ResolverTypeWrapper<StaffMemberConnectionMapper>;
  StaffMemberEdge: ResolverTypeWrapper<Omit<StaffMemberEdge, 'node'> & { node: ResolversTypes['StaffMember'] }>;
  StaffMemberFilter: StaffMemberFilter;
  StaffMemberOrder: StaffMemberOrder;
  StaffMemberOrderField: StaffMemberOrderField;
  Theme: Theme;
  TrainingSession: ResolverTypeWrapper<TrainingSessionMapper>;
  TrainingSessionConnection: ResolverTypeWrapper<TrainingSessionConnectionMapper>;
  TrainingSessionEdge: ResolverTypeWrapper<Omit<TrainingSessionEdge, 'node'> & { node: ResolversTypes['TrainingSession'] }>;
  TrainingSessionFilter: TrainingSessionFilter;
  TrainingSessionOrder: TrainingSessionOrder;
  TrainingSessionOrderField: TrainingSessionOrderField;
  TrainingSessionStatus: TrainingSessionStatus;
  TrainingStatistics: ResolverTypeWrapper<TrainingStatisticsMapper>;
  TrainingStatisticsDimension: TrainingStatisticsDimension;
  TrainingStatisticsFilter: TrainingStatisticsFilter;
  TrainingStatisticsGroup: ResolverTypeWrapper<TrainingStatisticsGroupMapper>;
  UpdateActionPlanItemStatusInput: UpdateActionPlanItemStatusInput;
  UpdateProcedureInput: UpdateProcedureInput;
  UpdateRegionCommitmentStatusInput: UpdateRegionCommitmentStatusInput;
  UpdateStaffMemberInput: UpdateStaffMemberInput;
  WithdrawStaffInput: WithdrawStaffInput;
  WithdrawStaffPayload: ResolverTypeWrapper<WithdrawStaffPayloadMapper>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActionPlanItem: ActionPlanItemMapper;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AddActionPlanItemInput: AddActionPlanItemInput;
  AddDocumentVersionInput: AddDocumentVersionInput;
  Boolean: Scalars['Boolean']['output'];
  AddRegionCommitmentInput: AddRegionCommitmentInput;
  AuditEntry: AuditEntryMapper;
  AuditEntryConnection: AuditEntryConnectionMapper;
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditLogFilter: AuditLogFilter;
  CancelTrainingSessionInput: CancelTrainingSessionInput;
  Commitment: Commitment;
  CommitmentFigures: CommitmentFigures;
  CompleteTrainingSessionInput: CompleteTrainingSessionInput;
  CreateDocumentInput: CreateDocumentInput;
  CreateProcedureInput: CreateProcedureInput;
  Float: Scalars['Float']['output'];
  CreateStaffMemberInput: CreateStaffMemberInput;
  DateTime: Scalars['DateTime']['output'];
  Document: DocumentMapper;
  DocumentConnection: DocumentConnectionMapper;
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentFile: DocumentFileMapper;
  DocumentFilter: DocumentFilter;
  DocumentOrder: DocumentOrder;
  EnrollStaffInput: EnrollStaffInput;
  Enrollment: EnrollmentMapper;
  EnrollmentConnection: EnrollmentConnectionMapper;
  EnrollmentEdge: Omit<EnrollmentEdge, 'node'> & { node: ResolversParentTypes['Enrollment'] };
  EnrollmentFilter: EnrollmentFilter;
  Expert: ExpertMapper;
  FacetValue: FacetValue;
  JSON: Scalars['JSON']['output'];
  LocalDate: Scalars['LocalDate']['output'];
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Partnership: PartnershipMapper;
  PartnershipProgress: PartnershipProgressMapper;
  Procedure: ProcedureMapper;
  ProcedureConnection: ProcedureConnectionMapper;
  ProcedureDigitisationEntry: ProcedureDigitisationEntryMapper;
  ProcedureEdge: Omit<ProcedureEdge, 'node'> & { node: ResolversParentTypes['Procedure'] };
  ProcedureFilter: ProcedureFilter;
  ProcedureOrder: ProcedureOrder;
  ProcedureStatistics: ProcedureStatisticsMapper;
  ProcedureStatisticsGroup: ProcedureStatisticsGroupMapper;
  Programme: ProgrammeMapper;
  PublishDocumentInput: PublishDocumentInput;
  Query: Record<PropertyKey, never>;
  RecordAttendanceInput: RecordAttendanceInput;
  RecordProcedureDigitisationInput: RecordProcedureDigitisationInput;
  Region: RegionMapper;
  RegionCommitmentFollowUp: RegionCommitmentFollowUpMapper;
  RegionConnection: RegionConnectionMapper;
  RegionEdge: Omit<RegionEdge, 'node'> & { node: ResolversParentTypes['Region'] };
  RegionFilter: RegionFilter;
  RegionProgressEntry: RegionProgressEntryMapper;
  RescheduleTrainingSessionInput: RescheduleTrainingSessionInput;
  ScheduleTrainingSessionInput: ScheduleTrainingSessionInput;
  StaffContact: StaffContact;
  StaffContactInput: StaffContactInput;
  StaffCoverage: StaffCoverageMapper;
  StaffCoverageFilter: StaffCoverageFilter;
  StaffCoverageGroup: StaffCoverageGroupMapper;
  StaffFacets: StaffFacets;
  StaffMember: StaffMemberMapper;
  StaffMemberConnection: StaffMemberConnectionMapper;
  StaffMemberEdge: Omit<StaffMemberEdge, 'node'> & { node: ResolversParentTypes['StaffMember'] };
  StaffMemberFilter: StaffMemberFilter;
  StaffMemberOrder: StaffMemberOrder;
  TrainingSession: TrainingSessionMapper;
  TrainingSessionConnection: TrainingSessionConnectionMapper;
  TrainingSessionEdge: Omit<TrainingSessionEdge, 'node'> & { node: ResolversParentTypes['TrainingSession'] };
  TrainingSessionFilter: TrainingSessionFilter;
  TrainingSessionOrder: TrainingSessionOrder;
  TrainingStatistics: TrainingStatisticsMapper;
  TrainingStatisticsFilter: TrainingStatisticsFilter;
  TrainingStatisticsGroup: TrainingStatisticsGroupMapper;
  UpdateActionPlanItemStatusInput: UpdateActionPlanItemStatusInput;
  UpdateProcedureInput: UpdateProcedureInput;
  UpdateRegionCommitmentStatusInput: UpdateRegionCommitmentStatusInput;
  UpdateStaffMemberInput: UpdateStaffMemberInput;
  WithdrawStaffInput: WithdrawStaffInput;
  WithdrawStaffPayload: WithdrawStaffPayloadMapper;
  String: Scalars['String']['output'];
}>;

export type AllowDirectiveArgs = {
  roles: Array<Scalars['String']['input']>;
};

export type AllowDirectiveResolver<Result, Parent, ContextType = RegionContext, Args = AllowDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PersonalDataDirectiveArgs = {
  audit: Scalars['String']['input'];
};

export type PersonalDataDirectiveResolver<Result, Parent, ContextType = RegionContext, Args = PersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActionPlanItemResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['ActionPlanItem'] = ResolversParentTypes['ActionPlanItem']> = ResolversObject<{
  dueOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['RegionProgressEntry']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommitmentStatus'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type CommitmentResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['Commitment'] = ResolversParentTypes['Commitment']> = ResolversObject<{
  description?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['CommitmentParty'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommitmentStatus'], ParentType, ContextType>;
}>;

export type CommitmentFiguresResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['CommitmentFigures'] = ResolversParentTypes['CommitmentFigures']> = ResolversObject<{
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  delayed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DocumentResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document'], FederationReferenceType extends FederationReferenceTypes['Document'] = FederationReferenceTypes['Document']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Document']> | FederationReferenceType, FederationReferenceType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['DocumentFile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['DocumentLanguage'], ParentType, ContextType>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
}>;

export type DocumentConnectionResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DocumentEdgeResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
}>;

export type DocumentFileResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['DocumentFile'] = ResolversParentTypes['DocumentFile']> = ResolversObject<{
  byteSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type EnrollmentResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['Enrollment'] = ResolversParentTypes['Enrollment']> = ResolversObject<{
  attended?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  staffMember?: Resolver<ResolversTypes['StaffMember'], ParentType, ContextType>;
  trainingSession?: Resolver<ResolversTypes['TrainingSession'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnrollmentConnectionResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['EnrollmentConnection'] = ResolversParentTypes['EnrollmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EnrollmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnrollmentEdgeResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['EnrollmentEdge'] = ResolversParentTypes['EnrollmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enrollment'], ParentType, ContextType>;
}>;

export type ExpertResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['Expert'] = ResolversParentTypes['Expert'], FederationReferenceType extends FederationReferenceTypes['Expert'] = FederationReferenceTypes['Expert']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Expert']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  trainingSessions?: Resolver<ResolversTypes['TrainingSessionConnection'], ParentType, ContextType, Partial<ExpertTrainingSessionsArgs>>;
}>;

export type FacetValueResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['FacetValue'] = ResolversParentTypes['FacetValue']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type LocalizedTextResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  ar?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addActionPlanItem?: Resolver<ResolversTypes['ActionPlanItem'], ParentType, ContextType, RequireFields<MutationAddActionPlanItemArgs, 'input'>>;
  addDocumentVersion?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<MutationAddDocumentVersionArgs, 'input'>>;
  addRegionCommitment?: Resolver<ResolversTypes['RegionCommitmentFollowUp'], ParentType, ContextType, RequireFields<MutationAddRegionCommitmentArgs, 'input'>>;
  cancelTrainingSession?: Resolver<ResolversTypes['TrainingSession'], ParentType, ContextType, RequireFields<MutationCancelTrainingSessionArgs, 'input'>>;
  completeTrainingSession?: Resolver<ResolversTypes['TrainingSession'], ParentType, ContextType, RequireFields<MutationCompleteTrainingSessionArgs, 'input'>>;
  createDocument?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<MutationCreateDocumentArgs, 'input'>>;
  createProcedure?: Resolver<ResolversTypes['Procedure'], ParentType, ContextType, RequireFields<MutationCreateProcedureArgs, 'input'>>;
  createStaffMember?: Resolver<ResolversTypes['StaffMember'], ParentType, ContextType, RequireFields<MutationCreateStaffMemberArgs, 'input'>>;
  enrollStaff?: Resolver<ResolversTypes['Enrollment'], ParentType, ContextType, RequireFields<MutationEnrollStaffArgs, 'input'>>;
  publishDocument?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<MutationPublishDocumentArgs, 'input'>>;
  recordAttendance?: Resolver<ResolversTypes['Enrollment'], ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'input'>>;
  recordProcedureDigitisation?: Resolver<ResolversTypes['Procedure'], ParentType, ContextType, RequireFields<MutationRecordProcedureDigitisationArgs, 'input'>>;
  rescheduleTrainingSession?: Resolver<ResolversTypes['TrainingSession'], ParentType, ContextType, RequireFields<MutationRescheduleTrainingSessionArgs, 'input'>>;
  scheduleTrainingSession?: Resolver<ResolversTypes['TrainingSession'], ParentType, ContextType, RequireFields<MutationScheduleTrainingSessionArgs, 'input'>>;
  updateActionPlanItemStatus?: Resolver<ResolversTypes['ActionPlanItem'], ParentType, ContextType, RequireFields<MutationUpdateActionPlanItemStatusArgs, 'input'>>;
  updateProcedure?: Resolver<ResolversTypes['Procedure'], ParentType, ContextType, RequireFields<MutationUpdateProcedureArgs, 'input'>>;
  updateRegionCommitmentStatus?: Resolver<ResolversTypes['RegionCommitmentFollowUp'], ParentType, ContextType, RequireFields<MutationUpdateRegionCommitmentStatusArgs, 'input'>>;
  updateStaffMember?: Resolver<ResolversTypes['StaffMember'], ParentType, ContextType, RequireFields<MutationUpdateStaffMemberArgs, 'input'>>;
  withdrawStaff?: Resolver<ResolversTypes['WithdrawStaffPayload'], ParentType, ContextType, RequireFields<MutationWithdrawStaffArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnershipResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership'], FederationReferenceType extends FederationReferenceTypes['Partnership'] = FederationReferenceTypes['Partnership']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partnership']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actionPlan?: Resolver<Array<ResolversTypes['ActionPlanItem']>, ParentType, ContextType>;
  documentsProvided?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['PartnershipProgress'], ParentType, ContextType>;
  regionCommitmentFigures?: Resolver<ResolversTypes['CommitmentFigures'], ParentType, ContextType>;
  regionCommitmentFollowUps?: Resolver<Array<ResolversTypes['RegionCommitmentFollowUp']>, ParentType, ContextType>;
  regionCommitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  trainingSessions?: Resolver<Maybe<ResolversTypes['TrainingSessionConnection']>, ParentType, ContextType, Partial<PartnershipTrainingSessionsArgs>>;
}>;

export type PartnershipProgressResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['PartnershipProgress'] = ResolversParentTypes['PartnershipProgress']> = ResolversObject<{
  actionPlanDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actionPlanTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ministryCommitmentsDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ministryCommitmentsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percentComplete?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  regionCommitmentsDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regionCommitmentsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProcedureResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['Procedure'] = ResolversParentTypes['Procedure'], FederationReferenceType extends FederationReferenceTypes['Procedure'] = FederationReferenceTypes['Procedure']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Procedure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  citizenNeed?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  costMad?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  digitisation?: Resolver<ResolversTypes['DigitisationStatus'], ParentType, ContextType>;
  digitisationHistory?: Resolver<Array<ResolversTypes['ProcedureDigitisationEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  processingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  requiredDocuments?: Resolver<Array<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProcedureConnectionResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['ProcedureConnection'] = ResolversParentTypes['ProcedureConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProcedureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProcedureDigitisationEntryResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['ProcedureDigitisationEntry'] = ResolversParentTypes['ProcedureDigitisationEntry']> = ResolversObject<{
  digitisation?: Resolver<ResolversTypes['DigitisationStatus'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  previousDigitisation?: Resolver<ResolversTypes['DigitisationStatus'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProcedureEdgeResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['ProcedureEdge'] = ResolversParentTypes['ProcedureEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Procedure'], ParentType, ContextType>;
}>;

export type ProcedureStatisticsResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['ProcedureStatistics'] = ResolversParentTypes['ProcedureStatistics']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['ProcedureStatisticsGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ProcedureStatisticsGroup'], ParentType, ContextType>;
}>;

export type ProcedureStatisticsGroupResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['ProcedureStatisticsGroup'] = ResolversParentTypes['ProcedureStatisticsGroup']> = ResolversObject<{
  digitisation?: Resolver<Maybe<ResolversTypes['DigitisationStatus']>, ParentType, ContextType>;
  digitisationRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paper?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  procedures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
}>;

export type ProgrammeResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme'], FederationReferenceType extends FederationReferenceTypes['Programme'] = FederationReferenceTypes['Programme']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Programme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  trainingSessions?: Resolver<ResolversTypes['TrainingSessionConnection'], ParentType, ContextType, Partial<ProgrammeTrainingSessionsArgs>>;
}>;

export type QueryResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, Partial<QueryDocumentsArgs>>;
  enrollments?: Resolver<Maybe<ResolversTypes['EnrollmentConnection']>, ParentType, ContextType, Partial<QueryEnrollmentsArgs>>;
  procedure?: Resolver<Maybe<ResolversTypes['Procedure']>, ParentType, ContextType, RequireFields<QueryProcedureArgs, 'id'>>;
  procedureStatistics?: Resolver<ResolversTypes['ProcedureStatistics'], ParentType, ContextType, RequireFields<QueryProcedureStatisticsArgs, 'groupBy'>>;
  procedures?: Resolver<ResolversTypes['ProcedureConnection'], ParentType, ContextType, Partial<QueryProceduresArgs>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regionAuditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, Partial<QueryRegionAuditLogArgs>>;
  regionCommitmentFollowUp?: Resolver<Maybe<ResolversTypes['RegionCommitmentFollowUp']>, ParentType, ContextType, RequireFields<QueryRegionCommitmentFollowUpArgs, 'commitmentId'>>;
  regions?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, Partial<QueryRegionsArgs>>;
  staffFacets?: Resolver<Maybe<ResolversTypes['StaffFacets']>, ParentType, ContextType, Partial<QueryStaffFacetsArgs>>;
  staffMember?: Resolver<Maybe<ResolversTypes['StaffMember']>, ParentType, ContextType, RequireFields<QueryStaffMemberArgs, 'id'>>;
  staffMembers?: Resolver<Maybe<ResolversTypes['StaffMemberConnection']>, ParentType, ContextType, Partial<QueryStaffMembersArgs>>;
  staffTrainingCoverage?: Resolver<Maybe<ResolversTypes['StaffCoverage']>, ParentType, ContextType, RequireFields<QueryStaffTrainingCoverageArgs, 'groupBy'>>;
  trainingSession?: Resolver<Maybe<ResolversTypes['TrainingSession']>, ParentType, ContextType, RequireFields<QueryTrainingSessionArgs, 'id'>>;
  trainingSessions?: Resolver<Maybe<ResolversTypes['TrainingSessionConnection']>, ParentType, ContextType, Partial<QueryTrainingSessionsArgs>>;
  trainingStatistics?: Resolver<Maybe<ResolversTypes['TrainingStatistics']>, ParentType, ContextType, RequireFields<QueryTrainingStatisticsArgs, 'groupBy'>>;
}>;

export type RegionResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, Partial<RegionDocumentsArgs>>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  procedures?: Resolver<ResolversTypes['ProcedureConnection'], ParentType, ContextType, Partial<RegionProceduresArgs>>;
  staffMembers?: Resolver<ResolversTypes['StaffMemberConnection'], ParentType, ContextType, Partial<RegionStaffMembersArgs>>;
  trainingSessions?: Resolver<ResolversTypes['TrainingSessionConnection'], ParentType, ContextType, Partial<RegionTrainingSessionsArgs>>;
}>;

export type RegionCommitmentFollowUpResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['RegionCommitmentFollowUp'] = ResolversParentTypes['RegionCommitmentFollowUp']> = ResolversObject<{
  commitment?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['RegionProgressEntry']>>, ParentType, ContextType>;
  partnership?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegionConnectionResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegionEdgeResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type RegionProgressEntryResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['RegionProgressEntry'] = ResolversParentTypes['RegionProgressEntry']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  previousStatus?: Resolver<ResolversTypes['CommitmentStatus'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommitmentStatus'], ParentType, ContextType>;
}>;

export type StaffContactResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['StaffContact'] = ResolversParentTypes['StaffContact']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type StaffCoverageResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['StaffCoverage'] = ResolversParentTypes['StaffCoverage']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['StaffCoverageGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['StaffCoverageGroup'], ParentType, ContextType>;
}>;

export type StaffCoverageGroupResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['StaffCoverageGroup'] = ResolversParentTypes['StaffCoverageGroup']> = ResolversObject<{
  corps?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  staff?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trained?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StaffFacetsResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['StaffFacets'] = ResolversParentTypes['StaffFacets']> = ResolversObject<{
  corps?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  grades?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
}>;

export type StaffMemberResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['StaffMember'] = ResolversParentTypes['StaffMember'], FederationReferenceType extends FederationReferenceTypes['StaffMember'] = FederationReferenceTypes['StaffMember']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['StaffMember']> | FederationReferenceType, FederationReferenceType, ContextType>;
  competencies?: Resolver<Maybe<Array<ResolversTypes['Theme']>>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['StaffContact']>, ParentType, ContextType>;
  corps?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enrollments?: Resolver<Maybe<ResolversTypes['EnrollmentConnection']>, ParentType, ContextType, Partial<StaffMemberEnrollmentsArgs>>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  scale?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type StaffMemberConnectionResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['StaffMemberConnection'] = ResolversParentTypes['StaffMemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StaffMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StaffMemberEdgeResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['StaffMemberEdge'] = ResolversParentTypes['StaffMemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StaffMember'], ParentType, ContextType>;
}>;

export type TrainingSessionResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['TrainingSession'] = ResolversParentTypes['TrainingSession'], FederationReferenceType extends FederationReferenceTypes['TrainingSession'] = FederationReferenceTypes['TrainingSession']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TrainingSession']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  enrollments?: Resolver<ResolversTypes['EnrollmentConnection'], ParentType, ContextType, Partial<TrainingSessionEnrollmentsArgs>>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrainingSessionStatus'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  trainer?: Resolver<Maybe<ResolversTypes['Expert']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrainingSessionConnectionResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['TrainingSessionConnection'] = ResolversParentTypes['TrainingSessionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TrainingSessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrainingSessionEdgeResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['TrainingSessionEdge'] = ResolversParentTypes['TrainingSessionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingSession'], ParentType, ContextType>;
}>;

export type TrainingStatisticsResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['TrainingStatistics'] = ResolversParentTypes['TrainingStatistics']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['TrainingStatisticsGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['TrainingStatisticsGroup'], ParentType, ContextType>;
}>;

export type TrainingStatisticsGroupResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['TrainingStatisticsGroup'] = ResolversParentTypes['TrainingStatisticsGroup']> = ResolversObject<{
  attendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageEvaluation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  corps?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  placesOffered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  placesTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  quarter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staffTrained?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['TrainingSessionStatus']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
  trainer?: Resolver<Maybe<ResolversTypes['Expert']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type WithdrawStaffPayloadResolvers<ContextType = RegionContext, ParentType extends ResolversParentTypes['WithdrawStaffPayload'] = ResolversParentTypes['WithdrawStaffPayload']> = ResolversObject<{
  staffMember?: Resolver<ResolversTypes['StaffMember'], ParentType, ContextType>;
  trainingSession?: Resolver<ResolversTypes['TrainingSession'], ParentType, ContextType>;
  withdrawnEnrollmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RegionContext> = ResolversObject<{
  ActionPlanItem?: ActionPlanItemResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Commitment?: CommitmentResolvers<ContextType>;
  CommitmentFigures?: CommitmentFiguresResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  DocumentFile?: DocumentFileResolvers<ContextType>;
  Enrollment?: EnrollmentResolvers<ContextType>;
  EnrollmentConnection?: EnrollmentConnectionResolvers<ContextType>;
  EnrollmentEdge?: EnrollmentEdgeResolvers<ContextType>;
  Expert?: ExpertResolvers<ContextType>;
  FacetValue?: FacetValueResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalDate?: GraphQLScalarType;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  PartnershipProgress?: PartnershipProgressResolvers<ContextType>;
  Procedure?: ProcedureResolvers<ContextType>;
  ProcedureConnection?: ProcedureConnectionResolvers<ContextType>;
  ProcedureDigitisationEntry?: ProcedureDigitisationEntryResolvers<ContextType>;
  ProcedureEdge?: ProcedureEdgeResolvers<ContextType>;
  ProcedureStatistics?: ProcedureStatisticsResolvers<ContextType>;
  ProcedureStatisticsGroup?: ProcedureStatisticsGroupResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionCommitmentFollowUp?: RegionCommitmentFollowUpResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  RegionProgressEntry?: RegionProgressEntryResolvers<ContextType>;
  StaffContact?: StaffContactResolvers<ContextType>;
  StaffCoverage?: StaffCoverageResolvers<ContextType>;
  StaffCoverageGroup?: StaffCoverageGroupResolvers<ContextType>;
  StaffFacets?: StaffFacetsResolvers<ContextType>;
  StaffMember?: StaffMemberResolvers<ContextType>;
  StaffMemberConnection?: StaffMemberConnectionResolvers<ContextType>;
  StaffMemberEdge?: StaffMemberEdgeResolvers<ContextType>;
  TrainingSession?: TrainingSessionResolvers<ContextType>;
  TrainingSessionConnection?: TrainingSessionConnectionResolvers<ContextType>;
  TrainingSessionEdge?: TrainingSessionEdgeResolvers<ContextType>;
  TrainingStatistics?: TrainingStatisticsResolvers<ContextType>;
  TrainingStatisticsGroup?: TrainingStatisticsGroupResolvers<ContextType>;
  WithdrawStaffPayload?: WithdrawStaffPayloadResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = RegionContext> = ResolversObject<{
  allow?: AllowDirectiveResolver<any, any, ContextType>;
  personalData?: PersonalDataDirectiveResolver<any, any, ContextType>;
}>;
