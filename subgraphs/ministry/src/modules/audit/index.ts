import { defineModule } from '#kit/module';
import { resolvers } from './resolvers.js';

/** The ministry's audit trail: every change its mutations made, and every read of personal data. */
export const auditModule = defineModule({
  name: 'audit',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers,
});
