/** The clients routes, as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import {
  caseFileSchema,
  clientSchema,
  clientSearchQuerySchema,
  clientWithCasesSchema,
  createCaseSchema,
  createClientSchema,
  idParamsSchema,
  pageOf,
  updateCaseSchema,
  updateClientSchema,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const clientsRoutes = defineRoutes('clients', {
  searchClients: { method: 'GET', path: '/api/clients', auth: 'staff', action: 'clients:read', summary: 'Clients, or those matching a name prefix, an email or a phone.', query: clientSearchQuerySchema, response: pageOf(clientSchema, 'ClientPage') },
  createClient: { method: 'POST', path: '/api/clients', auth: 'staff', action: 'clients:write', summary: 'Register a client.', body: createClientSchema, response: clientSchema, status: 201 },
  getClient: { method: 'GET', path: '/api/clients/{id}', auth: 'staff', action: 'clients:read', summary: 'A client with all of its case files.', params: idParamsSchema, response: clientWithCasesSchema },
  updateClient: { method: 'PATCH', path: '/api/clients/{id}', auth: 'staff', action: 'clients:write', summary: "Change a client's details.", params: idParamsSchema, body: updateClientSchema, response: clientSchema },
  createCase: { method: 'POST', path: '/api/clients/{id}/cases', auth: 'staff', action: 'cases:write', summary: 'Open a case file for a client.', params: idParamsSchema, body: createCaseSchema, response: caseFileSchema, status: 201 },
  getCase: { method: 'GET', path: '/api/cases/{id}', auth: 'staff', action: 'cases:read', summary: 'One case file.', params: idParamsSchema, response: caseFileSchema },
  updateCase: { method: 'PATCH', path: '/api/cases/{id}', auth: 'staff', action: 'cases:write', summary: 'Change a case file, including its status.', params: idParamsSchema, body: updateCaseSchema, response: caseFileSchema },
});
