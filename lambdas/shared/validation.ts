import { UUID } from "./uuid";

/**
 * A data-action input the Lambda refuses. Throwing it fails the invocation, so Genesys takes the
 * action's failure path; `errorType` in the Lambda response is this class's name.
 */
export class InputValidationError extends Error {
  constructor(
    /** The input field at fault, as named in the action's input contract. */
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "InputValidationError";
  }
}

/** Narrows the event to an object; Genesys sends the action's input object as the event. */
export function requireInputObject(
  event: unknown,
  fields: readonly string[],
): Record<string, unknown> {
  if (event === null || typeof event !== "object" || Array.isArray(event)) {
    const got = event === undefined ? "nothing" : describeKind(event);
    throw new InputValidationError(
      "event",
      `event must be a JSON object with ${fields.join(", ")}; got ${got}`,
    );
  }
  return event as Record<string, unknown>;
}

/** Describes a value for an error message without echoing it (it may be sensitive). */
export function describeKind(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "null";
  if (typeof value === "string")
    return `a string of ${value.length} character${value.length === 1 ? "" : "s"}`;
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Quotes a non-sensitive value for an error message, cut short so a huge input cannot flood logs. */
export function quoteForMessage(value: unknown): string {
  const text = typeof value === "string" ? value : String(value);
  return JSON.stringify(text.length > 64 ? `${text.slice(0, 64)}…` : text);
}

/**
 * Reads a Genesys id (conversation, participant). Returns it lower-cased so the same id always maps
 * to the same S3 key; the strict shape also keeps "/" and ".." out of keys built from it.
 */
export function requireUuid(input: Record<string, unknown>, field: string): string {
  const value = input[field];
  if (typeof value !== "string" || !UUID.test(value.trim())) {
    const got = typeof value === "string" ? quoteForMessage(value) : describeKind(value);
    throw new InputValidationError(
      field,
      `${field} must be a Genesys id (a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6); got ${got}`,
    );
  }
  return value.trim().toLowerCase();
}
