/**
 * Evaluates an `aws.cloudwatch.EventTarget` input transformer against an event, producing the
 * text EventBridge delivers to the target. Sources:
 * - https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html
 *   (examples table, predefined variables, "Common issues with transforming input")
 * - https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_InputTransformer.html
 *   (limits: 100 paths, key pattern, template 1-8192 characters, no placeholder as object key)
 * - https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-input-transformation.html
 *   (same engine: object/array values referenced inside a string lose their internal quotes)
 * - localstack tests/aws/services/events/test_events_inputs.py + .snapshot.json, recorded
 *   against AWS: an unquoted string placeholder in a JSON template is quoted, a path missing from
 *   the event becomes "" there and nothing inside a string, an undefined placeholder is refused
 *   by PutTargets, and <aws.events.event> has the envelope fields with "detailType", no "detail".
 */
import { evaluateJsonPath, JsonPath, JsonPathResult, parseJsonPath } from "./jsonPath";

/** The resolved shape of `aws.cloudwatch.EventTarget`'s `inputTransformer` argument. */
export interface InputTransformerSpec {
  readonly inputPaths?: Readonly<Record<string, string>>;
  readonly inputTemplate: string;
}

/** Values EventBridge knows at delivery time and an offline replay must supply. */
export interface InputTransformerContext {
  /** Fills `<aws.events.rule-name>`. @default none: using the placeholder without it throws. */
  readonly ruleName?: string;
  /** Fills `<aws.events.rule-arn>`. @default none: using the placeholder without it throws. */
  readonly ruleArn?: string;
  /** Fills `<aws.events.event.ingestion-time>` (ISO 8601). @default the event's own `time` field. */
  readonly ingestionTime?: string;
  /** Throw when the output is not JSON. @default true when the template starts with `{` or `[`. */
  readonly expectJson?: boolean;
}

/** A transformer validated once, applied to many events. */
export type CompiledInputTransformer = (
  event: unknown,
  context?: InputTransformerContext,
) => string;

export const INPUT_PATHS_MAX_ENTRIES = 100;
export const INPUT_TEMPLATE_MAX_LENGTH = 8192;
const INPUT_PATH_KEY = /^[A-Za-z0-9_-]{1,256}$/;
const PLACEHOLDER = /<([A-Za-z0-9_.-]+)>/y;

const PREDEFINED = new Set([
  "aws.events.rule-name",
  "aws.events.rule-arn",
  "aws.events.event",
  "aws.events.event.json",
  "aws.events.event.ingestion-time",
]);

interface Placeholder {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** Inside a JSON string literal of the template, where values are inserted raw. */
  readonly inString: boolean;
  /** Used where a JSON object key goes, which the API forbids. */
  readonly isKey: boolean;
}

/** Throws an Error naming the field and the fix when PutTargets would refuse the transformer. */
export function validateInputTransformer(transformer: InputTransformerSpec): void {
  compileInputTransformer(transformer);
}

