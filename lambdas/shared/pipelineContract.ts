/**
 * What the event-pipeline Lambdas and the infrastructure that routes to them must agree on. It lives
 * on the runtime side so a Lambda never imports infrastructure code; components import it from here.
 */

/** The conversation detail topics' common prefix, as Genesys puts it in `detail-type`. */
export const CONVERSATION_TOPIC_PREFIX = "v2.detail.events.conversation.{id}.";

/** An agent leg ending: the only topic that carries `queueId` and marks the end of a queue interaction. */
export const USER_END_TOPIC = `${CONVERSATION_TOPIC_PREFIX}user.end`;

/** Thrown by the processor for an event it can never store; caught, never retried. */
export const MALFORMED_EVENT_ERROR = "MalformedEvent";

/** Thrown by the processor when DynamoDB throttles or fails transiently. */
export const STORE_UNAVAILABLE_ERROR = "StoreUnavailable";
