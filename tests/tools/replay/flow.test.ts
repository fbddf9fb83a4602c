/**
 * The replay's flow control in virtual time, in the fast tier: the real state machine definition
 * (aws-local-stepfunctions) and the real processor and queue-end handler code, against an
 * in-memory DynamoDB behind the same client interface and the same fault model the replay puts
 * in front of dynalite. tests/tools/replay/replay.integration.test.ts runs the same through the
 * CLI, the bundles and dynalite.
 */
import * as assert from "node:assert/strict";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  conversationEventPattern,
  partnerEventSourceName,
  queueEndEventPattern,
  RULE_INPUT_TRANSFORMER,
} from "../../../components/eventbridge/events";
import { deriveBufferSettings, PIPE_BATCH_SIZE } from "../../../components/eventbridge/settings";
import { conversationStateMachineDefinition } from "../../../components/eventbridge/stateMachine";
import { worstCaseSeconds } from "../../../components/eventbridge/aslChecks";
import { createHandler as processorHandler } from "../../../lambdas/conversation-events/handler";
import { createHandler as queueEndHandler } from "../../../lambdas/queue-end/handler";
import { generateEvents, ORG_ID, WATCHED_QUEUE } from "../../../tools/bench/eventGenerator";
import { compileEventPattern, compileInputTransformer } from "../../../tools/eventbridge";
import { ReplayEngine } from "../../../tools/replay/engine";
import { LambdaFunctionError, type LocalFunction } from "../../../tools/replay/lambda";
import type { EventPipelineModel, FunctionSpec, QueueSpec } from "../../../tools/replay/pipeline";
import { SqsQueue } from "../../../tools/replay/sqsQueue";
import { StoreFaults, type OutageWindow } from "../../../tools/replay/storeFaults";
import { VirtualClock } from "../../../tools/replay/virtualClock";

const ACCOUNT = "123456789012";
const SOURCE = partnerEventSourceName(ORG_ID, "dev-conversations");
const TOPICS = [
  "customer.start",
  "customer.end",
  "acd.start",
  "acd.end",
  "user.start",
  "user.end",
  "acw",
].map((t) => `v2.detail.events.conversation.{id}.${t}`);
const arn = (service: string, resource: string) =>
  `arn:aws:${service}:us-east-1:${ACCOUNT}:${resource}`;
const queue = (name: string, extra: Partial<QueueSpec> = {}): QueueSpec => ({
  resourceName: name,
  name,
  arn: arn("sqs", name),
  url: `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/${name}`,
  visibilityTimeoutSeconds: 30,
  messageRetentionSeconds: 14 * 86400,
  ...extra,
});
const fnSpec = (name: string, extra: Partial<FunctionSpec> = {}): FunctionSpec => ({
  resourceName: name,
  name,
  arn: arn("lambda", `function:${name}`),
  handler: "index.handler",
  files: {},
  environment: {},
  timeoutSeconds: 10,
  memorySizeMb: 256,
  asyncRetries: 2,
  ...extra,
});

/** An in-memory DynamoDB for the handlers' clients: conditional puts, and the replay's faults. */
function memoryStore(faults: StoreFaults) {
  const tables = new Map<string, Map<string, unknown>>();
  const writes = new Map<string, number>();
  const client = {
    async send(command: { input: { TableName: string; Item: Record<string, { S?: string }> } }) {
      const { TableName, Item } = command.input;
      const key = `${TableName}#${JSON.stringify(Item.pk)}`;
      writes.set(key, (writes.get(key) ?? 0) + 1);
      const fault = faults.decide(key);
      if (fault === "unavailable")
        throw Object.assign(new Error("unavailable"), {
          name: "ServiceUnavailable",
          $metadata: { httpStatusCode: 503 },
        });
      if (fault === "throttled")
        throw Object.assign(new Error("slow down"), {
          name: "ThrottlingException",
          $metadata: { httpStatusCode: 400 },
        });
      const table = tables.get(TableName) ?? new Map();
      tables.set(TableName, table);
      if (table.has(Item.pk.S!))
        throw Object.assign(new Error("exists"), {
          name: "ConditionalCheckFailedException",
          $metadata: { httpStatusCode: 400 },
        });
      table.set(Item.pk.S!, Item);
      return {};
    },
  };
  return {
    client: client as unknown as DynamoDBClient,
    size: (t: string) => tables.get(t)?.size ?? 0,
    writes,
  };
}

interface Run {
  readonly engine: ReplayEngine;
  readonly clock: VirtualClock;
  readonly store: ReturnType<typeof memoryStore>;
  readonly results: ReturnType<ReplayEngine["results"]>;
  readonly queueEnded: number;
}

