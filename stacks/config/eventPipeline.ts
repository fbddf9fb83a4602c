/** The high-volume EventBridge pipeline section (`genesys-event-orchestration:eventPipeline`). */
import {
  CONVERSATION_DETAIL_TOPICS,
  CONVERSATION_TOPIC_PREFIX,
  EVENT_SOURCE_SUFFIX,
  USER_END_TOPIC,
} from "../../components/eventbridge/events";
import {
  MAX_CONCURRENCY,
  maxConcurrencyProblem,
  OUTAGE_TOLERANCE_HOURS,
  outageToleranceProblem,
  WATCHED_QUEUE_IDS_MAX_CHARS,
} from "../../components/eventbridge/settings";
import { WORKFLOW_TYPES, type WorkflowType } from "../../components/eventbridge/stateMachine";
import { closestName, ConfigError, ConfigObject } from "./configObject";
import type { PipelineSection } from "./pipeline";
import { UUID } from "./rules";

/** The EventBridge pipeline (`genesys-event-orchestration:eventPipeline`), defaults applied. */
export interface EventPipelineConfig {
  /** Last part of the partner event source name, aws.partner/genesys.com/cloud/<org id>/<suffix>. */
  readonly eventSourceSuffix: string;
  /** Conversation detail topic templates the Genesys integration subscribes to. */
  readonly topics: readonly string[];
  /** Queues whose agent-leg ends are recorded (lowercase UUIDs); empty means no queue-end rule. */
  readonly queueIds: readonly string[];
  readonly workflowType: WorkflowType;
  /** Processor invocations at once (a batch of up to 10 events each): its reserved concurrency. */
  readonly maxConcurrency: number;
  /** Hours a well-formed event may keep failing before it is dead-lettered; sizes the buffer queue. */
  readonly outageToleranceHours: number;
  /** Days stored events, recorded queue ends and the event archive are kept. */
  readonly retentionDays: number;
}

export const EVENT_PIPELINE_DEFAULTS = {
  workflowType: "EXPRESS" as WorkflowType,
  maxConcurrency: MAX_CONCURRENCY.default,
  outageToleranceHours: OUTAGE_TOLERANCE_HOURS.default,
  retentionDays: 30,
};

/** The suffix used when eventSourceSuffix is not set. */
export function defaultEventSourceSuffix(stack: string): string {
  return `geo-${stack}`;
}

const SUFFIX_RULE = "1–64 letters, digits, '.', '-' or '_'";

/** The elements of a list field, each checked to be a string; absent means undefined. */
function stringList(p: ConfigObject, field: string, example: string): string[] | undefined {
  const value = p.raw()[field];
  if (value === undefined) return undefined;
  if (!Array.isArray(value))
    return p.fail(field, "is not a list", `write it as a YAML list, e.g. ${example}`);
  return value.map((item, index) => {
    if (typeof item !== "string") {
      throw new ConfigError(
        `${p.keyOf(field)}[${index}]`,
        p.show(item),
        "is not a string",
        `write it as a quoted string, e.g. ${example}`,
      );
    }
    return item;
  });
}

function topicFix(topic: string): string {
  const events = CONVERSATION_DETAIL_TOPICS.map((t) => t.slice(CONVERSATION_TOPIC_PREFIX.length));
  // People write the event alone ("customer.end") or a resolved topic with a conversation id.
  const event = topic.startsWith(CONVERSATION_TOPIC_PREFIX)
    ? topic.slice(CONVERSATION_TOPIC_PREFIX.length)
    : topic.replace(/^v2\.detail\.events\.conversation\.[^.]+\./, "");
  const guess = closestName(event, events);
  const known = `known: ${events.join(", ")}, each as ${CONVERSATION_TOPIC_PREFIX}<event>`;
  return guess
    ? `write "${CONVERSATION_TOPIC_PREFIX}${guess}", with a literal {id} (${known})`
    : `use a conversation detail topic template (${known})`;
}

function parseTopics(p: ConfigObject, enabled: boolean): string[] {
  const example = `["${USER_END_TOPIC}"]`;
  const topics = stringList(p, "topics", example);
  if (topics === undefined) {
    if (!enabled) return [];
    return p.missing(
      "topics",
      `list the conversation detail topics to subscribe to, e.g. topics: ${example}; every subscribed event is billed`,
    );
  }
  if (topics.length === 0 && enabled)
    p.fail("topics", "is empty", `list at least one topic, e.g. ${example}`);
  topics.forEach((topic, index) => {
    const key = `${p.keyOf("topics")}[${index}]`;
    if (!CONVERSATION_DETAIL_TOPICS.includes(topic))
      throw new ConfigError(
        key,
        p.show(topic),
        "is not a known conversation detail topic",
        topicFix(topic),
      );
    if (topics.indexOf(topic) !== index)
      throw new ConfigError(
        key,
        p.show(topic),
        `repeats topics[${topics.indexOf(topic)}]`,
        "remove the repeat",
      );
  });
  return topics;
}

