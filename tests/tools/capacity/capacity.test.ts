import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { capacityComparison } from "../../../tools/capacity/cli";
import {
  BATCH_DURATION_MS,
  capacityReport,
  concurrencySecondsPerInvocation,
  definitionPath,
  designFromDefinition,
  EVENT_BYTES,
  formatCapacityReports,
  HANDLER_LOG_BYTES_PER_EVENT,
  LAMBDA_LOG_LINE_PREFIX_BYTES,
  lambdaArns,
  type CapacityReport,
  type LambdaSettings,
  type PipelineDesign,
} from "../../../tools/capacity/model";
import {
  STANDARD_WORKFLOW_LABEL,
  STANDARD_WORKFLOW_STATE_MACHINE,
  standardWorkflowDesign,
} from "../../../tools/capacity/standardWorkflowDesign";
import { USER_END_TOPIC } from "../../../lambdas/shared/pipelineContract";
import { REPO_ROOT } from "../../../components/bundle";
import { createHandler as conversationEvents } from "../../../lambdas/conversation-events/handler";
import { createHandler as queueEnd } from "../../../lambdas/queue-end/handler";

const REGION = "us-west-2";
const PROCESSOR = `arn:aws:lambda:${REGION}:123456789012:function:processor`;

/**
 * A per-event definition (the component's before issue 9's batch processor): a Map over the pipe's
 * records, no ItemsPath, calling the processor once per event, caught failures sent to a queue.
 */
const perEventDefinition = (maxConcurrency: number) => ({
  StartAt: "ProcessEvents",
  States: {
    ProcessEvents: {
      Type: "Map",
      MaxConcurrency: maxConcurrency,
      ItemProcessor: {
        StartAt: "StoreEvent",
        States: {
          StoreEvent: {
            Type: "Task",
            Resource: PROCESSOR,
            Catch: [{ ErrorEquals: ["States.ALL"], Next: "DeadLetterEvent" }],
            End: true,
          },
          DeadLetterEvent: {
            Type: "Task",
            Resource: "arn:aws:states:::sqs:sendMessage",
            End: true,
          },
        },
      },
      End: true,
    },
  },
});
const BATCH_FIXTURE = path.join(
  REPO_ROOT,
  "tests",
  "fixtures",
  "capacity",
  "batch-state-machine.json",
);

/**
 * The batch design (ReadBatch → StoreBatch → RouteDeadLetters → AnswerPipe): one processor
 * invocation for the whole batch, then a Map over its dead letters only.
 */
const batchDefinition = JSON.parse(fs.readFileSync(BATCH_FIXTURE, "utf8")) as Record<
  string,
  unknown
>;

const processor = (
  reservedConcurrency: number,
  extra: Partial<LambdaSettings> = {},
): LambdaSettings => ({
  name: "processor",
  memoryMb: 256,
  architecture: "arm64",
  reservedConcurrency,
  table: "events",
  ...extra,
});
const queueEndTarget = {
  name: "queue-end",
  memoryMb: 256,
  architecture: "arm64" as const,
  table: "queue-ends",
  onlyFor: "user.end events its rule matches",
};

function pipeDesign(options: {
  definition?: object;
  maxConcurrency: number;
  region?: string;
  queueEnd?: boolean;
  processor?: Partial<LambdaSettings>;
}): PipelineDesign {
  return designFromDefinition({
    label: "this stack",
    region: options.region ?? REGION,
    workflowType: "EXPRESS",
    start: "pipe",
    definition: (options.definition ?? batchDefinition) as Record<string, unknown>,
    eventsPerExecution: 10,
    lambdaSettings: () => processor(options.maxConcurrency, options.processor),
    ruleTargetLambdas: options.queueEnd === false ? [] : [queueEndTarget],
    targetsPerEvent: options.queueEnd === false ? 1 : 2,
    archivedBytesPerEvent: EVENT_BYTES,
  });
}

const limit = (report: CapacityReport, name: string) =>
  report.limits.find((l) => l.name === name)?.eventsPerSecond;
const cost = (report: CapacityReport, prefix: string) =>
  report.cost.find((c) => c.item.startsWith(prefix))?.usdPerMillionEvents;