/** Validates `transformer` and returns a function that renders it for one event. */
export function compileInputTransformer(
  transformer: InputTransformerSpec,
): CompiledInputTransformer {
  const template = transformer.inputTemplate;
  if (
    typeof template !== "string" ||
    template.length === 0 ||
    template.length > INPUT_TEMPLATE_MAX_LENGTH
  ) {
    throw new Error(
      `inputTransformer.inputTemplate must be a string of 1 to ${INPUT_TEMPLATE_MAX_LENGTH} characters ` +
        `(got ${typeof template === "string" ? `${template.length} characters` : typeof template}); fix: shorten or set it.`,
    );
  }
  const paths = compilePaths(transformer.inputPaths ?? {});
  const jsonTemplate = /^\s*[{[]/.test(template);
  const placeholders = scanTemplate(template);
  for (const placeholder of placeholders) {
    if (!paths.has(placeholder.name) && !PREDEFINED.has(placeholder.name)) {
      throw new Error(
        `inputTransformer.inputTemplate contains invalid placeholder <${placeholder.name}>: it is neither a key of ` +
          `inputPaths nor a predefined variable (${[...PREDEFINED].join(", ")}); PutTargets rejects it. ` +
          `Fix: add "${placeholder.name}" to inputPaths or correct the name.`,
      );
    }
    if (jsonTemplate && placeholder.isKey) {
      throw new Error(
        `inputTransformer.inputTemplate uses <${placeholder.name}> as a JSON object key, which EventBridge forbids; ` +
          `fix: use a fixed key and put the placeholder in the value.`,
      );
    }
  }
  return (event, context = {}) =>
    render(template, placeholders, paths, jsonTemplate, toObject(event), context);
}

const compiledTransformers = new WeakMap<InputTransformerSpec, CompiledInputTransformer>();

/**
 * Evaluates an aws.cloudwatch.EventTarget inputTransformer { inputPaths?, inputTemplate } against
 * an event; returns the string EventBridge would deliver. Throws when the template is JSON and the
 * result is not (unless `context.expectJson` is false), naming the placeholder that broke it.
 */
export function applyInputTransformer(
  transformer: InputTransformerSpec,
  event: unknown,
  context?: InputTransformerContext,
): string {
  let compiled = compiledTransformers.get(transformer);
  if (compiled === undefined) {
    compiled = compileInputTransformer(transformer);
    compiledTransformers.set(transformer, compiled);
  }
  return compiled(event, context);
}

/** True when `text` parses as JSON, i.e. a JSON template produced a usable payload. */
export function isValidJsonTemplateResult(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function compilePaths(inputPaths: Readonly<Record<string, string>>): Map<string, JsonPath> {
  const entries = Object.entries(inputPaths);
  if (entries.length > INPUT_PATHS_MAX_ENTRIES) {
    throw new Error(
      `inputTransformer.inputPaths has ${entries.length} entries; EventBridge allows ${INPUT_PATHS_MAX_ENTRIES}; ` +
        `fix: pass a whole object (e.g. "$.detail") instead of its fields.`,
    );
  }
  const paths = new Map<string, JsonPath>();
  for (const [key, text] of entries) {
    if (!INPUT_PATH_KEY.test(key)) {
      throw new Error(
        `inputTransformer.inputPaths key "${key}" is not 1-256 characters of [A-Za-z0-9_-]; fix: rename it ` +
          `(names with dots are reserved for the aws.events.* variables).`,
      );
    }
    const parsed =
      typeof text === "string" ? parseJsonPath(text) : `${JSON.stringify(text)} is not a string`;
    if (typeof parsed === "string") {
      throw new Error(
        `inputTransformer.inputPaths.${key}: ${parsed}; fix: write a path such as "$.detail.eventBody.queueId".`,
      );
    }
    paths.set(key, parsed);
  }
  return paths;
}

// Walks the template once, tracking JSON string literals, so each placeholder knows whether
// EventBridge will insert it raw (inside quotes) or as a JSON value.
function scanTemplate(template: string): Placeholder[] {
  const found: Array<Omit<Placeholder, "isKey"> & { literal: number }> = [];
  const literalEnds: number[] = [];
  let inString = false;
  for (let i = 0; i < template.length;) {
    const char = template[i];
    if (char === "<") {
      PLACEHOLDER.lastIndex = i;
      const match = PLACEHOLDER.exec(template);
      if (match !== null) {
        found.push({
          name: match[1],
          start: i,
          end: i + match[0].length,
          inString,
          literal: literalEnds.length,
        });
        i += match[0].length;
        continue;
      }
    }
    if (inString && char === "\\") {
      i += 2;
      continue;
    }
    if (char === '"') {
      if (inString) literalEnds.push(i + 1);
      inString = !inString;
    }
    i++;
  }
  const followedByColon = (from: number) => /^\s*:/.test(template.slice(from));
  return found.map(({ literal, ...placeholder }) => ({
    ...placeholder,
    isKey: placeholder.inString
      ? literal < literalEnds.length && followedByColon(literalEnds[literal])
      : followedByColon(placeholder.end),
  }));
}

type Resolved = JsonPathResult;

function render(
  template: string,
  placeholders: readonly Placeholder[],
  paths: Map<string, JsonPath>,
  jsonTemplate: boolean,
  event: Record<string, unknown>,
  context: InputTransformerContext,
): string {
  let out = "";
  let cursor = 0;
  const unescaped: Array<{ name: string; text: string }> = [];
  for (const placeholder of placeholders) {
    const resolved = resolve(placeholder.name, paths, event, context);
    const text = insertion(resolved, placeholder.inString, jsonTemplate);
    if (
      resolved.found &&
      typeof resolved.value === "string" &&
      /["\\\u0000-\u001f]/.test(resolved.value)
    ) {
      unescaped.push({ name: placeholder.name, text: resolved.value });
    }
    out += template.slice(cursor, placeholder.start) + text;
    cursor = placeholder.end;
  }
  out += template.slice(cursor);
  if ((context.expectJson ?? jsonTemplate) && !isValidJsonTemplateResult(out)) {
    throw new Error(invalidJsonMessage(out, unescaped));
  }
  return out;
}

// How a value lands in the output. Strings are never escaped ("EventBridge doesn't escape values
// extracted by Input Path"); in a JSON template an unquoted string gets quotes around it; an
// object or array inside a string loses its internal quotes; a missing path "isn't created".
function insertion(resolved: Resolved, inString: boolean, jsonTemplate: boolean): string {
  const asJsonValue = jsonTemplate && !inString;
  if (!resolved.found) return asJsonValue ? '""' : "";
  const value = resolved.value;
  if (typeof value === "string") return asJsonValue ? `"${value}"` : value;
  const json = JSON.stringify(value) ?? "null";
  return inString && typeof value === "object" && value !== null ? json.replace(/"/g, "") : json;
}

function resolve(
  name: string,
  paths: Map<string, JsonPath>,
  event: Record<string, unknown>,
  context: InputTransformerContext,
): Resolved {
  const path = paths.get(name);
  if (path !== undefined) return evaluateJsonPath(path, event);
  switch (name) {
    case "aws.events.rule-name":
      return { found: true, value: required(context.ruleName, name, "ruleName") };
    case "aws.events.rule-arn":
      return { found: true, value: required(context.ruleArn, name, "ruleArn") };
    case "aws.events.event.ingestion-time": {
      const time = context.ingestionTime ?? event.time;
      return time === undefined ? { found: false } : { found: true, value: time };
    }
    case "aws.events.event.json":
      return { found: true, value: event };
    default:
      return { found: true, value: envelopeWithoutDetail(event, context) };
  }
}

function required(value: string | undefined, name: string, field: string): string {
  if (value === undefined) {
    throw new Error(
      `<${name}> needs context.${field}; fix: pass { ${field}: ... } to applyInputTransformer.`,
    );
  }
  return value;
}

// AWS delivers <aws.events.event> as the envelope without "detail", renaming "detail-type" to
// "detailType" and carrying the ingestion time (recorded in localstack's AWS-validated snapshot).
function envelopeWithoutDetail(
  event: Record<string, unknown>,
  context: InputTransformerContext,
): Record<string, unknown> {
  const fields: Array<[string, unknown]> = [
    ["id", event.id],
    ["account", event.account],
    ["detailType", event["detail-type"]],
    ["time", context.ingestionTime ?? event.time],
    ["source", event.source],
    ["region", event.region],
    ["resources", event.resources],
    ["version", event.version],
  ];
  return Object.fromEntries(fields.filter(([, value]) => value !== undefined));
}

function invalidJsonMessage(
  output: string,
  unescaped: ReadonlyArray<{ name: string; text: string }>,
): string {
  const shown = output.length > 120 ? `${output.slice(0, 117)}...` : output;
  if (unescaped.length > 0) {
    const culprits = unescaped
      .map(({ name, text }) => `<${name}> = ${JSON.stringify(text)}`)
      .join(", ");
    return (
      `Input transformer output is not valid JSON: ${culprits} holds a quote, backslash or control character and ` +
      `EventBridge inserts values without escaping them (eb-transform-target-input.html, "Common issues"). ` +
      `Output: ${shown}. Fix: map the enclosing object (e.g. "$.detail.eventBody") and place it unquoted, ` +
      `which EventBridge serializes as escaped JSON.`
    );
  }
  return (
    `Input transformer output is not valid JSON: ${shown}. Fix: the template itself is not JSON once placeholders ` +
    `are filled; check quotes and commas around the placeholders.`
  );
}

function toObject(event: unknown): Record<string, unknown> {
  const value = typeof event === "string" ? JSON.parse(event) : event;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(
      "applyInputTransformer needs an event object (a JSON object with the EventBridge envelope).",
    );
  }
  return value as Record<string, unknown>;
}