function parseQueueIds(p: ConfigObject, topics: readonly string[]): string[] {
  const example = '["5c9d1a7e-8f3b-4c2d-9e61-0a4b7c3d2e10"]';
  const raw = stringList(p, "queueIds", example) ?? [];
  const queueIds = raw.map((id, index) => {
    const key = `${p.keyOf("queueIds")}[${index}]`;
    if (!UUID.test(id))
      throw new ConfigError(
        key,
        p.show(id),
        "is not a queue id (UUID)",
        "copy the queue's id from Genesys Cloud Admin > Queues (8-4-4-4-12 hex digits)",
      );
    const first = raw.findIndex((other) => other.toLowerCase() === id.toLowerCase());
    if (first !== index)
      throw new ConfigError(key, p.show(id), `repeats queueIds[${first}]`, "remove the repeat");
    // Genesys sends ids in lowercase and EventBridge matches exactly.
    return id.toLowerCase();
  });
  if (queueIds.length > 0 && topics.length > 0 && !topics.includes(USER_END_TOPIC)) {
    p.fail(
      "queueIds",
      `needs the topic ${USER_END_TOPIC}, which topics does not subscribe to`,
      `add "${USER_END_TOPIC}" to topics: queue ends are read from agent legs ending`,
    );
  }
  // The processor reads the watched queues from its environment (queue ends ride the buffer).
  const size = queueIds.join(",").length;
  if (size > WATCHED_QUEUE_IDS_MAX_CHARS) {
    p.fail(
      "queueIds",
      `make a ${size}-character WATCHED_QUEUE_IDS environment variable, over the ${WATCHED_QUEUE_IDS_MAX_CHARS} this pipeline allows of Lambda's 4 KB`,
      "watch fewer queues (55 fit)",
    );
  }
  return queueIds;
}

export const eventPipeline: PipelineSection<EventPipelineConfig> = {
  fields: [
    "eventSourceSuffix",
    "topics",
    "queueIds",
    "workflowType",
    "maxConcurrency",
    "outageToleranceHours",
    "retentionDays",
  ],
  example: `{ enabled: true, topics: ["${USER_END_TOPIC}"] }`,
  parse(p, ctx) {
    const explicitSuffix = p.string("eventSourceSuffix", '"dev-conversations"');
    if (explicitSuffix !== undefined && !EVENT_SOURCE_SUFFIX.test(explicitSuffix)) {
      p.fail(
        "eventSourceSuffix",
        "is not a valid event source suffix",
        `use ${SUFFIX_RULE} (Genesys' rule for the Amazon EventBridge Source integration)`,
      );
    }
    const eventSourceSuffix = explicitSuffix ?? defaultEventSourceSuffix(ctx.stack);
    if (
      explicitSuffix === undefined &&
      ctx.enabled &&
      !EVENT_SOURCE_SUFFIX.test(eventSourceSuffix)
    ) {
      p.fail(
        "eventSourceSuffix",
        `is not set, and the default "${eventSourceSuffix}" for stack "${ctx.stack}" is not a valid suffix`,
        `set eventPipeline.eventSourceSuffix to ${SUFFIX_RULE}`,
        eventSourceSuffix,
      );
    }

    const topics = parseTopics(p, ctx.enabled);
    const queueIds = parseQueueIds(p, topics);

    const rawType = p.string("workflowType", '"EXPRESS"');
    if (rawType !== undefined && !WORKFLOW_TYPES.includes(rawType as WorkflowType)) {
      const upper = rawType.trim().toUpperCase();
      p.fail(
        "workflowType",
        "is not a Step Functions workflow type",
        WORKFLOW_TYPES.includes(upper as WorkflowType)
          ? `write ${upper}, in capitals`
          : "use EXPRESS (the default, for high volume) or STANDARD",
      );
    }
    const workflowType =
      (rawType as WorkflowType | undefined) ?? EVENT_PIPELINE_DEFAULTS.workflowType;

    const maxConcurrency =
      p.integer("maxConcurrency", MAX_CONCURRENCY.default) ??
      EVENT_PIPELINE_DEFAULTS.maxConcurrency;
    const badConcurrency = maxConcurrencyProblem(maxConcurrency);
    if (badConcurrency) p.fail("maxConcurrency", badConcurrency.problem, badConcurrency.fix);

    const outageToleranceHours =
      p.integer("outageToleranceHours", OUTAGE_TOLERANCE_HOURS.default) ??
      EVENT_PIPELINE_DEFAULTS.outageToleranceHours;
    const badTolerance = outageToleranceProblem(outageToleranceHours);
    if (badTolerance) p.fail("outageToleranceHours", badTolerance.problem, badTolerance.fix);

    const retentionDays = p.integer("retentionDays", 30) ?? EVENT_PIPELINE_DEFAULTS.retentionDays;
    if (retentionDays < 1 || retentionDays > 3650)
      p.fail("retentionDays", "is outside 1–3650", "use 1 to 3650 days");

    return {
      eventSourceSuffix,
      topics,
      queueIds,
      workflowType,
      maxConcurrency,
      outageToleranceHours,
      retentionDays,
    };
  },
};
