// Procedure is owned by the region subgraph; the ministry only stores (procedure, practice)
// links in `practice_applications`, read by the best-practice loaders (appliedToProcedure).
export type ProcedureRef = { id: string };
