import * as assert from "node:assert/strict";
import {
  conversationStateMachineDefinition,
  type WorkflowType,
} from "../../../components/eventbridge/stateMachine";
import { compileEventPattern, compileInputTransformer } from "../../../tools/eventbridge";
import { ReplayEngine } from "../../../tools/replay/engine";
import { checkLine, entrySize, MAX_ENTRY_BYTES } from "../../../tools/replay/envelope";
import { loadLocalFunction, type LocalFunction } from "../../../tools/replay/lambda";
import type {
  EventPipelineModel,
  FunctionSpec,
  QueueSpec,
  RuleSpec,
  TargetSpec,
} from "../../../tools/replay/pipeline";

const ACCOUNT = "123456789012";
const SOURCE =
  "aws.partner/genesys.com/cloud/32aa07aa-db1b-4987-abd0-9483601ec29d/dev-conversations";
const arn = (service: string, resource: string) =>
  `arn:aws:${service}:us-east-1:${ACCOUNT}:${resource}`;
const queue = (name: string, redrive?: QueueSpec["redrive"]): QueueSpec => ({
  resourceName: name,
  name,
  arn: arn("sqs", name),
  url: `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/${name}`,
  redrive,
});
const DLQ = queue("dlq");
const BUFFER = queue("buffer", { deadLetterArn: DLQ.arn, maxReceiveCount: 3 });

/** A function whose handler is `code` (a CommonJS module body exporting `handler`). */
function fn(
  name: string,
  code: string,
  environment: Record<string, string> = {},
  timeoutSeconds = 10,
): FunctionSpec {
  return {
    resourceName: name,
    name,
    arn: arn("lambda", `function:${name}`),
    handler: "index.handler",
    files: { "index.js": code },
    environment,
    timeoutSeconds,
    memorySizeMb: 256,
    asyncRetries: 2,
    onFailureArn: DLQ.arn,
  };
}

/** Handler code: logs each call, then behaves as the event's detail.eventBody.behave says. */
const BEHAVING = `
class Named extends Error { constructor(name, message) { super(message); this.name = name; } }
exports.handler = async (input) => {
  const behave = input.event.detail.eventBody.behave;
  console.info("call " + input.event.id);
  if (behave === "malformed") throw new Named("MalformedEvent", "malformed Genesys event: detail.eventBody.sessionId is missing");
  if (behave === "throttled") throw new Named("StoreUnavailable", "DynamoDB did not store the event");
  if (behave === "bug") throw new TypeError("cannot read properties of undefined");
  return { outcome: behave === "duplicate" ? "duplicate" : behave === "stored" ? "stored" : "recorded" };
};`;

function event(id: string, behave: string, topic = "customer.end"): string {
  return JSON.stringify({
    version: "0",
    id,
    "detail-type": `v2.detail.events.conversation.{id}.${topic}`,
    source: SOURCE,
    account: ACCOUNT,
    time: "2026-11-21T10:00:00Z",
    region: "us-east-1",
    resources: [],
    detail: { topicName: `v2.detail.events.conversation.c.${topic}`, eventBody: { behave } },
  });
}

const transformer = compileInputTransformer({ inputTemplate: '{"event":<aws.events.event.json>}' });
const target = (name: string, destination: TargetSpec["destination"]): TargetSpec => ({
  resourceName: name,
  arn: destination.kind === "queue" ? destination.queue.arn : destination.fn.arn,
  input: { kind: "transformer", render: transformer },
  destination,
  retry: { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86400 },
  deadLetterArn: DLQ.arn,
});
const rule = (name: string, pattern: Record<string, unknown>, targets: TargetSpec[]): RuleSpec => ({
  resourceName: name,
  name,
  arn: arn("events", `rule/${name}`),
  patternText: JSON.stringify(pattern),
  matches: compileEventPattern(pattern),
  targets,
});

interface Setup {
  readonly engine: ReplayEngine;
  readonly calls: Map<string, number>;
}

