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
  pageQuerySchema,
  updateCaseSchema,
  updateClientSchema,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const clientsRoutes = defineRoutes('clients', {
  listClients: { method: 'GET', path: '/api/clients', auth: 'staff', action: 'clients:read', summary: 'Clients in name order, a page at a time.', query: pageQuerySchema, response: pageOf(clientSchema, 'ClientPage') },
  // A POST so names, emails and phone numbers travel in the body, never in a URL that access logs keep.
  searchClients: { method: 'POST', path: '/api/clients/search', auth: 'staff', action: 'clients:read', summary: 'Clients matching a name prefix, an email or a phone (the terms in the body, never in the URL).', body: clientSearchQuerySchema, response: pageOf(clientSchema, 'ClientSearchPage') },
  createClient: { method: 'POST', path: '/api/clients', auth: 'staff', action: 'clients:write', summary: 'Register a client.', body: createClientSchema, response: clientSchema, status: 201 },
  getClient: { method: 'GET', path: '/api/clients/{id}', auth: 'staff', action: 'clients:read', summary: 'A client with all of its case files.', params: idParamsSchema, response: clientWithCasesSchema },
  updateClient: { method: 'PATCH', path: '/api/clients/{id}', auth: 'staff', action: 'clients:write', summary: "Change a client's details.", params: idParamsSchema, body: updateClientSchema, response: clientSchema },
  createCase: { method: 'POST', path: '/api/clients/{id}/cases', auth: 'staff', action: 'cases:write', summary: 'Open a case file for a client.', params: idParamsSchema, body: createCaseSchema, response: caseFileSchema, status: 201 },
  getCase: { method: 'GET', path: '/api/cases/{id}', auth: 'staff', action: 'cases:read', summary: 'One case file.', params: idParamsSchema, response: caseFileSchema },
  updateCase: { method: 'PATCH', path: '/api/cases/{id}', auth: 'staff', action: 'cases:write', summary: 'Change a case file, including its status.', params: idParamsSchema, body: updateCaseSchema, response: caseFileSchema },
});
