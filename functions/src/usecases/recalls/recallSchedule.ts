/** A recall's one-time schedules: when it comes due, and when no response by then raises a task. */
import { RECALL_TARGET, scheduling } from '../../ports/scheduling';

export type RecallStep = 'due' | 'noResponse';

export interface RecallStepPayload {
  kind: 'recallStep';
  clinicId: string;
  recallId: string;
  step: RecallStep;
}

export function isRecallStepPayload(value: unknown): value is RecallStepPayload {
  const payload = value as Partial<RecallStepPayload> | null;
  return typeof payload === 'object' && payload !== null && payload.kind === 'recallStep' && typeof payload.clinicId === 'string' && typeof payload.recallId === 'string' && (payload.step === 'due' || payload.step === 'noResponse');
}

export function recallScheduleName(recallId: string, step: RecallStep): string {
  return `recall-${step}-${recallId}`.slice(0, 64);
}

export async function scheduleRecallStep(clinicId: string, recallId: string, step: RecallStep, at: string): Promise<void> {
  const { scheduler, scheduleGroup } = scheduling();
  const payload: RecallStepPayload = { kind: 'recallStep', clinicId, recallId, step };
  await scheduler.upsertOneTimeSchedule({ name: recallScheduleName(recallId, step), group: scheduleGroup, at, timeZone: 'UTC', target: RECALL_TARGET, payload });
}

/** Deletes both of a withdrawn recall's schedules (either may be absent). */
export async function deleteRecallSchedules(recallId: string): Promise<void> {
  const { scheduler, scheduleGroup } = scheduling();
  for (const step of ['due', 'noResponse'] as const) await scheduler.deleteSchedule(recallScheduleName(recallId, step), scheduleGroup);
}
