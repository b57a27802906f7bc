import { createApiHandler } from '../../http/createApiHandler';
import { auditRoutes } from './routes';

/** The audit trail, read-only. */
export const handler = createApiHandler(auditRoutes, {
  getAuditTrail: ({ repos, query }) => repos.audit.trail(query.entityType, query.entityId, { limit: query.limit, cursor: query.cursor }),
});
