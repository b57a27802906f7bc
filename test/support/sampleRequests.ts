/**
 * A valid request for every route of the route table, built from one clinic's fixture. Tests
 * generated from the route table use it; a route without a sample here fails those tests, so new
 * routes are covered as soon as they are added.
 */
import type { RouteDefinition } from '../../functions/src/routes';
import { SHIFT_FRESH_IDS, SHIFT_PATH_IDS, SHIFT_SAMPLE_BODIES, SHIFT_SAMPLE_QUERIES } from './samples/shiftSamples';
import { DEMO_CLINICS } from '../../hosts/local/src/seed/demoData';
import { BILLING_FRESH_IDS, BILLING_PATH_IDS, BILLING_SAMPLE_BODIES } from './samples/billingSamples';
import { failedNoticeFor, NOTIFICATION_SAMPLE_BODIES } from './samples/notificationSamples';
import { NOTE_FRESH_IDS, NOTE_PATH_IDS, NOTE_SAMPLE_BODIES, NOTE_SAMPLE_QUERIES } from './samples/noteSamples';
import type { Role } from '@casefile/core';
import { WAITLIST_FRESH_IDS, WAITLIST_PATH_IDS, WAITLIST_SAMPLE_BODIES, WAITLIST_SAMPLE_QUERIES } from './samples/waitlistSamples';
import { RECALL_FRESH_IDS, RECALL_PATH_IDS, RECALL_SAMPLE_BODIES, RECALL_SAMPLE_QUERIES } from './samples/recallSamples';
import { TASK_FRESH_IDS, TASK_PATH_IDS, TASK_SAMPLE_BODIES, TASK_SAMPLE_QUERIES } from './samples/taskSamples';
import { REPORT_SAMPLE_QUERIES } from './samples/reportSamples';
import { CLINICAL_RECORD_FRESH_IDS, CLINICAL_RECORD_PATH_IDS, CLINICAL_RECORD_SAMPLE_BODIES } from './samples/clinicalRecordSamples';
import { WEBHOOK_FRESH_IDS, WEBHOOK_PATH_IDS, WEBHOOK_SAMPLE_BODIES } from './samples/webhookSamples';
import { IMPORT_EXPORT_FRESH_IDS, IMPORT_EXPORT_PATH_IDS, IMPORT_EXPORT_SAMPLE_BODIES, IMPORT_EXPORT_SAMPLE_QUERIES } from './samples/importExportSamples';
import { FEED_FRESH_IDS, FEED_PATH_IDS, FEED_SAMPLE_BODIES } from './samples/feedSamples';
import { FORM_TEMPLATE_FRESH_IDS, FORM_TEMPLATE_PATH_IDS, FORM_TEMPLATE_SAMPLE_BODIES } from './samples/formTemplateSamples';
import { CONTRACT_FRESH_IDS, CONTRACT_PATH_IDS } from './samples/contractSamples';
import { FHIR_FRESH_IDS, FHIR_PATH_IDS, FHIR_SAMPLE_BODIES, FHIR_SAMPLE_QUERIES } from './samples/fhirSamples';
import type { ClinicFixture, FixtureIds } from './world';

export interface SampleRequest {
  path: string;
  body?: unknown;
}

