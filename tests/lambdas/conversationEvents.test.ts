import * as assert from "node:assert/strict";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createHandler } from "../../lambdas/conversation-events/handler";

const CONVERSATION = "2f7bf00a-0fc2-4d6a-9b56-92238191433e";
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/** A valid customer.end event for participant `n`. */
function event(n: number, drop?: string) {
  const eventBody: Record<string, unknown> = {
    eventTime: 1649237504949,
    conversationId: CONVERSATION,
    participantId: uuid(n),
    sessionId: uuid(1000 + n),
    ani: "tel:+13175550123",
  };
  if (drop) delete eventBody[drop];
  return {
    id: uuid(5000 + n),
    "detail-type": "v2.detail.events.conversation.{id}.customer.end",
    source: "aws.partner/genesys.com/cloud/x/y",
    detail: { topicName: `v2.detail.events.conversation.${CONVERSATION}.customer.end`, eventBody },
  };
}

const record = (id: string, body: unknown) => ({
  messageId: id,
  body: typeof body === "string" ? body : JSON.stringify(body),
});

/** An in-memory table behind DynamoDBClient.send: conditional puts, and a fault per participant. */
function fakeStore(fault: (participantId: string) => Error | undefined = () => undefined) {
  const items = new Map<string, unknown>();
  let calls = 0;
  const client = {
    async send(command: { input: { Item: Record<string, { S?: string }> } }) {
      calls += 1;
      const item = command.input.Item;
      const error = fault(item.participantId.S!);
      if (error) throw error;
      if (items.has(item.pk.S!))
        throw Object.assign(new Error("The conditional request failed"), {
          name: "ConditionalCheckFailedException",
          $metadata: { httpStatusCode: 400 },
        });
      items.set(item.pk.S!, item);
      return {};
    },
  };
  return { client: client as unknown as DynamoDBClient, items, calls: () => calls };
}

const quiet = async <T>(fn: () => Promise<T>) => {
  const saved = console.info;
  console.info = () => undefined;
  try {
    return await fn();
  } finally {
    console.info = saved;
  }
};

