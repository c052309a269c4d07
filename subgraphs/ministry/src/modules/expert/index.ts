import { defineModule } from '#kit/module';
import { expertAssignmentRows, expertRows } from './access.js';
import { resolvers } from './resolvers.js';
import { expertLoaders } from './store.js';

/** The experts the ministry provides, and their missions with regions. */
export const expertModule = defineModule({
  name: 'expert',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
  loaders: expertLoaders,
  owns: [expertRows, expertAssignmentRows],
});
