// GraphQL type → the TypeScript type its resolvers receive as parent (paths relative to
// src/generated/). codegen.ts reads this; add a line when a module adds an object type.
export const regionMappers: Record<string, string> = {
  Region: '../modules/region/store.js#RegionRow',
  RegionConnection: '../modules/region/store.js#RegionConnectionModel',
  Document: '../modules/document/store.js#DocumentRow',
  DocumentConnection: '../modules/document/store.js#DocumentConnectionModel',
  StaffMember: '../modules/staff-member/store.js#StaffMemberRow',
  StaffMemberConnection: '../modules/staff-member/store.js#StaffMemberConnectionModel',
  TrainingSession: '../modules/training-session/store.js#TrainingSessionRow',
  TrainingSessionConnection: '../modules/training-session/store.js#TrainingSessionConnectionModel',
  Enrollment: '../modules/training-session/store.js#EnrollmentRow',
  EnrollmentConnection: '../modules/training-session/store.js#EnrollmentConnectionModel',
  Procedure: '../modules/procedure/store.js#ProcedureRow',
  ProcedureConnection: '../modules/procedure/store.js#ProcedureConnectionModel',
  Expert: '../modules/training-session/store.js#EntityReference',
  Programme: '../modules/training-session/store.js#EntityReference',
  ActionPlanItem: '../modules/partnership/store.js#ActionPlanItemRow',
  PartnershipProgress: '../modules/partnership/store.js#ProgressModel',
  Partnership: '../modules/partnership/store.js#PartnershipReference',
};
