/** Location (when there are several), service and provider, as radio groups. */
import type { PublicClinic } from '../api/contract';
import { bookableLocations, providersFor, sessionsAt, type Choice } from './choices';

interface Props {
  clinic: PublicClinic;
  choice: Choice;
  onChoice: (choice: Choice) => void;
  /** The calendar of a direct booking link, whose sessions alone are offered while it is chosen. */
  linkedCalendarId?: string;
}

export function ServicePicker({ clinic, choice, onChoice, linkedCalendarId }: Props) {
  const locations = bookableLocations(clinic);
  const linked = linkedCalendarId && choice.calendarId === linkedCalendarId ? linkedCalendarId : '';
  const sessions = choice.locationId ? sessionsAt(clinic, choice.locationId, linked) : [];
  const providers = choice.sessionId ? providersFor(clinic, choice.locationId, choice.sessionId) : [];
  const location = locations.find((candidate) => candidate.locationId === choice.locationId);
  const linkedCalendar = linked ? clinic.calendars.find((calendar) => calendar.calendarId === linked) : undefined;

  return (
    <div class="choices">
      {linkedCalendar ? (
        <p class="linked-provider">
          <span class="muted">Booking with </span>
          <strong>{linkedCalendar.name}</strong>
        </p>
      ) : null}
      {locations.length > 1 ? (
        <fieldset>
          <legend>Location</legend>
          {locations.map((candidate) => (
            <label class="choice" key={candidate.locationId}>
              <input
                type="radio"
                name="location"
                value={candidate.locationId}
                checked={candidate.locationId === choice.locationId}
                onChange={() => onChoice({ ...choice, locationId: candidate.locationId })}
              />
              <span class="choice-text">
                <span class="choice-title">{candidate.name}</span>
                {candidate.address ? <span class="choice-detail">{[candidate.address.line1, candidate.address.city].filter(Boolean).join(', ')}</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
      ) : location ? (
        <p class="single-location">
          <span class="muted">Location: </span>
          {location.name}
        </p>
      ) : null}

      {choice.locationId ? (
        <fieldset>
          <legend>Service</legend>
          {sessions.length === 0 ? <p class="muted">No services can be booked online here.</p> : null}
          {sessions.map((session) => (
            <label class="choice" key={session.sessionId}>
              <input type="radio" name="service" value={session.sessionId} checked={session.sessionId === choice.sessionId} onChange={() => onChoice({ ...choice, sessionId: session.sessionId })} />
              <span class="choice-text">
                <span class="choice-title">{session.name}</span>
                <span class="choice-detail">{session.durationMinutes} min</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}

      {choice.sessionId && providers.length > 0 ? (
        <fieldset>
          <legend>Provider</legend>
          {providers.length > 1 ? (
            <label class="choice">
              <input type="radio" name="provider" value="" checked={choice.calendarId === ''} onChange={() => onChoice({ ...choice, calendarId: '' })} />
              <span class="choice-text">
                <span class="choice-title">Any available provider</span>
                <span class="choice-detail">Shows the most times</span>
              </span>
            </label>
          ) : null}
          {providers.map((calendar) => (
            <label class="choice" key={calendar.calendarId}>
              <input
                type="radio"
                name="provider"
                value={calendar.calendarId}
                checked={calendar.calendarId === choice.calendarId || (providers.length === 1 && choice.calendarId === '')}
                onChange={() => onChoice({ ...choice, calendarId: calendar.calendarId })}
              />
              <span class="choice-text">
                <span class="choice-title">{calendar.name}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
