// GraphQL type → the TypeScript type its resolvers receive as parent (paths relative to
// src/generated/). codegen.ts reads this; add a line when a module adds an object type.
export const ministryMappers: Record<string, string> = {};
