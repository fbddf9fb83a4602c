/**
 * What Genesys Cloud puts on the partner event bus, and the EventBridge rule pieces that match it.
 *
 * Facts, each with its public source:
 * - `source` is the partner event source name `aws.partner/genesys.com/cloud/{orgId}/{suffix}`
 *   (GenesysCloudBlueprints/aws-eventbridge-analytics-detail-events-blueprint, cloudwatch_event_bus.tf).
 * - `detail-type` is the topic template with a literal `{id}`; the resolved topic is `detail.topicName`;
 *   the payload is `detail.eventBody`.
 * - The suffix is 1–64 letters, digits, '.', '-' or '_' (GenesysCloudDevOps/aws-event-bridge-module variables.tf).
 * - `queueId` is on acd.*, user.* and acw bodies, never on customer.end (Go SDK detail-event models).
 */
import { CONVERSATION_TOPIC_PREFIX, USER_END_TOPIC } from "../../lambdas/shared/pipelineContract";

export { CONVERSATION_TOPIC_PREFIX, USER_END_TOPIC };

/**
 * The conversation detail topics Genesys delivers to EventBridge, as the analytics-detail-events
 * blueprint subscribes them (its terraform.tfvars lists these 13).
 */
export const CONVERSATION_DETAIL_TOPICS: readonly string[] = [
  "acd.start",
  "acd.end",
  "acw",
  "attributes",
  "customer.start",
  "customer.end",
  "flow.start",
  "flow.end",
  "outbound",
  "user.start",
  "user.end",
  "voicemail.start",
  "voicemail.end",
].map((event) => `${CONVERSATION_TOPIC_PREFIX}${event}`);

/** The event source suffix rule of the Genesys integration. */
export const EVENT_SOURCE_SUFFIX = /^[A-Za-z0-9._-]{1,64}$/;

/** EventBridge's default maximum event pattern size, in characters (eb-quota.html "Event pattern size"). */
export const EVENT_PATTERN_MAX_CHARS = 2048;

/** The partner event source (and bus) name Genesys creates for an org and suffix. */
export function partnerEventSourceName(orgId: string, suffix: string): string {
  return `aws.partner/genesys.com/cloud/${orgId}/${suffix}`;
}

/** Matches every subscribed conversation detail topic from this org's source, and nothing else. */
export function conversationEventPattern(
  source: string,
  topics: readonly string[],
): Record<string, unknown> {
  return { source: [source], "detail-type": [...topics] };
}

/**
 * Matches agent legs that end in one of the queues. `queueId` sits in `detail.eventBody`, not in
 * `detail` as seed 004 claims; customer.end never carries it, so user.end is the topic to watch.
 */
export function queueEndEventPattern(
  source: string,
  queueIds: readonly string[],
): Record<string, unknown> {
  return {
    source: [source],
    "detail-type": [USER_END_TOPIC],
    detail: { eventBody: { queueId: [...queueIds] } },
  };
}

/**
 * Both rules hand their target the whole event under `event`. `aws.events.event.json` is the
 * original event with `detail`, inserted unescaped, so it may only stand as a JSON value
 * (eb-transform-target-input.html, "Predefined variables"): the result is always valid JSON.
 */
export const RULE_INPUT_TRANSFORMER = {
  inputTemplate: '{"event":<aws.events.event.json>}',
} as const;

/**
 * Every rule target keeps trying for EventBridge's maximum (24 h, 185 attempts; eb-rule-retry-policy.html)
 * before the event goes to the target's dead-letter queue: a burst is delayed, never dropped.
 */
export const RULE_TARGET_RETRY_POLICY = {
  maximumEventAgeInSeconds: 86400,
  maximumRetryAttempts: 185,
} as const;
