/** The day view of one location and date: one request, all statuses (the status bar filters locally). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { STATUS_ORDER } from './statuses';

export interface DayViewParams {
  locationId: string;
  date: string;
  disciplineId?: string;
  /** Absent: the calendars with a shift that day. */
  calendarIds?: readonly string[];
}

export function useDayView(params: DayViewParams | undefined) {
  return useQuery({
    queryKey: ['day-view', params],
    enabled: Boolean(params),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
    queryFn: () =>
      unwrap(
        api.GET('/api/day-view', {
          params: {
            query: {
              locationId: params!.locationId,
              date: params!.date,
              statuses: STATUS_ORDER.join(','),
              ...(params!.disciplineId ? { disciplineId: params!.disciplineId } : {}),
              ...(params!.calendarIds?.length ? { calendarIds: params!.calendarIds.join(',') } : {}),
            },
          },
        }),
      ),
  });
}
