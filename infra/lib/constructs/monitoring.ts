/**
 * Failures someone hears about: alarms on every function's errors and throttles, the API's 5xx and
 * p99 latency, table throttles, stream iterator age, Scheduler's failed and dead-lettered
 * invocations and SES bounce and complaint rates, all notifying the alarm topic; and one dashboard.
 * Dead-letter and failure queues alarm where they are made (notifications.ts, streamConsumers.ts);
 * they are passed in here only to be drawn on the dashboard.
 */
import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IAlarm,
  type IMetric,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

const PERIOD = Duration.minutes(5);

/** The thresholds, named so tests and the README can quote them. */
export const ALARM_THRESHOLDS = {
  /** p99 of API Gateway's latency over 5 minutes, for 3 periods in a row. */
  apiP99LatencyMs: 3000,
  /** Oldest unprocessed stream record a consumer may lag behind (stream records live 24 h). */
  streamIteratorAgeMs: Duration.minutes(15).toMilliseconds(),
  /** SES reviews an account at a 5% bounce rate and 0.1% complaint rate; warn at those. */
  sesBounceRate: 0.05,
  sesComplaintRate: 0.001,
} as const;

export interface MonitoringProps {
  alarmTopic: ITopic;
  /**
   * Every Casefile function's live alias by a readable name (`Http-clients`, `Streams-audit-Consumer`, ...):
   * the alias carries every invocation, and its errors are what a gradual deployment rolls back on.
   */
  functions: Record<string, IFunction>;
  /** The stream consumers among them, by consumer name: their iterator age is watched. */
  streamConsumers: Record<string, IFunction>;
  api: IHttpApi;
  table: Table;
  scheduleGroup: IScheduleGroup;
  /** Every dead-letter and failure queue, by name, for the dashboard. */
  queues: Record<string, IQueue>;
  /** Alarms made elsewhere (each queue's), shown with these on the dashboard. */
  otherAlarms: IAlarm[];
}

export class Monitoring extends Construct {
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;
  private readonly action: SnsAction;
  private readonly errorAlarms = new Map<IFunction, Alarm>();

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.action = new SnsAction(props.alarmTopic);

