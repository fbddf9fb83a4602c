/**
 * The conversation-events processor: the state machine's StoreEvent task. Stores each Genesys
 * conversation detail event once in DynamoDB, keyed by its idempotency key, with a TTL.
 *
 * Input: `{ "event": <EventBridge event> }`. Output: `{ outcome: "stored" | "duplicate", key }`.
 * Errors, by name: `MalformedEvent` (never retried: the state machine sends it to the dead-letter
 * queue), `StoreUnavailable` (DynamoDB throttled or failed transiently: retried with backoff);
 * anything else (e.g. AccessDeniedException) is a fault the state machine dead-letters.
 */
import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { STORE_UNAVAILABLE_ERROR } from "../shared/pipelineContract";
import {
  MalformedEvent,
  expiresAt,
  idempotencyKey,
  isConditionalCheckFailed,
  isTransientStoreError,
  parseConversationEvent,
  retentionDaysFromEnv,
} from "../shared/genesysEvent";

/** What the state machine gets back. */
export interface StoreResult {
  readonly outcome: "stored" | "duplicate";
  readonly key: string;
}

/** DynamoDB throttled or did not answer; the state machine retries the event with backoff. */
export class StoreUnavailable extends Error {
  readonly name = STORE_UNAVAILABLE_ERROR;
}

/** Settings a test can pin; the deployed handler reads the environment on each call. */
export interface ConversationEventsSettings {
  /** @default the TABLE_NAME environment variable */
  readonly tableName?: string;
  /** Days an item is kept. @default the RETENTION_DAYS environment variable */
  readonly retentionDays?: number;
  /** @default the system clock */
  readonly now?: () => Date;
}

/** Builds the handler around a DynamoDB client, so tests and the local replay can point it anywhere. */
export function createHandler(dynamodb: DynamoDBClient, settings: ConversationEventsSettings = {}) {
  const now = settings.now ?? (() => new Date());
  return async function storeConversationEvent(input: unknown): Promise<StoreResult> {
    let event;
    try {
      event = parseConversationEvent(input);
    } catch (err) {
      if (err instanceof MalformedEvent)
        console.warn(JSON.stringify({ message: "rejected event", problems: err.problems }));
      throw err;
    }
    const tableName = settings.tableName ?? process.env.TABLE_NAME;
    if (!tableName)
      throw new Error(
        "TABLE_NAME is not set; fix: set it in the function's environment to the events table",
      );
    const days = settings.retentionDays ?? retentionDaysFromEnv();
    const key = idempotencyKey(event);
    const storedAt = now();
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
    } catch (err) {
      if (isConditionalCheckFailed(err)) {
        console.info(
          JSON.stringify({ message: "duplicate event skipped", key, eventId: event.id }),
        );
        return { outcome: "duplicate", key };
      }
      if (isTransientStoreError(err)) {
        throw new StoreUnavailable(
          `DynamoDB did not store the event (${(err as Error).name}: ${(err as Error).message})`,
          { cause: err },
        );
      }
      throw err;
    }
    console.info(JSON.stringify({ message: "stored event", key, eventId: event.id }));
    return { outcome: "stored", key };
  };
}

/** The Lambda entry point; the client lives at module scope so warm invocations reuse it. */
export const handler = createHandler(new DynamoDBClient({}));