describe("capacity model: reading the definition", () => {
  it("counts one processor call per event in today's per-event Map, one per batch in a batch definition", () => {
    const perEvent = definitionPath(perEventDefinition(10), 10);
    assert.equal(perEvent.invocations.get(PROCESSOR), 10);
    assert.equal(perEvent.waves.get(PROCESSOR), 1);
    const batch = definitionPath(batchDefinition, 10);
    assert.equal(batch.invocations.get(PROCESSOR), 1);
    assert.equal(batch.waves.get(PROCESSOR), 1);
    // ReadBatch, StoreBatch, RouteDeadLetters over no dead letters, AnswerPipe.
    assert.equal(batch.transitions, 4);
  });

  it("runs a Map over the batch in waves of MaxConcurrency", () => {
    const path = definitionPath(perEventDefinition(4), 10);
    assert.equal(path.invocations.get(PROCESSOR), 10);
    assert.equal(path.waves.get(PROCESSOR), 3);
  });

  it("follows the Standard-workflow design's single-event branch: validator, Choice, processor", () => {
    const path = definitionPath(STANDARD_WORKFLOW_STATE_MACHINE, 1);
    assert.equal(path.transitions, 3);
    assert.deepEqual([...path.invocations.values()], [1, 1]);
    assert.equal(lambdaArns(STANDARD_WORKFLOW_STATE_MACHINE).length, 2);
  });

  it("reads the function of an arn:aws:states:::lambda:invoke Task from its parameters", () => {
    const machine = {
      StartAt: "Store",
      States: {
        Store: {
          Type: "Task",
          Resource: "arn:aws:states:::lambda:invoke",
          Parameters: { FunctionName: PROCESSOR },
          End: true,
        },
      },
    };
    assert.deepEqual(lambdaArns(machine), [PROCESSOR]);
    assert.equal(definitionPath(machine, 10).invocations.get(PROCESSOR), 1);
  });

  it("derives a batch design's parameters: 0.1 invocations per event, the batch duration", () => {
    const design = pipeDesign({ maxConcurrency: 10, queueEnd: false });
    assert.equal(design.lambdas[0].invocationsPerEvent, 0.1);
    assert.equal(design.lambdas[0].durationMs, BATCH_DURATION_MS);
    assert.equal(design.executionMs, BATCH_DURATION_MS);
    assert.equal(design.transitionsPerExecution, 4);
  });

  it("refuses a definition whose path loops or names a missing state", () => {
    const loop = { StartAt: "A", States: { A: { Type: "Pass", Next: "A" } } };
    assert.throws(() => definitionPath(loop, 1), /path revisits or lacks state "A"/);
  });
});

