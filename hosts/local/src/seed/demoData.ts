import type { CaseContact, CreateClient, Role } from '@casefile/core';

/** The demo clinics of `npm start`: a busy multidisciplinary clinic and a small one beside it. */
export interface DemoClinic {
  clinicId: string;
  name: string;
  slug: string;
  currency: string;
  timeZone: string;
  caseNumberPrefix: string;
  /** The clinic's own line (front desk); each location has its own too. */
  phone: string;
  /** The clinic's tax (GST/HST) registration number, printed on invoices. */
  taxNumber: string;
  locations: { name: string; timeZone: string; city: string; line1: string; region: string; postalCode: string; country: string; phone: string }[];
  disciplines: { name: string; colour: string }[];
  members: { firstName: string; lastName: string; email: string; role: Role; title?: string; registrationNumber?: string; disciplines?: string[]; onlineBooking?: boolean }[];
  /** Room and equipment calendars, at the first location. */
  resources: { kind: 'room' | 'equipment'; name: string; disciplines: string[] }[];
  sessions: { name: string; discipline: string; durationMinutes: number; colour: string; onlineBookable: boolean; requires?: ('room' | 'equipment')[] }[];
  clients: (Pick<CreateClient, 'firstName' | 'lastName' | 'email' | 'phone' | 'dateOfBirth'> & {
    cases: { caseType: 'motor_vehicle_accident' | 'workers_compensation' | 'private' | 'extended_health'; intakeDate: string; discipline: string; title: string; contacts?: CaseContact[]; referral?: 'self' | 'physician' | 'lawyer' | 'insurer' }[];
  })[];
}

