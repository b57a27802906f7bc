import { createApiHandler } from '../http/createApiHandler';
import { calendarOperations } from './calendars/calendarOperations';
import { sessionOperations } from './calendars/sessionOperations';
import { shiftOperations } from './calendars/shiftOperations';
import { timeBlockOperations } from './calendars/timeBlockOperations';

/** Calendars, sessions, shifts and time blocks: what availability is computed from. */
export const handler = createApiHandler('calendars', {
  ...calendarOperations,
  ...sessionOperations,
  ...timeBlockOperations,
  ...shiftOperations,
});
