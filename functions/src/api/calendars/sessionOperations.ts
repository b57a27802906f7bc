import { type CreateSession, type UpdateSession, ValidationError } from '@casefile/core';
import type { ClinicRepositories, PageRequest } from '@casefile/db';
import type { Operation, OperationInput } from '../../http/createApiHandler';
import { requireReference } from '../../http/references';

type Id = { id: string };

/** A session must be bookable somewhere: its discipline exists and some active calendar accepts it. */
async function checkDiscipline(repos: ClinicRepositories, disciplineId: string): Promise<void> {
  await requireReference(repos.disciplines.get(disciplineId), 'body.disciplineId', 'discipline');
  const calendars = await repos.calendars.list({ limit: 100 });
  const accepted = calendars.items.some((calendar) => calendar.active && calendar.disciplineIds.includes(disciplineId));
  if (!accepted) {
    throw new ValidationError('No calendar accepts this discipline yet, so the session could never be booked.', [
      { path: 'body.disciplineId', message: 'No active calendar accepts this discipline.' },
    ]);
  }
}

export const sessionOperations: Readonly<Record<string, Operation>> = {
  listSessions: async ({ repos, query }: OperationInput<unknown, PageRequest>) => repos.sessions.list(query),
  createSession: async ({ repos, body }: OperationInput<unknown, unknown, CreateSession>) => {
    await checkDiscipline(repos, body.disciplineId);
    return repos.sessions.create(body);
  },
  getSession: async ({ repos, params }: OperationInput<Id>) => repos.sessions.get(params.id),
  updateSession: async ({ repos, params, body }: OperationInput<Id, unknown, UpdateSession>) => {
    await repos.sessions.get(params.id);
    if (body.disciplineId) await checkDiscipline(repos, body.disciplineId);
    return repos.sessions.update(params.id, body);
  },
};
