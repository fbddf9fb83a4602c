import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { bundleLambda } from "../../components/bundle";
import { partnerEventSourceName, USER_END_TOPIC } from "../../components/eventbridge/events";
import { createHandler, legKey } from "../../lambdas/queue-end/handler";
import { MalformedEvent } from "../../lambdas/shared/genesysEvent";
import { LocalDynamoDb, startDynalite } from "../support/dynalite";

// dynalite ships no type declarations.

const FIXTURES = path.join(__dirname, "..", "fixtures", "genesys-events");
const SOURCE = partnerEventSourceName("32aa07aa-db1b-4987-abd0-9483601ec29d", "dev-conversations");
const WATCHED = "5c9d1a7e-8f3b-4c2d-9e61-0a4b7c3d2e10";
const NOW = new Date("2026-11-21T12:00:00.000Z");
const CONVERSATION = "2f7bf00a-0fc2-4d6a-9b56-92238191433e";
const AGENT_PARTICIPANT = "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
const SESSION = "aa0e8400-e29b-41d4-a716-446655440000";

function userEnd(body: Record<string, unknown> = {}, detailType = USER_END_TOPIC) {
  const eventBody: Record<string, unknown> = {
    eventTime: 1764587830707,
    conversationId: CONVERSATION,
    participantId: AGENT_PARTICIPANT,
    sessionId: SESSION,
    userId: "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9",
    queueId: WATCHED,
    mediaType: "VOICE",
    disconnectType: "PEER",
  };
  for (const [k, v] of Object.entries(body)) {
    if (v === undefined) delete eventBody[k];
    else eventBody[k] = v;
  }
  return {
    version: "0",
    id: "1a61dbe2-2e44-458b-ae97-ba94d0eda82f",
    "detail-type": detailType,
    source: SOURCE,
    account: "123456789012",
    time: "2026-11-21T10:00:00Z",
    region: "us-east-1",
    resources: [],
    detail: { topicName: detailType.replace("{id}", CONVERSATION), version: "2", eventBody },
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

describe("queue-end handler against dynalite", () => {
  let local: LocalDynamoDb;
  let dynamodb: DynamoDBClient;

  before(async () => {
    local = await startDynalite();
    dynamodb = local.client;
  });
  after(() => local.stop());

  const newTable = () => local.newTable("queue-ends");
  const count = (table: string) => local.count(table);

  it("records an agent leg's end in its queue once, whatever the envelope id or event time of a re-send", async () => {
    const table = await newTable();
    const handler = createHandler(dynamodb, {
      tableName: table,
      retentionDays: 90,
      now: () => NOW,
    });
    const key = legKey({
      conversationId: CONVERSATION,
      participantId: AGENT_PARTICIPANT,
      sessionId: SESSION,
    });
    assert.deepEqual(await quietly(() => handler({ event: userEnd() })), {
      outcome: "recorded",
      key,
    });
    const resent = {
      ...userEnd({ eventTime: 1764587830708 }),
      id: "ae2eb154-7f15-4524-b4b9-b5df9e7769b1",
    };
    assert.deepEqual(await quietly(() => handler({ event: resent })), {
      outcome: "duplicate",
      key,
    });
    const { Item } = await dynamodb.send(
      new GetItemCommand({ TableName: table, Key: { pk: { S: key } } }),
    );
    assert.equal(Item?.queueId.S, WATCHED);
    assert.equal(Item?.userId.S, "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9");
    assert.equal(Item?.endedAt.N, "1764587830707");
    assert.equal(Item?.expiresAt.N, String(NOW.getTime() / 1000 + 90 * 86400));
    assert.equal(await count(table), 1);
  });

  const malformed: [string, unknown, string[]][] = [
    [
      "a user.end without queueId",
      { event: userEnd({ queueId: undefined }) },
      ["detail.eventBody.queueId is missing or not a Genesys id (UUID)"],
    ],
    [
      "another topic",
      { event: userEnd({}, "v2.detail.events.conversation.{id}.acw") },
      [`detail-type is not ${USER_END_TOPIC}`],
    ],
    [
      "a body without sessionId",
      { event: userEnd({ sessionId: undefined }) },
      ["detail.eventBody.sessionId is missing"],
    ],
  ];
  for (const [what, input, problems] of malformed) {
    it(`throws MalformedEvent for ${what}, recording nothing`, async () => {
      const table = await newTable();
      const handler = createHandler(dynamodb, {
        tableName: table,
        retentionDays: 1,
        now: () => NOW,
      });
      const error = await quietly(() =>
        handler(input).then(
          () => undefined,
          (e: unknown) => e,
        ),
      );
      assert.ok(error instanceof MalformedEvent, String(error));
      assert.deepEqual(error.problems, problems);
      assert.equal(await count(table), 0);
    });
  }

  it("records 5 queue ends for sample.jsonl's user.end events in the watched queue (7 deliveries)", async () => {
    const table = await newTable();
    const handler = createHandler(dynamodb, {
      tableName: table,
      retentionDays: 30,
      now: () => NOW,
    });
    const lines = fs
      .readFileSync(path.join(FIXTURES, "sample.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "");
    // A stand-in for the queue-end rule's pattern: this org's source, user.end, a watched queueId.
    const routed = lines.flatMap((line) => {
      try {
        const e = JSON.parse(line);
        return e?.source === SOURCE &&
          e["detail-type"] === USER_END_TOPIC &&
          e.detail?.eventBody?.queueId === WATCHED
          ? [e]
          : [];
      } catch {
        return [];
      }
    });
    const outcomes = await quietly(async () => {
      const seen: Record<string, number> = {};
      for (const e of routed) {
        const { outcome } = await handler({ event: e });
        seen[outcome] = (seen[outcome] ?? 0) + 1;
      }
      return seen;
    });
    const expected = JSON.parse(
      fs.readFileSync(path.join(FIXTURES, "sample.expected.json"), "utf8"),
    );
    assert.equal(expected.queueEnded, 5);
    assert.deepEqual(outcomes, { recorded: 5, duplicate: 2 });
    assert.equal(await count(table), 5);
  });

  it("bundles the Lambda DynamoDB client instead of the AWS SDK", () => {
    const { code } = bundleLambda("queue-end");
    assert.ok(!code.includes('require("@aws-sdk/'));
    assert.ok(code.includes("DynamoDB_20120810."));
    assert.ok(!code.includes("@pulumi/"));
  });
});
