import { defineModule } from '#kit/module';
import { staffMemberRows } from './access.js';
import { resolvers } from './resolvers.js';
import { staffMemberLoaders } from './store.js';

/** The region's staff: who they are, where they work, and (personal data) how to reach them. */
export const staffMemberModule = defineModule({
  name: 'staffMember',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
  loaders: staffMemberLoaders,
  owns: [staffMemberRows],
});
