import { type UpdateSession } from '@casefile/core';
import { checkDiscipline } from './sessionDiscipline';
import type { StaffContext } from '../context';

export async function updateSession({ repos }: StaffContext, id: string, request: UpdateSession) {
  await repos.sessions.get(id);
  if (request.disciplineId) await checkDiscipline(repos, request.disciplineId);
  return repos.sessions.update(id, request);
}
