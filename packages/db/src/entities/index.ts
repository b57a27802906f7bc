import { AuditEventEntity } from './auditEvent';
import { CaseFileEntity } from './caseFile';
import { ClientEntity } from './client';
import { ClinicEntity } from './clinic';
import { DisciplineEntity } from './discipline';
import { IdempotencyRecordEntity } from './idempotencyRecord';
import { LocationEntity } from './location';
import { MemberEntity } from './member';
import { SequenceEntity } from './sequence';
import { UniqueValueEntity } from './uniqueValue';
import { CalendarEntity } from './calendar';
import { SessionEntity } from './session';
import { TimeBlockEntity } from './timeBlock';
import { ShiftEntity } from './shift';
import { AppointmentEntity } from './appointment';
import { OccupancyEntity } from './occupancy';
import { CalendarDayEntity } from './calendarDay';
import { ClinicSlugEntity } from './clinicSlug';
import { EmailCodeEntity } from './emailCode';
import { RateCounterEntity } from './rateCounter';
import { NotificationSettingsEntity } from './notificationSettings';
import { MailTemplateEntity } from './mailTemplate';
import { NotificationRecordEntity } from './notificationRecord';
import { MailSuppressionEntity } from './mailSuppression';
import { ReplanJobEntity } from './replanJob';
import { RecallReplanJobEntity } from './recallReplanJob';
import { BillingPolicyEntity } from './billingPolicy';
import { BillingItemEntity } from './billingItem';
import { CaseBillingEntity } from './caseBilling';
import { ChargeEntity } from './charge';
import { AppointmentBillingEntity } from './appointmentBilling';
import { InvoiceEntity } from './invoice';
import { PaymentEntity } from './payment';
import { ClientAccountEntity } from './clientAccount';
import { JournalEntryEntity } from './journalEntry';
import { StaffAlertRecordEntity } from './staffAlertRecord';
import { NoteTemplateEntity } from './noteTemplate';
import { NoteEntity } from './note';
import { NoteAddendumEntity } from './noteAddendum';
import { ClinicalAccessEntity } from './clinicalAccess';
import { WaitlistEntryEntity } from './waitlistEntry';
import { WaitlistOpeningEntity } from './waitlistOpening';
import { WaitlistOfferEntity } from './waitlistOffer';
import { RollupEntity } from './rollup';
import { RollupClaimEntity } from './rollupClaim';
import { ChargeReportFactsEntity } from './chargeReportFacts';
import { TaskEntity } from './task';
import { CaseMessageEntity } from './caseMessage';
import { SmsOptOutEntity } from './smsOptOut';
import { SmsReplyRouteEntity } from './smsReplyRoute';
import { CaseDocumentEntity } from './caseDocument';
import { CommunicationEntryEntity } from './communicationEntry';
import { FormRequestEntity } from './formRequest';
import { WebhookEndpointEntity } from './webhookEndpoint';
import { WebhookDeliveryEntity } from './webhookDelivery';
import { ImportJobEntity } from './importJob';
import { ExportJobEntity } from './exportJob';
import { CalendarFeedEntity } from './calendarFeed';
import { CalendarFeedTokenEntity } from './calendarFeedToken';
import { CalendarFeedSettingsEntity } from './calendarFeedSettings';
import { FormTemplateEntity } from './formTemplate';
import { FormSettingsEntity } from './formSettings';
import { RecallEntity } from './recall';
import { RecallSettingsEntity } from './recallSettings';

/** Every entity of the table by its name in the Service: what repositories, transactions and stream images are typed from. */
export const entities = {
  clinic: ClinicEntity,
  location: LocationEntity,
  discipline: DisciplineEntity,
  member: MemberEntity,
  client: ClientEntity,
  caseFile: CaseFileEntity,
  sequence: SequenceEntity,
  uniqueValue: UniqueValueEntity,
  calendar: CalendarEntity,
  session: SessionEntity,
  timeBlock: TimeBlockEntity,
  shift: ShiftEntity,
  appointment: AppointmentEntity,
  occupancy: OccupancyEntity,
  calendarDay: CalendarDayEntity,
  auditEvent: AuditEventEntity,
  idempotencyRecord: IdempotencyRecordEntity,
  clinicSlug: ClinicSlugEntity,
  emailCode: EmailCodeEntity,
  rateCounter: RateCounterEntity,
  notificationSettings: NotificationSettingsEntity,
  mailTemplate: MailTemplateEntity,
  notificationRecord: NotificationRecordEntity,
  mailSuppression: MailSuppressionEntity,
  replanJob: ReplanJobEntity,
  billingPolicy: BillingPolicyEntity,
  billingItem: BillingItemEntity,
  caseBilling: CaseBillingEntity,
  charge: ChargeEntity,
  appointmentBilling: AppointmentBillingEntity,
  invoice: InvoiceEntity,
  payment: PaymentEntity,
  clientAccount: ClientAccountEntity,
  journalEntry: JournalEntryEntity,
  staffAlertRecord: StaffAlertRecordEntity,
  noteTemplate: NoteTemplateEntity,
  note: NoteEntity,
  noteAddendum: NoteAddendumEntity,
  clinicalAccess: ClinicalAccessEntity,
  waitlistEntry: WaitlistEntryEntity,
  waitlistOpening: WaitlistOpeningEntity,
  waitlistOffer: WaitlistOfferEntity,
  rollup: RollupEntity,
  rollupClaim: RollupClaimEntity,
  chargeReportFacts: ChargeReportFactsEntity,
  task: TaskEntity,
  caseMessage: CaseMessageEntity,
  smsOptOut: SmsOptOutEntity,
  smsReplyRoute: SmsReplyRouteEntity,
  caseDocument: CaseDocumentEntity,
  communicationEntry: CommunicationEntryEntity,
  formRequest: FormRequestEntity,
  webhookEndpoint: WebhookEndpointEntity,
  webhookDelivery: WebhookDeliveryEntity,
  importJob: ImportJobEntity,
  exportJob: ExportJobEntity,
  calendarFeed: CalendarFeedEntity,
  calendarFeedToken: CalendarFeedTokenEntity,
  calendarFeedSettings: CalendarFeedSettingsEntity,
  formTemplate: FormTemplateEntity,
  formSettings: FormSettingsEntity,
  recall: RecallEntity,
  recallSettings: RecallSettingsEntity,
  recallReplanJob: RecallReplanJobEntity,
};

export type EntityName = keyof typeof entities;
