import { GENESYS_NAME_MAX_LENGTH } from "../genesysNames";
import { stableStringify } from "../stableJson";

/** Match operators the process-automation API accepts (JS SDK `MatchCriteria.operator`). */
export const TRIGGER_OPERATORS = [
  "Equal",
  "NotEqual",
  "GreaterThan",
  "GreaterThanOrEqual",
  "LessThan",
  "LessThanOrEqual",
  "In",
  "NotIn",
  "Contains",
  "All",
  "Exists",
  "Size",
] as const;

export type TriggerOperator = (typeof TRIGGER_OPERATORS)[number];

export const TRIGGER_DATA_FORMATS = ["Json", "TopLevelPrimitives"] as const;

export type TriggerDataFormat = (typeof TRIGGER_DATA_FORMATS)[number];

/** One condition on the event body; a trigger fires only when all of them hold. */
export interface MatchCriterion {
  /** Goessner JSONPath into the event body, e.g. `mediaType` or `queueId`. */
  jsonPath: string;
  operator: TriggerOperator;
  /** The single value to compare with; set exactly one of `value` and `values`. */
  value?: unknown;
  /** The values to compare with (In, NotIn, All, ...); set exactly one of `value` and `values`. */
  values?: unknown[];
}

/** The trigger's inputs once every Output has resolved. */
export interface TriggerSpec {
  genesysEnvironment: string;
  name: string;
  description?: string;
  topicName: string;
  enabled?: boolean;
  workflowId: string;
  dataFormat?: TriggerDataFormat;
  matchCriteria?: MatchCriterion[];
  eventTTLSeconds?: number;
  delayBySeconds?: number;
}

/** A `TriggerSpec` with defaults applied and criteria in canonical form; what state holds. */
export interface NormalizedTriggerSpec {
  genesysEnvironment: string;
  name: string;
  description?: string;
  topicName: string;
  enabled: boolean;
  workflowId: string;
  dataFormat: TriggerDataFormat;
  matchCriteria: MatchCriterion[];
  eventTTLSeconds?: number;
  delayBySeconds?: number;
}

/** One invalid input: the field's path and a message naming the bad value and the fix. */
export interface TriggerInputProblem {
  readonly field: string;
  readonly message: string;
}

const DESCRIPTION_MAX = 512;
const TOPIC_MAX = 256;

/** The trigger timing limits Genesys enforces; the one home of these rules and of the default. */
export const TRIGGER_EVENT_TTL_MIN_SECONDS = 10;
export const TRIGGER_DELAY_MIN_SECONDS = 60;
export const TRIGGER_DELAY_MAX_SECONDS = 900;
/** How long a pipeline's trigger keeps an undelivered event when nobody says: a minute. */
export const DEFAULT_TRIGGER_EVENT_TTL_SECONDS = 60;

/** True when Genesys accepts `seconds` as a trigger's eventTTLSeconds. */
export function isTriggerEventTtl(seconds: unknown): seconds is number {
  return Number.isInteger(seconds) && (seconds as number) >= TRIGGER_EVENT_TTL_MIN_SECONDS;
}

/** True when Genesys accepts `seconds` as a trigger's delayBySeconds. */
export function isTriggerDelay(seconds: unknown): seconds is number {
  return (
    Number.isInteger(seconds) &&
    (seconds as number) >= TRIGGER_DELAY_MIN_SECONDS &&
    (seconds as number) <= TRIGGER_DELAY_MAX_SECONDS
  );
}

/**
 * Every problem with the trigger's inputs, in field order; empty when they are valid.
 * `isUnknown` marks values not yet known (a preview), which are skipped rather than rejected.
 */
