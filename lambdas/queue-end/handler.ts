/**
 * The queue-end rule's target: records "conversation ended in queue" once per agent leg.
 *
 * The rule matches `...{id}.user.end` events whose `detail.eventBody.queueId` is a watched queue
 * and passes `{ "event": <EventBridge event> }`. A leg is one participant session of a
 * conversation, so a redelivery or a Genesys re-send of the same leg's end records nothing new.
 * EventBridge invokes this function asynchronously: a thrown error is retried by Lambda, then the
 * event goes to the pipeline's dead-letter queue.
 */
import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";
import {
  MalformedEvent,
  isConditionalCheckFailed,
  retentionDaysFromEnv,
} from "../shared/genesysEvent";
import { legKey, parseQueueEnd, queueEndItem } from "../shared/queueEnd";

export { legKey, parseQueueEnd };

/** What the invocation returns. */
export interface QueueEndResult {
  readonly outcome: "recorded" | "duplicate";
  readonly key: string;
}

/** Settings a test can pin; the deployed handler reads the environment on each call. */
export interface QueueEndSettings {
  /** @default the TABLE_NAME environment variable */
  readonly tableName?: string;
  /** @default the RETENTION_DAYS environment variable */
  readonly retentionDays?: number;
  /** @default the system clock */
  readonly now?: () => Date;
}

/** Builds the handler around a DynamoDB client, so tests and the local replay can point it anywhere. */
export function createHandler(dynamodb: DynamoDBClient, settings: QueueEndSettings = {}) {
  const now = settings.now ?? (() => new Date());
  return async function recordQueueEnd(input: unknown): Promise<QueueEndResult> {
    let leg;
    try {
      leg = parseQueueEnd(input);
    } catch (err) {
      if (err instanceof MalformedEvent)
        console.warn(JSON.stringify({ message: "rejected event", problems: err.problems }));
      throw err;
    }
    const tableName = settings.tableName ?? process.env.TABLE_NAME;
    if (!tableName)
      throw new Error(
        "TABLE_NAME is not set; fix: set it in the function's environment to the queue-ends table",
      );
    const days = settings.retentionDays ?? retentionDaysFromEnv();
    const key = legKey(leg);
    const recordedAt = now();
    try {
      await dynamodb.send(
        new PutItemCommand({
          TableName: tableName,
          Item: queueEndItem(leg, recordedAt, days),
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
    } catch (err) {
      if (!isConditionalCheckFailed(err)) throw err;
      console.info(
        JSON.stringify({ message: "queue end already recorded", key, queueId: leg.queueId }),
      );
      return { outcome: "duplicate", key };
    }
    console.info(
      JSON.stringify({ message: "conversation ended in queue", key, queueId: leg.queueId }),
    );
    return { outcome: "recorded", key };
  };
}

/** The Lambda entry point; the client lives at module scope so warm invocations reuse it. */
export const handler = createHandler(new DynamoDBClient({}));
