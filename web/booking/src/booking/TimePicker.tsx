/**
 * A week of days and the open times of the chosen day, in the location's zone. Its space is kept
 * while times load, so the page does not jump.
 */
import { useEffect } from 'preact/hooks';
import { describeFailure } from '../api/apiError';
import type { AvailabilityQuery, PublicAvailability, Slot } from '../api/contract';
import { getAvailability } from '../api/publicApi';
import { addDays, fullDateLabel, monthDayLabel, timeLabel, todayIn, weekdayLabel, zoneLabel } from '../format';
import { ErrorMessage } from '../ui/Messages';
import { useLoad } from '../ui/useLoad';

export const DAYS_SHOWN = 7;

/** Marked once per page load when the first times show: what `npm run bench:booking` reads. */
export const FIRST_TIMES_MARK = 'booking:first-times';
let firstTimesMarked = false;

export interface TimeView {
  weekStart: string;
  /** The day whose times show; undefined: the first day that has any. */
  date?: string;
}

interface Props {
  clinicSlug: string;
  query: Omit<AvailabilityQuery, 'from' | 'days'>;
  timeZone: string;
  view: TimeView;
  onView: (view: TimeView) => void;
  onPick: (slot: Slot, date: string) => void;
  /** Changing it reloads the times (after a time was taken). */
  reloadKey: number;
  heading?: string;
}

export function TimePicker({ clinicSlug, query, timeZone, view, onView, onPick, reloadKey, heading = 'Choose a time' }: Props) {
  const today = todayIn(timeZone);
  const weekStart = view.weekStart < today ? today : view.weekStart;
  const [times, retry] = useLoad(() => getAvailability(clinicSlug, { ...query, from: weekStart, days: DAYS_SHOWN }), [clinicSlug, query.sessionId, query.locationId, query.calendarId, weekStart, reloadKey]);
  const days = times.state === 'ready' ? times.value.days : placeholderDays(weekStart);
  const date = pickDate(times.state === 'ready' ? times.value : undefined, view.date);
  const day = days.find((candidate) => candidate.date === date);
  const lastDay = addDays(weekStart, DAYS_SHOWN - 1);
  const showsTimes = times.state === 'ready' && day !== undefined;
  useEffect(() => {
    if (!showsTimes || firstTimesMarked) return;
    firstTimesMarked = true;
    performance.mark(FIRST_TIMES_MARK);
  }, [showsTimes]);

  return (
    <section class="times" aria-labelledby="times-heading">
      <h2 id="times-heading">{heading}</h2>
      <p class="hint zone">Times are in {zoneLabel(timeZone)}.</p>
      <div class="week-nav">
        <button type="button" class="secondary" disabled={weekStart <= today} onClick={() => onView({ weekStart: addDays(weekStart, -DAYS_SHOWN) })}>
          <span aria-hidden="true">‹ </span>Earlier
        </button>
        <span class="week-range">
          {monthDayLabel(weekStart)} – {monthDayLabel(lastDay)}
        </span>
        <button type="button" class="secondary" onClick={() => onView({ weekStart: addDays(weekStart, DAYS_SHOWN) })}>
          Later<span aria-hidden="true"> ›</span>
        </button>
      </div>
      <div class="days" role="group" aria-label="Days">
        {days.map((candidate) => {
          const count = candidate.slots.length;
          const ready = times.state === 'ready';
          return (
            <button
              type="button"
              key={candidate.date}
              class="day"
              aria-pressed={candidate.date === date}
              disabled={!ready || count === 0}
              aria-label={`${fullDateLabel(candidate.date)}, ${ready ? (count === 0 ? 'no times' : `${count} ${count === 1 ? 'time' : 'times'}`) : 'loading'}`}
              onClick={() => onView({ weekStart, date: candidate.date })}
            >
              <span class="day-name">{weekdayLabel(candidate.date)}</span>
              <span class="day-date">{monthDayLabel(candidate.date)}</span>
              <span class="day-count">{ready ? (count === 0 ? '—' : count) : ' '}</span>
            </button>
          );
        })}
      </div>
      <div class="slots" aria-busy={times.state === 'loading'}>
        {times.state === 'loading' ? <p class="muted">Finding open times…</p> : null}
        {times.state === 'failed' ? <ErrorMessage action={{ label: 'Try again', run: retry }}>{describeFailure(times.error)}</ErrorMessage> : null}
        {times.state === 'ready' && !day ? (
          <div class="no-times">
            <p>No open times between {monthDayLabel(weekStart)} and {monthDayLabel(lastDay)}.</p>
            <button type="button" onClick={() => onView({ weekStart: addDays(weekStart, DAYS_SHOWN) })}>
              Show the next week
            </button>
          </div>
        ) : null}
        {times.state === 'ready' && day ? (
          <>
            <h3 id="day-heading">{fullDateLabel(day.date)}</h3>
            <ul class="slot-list" aria-labelledby="day-heading">
              {day.slots.map((slot) => (
                <li key={slot.start}>
                  <button type="button" class="slot" onClick={() => onPick(slot, day.date)} aria-label={`${timeLabel(slot.localTime)}, ${fullDateLabel(day.date)}`}>
                    {timeLabel(slot.localTime)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}

function pickDate(availability: PublicAvailability | undefined, wanted: string | undefined): string | undefined {
  if (!availability) return wanted;
  const open = availability.days.filter((day) => day.slots.length > 0);
  return open.find((day) => day.date === wanted)?.date ?? open[0]?.date;
}

function placeholderDays(weekStart: string): PublicAvailability['days'] {
  return Array.from({ length: DAYS_SHOWN }, (_, index) => ({ date: addDays(weekStart, index), slots: [] }));
}
