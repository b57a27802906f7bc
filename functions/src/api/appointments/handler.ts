import { createApiHandler } from '../../http/createApiHandler';
import { bookStaffAppointment } from '../../usecases/appointments/bookStaffAppointment';
import { buildBookingContext } from '../../usecases/appointments/bookingContext';
import { cancelSeries } from '../../usecases/appointments/cancelSeries';
import { changeAppointmentStatus } from '../../usecases/appointments/changeAppointmentStatus';
import { confirmRepeat } from '../../usecases/appointments/confirmRepeat';
import { copyAppointment } from '../../usecases/appointments/copyAppointment';
import { buildDayView } from '../../usecases/appointments/dayView';
import { editSeriesNotes } from '../../usecases/appointments/editSeriesNotes';
import { moveAppointment } from '../../usecases/appointments/moveAppointment';
import { previewRepeat } from '../../usecases/appointments/previewRepeat';
import { rescheduleSeries } from '../../usecases/appointments/rescheduleSeries';
import { toAppointment } from '../../usecases/appointments/toAppointment';
import { appointmentsRoutes } from './routes';

/** Appointments: booking against a case file, the lifecycle, moves and series, and lists per case and client. */
export const handler = createApiHandler(appointmentsRoutes, {
  bookAppointment: (input) => bookStaffAppointment(input, input.body),
  getDayView: ({ repos, caller, query }) => buildDayView(repos, caller, query),
  getAppointment: async ({ repos, params }) => toAppointment(await repos.appointments.get(params.id)),
  changeAppointmentStatus: (input) => changeAppointmentStatus(input, input.params.id, input.body),

  listCaseAppointments: async ({ repos, params, query }) => {
    await repos.cases.get(params.id);
    const page = await repos.appointments.listForCase(params.id, query);
    return { ...page, items: page.items.map(toAppointment) };
  },
  getBookingContext: ({ repos, caller, runtime, params }) => buildBookingContext(repos, caller, params.id, runtime.clock.now().toISOString()),
  listClientAppointments: async ({ repos, params, query }) => {
    await repos.clients.get(params.id);
    const page = await repos.appointments.listForClient(params.id, query);
    return { ...page, items: page.items.map(toAppointment) };
  },

  moveAppointment: (input) => moveAppointment(input, input.params.id, input.body),
  copyAppointment: (input) => copyAppointment(input, input.params.id, input.body),
  previewRepeat: (input) => previewRepeat(input, input.params.id, input.body),
  confirmRepeat: (input) => confirmRepeat(input, input.params.id, input.body),
  cancelSeries: (input) => cancelSeries(input, input.params.id, input.query.scope, input.body),
  rescheduleSeries: (input) => rescheduleSeries(input, input.params.id, input.query.scope, input.body),
  editSeriesNotes: (input) => editSeriesNotes(input, input.params.id, input.query.scope, input.body),
});
