import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import Module from "node:module";
import * as path from "node:path";
import * as vm from "node:vm";
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { StateMachine, type StateMachineDefinition } from "aws-local-stepfunctions";
import { bundleLambda, REPO_ROOT } from "../../components/bundle";
import { partnerEventSourceName } from "../../components/eventbridge/events";
import { conversationStateMachineDefinition } from "../../components/eventbridge/stateMachine";
import { createHandler as createBatchHandler } from "../../lambdas/conversation-events/handler";
import { parseConversationEvent } from "../../lambdas/shared/genesysEvent";
import type { ProcessorAnswer } from "../../lambdas/shared/pipelineContract";
import { LocalDynamoDb, startDynalite } from "../support/dynalite";

// dynalite ships no type declarations.

const FIXTURES = path.join(__dirname, "..", "fixtures", "genesys-events");
const ORG = "32aa07aa-db1b-4987-abd0-9483601ec29d";
const SOURCE = partnerEventSourceName(ORG, "dev-conversations");
const TOPICS = [
  "customer.start",
  "customer.end",
  "acd.start",
  "acd.end",
  "user.start",
  "user.end",
  "acw",
].map((t) => `v2.detail.events.conversation.{id}.${t}`);
const NOW = new Date("2026-11-21T12:00:00.000Z");
const CONVERSATION = "2f7bf00a-0fc2-4d6a-9b56-92238191433e";

/** A valid customer.end event; `body` overrides eventBody fields (undefined removes one). */
function event(body: Record<string, unknown> = {}, envelope: Record<string, unknown> = {}) {
  const eventBody: Record<string, unknown> = {
    eventTime: 1649237504949,
    conversationId: CONVERSATION,
    participantId: "9fb2ca78-8389-4758-b76a-9b0300de1fce",
    sessionId: "c03d300e-fa79-4353-9695-b97a71322785",
    mediaType: "VOICE",
    ani: "tel:+13175550123",
  };
  for (const [k, v] of Object.entries(body)) {
    if (v === undefined) delete eventBody[k];
    else eventBody[k] = v;
  }
  return {
    version: "0",
    id: "58fb5dac-f077-4eec-a25f-c638dbdd4368",
    "detail-type": "v2.detail.events.conversation.{id}.customer.end",
    source: SOURCE,
    account: "123456789012",
    time: "2022-06-14T16:12:11.000Z",
    region: "us-east-1",
    resources: [],
    detail: {
      topicName: `v2.detail.events.conversation.${CONVERSATION}.customer.end`,
      version: "2",
      eventBody,
      metadata: { CorrelationId: "7272d362-23b2-4c14-9d40-dc7b7683153a" },
    },
    ...envelope,
  };
}

let nextMessage = 0;
/** The processor with one record per call: its outcome (and key), or its dead-letter reason. */
function createHandler(...args: Parameters<typeof createBatchHandler>) {
  const batch = createBatchHandler(...args);
  return async (input: unknown): Promise<{ outcome: string; key?: string; reason?: string }> => {
    const answer = await batch({
      records: [{ messageId: `m${++nextMessage}`, body: JSON.stringify(input) }],
    });
    const { outcome, key } = answer.outcomes[0];
    const reason = answer.deadLetters[0]?.reason;
    return { outcome, ...(key !== undefined && { key }), ...(reason !== undefined && { reason }) };
  };
}

async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const saved = { info: console.info, warn: console.warn };
  console.info = console.warn = () => undefined;
  try {
    return await fn();
  } finally {
    Object.assign(console, saved);
  }
}

/** The fixture's lines the conversation rule routes: this org's source and a subscribed topic (a stand-in for the real matcher). */
function routedFixtureEvents(): {
  invalid: number;
  unmatched: number;
  routed: Record<string, unknown>[];
} {
  const lines = fs
    .readFileSync(path.join(FIXTURES, "sample.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  let invalid = 0;
  let unmatched = 0;
  const routed: Record<string, unknown>[] = [];
  for (const line of lines) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      invalid += 1;
      continue;
    }
    const e = parsed as Record<string, unknown>;
    if (
      typeof e !== "object" ||
      e === null ||
      Array.isArray(e) ||
      !["id", "source", "detail-type", "detail"].every((k) => k in e)
    ) {
      invalid += 1;
    } else if (e.source !== SOURCE || !TOPICS.includes(e["detail-type"] as string)) {
      unmatched += 1;
    } else {
      routed.push(e);
    }
  }
  return { invalid, unmatched, routed };
}