/** A pipeline shaped like the stack's: a rule into the buffer, a pipe into the real definition, and a rule into a function. */
function setup(workflowType: WorkflowType, queueEndTopic = "user.end"): Setup {
  const processor = fn("processor", BEHAVING);
  const recorder = fn("recorder", BEHAVING);
  const definition = conversationStateMachineDefinition({
    processorArn: processor.arn,
    deadLetterQueueUrl: DLQ.url,
    workflowType,
    maxConcurrency: 2,
  });
  const model: EventPipelineModel = {
    region: "us-east-1",
    bus: { name: SOURCE, arn: arn("events", `event-bus/${SOURCE}`) },
    rules: [
      rule(
        "conversation",
        { source: [SOURCE], "detail-type": ["v2.detail.events.conversation.{id}.customer.end"] },
        [target("to-buffer", { kind: "queue", queue: BUFFER })],
      ),
      rule(
        "queue-end",
        {
          source: [SOURCE],
          "detail-type": [`v2.detail.events.conversation.{id}.${queueEndTopic}`],
        },
        [target("to-recorder", { kind: "function", fn: recorder })],
      ),
    ],
    pipes: [
      {
        resourceName: "pipe",
        name: "pipe",
        source: BUFFER,
        batchSize: 2,
        target: {
          resourceName: "machine",
          name: "machine",
          arn: arn("states", "stateMachine:machine"),
          type: workflowType,
          definition,
        },
        invocationType: workflowType === "EXPRESS" ? "REQUEST_RESPONSE" : "FIRE_AND_FORGET",
      },
    ],
    queues: new Map([
      [DLQ.arn, DLQ],
      [BUFFER.arn, BUFFER],
    ]),
    functions: new Map([
      [processor.arn, processor],
      [recorder.arn, recorder],
    ]),
    tables: [],
    buckets: [],
  };
  const calls = new Map<string, number>();
  const functions = new Map<string, LocalFunction>();
  for (const spec of [processor, recorder]) {
    functions.set(
      spec.arn,
      loadLocalFunction(spec, (name, _level, text) => {
        const key = `${name} ${text.replace("call ", "")}`;
        calls.set(key, (calls.get(key) ?? 0) + 1);
      }),
    );
  }
  return { engine: new ReplayEngine(model, functions), calls };
}

async function run(engine: ReplayEngine, lines: string[]): Promise<void> {
  for (const [i, text] of lines.entries()) await engine.push(i + 1, text);
  await engine.finish();
}

