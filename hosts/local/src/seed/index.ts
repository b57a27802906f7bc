/** Demo data for `npm start`: seeded once, into an empty table, through the same repositories the API uses. */
import { LocalIdentityDirectory } from '@casefile/adapters';
import { providerCalendarFor } from '@casefile/core';
import { createClinicRepositories, createDocumentClient, createService } from '@casefile/db';
import { Temporal } from 'temporal-polyfill';
import { ulid } from 'ulidx';
import { DEMO_CLINICS, type DemoClinic } from './demoData';
import { seedShifts } from './seedShifts';
import { seedBillingPolicy, seedCasePayers, seedSessionItem } from './seedBilling';
import { ensureDefaultTemplates } from '@casefile/functions/usecases/notes/ensureDefaultTemplates';

export interface DemoUser {
  email: string;
  name: string;
  role: string;
  clinicId: string;
  clinicName: string;
  memberId: string;
}

export interface SeedResult {
  seeded: boolean;
  users: DemoUser[];
}

export interface SeedOptions {
  tableName: string;
  endpoint: string;
  /** The local identity directory (stand-in for the Cognito user pool); defaults to LOCAL_IDENTITY_FILE. */
  identityFile?: string;
}

const SEED_ACTOR = 'system:seed';

/** Seeds the demo clinics on first start; on later starts returns the demo users already there. */
export async function seedIfEmpty(options: SeedOptions): Promise<SeedResult> {
  const identityFile = options.identityFile ?? process.env.LOCAL_IDENTITY_FILE;
  if (!identityFile) throw new Error('seedIfEmpty needs an identity file (LOCAL_IDENTITY_FILE).');
  const identity = new LocalIdentityDirectory(identityFile);
  const service = createService(createDocumentClient(options.endpoint), options.tableName);
  const users: DemoUser[] = [];
  let seeded = false;
  for (const clinic of DEMO_CLINICS) {
    const repos = createClinicRepositories({ service, clinicId: clinic.clinicId, actor: SEED_ACTOR, now: () => new Date(), newId: () => ulid() });
    const exists = await repos.clinic.get().then(
      () => true,
      () => false,
    );
    if (!exists) {
      await seedClinic(clinic, repos, identity);
      seeded = true;
    }
    const members = await repos.members.list({ limit: 100 });
    for (const member of members.items) {
      users.push({
        email: member.email,
        name: `${member.firstName} ${member.lastName}`,
        role: member.role,
        clinicId: clinic.clinicId,
        clinicName: clinic.name,
        memberId: member.memberId,
      });
      // The identity file can be deleted on its own; keep sign-in in step with the table.
      if (!(await identity.findByEmail(member.email))) {
        await identity.putUser({ email: member.email, clinicId: clinic.clinicId, memberId: member.memberId, role: member.role, active: member.active });
      }
    }
  }
  return { seeded, users };
}

