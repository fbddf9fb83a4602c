import * as assert from "node:assert/strict";
import {
  alarmTopicKeyPolicy,
  alarmTopicPolicy,
} from "../../../components/monitoring/alarmNotifications";
import { bufferAgeAlarmSeconds, tableMetrics } from "../../../components/monitoring/metrics";
import { dashboardBody } from "../../../components/monitoring/operationsDashboard";
import { alarmName, metricAlarmArgs } from "../../../components/monitoring/pipelineMonitor";
import {
  eventPipelineMonitoring,
  participantAttributesMonitoring,
} from "../../../components/monitoring/pipelines";

// The alarm and dashboard definitions as data, without an engine. The stack-level test
// (tests/stacks/monitoring.test.ts) proves each alarm names a resource of its stack.

const NAMES = {
  eventSourceName: "aws.partner/genesys.com/cloud/org/dev",
  bufferQueueName: "buffer-q",
  deadLetterQueueName: "dlq-q",
  malformedQueueName: "malformed-q",
  outageToleranceHours: 24,
  stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:sm",
  pipeName: "pipe-1",
  processorFunctionName: "processor-fn",
  eventsTableName: "events-t",
};

describe("monitoring definitions", () => {
  it("gives the event pipeline one alarm per way an event can stop moving", () => {
    const ids = eventPipelineMonitoring(NAMES).alarms.map(
      (a) => `${a.id} ${a.metric.namespace}/${a.metric.metricName}`,
    );
    assert.deepEqual(ids, [
      "dead-letters AWS/SQS/ApproximateNumberOfMessagesVisible",
      "malformed-events AWS/SQS/ApproximateNumberOfMessagesVisible",
      "buffer-age AWS/SQS/ApproximateAgeOfOldestMessage",
      "state-machine-failed AWS/States/ExecutionsFailed",
      "state-machine-timed-out AWS/States/ExecutionsTimedOut",
      "pipe-failed AWS/EventBridge/Pipes/ExecutionFailed",
      "pipe-target-failed AWS/EventBridge/Pipes/TargetStageFailed",
      "processor-errors AWS/Lambda/Errors",
      "processor-throttles AWS/Lambda/Throttles",
      "events-table-write-throttles AWS/DynamoDB/WriteThrottleEvents",
    ]);
  });

  it("adds only the queue-ends table's alarm with queueIds: the buffer's alarms cover queue ends", () => {
    const without = eventPipelineMonitoring(NAMES).alarms.map((a) => a.id);
    const ids = eventPipelineMonitoring({ ...NAMES, queueEndsTableName: "qe-t" }).alarms.map(
      (a) => a.id,
    );
    assert.deepEqual(ids, [...without, "queue-ends-table-write-throttles"]);
  });

  it("alarms on the participant-attributes Lambdas' errors and throttles", () => {
    const alarms = participantAttributesMonitoring({
      paymentIdFunctionName: "pay-fn",
      saveAttributesFunctionName: "save-fn",
    }).alarms;
    assert.deepEqual(
      alarms.map((a) => [a.id, a.metric.dimensions.FunctionName]),
      [
        ["payment-id-errors", "pay-fn"],
        ["payment-id-throttles", "pay-fn"],
        ["save-attributes-errors", "save-fn"],
        ["save-attributes-throttles", "save-fn"],
      ],
    );
  });

  it("makes every alarm notify on alarm and recovery and stay quiet without data", () => {
    for (const spec of eventPipelineMonitoring(NAMES).alarms) {
      const args = metricAlarmArgs(
        spec,
        alarmName("geo-dev-", "event-pipeline-monitor", spec.id),
        "arn:topic",
      );
      assert.equal(args.treatMissingData, "notBreaching", spec.id);
      assert.deepEqual(
        [args.alarmActions, args.okActions],
        [["arn:topic"], ["arn:topic"]],
        spec.id,
      );
      assert.ok(String(args.alarmDescription).includes("What to do: "), spec.id);
      assert.ok(String(args.alarmDescription).length <= 1024, spec.id);
      assert.match(String(args.name), /^geo-dev-event-pipeline-monitor-[a-z-]+$/);
    }
  });

  it("alarms on the buffer's age at a quarter of the outage tolerance, over two periods", () => {
    const at = (outageToleranceHours: number) =>
      eventPipelineMonitoring({ ...NAMES, outageToleranceHours }).alarms.find(
        (a) => a.id === "buffer-age",
      )!;
    assert.deepEqual(
      [at(24).threshold, at(24).evaluationPeriods, at(24).datapointsToAlarm],
      [6 * 3600, 2, 2],
    );
    assert.equal(at(336).threshold, 84 * 3600);
    assert.equal(bufferAgeAlarmSeconds(1), 900);
  });

  it("alarms on the processor's throttles only when sustained, other Lambdas' at once", () => {
    const alarms = [
      ...eventPipelineMonitoring({ ...NAMES, queueEndsTableName: "qe-t" }).alarms,
      ...participantAttributesMonitoring({
        paymentIdFunctionName: "pay-fn",
        saveAttributesFunctionName: "save-fn",
      }).alarms,
    ];
    const windows = (id: string) => {
      const a = alarms.find((x) => x.id === id)!;
      return [a.evaluationPeriods, a.datapointsToAlarm];
    };
    assert.deepEqual(windows("processor-throttles"), [3, 3]);
    assert.deepEqual(windows("payment-id-throttles"), [1, 1]);
    assert.deepEqual(windows("processor-errors"), [1, 1]);
  });

  it("builds the dashboard from the same metrics, deterministically", () => {
    const monitoring = eventPipelineMonitoring(NAMES);
    const resolved = monitoring.widgets.map((w) => ({
      title: w.title,
      metrics: w.metrics.map((m) => ({ ...m, dimensions: m.dimensions as Record<string, string> })),
    }));
    const body = JSON.parse(dashboardBody("us-east-1", resolved));
    assert.deepEqual(
      body.widgets.map((w: { properties: { title: string } }) => w.properties.title),
      [
        "Events in, stored, duplicates, rejected",
        "Backlog",
        "Backlog age (s)",
        "Dead-letter depth",
        "Processor duration (ms)",
        "Processor concurrency and throttles",
        "Event pipeline Lambda errors",
      ],
    );
    const ageWidget = body.widgets[2].properties.metrics[0];
    const ageAlarm = monitoring.alarms.find((a) => a.id === "buffer-age")!.metric;
    assert.deepEqual(ageWidget, [
      ageAlarm.namespace,
      ageAlarm.metricName,
      "QueueName",
      "buffer-q",
      { label: ageAlarm.label, period: ageAlarm.periodSeconds, stat: ageAlarm.statistic },
    ]);
    assert.equal(
      dashboardBody("us-east-1", resolved),
      dashboardBody(
        "us-east-1",
        resolved.map((w) => ({ ...w })),
      ),
    );
  });

  it("counts stored events as the table's successful conditional puts, rejected as the malformed queue's arrivals", () => {
    const widget = eventPipelineMonitoring(NAMES).widgets[0];
    assert.deepEqual(
      widget.metrics.map((m) => [m.namespace, m.metricName, m.statistic, m.dimensions]),
      [
        ["AWS/Events", "Events", "Sum", { EventSourceName: NAMES.eventSourceName }],
        [
          "AWS/DynamoDB",
          "SuccessfulRequestLatency",
          "SampleCount",
          { TableName: "events-t", Operation: "PutItem" },
        ],
        ["AWS/DynamoDB", "ConditionalCheckFailedRequests", "Sum", { TableName: "events-t" }],
        ["AWS/SQS", "NumberOfMessagesSent", "Sum", { QueueName: "malformed-q" }],
      ],
    );
    assert.deepEqual(tableMetrics("t", "x").stored.dimensions, {
      TableName: "t",
      Operation: "PutItem",
    });
  });
});

