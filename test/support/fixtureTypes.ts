/** The shape of a seeded clinic in API tests, apart from world.ts so that the samples can name it without importing the world. */
import type { Role } from '@casefile/core';
import type { DemoUser } from '../../hosts/local/src/seed';
import type { ApiClient } from './apiClient';

export interface FixtureIds {
  clientId: string;
  caseId: string;
  locationId: string;
  disciplineId: string;
  /** A member a manager may change (not an owner). */
  memberId: string;
  /** A provider calendar (of the first provider, who has the first discipline). */
  calendarId: string;
  /** A session of the first discipline. */
  sessionId: string;
  /** A time block on `calendarId`. */
  blockId: string;
  /** A shift on `calendarId`. */
  shiftId: string;
  /** Filled per request by the samples that need a fresh appointment. */
  appointmentId: string;
  /** Billing ids, filled per request by the billing samples (test/support/samples/billingSamples.ts). */
  billingItemId: string;
  payerId: string;
  authorizationId: string;
  chargeId: string;
  invoiceId: string;
  paymentId: string;
  /** Note ids, filled per request by the notes samples (test/support/samples/noteSamples.ts). */
  noteTemplateId: string;
  noteId: string;
  /** Filled per request by the waitlist samples (test/support/samples/waitlistSamples.ts). */
  waitlistEntryId: string;
  /** Filled per request by the task samples (test/support/samples/taskSamples.ts). */
  taskId: string;
  /** Filled per request by the recall samples (test/support/samples/recallSamples.ts). */
  recallId: string;
  /** Case-file records, filled per request by test/support/samples/clinicalRecordSamples.ts. */
  documentId: string;
  formId: string;
  /** A clinic form template, filled per request by test/support/samples/formTemplateSamples.ts. */
  formTemplateId: string;
  /** A webhook endpoint, filled per request by the webhook samples (test/support/samples/webhookSamples.ts). */
  webhookId: string;
  /** An import and an export, filled per request by test/support/samples/importExportSamples.ts. */
  importId: string;
  exportId: string;
  archiveId: string;
}

export interface ClinicFixture {
  clinicId: string;
  name: string;
  users: Record<Role, DemoUser | undefined>;
  api: (role?: Role) => Promise<ApiClient>;
  ids: FixtureIds;
}