const PATH_IDS: Readonly<Record<string, keyof FixtureIds>> = {
  '/api/clients/{id}': 'clientId',
  '/api/clients/{id}/cases': 'clientId',
  '/api/cases/{id}': 'caseId',
  '/api/locations/{id}': 'locationId',
  '/api/disciplines/{id}': 'disciplineId',
  '/api/members/{id}': 'memberId',
  '/api/calendars/{id}': 'calendarId',
  '/api/sessions/{id}': 'sessionId',
  '/api/time-blocks/{id}': 'blockId',
  '/api/appointments/{id}': 'appointmentId',
  '/api/appointments/{id}/status': 'appointmentId',
  '/api/cases/{id}/appointments': 'caseId',
  '/api/cases/{id}/booking-context': 'caseId',
  '/api/clients/{id}/appointments': 'clientId',
  '/api/appointments/{id}/move': 'appointmentId',
  '/api/appointments/{id}/copy': 'appointmentId',
  '/api/appointments/{id}/repeat/preview': 'appointmentId',
  '/api/appointments/{id}/repeat': 'appointmentId',
  '/api/appointments/{id}/cancel-series': 'appointmentId',
  '/api/appointments/{id}/series-notes': 'appointmentId',
  '/api/appointments/{id}/reschedule-series': 'appointmentId',
  '/api/calendars/{id}/notification-settings': 'calendarId',
  '/api/appointments/{id}/notifications': 'appointmentId',
  ...(SHIFT_PATH_IDS as Record<string, keyof FixtureIds>),
  ...BILLING_PATH_IDS,
  ...NOTE_PATH_IDS,
  ...WAITLIST_PATH_IDS,
  ...RECALL_PATH_IDS,
  ...TASK_PATH_IDS,
  ...CLINICAL_RECORD_PATH_IDS,
  ...WEBHOOK_PATH_IDS,
  ...IMPORT_EXPORT_PATH_IDS,
  ...FEED_PATH_IDS,
  ...FORM_TEMPLATE_PATH_IDS,
  ...CONTRACT_PATH_IDS,
  ...FHIR_PATH_IDS,
};

let unique = 0;
const UNOPENED_TOKEN = 'sample-token-that-opens-no-booking-at-all';
/** The second occurrence's date of each fresh appointment a confirmRepeat sample repeats. */
const REPEAT_NEXT_DATES = new Map<string, string>();
const inDays = (days: number, hour = 15) => {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
};

const BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  updateClinic: () => ({ phone: '+1 416 555 0199' }),
  createLocation: () => ({ name: `Satellite ${++unique}`, timeZone: 'America/Halifax' }),
  updateLocation: () => ({ phone: '+1 416 555 0188' }),
  createDiscipline: () => ({ name: `Kinesiology ${++unique}` }),
  updateDiscipline: () => ({ colour: '#123456' }),
  createMember: () => ({ firstName: 'Sam', lastName: 'Sample', email: `sam${++unique}.${Date.now()}@sample.test`, role: 'front_desk' }),
  updateMember: () => ({ title: 'Front desk lead' }),
  createClient: () => ({ firstName: 'Robin', lastName: `Sample${++unique}` }),
  updateClient: () => ({ preferredName: 'Rob' }),
  createCase: () => ({ caseType: 'private', intakeDate: '2026-11-01' }),
  updateCase: () => ({ title: 'Updated by a test' }),
  createCalendar: (ids) => ({ kind: 'room', name: `Room ${++unique}`, locationId: ids.locationId }),
  updateCalendar: () => ({ visibleHours: { start: '08:00', end: '20:00' } }),
  createSession: (ids) => ({ name: `Session ${++unique}`, disciplineId: ids.disciplineId, durationMinutes: 30 }),
  updateSession: () => ({ colour: '#112233' }),
  createTimeBlock: (ids) => ({ calendarId: ids.calendarId, kind: 'meeting', label: 'Sample', start: inDays(20), end: inDays(20, 16) }),
  updateTimeBlock: () => ({ label: 'Renamed' }),
  bookAppointment: (ids) => ({ caseId: ids.caseId, sessionId: ids.sessionId, calendarId: ids.calendarId, start: inDays(40 + (++unique % 20), 14) }),
  changeAppointmentStatus: () => ({ status: 'confirmed' }),
  moveAppointment: () => ({ start: inDays(40 + (++unique % 20), 16) }),
  copyAppointment: () => ({ start: inDays(40 + (++unique % 20), 17) }),
  previewRepeat: () => ({ pattern: { weekdays: ['MO', 'WE'], intervalWeeks: 1, count: 4 } }),
  // Every weekday, two occurrences: the second is the day after the fresh appointment's date.
  confirmRepeat: (ids) => ({ pattern: { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], count: 2 }, dates: [REPEAT_NEXT_DATES.get(ids.appointmentId) ?? '2031-01-01'] }),
  cancelSeries: () => ({ reason: 'Sample cancellation' }),
  editSeriesNotes: () => ({ notes: 'Bring the referral letter.' }),
  bookOnline: (ids) => ({ sessionId: ids.sessionId, locationId: ids.locationId, start: inDays(30, 14), firstName: 'Pat', lastName: 'Public', email: 'pat.public@example.test', code: '123456' }),
  // Body and parameter checks come before the token is opened; a token that opens nothing is enough.
  getManagedBooking: () => ({ token: UNOPENED_TOKEN }),
  cancelManagedBooking: () => ({ token: UNOPENED_TOKEN }),
  rescheduleManagedBooking: () => ({ token: UNOPENED_TOKEN, start: inDays(31, 14) }),
  searchClients: () => ({ name: 's' }),
  requestEmailCode: () => ({ email: `sample${++unique}@example.test` }),
  rescheduleSeries: () => ({ localTime: '16:30' }),
  putNotificationSettings: () => ({ notifyByDefault: true, newBookingOffsetMinutes: 3 }),
  putCalendarNotificationSettings: () => ({ notifyByDefault: false }),
  putNotificationTemplate: () => ({ kind: 'reminder', subject: 'See you on {{date}}', html: '<p>{{time}}</p>', text: 'At {{time}}' }),
  ...(SHIFT_SAMPLE_BODIES as Record<string, (ids: FixtureIds) => unknown>),
  ...BILLING_SAMPLE_BODIES,
  ...NOTIFICATION_SAMPLE_BODIES,
  ...NOTE_SAMPLE_BODIES,
  ...WAITLIST_SAMPLE_BODIES,
  ...RECALL_SAMPLE_BODIES,
  ...TASK_SAMPLE_BODIES,
  ...CLINICAL_RECORD_SAMPLE_BODIES,
  ...WEBHOOK_SAMPLE_BODIES,
  ...IMPORT_EXPORT_SAMPLE_BODIES,
  ...FEED_SAMPLE_BODIES,
  ...FHIR_SAMPLE_BODIES,
  ...FORM_TEMPLATE_SAMPLE_BODIES,
};

