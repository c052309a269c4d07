import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PartnershipRow, PartnershipConnectionModel, SignatoryRow, MinistryCommitmentRow } from '../modules/partnership/store.js';
import type { ProgrammeRow, ProgrammeConnectionModel } from '../modules/programme/store.js';
import type { ExpertRow, ExpertConnectionModel, ExpertAssignmentRow, ExpertAssignmentConnectionModel } from '../modules/expert/store.js';
import type { BestPracticeRow, BestPracticeConnectionModel, BestPracticeAdoptionRow } from '../modules/best-practice/store.js';
import type { RegionRef } from '../modules/region/store.js';
import type { ProcedureRef } from '../modules/procedure/store.js';
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

/** What one party of a partnership undertook to do; stored by the party that owes it. */
export type Commitment = {
  __typename?: 'Commitment';
  description: LocalizedText;
  dueOn: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  party: CommitmentParty;
  status: CommitmentStatus;
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

/** Text a citizen may read, in French and Arabic. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  ar: Maybe<Scalars['String']['output']>;
  fr: Scalars['String']['output'];
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
  /** What the ministry undertook, in the order of the agreement. */
  ministryCommitments: Array<Commitment>;
  objectives: Array<LocalizedText>;
  /** The partner region (the region subgraph resolves its name). */
  region: Region;
  /** The offices that signed, region first. */
  signatories: Array<Signatory>;
  /** Place of signature, e.g. "Tanger". */
  signedAt: Scalars['String']['output'];
  /** Month of signature, `YYYY-MM`: the source gives the month only. */
  signedIn: Scalars['String']['output'];
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

export type Query = {
  __typename?: 'Query';
  bestPractice: Maybe<BestPractice>;
  /** Most recently published first. */
  bestPractices: BestPracticeConnection;
  expert: Maybe<Expert>;
  /** Ordered by name, then id. */
  experts: ExpertConnection;
  partnership: Maybe<Partnership>;
  /** Most recently signed first. */
  partnerships: PartnershipConnection;
  programme: Maybe<Programme>;
  /** Ordered by start date, then id. */
  programmes: ProgrammeConnection;
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


export type QueryExpertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnershipFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgrammeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A signatory, recorded by office; `name` is null unless a party publishes it. */
export type Signatory = {
  __typename?: 'Signatory';
  name: Maybe<Scalars['String']['output']>;
  party: SignatoryParty;
  title: LocalizedText;
};

export type SignatoryParty =
  | 'MINISTRY'
  | 'REGION';

/** The partnership's fields of action; the same values in every subgraph. */
export type Theme =
  | 'DIGITAL_SKILLS'
  | 'E_ADMINISTRATION'
  | 'HR_MANAGEMENT'
  | 'PROCEDURE_SIMPLIFICATION'
  | 'PUBLIC_ETHICS'
  | 'RECEPTION_QUALITY'
  | 'TRAINING_ENGINEERING';

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
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  AuditLogFilter: AuditLogFilter;
  BestPractice: ResolverTypeWrapper<BestPracticeRow>;
  BestPracticeAdoption: ResolverTypeWrapper<BestPracticeAdoptionRow>;
  BestPracticeConnection: ResolverTypeWrapper<BestPracticeConnectionModel>;
  BestPracticeEdge: ResolverTypeWrapper<Omit<BestPracticeEdge, 'node'> & { node: ResolversTypes['BestPractice'] }>;
  BestPracticeFilter: BestPracticeFilter;
  Commitment: ResolverTypeWrapper<MinistryCommitmentRow>;
  CommitmentParty: CommitmentParty;
  CommitmentStatus: CommitmentStatus;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Expert: ResolverTypeWrapper<ExpertRow>;
  ExpertAssignment: ResolverTypeWrapper<ExpertAssignmentRow>;
  ExpertAssignmentConnection: ResolverTypeWrapper<ExpertAssignmentConnectionModel>;
  ExpertAssignmentEdge: ResolverTypeWrapper<Omit<ExpertAssignmentEdge, 'node'> & { node: ResolversTypes['ExpertAssignment'] }>;
  ExpertAssignmentFilter: ExpertAssignmentFilter;
  ExpertConnection: ResolverTypeWrapper<ExpertConnectionModel>;
  ExpertEdge: ResolverTypeWrapper<Omit<ExpertEdge, 'node'> & { node: ResolversTypes['Expert'] }>;
  ExpertFilter: ExpertFilter;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Partnership: ResolverTypeWrapper<PartnershipRow>;
  PartnershipConnection: ResolverTypeWrapper<PartnershipConnectionModel>;
  PartnershipEdge: ResolverTypeWrapper<Omit<PartnershipEdge, 'node'> & { node: ResolversTypes['Partnership'] }>;
  PartnershipFilter: PartnershipFilter;
  Procedure: ResolverTypeWrapper<ProcedureRef>;
  Programme: ResolverTypeWrapper<ProgrammeRow>;
  ProgrammeConnection: ResolverTypeWrapper<ProgrammeConnectionModel>;
  ProgrammeEdge: ResolverTypeWrapper<Omit<ProgrammeEdge, 'node'> & { node: ResolversTypes['Programme'] }>;
  ProgrammeFilter: ProgrammeFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRef>;
  Signatory: ResolverTypeWrapper<SignatoryRow>;
  SignatoryParty: SignatoryParty;
  Theme: Theme;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEntry: AuditEntry;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuditEntryConnection: AuditEntryConnection;
  Int: Scalars['Int']['output'];
  AuditEntryEdge: AuditEntryEdge;
  AuditLogFilter: AuditLogFilter;
  BestPractice: BestPracticeRow;
  BestPracticeAdoption: BestPracticeAdoptionRow;
  BestPracticeConnection: BestPracticeConnectionModel;
  BestPracticeEdge: Omit<BestPracticeEdge, 'node'> & { node: ResolversParentTypes['BestPractice'] };
  BestPracticeFilter: BestPracticeFilter;
  Commitment: MinistryCommitmentRow;
  DateTime: Scalars['DateTime']['output'];
  Expert: ExpertRow;
  ExpertAssignment: ExpertAssignmentRow;
  ExpertAssignmentConnection: ExpertAssignmentConnectionModel;
  ExpertAssignmentEdge: Omit<ExpertAssignmentEdge, 'node'> & { node: ResolversParentTypes['ExpertAssignment'] };
  ExpertAssignmentFilter: ExpertAssignmentFilter;
  ExpertConnection: ExpertConnectionModel;
  ExpertEdge: Omit<ExpertEdge, 'node'> & { node: ResolversParentTypes['Expert'] };
  ExpertFilter: ExpertFilter;
  JSON: Scalars['JSON']['output'];
  LocalDate: Scalars['LocalDate']['output'];
  LocalizedText: LocalizedText;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Partnership: PartnershipRow;
  PartnershipConnection: PartnershipConnectionModel;
  PartnershipEdge: Omit<PartnershipEdge, 'node'> & { node: ResolversParentTypes['Partnership'] };
  PartnershipFilter: PartnershipFilter;
  Procedure: ProcedureRef;
  Programme: ProgrammeRow;
  ProgrammeConnection: ProgrammeConnectionModel;
  ProgrammeEdge: Omit<ProgrammeEdge, 'node'> & { node: ResolversParentTypes['Programme'] };
  ProgrammeFilter: ProgrammeFilter;
  Query: Record<PropertyKey, never>;
  Region: RegionRef;
  Signatory: SignatoryRow;
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
}>;

export type ExpertAssignmentResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ExpertAssignment'] = ResolversParentTypes['ExpertAssignment']> = ResolversObject<{
  endsOn?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  expert?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mission?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
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

export type ExpertConnectionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ExpertConnection'] = ResolversParentTypes['ExpertConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExpertEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpertEdgeResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ExpertEdge'] = ResolversParentTypes['ExpertEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Expert'], ParentType, ContextType>;
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

export type PageInfoResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnershipResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership'], FederationReferenceType extends FederationReferenceTypes['Partnership'] = FederationReferenceTypes['Partnership']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partnership']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ministryCommitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  signatories?: Resolver<Array<ResolversTypes['Signatory']>, ParentType, ContextType>;
  signedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signedIn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  bestPractice?: Resolver<Maybe<ResolversTypes['BestPractice']>, ParentType, ContextType, RequireFields<QueryBestPracticeArgs, 'id'>>;
  bestPractices?: Resolver<ResolversTypes['BestPracticeConnection'], ParentType, ContextType, Partial<QueryBestPracticesArgs>>;
  expert?: Resolver<Maybe<ResolversTypes['Expert']>, ParentType, ContextType, RequireFields<QueryExpertArgs, 'id'>>;
  experts?: Resolver<ResolversTypes['ExpertConnection'], ParentType, ContextType, Partial<QueryExpertsArgs>>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType, RequireFields<QueryPartnershipArgs, 'id'>>;
  partnerships?: Resolver<ResolversTypes['PartnershipConnection'], ParentType, ContextType, Partial<QueryPartnershipsArgs>>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType, RequireFields<QueryProgrammeArgs, 'id'>>;
  programmes?: Resolver<ResolversTypes['ProgrammeConnection'], ParentType, ContextType, Partial<QueryProgrammesArgs>>;
}>;

