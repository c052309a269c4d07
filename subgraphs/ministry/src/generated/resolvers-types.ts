import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditEntryMapper, AuditEntryConnectionMapper } from '../modules/audit/schema.mappers.js';
import type { BestPracticeMapper, BestPracticeConnectionMapper, BestPracticeAdoptionMapper, AdoptionStatisticsGroupMapper, AdoptionStatisticsMapper, PracticeApplicationStatisticsGroupMapper, PracticeApplicationStatisticsMapper } from '../modules/best-practice/schema.mappers.js';
import type { ExpertMapper, ExpertConnectionMapper, ExpertAssignmentMapper, ExpertAssignmentConnectionMapper, ExpertiseStatisticsGroupMapper, ExpertiseStatisticsMapper, ExpertBookingMapper } from '../modules/expert/schema.mappers.js';
import type { CommitmentMapper, MinistryCommitmentFollowUpMapper, MinistryCommitmentProgressEntryMapper } from '../modules/ministry-commitment/schema.mappers.js';
import type { PartnershipMapper, PartnershipConnectionMapper, SignatoryMapper } from '../modules/partnership/schema.mappers.js';
import type { ProcedureMapper } from '../modules/procedure/schema.mappers.js';
import type { ProgrammeMapper, ProgrammeConnectionMapper } from '../modules/programme/schema.mappers.js';
import type { RegionMapper } from '../modules/region/schema.mappers.js';
import type { MinistryContext } from '../context.js';
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

export type AddExpertInput = {
  /** Up to 2000 characters. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** 1–200 characters. */
  fullName: Scalars['String']['input'];
  /** At least one ISO 639 code (2–3 letters, e.g. fr, ar, zgh), each once; stored lower case. */
  languages: Array<Scalars['String']['input']>;
  /** 1–200 characters. */
  organisation: Scalars['String']['input'];
  /** At least one theme, each once. */
  specialties: Array<Theme>;
};

export type AddMinistryCommitmentInput = {
  /** 1 to 1000 characters each. */
  description: LocalizedTextInput;
  /** Not before the convention was signed. */
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  partnershipId: Scalars['ID']['input'];
};

export type AdoptionStatistics = {
  __typename?: 'AdoptionStatistics';
  groups: Array<AdoptionStatisticsGroup>;
  totals: AdoptionStatisticsGroup;
};

export type AdoptionStatisticsDimension =
  /** The adopting region. */
  | 'REGION'
  /** The practice's theme. */
  | 'THEME';

/** Best-practice adoptions of a group, and how many distinct practices they are. */
export type AdoptionStatisticsGroup = {
  __typename?: 'AdoptionStatisticsGroup';
  adoptions: Scalars['Int']['output'];
  practices: Scalars['Int']['output'];
  region: Maybe<Region>;
  theme: Maybe<Theme>;
};