const QUERIES: Readonly<Record<string, (ids: FixtureIds) => string>> = {
  getAuditTrail: (ids) => `?entityType=client&entityId=${ids.clientId}`,
  listTimeBlocks: (ids) => `?calendarId=${ids.calendarId}&from=${inDays(0, 0)}&to=${inDays(14, 0)}`,
  getDayView: (ids) => `?locationId=${ids.locationId}&date=${new Date().toISOString().slice(0, 10)}`,
  findTime: (ids) => `?sessionId=${ids.sessionId}&calendarIds=${ids.calendarId}`,
  explainAvailability: (ids) => `?calendarId=${ids.calendarId}&sessionId=${ids.sessionId}&at=${inDays(3)}`,
  cancelSeries: () => '?scope=following',
  editSeriesNotes: () => '?scope=following',
  rescheduleSeries: () => '?scope=following',
  ...(SHIFT_SAMPLE_QUERIES as Record<string, (ids: FixtureIds) => string>),
  ...NOTE_SAMPLE_QUERIES,
  ...WAITLIST_SAMPLE_QUERIES,
  ...RECALL_SAMPLE_QUERIES,
  ...TASK_SAMPLE_QUERIES,
  ...REPORT_SAMPLE_QUERIES,
  ...IMPORT_EXPORT_SAMPLE_QUERIES,
  ...FHIR_SAMPLE_QUERIES,
};