interface RunOptions {
  readonly rate?: number;
  readonly outage?: OutageWindow;
  readonly throttle?: number;
  readonly toleranceHours?: number;
  readonly redrive?: boolean;
  readonly retentionSeconds?: number;
}

/** Replays `lines` through a model shaped as the dev stack deploys it (maxConcurrency 10). */
async function replay(lines: readonly string[], options: RunOptions = {}): Promise<Run> {
  const clock = new VirtualClock();
  const faults = new StoreFaults(
    { outage: options.outage, throttle: options.throttle, seed: 7 },
    () => clock.now,
  );
  const store = memoryStore(faults);
  const dlq = queue("dlq");
  const malformed = queue("malformed");
  const queueEndDlq = queue("queue-end-dlq");
  const processor = fnSpec("processor", { reservedConcurrency: 10 });
  const recorder = fnSpec("queue-end", { onFailureArn: queueEndDlq.arn });
  const definition = conversationStateMachineDefinition({
    processorArn: processor.arn,
    malformedQueueUrl: malformed.url,
    deadLetterQueueUrl: dlq.url,
    workflowType: "EXPRESS",
  });
  const sized = deriveBufferSettings(
    options.toleranceHours ?? 24,
    worstCaseSeconds(definition, PIPE_BATCH_SIZE),
  );
  const buffer = queue("buffer", {
    visibilityTimeoutSeconds: sized.visibilityTimeoutSeconds,
    messageRetentionSeconds: options.retentionSeconds ?? sized.messageRetentionSeconds,
    redrive: { deadLetterArn: dlq.arn, maxReceiveCount: sized.maxReceiveCount },
  });
  const render = compileInputTransformer(RULE_INPUT_TRANSFORMER);
  const target = (name: string, destination: any, deadLetterArn: string) => ({
    resourceName: name,
    arn: destination.kind === "queue" ? destination.queue.arn : destination.fn.arn,
    input: { kind: "transformer" as const, render },
    destination,
    retry: { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86400 },
    deadLetterArn,
  });
  const rule = (name: string, pattern: Record<string, unknown>, targets: any[]) => ({
    resourceName: name,
    name,
    arn: arn("events", `rule/${name}`),
    patternText: JSON.stringify(pattern),
    matches: compileEventPattern(pattern),
    targets,
  });
  const model: EventPipelineModel = {
    region: "us-east-1",
    bus: { name: SOURCE, arn: arn("events", `event-bus/${SOURCE}`) },
    rules: [
      rule("conversation-rule", conversationEventPattern(SOURCE, TOPICS), [
        target("conversation-target", { kind: "queue", queue: buffer }, dlq.arn),
      ]),
      rule("queue-end-rule", queueEndEventPattern(SOURCE, [WATCHED_QUEUE]), [
        target("queue-end-target", { kind: "function", fn: recorder }, queueEndDlq.arn),
      ]),
    ],
    pipes: [
      {
        resourceName: "pipe",
        name: "pipe",
        source: buffer,
        batchSize: PIPE_BATCH_SIZE,
        target: {
          resourceName: "machine",
          name: "machine",
          arn: arn("states", "stateMachine:machine"),
          type: "EXPRESS",
          definition,
        },
        invocationType: "REQUEST_RESPONSE",
        taskFunctions: [["StoreBatch", processor.arn]],
      },
    ],
    queues: new Map([buffer, dlq, malformed, queueEndDlq].map((q) => [q.arn, q])),
    functions: new Map([processor, recorder].map((f) => [f.arn, f])),
    tables: [],
    buckets: [],
  };
  const settings = { retentionDays: 30, now: () => new Date(Date.UTC(2026, 10, 21) + clock.now) };
  const asLambda = (
    spec: FunctionSpec,
    handler: (input: unknown) => Promise<unknown>,
  ): LocalFunction => ({
    spec,
    invoke: (payload) =>
      handler(JSON.parse(JSON.stringify(payload))).catch((err: Error) => {
        throw new LambdaFunctionError(err.name, err.message, err);
      }),
  });
  const quiet = { ...console, info: () => undefined, warn: () => undefined };
  const saved = globalThis.console;
  globalThis.console = quiet as Console;
  try {
    const functions = new Map([
      [
        processor.arn,
        asLambda(processor, processorHandler(store.client, { ...settings, tableName: "events" })),
      ],
      [
        recorder.arn,
        asLambda(recorder, queueEndHandler(store.client, { ...settings, tableName: "queue-ends" })),
      ],
    ]);
    const engine = new ReplayEngine(model, functions, clock, {
      processorMs: 100,
      seed: 7,
      faultsInjected: faults.active,
    });
    void clock.spawn(async () => {
      for (const [i, text] of lines.entries()) {
        if (options.rate !== undefined && (i / options.rate) * 1000 > clock.now)
          await clock.sleep((i / options.rate) * 1000 - clock.now);
        engine.arrive(i + 1, text);
      }
    });
    await clock.run();
    if (options.redrive) {
      clock.at(Math.max(clock.now, faults.outageEndMs), () => engine.redrive());
      await clock.run();
    }
    return {
      engine,
      clock,
      store,
      results: engine.results(),
      queueEnded: store.size("queue-ends"),
    };
  } finally {
    globalThis.console = saved;
  }
}

