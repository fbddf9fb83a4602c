/**
 * What each pipeline watches: its alarms and its dashboard graphs, both from the metric
 * definitions in metrics.ts. Pure functions of the resources' names, so the pipeline components
 * only pass names and tests can check every alarm without an engine.
 */
import type * as pulumi from "@pulumi/pulumi";
import {
  type AlarmSpec,
  type PipelineMonitoring,
  type WidgetSpec,
  bufferAgeAlarm,
  bufferAgeAlarmSeconds,
  deadLetterAlarm,
  lambdaAlarms,
  lambdaMetrics,
  partnerSourceMetrics,
  pipeAlarms,
  queueMetrics,
  stateMachineAlarms,
  tableAlarms,
  tableMetrics,
} from "./metrics";

/** Names of the event pipeline's resources, as their outputs give them. */
export interface EventPipelineResources {
  readonly eventSourceName: pulumi.Input<string>;
  readonly bufferQueueName: pulumi.Input<string>;
  readonly deadLetterQueueName: pulumi.Input<string>;
  readonly malformedQueueName: pulumi.Input<string>;
  /** What sizes the buffer-age alarm (eventPipeline.outageToleranceHours). */
  readonly outageToleranceHours: number;
  readonly stateMachineArn: pulumi.Input<string>;
  readonly pipeName: pulumi.Input<string>;
  readonly processorFunctionName: pulumi.Input<string>;
  readonly eventsTableName: pulumi.Input<string>;
  /**
   * Present with queueIds. The processor records queue ends from the buffer, so the buffer, its
   * age and its dead-letter queue alarms cover them; only the table is theirs.
   */
  readonly queueEndsTableName?: pulumi.Input<string>;
}

// One label per resource, shared by its alarms and its graphs.
const BUFFER = "event buffer queue";
const DLQ = "event pipeline's dead-letter queue";
const MALFORMED = "malformed-event queue";
const PROCESSOR = "conversation-events processor";
/** Fifteen minutes of throttling in every window means the backlog grows, not a burst. */
const PROCESSOR_THROTTLE_WINDOWS = 3;

export function eventPipelineMonitoring(r: EventPipelineResources): PipelineMonitoring {
  const alarms: AlarmSpec[] = [
    deadLetterAlarm("dead-letters", r.deadLetterQueueName, DLQ),
    deadLetterAlarm("malformed-events", r.malformedQueueName, MALFORMED),
    bufferAgeAlarm(
      "buffer-age",
      r.bufferQueueName,
      BUFFER,
      bufferAgeAlarmSeconds(r.outageToleranceHours),
    ),
    ...stateMachineAlarms("state-machine", r.stateMachineArn, "conversation-events state machine"),
    ...pipeAlarms("pipe", r.pipeName, "buffer-to-state-machine pipe"),
    // Its reserved concurrency is the pipeline's brake: only sustained throttling alarms.
    ...lambdaAlarms("processor", r.processorFunctionName, PROCESSOR, PROCESSOR_THROTTLE_WINDOWS),
    ...tableAlarms("events-table", r.eventsTableName, "events"),
  ];
  if (r.queueEndsTableName !== undefined)
    alarms.push(...tableAlarms("queue-ends-table", r.queueEndsTableName, "queue-ends"));

  const buffer = queueMetrics(r.bufferQueueName, BUFFER);
  const dlq = queueMetrics(r.deadLetterQueueName, DLQ);
  const malformed = queueMetrics(r.malformedQueueName, MALFORMED);
  const processor = lambdaMetrics(r.processorFunctionName, PROCESSOR);
  const events = tableMetrics(r.eventsTableName, "events table");
  const widgets: WidgetSpec[] = [
    {
      title: "Events in, stored, duplicates, rejected",
      metrics: [
        partnerSourceMetrics(r.eventSourceName, "Genesys").ingested,
        events.stored,
        events.conditionalCheckFailed,
        malformed.sent,
      ],
    },
    { title: "Backlog", metrics: [buffer.visible, buffer.sent] },
    { title: "Backlog age (s)", metrics: [buffer.oldestAge] },
    { title: "Dead-letter depth", metrics: [dlq.visible, dlq.sent, malformed.visible] },
    { title: "Processor duration (ms)", metrics: [processor.durationP99] },
    {
      title: "Processor concurrency and throttles",
      metrics: [processor.concurrency, processor.throttles],
    },
    { title: "Event pipeline Lambda errors", metrics: [processor.errors] },
  ];
  return { alarms, widgets };
}

/** Names of the participant-attributes pipeline's Lambdas. */
export interface ParticipantAttributesResources {
  readonly paymentIdFunctionName: pulumi.Input<string>;
  readonly saveAttributesFunctionName: pulumi.Input<string>;
}

/** Both Lambdas are called synchronously by Genesys data actions: an error is a failed call flow step. */
export function participantAttributesMonitoring(
  r: ParticipantAttributesResources,
): PipelineMonitoring {
  const payment = lambdaMetrics(r.paymentIdFunctionName, "payment-id");
  const save = lambdaMetrics(r.saveAttributesFunctionName, "save-attributes");
  return {
    alarms: [
      ...lambdaAlarms("payment-id", r.paymentIdFunctionName, "payment-id"),
      ...lambdaAlarms("save-attributes", r.saveAttributesFunctionName, "save-attributes"),
    ],
    widgets: [
      { title: "Participant attributes Lambda errors", metrics: [payment.errors, save.errors] },
      {
        title: "Participant attributes Lambda throttles and duration",
        metrics: [payment.throttles, save.throttles, payment.durationP99, save.durationP99],
      },
    ],
  };
}
