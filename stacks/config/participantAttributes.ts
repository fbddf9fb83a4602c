/** The participant-attributes pipeline section (`genesys-event-orchestration:participantAttributes`). */
import {
  DEFAULT_OBJECT_EXPIRATION_DAYS,
  MAX_OBJECT_EXPIRATION_DAYS,
} from "../../components/participantAttributesRules";
import { ConfigError, ConfigObject } from "./configObject";
import type { PipelineSection } from "./pipeline";
import {
  bucketNameProblem,
  DEFAULT_LOG_RETENTION_DAYS,
  DEFAULT_TRIGGER_EVENT_TTL_SECONDS,
  didRangeSize,
  E164_RULE,
  isE164,
  isLogRetentionDays,
  LOG_RETENTION_DAYS,
  MAX_DID_NUMBERS,
  isTriggerDelay,
  isTriggerEventTtl,
  nearestLogRetentionDays,
  participantAttributesBucketName,
  TRIGGER_DELAY_MAX_SECONDS,
  TRIGGER_DELAY_MIN_SECONDS,
  TRIGGER_EVENT_TTL_MIN_SECONDS,
} from "./rules";

/** When a Genesys trigger fires its workflow; Genesys accepts exactly one of the two. */
export type TriggerTiming =
  { readonly eventTtlSeconds: number } | { readonly delayBySeconds: number };

/** An inclusive range of E.164 numbers. */
export interface DidRange {
  readonly start: string;
  readonly end: string;
}

/** The participant-attributes pipeline (`genesys-event-orchestration:participantAttributes`). */
export interface ParticipantAttributesConfig {
  /** Explicit bucket name; absent means `participantAttributesBucketName(stack, accountId)`. */
  readonly bucketName?: string;
  /** DIDs routed to the inbound IVR; absent means the IVR gets no DIDs. */
  readonly didNumbers?: DidRange;
  readonly trigger: TriggerTiming;
  readonly objectExpirationDays: number;
  readonly logRetentionDays: number;
}

function parseDidRange(d: ConfigObject): DidRange {
  const read = (field: "start" | "end"): string => {
    const example = field === "start" ? "+13175550100" : "+13175550109";
    if (typeof d.raw()[field] === "number") {
      d.fail(field, "is a number, so its '+' is lost", `quote it: "${example}"`);
    }
    const value =
      d.string(field, `"${example}"`) ??
      d.missing(field, `set it to an E.164 number, e.g. "${example}"`);
    if (!isE164(value))
      d.fail(field, "is not an E.164 number", `write it as ${E164_RULE}, e.g. ${example}`);
    return value;
  };
  const range = { start: read("start"), end: read("end") };
  if (range.start.length !== range.end.length) {
    d.fail(
      "end",
      `has ${range.end.length - 1} digits but start ${d.show(range.start)} has ${range.start.length - 1}`,
      "use two numbers of the same length (same country and area code)",
    );
  }
  const size = didRangeSize(range);
  if (size < 1n) d.fail("end", `is below start ${d.show(range.start)}`, "swap start and end");
  if (size > BigInt(MAX_DID_NUMBERS)) {
    d.fail(
      "end",
      `makes a range of ${size} numbers, more than ${MAX_DID_NUMBERS}`,
      `each number becomes an IVR DNIS: narrow the range to at most ${MAX_DID_NUMBERS} numbers`,
    );
  }
  return range;
}

