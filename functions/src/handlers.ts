/**
 * Every Lambda entry point by name, for the local runtime (which runs them in one process).
 * In AWS each is its own function, built from its own file.
 */
import type { ApiHandler, ScheduledHandler, StreamHandler } from './lambdaHandlers';
import type { ApiFunctionName } from './routes';
import type { StreamConsumerDefinition } from './consumers';
import { handler as platform } from './api/platform/handler';
import { handler as settings } from './api/settings/handler';
import { handler as team } from './api/team/handler';
import { handler as clients } from './api/clients/handler';
import { handler as audit } from './api/audit/handler';
import { handler as calendars } from './api/calendars/handler';
import { handler as availability } from './api/availability/handler';
import { handler as appointments } from './api/appointments/handler';
import { handler as publicBooking } from './api/public/handler';
import { handler as auditConsumer } from './streams/audit';
import { handler as notificationsConsumer } from './streams/notifications';
import { handler as notifications } from './api/notifications/handler';
import { handler as sendNotification } from './scheduled/sendNotification';
import { handler as chargesConsumer } from './streams/charges';
import { handler as settlementConsumer } from './streams/settlement';
import { handler as billing } from './api/billing/handler';
import { handler as notes } from './api/notes/handler';
import { handler as waitlist } from './api/waitlist/handler';
import { handler as tasks } from './api/tasks/handler';
import { handler as waitlistConsumer } from './streams/waitlist';
import { handler as expireWaitlistOffer } from './scheduled/expireWaitlistOffer';
import { handler as rollupsConsumer } from './streams/rollups';
import { handler as reports } from './api/reports/handler';
import { handler as files } from './api/files/handler';
import { handler as communications } from './api/communications/handler';
import { handler as forms } from './api/forms/handler';
import { handler as webhooks } from './api/webhooks/handler';
import { handler as webhooksConsumer } from './streams/webhooks';
import { handler as deliverWebhook } from './scheduled/deliverWebhook';
import { handler as imports } from './api/imports/handler';
import { handler as exports } from './api/exports/handler';
import { handler as transfersConsumer } from './streams/transfers';
import { handler as feeds } from './api/feeds/handler';
import { handler as fhir } from './api/fhir/handler';
import { handler as recallsConsumer } from './streams/recalls';
import { handler as fireRecall } from './scheduled/fireRecall';

export type { ApiHandler, ScheduledHandler, StreamHandler } from './lambdaHandlers';

export const apiHandlers: Partial<Record<ApiFunctionName, ApiHandler>> = {
  platform,
  settings,
  team,
  clients,
  audit,
  calendars,
  availability,
  appointments,
  public: publicBooking,
  notifications,
  billing,
  notes,
  waitlist,
  tasks,
  reports,
  files,
  communications,
  forms,
  webhooks,
  imports,
  exports,
  feeds,
  fhir,
};
export const streamHandlers: Partial<Record<StreamConsumerDefinition['consumer'], StreamHandler>> = {
  audit: auditConsumer,
  notifications: notificationsConsumer,
  charges: chargesConsumer,
  settlement: settlementConsumer,
  waitlist: waitlistConsumer,
  rollups: rollupsConsumer,
  webhooks: webhooksConsumer,
  transfers: transfersConsumer,
  recalls: recallsConsumer,
};

/** Targets of one-time schedules, by the name a schedule gives (`functions/src/scheduled/<name>.ts`). */
export const scheduledHandlers: Readonly<Record<string, ScheduledHandler>> = { sendNotification, expireWaitlistOffer, deliverWebhook, fireRecall };
