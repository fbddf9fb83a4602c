/**
 * Reading a Genesys conversation detail event as an EventBridge rule hands it over: the rule's input
 * transformer wraps the whole event as `{ "event": <event> }`. Messages name what is wrong and never
 * echo values: event bodies carry phone numbers.
 */
import { MALFORMED_EVENT_ERROR } from "./pipelineContract";
import { UUID } from "./uuid";

/**
 * An event that can never be processed. The state machine catches it by this name (never retries
 * it) and sends the event to the dead-letter queue with the message as the reason.
 */
export class MalformedEvent extends Error {
  readonly name = MALFORMED_EVENT_ERROR;

  constructor(
    /** Each problem, e.g. "detail.eventBody.participantId is missing". */
    readonly problems: readonly string[],
  ) {
    super(`malformed Genesys event: ${problems.join("; ")}`);
  }
}

/** The parts of a conversation detail event this pipeline uses. */
export interface ConversationDetailEvent {
  /** Envelope id; a Genesys re-send of the same event gets a new one. */
  readonly id: string;
  /** The topic template, with a literal `{id}`. */
  readonly detailType: string;
  /** The resolved topic, e.g. v2.detail.events.conversation.<conversation id>.customer.end. */
  readonly topicName: string;
  readonly conversationId: string;
  readonly participantId: string;
  readonly sessionId: string;
  /** Epoch milliseconds. */
  readonly eventTime: number;
  readonly eventBody: Readonly<Record<string, unknown>>;
}

const BODY_IDS = ["conversationId", "participantId", "sessionId"] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kind(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

/** Checks the input is `{ event }` holding a conversation detail event with every id and the time. Throws MalformedEvent. */
export function parseConversationEvent(input: unknown): ConversationDetailEvent {
  const event = isObject(input) ? input.event : undefined;
  if (!isObject(event))
    throw new MalformedEvent([
      `the input must be {"event": <EventBridge event>}; event is ${kind(event)}`,
    ]);
  const problems: string[] = [];
  const text = (value: unknown, path: string): string => {
    if (typeof value === "string" && value.length > 0) return value;
    problems.push(value === "" ? `${path} is empty` : `${path} is ${kind(value)}, not a string`);
    return "";
  };
  const id = text(event.id, "id");
  const detailType = text(event["detail-type"], "detail-type");
  const detail = event.detail;
  if (!isObject(detail))
    throw new MalformedEvent([...problems, `detail is ${kind(detail)}, not an object`]);
  const topicName = text(detail.topicName, "detail.topicName");
  const body = detail.eventBody;
  if (!isObject(body))
    throw new MalformedEvent([...problems, `detail.eventBody is ${kind(body)}, not an object`]);

  const ids: Record<string, string> = {};
  for (const field of BODY_IDS) {
    const value = body[field];
    if (value === undefined || value === null)
      problems.push(`detail.eventBody.${field} is missing`);
    else if (typeof value !== "string" || !UUID.test(value))
      problems.push(`detail.eventBody.${field} is not a Genesys id (UUID)`);
    else ids[field] = value.toLowerCase();
  }
  const eventTime = body.eventTime;
  if (eventTime === undefined || eventTime === null)
    problems.push("detail.eventBody.eventTime is missing");
  else if (!(typeof eventTime === "number" && Number.isInteger(eventTime) && eventTime >= 0)) {
    problems.push(`detail.eventBody.eventTime is ${kind(eventTime)}, not epoch milliseconds`);
  }
  if (problems.length > 0) throw new MalformedEvent(problems);
  return {
    id,
    detailType,
    topicName,
    conversationId: ids.conversationId,
    participantId: ids.participantId,
    sessionId: ids.sessionId,
    eventTime: eventTime as number,
    eventBody: body,
  };
}

/**
 * What makes two deliveries the same event: the resolved topic, the participant, the session and
 * the event time. Not the envelope id, which a Genesys re-send changes. The ids are UUIDs, so "#"
 * cannot occur inside a part.
 */
export function idempotencyKey(event: ConversationDetailEvent): string {
  return [event.topicName, event.participantId, event.sessionId, event.eventTime].join("#");
}

/** DynamoDB's TTL attribute value: epoch seconds `days` after `now`. */
export function expiresAt(now: Date, days: number): number {
  return Math.floor(now.getTime() / 1000) + days * 86400;
}

/** Reads a positive whole number of days from the environment, naming the variable when it is wrong. */
export function retentionDaysFromEnv(name = "RETENTION_DAYS"): number {
  const raw = process.env[name];
  const days = raw === undefined ? NaN : Number(raw);
  if (!Number.isInteger(days) || days < 1) {
    throw new Error(
      `${name} is ${raw === undefined ? "not set" : JSON.stringify(raw)}; fix: set it in the function's environment to a whole number of days, 1 or more`,
    );
  }
  return days;
}

/** DynamoDB's answer to a conditional put whose item already exists. */
export function isConditionalCheckFailed(err: unknown): boolean {
  return (err as { name?: unknown } | null)?.name === "ConditionalCheckFailedException";
}

const THROTTLING = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "TransactionConflictException",
]);

/** True for a DynamoDB failure that a later attempt may not meet: throttling, 5xx, or no answer at all. */
export function isTransientStoreError(err: unknown): boolean {
  const error = err as { name?: unknown; $metadata?: { httpStatusCode?: unknown } } | null;
  if (typeof error?.name === "string" && THROTTLING.has(error.name)) return true;
  const status = error?.$metadata?.httpStatusCode;
  if (typeof status === "number") return status >= 500;
  // No HTTP status: the request never got an answer (timeout, reset connection).
  return true;
}
