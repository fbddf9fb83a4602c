/**
 * Queue ends: "conversation ended in queue", recorded once per agent leg. A leg is one participant
 * session of a conversation, so a redelivery or a Genesys re-send of the same leg's end records
 * nothing new. Shared by the conversation-events processor (which records them from the buffer)
 * and the standalone queue-end handler.
 */
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { USER_END_TOPIC } from "./pipelineContract";
import {
  MalformedEvent,
  expiresAt,
  parseConversationEvent,
  type ConversationDetailEvent,
} from "./genesysEvent";
import { UUID } from "./uuid";

/** A user.end event with its queue; throws MalformedEvent for anything else. */
export function parseQueueEnd(input: unknown) {
  const event = parseConversationEvent(input);
  const problems: string[] = [];
  if (event.detailType !== USER_END_TOPIC) problems.push(`detail-type is not ${USER_END_TOPIC}`);
  const queueId = event.eventBody.queueId;
  if (typeof queueId !== "string" || !UUID.test(queueId))
    problems.push("detail.eventBody.queueId is missing or not a Genesys id (UUID)");
  if (problems.length > 0) throw new MalformedEvent(problems);
  return queueEndOf(event, queueId as string);
}

/** A well-formed user.end event and the queue its leg ended in. */
export function queueEndOf(event: ConversationDetailEvent, queueId: string) {
  const userId = event.eventBody.userId;
  return {
    ...event,
    queueId: queueId.toLowerCase(),
    userId: typeof userId === "string" ? userId : undefined,
  };
}

export type QueueEnd = ReturnType<typeof queueEndOf>;

/** The leg whose end is recorded: conversation, participant and session. */
export function legKey(leg: {
  conversationId: string;
  participantId: string;
  sessionId: string;
}): string {
  return [leg.conversationId, leg.participantId, leg.sessionId].join("#");
}

/** The queue-ends table item of a leg. */
export function queueEndItem(
  leg: QueueEnd,
  recordedAt: Date,
  retentionDays: number,
): Record<string, AttributeValue> {
  return {
    pk: { S: legKey(leg) },
    queueId: { S: leg.queueId },
    conversationId: { S: leg.conversationId },
    participantId: { S: leg.participantId },
    sessionId: { S: leg.sessionId },
    ...(leg.userId !== undefined && { userId: { S: leg.userId } }),
    endedAt: { N: String(leg.eventTime) },
    eventId: { S: leg.id },
    recordedAt: { S: recordedAt.toISOString() },
    expiresAt: { N: String(expiresAt(recordedAt, retentionDays)) },
  };
}