const { lines: EVENTS, expected: EXPECTED } = generateEvents(1000);
const SMALL = generateEvents(600);
const counts = (run: Run) => ({
  received: run.engine.received,
  ...run.results.counts,
  queueEnded: run.queueEnded,
});
const eventWrites = (run: Run) =>
  [...run.store.writes].filter(([key]) => key.startsWith("events#")).reduce((n, [, w]) => n + w, 0);
const queueEndDeadLetters = (run: Run) =>
  run.engine.queues.get(arn("sqs", "queue-end-dlq"))!.held().length;

/**
 * The queue-end path is EventBridge's asynchronous invocation of its Lambda, which retries twice
 * (1 and 2 minutes apart) and then dead-letters: no buffer waits out a fault there. Its count is
 * checked as "nothing lost": recorded, or in its dead-letter queue.
 */
function assertQueueEndsKept(run: Run, expected = EXPECTED): void {
  assert.ok(run.queueEnded <= expected.queueEnded);
  assert.ok(run.queueEnded + queueEndDeadLetters(run) >= expected.queueEnded);
}

describe("replay flow in virtual time (in-memory store)", function () {
  this.timeout(60_000);

  it("a clean run: the generator's exact counts, one processor invocation and one execution per batch of 10", async () => {
    const run = await replay(EVENTS);
    assert.deepEqual(counts(run), EXPECTED);
    assert.equal(run.engine.lost, 0);
    assert.deepEqual(run.results.failures, []);
    const pipeEvents = EXPECTED.stored + EXPECTED.duplicates + EXPECTED.rejected;
    assert.equal(run.engine.processorInvocations, Math.ceil(pipeEvents / 10));
    assert.ok(run.engine.processorInvocations / EXPECTED.received <= 0.15);
    assert.equal(run.engine.stateMachineExecutions, run.engine.processorInvocations);
    assert.equal(run.results.deadLettered.malformed, EXPECTED.rejected);
    // Every delivered event was written once (a duplicate failing the condition): no retry because a sibling failed.
    assert.equal(eventWrites(run), EXPECTED.stored + EXPECTED.duplicates);
    assert.deepEqual(run.engine.deadLetterCounts(), { malformed: EXPECTED.rejected });
  });

  it("--throttle 0.3: exact counts on the buffer path; only throttled records go back, and no stored record is written twice", async () => {
    const run = await replay(EVENTS, { throttle: 0.3 });
    assert.deepEqual({ ...counts(run), queueEnded: EXPECTED.queueEnded }, EXPECTED);
    assertQueueEndsKept(run);
    assert.equal(run.engine.lost, 0);
    assert.deepEqual(run.results.failures, []);
    assert.equal(run.results.deadLettered.outlivedTolerance, 0);
    // Writes beyond one per delivered event are retries of throttled attempts only: about 0.3 / 0.7 more.
    const extra = eventWrites(run) / (EXPECTED.stored + EXPECTED.duplicates) - 1;
    assert.ok(extra > 0.3 && extra < 0.6, String(extra));
    // A throttled record returns alone, in a later batch: a few more invocations, not the batch again.
    assert.ok(
      run.engine.processorInvocations / EXPECTED.received < 0.2,
      String(run.engine.processorInvocations),
    );
  });

  it("3 × capacity with a 6 h store outage starting while events arrive: no event dead-lettered or lost, exact counts", async () => {
    // maxConcurrency 10 × 10 events ÷ 0.1 s = 1,000 events/s; 600 events at 3,000/s arrive over 0.2 s.
    const run = await replay(SMALL.lines, {
      rate: 3000,
      outage: { startSeconds: 0.1, durationSeconds: 6 * 3600 },
    });
    assert.equal(run.engine.lost, 0);
    assert.equal(run.results.deadLettered.outlivedTolerance, 0);
    assert.deepEqual(
      { ...counts(run), queueEnded: SMALL.expected.queueEnded },
      SMALL.expected,
      "the buffer path's counts are exact",
    );
    assert.ok(run.clock.now >= 6 * 3600 * 1000, "the run outlasted the outage");
    assertQueueEndsKept(run, SMALL.expected);
    assert.ok(run.engine.maxBacklog > 500, String(run.engine.maxBacklog));
  });

  it("an outage longer than the tolerance dead-letters well-formed events whole (none lost); a redrive stores them all", async () => {
    const outage = { startSeconds: 0, durationSeconds: 30 * 3600 };
    const small = EVENTS.slice(0, 100);
    const clean = await replay(small);
    const failed = await replay(small, { outage });
    assert.equal(failed.engine.lost, 0);
    assert.ok(failed.results.deadLettered.outlivedTolerance > 0);
    assert.equal(failed.results.counts.stored, 0);
    // Dead-lettered at the 121st receive of a 720 s visibility: no younger than 24 h.
    assert.ok(failed.engine.oldestMessageAgeMs >= 24 * 3600 * 1000);
    const held = failed.engine.queues.get(arn("sqs", "dlq"))!.held();
    assert.equal(held.length, failed.results.deadLettered.outlivedTolerance);
    const redriven = await replay(small, { outage, redrive: true });
    assert.deepEqual(counts(redriven).stored, counts(clean).stored);
    assert.deepEqual({ ...counts(redriven), queueEnded: 0 }, { ...counts(clean), queueEnded: 0 });
    assert.equal(redriven.engine.redriven, failed.results.deadLettered.outlivedTolerance);
    assert.equal(redriven.engine.lost, 0);
  });

  it("loses an event that outlives the buffer's retention, and says so", async () => {
    const run = await replay(EVENTS.slice(0, 50), {
      outage: { startSeconds: 0, durationSeconds: 3 * 3600 },
      retentionSeconds: 3600,
    });
    assert.ok(run.engine.lost > 0);
    assert.ok(run.results.failures.some((f) => /expired in buffer/.test(f.reason)));
  });
});

