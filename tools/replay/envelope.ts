/**
 * What EventBridge would accept onto the bus from one line of a replay file. A line that is not an
 * event is "invalid": the replay counts it, reports why with its line number, and goes on.
 *
 * Sources:
 * - PutPartnerEvents (the API Genesys delivers with): "Detail, DetailType, and Source are required
 *   for EventBridge to successfully send an event to an event bus. If you include event entries in
 *   a request that do not include each of those properties, EventBridge fails that entry."
 *   (AWS CLI reference, events put-partner-events), and it sizes entries as PutEvents does.
 * - Entry size (eb-putevent-size.html, "Calculating Amazon EventBridge PutEvents event entry size"):
 *   Time counts 14 bytes when set; Source, DetailType, Detail and each Resources entry count the
 *   bytes of their UTF-8 form; "The total entry size must be less than 256KB", so an entry of
 *   262,144 bytes or more is refused.
 * - The fixtures' definition of an event (tests/fixtures/genesys-events/README.md): a JSON
 *   object with the EventBridge envelope `id`, `source`, `detail-type` and `detail`.
 */

/** EventBridge's PutEvents/PutPartnerEvents entry limit, 256 KiB: entries must be smaller. */
export const MAX_ENTRY_BYTES = 256 * 1024;
/** What a set `Time` parameter counts towards the entry size. */
const TIME_BYTES = 14;

/** An event as it stands on the bus. */
export type BusEvent = Record<string, unknown>;

/** A line that is an event, or the reason it is not. */
export type LineCheck = { readonly event: BusEvent } | { readonly problem: string };

function kind(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, "utf8");

/**
 * The size EventBridge counts for the entry that put `event` on the bus: `detail` is measured as
 * compact JSON, since the entry carries it as a JSON string.
 */
export function entrySize(event: BusEvent): number {
  let size = event.time === undefined ? 0 : TIME_BYTES;
  size += utf8Bytes(String(event.source)) + utf8Bytes(String(event["detail-type"]));
  size += utf8Bytes(JSON.stringify(event.detail));
  if (Array.isArray(event.resources)) {
    for (const resource of event.resources)
      if (typeof resource === "string") size += utf8Bytes(resource);
  }
  return size;
}

/** Parses one line and checks the envelope and the entry size; never throws. */
export function checkLine(line: string): LineCheck {
  if (line.trim() === "") return { problem: "empty line" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    return { problem: `not JSON (${(err as Error).message})` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { problem: `not a JSON object but ${kind(parsed)}` };
  }
  const event = parsed as BusEvent;
  const missing: string[] = [];
  for (const field of ["id", "source", "detail-type"]) {
    const value = event[field];
    if (typeof value !== "string" || value === "")
      missing.push(`${field} is ${value === "" ? "empty" : kind(value)}, not a string`);
  }
  const detail = event.detail;
  if (typeof detail !== "object" || detail === null || Array.isArray(detail))
    missing.push(`detail is ${kind(detail)}, not a JSON object`);
  if (missing.length > 0) return { problem: `not an EventBridge event: ${missing.join("; ")}` };
  const size = entrySize(event);
  if (size >= MAX_ENTRY_BYTES) {
    return {
      problem: `entry of ${size} bytes is not under EventBridge's 256 KiB (${MAX_ENTRY_BYTES}-byte) PutPartnerEvents entry limit: the bus never receives it`,
    };
  }
  return { event };
}
