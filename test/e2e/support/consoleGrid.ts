/** Driving the console's day grid: signing in, choosing a day, and points in a column at a local time. */
import type { Page } from 'playwright-core';
import type { ApiClient } from '../../support/apiClient';

export interface DayColumn {
  calendarId: string;
  name: string;
  shift: { start: string; end: string; breaks: { start: string; end: string }[] } | null;
  appointments: { appointmentId: string; start: string; end: string; status: string; caseId: string }[];
  /** Time blocks (meetings, holidays): clicking one opens it, so a booking click must avoid them. */
  blocks?: { start: string; end: string }[];
}

export interface DayViewBody {
  date: string;
  timeZone: string;
  columns: DayColumn[];
  counts: Record<string, number>;
  total: number;
}

export const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
};

/** The local minute of an instant in a zone (the day's own date assumed). */
export function localMinutes(instant: string, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(instant));
  return Number(parts.find((part) => part.type === 'hour')!.value) * 60 + Number(parts.find((part) => part.type === 'minute')!.value);
}

/** The first day from tomorrow on which the calendar has a shift, with its day view (all statuses). */
export async function nextShiftDay(api: ApiClient, locationId: string, calendarId: string, fromDate: string): Promise<DayViewBody> {
  for (let offset = 1; offset <= 14; offset += 1) {
    const date = addDays(fromDate, offset);
    const view = await dayView(api, locationId, date);
    if (view.columns.some((column) => column.calendarId === calendarId && column.shift)) return view;
  }
  throw new Error('The calendar has no shift in the next two weeks.');
}

export async function dayView(api: ApiClient, locationId: string, date: string): Promise<DayViewBody> {
  const statuses = 'booked,confirmed,arrived,paid,no_show,canceled,rebooked';
  return (await api.get<DayViewBody>(`/api/day-view?locationId=${locationId}&date=${date}&statuses=${statuses}`)).body;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** A start in the column's shift where `length` minutes are free of appointments and breaks. */
export function freeStart(column: DayColumn, timeZone: string, length: number, after = 0): number {
  const shift = column.shift!;
  const busy = [
    ...shift.breaks.map((item) => [minutesOf(item.start), minutesOf(item.end)] as const),
    ...column.appointments.filter((item) => item.status !== 'canceled' && item.status !== 'rebooked').map((item) => [localMinutes(item.start, timeZone), localMinutes(item.end, timeZone)] as const),
    ...(column.blocks ?? []).map((item) => [localMinutes(item.start, timeZone), localMinutes(item.end, timeZone)] as const),
  ];
  for (let start = Math.max(minutesOf(shift.start), after); start + length <= minutesOf(shift.end); start += 15) {
    if (busy.every(([from, to]) => start + length <= from || start >= to)) return start;
  }
  throw new Error('No free time in the shift.');
}

/** A point in the column at a local minute, scrolled into view; `share` is how far across (0-1). */
export async function pointAt(page: Page, calendarId: string, minutes: number, share = 0.1): Promise<{ x: number; y: number }> {
  const grid = page.locator('.grid');
  const offset = (minutes - Number(await grid.getAttribute('data-minute-from'))) * Number(await grid.getAttribute('data-px-per-minute'));
  await page.locator('.grid-scroll').evaluate((element, top) => element.scrollTo({ top: Math.max(0, top) }), offset - 150);
  const box = (await page.locator(`.grid-column[data-calendar-id="${calendarId}"]`).boundingBox())!;
  return { x: box.x + box.width * share, y: box.y + offset + 4 };
}
