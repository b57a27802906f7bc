/**
 * What the waitlist tests share: a world with a room calendar of its own and a shift on a future
 * date, clients with open cases and email addresses, a scheduler kept in memory (so tests fire
 * expiries when they choose) and a mailer that records every offer with its link's token.
 */
import { Temporal } from 'temporal-polyfill';
import { fixedClock, type Mailer, type OneTimeSchedule, type OutgoingMail, type SchedulerPort } from '@casefile/adapters';
import type { SmsSender } from '@casefile/adapters/sms/smsPort';
import type { Calendar, Session } from '@casefile/core';
import { setPorts } from '../../functions/src/ports/setPorts';
import { runtime, setRuntime } from '../../functions/src/runtime';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

type FixedClock = ReturnType<typeof fixedClock>;

export const ZONE = 'America/Toronto';
export const MINUTE = 60_000;

export class MemoryScheduler implements SchedulerPort {
  readonly schedules = new Map<string, OneTimeSchedule>();
  async upsertOneTimeSchedule(schedule: OneTimeSchedule): Promise<void> {
    this.schedules.set(schedule.name, schedule);
  }
  async deleteSchedule(name: string): Promise<void> {
    this.schedules.delete(name);
  }
}

export interface SentOffer {
  to: string;
  token: string;
  tags: OutgoingMail['tags'];
  at: number;
}

export interface WaitlistWorld {
  world: World;
  owner: ApiClient;
  desk: ApiClient;
  clock: FixedClock;
  scheduler: MemoryScheduler;
  offers: SentOffer[];
  /** Every other mail (recalls, notices), as sent. */
  mails: OutgoingMail[];
  /** Offers texted to clients who prefer SMS (`to` is the number). */
  texts: (SentOffer & { body: string })[];
  session: Session;
  calendar: Calendar;
  /** Local wall-clock time on `date` as a UTC instant. */
  local: (date: string, time: string) => string;
  /** A client with an open case: ids for entries and bookings. */
  newClient: (name: string, texting?: { mobilePhone: string }) => Promise<{ clientId: string; caseId: string; email: string }>;
  addShift: (date: string, start?: string, end?: string) => Promise<void>;
  /** Set before a mail is recorded (the random test checks each offer against the stored state then). */
  onOffer?: (offer: SentOffer) => Promise<void>;
  stop: () => Promise<void>;
}

export async function startWaitlistWorld(): Promise<WaitlistWorld> {
  const clock = fixedClock(new Date(Math.ceil(Date.now() / MINUTE) * MINUTE));
  const scheduler = new MemoryScheduler();
  const offers: SentOffer[] = [];
  const mails: OutgoingMail[] = [];
  const world = await startWorld();
  const state: Partial<WaitlistWorld> = {};
  const mailer: Mailer = {
    async send(mail) {
      if (mail.tags.kind !== 'waitlistOffer') {
        mails.push(mail);
        return { messageId: `other${mails.length}` };
      }
      const token = /#([A-Za-z0-9_.-]+)/.exec(mail.text)?.[1] ?? '';
      const offer = { to: mail.to, token, tags: mail.tags, at: clock.now().getTime() };
      await state.onOffer?.(offer);
      offers.push(offer);
      return { messageId: `offer${offers.length}` };
    },
  };
  const texts: WaitlistWorld['texts'] = [];
  const sender: SmsSender = {
    async send(sms) {
      const token = /#([A-Za-z0-9_.-]+)/.exec(sms.body)?.[1] ?? '';
      texts.push({ to: sms.to, token, tags: sms.tags, at: clock.now().getTime(), body: sms.body });
      return { messageId: `text${texts.length}` };
    },
  };
  setRuntime({ ...runtime(), clock });
  setPorts({ scheduling: { scheduler, scheduleGroup: 'test' }, outgoingMail: { mailer, mailFrom: 'test@example.com' }, outgoingSms: { sender } });
  const owner = await world.clinicA.api('owner');
  const desk = await world.clinicA.api('front_desk');
  const { disciplineId, locationId } = world.clinicA.ids;
  const session = (await owner.post<Session>('/api/sessions', { name: 'Waitlist 30', disciplineId, durationMinutes: 30 })).body;
  const calendar = (await owner.post<Calendar>('/api/calendars', { kind: 'room', name: 'Waitlist room', locationId, disciplineIds: [disciplineId] })).body;
  let clients = 0;
  const result: WaitlistWorld = {
    world,
    owner,
    desk,
    clock,
    scheduler,
    offers,
    mails,
    texts,
    session,
    calendar,
    local: (date, time) => Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(ZONE).toInstant().toString(),
    async newClient(name, texting) {
      clients += 1;
      const email = texting ? '' : `waitlist${clients}@example.com`;
      const contact = texting ? { mobilePhone: texting.mobilePhone, communication: { email: false, sms: true } } : { email };
      const client = await desk.post<{ clientId: string }>('/api/clients', { firstName: name, lastName: 'Waiting', ...contact, consent: { electronicCommunication: true } });
      const caseFile = await desk.post<{ caseId: string }>(`/api/clients/${client.body.clientId}/cases`, { caseType: 'private', intakeDate: '2026-01-05', disciplineId });
      if (client.status !== 201 || caseFile.status !== 201) throw new Error(`client setup failed: ${client.status} ${caseFile.status}`);
      return { clientId: client.body.clientId, caseId: caseFile.body.caseId, email };
    },
    async addShift(date, start = '09:00', end = '17:00') {
      const response = await desk.post('/api/shifts', { calendarId: calendar.calendarId, date, start, end, breaks: [] });
      if (response.status !== 201) throw new Error(`shift setup failed: ${response.status} ${JSON.stringify(response.body)}`);
    },
    async stop() {
      setRuntime(undefined);
      setPorts(undefined);
      await world.stop();
    },
  };
  return Object.assign(state, result) as WaitlistWorld;
}
