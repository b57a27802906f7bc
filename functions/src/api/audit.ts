import type { AuditEntityType } from '@casefile/core';
import type { PageRequest } from '@casefile/db';
import { createApiHandler, type OperationInput } from '../http/createApiHandler';

type AuditQuery = PageRequest & { entityType: AuditEntityType; entityId: string };

/** The audit trail, read-only. */
export const handler = createApiHandler('audit', {
  getAuditTrail: async ({ repos, query }: OperationInput<unknown, AuditQuery>) =>
    repos.audit.trail(query.entityType, query.entityId, { limit: query.limit, cursor: query.cursor }),
});