export type RegionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  adoptedPractices?: Resolver<ResolversTypes['BestPracticeConnection'], ParentType, ContextType, Partial<RegionAdoptedPracticesArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expertAssignments?: Resolver<ResolversTypes['ExpertAssignmentConnection'], ParentType, ContextType, Partial<RegionExpertAssignmentsArgs>>;
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
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  BestPractice?: BestPracticeResolvers<ContextType>;
  BestPracticeAdoption?: BestPracticeAdoptionResolvers<ContextType>;
  BestPracticeConnection?: BestPracticeConnectionResolvers<ContextType>;
  BestPracticeEdge?: BestPracticeEdgeResolvers<ContextType>;
  Commitment?: CommitmentResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Expert?: ExpertResolvers<ContextType>;
  ExpertAssignment?: ExpertAssignmentResolvers<ContextType>;
  ExpertAssignmentConnection?: ExpertAssignmentConnectionResolvers<ContextType>;
  ExpertAssignmentEdge?: ExpertAssignmentEdgeResolvers<ContextType>;
  ExpertConnection?: ExpertConnectionResolvers<ContextType>;
  ExpertEdge?: ExpertEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalDate?: GraphQLScalarType;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  PartnershipConnection?: PartnershipConnectionResolvers<ContextType>;
  PartnershipEdge?: PartnershipEdgeResolvers<ContextType>;
  Procedure?: ProcedureResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeConnection?: ProgrammeConnectionResolvers<ContextType>;
  ProgrammeEdge?: ProgrammeEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Signatory?: SignatoryResolvers<ContextType>;
}>;