export const DEMO_CLINICS: DemoClinic[] = [
  {
    clinicId: '01JDEM0C11N1C0000000000001',
    name: 'Riverside Physio & Rehab',
    slug: 'riverside',
    currency: 'CAD',
    timeZone: 'America/Toronto',
    caseNumberPrefix: 'RPR-',
    phone: '+1 416 555 0100',
    taxNumber: '81234 5678 RT0001',
    locations: [
      { name: 'Riverside Downtown', timeZone: 'America/Toronto', line1: '120 King St W', city: 'Toronto', region: 'ON', postalCode: 'M5H 1J9', country: 'CA', phone: '+1 416 555 0100' },
      { name: 'Riverside Mississauga', timeZone: 'America/Toronto', line1: '77 City Centre Dr', city: 'Mississauga', region: 'ON', postalCode: 'L5B 1M5', country: 'CA', phone: '+1 905 555 0150' },
    ],
    disciplines: [
      { name: 'Physiotherapy', colour: '#2f6fdf' },
      { name: 'Massage Therapy', colour: '#2a9d8f' },
      { name: 'Chiropractic', colour: '#e76f51' },
    ],
    members: [
      { firstName: 'Olivia', lastName: 'Owens', email: 'owner@riverside.demo', role: 'owner', title: 'Clinic owner' },
      { firstName: 'Marcus', lastName: 'Mendes', email: 'manager@riverside.demo', role: 'manager', title: 'Clinic manager' },
      { firstName: 'Fatima', lastName: 'Rahman', email: 'frontdesk@riverside.demo', role: 'front_desk' },
      { firstName: 'Dylan', lastName: 'Park', email: 'frontdesk2@riverside.demo', role: 'front_desk' },
      { firstName: 'Priya', lastName: 'Sharma', email: 'physio@riverside.demo', role: 'provider', title: 'Registered Physiotherapist', registrationNumber: 'CPO 15432', disciplines: ['Physiotherapy'], onlineBooking: true },
      { firstName: 'Tom', lastName: 'Becker', email: 'rmt@riverside.demo', role: 'provider', title: 'Registered Massage Therapist', registrationNumber: 'CMTO R-20871', disciplines: ['Massage Therapy'], onlineBooking: true },
      { firstName: 'Grace', lastName: 'Liu', email: 'chiro@riverside.demo', role: 'provider', title: 'Chiropractor', registrationNumber: 'CCO 4417', disciplines: ['Chiropractic'] },
      { firstName: 'Ben', lastName: 'Osei', email: 'billing@riverside.demo', role: 'billing', title: 'Billing coordinator' },
    ],
    resources: [
      { kind: 'room', name: 'Treatment Room 1', disciplines: ['Physiotherapy', 'Massage Therapy', 'Chiropractic'] },
      { kind: 'room', name: 'Treatment Room 2', disciplines: ['Massage Therapy'] },
      { kind: 'equipment', name: 'Shockwave unit', disciplines: ['Physiotherapy'] },
    ],
    sessions: [
      { name: 'Physiotherapy assessment', discipline: 'Physiotherapy', durationMinutes: 60, colour: '#2f6fdf', onlineBookable: true },
      { name: 'Physiotherapy treatment', discipline: 'Physiotherapy', durationMinutes: 30, colour: '#5b8def', onlineBookable: true },
      { name: 'Shockwave therapy', discipline: 'Physiotherapy', durationMinutes: 20, colour: '#1d4ea8', onlineBookable: false, requires: ['equipment'] },
      { name: 'Massage 60 min', discipline: 'Massage Therapy', durationMinutes: 60, colour: '#2a9d8f', onlineBookable: true, requires: ['room'] },
      { name: 'Chiropractic adjustment', discipline: 'Chiropractic', durationMinutes: 15, colour: '#e76f51', onlineBookable: false },
    ],
    clients: [
      {
        firstName: 'Emma', lastName: 'Thompson', email: 'emma.thompson@example.com', phone: '+1 416 555 0111', dateOfBirth: '1986-04-12',
        cases: [
          {
            caseType: 'motor_vehicle_accident', intakeDate: '2026-09-02', discipline: 'Physiotherapy', title: 'Rear-end collision, whiplash', referral: 'lawyer',
            contacts: [
              { role: 'lawyer', name: 'Daniel Stern', organization: 'Stern Injury Law', phone: '+1 416 555 0190' },
              { role: 'adjuster', name: 'Karen Bell', organization: 'Northway Insurance', reference: 'NW-448812' },
            ],
          },
          { caseType: 'private', intakeDate: '2026-10-15', discipline: 'Massage Therapy', title: 'Maintenance massage', referral: 'self' },
        ],
      },
      {
        firstName: 'Liam', lastName: 'Nguyen', email: 'liam.nguyen@example.com', phone: '+1 647 555 0122', dateOfBirth: '1979-11-30',
        cases: [
          {
            caseType: 'workers_compensation', intakeDate: '2026-08-18', discipline: 'Physiotherapy', title: 'Lifting injury, lower back', referral: 'insurer',
            contacts: [
              { role: 'employer', name: 'Harbourfront Logistics', phone: '+1 416 555 0170' },
              { role: 'case_manager', name: 'Sam Ortiz', organization: 'WSIB', reference: 'WSIB-2026-3321' },
            ],
          },
        ],
      },
      { firstName: 'Sofia', lastName: 'Rossi', email: 'sofia.rossi@example.com', phone: '+1 905 555 0133', dateOfBirth: '1992-02-07', cases: [{ caseType: 'extended_health', intakeDate: '2026-10-01', discipline: 'Chiropractic', title: 'Neck pain', referral: 'physician', contacts: [{ role: 'family_physician', name: 'Dr. Anika Patel', organization: 'Queen West Family Health' }] }] },
      { firstName: 'Noah', lastName: 'Smith', email: 'noah.smith@example.com', phone: '+1 416 555 0144', dateOfBirth: '2001-07-21', cases: [{ caseType: 'private', intakeDate: '2026-11-03', discipline: 'Physiotherapy', title: 'Sprained ankle (soccer)', referral: 'self' }] },
      { firstName: 'Ava', lastName: 'Smithers', email: 'ava.smithers@example.com', phone: '+1 416 555 0155', dateOfBirth: '1968-09-09', cases: [{ caseType: 'extended_health', intakeDate: '2026-07-14', discipline: 'Massage Therapy', title: 'Shoulder tension', referral: 'self' }] },
      { firstName: 'Mateo', lastName: 'García', email: 'mateo.garcia@example.com', phone: '+1 647 555 0166', dateOfBirth: '1975-03-03', cases: [{ caseType: 'motor_vehicle_accident', intakeDate: '2026-10-20', discipline: 'Chiropractic', title: 'T-bone collision', referral: 'lawyer', contacts: [{ role: 'lawyer', name: 'Rita Gomez', organization: 'Gomez & Partners' }] }] },
      { firstName: 'Chloé', lastName: 'Tremblay', email: 'chloe.tremblay@example.com', phone: '+1 905 555 0177', dateOfBirth: '1998-12-24', cases: [] },
    ],
  },
  {
    clinicId: '01JDEM0C11N1C0000000000002',
    name: 'Harbour Massage Co.',
    slug: 'harbour',
    currency: 'CAD',
    timeZone: 'America/Vancouver',
    caseNumberPrefix: 'H-',
    phone: '+1 604 555 0200',
    taxNumber: '79876 5432 RT0001',
    locations: [{ name: 'Harbour Studio', timeZone: 'America/Vancouver', line1: '900 Granville St', city: 'Vancouver', region: 'BC', postalCode: 'V6Z 1L2', country: 'CA', phone: '+1 604 555 0200' }],
    disciplines: [{ name: 'Massage Therapy', colour: '#6a4c93' }],
    members: [
      { firstName: 'Hana', lastName: 'Sato', email: 'owner@harbour.demo', role: 'owner', title: 'Owner, RMT', disciplines: ['Massage Therapy'] },
      { firstName: 'Leo', lastName: 'Fraser', email: 'frontdesk@harbour.demo', role: 'front_desk' },
      { firstName: 'Maya', lastName: 'Singh', email: 'rmt@harbour.demo', role: 'provider', title: 'Registered Massage Therapist', registrationNumber: 'CMTBC 09126', disciplines: ['Massage Therapy'], onlineBooking: true },
    ],
    resources: [{ kind: 'room', name: 'Studio room', disciplines: ['Massage Therapy'] }],
    sessions: [
      { name: 'Massage 60 min', discipline: 'Massage Therapy', durationMinutes: 60, colour: '#6a4c93', onlineBookable: true },
      { name: 'Massage 90 min', discipline: 'Massage Therapy', durationMinutes: 90, colour: '#8e6cb8', onlineBookable: true },
    ],
    clients: [
      { firstName: 'Ethan', lastName: 'Brown', email: 'ethan.brown@example.com', phone: '+1 604 555 0211', cases: [{ caseType: 'private', intakeDate: '2026-10-05', discipline: 'Massage Therapy', title: 'Sports massage' }] },
      { firstName: 'Isla', lastName: 'Smith', email: 'isla.smith@example.com', phone: '+1 604 555 0222', cases: [{ caseType: 'motor_vehicle_accident', intakeDate: '2026-09-12', discipline: 'Massage Therapy', title: 'Whiplash follow-up', referral: 'physician' }] },
    ],
  },
];
