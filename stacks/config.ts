/**
 * Stack configuration: parsed once from the raw strings Pulumi stores, validated, defaulted, typed.
 *
 * Pure: no Pulumi runtime reads (see readConfig.ts for that), so every rule is tested on plain
 * values. Every problem is a `ConfigError` naming the full key path, the value and the fix; a
 * value under a secret key is shown as "[secret]". Unknown keys and fields are errors, never
 * ignored, because a typo silently falling back to a default deploys the wrong thing.
 *
 * Adding a pipeline: add an optional field to `StackConfig` and its `PipelineSection` to
 * `PIPELINES`; the compiler insists on both.
 */
import * as pulumi from "@pulumi/pulumi";
import { GENESYS_ENVIRONMENTS, findGenesysEnvironment } from "../components/genesysEnvironments";

/** The Pulumi project name, hence the config namespace of this program's own keys. */
export const PROJECT = "genesys-event-orchestration";

/** Shown instead of a value that is absent. */
export const NOT_SET = "(not set)";
/** Shown instead of any value stored under a secret key. */
export const SECRET = "[secret]";

/** Genesys Cloud org settings (`genesys-event-orchestration:genesys`). */
export interface GenesysConfig {
  /** Login/API domain, e.g. "mypurecloud.com". */
  readonly environment: string;
  /** The Genesys Terraform provider's `awsRegion` for `environment`, e.g. "us-east-1". */
  readonly providerRegion: string;
  /** Org id (lowercase UUID); absent means the program looks it up from Genesys at deploy time. */
  readonly orgId?: string;
  /** Archy executable. */
  readonly archyPath: string;
  /** AWS account Genesys assumes the Lambda data-action role from. */
  readonly lambdaTrustAccountId: string;
  /** Prefix of the names of Genesys objects this stack creates. */
  readonly namePrefix: string;
}

/** When a Genesys trigger fires its workflow; Genesys accepts exactly one of the two. */
export type TriggerTiming = { readonly eventTtlSeconds: number } | { readonly delayBySeconds: number };

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

/** The whole validated configuration of one stack, defaults applied. */
export interface StackConfig {
  readonly stack: string;
  /** `aws:region`. */
  readonly awsRegion: string;
  readonly genesys: GenesysConfig;
  /** Absent when the pipeline is disabled or not configured. */
  readonly participantAttributes?: ParticipantAttributesConfig;
}

/**
 * A configuration problem. Extends `pulumi.RunError` so the CLI prints only the message, no stack.
 * `value` is the value as shown in the message: "[secret]" for secrets, "(not set)" when absent.
 */
export class ConfigError extends pulumi.RunError {
  readonly name = "ConfigError";

