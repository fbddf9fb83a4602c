/**
 * The one home of every metric the stacks watch: which CloudWatch metric, which statistic over
 * which period, and, for the alarms, the threshold and what an operator does when it fires. The
 * alarms (`PipelineAlarms`) and the dashboard (`OperationsDashboard`) are both built from these
 * definitions, so a metric on the dashboard is the metric the alarm evaluates.
 *
 * Thresholds are "any" for everything that means an event stopped moving (a dead letter, a failed
 * execution, a throttle): each is a real loss or delay risk, and none occurs in normal operation.
 * `treatMissingData: notBreaching` everywhere: these metrics are only published when something
 * happens, so a quiet night has no datapoints and must not alarm
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data).
 */
import type * as pulumi from "@pulumi/pulumi";

export type Statistic = "Sum" | "Maximum" | "Average" | "Minimum" | "SampleCount" | "p99";

/** One CloudWatch metric of one resource, with the statistic and period it is read at. */
export interface MetricRef {
  readonly namespace: string;
  readonly metricName: string;
  /** Dimension name to value; the values name resources of the same stack. */
  readonly dimensions: Readonly<Record<string, pulumi.Input<string>>>;
  readonly statistic: Statistic;
  readonly periodSeconds: number;
  /** Shown on the dashboard. */
  readonly label: string;
}

/** One alarm on one metric. */
export interface AlarmSpec {
  /** Stable, unique within its component: part of the alarm's resource name. */
  readonly id: string;
  readonly metric: MetricRef;
  readonly comparison: "GreaterThanThreshold" | "GreaterThanOrEqualToThreshold";
  readonly threshold: number;
  readonly evaluationPeriods: number;
  readonly datapointsToAlarm: number;
  /** What it means and what to do, one sentence each; the alarm's description and docs/operations.md. */
  readonly meaning: string;
  readonly action: string;
}

/** One dashboard graph. */
export interface WidgetSpec {
  readonly title: string;
  readonly metrics: readonly MetricRef[];
}

/** What one pipeline contributes: its alarms and its dashboard graphs, from the same metrics. */
export interface PipelineMonitoring {
  readonly alarms: readonly AlarmSpec[];
  readonly widgets: readonly WidgetSpec[];
}

/**
 * Buffer age that alarms: a quarter of eventPipeline.outageToleranceHours (6 h at the default 24 h),
 * hours past normal batch latency (seconds), yet early enough that three quarters of the time a
 * stalled event may wait before it is dead-lettered are left to act.
 */
export function bufferAgeAlarmSeconds(outageToleranceHours: number): number {
  return Math.round((outageToleranceHours * 3600) / 4);
}

/** One evaluation period of five minutes: short enough to page within minutes, long enough to batch. */
const PERIOD = 300;
/** Dead letters are read every minute: one is already an event that needs a person. */
const DLQ_PERIOD = 60;

const anyOf = (
  metric: MetricRef,
  id: string,
  meaning: string,
  action: string,
  evaluationPeriods = 1,
): AlarmSpec => ({
  id,
  metric,
  comparison: "GreaterThanThreshold",
  threshold: 0,
  evaluationPeriods,
  datapointsToAlarm: evaluationPeriods,
  meaning,
  action,
});

// ---------------------------------------------------------------------------------------------
// Metrics per AWS resource (namespaces and dimensions as the AWS docs list them)

/** https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-available-cloudwatch-metrics.html */
export function queueMetrics(queueName: pulumi.Input<string>, label: string) {
  const m = (
    metricName: string,
    statistic: Statistic,
    suffix: string,
    periodSeconds = PERIOD,
  ): MetricRef => ({
    namespace: "AWS/SQS",
    metricName,
    dimensions: { QueueName: queueName },
    statistic,
    periodSeconds,
    label: `${label} ${suffix}`,
  });
  return {
    visible: m("ApproximateNumberOfMessagesVisible", "Maximum", "messages waiting"),
    visibleNow: m("ApproximateNumberOfMessagesVisible", "Maximum", "messages waiting", DLQ_PERIOD),
    oldestAge: m("ApproximateAgeOfOldestMessage", "Maximum", "oldest message age (s)"),
    sent: m("NumberOfMessagesSent", "Sum", "messages in"),
  };
}

