/**
 * The conversation-events processor: the state machine's StoreBatch task. Takes the whole batch the
 * pipe read from the buffer queue in one invocation, stores each Genesys conversation detail event
 * once in DynamoDB (a conditional write keyed by its idempotency key, with a TTL), the writes in
 * parallel, and answers per record (see ../shared/eventPipelineContract.ts):
 * - stored or duplicate: done, never retried because a sibling failed;
 * - malformed: routed once to the malformed-events queue;
 * - retry: DynamoDB throttled or was unavailable; listed in batchItemFailures, so the pipe hands only
 *   these back to the buffer queue;
 * - failed: any other error (e.g. AccessDeniedException); routed to the redrivable dead-letter queue.
 * With `retriesToDeadLetter` (a STANDARD workflow, which the pipe starts asynchronously, so nothing
 * would retry a record it hands back) a record to retry is routed to the dead-letter queue instead.
 * It throws only when it cannot answer at all (no TABLE_NAME, an input that is not `{ records }`).
 *
 * With watched queues (QUEUE_ENDS_TABLE_NAME, WATCHED_QUEUE_IDS) it also records a user.end whose
 * `eventBody.queueId` is watched as a queue end (../shared/queueEnd.ts), before storing the event.
 * Queue ends ride the buffer with the event that carries them, so they get its outage tolerance and
 * its redrivable dead-letter queue, instead of an asynchronous Lambda invocation whose two retries
 * dead-letter them within minutes of a store outage. Recording first and storing only after it
 * succeeded keeps the record's outcome the event's own: a retried record finds its queue end a
 * duplicate and its event still unstored, never the reverse.
 */
import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";
import type {
  DeadLetterInstruction,
  PipeRecord,
  ProcessorAnswer,
  RecordOutcome,
} from "../shared/pipelineContract";
import {
  QUEUE_ENDS_TABLE_ENV,
  USER_END_TOPIC,
  WATCHED_QUEUE_IDS_ENV,
} from "../shared/pipelineContract";
import { queueEndOf, queueEndItem } from "../shared/queueEnd";
import {
  MalformedEvent,
  expiresAt,
  idempotencyKey,
  isConditionalCheckFailed,
  isTransientStoreError,
  parseConversationEvent,
  retentionDaysFromEnv,
  type ConversationDetailEvent,
} from "../shared/genesysEvent";

/** Settings a test can pin; the deployed handler reads the environment on each call. */
export interface ConversationEventsSettings {
  /** @default the TABLE_NAME environment variable */
  readonly tableName?: string;
  /** Days an item is kept. @default the RETENTION_DAYS environment variable */
  readonly retentionDays?: number;
  /** @default the system clock */
  readonly now?: () => Date;
  /** Table queue ends are recorded in. @default the QUEUE_ENDS_TABLE_NAME environment variable */
  readonly queueEndsTableName?: string;
  /** Queues whose user.end is recorded. @default the WATCHED_QUEUE_IDS environment variable (comma-separated) */
  readonly watchedQueueIds?: readonly string[];
}

/** Where queue ends go, or undefined when no queue is watched. */
function queueEndSettings(settings: ConversationEventsSettings) {
  const table = settings.queueEndsTableName ?? process.env[QUEUE_ENDS_TABLE_ENV];
  const ids =
    settings.watchedQueueIds ??
    (process.env[WATCHED_QUEUE_IDS_ENV] ?? "").split(",").filter((id) => id !== "");
  if (ids.length === 0) return undefined;
  if (!table)
    throw new Error(
      `${QUEUE_ENDS_TABLE_ENV} is not set but ${WATCHED_QUEUE_IDS_ENV} is; fix: set it to the queue-ends table`,
    );
  return { table, ids: new Set(ids) };
}

function errorName(err: unknown): string {
  return err instanceof Error && err.name ? err.name : "Error";
}

/** The pipe's records, checked enough to answer for each one. */
function recordsOf(input: unknown): PipeRecord[] {
  const records = (input as { records?: unknown } | null)?.records;
  if (!Array.isArray(records))
    throw new TypeError(
      'the input must be {"records": [<SQS record from the pipe>]}; fix: hand the processor the pipe\'s batch as records',
    );
  return records.map((record, i) => {
    const { messageId, body } = (record ?? {}) as { messageId?: unknown; body?: unknown };
    if (typeof messageId !== "string" || messageId === "")
      throw new TypeError(
        `records[${i}].messageId is not a string; the pipe's SQS records always carry one`,
      );
    return { messageId, body: typeof body === "string" ? body : "" };
  });
}

/**
 * Reads one record's body: the rule's `{"event": …}`, or a bare event, which is what EventBridge
 * puts in a target's dead-letter queue (eb-rule-dlq.html), so that one redrives as it is. A body
 * that is not JSON is as malformed as a bad event.
 */