/** Routes whose sample consumes what it acts on get a fresh target each time. */
/** `role` is who will send the request, for samples whose target only its author may act on (notes). */
const FRESH_IDS: Readonly<Record<string, (fixture: ClinicFixture, role?: Role) => Promise<Partial<FixtureIds>>>> = {
  deleteTimeBlock: async (fixture) => {
    const owner = await fixture.api('owner');
    const created = await owner.post<{ blockId: string }>('/api/time-blocks', BODIES.createTimeBlock!(fixture.ids));
    return { blockId: created.body.blockId };
  },
  getAppointment: (fixture) => freshAppointment(fixture),
  changeAppointmentStatus: (fixture) => freshAppointment(fixture),
  moveAppointment: (fixture) => freshAppointment(fixture),
  copyAppointment: (fixture) => freshAppointment(fixture),
  previewRepeat: (fixture) => freshAppointment(fixture),
  confirmRepeat: async (fixture) => {
    const fresh = await freshAppointment(fixture);
    const owner = await fixture.api('owner');
    const booked = await owner.get<{ start: string }>(`/api/appointments/${fresh.appointmentId}`);
    // Samples start at 14:00 UTC: the same date in the fixture's American zone.
    const next = new Date(Date.parse(booked.body.start.slice(0, 10)) + 86_400_000).toISOString().slice(0, 10);
    REPEAT_NEXT_DATES.set(fresh.appointmentId!, next);
    return fresh;
  },
  cancelSeries: (fixture) => freshAppointment(fixture),
  editSeriesNotes: (fixture) => freshAppointment(fixture),
  rescheduleSeries: (fixture) => freshAppointment(fixture),
  getAppointmentNotifications: (fixture) => freshAppointment(fixture),
  retryFailedNotice: async (fixture) => {
    const fresh = await freshAppointment(fixture);
    await failedNoticeFor(fixture, fresh.appointmentId!);
    return fresh;
  },
  ...SHIFT_FRESH_IDS,
  ...BILLING_FRESH_IDS,
  ...NOTE_FRESH_IDS,
  ...WAITLIST_FRESH_IDS,
  ...RECALL_FRESH_IDS,
  ...TASK_FRESH_IDS,
  ...CLINICAL_RECORD_FRESH_IDS,
  ...WEBHOOK_FRESH_IDS,
  ...IMPORT_EXPORT_FRESH_IDS,
  ...FEED_FRESH_IDS,
  ...FORM_TEMPLATE_FRESH_IDS,
  ...CONTRACT_FRESH_IDS,
  ...FHIR_FRESH_IDS,
};

async function freshAppointment(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const owner = await fixture.api('owner');
  const booked = await owner.post<{ appointment: { appointmentId: string } }>('/api/appointments', BODIES.bookAppointment!(fixture.ids));
  if (booked.status !== 201) throw new Error(`Could not book a sample appointment: ${booked.status} ${booked.text}`);
  return { appointmentId: booked.body.appointment.appointmentId };
}

function slugOf(fixture: ClinicFixture): string {
  return DEMO_CLINICS.find((clinic) => clinic.clinicId === fixture.clinicId)!.slug;
}

export function hasPathId(route: RouteDefinition): boolean {
  return route.path.includes('{');
}

export async function sampleRequest(route: RouteDefinition, fixture: ClinicFixture, role?: Role): Promise<SampleRequest> {
  const ids = { ...fixture.ids, ...(await FRESH_IDS[route.operationId]?.(fixture, role)) };
  let path: string = route.path;
  if (route.path.includes('{clinicSlug}')) path = path.replace('{clinicSlug}', slugOf(fixture));
  if (path.includes('{')) {
    const idName = PATH_IDS[route.path];
    if (!idName) throw new Error(`No sample id for ${route.path}: add it to test/support/sampleRequests.ts.`);
    path = path.replace('{id}', ids[idName]).replace('{payerId}', ids.payerId).replace('{authorizationId}', ids.authorizationId);
  }
  const query = QUERIES[route.operationId]?.(ids) ?? '';
  if (!route.body) return { path: path + query };
  const body = BODIES[route.operationId];
  if (!body) throw new Error(`No sample body for ${route.operationId}: add it to test/support/sampleRequests.ts.`);
  return { path: path + query, body: body(ids) };
}