describe("replay: what EventBridge accepts from a line", () => {
  const base = JSON.parse(event("e1", "stored"));
  it("names what is wrong with a line that is not an event", () => {
    const problem = (line: string) =>
      "problem" in checkLine(line) ? (checkLine(line) as { problem: string }).problem : "accepted";
    assert.equal(problem("   "), "empty line");
    assert.match(problem('{"version":"0","id":'), /^not JSON \(/);
    assert.equal(problem("42"), "not a JSON object but a number");
    assert.equal(problem("[]"), "not a JSON object but an array");
    assert.equal(
      problem(JSON.stringify({ ...base, id: "" })),
      "not an EventBridge event: id is empty, not a string",
    );
    assert.equal(
      problem(JSON.stringify({ ...base, source: 7, detail: [1] })),
      "not an EventBridge event: source is a number, not a string; detail is an array, not a JSON object",
    );
    assert.equal(problem(JSON.stringify(base)), "accepted");
  });

  it("sizes an entry as EventBridge does: 14 bytes of Time, then UTF-8 bytes of Source, DetailType, compact Detail and Resources", () => {
    const small = { source: "s", "detail-type": "dt", detail: { a: "é" }, resources: ["r1", "r2"] };
    assert.equal(entrySize(small), 1 + 2 + Buffer.byteLength('{"a":"é"}') + 4);
    assert.equal(entrySize({ ...small, time: "2026-11-21T10:00:00Z" }), entrySize(small) + 14);
    const padded = (bytes: number) => {
      const e = { ...base, detail: { ...base.detail, eventBody: { pad: "" } } };
      e.detail.eventBody.pad = "x".repeat(bytes - entrySize(e));
      return JSON.stringify(e);
    };
    assert.ok("event" in checkLine(padded(MAX_ENTRY_BYTES - 1)));
    assert.match(
      (checkLine(padded(MAX_ENTRY_BYTES)) as { problem: string }).problem,
      /entry of 262144 bytes is not under EventBridge's 256 KiB/,
    );
  });
});

describe("replay: a function's bundle run in-process", () => {
  it("gives each function its own environment, console and JSON-only payloads", async () => {
    const code = `exports.handler = async (input) => { input.touched = true; console.warn("table", process.env.TABLE_NAME); return { table: process.env.TABLE_NAME, at: new Date(0), input }; };`;
    const logs: string[] = [];
    const sink = (name: string, level: string, text: string) =>
      logs.push(`${name} ${level} ${text}`);
    const a = loadLocalFunction(fn("a", code, { TABLE_NAME: "table-a" }), sink);
    const b = loadLocalFunction(fn("b", code, { TABLE_NAME: "table-b" }), sink);
    const payload = { n: 1 };
    const [ra, rb] = await Promise.all([a.invoke(payload), b.invoke(payload)]);
    assert.deepEqual(ra, {
      table: "table-a",
      at: "1970-01-01T00:00:00.000Z",
      input: { n: 1, touched: true },
    });
    assert.deepEqual((rb as { table: string }).table, "table-b");
    assert.deepEqual(payload, { n: 1 }, "the handler got a copy");
    assert.deepEqual(logs, ["a warn table table-a", "b warn table table-b"]);
    assert.equal(process.env.TABLE_NAME, undefined);
  });

  it("surfaces a thrown error under its name, and a run past the timeout as Sandbox.Timedout", async () => {
    const failing = loadLocalFunction(
      fn(
        "f",
        `class MalformedEvent extends Error { name = "MalformedEvent"; } exports.handler = async () => { throw new MalformedEvent("bad"); };`,
      ),
    );
    await assert.rejects(
      failing.invoke({}),
      (err: Error) =>
        err.name === "MalformedEvent" && JSON.parse(err.message).errorMessage === "bad",
    );
    const slow = loadLocalFunction(
      fn("s", `exports.handler = () => new Promise(() => {});`, {}, 0.05),
    );
    await assert.rejects(
      slow.invoke({}),
      (err: Error) =>
        err.name === "Sandbox.Timedout" && /Task timed out after 0\.05 seconds/.test(err.message),
    );
  });
});

describe("replay engine: where each event lands", () => {
  it("counts stored, duplicate and malformed outcomes of the real definition, the malformed one in the dead-letter queue", async () => {
    const { engine } = setup("EXPRESS");
    await run(engine, [
      event("a", "stored"),
      event("b", "duplicate"),
      event("c", "malformed"),
      "[1]",
      event("d", "stored", "acw"),
    ]);
    assert.deepEqual(engine.counts, {
      invalid: 1,
      unmatched: 1,
      stored: 1,
      duplicates: 1,
      rejected: 1,
    });
    assert.equal(engine.received, 5);
    assert.deepEqual(
      engine.problems.map((p) => [p.line, p.count]),
      [
        [4, "invalid"],
        [3, "rejected"],
      ],
    );
    assert.match(
      engine.problems[1].reason,
      /^malformed event: MalformedEvent: malformed Genesys event/,
    );
    assert.deepEqual(
      engine.deadLetters.map((d) => [d.queue, d.line]),
      [["dlq", 3]],
    );
    assert.deepEqual(engine.failures, []);
  });

  it("EXPRESS: returns a batch that stays throttled to the buffer, then the redrive policy moves it to the dead-letter queue", async () => {
    const { engine, calls } = setup("EXPRESS");
    await run(engine, [event("t1", "throttled"), event("t2", "throttled")]);
    assert.deepEqual(engine.counts, {
      invalid: 0,
      unmatched: 0,
      stored: 0,
      duplicates: 0,
      rejected: 2,
    });
    // 3 receives (maxReceiveCount) × 7 attempts (MaxAttempts 6 after the first), with no waiting.
    assert.equal(calls.get("processor t1"), 21);
    assert.deepEqual(
      engine.deadLetters.map((d) => [d.sentBy, d.line]),
      [
        ["SQS redrive of buffer", 1],
        ["SQS redrive of buffer", 2],
      ],
    );
    assert.equal(engine.failures.length, 2);
    assert.match(
      engine.failures[0].reason,
      /received 3 times, then moved to the dead-letter queue: machine execution failed: RetriesExhausted/,
    );
  });

  it("STANDARD: dead-letters an event the processor fails on with a bug, and calls it a failure", async () => {
    const { engine } = setup("STANDARD");
    await run(engine, [event("x", "bug"), event("y", "stored")]);
    assert.deepEqual(engine.counts, {
      invalid: 0,
      unmatched: 0,
      stored: 1,
      duplicates: 0,
      rejected: 1,
    });
    assert.deepEqual(
      engine.failures.map((f) => [f.line, f.reason]),
      [[1, "processing failed: TypeError: cannot read properties of undefined"]],
    );
    assert.deepEqual(
      engine.deadLetters.map((d) => [d.sentBy, d.line]),
      [["machine Task DeadLetterEvent", 1]],
    );
  });

  it("lets a function-only rule decide an event no queue rule matches: recorded, duplicate, or dead-lettered after Lambda's retries", async () => {
    const { engine, calls } = setup("EXPRESS", "user.end");
    await run(engine, [
      event("r", "recorded", "user.end"),
      event("d", "duplicate", "user.end"),
      event("m", "malformed", "user.end"),
    ]);
    assert.deepEqual(engine.counts, {
      invalid: 0,
      unmatched: 0,
      stored: 1,
      duplicates: 1,
      rejected: 1,
    });
    assert.equal(calls.get("recorder m"), 3, "one invocation and Lambda's 2 asynchronous retries");
    const letter = JSON.parse(engine.deadLetters[0].body);
    assert.equal(engine.deadLetters[0].sentBy, "recorder on-failure destination");
    assert.deepEqual(
      [
        letter.requestContext.condition,
        letter.requestContext.approximateInvokeCount,
        letter.responsePayload.errorType,
      ],
      ["RetriesExhausted", 3, "MalformedEvent"],
    );
    assert.equal(letter.requestPayload.event.id, "m");
    assert.deepEqual(engine.failures, [], "a malformed event is an expected rejection");
  });

  it("decides an event both rules match by the queue path, and still dead-letters the function's failure", async () => {
    const { engine, calls } = setup("EXPRESS", "customer.end");
    await run(engine, [event("both", "stored"), event("bad", "malformed")]);
    assert.deepEqual(engine.counts, {
      invalid: 0,
      unmatched: 0,
      stored: 1,
      duplicates: 0,
      rejected: 1,
    });
    assert.equal(calls.get("recorder both"), 1);
    assert.deepEqual(engine.deadLetters.map((d) => d.sentBy).sort(), [
      "machine Task RejectEvent",
      "recorder on-failure destination",
    ]);
  });
});