async function seedClinic(clinic: DemoClinic, repos: ReturnType<typeof createClinicRepositories>, identity: LocalIdentityDirectory) {
  await repos.clinic.create({
    name: clinic.name,
    slug: clinic.slug,
    currency: clinic.currency,
    phone: clinic.phone,
    taxNumber: clinic.taxNumber,
    defaultTimeZone: clinic.timeZone,
    caseNumberPrefix: clinic.caseNumberPrefix,
    lateCancelWindowHours: 24,
    onlineCaseType: 'private',
    onlineCasePolicy: 'attach_open',
  });
  const locationIds: string[] = [];
  for (const location of clinic.locations) {
    const { name, timeZone, phone, ...address } = location;
    locationIds.push((await repos.locations.create({ name, timeZone, phone, address, active: true })).locationId);
  }
  const mainLocationId = locationIds[0]!;
  const disciplineIds = new Map<string, string>();
  for (const discipline of clinic.disciplines) {
    const created = await repos.disciplines.create({ ...discipline, active: true });
    disciplineIds.set(discipline.name, created.disciplineId);
  }
  const providerIds = new Map<string, string>();
  const calendarIds: string[] = [];
  for (const person of clinic.members) {
    const disciplinesOfPerson = (person.disciplines ?? []).map((name) => disciplineIds.get(name) ?? '');
    const member = await repos.members.create(
      {
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      role: person.role,
      ...(person.title ? { title: person.title } : {}),
      ...(person.registrationNumber ? { registrationNumber: person.registrationNumber } : {}),
      disciplineIds: disciplinesOfPerson,
      active: true,
      notificationPreferences: { email: true, newBooking: true, reschedule: true, cancellation: true, noShow: true },
      },
      person.role === 'provider'
        ? (memberId) => {
            const calendar = repos.calendars.draft({ ...providerCalendarFor({ ...person, memberId, disciplineIds: disciplinesOfPerson }, mainLocationId), onlineBooking: person.onlineBooking ?? false });
            calendarIds.push(calendar.calendarId);
            return calendar;
          }
        : undefined,
    );
    for (const name of person.disciplines ?? []) if (person.role === 'provider') providerIds.set(name, member.memberId);
    await identity.putUser({ email: member.email, clinicId: clinic.clinicId, memberId: member.memberId, role: member.role, active: true });
  }
  for (const resource of clinic.resources) {
    const calendar = await repos.calendars.create({
      kind: resource.kind,
      name: resource.name,
      locationId: mainLocationId,
      disciplineIds: resource.disciplines.map((name) => disciplineIds.get(name) ?? ''),
      grantedMemberIds: [...providerIds.values()],
      onlineBooking: resource.kind === 'room',
      visibleHours: { start: '07:00', end: '21:00' },
      guardrails: { leadTimeMinutes: 120, bufferBeforeMinutes: 0, bufferAfterMinutes: 10, horizonDays: 60, selfCancelWindowHours: 24 },
      active: true,
    });
    calendarIds.push(calendar.calendarId);
  }
  const taxCodes = await seedBillingPolicy(repos, clinic.currency, clinic.locations[0]?.region);
  for (const [index, session] of clinic.sessions.entries()) {
    const billingItemId = await seedSessionItem(repos, session, index, taxCodes);
    await repos.sessions.create({
      name: session.name,
      disciplineId: disciplineIds.get(session.discipline) ?? '',
      durationMinutes: session.durationMinutes,
      colour: session.colour,
      billingItemIds: [billingItemId],
      onlineBookable: session.onlineBookable,
      requiredResourceKinds: session.requires ?? [],
      active: true,
    });
  }
  const today = Temporal.Now.plainDateISO(clinic.timeZone);
  await seedShifts(repos, calendarIds, today.toString());
  // A team meeting on the first provider calendar, next Wednesday at noon local time.
  const nextWednesday = today.add({ days: ((3 - today.dayOfWeek + 7) % 7) || 7 });
  const meetingStart = nextWednesday.toZonedDateTime({ timeZone: clinic.timeZone, plainTime: '12:00' });
  if (calendarIds[0]) {
    await repos.timeBlocks.create({
      calendarId: calendarIds[0],
      kind: 'meeting',
      label: 'Team meeting',
      start: meetingStart.toInstant().toString(),
      end: meetingStart.add({ hours: 1 }).toInstant().toString(),
    });
  }
  for (const { cases, ...person } of clinic.clients) {
    const client = await repos.clients.create({
      ...person,
      alerts: [],
      communication: { email: true, sms: false, reminders: true, marketing: false },
      consent: { treatment: true, privacyPolicy: true, electronicCommunication: true },
      status: 'active',
    });
    for (const demoCase of cases) {
      const providerId = providerIds.get(demoCase.discipline);
      const caseFile = await repos.cases.create(
        client.clientId,
        {
          caseType: demoCase.caseType,
          title: demoCase.title,
          intakeDate: demoCase.intakeDate,
          disciplineId: disciplineIds.get(demoCase.discipline),
          assignedProviderIds: providerId ? [providerId] : [],
          contacts: demoCase.contacts ?? [],
          ...(demoCase.referral ? { referralSource: { kind: demoCase.referral } } : {}),
        },
        clinic.caseNumberPrefix,
      );
      await seedCasePayers(repos, caseFile);
    }
  }
  await ensureDefaultTemplates(repos, new Date());
}