describe("capacity model: the sustained rate is the lowest limit", () => {
  it("Lambda serves at most 10 requests/s per unit of concurrency, else concurrency ÷ duration", () => {
    assert.equal(concurrencySecondsPerInvocation(50), 0.1);
    assert.equal(concurrencySecondsPerInvocation(250), 0.25);
  });

  it("dev, maxConcurrency 10: 100 invocations/s, so 100 events/s per event and 1,000 per batch of 10", () => {
    const perEvent = capacityReport(
      pipeDesign({ definition: perEventDefinition(10), maxConcurrency: 10 }),
    );
    assert.equal(perEvent.sustainedEventsPerSecond, 100);
    assert.equal(perEvent.bottleneck, "Lambda processor: reserved concurrency");
    const batch = capacityReport(pipeDesign({ maxConcurrency: 10 }));
    assert.equal(batch.sustainedEventsPerSecond, 1000);
    assert.equal(batch.bottleneck, "Lambda processor: reserved concurrency");
  });

  it("takes the processor's duration as a parameter, from the CLI too", () => {
    const text = capacityComparison(REGION, "EXPRESS", [100], true, BATCH_FIXTURE, 250);
    assert.match(text, /\| 0\.1 \| 4,000 \(Lambda processor: reserved concurrency\) \|/);
  });

  it("a slow processor is bound by concurrency ÷ duration instead", () => {
    const slow = capacityReport(pipeDesign({ maxConcurrency: 10, processor: { durationMs: 400 } }));
    assert.equal(slow.sustainedEventsPerSecond, 250);
  });

  it("the unreserved pool binds the rule-target Lambda once the processor reserves much of it", () => {
    const report = capacityReport(pipeDesign({ maxConcurrency: 200 }));
    assert.equal(limit(report, "Lambda unreserved account concurrency"), 8000);
    assert.equal(report.sustainedEventsPerSecond, 8000);
    assert.equal(report.bottleneck, "Lambda unreserved account concurrency");
  });

  it("EventBridge invocations count every target an event reaches, per region", () => {
    const report = capacityReport(
      pipeDesign({ maxConcurrency: 900, region: "af-south-1", queueEnd: true }),
    );
    assert.equal(limit(report, "EventBridge target invocations"), 375);
    assert.equal(report.bottleneck, "EventBridge target invocations");
    const elsewhere = capacityReport(
      pipeDesign({ maxConcurrency: 100, region: "sa-east-1", queueEnd: false }),
    );
    assert.equal(limit(elsewhere, "EventBridge target invocations"), 1100);
  });

  it("a new on-demand table's 4,000 write units/s bind on day one only; the table quota once warm", () => {
    const report = capacityReport(pipeDesign({ maxConcurrency: 800, queueEnd: false }));
    assert.equal(report.dayOneEventsPerSecond, 4000);
    assert.equal(report.dayOneBottleneck, "DynamoDB events table, day one");
    assert.match(
      report.limits.find((l) => l.name === report.dayOneBottleneck)!.raise,
      /warm throughput \(WarmThroughput\.WriteUnitsPerSecond\)/,
    );
    assert.equal(report.sustainedEventsPerSecond, 18750);
    assert.equal(limit(report, "DynamoDB events table, warm"), 40000);
    const twoUnits = capacityReport({
      ...pipeDesign({ maxConcurrency: 800, queueEnd: false }),
      writeUnitsPerWrite: 2,
    });
    assert.equal(twoUnits.dayOneEventsPerSecond, 2000);
    assert.equal(limit(twoUnits, "DynamoDB events table, warm"), 20000);
  });

  it("synchronous Express, Pipes and SQS in-flight limits scale with the execution's run time", () => {
    const long = capacityReport({
      ...pipeDesign({ maxConcurrency: 900, queueEnd: false }),
      executionMs: 60_000,
    });
    assert.equal(limit(long, "Step Functions synchronous Express concurrent executions"), 166);
    assert.equal(limit(long, "EventBridge Pipes concurrent executions"), 166);
    assert.equal(limit(long, "SQS in-flight messages"), 2000);
    assert.equal(long.sustainedEventsPerSecond, 166);
  });

  it("Standard StartExecution binds the Standard-workflow design: 300/s in the large regions, 150 elsewhere", () => {
    const large = capacityReport(standardWorkflowDesign("us-west-2"));
    assert.equal(large.sustainedEventsPerSecond, 300);
    assert.equal(large.bottleneck, "Step Functions Standard StartExecution");
    assert.equal(limit(large, "Step Functions Standard state transitions"), 500);
    assert.equal(limit(large, "Lambda unreserved account concurrency"), 5000);
    const other = capacityReport(standardWorkflowDesign("eu-west-2"));
    assert.equal(other.sustainedEventsPerSecond, 150);
    assert.equal(limit(other, "Step Functions Standard state transitions"), 166);
  });

  it("refuses more reserved concurrency than an account can reserve, and bad parameters, naming them", () => {
    assert.throws(
      () => capacityReport(pipeDesign({ maxConcurrency: 901 })),
      /reserved concurrency totals more than the 900 an account of 1000 can reserve \(Lambda developer guide, .*\); got 901/,
    );
    assert.throws(
      () => capacityReport({ ...pipeDesign({ maxConcurrency: 10 }), targetsPerEvent: 0 }),
      /targetsPerEvent must be a positive number; got 0/,
    );
  });
});

