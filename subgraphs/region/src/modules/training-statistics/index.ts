import { defineModule } from '#kit/module';
import { resolvers } from './resolvers.js';
import { trainingStatisticsLoaders } from './store.js';

/** Training figures for analysts, computed in SQL under the caller's row scope. */
export const trainingStatisticsModule = defineModule({
  name: 'trainingStatistics',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
  loaders: trainingStatisticsLoaders,
});
