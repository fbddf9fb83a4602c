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
import { USER_END_TOPIC } from "../shared/pipelineContract";
import {
  MalformedEvent,
  expiresAt,
  isConditionalCheckFailed,
  parseConversationEvent,
  retentionDaysFromEnv,
} from "../shared/genesysEvent";
import { UUID } from "../shared/uuid";

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

/** A user.end event with its queue; throws MalformedEvent for anything else. */
export function parseQueueEnd(input: unknown) {
  const event = parseConversationEvent(input);
  const problems: string[] = [];
  if (event.detailType !== USER_END_TOPIC) problems.push(`detail-type is not ${USER_END_TOPIC}`);
  const queueId = event.eventBody.queueId;
  if (typeof queueId !== "string" || !UUID.test(queueId))
    problems.push("detail.eventBody.queueId is missing or not a Genesys id (UUID)");
  const userId = event.eventBody.userId;
  if (problems.length > 0) throw new MalformedEvent(problems);
  return {
    ...event,
    queueId: (queueId as string).toLowerCase(),
    userId: typeof userId === "string" ? userId : undefined,
  };
}

/** The leg whose end is recorded: conversation, participant and session. */
export function legKey(leg: {
  conversationId: string;
  participantId: string;
  sessionId: string;
}): string {
  return [leg.conversationId, leg.participantId, leg.sessionId].join("#");
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
          Item: {
            pk: { S: key },
            queueId: { S: leg.queueId },
            conversationId: { S: leg.conversationId },
            participantId: { S: leg.participantId },
            sessionId: { S: leg.sessionId },
            ...(leg.userId !== undefined && { userId: { S: leg.userId } }),
            endedAt: { N: String(leg.eventTime) },
            eventId: { S: leg.id },
            recordedAt: { S: recordedAt.toISOString() },
            expiresAt: { N: String(expiresAt(recordedAt, days)) },
          },
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
