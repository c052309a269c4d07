import { graphql } from './gql/index.js';

// What a frontend screen asks for: each operation is typed from schema/api.graphql, and its
// hash is in the trusted-documents manifest (src/gql/persisted-documents.json).

export const PartnershipDashboard = graphql(`
  query PartnershipDashboard($region: ID!) {
    region(code: $region) {
      name { fr ar }
      partnership {
        title { fr }
        progress { percentComplete }
        ministryCommitments { status }
        regionCommitments { status }
      }
    }
  }
`);

export const UpcomingSessions = graphql(`
  query UpcomingSessions($region: ID!, $first: Int!) {
    trainingSessions(first: $first, filter: { regionCode: $region }) {
      totalCount
      edges { node { id title { fr } startsOn capacity trainer { fullName } } }
    }
  }
`);
