import { type FhirAppointmentSearch, type FhirResource, toFhirAppointment } from '@casefile/core';
import type { ClinicRepositories, StoredAppointment } from '@casefile/db';
import { unlessNotFound } from '../billing/unlessNotFound';
import type { StaffContext } from '../context';

const DAY_MS = 86_400_000;
/** A calendar's appointments are read for a window: 30 days from today unless `date` says otherwise, at most a year. */
const DEFAULT_CALENDAR_WINDOW_DAYS = 30;
const MAX_CALENDAR_WINDOW_DAYS = 366;

/** Appointments of a patient (all of them) or on a calendar (a window), then narrowed by date window and FHIR status. */
export async function searchFhirAppointments({ repos, runtime }: StaffContext, search: FhirAppointmentSearch): Promise<FhirResource[]> {
  const now = runtime.clock.now().getTime();
  const from = search.date?.from;
  const to = search.date?.to;
  const stored =
    search.patient !== undefined
      ? await repos.appointments.listAllForClient(search.patient)
      : await onCalendar(repos, search.actor!, from ?? new Date(now).toISOString(), to ?? new Date(Date.parse(from ?? new Date(now).toISOString()) + DEFAULT_CALENDAR_WINDOW_DAYS * DAY_MS).toISOString());
  return stored
    .filter((appointment) => (search.actor === undefined || appointment.calendarId === search.actor) && (from === undefined || appointment.end > from) && (to === undefined || appointment.start < to))
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((appointment) => toFhirAppointment(appointment))
    .filter((appointment) => search.status === undefined || appointment.status === search.status);
}

async function onCalendar(repos: ClinicRepositories, calendarId: string, from: string, to: string): Promise<StoredAppointment[]> {
  const capped = new Date(Math.min(Date.parse(to), Date.parse(from) + MAX_CALENDAR_WINDOW_DAYS * DAY_MS)).toISOString();
  if (!(await unlessNotFound(repos.calendars.get(calendarId)))) return [];
  const placements = await repos.appointments.placementsBetween(calendarId, from, capped);
  return repos.appointments.getMany([...new Set(placements.map((placement) => placement.appointmentId))]);
}
