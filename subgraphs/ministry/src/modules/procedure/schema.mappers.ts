// The row each GraphQL type of this module resolves from (read by codegen.ts). Procedure is
// owned by the region subgraph: the ministry knows only its id, and stores (procedure,
// practice) links in `practice_applications`, read by the best-practice loaders.
export interface ProcedureMapper { id: string }
