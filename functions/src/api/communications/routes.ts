/** The communication-log routes, as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import { communicationLogSchema, idParamsSchema, recordCommunicationSchema, staffCommunicationSchema } from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const communicationsRoutes = defineRoutes('communications', {
  listCaseCommunications: { method: 'GET', path: '/api/cases/{id}/communications', auth: 'staff', action: 'communications:read', summary: "A case's communication log, newest first: notices sent, failed or skipped about its visits, and calls and messages staff recorded.", params: idParamsSchema, response: communicationLogSchema },
  recordCaseCommunication: { method: 'POST', path: '/api/cases/{id}/communications', auth: 'staff', action: 'communications:write', summary: 'Record a call or message about a case.', params: idParamsSchema, body: recordCommunicationSchema, response: staffCommunicationSchema, status: 201 },
});
