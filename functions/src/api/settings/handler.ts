import { actionsOf } from '@casefile/core';
import { createApiHandler } from '../../http/createApiHandler';
import { settingsRoutes } from './routes';

/** Clinic settings, locations and disciplines: plain reads and writes, each a repository call. */
export const handler = createApiHandler(settingsRoutes, {
  getClinic: ({ repos }) => repos.clinic.get(),
  updateClinic: ({ repos, body }) => repos.clinic.update(body),

  listLocations: ({ repos, query }) => repos.locations.list(query),
  createLocation: ({ repos, body }) => repos.locations.create(body),
  getLocation: ({ repos, params }) => repos.locations.get(params.id),
  updateLocation: ({ repos, params, body }) => repos.locations.update(params.id, body),

  listDisciplines: ({ repos, query }) => repos.disciplines.list(query),
  createDiscipline: ({ repos, body }) => repos.disciplines.create(body),
  getDiscipline: ({ repos, params }) => repos.disciplines.get(params.id),
  updateDiscipline: ({ repos, params, body }) => repos.disciplines.update(params.id, body),

  // The role as the pipeline read it from the member (not the token), so a changed role shows at once.
  getMyAccess: async ({ caller }) => ({ role: caller.role, actions: actionsOf(caller.role) }),
});