describe("alarm topic policies", () => {
  it("let only CloudWatch, for this account's alarms with the stack's prefix, use the key and publish", () => {
    const key = JSON.parse(alarmTopicKeyPolicy("123456789012", "us-east-1", "geo-dev-"));
    const service = key.Statement.find(
      (s: { Sid: string }) => s.Sid === "CloudWatchAlarmsPublishEncrypted",
    );
    assert.deepEqual(service.Principal, { Service: "cloudwatch.amazonaws.com" });
    assert.deepEqual(service.Action, ["kms:Decrypt", "kms:GenerateDataKey*"]);
    const condition = {
      ArnLike: { "aws:SourceArn": "arn:aws:cloudwatch:us-east-1:123456789012:alarm:geo-dev-*" },
      StringEquals: { "aws:SourceAccount": "123456789012" },
    };
    assert.deepEqual(service.Condition, condition);
    const topic = JSON.parse(
      alarmTopicPolicy(
        "arn:aws:sns:us-east-1:123456789012:t",
        "123456789012",
        "us-east-1",
        "geo-dev-",
      ),
    );
    assert.deepEqual(topic.Statement, [
      {
        Action: "sns:Publish",
        Condition: condition,
        Effect: "Allow",
        Principal: { Service: "cloudwatch.amazonaws.com" },
        Resource: "arn:aws:sns:us-east-1:123456789012:t",
        Sid: "CloudWatchAlarmsPublish",
      },
    ]);
  });
});
