/**
 * The waitlist (SPEC A9): the function each offer's one-time expiry schedule invokes, and what the
 * functions that offer time need: the waitlist stream consumer, the expiry function and the waitlist
 * API (manual offers, acceptances) manage schedules, send mail, sign offer links and name the page.
 */
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { taskEntry } from '../paths';
import type { CasefileFunction } from './casefileFunction';
import type { Notifications } from './notifications';
import type { PublicLinkSecret } from './publicLinkSecret';
import type { ReminderScheduler } from './scheduler';
import { scheduleTargetFunction } from './scheduleTarget';

export interface WaitlistProps {
  table: ITable;
  opsKey: IKey;
  alarmTopic: ITopic;
  scheduler: ReminderScheduler;
  notifications: Notifications;
  publicLinks: PublicLinkSecret;
  /** The functions that offer time or take offers: the stream consumer and the API area. */
  offering: CasefileFunction[];
  /** Where the booking pages are served (offer links open `/book/offer` there). */
  siteUrl: string;
}

export class Waitlist extends Construct {
  readonly expireOffer: CasefileFunction;

  constructor(scope: Construct, id: string, props: WaitlistProps) {
    super(scope, id);
    const { fn: expireOffer, liveArn: expireOfferArn } = scheduleTargetFunction(this, 'ExpireOffer', {
      ...props,
      entry: taskEntry('scheduled', 'expireWaitlistOffer'),
      description: "Expires an unanswered waitlist offer when its one-time schedule fires and offers the opening to the next person.",
      serviceName: 'casefile-expire-waitlist-offer',
      nameSuffix: 'waitlist-offer-expiry',
      failingSteps: 'Waitlist offer expiries',
      label: 'offer-expiry function',
    });
    this.expireOffer = expireOffer;

    for (const fn of [...props.offering, this.expireOffer]) {
      props.notifications.grantPlanning(fn);
      props.publicLinks.grantTo(fn.function);
      fn.function.addEnvironment('WAITLIST_OFFER_TARGET_ARN', expireOfferArn);
      fn.function.addEnvironment('PUBLIC_SITE_URL', props.siteUrl);
    }
  }
}
