import * as assert from "node:assert/strict";
import { capacityComparison } from "../../../tools/capacity/cli";
import {
  capacityReport,
  eventPipelineDesign,
  formatCapacityReports,
  type CapacityReport,
} from "../../../tools/capacity/model";
import { standardWorkflowDesign } from "../../../tools/capacity/standardWorkflowDesign";
import {
  conversationStateMachineDefinition,
  STATE_NAMES,
  type WorkflowType,
} from "../../../components/eventbridge/stateMachine";
import { stableStringify } from "../../../components/stableJson";

// The batch processor's definition does not depend on maxConcurrency (issue 9).
const definition = (workflowType: WorkflowType) =>
  stableStringify(
    conversationStateMachineDefinition({
      processorArn: "arn:aws:lambda:us-east-1:123456789012:function:processor",
      malformedQueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/malformed",
      deadLetterQueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/dlq",
      workflowType,
    }),
  );
const ours = (workflowType: WorkflowType, maxConcurrency: number, region = "us-east-1") =>
  capacityReport(
    eventPipelineDesign({
      definition: definition(workflowType),
      workflowType,
      maxConcurrency,
      region,
    }),
  );
const limit = (report: CapacityReport, name: string) =>
  report.limits.find((l) => l.name === name)?.eventsPerSecond;

describe("capacity and cost model", () => {
  it("the Standard-workflow design in us-east-1: Standard StartExecution caps it at 300 events/s; 3 transitions and 2 Lambdas cost $76.61 a million", () => {
    const seed = capacityReport(standardWorkflowDesign("us-east-1"));
    assert.equal(seed.lambdaInvocationsPerEvent, 2);
    assert.equal(seed.stateTransitionsPerEvent, 3);
    assert.equal(seed.sustainedEventsPerSecond, 300);
    assert.equal(seed.bottleneck, "Step Functions Standard StartExecution");
    assert.equal(limit(seed, "Step Functions Standard state transitions"), 500);
    assert.equal(limit(seed, "Lambda account concurrency"), 10000);
    assert.deepEqual(
      seed.cost.map((c) => c.usdPerMillionEvents),
      [1, 75, 0.6083],
    );
    assert.equal(seed.costPerMillionEvents, 76.61);
  });

  it("this design, Express, maxConcurrency 10 in us-east-1: one Lambda call per batch of 10, 2,000 events/s by its own cap, $2.03 a million", () => {
    const report = ours("EXPRESS", 10);
    assert.equal(report.eventsPerExecution, 10);
    assert.equal(report.lambdaInvocationsPerEvent, 0.1);
    assert.equal(report.sustainedEventsPerSecond, 2000);
    assert.equal(report.bottleneck, "Lambda reserved concurrency (maxConcurrency)");
    assert.equal(report.quotaEventsPerSecond, 18750);
    assert.equal(report.costPerMillionEvents, 2.03);
  });

  it("scales the configured cap with maxConcurrency; batches stay 10", () => {
    assert.equal(ours("EXPRESS", 400).sustainedEventsPerSecond, 18750);
    const small = ours("EXPRESS", 4);
    assert.equal(small.eventsPerExecution, 10);
    assert.equal(small.sustainedEventsPerSecond, 800);
  });

  it("uses each region's quotas", () => {
    const seed = capacityReport(standardWorkflowDesign("eu-west-2"));
    assert.equal(seed.sustainedEventsPerSecond, 150);
    assert.equal(limit(seed, "EventBridge target invocations"), 2250);
    assert.equal(limit(seed, "Step Functions Standard state transitions"), 166);
    assert.equal(ours("EXPRESS", 900, "sa-east-1").quotaEventsPerSecond, 1100);
  });

  it("counts Lambda calls from the definition: a second Lambda Task per batch halves what the reserved concurrency sustains", () => {
    const doubled = JSON.parse(definition("EXPRESS"));
    doubled.States.Validate = {
      Type: "Task",
      Resource: "arn:aws:lambda:us-east-1:123456789012:function:validator",
      TimeoutSeconds: 5,
      Next: STATE_NAMES.store,
    };
    doubled.States[STATE_NAMES.read].Next = "Validate";
    const report = capacityReport({
      ...eventPipelineDesign({
        definition: JSON.stringify(doubled),
        workflowType: "EXPRESS",
        maxConcurrency: 10,
        region: "us-east-1",
      }),
    });
    assert.equal(report.lambdaInvocationsPerEvent, 0.2);
    assert.equal(report.sustainedEventsPerSecond, 1000);
  });

  it("prints a summary row per design and each design's limits and costs", () => {
    const text = capacityComparison("us-east-1", "EXPRESS", [10]);
    const rows = text.split("\n").filter((l) => l.startsWith("| "));
    assert.deepEqual(rows.slice(1), [
      "| this stack (EXPRESS, pipe batches of 10, maxConcurrency 10) | us-east-1 | 10 | 0.1 | 2.4 | 2,000 (Lambda reserved concurrency (maxConcurrency)) | 18,750 | $2.03 |",
      "| Standard workflow, one execution and two Lambdas per event | us-east-1 | 1 | 2 | 3 | 300 (Step Functions Standard StartExecution) | 300 | $76.61 |",
    ]);
    assert.ok(text.includes("- Step Functions Standard (3 transitions per event): $75.0000"));
    assert.equal(formatCapacityReports([ours("EXPRESS", 10)]).split("\n")[2], rows[1]);
  });
});
