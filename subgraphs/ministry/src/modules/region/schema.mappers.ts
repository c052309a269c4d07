// The row each GraphQL type of this module resolves from (read by codegen.ts). Region is owned
// by the region subgraph: the ministry knows only its code.
export interface RegionMapper { code: string }