  constructor(
    readonly key: string,
    readonly value: string,
    problem: string,
    readonly fix: string,
  ) {
    super(`${key}: ${value === NOT_SET ? "" : `${value} `}${problem}; fix: ${fix}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading JSON objects field by field

/** Renders a value for a message: JSON, truncated; "[secret]" under a secret key. */
export function showValue(value: unknown, secret: boolean): string {
  if (value === undefined) return NOT_SET;
  if (secret) return SECRET;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Case-insensitive Levenshtein distance. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let row = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const next = [i];
    for (let j = 1; j <= t.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[t.length];
}

/** The candidate a typo most likely meant, if any is close enough. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

function renameFix(name: string, known: readonly string[], what: string): string {
  const guess = closestName(name, known);
  const list = `known ${what}: ${known.join(", ")}`;
  return guess ? `rename it to ${guess} (${list})` : `remove it (${list})`;
}

/** One JSON object of config; every accessor names problems by full key path. */
export class ConfigObject {
  private constructor(
    /** Full key path of this object, e.g. "genesys-event-orchestration:genesys". */
    readonly path: string,
    private readonly fields: Record<string, unknown>,
    /** True when the object sits under a secret key: values are never shown. */
    readonly secret: boolean,
  ) {}

  /** Checks `value` is an object with only `known` fields. */
  static of(path: string, value: unknown, secret: boolean, known: readonly string[], example: string): ConfigObject {
    if (!isPlainObject(value)) {
      throw new ConfigError(path, showValue(value, secret), "is not an object", `write it as a map, e.g. ${example}`);
    }
    for (const field of Object.keys(value)) {
      if (!known.includes(field)) {
        throw new ConfigError(
          `${path}.${field}`,
          showValue(value[field], secret),
          `is not a known field of ${path}`,
          renameFix(field, known, "fields"),
        );
      }
    }
    return new ConfigObject(path, value, secret);
  }

  /** Full key path of a field. */
  keyOf(field: string): string {
    return `${this.path}.${field}`;
  }

  /** A value rendered safely for embedding in a message. */
  show(value: unknown): string {
    return showValue(value, this.secret);
  }

  /** Throws a ConfigError about `field`, showing its current value unless told otherwise. */
  fail(field: string, problem: string, fix: string, value: unknown = this.fields[field]): never {
    throw new ConfigError(this.keyOf(field), this.show(value), problem, fix);
  }

  /** Throws: a required field is absent. */
  missing(field: string, fix: string): never {
    throw new ConfigError(this.keyOf(field), NOT_SET, "is required but not set", fix);
  }

  string(field: string, example: string): string | undefined {
    const value = this.fields[field];
    if (value === undefined || typeof value === "string") return value;
    return this.fail(field, "is not a string", `write it as a quoted string, e.g. ${example}`);
  }

  integer(field: string, example: number): number | undefined {
    const value = this.fields[field];
    if (value === undefined || (typeof value === "number" && Number.isInteger(value))) return value;
    if (typeof value === "string" && /^-?\d+$/.test(value.trim())) {
      return this.fail(field, "is a string, not an integer", `remove the quotes: ${value.trim()}`);
    }
    return this.fail(field, "is not an integer", `write a whole number without quotes, e.g. ${example}`);
  }

  boolean(field: string): boolean | undefined {
    const value = this.fields[field];
    if (value === undefined || typeof value === "boolean") return value;
    return this.fail(field, "is not a boolean", "write true or false without quotes");
  }

  object(field: string, known: readonly string[], example: string): ConfigObject | undefined {
    const value = this.fields[field];
    return value === undefined ? undefined : ConfigObject.of(this.keyOf(field), value, this.secret, known, example);
  }

  /** The whole object, for messages about it as a unit. */
  raw(): Record<string, unknown> {
    return this.fields;
  }
}

// ---------------------------------------------------------------------------------------------
// Value rules, exported for components that take the same values as args

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACCOUNT_ID = /^\d{12}$/;
// Country codes never start with 0; E.164 allows at most 15 digits.
const E164 = /^\+[1-9]\d{7,14}$/;
const NAME_PREFIX = /^[A-Za-z0-9_-](?:[A-Za-z0-9 _-]{0,38}[A-Za-z0-9_-])?$/;
const AWS_REGION = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;

/** Values CloudWatch Logs accepts for a retention policy (aws.cloudwatch.LogGroup `retentionInDays`, @pulumi/aws 7.48). */
export const LOG_RETENTION_DAYS: readonly number[] = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

/** Why `name` is not a valid S3 general purpose bucket name, or undefined if it is (AWS "Bucket naming rules"). */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return `is ${name.length} characters long, not 3–63`;
  if (!/^[a-z0-9.-]+$/.test(name)) return "has characters other than lowercase letters, digits, '.' and '-'";
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return "does not start and end with a lowercase letter or digit";
  if (name.includes("..")) return 'contains ".."';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return "is formatted as an IP address";
  const prefix = ["xn--", "sthree-", "amzn-s3-demo-"].find((p) => name.startsWith(p));
  if (prefix) return `starts with the reserved prefix "${prefix}"`;
  const suffix = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"].find((s) => name.endsWith(s));
  if (suffix) return `ends with the reserved suffix "${suffix}"`;
  return undefined;
}

/** The bucket name used when `participantAttributes.bucketName` is not set. */
export function participantAttributesBucketName(stack: string, accountId: string): string {
  return `geo-${stack}-attrs-${accountId}`;
}

/** How many numbers an E.164 range holds (inclusive); both ends must already be valid. */
export function didRangeSize(range: DidRange): bigint {
  return BigInt(range.end.slice(1)) - BigInt(range.start.slice(1)) + 1n;
}

/** Each DID becomes one DNIS of one IVR; keep the list reviewable and the IVR update small. */
export const MAX_DID_NUMBERS = 100;

// ---------------------------------------------------------------------------------------------
// Sections

const GENESYS_FIELDS = ["environment", "orgId", "archyPath", "lambdaTrustAccountId", "namePrefix"] as const;
const DOMAINS = GENESYS_ENVIRONMENTS.map((e) => e.domain);

function environmentFix(value: unknown): string {
  const known = `known: ${DOMAINS.join(", ")}`;
  if (typeof value !== "string") return `use one of the known domains (${known})`;
  // People paste URLs, API hosts or the provider's region code; map those to the domain.
  const cleaned = value
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^(api|login|apps)\./, "")
    .replace(/\/.*$/, "");
  const guess =
    findGenesysEnvironment(cleaned)?.domain ??
    GENESYS_ENVIRONMENTS.find((e) => e.providerRegion === cleaned)?.domain ??
    closestName(cleaned, DOMAINS);
  return guess ? `use "${guess}" (${known})` : `use the domain of your org's login URL (${known})`;
}

function parseGenesys(g: ConfigObject, stack: string): GenesysConfig {
  const environment =
    g.string("environment", '"mypurecloud.com"') ??
    g.missing("environment", `set it to the domain of your org's login URL, e.g. mypurecloud.com (known: ${DOMAINS.join(", ")})`);
  const env = findGenesysEnvironment(environment) ?? g.fail("environment", "is not a known Genesys Cloud environment", environmentFix(environment));

  const rawOrgId = g.string("orgId", '"32aa07aa-db1b-4987-abd0-9483601ec29d"');
  if (rawOrgId !== undefined && !UUID.test(rawOrgId)) {
    g.fail("orgId", "is not a UUID", "copy the Organization ID from Genesys Cloud Admin > Organization Settings (8-4-4-4-12 hex digits), or remove orgId to look it up at deploy time");
  }

  const archyPath = g.string("archyPath", '"/opt/archy/archy"') ?? "archy";
  if (archyPath.trim() === "" || /[\r\n]/.test(archyPath)) {
    g.fail("archyPath", "is not a usable path", 'give the Archy executable\'s path, or remove archyPath to use "archy" from PATH');
  }

  if (typeof g.raw().lambdaTrustAccountId === "number") {
    g.fail("lambdaTrustAccountId", "is a number", `quote it so leading zeros survive, e.g. "${env.lambdaTrustAccountId}"`);
  }
  const lambdaTrustAccountId = g.string("lambdaTrustAccountId", `"${env.lambdaTrustAccountId}"`) ?? env.lambdaTrustAccountId;
  if (!ACCOUNT_ID.test(lambdaTrustAccountId)) {
    g.fail("lambdaTrustAccountId", "is not a 12-digit AWS account id", `write 12 digits, or remove it to use Genesys' account for ${env.domain} (${env.lambdaTrustAccountId})`);
  }

  const prefixRule = "1–40 letters, digits, spaces, '-' or '_', not starting or ending with a space";
  const explicitPrefix = g.string("namePrefix", '"GEO Prod"');
  if (explicitPrefix !== undefined && !NAME_PREFIX.test(explicitPrefix)) {
    g.fail("namePrefix", "is not a valid name prefix", `use ${prefixRule}`);
  }
  if (explicitPrefix === undefined && !NAME_PREFIX.test(stack)) {
    g.fail("namePrefix", "(the stack name, used when namePrefix is not set) is not a valid name prefix", `set genesys.namePrefix to ${prefixRule}`, stack);
  }

  return {
    environment: env.domain,
    providerRegion: env.providerRegion,
    ...(rawOrgId !== undefined && { orgId: rawOrgId.toLowerCase() }),
    archyPath,
    lambdaTrustAccountId,
    namePrefix: explicitPrefix ?? stack,
  };
}

/** What a pipeline section sees besides its own object. */
export interface PipelineContext {
  readonly stack: string;
  readonly awsRegion: string;
  readonly genesys: GenesysConfig;
  /** The section's `enabled`; checks that only matter for a deployment run only when true. */
  readonly enabled: boolean;
}

/**
 * Parser of one optional pipeline key. Its object always has a required `enabled` boolean;
 * `fields` lists the others. `parse` runs even when disabled, so typos and bad values surface
 * before someone switches the pipeline on.
 */
export interface PipelineSection<T> {
  readonly fields: readonly string[];
  /** A short YAML-ish example for "write it as a map" fixes. */
  readonly example: string;
  /** Why the AWS resources must live in the Genesys org's region, when they must. */
  readonly sameRegionAsGenesys?: string;
  parse(section: ConfigObject, ctx: PipelineContext): T;
}

function parseDidRange(d: ConfigObject): DidRange {
  const read = (field: "start" | "end"): string => {
    const example = field === "start" ? "+13175550100" : "+13175550109";
    if (typeof d.raw()[field] === "number") {
      d.fail(field, "is a number, so its '+' is lost", `quote it: "${example}"`);
    }
    const value = d.string(field, `"${example}"`) ?? d.missing(field, `set it to an E.164 number, e.g. "${example}"`);
    if (!E164.test(value)) d.fail(field, "is not an E.164 number", `write it as + and 8–15 digits, e.g. ${example}`);
    return value;
  };
  const range = { start: read("start"), end: read("end") };
  if (range.start.length !== range.end.length) {
    d.fail("end", `has ${range.end.length - 1} digits but start ${d.show(range.start)} has ${range.start.length - 1}`, "use two numbers of the same length (same country and area code)");
  }
  const size = didRangeSize(range);
  if (size < 1n) d.fail("end", `is below start ${d.show(range.start)}`, "swap start and end");
  if (size > BigInt(MAX_DID_NUMBERS)) {
    d.fail("end", `makes a range of ${size} numbers, more than ${MAX_DID_NUMBERS}`, `each number becomes an IVR DNIS: narrow the range to at most ${MAX_DID_NUMBERS} numbers`);
  }
  return range;
}

function parseTrigger(t: ConfigObject): TriggerTiming {
  const ttl = t.integer("eventTtlSeconds", 60);
  const delay = t.integer("delayBySeconds", 120);
  if (ttl !== undefined && delay !== undefined) {
    t.fail("delayBySeconds", "is set together with eventTtlSeconds", "keep only one of them: Genesys rejects a trigger with both");
  }
  if (ttl !== undefined) {
    if (ttl < 10) t.fail("eventTtlSeconds", "is below 10", "use at least 10 seconds (the Genesys minimum)");
    return { eventTtlSeconds: ttl };
  }
  if (delay !== undefined) {
    if (delay < 60 || delay > 900) t.fail("delayBySeconds", "is outside 60–900", "use 60 to 900 seconds (the Genesys range)");
    return { delayBySeconds: delay };
  }
  throw new ConfigError(t.path, t.show(t.raw()), "sets neither eventTtlSeconds nor delayBySeconds", "set exactly one of them, e.g. eventTtlSeconds: 60, or remove trigger to use that default");
}

const participantAttributes: PipelineSection<ParticipantAttributesConfig> = {
  fields: ["bucketName", "didNumbers", "trigger", "objectExpirationDays", "logRetentionDays"],
  example: "{ enabled: true }",
  sameRegionAsGenesys: "Genesys invokes Lambda data actions only in its own region",
  parse(p, ctx) {
    const bucketName = p.string("bucketName", '"acme-geo-prod-attributes"');
    if (bucketName !== undefined) {
      const problem = bucketNameProblem(bucketName);
      if (problem) p.fail("bucketName", `${problem}, so it is not a valid S3 bucket name`, "follow the S3 bucket naming rules: 3–63 lowercase letters, digits, '.' or '-', starting and ending with a letter or digit");
    } else if (ctx.enabled) {
      const problem = bucketNameProblem(participantAttributesBucketName(ctx.stack, "123456789012"));
      if (problem) {
        const derived = participantAttributesBucketName(ctx.stack, "<account id>");
        p.fail("bucketName", `is not set, and the default name "${derived}" for stack "${ctx.stack}" ${problem}`, "set participantAttributes.bucketName to a valid S3 bucket name, e.g. acme-geo-attributes");
      }
    }

    const didObject = p.object("didNumbers", ["start", "end"], '{ start: "+13175550100", end: "+13175550109" }');
    const triggerObject = p.object("trigger", ["eventTtlSeconds", "delayBySeconds"], "{ eventTtlSeconds: 60 }");

    const objectExpirationDays = p.integer("objectExpirationDays", 365) ?? 365;
    if (objectExpirationDays < 1 || objectExpirationDays > 3650) {
      p.fail("objectExpirationDays", "is outside 1–3650", "use 1 to 3650 days");
    }

    const logRetentionDays = p.integer("logRetentionDays", 30) ?? 30;
    if (!LOG_RETENTION_DAYS.includes(logRetentionDays)) {
      const nearest = LOG_RETENTION_DAYS.find((d) => d >= logRetentionDays) ?? LOG_RETENTION_DAYS[LOG_RETENTION_DAYS.length - 1];
      p.fail("logRetentionDays", "is not a CloudWatch Logs retention value", `use ${nearest}, or another of ${LOG_RETENTION_DAYS.join(", ")}`);
    }

    return {
      ...(bucketName !== undefined && { bucketName }),
      ...(didObject && { didNumbers: parseDidRange(didObject) }),
      trigger: triggerObject ? parseTrigger(triggerObject) : { eventTtlSeconds: 60 },
      objectExpirationDays,
      logRetentionDays,
    };
  },
};

type PipelineKey = Exclude<keyof StackConfig, "stack" | "awsRegion" | "genesys">;

/** Every pipeline's section parser, by its key in the project namespace. */
export const PIPELINES: { readonly [K in PipelineKey]-?: PipelineSection<NonNullable<StackConfig[K]>> } = {
  participantAttributes,
};

/** The keys this program reads from its own namespace. */
export const PROJECT_KEYS: readonly string[] = ["genesys", ...Object.keys(PIPELINES)];

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
      throw new ConfigError(key, values.show(key), `uses "${namespace}" as a namespace`, `it belongs inside ${PROJECT}:${namespace}: pulumi config set --path ${PROJECT}:${namespace}.${name} <value>`);
    }
    if (namespace !== "" && distance(namespace, PROJECT) <= 3) {
      throw new ConfigError(key, values.show(key), `has namespace "${namespace}", not the project's`, `rename it to ${PROJECT}:${name}`);
    }
  }
}

