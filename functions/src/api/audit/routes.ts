/** The audit routes, as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import {
  auditEventSchema,
  auditQuerySchema,
  pageOf,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const auditRoutes = defineRoutes('audit', {
  getAuditTrail: { method: 'GET', path: '/api/audit', auth: 'staff', action: 'audit:read', summary: 'The audit trail of one entity, newest first.', query: auditQuerySchema, response: pageOf(auditEventSchema, 'AuditEventPage') },
});