    const functionAlarms = new Construct(this, 'Functions');
    for (const [name, fn] of Object.entries(props.functions)) {
      this.errorAlarms.set(fn, this.atLeastOnce(functionAlarms, `${name}Errors`, fn.metricErrors({ period: PERIOD, statistic: 'Sum' }), `${name} failed (an invocation threw or timed out).`));
      this.atLeastOnce(functionAlarms, `${name}Throttles`, fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }), `${name} was throttled (account or function concurrency limit).`);
    }
    for (const [name, fn] of Object.entries(props.streamConsumers)) {
      this.add(functionAlarms, `${name}IteratorAge`, {
        metric: fn.metric('IteratorAge', { period: PERIOD, statistic: 'Maximum' }),
        threshold: ALARM_THRESHOLDS.streamIteratorAgeMs,
        evaluationPeriods: 1,
        description: `The ${name} stream consumer lags more than 15 minutes behind the table; records older than 24 h are lost to replay.`,
      });
    }

    const api = new Construct(this, 'Api');
    this.atLeastOnce(api, 'ServerErrors', props.api.metricServerError({ period: PERIOD, statistic: 'Sum' }), 'The API answered 5xx (an unhandled error, or a function that failed or timed out).');
    this.add(api, 'P99Latency', {
      metric: props.api.metricLatency({ period: PERIOD, statistic: 'p99' }),
      threshold: ALARM_THRESHOLDS.apiP99LatencyMs,
      evaluationPeriods: 3,
      description: 'The slowest 1% of API requests took more than 3 s for 15 minutes.',
    });

    const table = new Construct(this, 'Table');
    for (const metricName of ['ReadThrottleEvents', 'WriteThrottleEvents']) {
      this.atLeastOnce(table, metricName, props.table.metric(metricName, { period: PERIOD, statistic: 'Sum' }), `The table throttled requests (${metricName}).`);
    }

    const scheduler = new Construct(this, 'Scheduler');
    const group = props.scheduleGroup;
    this.atLeastOnce(scheduler, 'TargetErrors', group.metricTargetErrors({ period: PERIOD, statistic: 'Sum' }), 'A reminder schedule could not invoke its target (it retries for up to 24 h).');
    this.atLeastOnce(scheduler, 'Dropped', group.metricDropped({ period: PERIOD, statistic: 'Sum' }), 'Scheduler dropped a reminder after its retries, with no dead-letter queue to take it.');
    this.atLeastOnce(scheduler, 'SentToDeadLetters', group.metricSentToDLQ({ period: PERIOD, statistic: 'Sum' }), "Scheduler gave up on a reminder and put it on the delivery function's dead-letter queue.");
    this.atLeastOnce(scheduler, 'DeadLettersFailed', group.metricFailedToBeSentToDLQ(undefined, { period: PERIOD, statistic: 'Sum' }), 'Scheduler could not put a failed reminder on its dead-letter queue: the reminder is lost.');

    const mail = new Construct(this, 'Mail');
    const sesBounceRate = sesReputation('Reputation.BounceRate');
    const sesComplaintRate = sesReputation('Reputation.ComplaintRate');
    this.add(mail, 'BounceRate', {
      metric: sesBounceRate,
      threshold: ALARM_THRESHOLDS.sesBounceRate,
      evaluationPeriods: 1,
      description: 'SES bounce rate reached 5%, where SES reviews the account (10% pauses sending). Check the mail-feedback suppressions and the client addresses.',
    });
    this.add(mail, 'ComplaintRate', {
      metric: sesComplaintRate,
      threshold: ALARM_THRESHOLDS.sesComplaintRate,
      evaluationPeriods: 1,
      description: 'SES complaint rate reached 0.1%, where SES reviews the account (0.5% pauses sending).',
    });

    this.dashboard = this.buildDashboard(props, [sesBounceRate, sesComplaintRate]);
  }

  /** The errors alarm of one of `functions` (a gradual deployment's rollback trigger). */
  errorAlarmOf(fn: IFunction): Alarm {
    const alarm = this.errorAlarms.get(fn);
    if (!alarm) throw new Error(`No errors alarm for ${fn.node.path}: pass it in MonitoringProps.functions`);
    return alarm;
  }

  private buildDashboard(props: MonitoringProps, mailRates: IMetric[]): Dashboard {
    const fns = Object.entries(props.functions);
    const byFunction = (metric: (fn: IFunction) => Metric) => fns.map(([name, fn]) => metric(fn).with({ label: name }));
    const dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(1) });
    dashboard.addWidgets(new AlarmStatusWidget({ title: 'Alarms', alarms: [...props.otherAlarms, ...this.alarms], width: 24, height: 6 }));
    dashboard.addWidgets(
      new GraphWidget({ title: 'API requests and 5xx', left: [props.api.metricCount({ period: PERIOD })], right: [props.api.metricServerError({ period: PERIOD }), props.api.metricClientError({ period: PERIOD })] }),
      new GraphWidget({ title: 'API latency p50 / p99 (ms)', left: [props.api.metricLatency({ period: PERIOD, statistic: 'p50' }), props.api.metricLatency({ period: PERIOD, statistic: 'p99' })] }),
      new GraphWidget({ title: 'Table throttles', left: ['ReadThrottleEvents', 'WriteThrottleEvents'].map((name) => props.table.metric(name, { period: PERIOD, statistic: 'Sum' })) }),
    );
    dashboard.addWidgets(
      new GraphWidget({ title: 'Function errors', left: byFunction((fn) => fn.metricErrors({ period: PERIOD, statistic: 'Sum' })), width: 12 }),
      new GraphWidget({ title: 'Function throttles', left: byFunction((fn) => fn.metricThrottles({ period: PERIOD, statistic: 'Sum' })), width: 12 }),
    );
    dashboard.addWidgets(
      new GraphWidget({
        title: 'Stream iterator age (ms)',
        left: Object.entries(props.streamConsumers).map(([name, fn]) => fn.metric('IteratorAge', { period: PERIOD, statistic: 'Maximum', label: name })),
      }),
      new GraphWidget({
        title: 'Dead-letter and failure queues',
        left: Object.entries(props.queues).map(([name, queue]) => queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, label: name })),
      }),
      new GraphWidget({
        title: 'Reminder schedules',
        left: [props.scheduleGroup.metricAttempts({ period: PERIOD }), props.scheduleGroup.metricTargetErrors({ period: PERIOD }), props.scheduleGroup.metricSentToDLQ({ period: PERIOD })],
      }),
      new GraphWidget({ title: 'SES bounce and complaint rates', left: mailRates }),
    );
    return dashboard;
  }

  private atLeastOnce(scope: Construct, id: string, metric: IMetric, description: string): Alarm {
    return this.add(scope, id, { metric, threshold: 1, evaluationPeriods: 1, description, comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD });
  }

  private add(
    scope: Construct,
    id: string,
    options: { metric: IMetric; threshold: number; evaluationPeriods: number; description: string; comparison?: ComparisonOperator },
  ): Alarm {
    const alarm = new Alarm(scope, id, {
      alarmDescription: options.description,
      metric: options.metric,
      threshold: options.threshold,
      evaluationPeriods: options.evaluationPeriods,
      comparisonOperator: options.comparison ?? ComparisonOperator.GREATER_THAN_THRESHOLD,
      // No data is the normal state of an error count.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    this.alarms.push(alarm);
    return alarm;
  }
}

/** SES publishes reputation rates for the account (no dimensions), every few minutes while it sends. */
function sesReputation(metricName: string): Metric {
  return new Metric({ namespace: 'AWS/SES', metricName, period: Duration.hours(1), statistic: 'Maximum' });
}
