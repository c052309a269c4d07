/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PartnershipDashboard($region: ID!) {\n    region(code: $region) {\n      name { fr ar }\n      partnership {\n        title { fr }\n        progress { percentComplete }\n        ministryCommitments { status }\n        regionCommitments { status }\n      }\n    }\n  }\n": typeof types.PartnershipDashboardDocument,
    "\n  query UpcomingSessions($region: ID!, $first: Int!) {\n    trainingSessions(first: $first, filter: { regionCode: $region }) {\n      totalCount\n      edges { node { id title { fr } startsOn capacity trainer { fullName } } }\n    }\n  }\n": typeof types.UpcomingSessionsDocument,
};
const documents: Documents = {
    "\n  query PartnershipDashboard($region: ID!) {\n    region(code: $region) {\n      name { fr ar }\n      partnership {\n        title { fr }\n        progress { percentComplete }\n        ministryCommitments { status }\n        regionCommitments { status }\n      }\n    }\n  }\n": types.PartnershipDashboardDocument,
    "\n  query UpcomingSessions($region: ID!, $first: Int!) {\n    trainingSessions(first: $first, filter: { regionCode: $region }) {\n      totalCount\n      edges { node { id title { fr } startsOn capacity trainer { fullName } } }\n    }\n  }\n": types.UpcomingSessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipDashboard($region: ID!) {\n    region(code: $region) {\n      name { fr ar }\n      partnership {\n        title { fr }\n        progress { percentComplete }\n        ministryCommitments { status }\n        regionCommitments { status }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnershipDashboard($region: ID!) {\n    region(code: $region) {\n      name { fr ar }\n      partnership {\n        title { fr }\n        progress { percentComplete }\n        ministryCommitments { status }\n        regionCommitments { status }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingSessions($region: ID!, $first: Int!) {\n    trainingSessions(first: $first, filter: { regionCode: $region }) {\n      totalCount\n      edges { node { id title { fr } startsOn capacity trainer { fullName } } }\n    }\n  }\n"): (typeof documents)["\n  query UpcomingSessions($region: ID!, $first: Int!) {\n    trainingSessions(first: $first, filter: { regionCode: $region }) {\n      totalCount\n      edges { node { id title { fr } startsOn capacity trainer { fullName } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;