// Every alarm of every repository stack, read from the plan the program registers under mocks:
// its namespace, metric and dimensions must name a resource of the same stack (by the output
// CloudWatch keys that metric on), and it must notify the stack's own encrypted topic on alarm and
// on recovery. The dashboard's metrics must name the stack's resources too.
// Not proven here: that CloudWatch publishes these metrics for these resources (AWS docs cited in
// components/monitoring/metrics.ts), nor that notifications arrive (verify list, docs/operations.md).
import * as assert from "node:assert/strict";
import { repoDump, repositoryStacks } from "../support/runs";
import type { DumpedResource, StackDump } from "../support/stackDump";

/** For each namespace: the metrics it may use and, per dimension, the resource type and output naming it. */
const NAMESPACES: Record<
  string,
  { metrics: string[]; dimensions: Record<string, [type: string, output: string]> }
> = {
  "AWS/SQS": {
    metrics: [
      "ApproximateNumberOfMessagesVisible",
      "ApproximateAgeOfOldestMessage",
      "NumberOfMessagesSent",
    ],
    dimensions: { QueueName: ["aws:sqs/queue:Queue", "name"] },
  },
  "AWS/Lambda": {
    metrics: ["Errors", "Throttles", "Duration", "ConcurrentExecutions"],
    dimensions: { FunctionName: ["aws:lambda/function:Function", "name"] },
  },
  "AWS/States": {
    metrics: ["ExecutionsFailed", "ExecutionsTimedOut", "ExecutionsStarted"],
    dimensions: { StateMachineArn: ["aws:sfn/stateMachine:StateMachine", "arn"] },
  },
  "AWS/EventBridge/Pipes": {
    metrics: ["ExecutionFailed", "TargetStageFailed"],
    dimensions: { PipeName: ["aws:pipes/pipe:Pipe", "name"] },
  },
  "AWS/DynamoDB": {
    metrics: ["WriteThrottleEvents", "ConditionalCheckFailedRequests", "SuccessfulRequestLatency"],
    dimensions: { TableName: ["aws:dynamodb/table:Table", "name"] },
  },
  "AWS/Events": {
    metrics: ["Events"],
    dimensions: { EventSourceName: ["aws:cloudwatch/eventBus:EventBus", "eventSourceName"] },
  },
};

/** Throws unless the metric and its dimensions name resources of this stack. */
function assertNamesOwnResource(
  dump: StackDump,
  where: string,
  namespace: string,
  metricName: string,
  dimensions: Record<string, unknown>,
): void {
  const known = NAMESPACES[namespace];
  assert.ok(known, `${where}: namespace ${namespace} is not one this program alarms on`);
  assert.ok(
    known.metrics.includes(metricName),
    `${where}: ${namespace} has no metric ${metricName} here`,
  );
  // A DynamoDB latency metric is per operation: the only dimension that names no resource.
  const { Operation: operation, ...named } = dimensions;
  if (operation !== undefined) {
    assert.equal(metricName, "SuccessfulRequestLatency", `${where}: Operation on ${metricName}`);
    assert.equal(operation, "PutItem", `${where}: Operation`);
  }
  assert.deepEqual(
    Object.keys(named).sort(),
    Object.keys(known.dimensions).sort(),
    `${where}: dimensions`,
  );
  for (const [dimension, value] of Object.entries(named)) {
    const [type, output] = known.dimensions[dimension];
    const owners = dump.resources.filter((r) => r.type === type && r.outputs[output] === value);
    assert.equal(
      owners.length,
      1,
      `${where}: ${dimension}=${String(value)} names no ${type} of stack ${dump.stack}`,
    );
  }
}

