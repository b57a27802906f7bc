/** The reference lists most pages need, cached by TanStack Query (they change rarely). */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './client';
import { localeOfCountry, setDisplayLocale } from '../lib/zonedTime';

const LONG = 5 * 60_000;

export type Location = Schemas['Location'];
export type Calendar = Schemas['Calendar'];
export type Session = Schemas['Session'];
export type Discipline = Schemas['Discipline'];
export type DayView = Schemas['DayView'];
export type DayColumn = DayView['columns'][number];
export type DayAppointment = DayColumn['appointments'][number];
export type AppointmentStatus = Schemas['AppointmentStatus'];

/** Loading the locations also sets the clinic's time format (its first location's country). */
export function useLocations() {
  return useQuery({
    queryKey: ['locations'],
    staleTime: LONG,
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/locations', { params: { query: { limit: 100 } } }));
      setDisplayLocale(localeOfCountry(page.items[0]?.address?.country));
      return page;
    },
  });
}

export function useDisciplines() {
  return useQuery({ queryKey: ['disciplines'], staleTime: LONG, queryFn: () => unwrap(api.GET('/api/disciplines', { params: { query: { limit: 100 } } })) });
}

export function useSessions() {
  return useQuery({ queryKey: ['sessions'], staleTime: LONG, queryFn: () => unwrap(api.GET('/api/sessions', { params: { query: { limit: 100 } } })) });
}

/** One location's calendars, or all of them (`undefined`); `enabled: false` while the location is not known yet. */
export function useCalendars(locationId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['calendars', locationId ?? 'all'],
    enabled,
    staleTime: LONG,
    queryFn: () => unwrap(api.GET('/api/calendars', { params: { query: { limit: 100, ...(locationId ? { locationId } : {}) } } })),
  });
}