function parseTrigger(t: ConfigObject): TriggerTiming {
  const ttl = t.integer("eventTtlSeconds", DEFAULT_TRIGGER_EVENT_TTL_SECONDS);
  const delay = t.integer("delayBySeconds", 120);
  if (ttl !== undefined && delay !== undefined) {
    t.fail(
      "delayBySeconds",
      "is set together with eventTtlSeconds",
      "keep only one of them: Genesys rejects a trigger with both",
    );
  }
  if (ttl !== undefined) {
    if (!isTriggerEventTtl(ttl))
      t.fail(
        "eventTtlSeconds",
        `is below ${TRIGGER_EVENT_TTL_MIN_SECONDS}`,
        `use at least ${TRIGGER_EVENT_TTL_MIN_SECONDS} seconds (the Genesys minimum)`,
      );
    return { eventTtlSeconds: ttl };
  }
  if (delay !== undefined) {
    if (!isTriggerDelay(delay))
      t.fail(
        "delayBySeconds",
        `is outside ${TRIGGER_DELAY_MIN_SECONDS}–${TRIGGER_DELAY_MAX_SECONDS}`,
        `use ${TRIGGER_DELAY_MIN_SECONDS} to ${TRIGGER_DELAY_MAX_SECONDS} seconds (the Genesys range)`,
      );
    return { delayBySeconds: delay };
  }
  throw new ConfigError(
    t.path,
    t.show(t.raw()),
    "sets neither eventTtlSeconds nor delayBySeconds",
    "set exactly one of them, e.g. eventTtlSeconds: 60, or remove trigger to use that default",
  );
}

export const participantAttributes: PipelineSection<ParticipantAttributesConfig> = {
  fields: ["bucketName", "didNumbers", "trigger", "objectExpirationDays", "logRetentionDays"],
  example: "{ enabled: true }",
  sameRegionAsGenesys: "Genesys invokes Lambda data actions only in its own region",
  parse(p, ctx) {
    const bucketName = p.string("bucketName", '"acme-geo-prod-attributes"');
    if (bucketName !== undefined) {
      const problem = bucketNameProblem(bucketName);
      if (problem)
        p.fail(
          "bucketName",
          `${problem}, so it is not a valid S3 bucket name`,
          "follow the S3 bucket naming rules: 3–63 lowercase letters, digits, '.' or '-', starting and ending with a letter or digit",
        );
    } else if (ctx.enabled) {
      const problem = bucketNameProblem(participantAttributesBucketName(ctx.stack, "123456789012"));
      if (problem) {
        const derived = participantAttributesBucketName(ctx.stack, "<account id>");
        p.fail(
          "bucketName",
          `is not set, and the default name "${derived}" for stack "${ctx.stack}" ${problem}`,
          "set participantAttributes.bucketName to a valid S3 bucket name, e.g. acme-geo-attributes",
        );
      }
    }

    const didObject = p.object(
      "didNumbers",
      ["start", "end"],
      '{ start: "+13175550100", end: "+13175550109" }',
    );
    const triggerObject = p.object(
      "trigger",
      ["eventTtlSeconds", "delayBySeconds"],
      "{ eventTtlSeconds: 60 }",
    );

    const objectExpirationDays =
      p.integer("objectExpirationDays", DEFAULT_OBJECT_EXPIRATION_DAYS) ??
      DEFAULT_OBJECT_EXPIRATION_DAYS;
    if (objectExpirationDays < 1 || objectExpirationDays > MAX_OBJECT_EXPIRATION_DAYS) {
      p.fail(
        "objectExpirationDays",
        `is outside 1–${MAX_OBJECT_EXPIRATION_DAYS}`,
        `use 1 to ${MAX_OBJECT_EXPIRATION_DAYS} days`,
      );
    }

    const logRetentionDays =
      p.integer("logRetentionDays", DEFAULT_LOG_RETENTION_DAYS) ?? DEFAULT_LOG_RETENTION_DAYS;
    if (!isLogRetentionDays(logRetentionDays)) {
      p.fail(
        "logRetentionDays",
        "is not a CloudWatch Logs retention value",
        `use ${nearestLogRetentionDays(logRetentionDays)}, or another of ${LOG_RETENTION_DAYS.join(", ")}`,
      );
    }

    return {
      ...(bucketName !== undefined && { bucketName }),
      ...(didObject && { didNumbers: parseDidRange(didObject) }),
      trigger: triggerObject
        ? parseTrigger(triggerObject)
        : { eventTtlSeconds: DEFAULT_TRIGGER_EVENT_TTL_SECONDS },
      objectExpirationDays,
      logRetentionDays,
    };
  },
};
