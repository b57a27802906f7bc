import { type CreateSession } from '@casefile/core';
import { checkDiscipline } from './sessionDiscipline';
import type { StaffContext } from '../context';

export async function createSession({ repos }: StaffContext, request: CreateSession) {
  await checkDiscipline(repos, request.disciplineId);
  return repos.sessions.create(request);
}
