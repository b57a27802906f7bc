import { createApiHandler } from '../../http/createApiHandler';
import { openCase } from '../../usecases/clients/openCase';
import { clientsRoutes } from './routes';
import { searchClients } from '../../usecases/clients/searchClients';

/** Clients and their case files. */
export const handler = createApiHandler(clientsRoutes, {
  listClients: ({ repos, query }) => searchClients(repos, query),
  searchClients: ({ repos, body }) => searchClients(repos, body),
  createClient: ({ repos, body }) => repos.clients.create(body),
  getClient: ({ repos, params }) => repos.clients.getWithCases(params.id),
  updateClient: ({ repos, params, body }) => repos.clients.update(params.id, body),

  createCase: (input) => openCase(input, input.params.id, input.body),
  getCase: ({ repos, params }) => repos.cases.get(params.id),
  updateCase: ({ repos, params, body }) => repos.cases.update(params.id, body),
});