describe("capacity model: cost per million events", () => {
  it("adds every line: a batch design is $2.80", () => {
    const report = capacityReport(pipeDesign({ maxConcurrency: 100 }));
    assert.deepEqual(
      Object.fromEntries(report.cost.map((c) => [c.item.split(" (")[0], c.usdPerMillionEvents])),
      {
        "EventBridge partner events": 1,
        "EventBridge archive": 0.0931,
        "SQS requests": 0.48,
        "EventBridge Pipes": 0.4,
        "Step Functions Express requests": 0.1,
        "Step Functions Express duration": 0.0104,
        "Lambda processor": 0.0533,
        "DynamoDB on-demand writes": 0.625,
        "CloudWatch Logs ingestion": 0.0349,
      },
    );
    const sum = report.cost.reduce((s, c) => s + c.usdPerMillionEvents, 0);
    assert.equal(report.costPerMillionEvents, Math.round(sum * 100) / 100);
    assert.equal(report.costPerMillionEvents, 2.8);
  });

  it("prices a rule-target Lambda per million events its rule matches, apart from the total", () => {
    const report = capacityReport(pipeDesign({ maxConcurrency: 100 }));
    assert.deepEqual(
      report.extraCost.map((c) => [c.item.split(" (")[0], c.usdPerMillionEvents]),
      [
        ["Lambda queue-end", 0.3667],
        ["DynamoDB on-demand writes", 0.625],
        ["CloudWatch Logs ingestion", 0.3106],
      ],
    );
    assert.equal(
      report.costPerMillionEvents,
      capacityReport(pipeDesign({ maxConcurrency: 100, queueEnd: false })).costPerMillionEvents,
    );
  });

  it("today's per-event design pays a processor invocation per event", () => {
    const report = capacityReport(
      pipeDesign({ definition: perEventDefinition(10), maxConcurrency: 10 }),
    );
    assert.equal(cost(report, "Lambda processor"), 0.3667);
  });

  it("the Standard-workflow design: 3 transitions, two x86 Lambdas, its write and its logs make $78.22", () => {
    const report = capacityReport(standardWorkflowDesign("us-west-2"));
    assert.equal(cost(report, "Step Functions Standard"), 75);
    assert.equal(cost(report, "Lambda processor"), 0.3042);
    assert.equal(cost(report, "Lambda validator"), 0.3042);
    assert.equal(cost(report, "DynamoDB on-demand writes"), 0.625);
    assert.equal(report.costPerMillionEvents, 78.22);
  });
});

describe("capacity model: prod's targets with the batch design", () => {
  // Prod's settings (Pulumi.prod.yaml): us-west-2, maxConcurrency 100, one watched queue.
  const prod = capacityReport(pipeDesign({ maxConcurrency: 100 }));
  const standard = capacityReport(standardWorkflowDesign(REGION));

  it("sustains at least 9,000 events/s once DynamoDB is warm, 30 times the Standard-workflow design", () => {
    assert.ok(
      prod.sustainedEventsPerSecond >= 9000,
      `${prod.sustainedEventsPerSecond} (${prod.bottleneck})`,
    );
    assert.ok(prod.sustainedEventsPerSecond >= 30 * standard.sustainedEventsPerSecond);
    assert.equal(prod.sustainedEventsPerSecond, 9000);
    assert.equal(prod.dayOneEventsPerSecond, 4000);
  });

  it("costs at most $2.90 a million, archive, DynamoDB and logs included, and 1/26 of the Standard-workflow design", () => {
    assert.ok(prod.costPerMillionEvents <= 2.9, `${prod.costPerMillionEvents}`);
    assert.ok(
      prod.costPerMillionEvents <= standard.costPerMillionEvents / 26,
      `${prod.costPerMillionEvents}`,
    );
    for (const item of [
      "EventBridge archive",
      "DynamoDB on-demand writes",
      "CloudWatch Logs ingestion",
    ]) {
      assert.ok((cost(prod, item) ?? 0) > 0, `${item} is priced`);
    }
  });
});