for (const stack of repositoryStacks()) {
  describe(`alarms and dashboard of stack ${stack}`, function () {
    this.timeout(120_000);
    let dump: StackDump;
    let alarms: DumpedResource[];
    before(async () => {
      dump = await repoDump(stack);
      alarms = dump.resources.filter((r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm");
    });

    it("has alarms, and each one's metric and dimensions name a resource of this stack", () => {
      assert.ok(alarms.length >= 10, `only ${alarms.length} alarms`);
      for (const alarm of alarms) {
        assertNamesOwnResource(
          dump,
          alarm.name,
          String(alarm.inputs.namespace),
          String(alarm.inputs.metricName),
          alarm.inputs.dimensions as Record<string, unknown>,
        );
      }
    });

    it("covers every Lambda, queue, state machine, pipe and table of the stack", () => {
      const watched = new Set(
        alarms.flatMap((a) => Object.values(a.inputs.dimensions as Record<string, unknown>)),
      );
      const expect = (type: string, output: string, why: string) => {
        for (const r of dump.resources.filter((x) => x.type === type)) {
          assert.ok(watched.has(r.outputs[output]), `${type} ${r.name} has no alarm (${why})`);
        }
      };
      expect("aws:lambda/function:Function", "name", "errors and throttles");
      expect("aws:sfn/stateMachine:StateMachine", "arn", "failed and timed-out executions");
      expect("aws:pipes/pipe:Pipe", "name", "pipe failures");
      expect("aws:dynamodb/table:Table", "name", "throttled writes");
      expect("aws:sqs/queue:Queue", "name", "dead letters, buffer age");
    });

    it("notifies the stack's one topic on alarm and on recovery, and stays quiet without data", () => {
      const topics = dump.resources.filter((r) => r.type === "aws:sns/topic:Topic");
      assert.equal(topics.length, 1);
      const topicArn = topics[0].outputs.arn;
      const keys = dump.resources.filter((r) => r.type === "aws:kms/key:Key");
      assert.equal(keys.length, 1);
      assert.equal(
        topics[0].inputs.kmsMasterKeyId,
        keys[0].outputs.arn,
        "the topic is encrypted with the stack's key",
      );
      for (const alarm of alarms) {
        assert.deepEqual(
          [alarm.inputs.alarmActions, alarm.inputs.okActions],
          [[topicArn], [topicArn]],
          alarm.name,
        );
        assert.equal(alarm.inputs.treatMissingData, "notBreaching", alarm.name);
        assert.ok(String(alarm.inputs.name).startsWith(`geo-${stack}-`), alarm.name);
      }
      const email = dump.resources.filter(
        (r) => r.type === "aws:sns/topicSubscription:TopicSubscription",
      );
      assert.deepEqual(
        email.map((s) => [s.inputs.protocol, s.inputs.topic]),
        [["email", topicArn]],
      );
    });

    it("has one dashboard whose every metric names a resource of this stack, and its URL as an output", () => {
      const dashboards = dump.resources.filter(
        (r) => r.type === "aws:cloudwatch/dashboard:Dashboard",
      );
      assert.equal(dashboards.length, 1);
      const body = JSON.parse(String(dashboards[0].inputs.dashboardBody));
      let metrics = 0;
      for (const widget of body.widgets) {
        for (const line of widget.properties.metrics as unknown[][]) {
          const [namespace, metricName, ...rest] = line;
          const pairs = rest.slice(0, -1) as string[];
          const dimensions = Object.fromEntries(
            pairs.flatMap((_, i) => (i % 2 === 0 ? [[pairs[i], pairs[i + 1]]] : [])),
          );
          assertNamesOwnResource(
            dump,
            `widget "${widget.properties.title}"`,
            String(namespace),
            String(metricName),
            dimensions,
          );
          metrics += 1;
        }
      }
      assert.ok(metrics >= 10, `only ${metrics} dashboard metrics`);
      const region = body.widgets[0].properties.region;
      assert.equal(
        dump.stackOutputs.dashboardUrl?.value,
        `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#dashboards/dashboard/geo-${stack}-operations`,
      );
    });
  });
}