export type AssignExpertInput = {
  /**
   * On or after startsOn, at most 5 years later; omit for a mission with no set end yet. The
   * expert must have no other mission in the same region overlapping [startsOn, endsOn].
   */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  expertId: Scalars['ID']['input'];
  /** French 1–500 characters; Arabic optional. */
  mission: LocalizedTextInput;
  /** MA-01..MA-12. */
  regionCode: Scalars['ID']['input'];
  /** Between 2000-01-01 and 2099-12-31. */
  startsOn: Scalars['LocalDate']['input'];
  /** One of the expert's specialties. */
  theme: Theme;
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

/** A practice the ministry documents so that other administrations can reuse it. */
export type BestPractice = {
  __typename?: 'BestPractice';
  /** Regions that adopted it, earliest first. */
  adoptions: Array<BestPracticeAdoption>;
  id: Scalars['ID']['output'];
  /** Where the practice was first tried, e.g. a ministry department or a pilot region. */
  origin: Scalars['String']['output'];
  /** What it achieved where it was tried. */
  outcomes: Maybe<Scalars['String']['output']>;
  /** The programme it came out of, if any. */
  programme: Maybe<Programme>;
  publishedOn: Scalars['LocalDate']['output'];
  summary: LocalizedText;
  theme: Theme;
  title: LocalizedText;
};

export type BestPracticeAdoption = {
  __typename?: 'BestPracticeAdoption';
  adoptedOn: Scalars['LocalDate']['output'];
  bestPractice: BestPractice;
  id: Scalars['ID']['output'];
  notes: Maybe<Scalars['String']['output']>;
  region: Region;
};

export type BestPracticeConnection = {
  __typename?: 'BestPracticeConnection';
  edges: Array<BestPracticeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BestPracticeEdge = {
  __typename?: 'BestPracticeEdge';
  cursor: Scalars['String']['output'];
  node: BestPractice;
};

export type BestPracticeFilter = {
  /** Practices adopted by this region, e.g. MA-01. */
  adoptedByRegionCode?: InputMaybe<Scalars['ID']['input']>;
  /** A Programme id (UUID). */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Published on or after this date. */
  publishedFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Published on or before this date. */
  publishedTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Case-insensitive match on the French or Arabic title. */
  search?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Theme>;
};

export type BookExpertInput = {
  endsOn: Scalars['LocalDate']['input'];
  expertId: Scalars['ID']['input'];
  regionCode: Scalars['ID']['input'];
  /** The region's TrainingSession id: booking it again moves the booking (a rescheduled session). */
  sessionId: Scalars['ID']['input'];
  startsOn: Scalars['LocalDate']['input'];
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

export type CreateProgrammeInput = {
  /** Unique, letters, digits and dashes, e.g. PRG-RH-2018 (stored upper case). */
  code: Scalars['String']['input'];
  /** On or after startsOn; omit or null while the programme has no set end. */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 1 to 20 objectives, each up to 500 characters. */
  objectives: Array<LocalizedTextInput>;
  /** Regions to enrol now, MA-01..MA-12, each once. */
  regionCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Between 2000-01-01 and 2099-12-31. */
  startsOn: Scalars['LocalDate']['input'];
  theme: Theme;
  /** French 1–200 characters; Arabic optional. */
  title: LocalizedTextInput;
};

export type EndExpertAssignmentInput = {
  /** On or after the mission's start, at most 5 years later, not running into another mission of the expert in the region. */
  endsOn: Scalars['LocalDate']['input'];
  /** The version you read; refused (CONFLICT) if the assignment changed since. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** An expert the ministry provides to train and accompany regional officials. */
export type Expert = {
  __typename?: 'Expert';
  /** Missions with regions, most recent first. */
  assignments: ExpertAssignmentConnection;
  bio: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** ISO 639 codes, lower case, e.g. fr, ar, en, zgh. */
  languages: Array<Scalars['String']['output']>;
  organisation: Scalars['String']['output'];
  specialties: Array<Theme>;
  /** Increases with every change; pass it as `expectedVersion` to updateExpert. */
  version: Scalars['Int']['output'];
};


/** An expert the ministry provides to train and accompany regional officials. */
export type ExpertAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertAssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An expert's mission with one region over a period. */
export type ExpertAssignment = {
  __typename?: 'ExpertAssignment';
  /** Null while the mission has no set end. */
  endsOn: Maybe<Scalars['LocalDate']['output']>;
  expert: Expert;
  id: Scalars['ID']['output'];
  mission: LocalizedText;
  region: Region;
  startsOn: Scalars['LocalDate']['output'];
  theme: Theme;
  /** Increases with every change; pass it as `expectedVersion` to endExpertAssignment. */
  version: Scalars['Int']['output'];
};

export type ExpertAssignmentConnection = {
  __typename?: 'ExpertAssignmentConnection';
  edges: Array<ExpertAssignmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExpertAssignmentEdge = {
  __typename?: 'ExpertAssignmentEdge';
  cursor: Scalars['String']['output'];
  node: ExpertAssignment;
};

export type ExpertAssignmentFilter = {
  /** With activeTo: missions running at some point in [activeFrom, activeTo]; either bound may be omitted. */
  activeFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  activeTo?: InputMaybe<Scalars['LocalDate']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  theme?: InputMaybe<Theme>;
};

/** The days one training session holds its trainer. */
export type ExpertBooking = {
  __typename?: 'ExpertBooking';
  endsOn: Scalars['LocalDate']['output'];
  expertId: Scalars['ID']['output'];
  regionCode: Scalars['ID']['output'];
  sessionId: Scalars['ID']['output'];
  startsOn: Scalars['LocalDate']['output'];
};

export type ExpertConnection = {
  __typename?: 'ExpertConnection';
  edges: Array<ExpertEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ExpertEdge = {
  __typename?: 'ExpertEdge';
  cursor: Scalars['String']['output'];
  node: Expert;
};

export type ExpertFilter = {
  /** ISO 639 code, e.g. ar (case-insensitive). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Experts assigned (at any time) to this region, e.g. MA-01. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive match on the name or the organisation. */
  search?: InputMaybe<Scalars['String']['input']>;
  specialty?: InputMaybe<Theme>;
};

export type ExpertiseStatistics = {
  __typename?: 'ExpertiseStatistics';
  groups: Array<ExpertiseStatisticsGroup>;
  totals: ExpertiseStatisticsGroup;
};

export type ExpertiseStatisticsDimension =
  | 'EXPERT'
  | 'REGION'
  /** The mission's theme (the expert's specialty it draws on). */
  | 'THEME';

export type ExpertiseStatisticsFilter = {
  /** Missions (and their days) from this date on. */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Missions (and their days) up to this date. */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Missions in the period, the experts on them and their expert-days (days within the period). */
export type ExpertiseStatisticsGroup = {
  __typename?: 'ExpertiseStatisticsGroup';
  expert: Maybe<Expert>;
  expertDays: Scalars['Int']['output'];
  experts: Scalars['Int']['output'];
  missions: Scalars['Int']['output'];
  region: Maybe<Region>;
  theme: Maybe<Theme>;
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

/**
 * The ministry's follow-up of one of its commitments: the commitment, the version to quote when
 * updating its status, and how its status evolved.
 */
export type MinistryCommitmentFollowUp = {
  __typename?: 'MinistryCommitmentFollowUp';
  commitment: Commitment;
  /** Dated status updates, oldest first. */
  history: Array<MinistryCommitmentProgressEntry>;
  /** The convention the commitment belongs to (the region subgraph adds its `progress`). */
  partnership: Partnership;
  /** Increases with every status update; pass it as `expectedVersion` to updateMinistryCommitmentStatus. */
  version: Scalars['Int']['output'];
};

/** One dated status update of a ministry commitment. */
export type MinistryCommitmentProgressEntry = {
  __typename?: 'MinistryCommitmentProgressEntry';
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** The day the progress happened, as reported (may precede recordedAt). */
  on: Scalars['LocalDate']['output'];
  /** The status before this update. */
  previousStatus: CommitmentStatus;
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it (the actor of the request). */
  recordedBy: Scalars['String']['output'];
  status: CommitmentStatus;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an expert. A retry with the same idempotencyKey returns the first call's expert. */
  addExpert: Expert;
  /**
   * Adds a commitment of the ministry at the end of a convention's list, PLANNED. A retry with
   * the same idempotencyKey returns the first result.
   */
  addMinistryCommitment: MinistryCommitmentFollowUp;
  /** Assigns an expert to a region for a mission and period. Retry-safe with idempotencyKey. */
  assignExpert: ExpertAssignment;
  /** Books (or moves) a session's days in the expert's calendar; an overlap with another session is a CONFLICT. */
  bookExpert: ExpertBooking;
  /**
   * Creates a programme. A retry with the same idempotencyKey returns the programme the first
   * call created instead of creating another.
   */
  createProgramme: Programme;
  /** Sets or moves the end date of a mission. */
  endExpertAssignment: ExpertAssignment;
  /** Publishes a best practice. A retry with the same idempotencyKey returns the first call's practice. */
  publishBestPractice: BestPractice;
  /** Records that a region adopted a practice. Retry-safe with idempotencyKey. */
  recordBestPracticeAdoption: BestPracticeAdoption;
  /**
   * Registers a convention the ministry signed with a regional council, with its signatories,
   * objectives and the ministry's commitments; the region then adds its own side (region
   * commitments, action plan) through the region subgraph. A retry with the same idempotencyKey
   * returns the first result.
   */
  registerPartnership: Partnership;
  /** Frees the days a session held (cancelled, trainer removed); true if it held any. */
  releaseExpertBooking: Scalars['Boolean']['output'];
  updateExpert: Expert;
  /**
   * Changes the status of a ministry commitment and appends a dated entry to its history. Read
   * `partnership { progress }` in the answer to see the convention's progress recomputed.
   */
  updateMinistryCommitmentStatus: MinistryCommitmentFollowUp;
  /** Changes a programme, including which regions are enrolled. */
  updateProgramme: Programme;
};


export type MutationAddExpertArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AddExpertInput;
};


export type MutationAddMinistryCommitmentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AddMinistryCommitmentInput;
};


export type MutationAssignExpertArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AssignExpertInput;
};


export type MutationBookExpertArgs = {
  input: BookExpertInput;
};


export type MutationCreateProgrammeArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateProgrammeInput;
};


export type MutationEndExpertAssignmentArgs = {
  input: EndExpertAssignmentInput;
};


export type MutationPublishBestPracticeArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: PublishBestPracticeInput;
};


export type MutationRecordBestPracticeAdoptionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordBestPracticeAdoptionInput;
};


export type MutationRegisterPartnershipArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RegisterPartnershipInput;
};


export type MutationReleaseExpertBookingArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationUpdateExpertArgs = {
  input: UpdateExpertInput;
};


export type MutationUpdateMinistryCommitmentStatusArgs = {
  input: UpdateMinistryCommitmentStatusInput;
};


export type MutationUpdateProgrammeArgs = {
  input: UpdateProgrammeInput;
};

/** A commitment as the convention states it; it starts PLANNED (its status then moves with the update mutations). */
export type NewCommitmentInput = {
  /** 1 to 1000 characters each. */
  description: LocalizedTextInput;
  /** Not before the convention was signed. */
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/**
 * A framework convention between one regional council and the ministry, e.g. the April 2018
 * Tangier convention with the Tanger-Tétouan-Al Hoceïma council.
 */
export type Partnership = {
  __typename?: 'Partnership';
  id: Scalars['ID']['output'];
  /** Where the ministry's commitments stand: done, in progress, late (computed in the database). */
  ministryCommitmentFigures: CommitmentFigures;
  /** The ministry's commitments with their versions and progress history, in the order of the agreement. */
  ministryCommitmentFollowUps: Array<MinistryCommitmentFollowUp>;
  /** What the ministry undertook, in the order of the agreement. */
  ministryCommitments: Array<Commitment>;
  objectives: Array<LocalizedText>;
  /** The partner region (the region subgraph resolves its name). */
  region: Region;
  /** The offices that signed, region first. */
  signatories: Array<Signatory>;
  /**
   * Place of signature, e.g. "Tanger".
   * @deprecated a place, not a time: use signingPlace
   */
  signedAt: Scalars['String']['output'];
  /**
   * Month of signature, `YYYY-MM`: the source gives the month only.
   * @deprecated use signedMonth (or signedOn for the day, when known)
   */
  signedIn: Scalars['String']['output'];
  /** Month of signature, `YYYY-MM`. */
  signedMonth: Scalars['String']['output'];
  /** Day of signature, when the source gives it; null when only the month is known (see signedMonth). */
  signedOn: Maybe<Scalars['LocalDate']['output']>;
  /** Where it was signed, e.g. "Tanger". */
  signingPlace: Scalars['String']['output'];
  summary: Maybe<LocalizedText>;
  title: LocalizedText;
};

export type PartnershipConnection = {
  __typename?: 'PartnershipConnection';
  edges: Array<PartnershipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipEdge = {
  __typename?: 'PartnershipEdge';
  cursor: Scalars['String']['output'];
  node: Partnership;
};

export type PartnershipFilter = {
  /** Region code, e.g. MA-01. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive match on the French or Arabic title. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type PracticeApplicationStatistics = {
  __typename?: 'PracticeApplicationStatistics';
  groups: Array<PracticeApplicationStatisticsGroup>;
  totals: PracticeApplicationStatisticsGroup;
};

export type PracticeApplicationStatisticsDimension =
  /** The practice itself. */
  | 'PRACTICE'
  /** The region of the procedure that applies the practice. */
  | 'REGION'
  /** The practice's theme. */
  | 'THEME';

export type PracticeApplicationStatisticsFilter = {
  /** Only procedures of this region. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** Practices applied in the regions' procedures, for one group. */
export type PracticeApplicationStatisticsGroup = {
  __typename?: 'PracticeApplicationStatisticsGroup';
  /** Links of a procedure to a practice it applies. */
  applications: Scalars['Int']['output'];
  practice: Maybe<BestPractice>;
  /** Distinct practices applied. */
  practices: Scalars['Int']['output'];
  /** Distinct procedures that apply at least one practice. */
  procedures: Scalars['Int']['output'];
  region: Maybe<Region>;
  theme: Maybe<Theme>;
};

/** An administrative procedure of a council, owned by the region subgraph. */
export type Procedure = {
  __typename?: 'Procedure';
  id: Scalars['ID']['output'];
  /** Best practices the procedure applies, by title. */
  practicesApplied: Array<BestPractice>;
};

/** A ministry programme that regions enrol in, e.g. PRG-RH-2018 on HR management. */
export type Programme = {
  __typename?: 'Programme';
  /** Practices that came out of the programme, most recently published first. */
  bestPractices: BestPracticeConnection;
  /** Unique code, e.g. PRG-RH-2018. */
  code: Scalars['String']['output'];
  /** Null while the programme has no set end. */
  endsOn: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  objectives: Array<LocalizedText>;
  /** Enrolled regions, by code (the region subgraph resolves their names). */
  regions: Array<Region>;
  startsOn: Scalars['LocalDate']['output'];
  theme: Theme;
  title: LocalizedText;
  /** Increases with every change; pass it as `expectedVersion` to updateProgramme. */
  version: Scalars['Int']['output'];
};


/** A ministry programme that regions enrol in, e.g. PRG-RH-2018 on HR management. */
export type ProgrammeBestPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BestPracticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  edges: Array<ProgrammeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgrammeEdge = {
  __typename?: 'ProgrammeEdge';
  cursor: Scalars['String']['output'];
  node: Programme;
};

export type ProgrammeFilter = {
  /** With activeTo: programmes running at some point in [activeFrom, activeTo]; either bound may be omitted. */
  activeFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  activeTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Programmes a region is enrolled in, e.g. MA-01. */
  regionCode?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive match on the code or the French or Arabic title. */
  search?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Theme>;
};

export type PublishBestPracticeInput = {
  /** Where it was first tried, 1–200 characters. */
  origin: Scalars['String']['input'];
  /** Up to 2000 characters. */
  outcomes?: InputMaybe<Scalars['String']['input']>;
  /** The Programme it came out of (UUID); the practice cannot be published before the programme started. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to today; not in the future. */
  publishedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** French 1–2000 characters; Arabic optional. */
  summary: LocalizedTextInput;
  theme: Theme;
  /** French 1–200 characters; Arabic optional. */
  title: LocalizedTextInput;
};

export type Query = {
  __typename?: 'Query';
  /** Best-practice adoptions by region and theme, computed in the database. */
  adoptionStatistics: AdoptionStatistics;
  bestPractice: Maybe<BestPractice>;
  /** Most recently published first. */
  bestPractices: BestPracticeConnection;
  expert: Maybe<Expert>;
  /** Expert-days of missions by region, theme or expert, computed in the database. */
  expertiseStatistics: Maybe<ExpertiseStatistics>;
  /** Ordered by name, then id. */
  experts: Maybe<ExpertConnection>;
  /** Every change made through the ministry subgraph's mutations, newest first. */
  ministryAuditLog: Maybe<AuditEntryConnection>;
  /** A ministry commitment's follow-up by the commitment id; null if unknown. */
  ministryCommitmentFollowUp: Maybe<MinistryCommitmentFollowUp>;
  partnership: Maybe<Partnership>;
  /** Most recently signed first. */
  partnerships: PartnershipConnection;
  /** Best practices applied in the regions' procedures, by region, theme and practice, computed in the database. */
  practiceApplicationStatistics: PracticeApplicationStatistics;
  programme: Maybe<Programme>;
  /** Ordered by start date, then id. */
  programmes: ProgrammeConnection;
};


export type QueryAdoptionStatisticsArgs = {
  groupBy?: InputMaybe<Array<AdoptionStatisticsDimension>>;
};


export type QueryBestPracticeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBestPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BestPracticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExpertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExpertiseStatisticsArgs = {
  filter?: InputMaybe<ExpertiseStatisticsFilter>;
  groupBy?: InputMaybe<Array<ExpertiseStatisticsDimension>>;
};


export type QueryExpertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMinistryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMinistryCommitmentFollowUpArgs = {
  commitmentId: Scalars['ID']['input'];
};


export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnershipFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPracticeApplicationStatisticsArgs = {
  filter?: InputMaybe<PracticeApplicationStatisticsFilter>;
  groupBy?: InputMaybe<Array<PracticeApplicationStatisticsDimension>>;
};


export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgrammeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordBestPracticeAdoptionInput = {
  /** On or after the practice's publication, not in the future. */
  adoptedOn: Scalars['LocalDate']['input'];
  bestPracticeId: Scalars['ID']['input'];
  /** Up to 2000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** MA-01..MA-12; a region adopts a given practice once. */
  regionCode: Scalars['ID']['input'];
};

/**
 * A region, owned by the region subgraph (code, name); the ministry adds what it knows about the
 * region: programmes it is enrolled in, expert missions, conventions and adopted practices.
 */
export type Region = {
  __typename?: 'Region';
  /** Practices the region adopted, most recently adopted first. */
  adoptedPractices: BestPracticeConnection;
  code: Scalars['ID']['output'];
  /** Expert missions with the region, most recent first. */
  expertAssignments: ExpertAssignmentConnection;
  name: LocalizedText;
  /** The region's most recent convention with the ministry; null if none. */
  partnership: Maybe<Partnership>;
  /** All the region's conventions, most recent first. */
  partnerships: Array<Partnership>;
  /** Programmes the region is enrolled in, in enrolment order. */
  programmes: ProgrammeConnection;
};


/**
 * A region, owned by the region subgraph (code, name); the ministry adds what it knows about the
 * region: programmes it is enrolled in, expert missions, conventions and adopted practices.
 */
export type RegionAdoptedPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BestPracticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A region, owned by the region subgraph (code, name); the ministry adds what it knows about the
 * region: programmes it is enrolled in, expert missions, conventions and adopted practices.
 */
export type RegionExpertAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertAssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A region, owned by the region subgraph (code, name); the ministry adds what it knows about the
 * region: programmes it is enrolled in, expert missions, conventions and adopted practices.
 */
export type RegionProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgrammeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RegisterPartnershipInput = {
  /** What the ministry undertakes, in the order of the convention (at most 100). */
  ministryCommitments?: InputMaybe<Array<NewCommitmentInput>>;
  /** At most 50, 1 to 1000 characters each. */
  objectives?: InputMaybe<Array<LocalizedTextInput>>;
  /** The partner region, MA-01 to MA-12. */
  regionCode: Scalars['ID']['input'];
  /** The signatories, at least one per party, in the order of the convention (at most 10). */
  signatories: Array<SignatoryInput>;
  /** `YYYY-MM`: required without signedOn; with it, must be its month. */
  signedMonth?: InputMaybe<Scalars['String']['input']>;
  /** The day of signature, when known; not in the future. */
  signedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Where it was signed, e.g. "Tanger"; 1 to 100 characters. */
  signingPlace: Scalars['String']['input'];
  /** Up to 2000 characters each. */
  summary?: InputMaybe<LocalizedTextInput>;
  /** 1 to 300 characters each; a region has one convention per title and signing date. */
  title: LocalizedTextInput;
};

/** A signatory, recorded by office; `name` is null unless a party publishes it. */
export type Signatory = {
  __typename?: 'Signatory';
  name: Maybe<Scalars['String']['output']>;
  party: SignatoryParty;
  title: LocalizedText;
};

export type SignatoryInput = {
  /** The person, when the party publishes it; 1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  party: SignatoryParty;
  /** The office, e.g. "Président du Conseil de la Région"; 1 to 300 characters each. */
  title: LocalizedTextInput;
};

export type SignatoryParty =
  | 'MINISTRY'
  | 'REGION';

/** The direction of a list's `orderBy`. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** The partnership's fields of action; the same values in every subgraph. */
export type Theme =
  | 'DIGITAL_SKILLS'
  | 'E_ADMINISTRATION'
  | 'HR_MANAGEMENT'
  | 'PROCEDURE_SIMPLIFICATION'
  | 'PUBLIC_ETHICS'
  | 'RECEPTION_QUALITY'
  | 'TRAINING_ENGINEERING';

/** Omitted fields keep their value; give at least one. */
export type UpdateExpertInput = {
  /** null or blank clears it. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; the update is refused (CONFLICT) if the expert changed since. */
  expectedVersion: Scalars['Int']['input'];
  fullName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  organisation?: InputMaybe<Scalars['String']['input']>;
  specialties?: InputMaybe<Array<Theme>>;
};

export type UpdateMinistryCommitmentStatusInput = {
  /** The Commitment's id (a ministry commitment). */
  commitmentId: Scalars['ID']['input'];
  /** The version you read (MinistryCommitmentFollowUp.version); refused (CONFLICT) if it changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** Up to 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The day it happened, today by default: not before the convention was signed nor the previous update, not in the future. */
  on?: InputMaybe<Scalars['LocalDate']['input']>;
  /**
   * The new status. Once started, a commitment does not go back to PLANNED; reopening a DONE or
   * CANCELLED commitment needs a note; keeping the same status records a progress note (note required).
   */
  status: CommitmentStatus;
};

/** Omitted fields keep their value; give at least one. */
export type UpdateProgrammeInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  /** null clears the end (no set end). */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version you read; the update is refused (CONFLICT) if the programme changed since. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  objectives?: InputMaybe<Array<LocalizedTextInput>>;
  /** The complete set of enrolled regions: missing ones are withdrawn, new ones enrolled today. */
  regionCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  theme?: InputMaybe<Theme>;
  title?: InputMaybe<LocalizedTextInput>;
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
  BestPractice: BestPractice;
  Expert: Expert;
  Partnership: Partnership;
  Procedure: Procedure;
  Programme: Programme;
  Region: Region;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  BestPractice:
    ( { __typename: 'BestPractice' }
    & GraphQLRecursivePick<FederationTypes['BestPractice'], {"id":true}> );
  Expert:
    ( { __typename: 'Expert' }
    & GraphQLRecursivePick<FederationTypes['Expert'], {"id":true}> );
  Partnership:
    ( { __typename: 'Partnership' }
    & GraphQLRecursivePick<FederationTypes['Partnership'], {"id":true}> );
  Procedure:
    ( { __typename: 'Procedure' }
    & GraphQLRecursivePick<FederationTypes['Procedure'], {"id":true}> );
  Programme:
    ( { __typename: 'Programme' }
    & GraphQLRecursivePick<FederationTypes['Programme'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddExpertInput: AddExpertInput;
  AddMinistryCommitmentInput: AddMinistryCommitmentInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AdoptionStatistics: ResolverTypeWrapper<AdoptionStatisticsMapper>;
  AdoptionStatisticsDimension: AdoptionStatisticsDimension;
  AdoptionStatisticsGroup: ResolverTypeWrapper<AdoptionStatisticsGroupMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AssignExpertInput: AssignExpertInput;
  AuditEntry: ResolverTypeWrapper<AuditEntryMapper>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnectionMapper>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditLogFilter: AuditLogFilter;
  BestPractice: ResolverTypeWrapper<BestPracticeMapper>;
  BestPracticeAdoption: ResolverTypeWrapper<BestPracticeAdoptionMapper>;
  BestPracticeConnection: ResolverTypeWrapper<BestPracticeConnectionMapper>;
  BestPracticeEdge: ResolverTypeWrapper<Omit<BestPracticeEdge, 'node'> & { node: ResolversTypes['BestPractice'] }>;
  BestPracticeFilter: BestPracticeFilter;
  BookExpertInput: BookExpertInput;
  Commitment: ResolverTypeWrapper<CommitmentMapper>;
  CommitmentFigures: ResolverTypeWrapper<CommitmentFigures>;
  CommitmentParty: CommitmentParty;
  CommitmentStatus: CommitmentStatus;
  CreateProgrammeInput: CreateProgrammeInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EndExpertAssignmentInput: EndExpertAssignmentInput;
  Expert: ResolverTypeWrapper<ExpertMapper>;
  ExpertAssignment: ResolverTypeWrapper<ExpertAssignmentMapper>;
  ExpertAssignmentConnection: ResolverTypeWrapper<ExpertAssignmentConnectionMapper>;
  ExpertAssignmentEdge: ResolverTypeWrapper<Omit<ExpertAssignmentEdge, 'node'> & { node: ResolversTypes['ExpertAssignment'] }>;
  ExpertAssignmentFilter: ExpertAssignmentFilter;
  ExpertBooking: ResolverTypeWrapper<ExpertBookingMapper>;
  ExpertConnection: ResolverTypeWrapper<ExpertConnectionMapper>;
  ExpertEdge: ResolverTypeWrapper<Omit<ExpertEdge, 'node'> & { node: ResolversTypes['Expert'] }>;
  ExpertFilter: ExpertFilter;
  ExpertiseStatistics: ResolverTypeWrapper<ExpertiseStatisticsMapper>;
  ExpertiseStatisticsDimension: ExpertiseStatisticsDimension;
  ExpertiseStatisticsFilter: ExpertiseStatisticsFilter;
  ExpertiseStatisticsGroup: ResolverTypeWrapper<ExpertiseStatisticsGroupMapper>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LocalizedTextInput: LocalizedTextInput;
  MinistryCommitmentFollowUp: ResolverTypeWrapper<MinistryCommitmentFollowUpMapper>;
  MinistryCommitmentProgressEntry: ResolverTypeWrapper<MinistryCommitmentProgressEntryMapper>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  NewCommitmentInput: NewCommitmentInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partnership: ResolverTypeWrapper<PartnershipMapper>;
  PartnershipConnection: ResolverTypeWrapper<PartnershipConnectionMapper>;
  PartnershipEdge: ResolverTypeWrapper<Omit<PartnershipEdge, 'node'> & { node: ResolversTypes['Partnership'] }>;
  PartnershipFilter: PartnershipFilter;
  PracticeApplicationStatistics: ResolverTypeWrapper<PracticeApplicationStatisticsMapper>;
  PracticeApplicationStatisticsDimension: PracticeApplicationStatisticsDimension;
  PracticeApplicationStatisticsFilter: PracticeApplicationStatisticsFilter;
  PracticeApplicationStatisticsGroup: ResolverTypeWrapper<PracticeApplicationStatisticsGroupMapper>;
  Procedure: ResolverTypeWrapper<ProcedureMapper>;
  Programme: ResolverTypeWrapper<ProgrammeMapper>;
  ProgrammeConnection: ResolverTypeWrapper<ProgrammeConnectionMapper>;
  ProgrammeEdge: ResolverTypeWrapper<Omit<ProgrammeEdge, 'node'> & { node: ResolversTypes['Programme'] }>;
  ProgrammeFilter: ProgrammeFilter;
  PublishBestPracticeInput: PublishBestPracticeInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordBestPracticeAdoptionInput: RecordBestPracticeAdoptionInput;
  Region: ResolverTypeWrapper<RegionMapper>;
  RegisterPartnershipInput: RegisterPartnershipInput;
  Signatory: ResolverTypeWrapper<SignatoryMapper>;
  SignatoryInput: SignatoryInput;
  SignatoryParty: SignatoryParty;
  SortDirection: SortDirection;
  Theme: Theme;
  UpdateExpertInput: UpdateExpertInput;
  UpdateMinistryCommitmentStatusInput: UpdateMinistryCommitmentStatusInput;
  UpdateProgrammeInput: UpdateProgrammeInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddExpertInput: AddExpertInput;
  AddMinistryCommitmentInput: AddMinistryCommitmentInput;
  ID: Scalars['ID']['output'];
  AdoptionStatistics: AdoptionStatisticsMapper;
  AdoptionStatisticsGroup: AdoptionStatisticsGroupMapper;
  Int: Scalars['Int']['output'];
  AssignExpertInput: AssignExpertInput;
  AuditEntry: AuditEntryMapper;
  AuditEntryConnection: AuditEntryConnectionMapper;
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditLogFilter: AuditLogFilter;
  BestPractice: BestPracticeMapper;
  BestPracticeAdoption: BestPracticeAdoptionMapper;
  BestPracticeConnection: BestPracticeConnectionMapper;
  BestPracticeEdge: Omit<BestPracticeEdge, 'node'> & { node: ResolversParentTypes['BestPractice'] };
  BestPracticeFilter: BestPracticeFilter;
  BookExpertInput: BookExpertInput;
  Commitment: CommitmentMapper;
  CommitmentFigures: CommitmentFigures;
  CreateProgrammeInput: CreateProgrammeInput;
  DateTime: Scalars['DateTime']['output'];
  EndExpertAssignmentInput: EndExpertAssignmentInput;
  Expert: ExpertMapper;
  ExpertAssignment: ExpertAssignmentMapper;
  ExpertAssignmentConnection: ExpertAssignmentConnectionMapper;
  ExpertAssignmentEdge: Omit<ExpertAssignmentEdge, 'node'> & { node: ResolversParentTypes['ExpertAssignment'] };
  ExpertAssignmentFilter: ExpertAssignmentFilter;
  ExpertBooking: ExpertBookingMapper;
  ExpertConnection: ExpertConnectionMapper;
  ExpertEdge: Omit<ExpertEdge, 'node'> & { node: ResolversParentTypes['Expert'] };
  ExpertFilter: ExpertFilter;
  ExpertiseStatistics: ExpertiseStatisticsMapper;
  ExpertiseStatisticsFilter: ExpertiseStatisticsFilter;
  ExpertiseStatisticsGroup: ExpertiseStatisticsGroupMapper;
  JSON: Scalars['JSON']['output'];
  LocalDate: Scalars['LocalDate']['output'];
  LocalizedText: LocalizedText;
  LocalizedTextInput: LocalizedTextInput;
  MinistryCommitmentFollowUp: MinistryCommitmentFollowUpMapper;
  MinistryCommitmentProgressEntry: MinistryCommitmentProgressEntryMapper;
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  NewCommitmentInput: NewCommitmentInput;
  PageInfo: PageInfo;
  Partnership: PartnershipMapper;
  PartnershipConnection: PartnershipConnectionMapper;
  PartnershipEdge: Omit<PartnershipEdge, 'node'> & { node: ResolversParentTypes['Partnership'] };
  PartnershipFilter: PartnershipFilter;
  PracticeApplicationStatistics: PracticeApplicationStatisticsMapper;
  PracticeApplicationStatisticsFilter: PracticeApplicationStatisticsFilter;
  PracticeApplicationStatisticsGroup: PracticeApplicationStatisticsGroupMapper;
  Procedure: ProcedureMapper;
  Programme: ProgrammeMapper;
  ProgrammeConnection: ProgrammeConnectionMapper;
  ProgrammeEdge: Omit<ProgrammeEdge, 'node'> & { node: ResolversParentTypes['Programme'] };
  ProgrammeFilter: ProgrammeFilter;
  PublishBestPracticeInput: PublishBestPracticeInput;
  Query: Record<PropertyKey, never>;
  RecordBestPracticeAdoptionInput: RecordBestPracticeAdoptionInput;
  Region: RegionMapper;
  RegisterPartnershipInput: RegisterPartnershipInput;
  Signatory: SignatoryMapper;
  SignatoryInput: SignatoryInput;
  UpdateExpertInput: UpdateExpertInput;
  UpdateMinistryCommitmentStatusInput: UpdateMinistryCommitmentStatusInput;
  UpdateProgrammeInput: UpdateProgrammeInput;
  String: Scalars['String']['output'];
}>;

export type AllowDirectiveArgs = {
  roles: Array<Scalars['String']['input']>;
};

export type AllowDirectiveResolver<Result, Parent, ContextType = MinistryContext, Args = AllowDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PersonalDataDirectiveArgs = {
  audit: Scalars['String']['input'];
};

export type PersonalDataDirectiveResolver<Result, Parent, ContextType = MinistryContext, Args = PersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AdoptionStatisticsResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['AdoptionStatistics'] = ResolversParentTypes['AdoptionStatistics']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['AdoptionStatisticsGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['AdoptionStatisticsGroup'], ParentType, ContextType>;
}>;

export type AdoptionStatisticsGroupResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['AdoptionStatisticsGroup'] = ResolversParentTypes['AdoptionStatisticsGroup']> = ResolversObject<{
  adoptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  practices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
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

export type AuditEntryConnectionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type BestPracticeResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['BestPractice'] = ResolversParentTypes['BestPractice'], FederationReferenceType extends FederationReferenceTypes['BestPractice'] = FederationReferenceTypes['BestPractice']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BestPractice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  adoptions?: Resolver<Array<ResolversTypes['BestPracticeAdoption']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcomes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
}>;

export type BestPracticeAdoptionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['BestPracticeAdoption'] = ResolversParentTypes['BestPracticeAdoption']> = ResolversObject<{
  adoptedOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  bestPractice?: Resolver<ResolversTypes['BestPractice'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
}>;

export type BestPracticeConnectionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['BestPracticeConnection'] = ResolversParentTypes['BestPracticeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BestPracticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BestPracticeEdgeResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['BestPracticeEdge'] = ResolversParentTypes['BestPracticeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BestPractice'], ParentType, ContextType>;
}>;

export type CommitmentResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Commitment'] = ResolversParentTypes['Commitment']> = ResolversObject<{
  description?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['CommitmentParty'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommitmentStatus'], ParentType, ContextType>;
}>;

export type CommitmentFiguresResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['CommitmentFigures'] = ResolversParentTypes['CommitmentFigures']> = ResolversObject<{
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

export type ExpertResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Expert'] = ResolversParentTypes['Expert'], FederationReferenceType extends FederationReferenceTypes['Expert'] = FederationReferenceTypes['Expert']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Expert']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<ResolversTypes['ExpertAssignmentConnection'], ParentType, ContextType, Partial<ExpertAssignmentsArgs>>;
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  specialties?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpertAssignmentResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ExpertAssignment'] = ResolversParentTypes['ExpertAssignment']> = ResolversObject<{
  endsOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  expert?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mission?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpertAssignmentConnectionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ExpertAssignmentConnection'] = ResolversParentTypes['ExpertAssignmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExpertAssignmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpertAssignmentEdgeResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ExpertAssignmentEdge'] = ResolversParentTypes['ExpertAssignmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExpertAssignment'], ParentType, ContextType>;
}>;

export type ExpertBookingResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ExpertBooking'] = ResolversParentTypes['ExpertBooking']> = ResolversObject<{
  endsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  expertId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
}>;

export type ExpertConnectionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ExpertConnection'] = ResolversParentTypes['ExpertConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExpertEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpertEdgeResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ExpertEdge'] = ResolversParentTypes['ExpertEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
}>;

export type ExpertiseStatisticsResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ExpertiseStatistics'] = ResolversParentTypes['ExpertiseStatistics']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['ExpertiseStatisticsGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ExpertiseStatisticsGroup'], ParentType, ContextType>;
}>;

export type ExpertiseStatisticsGroupResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ExpertiseStatisticsGroup'] = ResolversParentTypes['ExpertiseStatisticsGroup']> = ResolversObject<{
  expert?: Resolver<Maybe<ResolversTypes['Expert']>, ParentType, ContextType>;
  expertDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  experts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type LocalizedTextResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  ar?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MinistryCommitmentFollowUpResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['MinistryCommitmentFollowUp'] = ResolversParentTypes['MinistryCommitmentFollowUp']> = ResolversObject<{
  commitment?: Resolver<ResolversTypes['Commitment'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['MinistryCommitmentProgressEntry']>, ParentType, ContextType>;
  partnership?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MinistryCommitmentProgressEntryResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['MinistryCommitmentProgressEntry'] = ResolversParentTypes['MinistryCommitmentProgressEntry']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  previousStatus?: Resolver<ResolversTypes['CommitmentStatus'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommitmentStatus'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addExpert?: Resolver<ResolversTypes['Expert'], ParentType, ContextType, RequireFields<MutationAddExpertArgs, 'input'>>;
  addMinistryCommitment?: Resolver<ResolversTypes['MinistryCommitmentFollowUp'], ParentType, ContextType, RequireFields<MutationAddMinistryCommitmentArgs, 'input'>>;
  assignExpert?: Resolver<ResolversTypes['ExpertAssignment'], ParentType, ContextType, RequireFields<MutationAssignExpertArgs, 'input'>>;
  bookExpert?: Resolver<ResolversTypes['ExpertBooking'], ParentType, ContextType, RequireFields<MutationBookExpertArgs, 'input'>>;
  createProgramme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationCreateProgrammeArgs, 'input'>>;
  endExpertAssignment?: Resolver<ResolversTypes['ExpertAssignment'], ParentType, ContextType, RequireFields<MutationEndExpertAssignmentArgs, 'input'>>;
  publishBestPractice?: Resolver<ResolversTypes['BestPractice'], ParentType, ContextType, RequireFields<MutationPublishBestPracticeArgs, 'input'>>;
  recordBestPracticeAdoption?: Resolver<ResolversTypes['BestPracticeAdoption'], ParentType, ContextType, RequireFields<MutationRecordBestPracticeAdoptionArgs, 'input'>>;
  registerPartnership?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType, RequireFields<MutationRegisterPartnershipArgs, 'input'>>;
  releaseExpertBooking?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationReleaseExpertBookingArgs, 'sessionId'>>;
  updateExpert?: Resolver<ResolversTypes['Expert'], ParentType, ContextType, RequireFields<MutationUpdateExpertArgs, 'input'>>;
  updateMinistryCommitmentStatus?: Resolver<ResolversTypes['MinistryCommitmentFollowUp'], ParentType, ContextType, RequireFields<MutationUpdateMinistryCommitmentStatusArgs, 'input'>>;
  updateProgramme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationUpdateProgrammeArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnershipResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership'], FederationReferenceType extends FederationReferenceTypes['Partnership'] = FederationReferenceTypes['Partnership']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partnership']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ministryCommitmentFigures?: Resolver<ResolversTypes['CommitmentFigures'], ParentType, ContextType>;
  ministryCommitmentFollowUps?: Resolver<Array<ResolversTypes['MinistryCommitmentFollowUp']>, ParentType, ContextType>;
  ministryCommitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  signatories?: Resolver<Array<ResolversTypes['Signatory']>, ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedIn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  signingPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
}>;

export type PartnershipConnectionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['PartnershipConnection'] = ResolversParentTypes['PartnershipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipEdgeResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['PartnershipEdge'] = ResolversParentTypes['PartnershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
}>;

export type PracticeApplicationStatisticsResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['PracticeApplicationStatistics'] = ResolversParentTypes['PracticeApplicationStatistics']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['PracticeApplicationStatisticsGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['PracticeApplicationStatisticsGroup'], ParentType, ContextType>;
}>;

export type PracticeApplicationStatisticsGroupResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['PracticeApplicationStatisticsGroup'] = ResolversParentTypes['PracticeApplicationStatisticsGroup']> = ResolversObject<{
  applications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  practice?: Resolver<Maybe<ResolversTypes['BestPractice']>, ParentType, ContextType>;
  practices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  procedures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
}>;

export type ProcedureResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Procedure'] = ResolversParentTypes['Procedure'], FederationReferenceType extends FederationReferenceTypes['Procedure'] = FederationReferenceTypes['Procedure']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Procedure']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  practicesApplied?: Resolver<Array<ResolversTypes['BestPractice']>, ParentType, ContextType>;
}>;

export type ProgrammeResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme'], FederationReferenceType extends FederationReferenceTypes['Programme'] = FederationReferenceTypes['Programme']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Programme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bestPractices?: Resolver<ResolversTypes['BestPracticeConnection'], ParentType, ContextType, Partial<ProgrammeBestPracticesArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProgrammeConnectionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ProgrammeConnection'] = ResolversParentTypes['ProgrammeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProgrammeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProgrammeEdgeResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ProgrammeEdge'] = ResolversParentTypes['ProgrammeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  adoptionStatistics?: Resolver<ResolversTypes['AdoptionStatistics'], ParentType, ContextType, RequireFields<QueryAdoptionStatisticsArgs, 'groupBy'>>;
  bestPractice?: Resolver<Maybe<ResolversTypes['BestPractice']>, ParentType, ContextType, RequireFields<QueryBestPracticeArgs, 'id'>>;
  bestPractices?: Resolver<ResolversTypes['BestPracticeConnection'], ParentType, ContextType, Partial<QueryBestPracticesArgs>>;
  expert?: Resolver<Maybe<ResolversTypes['Expert']>, ParentType, ContextType, RequireFields<QueryExpertArgs, 'id'>>;
  expertiseStatistics?: Resolver<Maybe<ResolversTypes['ExpertiseStatistics']>, ParentType, ContextType, RequireFields<QueryExpertiseStatisticsArgs, 'groupBy'>>;
  experts?: Resolver<Maybe<ResolversTypes['ExpertConnection']>, ParentType, ContextType, Partial<QueryExpertsArgs>>;
  ministryAuditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, Partial<QueryMinistryAuditLogArgs>>;
  ministryCommitmentFollowUp?: Resolver<Maybe<ResolversTypes['MinistryCommitmentFollowUp']>, ParentType, ContextType, RequireFields<QueryMinistryCommitmentFollowUpArgs, 'commitmentId'>>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType, RequireFields<QueryPartnershipArgs, 'id'>>;
  partnerships?: Resolver<ResolversTypes['PartnershipConnection'], ParentType, ContextType, Partial<QueryPartnershipsArgs>>;
  practiceApplicationStatistics?: Resolver<ResolversTypes['PracticeApplicationStatistics'], ParentType, ContextType, RequireFields<QueryPracticeApplicationStatisticsArgs, 'groupBy'>>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType, RequireFields<QueryProgrammeArgs, 'id'>>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, Partial<QueryProgrammesArgs>>;
}>;

export type RegionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  adoptedPractices?: Resolver<ResolversTypes['BestPracticeConnection'], ParentType, ContextType, Partial<RegionAdoptedPracticesArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expertAssignments?: Resolver<ResolversTypes['ExpertAssignmentConnection'], ParentType, ContextType, Partial<RegionExpertAssignmentsArgs>>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType>;
  partnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, Partial<RegionProgrammesArgs>>;
}>;