describe("conversation-events processor against dynalite", () => {
  let local: LocalDynamoDb;
  let dynamodb: DynamoDBClient;
  let endpoint: string;

  before(async () => {
    local = await startDynalite();
    dynamodb = local.client;
    endpoint = local.endpoint;
  });
  after(() => local.stop());

  const newTable = () => local.newTable("conversation-events");
  const count = (table: string) => local.count(table);

  it("stores an event once with its key, body and a TTL, and calls a re-send with a new envelope id a duplicate", async () => {
    const table = await newTable();
    const handler = createHandler(dynamodb, {
      tableName: table,
      retentionDays: 30,
      now: () => NOW,
    });
    const first = await quietly(() => handler({ event: event() }));
    const key = `v2.detail.events.conversation.${CONVERSATION}.customer.end#9fb2ca78-8389-4758-b76a-9b0300de1fce#c03d300e-fa79-4353-9695-b97a71322785#1649237504949`;
    assert.deepEqual(first, { outcome: "stored", key });
    const resent = await quietly(() =>
      handler({ event: event({}, { id: "0becd7b0-3898-4190-b9eb-dacc0cb1e29c" }) }),
    );
    assert.deepEqual(resent, { outcome: "duplicate", key });
    const { Item } = await dynamodb.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: key } } }),
    );
    assert.equal(Item?.eventId.S, "58fb5dac-f077-4eec-a25f-c638dbdd4368");
    assert.equal(Item?.conversationId.S, CONVERSATION);
    assert.equal(Item?.eventTime.N, "1649237504949");
    assert.equal(JSON.parse(Item!.eventBody.S!).mediaType, "VOICE");
    assert.equal(Item?.storedAt.S, "2026-11-21T12:00:00.000Z");
    assert.equal(Item?.expiresAt.N, String(NOW.getTime() / 1000 + 30 * 86400));
    assert.equal(await count(table), 1);
  });

  it("treats another session or event time of the same participant as a new event", async () => {
    const table = await newTable();
    const handler = createHandler(dynamodb, { tableName: table, retentionDays: 1, now: () => NOW });
    const outcomes = await quietly(async () => [
      (await handler({ event: event() })).outcome,
      (await handler({ event: event({ sessionId: "c03d300e-fa79-4353-9695-b97a71322786" }) }))
        .outcome,
      (await handler({ event: event({ eventTime: 1649237504950 }) })).outcome,
    ]);
    assert.deepEqual(outcomes, ["stored", "stored", "stored"]);
    assert.equal(await count(table), 3);
  });

  it("stores exactly one item when two deliveries of one event race", async () => {
    const table = await newTable();
    const handler = createHandler(dynamodb, { tableName: table, retentionDays: 1, now: () => NOW });
    const results = await quietly(() =>
      Promise.all(Array.from({ length: 5 }, () => handler({ event: event() }))),
    );
    assert.deepEqual(results.map((r) => r.outcome).sort(), [
      "duplicate",
      "duplicate",
      "duplicate",
      "duplicate",
      "stored",
    ]);
    assert.equal(await count(table), 1);
  });

  const malformed: [string, unknown, string[]][] = [
    [
      "no participantId or sessionId",
      { event: event({ participantId: undefined, sessionId: undefined }) },
      ["detail.eventBody.participantId is missing", "detail.eventBody.sessionId is missing"],
    ],
    [
      "no eventTime",
      { event: event({ eventTime: undefined }) },
      ["detail.eventBody.eventTime is missing"],
    ],
    [
      "an ISO eventTime",
      { event: event({ eventTime: "2022-04-06T09:30:45.013Z" }) },
      ["detail.eventBody.eventTime is a string, not epoch milliseconds"],
    ],
    [
      "a conversationId that is not an id",
      { event: event({ conversationId: "tel:+13175550123" }) },
      ["detail.eventBody.conversationId is not a Genesys id (UUID)"],
    ],
    [
      "no eventBody",
      { event: { ...event(), detail: { topicName: "t" } } },
      ["detail.eventBody is missing, not an object"],
    ],
    [
      "an empty topicName",
      { event: { ...event(), detail: { ...event().detail, topicName: "" } } },
      ["detail.topicName is empty"],
    ],
    ["null", null, ['the input must be {"event": <EventBridge event>}; event is missing']],
  ];
  for (const [what, input, problems] of malformed) {
    it(`answers ${what} as malformed, for the malformed-events queue, writing nothing and echoing no value`, async () => {
      const table = await newTable();
      const handler = createHandler(dynamodb, {
        tableName: table,
        retentionDays: 1,
        now: () => NOW,
      });
      const answer = await quietly(() => handler(input));
      assert.equal(answer.outcome, "malformed");
      assert.equal(
        answer.reason,
        `MalformedEvent: malformed Genesys event: ${problems.join("; ")}`,
      );
      assert.doesNotMatch(answer.reason!, /317555/);
      assert.equal(await count(table), 0);
    });
  }

  it("answers DynamoDB throttling and 5xx as retry, other failures as failed with the error", async () => {
    const failing = (err: unknown) =>
      ({
        send: async () => {
          throw err;
        },
      }) as unknown as DynamoDBClient;
    const settings = { tableName: "t", retentionDays: 1, now: () => NOW };
    const throttled = Object.assign(new Error("Rate of requests exceeds the allowed throughput"), {
      name: "ThrottlingException",
      $metadata: { httpStatusCode: 400 },
    });
    const serverError = Object.assign(new Error("boom"), {
      name: "InternalFailure",
      $metadata: { httpStatusCode: 500 },
    });
    const denied = Object.assign(new Error("not authorized"), {
      name: "AccessDeniedException",
      $metadata: { httpStatusCode: 400 },
    });
    for (const err of [throttled, serverError]) {
      const answer = await quietly(() => createHandler(failing(err), settings)({ event: event() }));
      assert.equal(answer.outcome, "retry");
    }
    const answer = await quietly(() =>
      createHandler(failing(denied), settings)({ event: event() }),
    );
    assert.deepEqual(
      [answer.outcome, answer.reason],
      ["failed", "AccessDeniedException: not authorized"],
    );
  });

  it("processes sample.jsonl: stored 161, duplicates 31, rejected 3 among the lines the conversation rule routes", async () => {
    const table = await newTable();
    const handler = createHandler(dynamodb, {
      tableName: table,
      retentionDays: 30,
      now: () => NOW,
    });
    const { invalid, unmatched, routed } = routedFixtureEvents();
    const counts = { stored: 0, duplicate: 0, rejected: 0 };
    await quietly(async () => {
      for (const e of routed) {
        const { outcome } = await handler({ event: e });
        counts[outcome === "malformed" ? "rejected" : (outcome as "stored" | "duplicate")] += 1;
      }
    });
    const expected = JSON.parse(
      fs.readFileSync(path.join(FIXTURES, "sample.expected.json"), "utf8"),
    );
    assert.deepEqual(
      {
        invalid,
        unmatched,
        stored: counts.stored,
        duplicates: counts.duplicate,
        rejected: counts.rejected,
      },
      {
        invalid: expected.invalid,
        unmatched: expected.unmatched,
        stored: 161,
        duplicates: 31,
        rejected: 3,
      },
    );
    assert.equal(await count(table), 161);
  });

  it("runs sample.jsonl through the state machine in pipe batches: the same counts, the rejects in the malformed-events queue", async () => {
    const table = await newTable();
    const definition = conversationStateMachineDefinition({
      processorArn: "arn:aws:lambda:us-east-1:123456789012:function:processor",
      malformedQueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/malformed",
      deadLetterQueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/dlq",
      workflowType: "EXPRESS",
    });
    const batchHandler = createBatchHandler(dynamodb, {
      tableName: table,
      retentionDays: 30,
      now: () => NOW,
    });
    const machine = new StateMachine(definition as unknown as StateMachineDefinition);
    const { routed } = routedFixtureEvents();
    const outcomes: Record<string, number> = {};
    const malformed: {
      MessageBody: string;
      MessageAttributes: Record<string, { StringValue: string }>;
    }[] = [];
    const retried: string[] = [];
    await quietly(async () => {
      for (let i = 0; i < routed.length; i += 10) {
        // What the pipe hands over: SQS records whose body is the rule's input transformer output.
        const batch = routed
          .slice(i, i + 10)
          .map((e, j) => ({ messageId: `m${i + j}`, body: JSON.stringify({ event: e }) }));
        const output = (await machine.run(batch, {
          overrides: {
            taskResourceLocalHandlers: {
              StoreBatch: async (input) => {
                const answer: ProcessorAnswer = await batchHandler(input);
                for (const { outcome } of answer.outcomes)
                  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
                return answer as never;
              },
              SendMalformed: (input) => {
                malformed.push(input as (typeof malformed)[number]);
                return { MessageId: "local" };
              },
            },
          },
        }).result) as { batchItemFailures: { itemIdentifier: string }[] };
        retried.push(...output.batchItemFailures.map((f) => f.itemIdentifier));
      }
    });
    assert.deepEqual(outcomes, { stored: 161, duplicate: 31, malformed: 3 });
    assert.deepEqual(retried, []);
    // The malformed events' bodies go to their queue unchanged, the reason beside them.
    for (const m of malformed) {
      assert.ok(JSON.parse(m.MessageBody).event, m.MessageBody.slice(0, 80));
      assert.match(m.MessageAttributes.reason.StringValue, /^MalformedEvent: /);
    }
    assert.equal(malformed.length, 3);
    assert.equal(await count(table), 161);
  });

  // No environment variable sets a DynamoDB client's credentials; the SDK's default chain reads them from the environment.
  it("runs as bundled by bundleLambda, reaching dynalite through AWS_ENDPOINT_URL_DYNAMODB alone", async () => {
    const table = await newTable();
    const env: Record<string, string | undefined> = {
      TABLE_NAME: table,
      RETENTION_DAYS: "7",
      AWS_ENDPOINT_URL_DYNAMODB: endpoint,
      AWS_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_SESSION_TOKEN: undefined,
      AWS_PROFILE: undefined,
    };
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    const setEnv = (values: Record<string, string | undefined>) => {
      for (const [k, v] of Object.entries(values)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    };
    setEnv(env);
    try {
      const { handler } = loadBundle(bundleLambda("conversation-events").code);
      const answer = await quietly(() =>
        handler({ records: [{ messageId: "m1", body: JSON.stringify({ event: event() }) }] }),
      );
      const result = answer.outcomes[0];
      assert.equal(result.outcome, "stored");
      assert.equal(await count(table), 1);
      const { Item } = await dynamodb.send(
        new GetItemCommand({ TableName: table, Key: { pk: { S: result.key! } } }),
      );
      const ttl = Number(Item?.expiresAt.N) - Math.floor(Date.parse(Item!.storedAt.S!) / 1000);
      assert.equal(ttl, 7 * 86400);
    } finally {
      setEnv(saved);
    }
  });

  it("reads events the way the replay will hand them over", () => {
    const parsed = parseConversationEvent({ event: event() });
    assert.equal(parsed.topicName, `v2.detail.events.conversation.${CONVERSATION}.customer.end`);
    assert.equal(parsed.detailType, "v2.detail.events.conversation.{id}.customer.end");
  });
});

function loadBundle(code: string): { handler: (input: unknown) => Promise<ProcessorAnswer> } {
  const filename = path.join(REPO_ROOT, "index.js"); // never written: only anchors require()
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = vm.runInThisContext(Module.wrap(code), { filename });
  wrapper.call(
    module.exports,
    module.exports,
    Module.createRequire(filename),
    module,
    filename,
    REPO_ROOT,
  );
  return module.exports as never;
}
