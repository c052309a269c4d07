// GraphQL type → the TypeScript type its resolvers receive as parent (paths relative to
// src/generated/). codegen.ts reads this; add a line when a module adds an object type.
export const ministryMappers: Record<string, string> = {
  Partnership: '../modules/partnership/store.js#PartnershipRow',
  PartnershipConnection: '../modules/partnership/store.js#PartnershipConnectionModel',
  Signatory: '../modules/partnership/store.js#SignatoryRow',
  Commitment: '../modules/partnership/store.js#MinistryCommitmentRow',
  Programme: '../modules/programme/store.js#ProgrammeRow',
  ProgrammeConnection: '../modules/programme/store.js#ProgrammeConnectionModel',
  Expert: '../modules/expert/store.js#ExpertRow',
  ExpertConnection: '../modules/expert/store.js#ExpertConnectionModel',
  ExpertAssignment: '../modules/expert/store.js#ExpertAssignmentRow',
  ExpertAssignmentConnection: '../modules/expert/store.js#ExpertAssignmentConnectionModel',
  BestPractice: '../modules/best-practice/store.js#BestPracticeRow',
  BestPracticeConnection: '../modules/best-practice/store.js#BestPracticeConnectionModel',
  BestPracticeAdoption: '../modules/best-practice/store.js#BestPracticeAdoptionRow',
  Region: '../modules/region/store.js#RegionRef',
  Procedure: '../modules/procedure/store.js#ProcedureRef',
  MinistryCommitmentFollowUp: '../modules/partnership/store.js#MinistryCommitmentRow',
  MinistryCommitmentProgressEntry: '../modules/ministry-commitment/store.js#MinistryCommitmentProgressRow',
  AuditEntry: '../../../kit/src/write/audit-log.js#AuditEntryRow',
  AuditEntryConnection: '../modules/audit/store.js#AuditEntryConnectionModel',
};
