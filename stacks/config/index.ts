/**
 * Stack configuration: parsed once from the raw strings Pulumi stores, validated, defaulted, typed.
 *
 * Pure: no Pulumi runtime reads (see readConfig.ts for that), so every rule is tested on plain
 * values. Every problem is a `ConfigError` naming the full key path, the value and the fix; a
 * value under a secret key is shown as "[secret]". Unknown keys and fields are errors, never
 * ignored, because a typo silently falling back to a default deploys the wrong thing.
 *
 * Adding a pipeline: add an optional field to `StackConfig` and its `PipelineSection` to
 * `PIPELINES`; the compiler insists on both. Each section lives in its own file beside this one.
 */
import {
  ConfigError,
  ConfigObject,
  distance,
  NOT_SET,
  PROJECT,
  renameFix,
  SECRET,
  showValue,
} from "./configObject";
import { ALARMS_EXAMPLE, ALARMS_FIELDS, AlarmsConfig, parseAlarms } from "./alarms";
import { EventPipelineConfig, eventPipeline } from "./eventPipeline";
import { GENESYS_FIELDS, GenesysConfig, parseGenesys } from "./genesys";
import { NegativeSentimentConfig, negativeSentiment } from "./negativeSentiment";
import { ParticipantAttributesConfig, participantAttributes } from "./participantAttributes";
import type { PipelineContext, PipelineSection } from "./pipeline";
import { AWS_REGION } from "./rules";

export * from "./alarms";
export * from "./configObject";
export * from "./eventPipeline";
export * from "./genesys";
export * from "./negativeSentiment";
export * from "./participantAttributes";
export * from "./pipeline";
export * from "./rules";

/** The whole validated configuration of one stack, defaults applied. */
export interface StackConfig {
  readonly stack: string;
  /** `aws:region`. */
  readonly awsRegion: string;
  readonly genesys: GenesysConfig;
  /** Alarm notifications; defaults when the key is absent. */
  readonly alarms: AlarmsConfig;
  /** Absent when the pipeline is disabled or not configured. */
  readonly participantAttributes?: ParticipantAttributesConfig;
  /** Absent when the pipeline is disabled or not configured. */
  readonly negativeSentiment?: NegativeSentimentConfig;
  /** Absent when the pipeline is disabled or not configured. */
  readonly eventPipeline?: EventPipelineConfig;
}

type PipelineKey = Exclude<keyof StackConfig, "stack" | "awsRegion" | "genesys" | "alarms">;

/** Every pipeline's section parser, by its key in the project namespace. */
export const PIPELINES: {
  readonly [K in PipelineKey]-?: PipelineSection<NonNullable<StackConfig[K]>>;
} = {
  participantAttributes,
  negativeSentiment,
  eventPipeline,
};

/** The keys this program reads from its own namespace. */
export const PROJECT_KEYS: readonly string[] = ["genesys", ...Object.keys(PIPELINES), "alarms"];

// ---------------------------------------------------------------------------------------------
// The whole stack

/** Raw config as Pulumi hands it to a program. */
export interface RawStackConfig {
  readonly stack: string;
  /** Fully qualified keys ("ns:name") to the strings Pulumi stores (objects as JSON). */
  readonly values: Readonly<Record<string, string>>;
  /** Keys whose values are secret. */
  readonly secretKeys: readonly string[];
}

class RawValues {
  constructor(
    private readonly values: Readonly<Record<string, string>>,
    private readonly secrets: ReadonlySet<string>,
  ) {}

  get(key: string): string | undefined {
    return Object.prototype.hasOwnProperty.call(this.values, key) ? this.values[key] : undefined;
  }

  isSecret(key: string): boolean {
    return this.secrets.has(key);
  }

  /** The raw value for a message: objects as compact JSON, strings quoted. */
  show(key: string): string {
    const raw = this.get(key);
    return showValue(raw === undefined ? undefined : parseJsonOr(raw), this.isSecret(key));
  }

  keys(): string[] {
    return Object.keys(this.values);
  }

  /** The value of an object key, checked to be a JSON object with only `known` fields. */
  object(key: string, known: readonly string[], example: string): ConfigObject | undefined {
    const raw = this.get(key);
    if (raw === undefined) return undefined;
    return ConfigObject.of(key, parseJsonOr(raw), this.isSecret(key), known, example);
  }
}