/** https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html */
export function lambdaMetrics(functionName: pulumi.Input<string>, label: string) {
  const m = (metricName: string, statistic: Statistic, suffix: string): MetricRef => ({
    namespace: "AWS/Lambda",
    metricName,
    dimensions: { FunctionName: functionName },
    statistic,
    periodSeconds: PERIOD,
    label: `${label} ${suffix}`,
  });
  return {
    errors: m("Errors", "Sum", "errors"),
    throttles: m("Throttles", "Sum", "throttles"),
    durationP99: m("Duration", "p99", "duration p99 (ms)"),
    concurrency: m("ConcurrentExecutions", "Maximum", "concurrent executions"),
  };
}

/** https://docs.aws.amazon.com/step-functions/latest/dg/procedure-cw-metrics.html (Express emits these too) */
export function stateMachineMetrics(stateMachineArn: pulumi.Input<string>, label: string) {
  const m = (metricName: string, suffix: string): MetricRef => ({
    namespace: "AWS/States",
    metricName,
    dimensions: { StateMachineArn: stateMachineArn },
    statistic: "Sum",
    periodSeconds: PERIOD,
    label: `${label} ${suffix}`,
  });
  return {
    failed: m("ExecutionsFailed", "executions failed"),
    timedOut: m("ExecutionsTimedOut", "executions timed out"),
    started: m("ExecutionsStarted", "executions started"),
  };
}

/** https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-monitoring.html */
export function pipeMetrics(pipeName: pulumi.Input<string>, label: string) {
  const m = (metricName: string, suffix: string): MetricRef => ({
    namespace: "AWS/EventBridge/Pipes",
    metricName,
    dimensions: { PipeName: pipeName },
    statistic: "Sum",
    periodSeconds: PERIOD,
    label: `${label} ${suffix}`,
  });
  return {
    executionFailed: m("ExecutionFailed", "executions failed"),
    targetFailed: m("TargetStageFailed", "target stage failed"),
  };
}

/** https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html */
export function tableMetrics(tableName: pulumi.Input<string>, label: string) {
  const m = (metricName: string, suffix: string): MetricRef => ({
    namespace: "AWS/DynamoDB",
    metricName,
    dimensions: { TableName: tableName },
    statistic: "Sum",
    periodSeconds: PERIOD,
    label: `${label} ${suffix}`,
  });
  return {
    writeThrottles: m("WriteThrottleEvents", "throttled writes"),
    /** The processor's conditional put fails exactly when the event was stored before: duplicates. */
    conditionalCheckFailed: m("ConditionalCheckFailedRequests", "duplicates skipped"),
    /**
     * Conditional puts that wrote: one per event stored. A put refused by its condition is counted
     * in ConditionalCheckFailedRequests instead, and a throttled one in WriteThrottleEvents
     * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html).
     */
    stored: {
      namespace: "AWS/DynamoDB",
      metricName: "SuccessfulRequestLatency",
      dimensions: { TableName: tableName, Operation: "PutItem" },
      statistic: "SampleCount",
      periodSeconds: PERIOD,
      label: `${label} stored`,
    } satisfies MetricRef,
  };
}

/** https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-monitoring.html: partner events ingested. */
export function partnerSourceMetrics(eventSourceName: pulumi.Input<string>, label: string) {
  return {
    ingested: {
      namespace: "AWS/Events",
      metricName: "Events",
      dimensions: { EventSourceName: eventSourceName },
      statistic: "Sum",
      periodSeconds: PERIOD,
      label: `${label} events in`,
    } satisfies MetricRef,
  };
}

// ---------------------------------------------------------------------------------------------
// Alarms per resource kind

/**
 * Errors and throttles of one Lambda. `throttleWindows` > 1 for a Lambda whose reserved
 * concurrency is the designed brake (the event processor): a burst that is throttled and retried
 * is the design working; throttling in every 5-minute window for that long is a backlog.
 */
