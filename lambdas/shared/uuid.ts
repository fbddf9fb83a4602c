/**
 * The one home of the Genesys id rule. Genesys ids (orgs, queues, conversations, participants,
 * OAuth clients, webhooks) are UUIDs: 8-4-4-4-12 hex digits (RFC 9562 §4). Lambdas read them from
 * events and data-action inputs, and the config and components check the ones people type, so the
 * rule lives here on the runtime side (runtime code never imports infrastructure code).
 */

/** The 8-4-4-4-12 hex-digit body, for patterns that embed an id (e.g. a webhook URL path). */
export const UUID_PATTERN_SOURCE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** A UUID in either case, as people copy it from the Genesys admin UI. */
export const UUID = new RegExp(`^${UUID_PATTERN_SOURCE}$`, "i");

/**
 * A UUID in lower case, the form Genesys puts in event bodies. EventBridge matches event patterns
 * case-sensitively, so an id compared with event content must be this form.
 */
export const LOWERCASE_UUID = new RegExp(`^${UUID_PATTERN_SOURCE}$`);

/** True when `value` is a string holding a UUID (either case). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
