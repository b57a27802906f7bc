import { ValidationError } from '@casefile/core';
import { type ClinicRepositories } from '@casefile/db';
import { requireReference } from '../references';
/** A session must be bookable somewhere: its discipline exists and some active calendar accepts it. */
export async function checkDiscipline(repos: ClinicRepositories, disciplineId: string): Promise<void> {
  await requireReference(repos.disciplines.get(disciplineId), 'disciplineId', 'discipline');
  const calendars = await repos.calendars.list({ limit: 100 });
  const accepted = calendars.items.some((calendar) => calendar.active && calendar.disciplineIds.includes(disciplineId));
  if (!accepted) {
    throw new ValidationError('No calendar accepts this discipline yet, so the session could never be booked.', [
      { path: 'disciplineId', message: 'No active calendar accepts this discipline.' },
    ]);
  }
}

