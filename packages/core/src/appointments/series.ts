/**
 * "This one" or "this and following" for a repeated appointment's series (SPEC A4): the appointments
 * one cancel, move or edit reaches. A series is the set of appointments one repeat confirm created
 * (they share `seriesId`).
 */
export const SERIES_SCOPES = ['one', 'following'] as const;
export type SeriesScope = (typeof SERIES_SCOPES)[number];

interface SeriesMember {
  appointmentId: string;
  start: string;
  seriesId?: string | undefined;
}

/**
 * The appointments an action on `anchor` reaches, `anchor` first, then the later ones of its series
 * by start. An appointment without a series treats `following` like `one`. The caller decides what to
 * do with members already in a final status (a series cancel skips those already canceled).
 */
export function appointmentsInScope<T extends SeriesMember>(anchor: T, seriesAppointments: readonly T[], scope: SeriesScope): T[] {
  if (scope === 'one' || !anchor.seriesId) return [anchor];
  const anchorMs = Date.parse(anchor.start);
  const later = seriesAppointments
    .filter((one) => one.seriesId === anchor.seriesId && one.appointmentId !== anchor.appointmentId && Date.parse(one.start) > anchorMs)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return [anchor, ...later];
}