function parseAwsRegion(values: RawValues, genesys: GenesysConfig): string {
  const key = "aws:region";
  const region = values.get(key);
  const matching = `${genesys.providerRegion}, the region of ${genesys.environment}`;
  if (region === undefined) throw new ConfigError(key, NOT_SET, "is required but not set", `pulumi config set aws:region ${matching}`);
  if (!AWS_REGION.test(region)) throw new ConfigError(key, values.show(key), "is not an AWS region code", `use a code like ${matching}`);
  return region;
}

function checkGenesysProvider(values: RawValues, genesys: GenesysConfig): void {
  const regionKey = "genesyscloud:awsRegion";
  const providerRegion = values.get(regionKey);
  if (providerRegion !== undefined && providerRegion !== genesys.providerRegion) {
    throw new ConfigError(regionKey, values.show(regionKey), `disagrees with genesys.environment ${genesys.environment}`, `remove it, or set it to ${genesys.providerRegion}`);
  }
  for (const [key, env] of [
    ["genesyscloud:oauthclientSecret", "GENESYSCLOUD_OAUTHCLIENT_SECRET"],
    ["genesyscloud:accessToken", "GENESYSCLOUD_ACCESS_TOKEN"],
  ]) {
    if (values.get(key) !== undefined && !values.isSecret(key)) {
      // Shown as [secret] even though it is stored in plain text: it is still a credential.
      throw new ConfigError(key, SECRET, "is stored in plain text", `remove it and run: pulumi config set --secret ${key} <value>, or set ${env} in the environment`);
    }
  }
}

