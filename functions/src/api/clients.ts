import type { ClientSearchQuery, CreateCase, CreateClient, UpdateCase, UpdateClient } from '@casefile/core';
import { createApiHandler, type OperationInput } from '../http/createApiHandler';

type Id = { id: string };

/** Clients and their case files. */
export const handler = createApiHandler('clients', {
  searchClients: async ({ repos, query }: OperationInput<unknown, ClientSearchQuery>) => repos.clients.search(query),
  createClient: async ({ repos, body }: OperationInput<unknown, unknown, CreateClient>) => repos.clients.create(body),
  getClient: async ({ repos, params }: OperationInput<Id>) => repos.clients.getWithCases(params.id),
  updateClient: async ({ repos, params, body }: OperationInput<Id, unknown, UpdateClient>) => repos.clients.update(params.id, body),

  createCase: async ({ repos, params, body }: OperationInput<Id, unknown, CreateCase>) => {
    const clinic = await repos.clinic.get();
    return repos.cases.create(params.id, body, clinic.caseNumberPrefix ?? '');
  },
  getCase: async ({ repos, params }: OperationInput<Id>) => repos.cases.get(params.id),
  updateCase: async ({ repos, params, body }: OperationInput<Id, unknown, UpdateCase>) => repos.cases.update(params.id, body),
});