export function triggerInputProblems(
  inputs: Record<string, unknown>,
  isUnknown: (value: unknown) => boolean = () => false,
): TriggerInputProblem[] {
  const problems: TriggerInputProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const known = (field: string) => !isUnknown(inputs[field]);

  const env = inputs.genesysEnvironment;
  if (known("genesysEnvironment") && (typeof env !== "string" || env.trim() === "")) {
    add(
      "genesysEnvironment",
      `genesysEnvironment: ${show(env)} is invalid; use a Genesys Cloud environment domain such as "mypurecloud.com" or "usw2.pure.cloud".`,
    );
  }
  const name = inputs.name;
  if (known("name")) {
    if (typeof name !== "string" || name.length === 0) {
      add(
        "name",
        `name: ${show(name)} is invalid; use a string of 1 to ${GENESYS_NAME_MAX_LENGTH} characters.`,
      );
    } else if (name.length > GENESYS_NAME_MAX_LENGTH) {
      add(
        "name",
        `name: a ${name.length}-character string is too long; use 1 to ${GENESYS_NAME_MAX_LENGTH} characters.`,
      );
    }
  }
  const description = inputs.description;
  if (known("description") && description !== undefined) {
    if (typeof description !== "string") {
      add(
        "description",
        `description: ${show(description)} is invalid; use a string of at most ${DESCRIPTION_MAX} characters, or leave it unset.`,
      );
    } else if (description.length > DESCRIPTION_MAX) {
      add(
        "description",
        `description: a ${description.length}-character string is too long; use at most ${DESCRIPTION_MAX} characters.`,
      );
    }
  }
  const topic = inputs.topicName;
  if (known("topicName")) {
    if (typeof topic !== "string" || topic.trim() === "") {
      add(
        "topicName",
        `topicName: ${show(topic)} is invalid; use a topic such as "v2.detail.events.conversation.{id}.customer.end".`,
      );
    } else if (topic.length > TOPIC_MAX) {
      add(
        "topicName",
        `topicName: a ${topic.length}-character string is too long; use at most ${TOPIC_MAX} characters.`,
      );
    }
  }
  const enabled = inputs.enabled;
  if (known("enabled") && enabled !== undefined && typeof enabled !== "boolean") {
    add(
      "enabled",
      `enabled: ${show(enabled)} is invalid; use the boolean true or false (not a string).`,
    );
  }
  const workflowId = inputs.workflowId;
  if (known("workflowId") && (typeof workflowId !== "string" || workflowId.trim() === "")) {
    add(
      "workflowId",
      `workflowId: ${show(workflowId)} is invalid; use the id of a published Architect workflow (e.g. ArchyFlow.flowId).`,
    );
  }
  const dataFormat = inputs.dataFormat;
  if (
    known("dataFormat") &&
    dataFormat !== undefined &&
    !(TRIGGER_DATA_FORMATS as readonly unknown[]).includes(dataFormat)
  ) {
    add(
      "dataFormat",
      `dataFormat: ${show(dataFormat)} is invalid; use "Json" or "TopLevelPrimitives".`,
    );
  }

  const ttl = inputs.eventTTLSeconds;
  const delay = inputs.delayBySeconds;
  if (known("eventTTLSeconds") && ttl !== undefined && !isTriggerEventTtl(ttl)) {
    add(
      "eventTTLSeconds",
      `eventTTLSeconds: ${show(ttl)} is invalid; use an integer of at least ${TRIGGER_EVENT_TTL_MIN_SECONDS}, or leave it unset so events never expire.`,
    );
  }
  if (known("delayBySeconds") && delay !== undefined && !isTriggerDelay(delay)) {
    add(
      "delayBySeconds",
      `delayBySeconds: ${show(delay)} is invalid; use an integer from ${TRIGGER_DELAY_MIN_SECONDS} to ${TRIGGER_DELAY_MAX_SECONDS}, or leave it unset.`,
    );
  }
  // A value not yet known may still resolve to undefined, so exclusivity waits until both are known.
  if (
    ttl !== undefined &&
    delay !== undefined &&
    known("eventTTLSeconds") &&
    known("delayBySeconds")
  ) {
    add(
      "delayBySeconds",
      `eventTTLSeconds (${show(ttl)}) and delayBySeconds (${show(delay)}) are mutually exclusive; set only one of them.`,
    );
  }

  if (known("matchCriteria")) problems.push(...criteriaProblems(inputs.matchCriteria, isUnknown));
  return problems;
}