function parsePipeline<T>(key: string, section: PipelineSection<T>, values: RawValues, base: Omit<PipelineContext, "enabled">): T | undefined {
  const object = values.object(key, ["enabled", ...section.fields], section.example);
  if (!object) return undefined;
  const enabled = object.boolean("enabled") ?? object.missing("enabled", "set enabled: true to deploy the pipeline, or enabled: false to keep it off");
  const parsed = section.parse(object, { ...base, enabled });
  if (!enabled) return undefined;
  if (section.sameRegionAsGenesys && base.awsRegion !== base.genesys.providerRegion) {
    throw new ConfigError("aws:region", values.show("aws:region"), `is not ${base.genesys.providerRegion}, the region of ${base.genesys.environment}, which ${key} needs: ${section.sameRegionAsGenesys}`, `set aws:region to ${base.genesys.providerRegion}, or genesys.environment to your org's actual environment`);
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
      throw new ConfigError(genesysKey, NOT_SET, "is required but not set", `add it to Pulumi.${stack}.yaml, e.g. pulumi config set --path ${genesysKey}.environment mypurecloud.com`);
    })();
  const genesys = parseGenesys(genesysObject, stack);
  const awsRegion = parseAwsRegion(raw, genesys);
  checkGenesysProvider(raw, genesys);

  const base = { stack, awsRegion, genesys };
  const pipelines: Record<string, unknown> = {};
  for (const [key, section] of Object.entries(PIPELINES) as [PipelineKey, PipelineSection<unknown>][]) {
    const parsed = parsePipeline(`${PROJECT}:${key}`, section, raw, base);
    if (parsed !== undefined) pipelines[key] = parsed;
  }
  return { stack, awsRegion, genesys, ...(pipelines as Pick<StackConfig, PipelineKey>) };
}
