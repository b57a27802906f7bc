import type { RepositoryContext } from './context';
import { createAuditRepository } from './auditRepository';
import { createCaseRepository } from './caseRepository';
import { createClientRepository } from './clientRepository';
import { createIdempotencyRepository } from './idempotencyRepository';
import { createMemberRepository } from './memberRepository';
import { createShiftRepository } from './shiftRepository';
import { createCalendarRepository } from './calendarRepository';
import { createSessionRepository } from './sessionRepository';
import { createTimeBlockRepository } from './timeBlockRepository';
import { createAppointmentRepository } from './appointmentRepository';
import { createOnlineRepository } from './onlineRepository';
import { createNotificationRepository } from './notificationRepository';
import { createClinicRepository, createDisciplineRepository, createLocationRepository } from './settingsRepositories';
import { createBillingSetupRepository } from './billingSetupRepository';
import { createChargeRepository } from './chargeRepository';
import { createInvoiceRepository } from './invoiceRepository';
import { createPaymentRepository } from './paymentRepository';
import { createLedgerRepository } from './ledgerRepository';
import { createAppointmentBillingRepository } from './appointmentBillingRepository';
import { createBillingWrites } from './billingWrites';
import { createNoteTemplateRepository } from './noteTemplateRepository';
import { createNoteRepository } from './noteRepository';
import { createClinicalAccessRepository } from './clinicalAccessRepository';
import { createWaitlistRepository } from './waitlistRepository';
import { createRecallRepository } from './recallRepository';
import { createRollupRepository } from './rollupRepository';
import { createTaskRepository } from './taskRepository';
import { createSmsRepository } from './smsRepository';
import { createCaseDocumentRepository } from './caseDocumentRepository';
import { createCommunicationRepository } from './communicationRepository';
import { createFormRequestRepository } from './formRequestRepository';
import { createFormTemplateRepository } from './formTemplateRepository';
import { createWebhookRepository } from './webhookRepository';
import { createImportRepository } from './importRepository';
import { createExportRepository } from './exportRepository';
import { createCalendarFeedRepository } from './calendarFeedRepository';
import { createChargeReportFactsRepository } from './chargeReportFactsRepository';

/** Every repository of one request, bound to the caller's clinic: tenancy is applied here, once. */
export function createClinicRepositories(ctx: RepositoryContext) {
  return {
    clinicId: ctx.clinicId,
    /** Who the writes of this request are attributed to. */
    actor: ctx.actor,
    clinic: createClinicRepository(ctx),
    locations: createLocationRepository(ctx),
    disciplines: createDisciplineRepository(ctx),
    members: createMemberRepository(ctx),
    clients: createClientRepository(ctx),
    cases: createCaseRepository(ctx),
    audit: createAuditRepository(ctx),
    idempotency: createIdempotencyRepository(ctx),
    calendars: createCalendarRepository(ctx),
    sessions: createSessionRepository(ctx),
    timeBlocks: createTimeBlockRepository(ctx),
    shifts: createShiftRepository(ctx),
    appointments: createAppointmentRepository(ctx),
    online: createOnlineRepository(ctx),
    notifications: createNotificationRepository(ctx),
    billing: createBillingSetupRepository(ctx),
    charges: createChargeRepository(ctx),
    invoices: createInvoiceRepository(ctx),
    payments: createPaymentRepository(ctx),
    ledger: createLedgerRepository(ctx),
    appointmentBilling: createAppointmentBillingRepository(ctx),
    /** The one transaction every billing use case writes its decision with. */
    billingWrites: createBillingWrites(ctx),
    noteTemplates: createNoteTemplateRepository(ctx),
    notes: createNoteRepository(ctx),
    clinicalAccess: createClinicalAccessRepository(ctx),
    waitlist: createWaitlistRepository(ctx),
    rollups: createRollupRepository(ctx),
    chargeReportFacts: createChargeReportFactsRepository(ctx),
    tasks: createTaskRepository(ctx),
    sms: createSmsRepository(ctx),
    caseDocuments: createCaseDocumentRepository(ctx),
    communications: createCommunicationRepository(ctx),
    formRequests: createFormRequestRepository(ctx),
    formTemplates: createFormTemplateRepository(ctx),
    webhooks: createWebhookRepository(ctx),
    imports: createImportRepository(ctx),
    exports: createExportRepository(ctx),
    calendarFeeds: createCalendarFeedRepository(ctx),
    recalls: createRecallRepository(ctx),
  };
}

export type ClinicRepositories = ReturnType<typeof createClinicRepositories>;
export type { RepositoryContext, Page, PageRequest } from './context';
export type { StoredResponse, IdempotencyStart } from './idempotencyRepository';
export type { StoredAppointment, CalendarDayKey, AppointmentChange, BusyTime, GuardVersions, Placement } from './appointmentRepository';
export { dayKey, slotTaken } from './appointmentRepository';
export { withExpectedState, type ExpectedState } from './writePrecondition';
export { clinicIdForSlug } from './clinicDirectory';
export { clinicIdForSmsReply } from './smsRepository';
export { feedTargetForTokenHash, type FeedTarget, type StoredCalendarFeed } from './calendarFeedRepository';
export type { EmailCodeCheck } from './onlineRepository';
export type { ClinicNotificationSettings, ReplanJob, NotificationRepository } from './notificationRepository';
export { createNotificationRepository } from './notificationRepository';
export type {
  StoredAppointmentBilling,
  StoredAuthorization,
  StoredCaseBilling,
  StoredCharge,
  StoredClientAccount,
  StoredInvoice,
  StoredJournalEntry,
  StoredPayment,
} from './billingRecords';
export { toAuthorization, toCaseBilling, toCharge, toInvoice, toPayment } from './billingRecords';
export type { BillingWrite, BillingWriteOutcome, NumberedWriteOutcome } from './billingWrites';
export type { SaveOutcome } from './billingSetupRepository';
export type { StoredNoteTemplate } from './noteTemplateRepository';
export type { StoredNote, StoredNoteAddendum, NoteWriteOutcome } from './noteRepository';
export type { ClinicalRead } from './clinicalAccessRepository';
export type { StoredWaitlistEntry, StoredWaitlistOffer, StoredWaitlistOpening, WaitlistRepository } from './waitlistRepository';
export type { StoredCaseMessage, StoredTask, TaskRepository } from './taskRepository';
export type { NewRecall, RecallRepository, StoredRecall, StoredRecallReplanJob, StoredRecallSettings } from './recallRepository';
export type { StoredCaseDocument } from './caseDocumentRepository';
export type { ReissueOutcome, StoredFormRequest, SubmitOutcome } from './formRequestRepository';
export type { StoredFormTemplate } from './formTemplateRepository';
export type { StoredWebhookDelivery, StoredWebhookEndpoint, NewWebhookEndpoint } from './webhookRepository';
export type { WebhookSigningSecret } from '../entities/webhookEndpoint';
export type { RawItem, StoredExportJob } from './exportRepository';
export { RAW_ENTITY_ATTRIBUTE } from './exportRepository';
export type { StoredImportJob, ImportedClient, ImportedCase, ImportedAppointment, RowOutcome } from './importRepository';
export type { BucketReplacement, ReplaceOutcome } from './rollupRepository';