function parseRecord(record: PipeRecord): ConversationDetailEvent {
  let input: unknown;
  try {
    input = JSON.parse(record.body);
  } catch {
    throw new MalformedEvent(["the message body is not JSON"]);
  }
  const bare =
    typeof input === "object" && input !== null && !("event" in input) && "detail-type" in input;
  return parseConversationEvent(bare ? { event: input } : input);
}

/** Builds the handler around a DynamoDB client, so tests and the local replay can point it anywhere. */
export function createHandler(dynamodb: DynamoDBClient, settings: ConversationEventsSettings = {}) {
  const now = settings.now ?? (() => new Date());

  async function store(
    event: ConversationDetailEvent,
    tableName: string,
    days: number,
    queueEnds: ReturnType<typeof queueEndSettings>,
  ): Promise<{ outcome: RecordOutcome; key: string; reason?: string }> {
    const key = idempotencyKey(event);
    const storedAt = now();
    const queueId = event.eventBody.queueId;
    // The same match as EventBridge's queue-end pattern had: exact values (eb-event-patterns.html).
    if (
      queueEnds &&
      event.detailType === USER_END_TOPIC &&
      typeof queueId === "string" &&
      queueEnds.ids.has(queueId)
    ) {
      try {
        await dynamodb.send(
          new PutItemCommand({
            TableName: queueEnds.table,
            Item: queueEndItem(queueEndOf(event, queueId), storedAt, days),
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        );
      } catch (err) {
        if (!isConditionalCheckFailed(err)) return failure(err, key);
      }
    }
    try {
      await dynamodb.send(
        new PutItemCommand({
          TableName: tableName,
          Item: {
            pk: { S: key },
            eventId: { S: event.id },
            detailType: { S: event.detailType },
            topicName: { S: event.topicName },
            conversationId: { S: event.conversationId },
            participantId: { S: event.participantId },
            sessionId: { S: event.sessionId },
            eventTime: { N: String(event.eventTime) },
            eventBody: { S: JSON.stringify(event.eventBody) },
            storedAt: { S: storedAt.toISOString() },
            expiresAt: { N: String(expiresAt(storedAt, days)) },
          },
          // The write and the duplicate check are one step: two deliveries racing store one item.
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return { outcome: "stored", key };
    } catch (err) {
      if (isConditionalCheckFailed(err)) return { outcome: "duplicate", key };
      return failure(err, key);
    }
  }

  function failure(err: unknown, key: string) {
    const reason = `${errorName(err)}: ${(err as Error)?.message ?? String(err)}`;
    return {
      outcome: isTransientStoreError(err) ? ("retry" as const) : ("failed" as const),
      key,
      reason,
    };
  }

  return async function storeConversationEvents(input: unknown): Promise<ProcessorAnswer> {
    const records = recordsOf(input);
    const retriesToDeadLetter =
      (input as { retriesToDeadLetter?: unknown }).retriesToDeadLetter === true;
    const tableName = settings.tableName ?? process.env.TABLE_NAME;
    if (!tableName)
      throw new Error(
        "TABLE_NAME is not set; fix: set it in the function's environment to the events table",
      );
    const days = settings.retentionDays ?? retentionDaysFromEnv();
    const queueEnds = queueEndSettings(settings);

    const results = await Promise.all(
      records.map(async (record) => {
        let event: ConversationDetailEvent;
        try {
          event = parseRecord(record);
        } catch (err) {
          if (!(err instanceof MalformedEvent)) throw err;
          return { outcome: "malformed" as const, reason: err.message };
        }
        return store(event, tableName, days, queueEnds);
      }),
    );

    const deadLetters: DeadLetterInstruction[] = [];
    const counts: Record<RecordOutcome, number> = {
      stored: 0,
      duplicate: 0,
      malformed: 0,
      retry: 0,
      failed: 0,
    };
    const outcomes = results.map((found, index) => {
      const result =
        retriesToDeadLetter && found.outcome === "retry"
          ? {
              ...found,
              outcome: "failed" as const,
              reason: `${found.reason} (not retried: the workflow runs asynchronously)`,
            }
          : found;
      counts[result.outcome] += 1;
      if (result.outcome === "malformed")
        deadLetters.push({ index, queue: "malformed", reason: `MalformedEvent: ${result.reason}` });
      if (result.outcome === "failed")
        deadLetters.push({ index, queue: "failed", reason: result.reason! });
      return {
        messageId: records[index].messageId,
        outcome: result.outcome,
        ...("key" in result ? { key: result.key } : {}),
      };
    });
    // One line per batch: counts and the reasons, never event values (bodies carry phone numbers).
    console.info(
      JSON.stringify({
        message: "stored batch",
        records: records.length,
        ...counts,
        problems: deadLetters.map((d) => d.reason),
      }),
    );
    return {
      outcomes,
      batchItemFailures: outcomes
        .filter((o) => o.outcome === "retry")
        .map((o) => ({ itemIdentifier: o.messageId })),
      deadLetters,
    };
  };
}

/** The Lambda entry point; the client lives at module scope so warm invocations reuse it. */
export const handler = createHandler(new DynamoDBClient({}));
