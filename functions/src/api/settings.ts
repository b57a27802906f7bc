import type {
  CreateDiscipline,
  CreateLocation,
  UpdateClinic,
  UpdateDiscipline,
  UpdateLocation,
} from '@casefile/core';
import type { PageRequest } from '@casefile/db';
import { createApiHandler, type OperationInput } from '../http/createApiHandler';

type Id = { id: string };

/** Clinic settings, locations and disciplines. */
export const handler = createApiHandler('settings', {
  getClinic: async ({ repos }: OperationInput) => repos.clinic.get(),
  updateClinic: async ({ repos, body }: OperationInput<unknown, unknown, UpdateClinic>) => repos.clinic.update(body),

  listLocations: async ({ repos, query }: OperationInput<unknown, PageRequest>) => repos.locations.list(query),
  createLocation: async ({ repos, body }: OperationInput<unknown, unknown, CreateLocation>) => repos.locations.create(body),
  getLocation: async ({ repos, params }: OperationInput<Id>) => repos.locations.get(params.id),
  updateLocation: async ({ repos, params, body }: OperationInput<Id, unknown, UpdateLocation>) => repos.locations.update(params.id, body),

  listDisciplines: async ({ repos, query }: OperationInput<unknown, PageRequest>) => repos.disciplines.list(query),
  createDiscipline: async ({ repos, body }: OperationInput<unknown, unknown, CreateDiscipline>) => repos.disciplines.create(body),
  getDiscipline: async ({ repos, params }: OperationInput<Id>) => repos.disciplines.get(params.id),
  updateDiscipline: async ({ repos, params, body }: OperationInput<Id, unknown, UpdateDiscipline>) =>
    repos.disciplines.update(params.id, body),
});