describe("conversation-events processor: a whole batch in one invocation", () => {
  const settings = {
    tableName: "events",
    retentionDays: 30,
    now: () => new Date("2026-11-21T12:00:00Z"),
  };

  it("writes every record in parallel and answers per record: only the throttled one goes back to the queue", async () => {
    const throttled = uuid(4);
    const denied = uuid(6);
    const store = fakeStore((p) =>
      p === throttled
        ? Object.assign(new Error("slow down"), {
            name: "ThrottlingException",
            $metadata: { httpStatusCode: 400 },
          })
        : p === denied
          ? Object.assign(new Error("not authorized"), {
              name: "AccessDeniedException",
              $metadata: { httpStatusCode: 400 },
            })
          : undefined,
    );
    const handler = createHandler(store.client, settings);
    await quiet(() => handler({ records: [record("seed", event(1))] }));
    const batch = [
      record("m1", event(1)), // already stored: duplicate
      record("m2", event(2)),
      record("m3", event(3, "participantId")), // malformed
      record("m4", event(4)), // throttled
      record("m5", "not json"), // malformed
      record("m6", event(6)), // access denied: a fault to dead-letter
      record("m7", event(7)),
    ];
    const answer = await quiet(() => handler({ records: batch }));
    assert.deepEqual(
      answer.outcomes.map((o) => [o.messageId, o.outcome]),
      [
        ["m1", "duplicate"],
        ["m2", "stored"],
        ["m3", "malformed"],
        ["m4", "retry"],
        ["m5", "malformed"],
        ["m6", "failed"],
        ["m7", "stored"],
      ],
    );
    assert.deepEqual(answer.batchItemFailures, [{ itemIdentifier: "m4" }]);
    assert.deepEqual(
      answer.deadLetters.map((d) => [d.index, d.queue]),
      [
        [2, "malformed"],
        [4, "malformed"],
        [5, "failed"],
      ],
    );
    assert.match(answer.deadLetters[0].reason, /^MalformedEvent: .*participantId is missing/);
    assert.equal(
      answer.deadLetters[1].reason,
      "MalformedEvent: malformed Genesys event: the message body is not JSON",
    );
    assert.match(answer.deadLetters[2].reason, /^AccessDeniedException: not authorized/);
    // One write per well-formed record, and the seed's: nothing was written twice.
    assert.equal(store.calls(), 1 + 5);
    assert.equal(store.items.size, 3);
  });

  it("reads a bare event, as EventBridge puts it in a target's dead-letter queue, as the rule's {event} form", async () => {
    const store = fakeStore();
    const answer = await quiet(() =>
      createHandler(
        store.client,
        settings,
      )({ records: [record("m1", event(1)), record("m2", { event: event(2) })] }),
    );
    assert.deepEqual(
      answer.outcomes.map((o) => o.outcome),
      ["stored", "stored"],
    );
  });

  it("with retriesToDeadLetter (Standard) dead-letters a record to retry, since nothing would retry it", async () => {
    const store = fakeStore(() =>
      Object.assign(new Error("down"), {
        name: "ServiceUnavailable",
        $metadata: { httpStatusCode: 503 },
      }),
    );
    const answer = await quiet(() =>
      createHandler(
        store.client,
        settings,
      )({ records: [record("m1", { event: event(1) })], retriesToDeadLetter: true }),
    );
    assert.deepEqual(
      answer.outcomes.map((o) => o.outcome),
      ["failed"],
    );
    assert.deepEqual(answer.batchItemFailures, []);
    assert.match(answer.deadLetters[0].reason, /^ServiceUnavailable: down \(not retried/);
  });

  it("throws, naming the fix, only when it cannot answer at all", async () => {
    const handler = createHandler(fakeStore().client, settings);
    await assert.rejects(handler({ event: event(1) }), /the input must be \{"records": \[/);
    await assert.rejects(
      handler({ records: [{ body: "{}" }] }),
      /records\[0\]\.messageId is not a string/,
    );
    await assert.rejects(
      createHandler(fakeStore().client, { retentionDays: 30 })({ records: [] }),
      /TABLE_NAME is not set/,
    );
  });
});

describe("conversation-events processor: queue ends of watched queues", () => {
  const WATCHED = "11111111-2222-4333-8444-555555555555";
  const settings = {
    tableName: "events",
    retentionDays: 30,
    now: () => new Date("2026-11-21T12:00:00Z"),
    queueEndsTableName: "queue-ends",
    watchedQueueIds: [WATCHED],
  };
  const userEnd = (n: number, queueId: string) => {
    const e = event(n);
    return {
      ...e,
      "detail-type": "v2.detail.events.conversation.{id}.user.end",
      detail: {
        topicName: `v2.detail.events.conversation.${CONVERSATION}.user.end`,
        eventBody: { ...e.detail.eventBody, queueId, userId: uuid(9000 + n) },
      },
    };
  };
  /** Two tables; `down` fails every write to the named table with a throttle. */
  function tables() {
    const items = { events: new Map<string, unknown>(), "queue-ends": new Map<string, unknown>() };
    const down = new Set<string>();
    const client = {
      async send(command: { input: { TableName: keyof typeof items; Item: any } }) {
        const { TableName, Item } = command.input;
        if (down.has(TableName))
          throw Object.assign(new Error("slow down"), {
            name: "ThrottlingException",
            $metadata: { httpStatusCode: 400 },
          });
        if (items[TableName].has(Item.pk.S))
          throw Object.assign(new Error("The conditional request failed"), {
            name: "ConditionalCheckFailedException",
            $metadata: { httpStatusCode: 400 },
          });
        items[TableName].set(Item.pk.S, Item);
        return {};
      },
    };
    return { client: client as unknown as DynamoDBClient, items, down };
  }

  it("records a watched queue's user.end once per leg, besides storing the event; others only store", async () => {
    const store = tables();
    const handler = createHandler(store.client, settings);
    const other = "99999999-2222-4333-8444-555555555555";
    const answer = await quiet(() =>
      handler({
        records: [
          record("a", userEnd(1, WATCHED)),
          record("b", userEnd(2, other)),
          record("c", event(3)),
        ],
      }),
    );
    assert.deepEqual(
      answer.outcomes.map((o) => o.outcome),
      ["stored", "stored", "stored"],
    );
    assert.equal(store.items.events.size, 3);
    assert.deepEqual(
      [...store.items["queue-ends"].values()].map((i: any) => [i.pk.S, i.queueId.S, i.userId.S]),
      [[`${CONVERSATION}#${uuid(1)}#${uuid(1001)}`, WATCHED, uuid(9001)]],
    );
    // A redelivery records nothing new and is the event's duplicate.
    const again = await quiet(() => handler({ records: [record("a2", userEnd(1, WATCHED))] }));
    assert.equal(again.outcomes[0].outcome, "duplicate");
    assert.equal(store.items["queue-ends"].size, 1);
  });

  it("retries a record whose queue end cannot be written yet, without storing its event, so its outcome stays the event's", async () => {
    const store = tables();
    const handler = createHandler(store.client, settings);
    store.down.add("queue-ends");
    const failed = await quiet(() => handler({ records: [record("a", userEnd(1, WATCHED))] }));
    assert.equal(failed.outcomes[0].outcome, "retry");
    assert.deepEqual(failed.batchItemFailures, [{ itemIdentifier: "a" }]);
    assert.equal(store.items.events.size, 0);
    store.down.clear();
    const retried = await quiet(() => handler({ records: [record("a", userEnd(1, WATCHED))] }));
    assert.equal(retried.outcomes[0].outcome, "stored");
    assert.equal(store.items["queue-ends"].size, 1);
  });

  it("reads the table and the watched queues from its environment, and refuses queues without a table", async () => {
    const saved = { ...process.env };
    try {
      process.env.WATCHED_QUEUE_IDS = WATCHED;
      delete process.env.QUEUE_ENDS_TABLE_NAME;
      const { queueEndsTableName: _t, watchedQueueIds: _w, ...base } = settings;
      await assert.rejects(
        createHandler(tables().client, base)({ records: [] }),
        /QUEUE_ENDS_TABLE_NAME is not set but WATCHED_QUEUE_IDS is/,
      );
      process.env.QUEUE_ENDS_TABLE_NAME = "queue-ends";
      const store = tables();
      await quiet(() =>
        createHandler(store.client, base)({ records: [record("a", userEnd(1, WATCHED))] }),
      );
      assert.equal(store.items["queue-ends"].size, 1);
    } finally {
      process.env = saved;
    }
  });
});
