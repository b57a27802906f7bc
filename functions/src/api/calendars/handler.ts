import { createApiHandler } from '../../http/createApiHandler';
import { createCalendar } from '../../usecases/calendars/createCalendar';
import { createSession } from '../../usecases/calendars/createSession';
import { createShift } from '../../usecases/calendars/createShift';
import { createTimeBlock } from '../../usecases/calendars/createTimeBlock';
import { deleteShift } from '../../usecases/calendars/deleteShift';
import { deleteTimeBlock } from '../../usecases/calendars/deleteTimeBlock';
import { getCalendar } from '../../usecases/calendars/getCalendar';
import { getShift } from '../../usecases/calendars/getShift';
import { getShiftWeek } from '../../usecases/calendars/getShiftWeek';
import { listCalendars } from '../../usecases/calendars/listCalendars';
import { listShifts } from '../../usecases/calendars/listShifts';
import { listTimeBlocks } from '../../usecases/calendars/listTimeBlocks';
import { repeatShifts } from '../../usecases/calendars/repeatShifts';
import { updateCalendar } from '../../usecases/calendars/updateCalendar';
import { updateSession } from '../../usecases/calendars/updateSession';
import { updateShift } from '../../usecases/calendars/updateShift';
import { updateTimeBlock } from '../../usecases/calendars/updateTimeBlock';
import { calendarsRoutes } from './routes';

/** Calendars, sessions, shifts and time blocks: what availability is computed from. */
export const handler = createApiHandler(calendarsRoutes, {
  listCalendars: (input) => listCalendars(input, input.query),
  createCalendar: (input) => createCalendar(input, input.body),
  getCalendar: (input) => getCalendar(input, input.params.id),
  updateCalendar: (input) => updateCalendar(input, input.params.id, input.body),

  listSessions: ({ repos, query }) => repos.sessions.list(query),
  createSession: (input) => createSession(input, input.body),
  getSession: ({ repos, params }) => repos.sessions.get(params.id),
  updateSession: (input) => updateSession(input, input.params.id, input.body),

  listTimeBlocks: (input) => listTimeBlocks(input, input.query),
  createTimeBlock: (input) => createTimeBlock(input, input.body),
  updateTimeBlock: (input) => updateTimeBlock(input, input.params.id, input.body),
  deleteTimeBlock: (input) => deleteTimeBlock(input, input.params.id),

  listShifts: (input) => listShifts(input, input.query),
  getShiftWeek: (input) => getShiftWeek(input, input.query),
  createShift: (input) => createShift(input, input.body),
  repeatShifts: (input) => repeatShifts(input, input.body),
  getShift: (input) => getShift(input, input.params.id),
  updateShift: (input) => updateShift(input, input.params.id, input.query, input.body),
  deleteShift: (input) => deleteShift(input, input.params.id, input.query),
});
