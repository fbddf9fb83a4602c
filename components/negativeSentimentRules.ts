/**
 * Value rules of the negative-sentiment callback pipeline, shared by its component and its config
 * section (pure: no Pulumi).
 */

// The E.164 rule's home is lambdas/shared/phone.ts; re-exported for this pipeline's importers.
export { E164 } from "../lambdas/shared/phone";

/** Below neutral on the API's scale (-1..1); the negative-sentiment-callback blueprint's `< 1` caught neutral and positive calls too. */
export const DEFAULT_SENTIMENT_THRESHOLD = 0;
export const DEFAULT_CALLBACK_DELAY_MINUTES = 5;
export const MAX_CALLBACK_DELAY_MINUTES = 1440;
/** Two concatenated GSM-7 SMS segments; a longer text costs a third message per call. */
export const MAX_ACKNOWLEDGEMENT_LENGTH = 306;
/** Decimal places a threshold may have; the workflow compares against the literal. */
export const MAX_THRESHOLD_DECIMALS = 4;
/** No internal detail (score, conversation id) ever goes to the customer. */
export const DEFAULT_ACKNOWLEDGEMENT_TEXT =
  "Thank you for your call today. We are sorry it did not go as well as it should have: a team lead will call you back shortly.";
// The trigger default's home is components/trigger/validation.ts; re-exported for this pipeline.
export { DEFAULT_TRIGGER_EVENT_TTL_SECONDS } from "./trigger/validation";

/** The threshold as the decimal literal the workflow compares with, e.g. -0.25 → "-0.25", 0 → "0.0". */
export function formatThreshold(threshold: number): string {
  const text = String(Number(threshold.toFixed(MAX_THRESHOLD_DECIMALS)));
  return text.includes(".") ? text : `${text}.0`;
}

/** Why `text` cannot be the acknowledgement SMS, or undefined. */
export function acknowledgementTextProblem(text: string): string | undefined {
  if (text.trim() === "") return "is empty";
  if (text.length > MAX_ACKNOWLEDGEMENT_LENGTH)
    return `is ${text.length} characters long, more than ${MAX_ACKNOWLEDGEMENT_LENGTH} (two SMS segments)`;
  // The text becomes a double-quoted string in the workflow YAML (components/archy/template.ts).
  if (/["\\\u0000-\u001f\u007f]|\{\{|\}\}/.test(text))
    return "contains a double quote, backslash, line break, control character or {{ }}";
  return undefined;
}

/** Why `threshold` is not a usable threshold on the API's -1..1 scale, or undefined. */
export function sentimentThresholdProblem(threshold: number): string | undefined {
  if (typeof threshold !== "number" || !Number.isFinite(threshold)) return "is not a number";
  if (threshold <= -1 || threshold >= 1)
    return "is outside the API's sentiment scale: use a number above -1 and below 1";
  if (!Number.isInteger(Number((threshold * 10 ** MAX_THRESHOLD_DECIMALS).toFixed(6))))
    return `has more than ${MAX_THRESHOLD_DECIMALS} decimal places`;
  return undefined;
}