describe("replay: SQS semantics in virtual time", () => {
  it("hides a received message for the visibility timeout, counts receives, and dead-letters on the receive past maxReceiveCount", async () => {
    const clock = new VirtualClock();
    const moved: string[] = [];
    const dlq = new SqsQueue<number>(
      { name: "dlq", visibilityTimeoutSeconds: 30, retentionSeconds: 1209600 },
      clock,
    );
    const q = new SqsQueue<number>(
      {
        name: "q",
        visibilityTimeoutSeconds: 100,
        retentionSeconds: 1209600,
        redrive: { deadLetterQueue: dlq, maxReceiveCount: 2 },
      },
      clock,
      { moved: (m) => moved.push(`${m.messageId}@${clock.now}`) },
    );
    const sent = q.send("body", 1);
    const times: number[] = [];
    const poll = () => {
      const got = q.receive(10);
      if (got.length > 0) times.push(clock.now);
      if (q.size > 0) clock.at(clock.now + 10_000, poll);
    };
    clock.at(0, poll);
    await clock.run();
    assert.deepEqual(times, [0, 100_000]);
    assert.deepEqual(moved, [`${sent.messageId}@200000`]);
    assert.equal(dlq.held()[0].sentAt, 0, "a dead-letter move keeps the enqueue time");
    const [back] = dlq.redriveTo(q);
    assert.notEqual(back.messageId, sent.messageId, "a redrive makes a new message");
    assert.equal(back.sentAt, clock.now);
    assert.equal(back.receiveCount, 0);
  });

  it("advances virtual time only when every actor waits, and never for a cancelled timer", async () => {
    const clock = new VirtualClock();
    const seen: string[] = [];
    const cancelled = clock.at(5000, () => seen.push("cancelled"));
    cancelled.cancel();
    void clock.spawn(async () => {
      await clock.sleep(1000);
      seen.push(`a@${clock.now}`);
      await new Promise((r) => setTimeout(r, 5)); // real work: the clock waits for it
      await clock.sleep(500);
      seen.push(`a@${clock.now}`);
    });
    void clock.spawn(async () => {
      await clock.sleep(1200);
      seen.push(`b@${clock.now}`);
    });
    await clock.run();
    assert.deepEqual(seen, ["a@1000", "b@1200", "a@1500"]);
    assert.equal(clock.now, 1500);
  });
});
