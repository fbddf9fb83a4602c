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

const definition = (workflowType: WorkflowType, maxConcurrency: number) =>
  stableStringify(
    conversationStateMachineDefinition({
      processorArn: "arn:aws:lambda:us-east-1:123456789012:function:processor",
      deadLetterQueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/dlq",
      workflowType,
      maxConcurrency,
    }),
  );
const ours = (workflowType: WorkflowType, maxConcurrency: number, region = "us-east-1") =>
  capacityReport(
    eventPipelineDesign({
      definition: definition(workflowType, maxConcurrency),
      workflowType,
      maxConcurrency,
      region,
    }),
  );
const limit = (report: CapacityReport, name: string) =>
  report.limits.find((l) => l.name === name)?.eventsPerSecond;

describe("capacity and cost model", () => {
  it("the Standard-workflow design in us-east-1: Standard StartExecution caps it at 300 events/s; 3 transitions and 2 Lambdas cost $76.61 a million", () => {
    const tutorial = capacityReport(standardWorkflowDesign("us-east-1"));
    assert.equal(tutorial.lambdaInvocationsPerEvent, 2);
    assert.equal(tutorial.stateTransitionsPerEvent, 3);
    assert.equal(tutorial.sustainedEventsPerSecond, 300);
    assert.equal(tutorial.bottleneck, "Step Functions Standard StartExecution");
    assert.equal(limit(tutorial, "Step Functions Standard state transitions"), 500);
    assert.equal(limit(tutorial, "Lambda account concurrency"), 10000);
    assert.deepEqual(
      tutorial.cost.map((c) => c.usdPerMillionEvents),
      [1, 75, 0.6083],
    );
    assert.equal(tutorial.costPerMillionEvents, 76.61);
  });

  it("this design, Express, maxConcurrency 10 in us-east-1: 200 events/s by its own cap, 18,750 by AWS's quotas, $2.36 a million", () => {
    const report = ours("EXPRESS", 10);
    assert.equal(report.eventsPerExecution, 10);
    assert.equal(report.mapMaxConcurrency, 10);
    assert.equal(report.lambdaInvocationsPerEvent, 1);
    assert.equal(report.sustainedEventsPerSecond, 200);
    assert.equal(report.bottleneck, "Lambda reserved concurrency (maxConcurrency)");
    assert.equal(report.quotaEventsPerSecond, 18750);
    assert.equal(limit(report, "Step Functions synchronous Express concurrent executions"), 200000);
    assert.deepEqual(
      Object.fromEntries(report.cost.map((c) => [c.item.split(" (")[0], c.usdPerMillionEvents])),
      {
        "EventBridge partner events": 1,
        "SQS requests": 0.48,
        "EventBridge Pipes": 0.4,
        "Step Functions Express requests": 0.1,
        "Step Functions Express duration": 0.0104,
        Lambda: 0.3667,
      },
    );
    assert.equal(report.costPerMillionEvents, 2.36);
  });

  it("scales the configured cap with maxConcurrency, and shrinks batches below 10 to it", () => {
    assert.equal(ours("EXPRESS", 400).sustainedEventsPerSecond, 8000);
    const small = ours("EXPRESS", 4);
    assert.equal(small.eventsPerExecution, 4);
    assert.equal(small.sustainedEventsPerSecond, 80);
    assert.equal(limit(small, "Step Functions synchronous Express concurrent executions"), 80000);
  });

  it("prices this design on Standard by transitions, and limits it by StartExecution and transitions", () => {
    const report = ours("STANDARD", 10);
    assert.equal(report.stateTransitionsPerEvent, 1.1);
    assert.equal(limit(report, "Step Functions Standard StartExecution"), 3000);
    assert.equal(limit(report, "Step Functions Standard state transitions"), 1363);
    assert.equal(report.quotaEventsPerSecond, 1363);
    assert.equal(
      report.cost.find((c) => c.item.startsWith("Step Functions Standard"))?.usdPerMillionEvents,
      27.5,
    );
  });

  it("uses each region's quotas", () => {
    const tutorial = capacityReport(standardWorkflowDesign("eu-west-2"));
    assert.equal(tutorial.sustainedEventsPerSecond, 150);
    assert.equal(limit(tutorial, "EventBridge target invocations"), 2250);
    assert.equal(limit(tutorial, "Step Functions Standard state transitions"), 166);
    assert.equal(ours("EXPRESS", 900, "sa-east-1").quotaEventsPerSecond, 1100);
  });

  it("counts Lambda calls from the definition: a second Lambda Task per event halves what the reserved concurrency sustains", () => {
    const doubled = JSON.parse(definition("EXPRESS", 10));
    const states = doubled.States[STATE_NAMES.map].ItemProcessor.States;
    states.Validate = {
      Type: "Task",
      Resource: "arn:aws:lambda:us-east-1:123456789012:function:validator",
      TimeoutSeconds: 5,
      Next: STATE_NAMES.store,
    };
    doubled.States[STATE_NAMES.map].ItemProcessor.StartAt = "Validate";
    const report = capacityReport({
      ...eventPipelineDesign({
        definition: JSON.stringify(doubled),
        workflowType: "EXPRESS",
        maxConcurrency: 10,
        region: "us-east-1",
      }),
    });
    assert.equal(report.lambdaInvocationsPerEvent, 2);
    assert.equal(report.sustainedEventsPerSecond, 100);
  });

  it("refuses a definition whose Map does not match the maxConcurrency it is reported with", () => {
    assert.throws(
      () =>
        eventPipelineDesign({
          definition: definition("EXPRESS", 10),
          workflowType: "EXPRESS",
          maxConcurrency: 20,
          region: "us-east-1",
        }),
      /Map MaxConcurrency \[10\] does not match maxConcurrency 20/,
    );
    const noMap = JSON.stringify({ StartAt: "A", States: { A: { Type: "Pass", End: true } } });
    assert.throws(
      () =>
        eventPipelineDesign({
          definition: noMap,
          workflowType: "STANDARD",
          maxConcurrency: 10,
          region: "us-east-1",
        }),
      /Map MaxConcurrency \[\] does not match/,
    );
  });

  it("prints a summary row per design and each design's limits and costs", () => {
    const text = capacityComparison("us-east-1", "EXPRESS", [10]);
    const rows = text.split("\n").filter((l) => l.startsWith("| "));
    assert.deepEqual(rows.slice(1), [
      "| this stack (EXPRESS, pipe batches of 10, maxConcurrency 10) | us-east-1 | 10 | 1 | 1.1 | 200 (Lambda reserved concurrency (maxConcurrency)) | 18,750 | $2.36 |",
      "| Standard workflow, one execution and two Lambdas per event | us-east-1 | 1 | 2 | 3 | 300 (Step Functions Standard StartExecution) | 300 | $76.61 |",
    ]);
    assert.ok(text.includes("- Step Functions Standard (3 transitions per event): $75.0000"));
    assert.equal(formatCapacityReports([ours("EXPRESS", 10)]).split("\n")[2], rows[1]);
  });
});
