import { Service } from 'electrodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AuditEventEntity } from './entities/auditEvent';
import { CaseFileEntity } from './entities/caseFile';
import { ClientEntity } from './entities/client';
import { ClinicEntity } from './entities/clinic';
import { DisciplineEntity } from './entities/discipline';
import { IdempotencyRecordEntity } from './entities/idempotencyRecord';
import { LocationEntity } from './entities/location';
import { MemberEntity } from './entities/member';
import { SequenceEntity } from './entities/sequence';
import { UniqueValueEntity } from './entities/uniqueValue';
import { CalendarEntity } from './entities/calendar';
import { SessionEntity } from './entities/session';
import { TimeBlockEntity } from './entities/timeBlock';
import { ShiftEntity } from './entities/shift';
import { AppointmentEntity } from './entities/appointment';
import { OccupancyEntity } from './entities/occupancy';
import { CalendarDayEntity } from './entities/calendarDay';
import { ClinicSlugEntity } from './entities/clinicSlug';
import { EmailCodeEntity } from './entities/emailCode';
import { RateCounterEntity } from './entities/rateCounter';
import { NotificationSettingsEntity } from './entities/notificationSettings';
import { MailTemplateEntity } from './entities/mailTemplate';
import { NotificationRecordEntity } from './entities/notificationRecord';
import { MailSuppressionEntity } from './entities/mailSuppression';
import { ReplanJobEntity } from './entities/replanJob';
import { BillingPolicyEntity } from './entities/billingPolicy';
import { BillingItemEntity } from './entities/billingItem';
import { CaseBillingEntity } from './entities/caseBilling';
import { ChargeEntity } from './entities/charge';
import { AppointmentBillingEntity } from './entities/appointmentBilling';
import { InvoiceEntity } from './entities/invoice';
import { PaymentEntity } from './entities/payment';
import { ClientAccountEntity } from './entities/clientAccount';
import { JournalEntryEntity } from './entities/journalEntry';
import { StaffAlertRecordEntity } from './entities/staffAlertRecord';

export function createService(client: DynamoDBDocumentClient, table: string) {
  return new Service(
    {
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
    },
    { client, table },
  );
}

export type CasefileService = ReturnType<typeof createService>;