export type SignatoryResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Signatory'] = ResolversParentTypes['Signatory']> = ResolversObject<{
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  party?: Resolver<ResolversTypes['SignatoryParty'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MinistryContext> = ResolversObject<{
  AdoptionStatistics?: AdoptionStatisticsResolvers<ContextType>;
  AdoptionStatisticsGroup?: AdoptionStatisticsGroupResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  BestPractice?: BestPracticeResolvers<ContextType>;
  BestPracticeAdoption?: BestPracticeAdoptionResolvers<ContextType>;
  BestPracticeConnection?: BestPracticeConnectionResolvers<ContextType>;
  BestPracticeEdge?: BestPracticeEdgeResolvers<ContextType>;
  Commitment?: CommitmentResolvers<ContextType>;
  CommitmentFigures?: CommitmentFiguresResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Expert?: ExpertResolvers<ContextType>;
  ExpertAssignment?: ExpertAssignmentResolvers<ContextType>;
  ExpertAssignmentConnection?: ExpertAssignmentConnectionResolvers<ContextType>;
  ExpertAssignmentEdge?: ExpertAssignmentEdgeResolvers<ContextType>;
  ExpertBooking?: ExpertBookingResolvers<ContextType>;
  ExpertConnection?: ExpertConnectionResolvers<ContextType>;
  ExpertEdge?: ExpertEdgeResolvers<ContextType>;
  ExpertiseStatistics?: ExpertiseStatisticsResolvers<ContextType>;
  ExpertiseStatisticsGroup?: ExpertiseStatisticsGroupResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalDate?: GraphQLScalarType;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  MinistryCommitmentFollowUp?: MinistryCommitmentFollowUpResolvers<ContextType>;
  MinistryCommitmentProgressEntry?: MinistryCommitmentProgressEntryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  PartnershipConnection?: PartnershipConnectionResolvers<ContextType>;
  PartnershipEdge?: PartnershipEdgeResolvers<ContextType>;
  PracticeApplicationStatistics?: PracticeApplicationStatisticsResolvers<ContextType>;
  PracticeApplicationStatisticsGroup?: PracticeApplicationStatisticsGroupResolvers<ContextType>;
  Procedure?: ProcedureResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeConnection?: ProgrammeConnectionResolvers<ContextType>;
  ProgrammeEdge?: ProgrammeEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Signatory?: SignatoryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = MinistryContext> = ResolversObject<{
  allow?: AllowDirectiveResolver<any, any, ContextType>;
  personalData?: PersonalDataDirectiveResolver<any, any, ContextType>;
}>;