function parseJsonOr(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function checkKeys(values: RawValues): void {
  for (const key of values.keys()) {
    const colon = key.indexOf(":");
    const namespace = colon < 0 ? "" : key.slice(0, colon);
    const name = key.slice(colon + 1);
    if (namespace === PROJECT) {
      if (PROJECT_KEYS.includes(name)) continue;
      const head = name.split(/[.[]/)[0];
      const fix = PROJECT_KEYS.includes(head)
        ? `it was set without --path; remove it and run: pulumi config set --path ${key} <value>`
        : renameFix(name, PROJECT_KEYS, "keys");
      throw new ConfigError(key, values.show(key), "is not a known key", fix);
    }
    if (PROJECT_KEYS.includes(namespace)) {
      throw new ConfigError(
        key,
        values.show(key),
        `uses "${namespace}" as a namespace`,
        `it belongs inside ${PROJECT}:${namespace}: pulumi config set --path ${PROJECT}:${namespace}.${name} <value>`,
      );
    }
    if (namespace !== "" && distance(namespace, PROJECT) <= 3) {
      throw new ConfigError(
        key,
        values.show(key),
        `has namespace "${namespace}", not the project's`,
        `rename it to ${PROJECT}:${name}`,
      );
    }
  }
}

function parseAwsRegion(values: RawValues, genesys: GenesysConfig): string {
  const key = "aws:region";
  const region = values.get(key);
  const matching = `${genesys.providerRegion}, the region of ${genesys.environment}`;
  if (region === undefined)
    throw new ConfigError(
      key,
      NOT_SET,
      "is required but not set",
      `pulumi config set aws:region ${matching}`,
    );
  if (!AWS_REGION.test(region))
    throw new ConfigError(
      key,
      values.show(key),
      "is not an AWS region code",
      `use a code like ${matching}`,
    );
  return region;
}

function checkGenesysProvider(values: RawValues, genesys: GenesysConfig): void {
  const regionKey = "genesyscloud:awsRegion";
  const providerRegion = values.get(regionKey);
  if (providerRegion !== undefined && providerRegion !== genesys.providerRegion) {
    throw new ConfigError(
      regionKey,
      values.show(regionKey),
      `disagrees with genesys.environment ${genesys.environment}`,
      `remove it, or set it to ${genesys.providerRegion}`,
    );
  }
  for (const [key, env] of [
    ["genesyscloud:oauthclientSecret", "GENESYSCLOUD_OAUTHCLIENT_SECRET"],
    ["genesyscloud:accessToken", "GENESYSCLOUD_ACCESS_TOKEN"],
  ]) {
    if (values.get(key) !== undefined && !values.isSecret(key)) {
      // Shown as [secret] even though it is stored in plain text: it is still a credential.
      throw new ConfigError(
        key,
        SECRET,
        "is stored in plain text",
        `remove it and run: pulumi config set --secret ${key} <value>, or set ${env} in the environment`,
      );
    }
  }
}

function parsePipeline<T>(
  key: string,
  section: PipelineSection<T>,
  values: RawValues,
  base: Omit<PipelineContext, "enabled">,
): T | undefined {
  const object = values.object(key, ["enabled", ...section.fields], section.example);
  if (!object) return undefined;
  const enabled =
    object.boolean("enabled") ??
    object.missing(
      "enabled",
      "set enabled: true to deploy the pipeline, or enabled: false to keep it off",
    );
  const parsed = section.parse(object, { ...base, enabled });
  if (!enabled) return undefined;
  if (section.sameRegionAsGenesys && base.awsRegion !== base.genesys.providerRegion) {
    throw new ConfigError(
      "aws:region",
      values.show("aws:region"),
      `is not ${base.genesys.providerRegion}, the region of ${base.genesys.environment}, which ${key} needs: ${section.sameRegionAsGenesys}`,
      `set aws:region to ${base.genesys.providerRegion}, or genesys.environment to your org's actual environment`,
    );
  }
  return parsed;
}

/** Validates a stack's raw config and returns it typed, with defaults applied. Throws ConfigError. */
export function parseStackConfig({ stack, values, secretKeys }: RawStackConfig): StackConfig {
  const raw = new RawValues(values, new Set(secretKeys));
  checkKeys(raw);

  const genesysKey = `${PROJECT}:genesys`;
  const genesysObject =
    raw.object(genesysKey, GENESYS_FIELDS, "{ environment: mypurecloud.com }") ??
    (() => {
      throw new ConfigError(
        genesysKey,
        NOT_SET,
        "is required but not set",
        `add it to Pulumi.${stack}.yaml, e.g. pulumi config set --path ${genesysKey}.environment mypurecloud.com`,
      );
    })();
  const genesys = parseGenesys(genesysObject, stack);
  const awsRegion = parseAwsRegion(raw, genesys);
  checkGenesysProvider(raw, genesys);

  const alarms = parseAlarms(raw.object(`${PROJECT}:alarms`, ALARMS_FIELDS, ALARMS_EXAMPLE));

  const base = { stack, awsRegion, genesys };
  const pipelines: Record<string, unknown> = {};
  for (const [key, section] of Object.entries(PIPELINES) as [
    PipelineKey,
    PipelineSection<unknown>,
  ][]) {
    const parsed = parsePipeline(`${PROJECT}:${key}`, section, raw, base);
    if (parsed !== undefined) pipelines[key] = parsed;
  }
  return { stack, awsRegion, genesys, alarms, ...(pipelines as Pick<StackConfig, PipelineKey>) };
}