export function lambdaAlarms(
  id: string,
  functionName: pulumi.Input<string>,
  label: string,
  throttleWindows = 1,
): AlarmSpec[] {
  const metrics = lambdaMetrics(functionName, label);
  const throttled =
    throttleWindows === 1
      ? `The ${label} Lambda was throttled (its reserved or the account's concurrency was exhausted).`
      : `The ${label} Lambda was throttled in each of ${throttleWindows} consecutive 5-minute windows: it has run at its reserved concurrency (maxConcurrency) for ${throttleWindows * 5} minutes and a backlog is building.`;
  return [
    anyOf(
      metrics.errors,
      `${id}-errors`,
      `The ${label} Lambda failed at least once in 5 minutes.`,
      `Read its log group for the error; events it failed on are retried and then dead-lettered, so check the dead-letter queue too.`,
    ),
    anyOf(
      metrics.throttles,
      `${id}-throttles`,
      throttled,
      `Check ConcurrentExecutions and the backlog age on the dashboard; raise maxConcurrency or the account's Lambda quota (Service Quotas) if the load is real.`,
      throttleWindows,
    ),
  ];
}

export function deadLetterAlarm(
  id: string,
  queueName: pulumi.Input<string>,
  label: string,
): AlarmSpec {
  return anyOf(
    queueMetrics(queueName, label).visibleNow,
    id,
    `At least one event is in the ${label}: it could not be delivered or processed and is kept 14 days.`,
    `Read the message's reason and error, fix the cause, then replay or redrive as docs/event-pipeline.md says; nothing is lost until the retention ends.`,
  );
}

export function bufferAgeAlarm(
  id: string,
  queueName: pulumi.Input<string>,
  label: string,
  thresholdSeconds: number,
): AlarmSpec {
  return {
    id,
    metric: queueMetrics(queueName, label).oldestAge,
    comparison: "GreaterThanThreshold",
    threshold: thresholdSeconds,
    // Two periods, so one slow batch does not page.
    evaluationPeriods: 2,
    datapointsToAlarm: 2,
    meaning: `The oldest event in the ${label} has waited over ${thresholdSeconds / 3600} h: processing has stopped or cannot keep up.`,
    action: `Check the pipe and state machine alarms and the processor's errors; events expire from the buffer after its retention, so fix or scale before then.`,
  };
}

export function stateMachineAlarms(
  id: string,
  stateMachineArn: pulumi.Input<string>,
  label: string,
): AlarmSpec[] {
  const metrics = stateMachineMetrics(stateMachineArn, label);
  return [
    anyOf(
      metrics.failed,
      `${id}-failed`,
      `A ${label} execution failed.`,
      `Open the state machine's log group for the failed execution's error; its batch goes back to the buffer and, after repeated failures, to the dead-letter queue.`,
    ),
    anyOf(
      metrics.timedOut,
      `${id}-timed-out`,
      `A ${label} execution timed out.`,
      `Check the processor's duration and DynamoDB throttles on the dashboard; a slow dependency holds executions past their limit.`,
    ),
  ];
}

export function pipeAlarms(id: string, pipeName: pulumi.Input<string>, label: string): AlarmSpec[] {
  const metrics = pipeMetrics(pipeName, label);
  return [
    anyOf(
      metrics.executionFailed,
      `${id}-failed`,
      `The ${label} failed to start the state machine for a batch.`,
      `Check the pipe's role and the state machine's StartExecution throttling; the batch stays in the buffer and is retried.`,
    ),
    anyOf(
      metrics.targetFailed,
      `${id}-target-failed`,
      `The ${label} target (the state machine) returned a failure for a batch.`,
      `See the state machine alarms; the batch returns to the buffer and is retried, then dead-lettered.`,
    ),
  ];
}

export function tableAlarms(
  id: string,
  tableName: pulumi.Input<string>,
  label: string,
): AlarmSpec[] {
  return [
    anyOf(
      tableMetrics(tableName, label).writeThrottles,
      `${id}-write-throttles`,
      `Writes to the ${label} table were throttled.`,
      `On-demand tables throttle only past the account's table quota or a hot key; check the processor's retries and the table's metrics, and ask AWS to raise the quota if needed.`,
    ),
  ];
}
