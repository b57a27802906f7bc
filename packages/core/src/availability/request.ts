// Checking a request once, with its defaults applied.
import { AvailabilityInputError } from './errors';
import { parseInstant } from './instants';
import type { AvailabilityMode, AvailabilityRequest, ExplainRequest, SessionInput } from './types';

export const DEFAULT_SLOT_MINUTES = 15;
export const DEFAULT_LIMIT = 50;

export interface ParsedExplainRequest {
  session: SessionInput;
  durationMs: number;
  nowMs: number;
  mode: AvailabilityMode;
}

export interface ParsedRequest extends ParsedExplainRequest {
  fromMs: number;
  toMs: number;
  slotMinutes: number;
  limit: number;
}

function isWholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

export function parseExplainRequest(request: ExplainRequest): ParsedExplainRequest {
  const session = request.session;
  if (!session || typeof session.disciplineId !== 'string') throw new AvailabilityInputError('request.session', 'expected a session with a disciplineId.');
  if (!isWholeNumber(session.durationMinutes, 1, 24 * 60)) {
    throw new AvailabilityInputError('request.session.durationMinutes', `expected whole minutes from 1 to 1440, got ${String(session.durationMinutes)}.`);
  }
  if (request.mode !== 'staff' && request.mode !== 'online') throw new AvailabilityInputError('request.mode', `expected 'staff' or 'online', got ${String(request.mode)}.`);
  return { session, durationMs: session.durationMinutes * 60_000, nowMs: parseInstant(request.now, 'request.now'), mode: request.mode };
}

export function parseRequest(request: AvailabilityRequest): ParsedRequest {
  const parsed = parseExplainRequest(request);
  const fromMs = parseInstant(request.from, 'request.from');
  const toMs = parseInstant(request.to, 'request.to');
  if (toMs < fromMs) throw new AvailabilityInputError('request.to', `the window ends (${request.to}) before it starts (${request.from}).`);
  const slotMinutes = request.slotMinutes ?? DEFAULT_SLOT_MINUTES;
  if (!isWholeNumber(slotMinutes, 1, 24 * 60)) throw new AvailabilityInputError('request.slotMinutes', `expected whole minutes from 1 to 1440, got ${String(slotMinutes)}.`);
  const limit = request.limit ?? DEFAULT_LIMIT;
  if (!isWholeNumber(limit, 0, Number.MAX_SAFE_INTEGER)) throw new AvailabilityInputError('request.limit', `expected a whole number, got ${String(limit)}.`);
  return { ...parsed, fromMs, toMs, slotMinutes, limit };
}
