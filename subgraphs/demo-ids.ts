/**
 * Ids that both parties' demo seeds agree on, because one subgraph's rows point at the other's
 * entities (a session's trainer is a ministry Expert; a ministry practice applies to a region
 * Procedure). Real deployments get these ids from each other's APIs; the demo fixes them.
 */
const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const demoIds = {
  partnership: {
    /** The April 2018 Tangier framework convention with the Tanger-Tétouan-Al Hoceïma council. */
    tangier2018: id('0a000000', 1),
    /** Demo: the approach generalised to L'Oriental (MA-02). */
    oriental: id('0a000000', 2),
  },
  programme: [1, 2, 3, 4].map((n) => id('0b000000', n)) as [string, string, string, string],
  expert: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => id('0c000000', n)) as [string, string, string, string, string, string, string, string],
  procedure: [1, 2, 3, 4, 5, 6].map((n) => id('0d000000', n)) as [string, string, string, string, string, string],
} as const;