describe("capacity model: its assumptions hold for the fixture events", () => {
  const fixture = path.join(REPO_ROOT, "tests", "fixtures", "genesys-events", "sample.jsonl");
  const events = fs.readFileSync(fixture, "utf8").trim().split("\n");

  /** Runs a handler over every fixture event with a client that records its writes, capturing its logs. */
  async function run(
    create: typeof conversationEvents | typeof queueEnd,
    only: (event: { "detail-type"?: string }) => boolean,
  ) {
    const items: Record<string, { S?: string; N?: string }>[] = [];
    const client = {
      send: async (command: { input: { Item: (typeof items)[number] } }) => (
        items.push(command.input.Item),
        {}
      ),
    };
    const handler = create(client as never, { tableName: "t", retentionDays: 30 });
    const given = events.map((line) => JSON.parse(line)).filter(only);
    const lines: string[] = [];
    const saved = { info: console.info, warn: console.warn };
    console.info = console.warn = (line: string) => void lines.push(line);
    // A handler takes the event its rule delivers ({ event }), or a pipe's batch of SQS records
    // ({ records }, answering with outcomes): whichever it takes, it gets batches of 10 or single events.
    const invoke = handler as (input: unknown) => Promise<unknown>;
    let batched = false;
    try {
      for (let i = 0; i < given.length; i += 10) {
        const batch = given.slice(i, i + 10);
        const records = batch.map((event, j) => ({
          messageId: `m${i + j}`,
          body: JSON.stringify({ event }),
        }));
        const before = { lines: lines.length, items: items.length };
        const answer = (await invoke({ records }).catch(() => undefined)) as
          { outcomes?: unknown } | undefined;
        if (Array.isArray(answer?.outcomes)) {
          batched = true;
          continue;
        }
        // Not a batch handler: forget what the refused batch logged, and hand it the events one by one.
        lines.length = before.lines;
        items.length = before.items;
        for (const event of batch) await invoke({ event }).catch(() => undefined);
      }
    } finally {
      Object.assign(console, saved);
    }
    return { items, lines, handled: given.length, batched };
  }

  const itemBytes = (item: Record<string, { S?: string; N?: string }>) =>
    Object.entries(item).reduce(
      (sum, [name, value]) =>
        sum + Buffer.byteLength(name) + Buffer.byteLength(value.S ?? value.N ?? ""),
      0,
    );

  it("events are at most EVENT_BYTES on average", () => {
    const average = events.reduce((s, e) => s + Buffer.byteLength(e), 0) / events.length;
    assert.ok(average <= EVENT_BYTES, `${average}`);
  });

  // Each handler gets what its rule delivers: every subscribed event, or the user.end ones.
  const cases = [
    ["conversation-events", conversationEvents, () => true],
    ["queue-end", queueEnd, (e: { "detail-type"?: string }) => e["detail-type"] === USER_END_TOPIC],
  ] as const;
  for (const [name, create, only] of cases) {
    it(`${name} logs at most HANDLER_LOG_BYTES_PER_EVENT per event for its input shape, and writes items of 1 KB or less`, async () => {
      const { items, lines, handled, batched } = await run(create, only);
      assert.ok(items.length > 0, "no event was stored");
      const logged =
        lines.reduce((s, l) => s + Buffer.byteLength(l) + 1 + LAMBDA_LOG_LINE_PREFIX_BYTES, 0) /
        handled;
      const assumed = HANDLER_LOG_BYTES_PER_EVENT[batched ? "batch" : "single"];
      assert.ok(
        logged <= assumed,
        `${logged} bytes per event, ${batched ? "batch" : "single"} handler`,
      );
      const largest = Math.max(...items.map(itemBytes));
      assert.ok(largest <= 1024, `${largest} bytes`);
    });
  }
});

describe("capacity report text", () => {
  it("prints a summary row per design, then each one's limits with sources and its cost lines", () => {
    const text = capacityComparison(REGION, "EXPRESS", [10], true, BATCH_FIXTURE);
    const rows = text.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| design"));
    assert.deepEqual(rows, [
      "| batch-state-machine.json (EXPRESS, pipe batches of 10, maxConcurrency 10) | us-west-2 | 10 | 2 | 0.1 | 1,000 (Lambda processor: reserved concurrency) | 1,000 (Lambda processor: reserved concurrency) | $2.80 |",
      `| ${STANDARD_WORKFLOW_LABEL} | us-west-2 | 1 | 1 | 2 | 300 (Step Functions Standard StartExecution) | 300 (Step Functions Standard StartExecution) | $78.22 |`,
    ]);
    assert.match(
      text,
      /- EventBridge target invocations: 9,375 events\/s = 18750\/s in us-west-2 ÷ 2 targets per event; raise: Service Quotas: EventBridge invocations throttle limit \[EventBridge user guide, eb-quota\.html\]/,
    );
    assert.match(
      text,
      /On top, per million user\.end events its rule matches \(the queue-end Lambda\): \$1\.30/,
    );
    assert.equal(
      formatCapacityReports([standardWorkflowDesign(REGION)].map(capacityReport)).split("\n")[2],
      rows[1],
    );
  });
});
