import { describe, expect, it } from 'vitest';
import type { PublicClinic } from '../src/api/contract';
import { bookableLocations, initialChoice, providersFor, sessionsAt, settleChoice } from '../src/booking/choices';

const id = (n: number) => `01JDEM0000000000000000000${n}`;
const [downtown, west, empty, physio, massage, priya, tom, ana, assessment, treatment, massage60] = Array.from({ length: 11 }, (_, n) => id(n));

const clinic: PublicClinic = {
  name: 'Riverside',
  slug: 'riverside',
  locations: [downtown!, west!, empty!].map((locationId) => ({ locationId, name: locationId, timeZone: 'America/Toronto' })),
  disciplines: [{ disciplineId: physio!, name: 'Physiotherapy' }, { disciplineId: massage!, name: 'Massage' }],
  calendars: [
    { calendarId: priya!, name: 'Priya', locationId: downtown!, disciplineIds: [physio!], selfCancelWindowHours: 24 },
    { calendarId: tom!, name: 'Tom', locationId: downtown!, disciplineIds: [massage!, physio!], selfCancelWindowHours: 24 },
    { calendarId: ana!, name: 'Ana', locationId: west!, disciplineIds: [physio!], selfCancelWindowHours: 24 },
  ],
  sessions: [
    { sessionId: assessment!, name: 'Assessment', disciplineId: physio!, durationMinutes: 60 },
    { sessionId: treatment!, name: 'Treatment', disciplineId: physio!, durationMinutes: 30 },
    { sessionId: massage60!, name: 'Massage', disciplineId: massage!, durationMinutes: 60 },
  ],
};

describe('booking choices', () => {
  it('offers only locations with an online calendar', () => {
    expect(bookableLocations(clinic).map((location) => location.locationId)).toEqual([downtown, west]);
  });

  it('offers the sessions some calendar at the location (or the linked calendar) takes', () => {
    expect(sessionsAt(clinic, west!).map((session) => session.name)).toEqual(['Assessment', 'Treatment']);
    expect(sessionsAt(clinic, downtown!).map((session) => session.name)).toEqual(['Assessment', 'Treatment', 'Massage']);
    expect(sessionsAt(clinic, downtown!, priya).map((session) => session.name)).toEqual(['Assessment', 'Treatment']);
  });

  it('lists the providers of a session at a location', () => {
    expect(providersFor(clinic, downtown!, treatment!).map((calendar) => calendar.name)).toEqual(['Priya', 'Tom']);
    expect(providersFor(clinic, downtown!, massage60!).map((calendar) => calendar.name)).toEqual(['Tom']);
  });

  it('starts a direct link at its calendar and location, and takes ?service= when offered', () => {
    expect(initialChoice(clinic, ana, null)).toEqual({ locationId: west, sessionId: '', calendarId: ana });
    expect(initialChoice(clinic, priya, treatment!)).toEqual({ locationId: downtown, sessionId: treatment, calendarId: priya });
    expect(initialChoice(clinic, priya, massage60!)).toEqual({ locationId: downtown, sessionId: '', calendarId: priya });
    expect(initialChoice(clinic, 'unknown', null)).toEqual({ locationId: '', sessionId: '', calendarId: '' });
  });

  it('drops a session or provider the new location lacks', () => {
    expect(settleChoice(clinic, { locationId: west!, sessionId: massage60!, calendarId: tom! })).toEqual({ locationId: west, sessionId: '', calendarId: '' });
    expect(settleChoice(clinic, { locationId: west!, sessionId: treatment!, calendarId: tom! })).toEqual({ locationId: west, sessionId: treatment, calendarId: '' });
    expect(settleChoice(clinic, { locationId: downtown!, sessionId: treatment!, calendarId: tom! })).toEqual({ locationId: downtown, sessionId: treatment, calendarId: tom });
  });
});