function criteriaProblems(
  criteria: unknown,
  isUnknown: (value: unknown) => boolean,
): TriggerInputProblem[] {
  if (criteria === undefined) return [];
  if (!Array.isArray(criteria)) {
    return [
      {
        field: "matchCriteria",
        message: `matchCriteria: ${show(criteria)} is invalid; use an array of {jsonPath, operator, value | values}, or leave it unset to match every event.`,
      },
    ];
  }
  const problems: TriggerInputProblem[] = [];
  criteria.forEach((item, i) => {
    const at = `matchCriteria[${i}]`;
    const add = (field: string, message: string) => problems.push({ field, message });
    if (isUnknown(item)) return;
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      add(
        at,
        `${at}: ${show(item)} is invalid; use an object {jsonPath, operator, value | values}.`,
      );
      return;
    }
    const c = item as Record<string, unknown>;
    if (!isUnknown(c.jsonPath) && (typeof c.jsonPath !== "string" || c.jsonPath.trim() === "")) {
      add(
        `${at}.jsonPath`,
        `${at}.jsonPath: ${show(c.jsonPath)} is invalid; use a JSONPath into the event body such as "mediaType".`,
      );
    }
    if (!isUnknown(c.operator) && !(TRIGGER_OPERATORS as readonly unknown[]).includes(c.operator)) {
      add(
        `${at}.operator`,
        `${at}.operator: ${show(c.operator)} is invalid; use one of ${TRIGGER_OPERATORS.join(", ")}.`,
      );
    }
    const hasValue = c.value !== undefined;
    const hasValues = c.values !== undefined;
    if (hasValue === hasValues) {
      const what = hasValue ? "sets both value and values" : "sets neither value nor values";
      add(
        at,
        `${at}: ${what}; set exactly one (values for list operators such as In, NotIn and All; value otherwise).`,
      );
    } else if (hasValues && !isUnknown(c.values) && !Array.isArray(c.values)) {
      add(
        `${at}.values`,
        `${at}.values: ${show(c.values)} is invalid; use an array, or use value for a single value.`,
      );
    }
  });
  return problems;
}

/** Throws one Error listing every problem (one per line) when the inputs are invalid. */
export function validateTriggerInputs(inputs: Record<string, unknown>): void {
  const problems = triggerInputProblems(inputs);
  if (problems.length > 0) {
    throw new Error(`ProcessAutomationTrigger: ${problems.map((p) => p.message).join("\n")}`);
  }
}

/**
 * Criteria in canonical form: only the API's keys, keys sorted at every depth, so two
 * spellings of the same criteria compare and serialize identically. Order of criteria is kept.
 */
export function normalizeMatchCriteria(
  criteria: readonly MatchCriterion[] | undefined,
): MatchCriterion[] {
  return (criteria ?? []).map((c) => {
    const picked: Record<string, unknown> = { jsonPath: c.jsonPath, operator: c.operator };
    if (c.value !== undefined) picked.value = c.value;
    if (c.values !== undefined) picked.values = c.values;
    return JSON.parse(stableStringify(picked)) as MatchCriterion;
  });
}

/** Applies defaults (enabled true, dataFormat TopLevelPrimitives, no criteria) and drops unset optionals. */
export function normalizeTriggerSpec(spec: TriggerSpec): NormalizedTriggerSpec {
  const normalized: NormalizedTriggerSpec = {
    genesysEnvironment: spec.genesysEnvironment,
    name: spec.name,
    topicName: spec.topicName,
    enabled: spec.enabled ?? true,
    workflowId: spec.workflowId,
    dataFormat: spec.dataFormat ?? "TopLevelPrimitives",
    matchCriteria: normalizeMatchCriteria(spec.matchCriteria),
  };
  if (spec.description !== undefined) normalized.description = spec.description;
  if (spec.eventTTLSeconds !== undefined) normalized.eventTTLSeconds = spec.eventTTLSeconds;
  if (spec.delayBySeconds !== undefined) normalized.delayBySeconds = spec.delayBySeconds;
  return normalized;
}

/** The create/update body the API expects (`CreateTriggerRequest`), keys in a stable order. */
export function triggerRequestBody(spec: NormalizedTriggerSpec): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: spec.name,
    topicName: spec.topicName,
    // A boolean: the participant-attributes blueprint's trigger script sent the string "true".
    enabled: spec.enabled,
    target: {
      type: "Workflow",
      id: spec.workflowId,
      workflowTargetSettings: { dataFormat: spec.dataFormat },
    },
    matchCriteria: spec.matchCriteria,
  };
  if (spec.description !== undefined) body.description = spec.description;
  if (spec.eventTTLSeconds !== undefined) body.eventTTLSeconds = spec.eventTTLSeconds;
  if (spec.delayBySeconds !== undefined) body.delayBySeconds = spec.delayBySeconds;
  return JSON.parse(stableStringify(body)) as Record<string, unknown>;
}

/** The bad value as it appears in messages: JSON for plain values, a placeholder otherwise. */
function show(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}
