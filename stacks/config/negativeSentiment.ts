/** The negative-sentiment callback pipeline section (`genesys-event-orchestration:negativeSentiment`). */
import {
  acknowledgementTextProblem,
  DEFAULT_ACKNOWLEDGEMENT_TEXT,
  DEFAULT_CALLBACK_DELAY_MINUTES,
  DEFAULT_SENTIMENT_THRESHOLD,
  MAX_ACKNOWLEDGEMENT_LENGTH,
  MAX_CALLBACK_DELAY_MINUTES,
  MAX_THRESHOLD_DECIMALS,
} from "../../components/negativeSentimentRules";
import { ConfigError, ConfigObject, SECRET } from "./configObject";
import type { PipelineContext, PipelineSection } from "./pipeline";
import {
  E164_RULE,
  GENESYS_NAME_RULE,
  genesysNameProblem,
  isE164,
  UUID,
  UUID_PATTERN_SOURCE,
} from "./rules";

/**
 * A Genesys object the pipeline uses: an existing one by id or by name (looked up at deploy
 * time), or one the stack creates.
 */
export type GenesysObjectRef =
  | { readonly id: string }
  | { readonly name: string }
  | { readonly create: { readonly name: string } };

/** An OAuth client someone else manages, used instead of the one the pipeline creates. */
export interface ExistingOAuthClient {
  readonly id: string;
  readonly secret: string;
}

/** The negative-sentiment callback pipeline (`genesys-event-orchestration:negativeSentiment`). */
export interface NegativeSentimentConfig {
  /** E.164 number the acknowledgement SMS is sent from. */
  readonly smsNumber: string;
  /** The queue scheduled callbacks go to. */
  readonly callbackQueue: GenesysObjectRef;
  /** The wrap-up code that marks a call for the pipeline. */
  readonly wrapupCode: GenesysObjectRef;
  /** A call is negative when its sentiment score (API scale -1..1) is below this. */
  readonly sentimentThreshold: number;
  /** Minutes after the workflow runs that the callback is scheduled for. */
  readonly callbackDelayMinutes: number;
  /** The SMS text the customer receives. */
  readonly acknowledgementText: string;
  /** Genesys chat-room webhook; absent means supervisors are not notified by chat. */
  readonly chatWebhookUrl?: string;
  /** Bring-your-own OAuth client; absent means the pipeline creates one with a least-privilege role. */
  readonly oauthClient?: ExistingOAuthClient;
  /**
   * Division the created client's role is granted in (a UUID, or "*" for every division); absent
   * means the home division. Callbacks and conversations are division-scoped, so an org whose
   * supervisors' queue lives in another division needs that division here.
   */
  readonly divisionId?: string;
}

/**
 * What the offline plan puts in place of a `secure:` value it cannot decrypt
 * (tools/stackFile.ts `offlineSecretPlaceholder`); accepted only where a secret is expected.
 */
const OFFLINE_SECRET_PLACEHOLDER = /^\[offline placeholder for secret [^\]\r\n]+\]$/;

const REF_EXAMPLE =
  '{ name: "Supervisor Callbacks" }, { id: "<uuid>" } or { create: { name: "Supervisor Callbacks" } }';

function parseRef(
  p: ConfigObject,
  field: string,
  enabled: boolean,
  what: string,
): GenesysObjectRef | undefined {
  const ref = p.object(field, ["id", "name", "create"], REF_EXAMPLE);
  if (!ref) {
    return enabled ? p.missing(field, `say which ${what} to use: ${REF_EXAMPLE}`) : undefined;
  }
  const given = ["id", "name", "create"].filter((f) => ref.raw()[f] !== undefined);
  if (given.length !== 1) {
    throw new ConfigError(
      ref.path,
      ref.show(ref.raw()),
      given.length === 0 ? "sets none of id, name, create" : `sets ${given.join(" and ")}`,
      `set exactly one: ${REF_EXAMPLE}`,
    );
  }
  const name = (r: ConfigObject, key: string): string => {
    const value =
      r.string(key, '"Supervisor Callbacks"') ?? r.missing(key, `give the ${what}'s name`);
    if (genesysNameProblem(value)) r.fail(key, "is not a usable name", `use ${GENESYS_NAME_RULE}`);
    return value;
  };
  if (given[0] === "id") {
    const id = ref.string("id", '"32aa07aa-db1b-4987-abd0-9483601ec29d"') as string;
    if (!UUID.test(id))
      ref.fail(
        "id",
        "is not a UUID",
        `copy the ${what}'s id from Genesys (8-4-4-4-12 hex digits), or use { name: ... } to look it up`,
      );
    return { id: id.toLowerCase() };
  }
  if (given[0] === "name") return { name: name(ref, "name") };
  const create = ref.object("create", ["name"], '{ name: "Supervisor Callbacks" }') as ConfigObject;
  return { create: { name: name(create, "name") } };
}

function parseThreshold(p: ConfigObject): number {
  const value = p.raw().sentimentThreshold;
  if (value === undefined) return DEFAULT_SENTIMENT_THRESHOLD;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    const unquoted = typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim());
    return p.fail(
      "sentimentThreshold",
      unquoted ? "is a string, not a number" : "is not a number",
      unquoted
        ? `remove the quotes: ${value.trim()}`
        : "write a number from the API's scale -1..1, e.g. -0.25",
    );
  }
  if (value <= -1 || value >= 1) {
    const scaled =
      Math.abs(value) <= 100 && Math.abs(value) >= 1
        ? ` (Genesys shows -100..100; the API ${value / 100})`
        : "";
    p.fail(
      "sentimentThreshold",
      `is outside the API's sentiment scale -1..1${scaled}`,
      "use a number above -1 and below 1; 0 marks every call whose score is below neutral as negative",
    );
  }
  if (!Number.isInteger(Number((value * 10 ** MAX_THRESHOLD_DECIMALS).toFixed(6)))) {
    p.fail(
      "sentimentThreshold",
      `has more than ${MAX_THRESHOLD_DECIMALS} decimal places`,
      `round it, e.g. ${value.toFixed(MAX_THRESHOLD_DECIMALS)}`,
    );
  }
  return value === 0 ? 0 : value; // -0 would render as "0" anyway; keep the value canonical
}

function parseAcknowledgement(p: ConfigObject): string {
  const text =
    p.string("acknowledgementText", '"Thanks for your call: a team lead will call you back."') ??
    DEFAULT_ACKNOWLEDGEMENT_TEXT;
  const problem = acknowledgementTextProblem(text);
  if (problem) {
    p.fail(
      "acknowledgementText",
      problem,
      `write the SMS the customer receives on one line, at most ${MAX_ACKNOWLEDGEMENT_LENGTH} characters, without double quotes or backslashes; or remove the field to use the default`,
    );
  }
  return text;
}

const WEBHOOK_PATH = new RegExp(`^/webhooks/api/v1/webhook/${UUID_PATTERN_SOURCE}$`, "i");

/** Why `url` is not a Genesys chat-room webhook URL of `environment`, or undefined. */
export function chatWebhookUrlProblem(url: string, environment: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "is not a URL";
  }
  if (parsed.protocol !== "https:") return "is not an https URL";
  if (parsed.username || parsed.password) return "carries a user name or password";
  if (parsed.hostname !== `apps.${environment}`)
    return `is not on apps.${environment}, the webhook host of genesys.environment`;
  if (!WEBHOOK_PATH.test(parsed.pathname)) {
    return "does not have the path /webhooks/api/v1/webhook/<id>";
  }
  if (parsed.search || parsed.hash) return "has a query or fragment";
  return undefined;
}

/** A value that must be stored as a Pulumi secret: checks the section is secret, then returns it. */
function secretString(
  p: ConfigObject,
  owner: ConfigObject,
  field: string,
  example: string,
): string | undefined {
  const value = owner.raw()[field];
  if (value === undefined) return undefined;
  if (!p.secret) {
    throw new ConfigError(
      owner.keyOf(field),
      SECRET,
      "is stored in plain text",
      `remove it and run: pulumi config set --secret --path ${owner.keyOf(field)} ${example}`,
    );
  }
  if (typeof value !== "string" || value.trim() === "")
    owner.fail(field, "is not a non-empty string", `write it as a quoted string, e.g. ${example}`);
  return value as string;
}

function parseChatWebhook(p: ConfigObject, ctx: PipelineContext): string | undefined {
  const url = secretString(
    p,
    p,
    "chatWebhookUrl",
    `https://apps.${ctx.genesys.environment}/webhooks/api/v1/webhook/<id>`,
  );
  if (url === undefined || OFFLINE_SECRET_PLACEHOLDER.test(url)) return url;
  const problem = chatWebhookUrlProblem(url, ctx.genesys.environment);
  if (problem) {
    p.fail(
      "chatWebhookUrl",
      problem,
      `copy the URL of the chat room's webhook integration (Admin > Integrations), e.g. https://apps.${ctx.genesys.environment}/webhooks/api/v1/webhook/<id>; remove it to skip the chat notification`,
    );
  }
  return url;
}

function parseOAuthClient(p: ConfigObject): ExistingOAuthClient | undefined {
  const client = p.object(
    "oauthClient",
    ["id", "secret"],
    '{ id: "<client id>", secret: "<client secret>" }',
  );
  if (!client) return undefined;
  const id =
    client.string("id", '"32aa07aa-db1b-4987-abd0-9483601ec29d"') ??
    client.missing(
      "id",
      "give the OAuth client's id, or remove oauthClient to let the pipeline create one",
    );
  if (!UUID.test(id))
    client.fail(
      "id",
      "is not a UUID",
      "copy the client id from Admin > Integrations > OAuth (8-4-4-4-12 hex digits)",
    );
  const secret =
    secretString(p, client, "secret", "<client secret>") ??
    client.missing(
      "secret",
      `set it as a secret: pulumi config set --secret --path ${client.keyOf("secret")} <client secret>`,
    );
  return { id: id.toLowerCase(), secret };
}

function parseDivisionId(p: ConfigObject, bringsOwnClient: boolean): string | undefined {
  const id = p.string("divisionId", '"32aa07aa-db1b-4987-abd0-9483601ec29d"');
  if (id === undefined) return undefined;
  if (id !== "*" && !UUID.test(id)) {
    p.fail(
      "divisionId",
      'is neither a division id (UUID) nor "*"',
      'copy the id of the division that holds the callback queue and its conversations (Admin > Divisions), "*" for every division, or remove it for the home division',
    );
  }
  if (bringsOwnClient) {
    p.fail(
      "divisionId",
      "is set with oauthClient, whose roles are managed elsewhere",
      "grant that client's role in the division yourself and remove divisionId, or remove oauthClient to let the pipeline create the client",
    );
  }
  return id === "*" ? id : id.toLowerCase();
}

export const negativeSentiment: PipelineSection<NegativeSentimentConfig> = {
  fields: [
    "smsNumber",
    "callbackQueue",
    "wrapupCode",
    "sentimentThreshold",
    "callbackDelayMinutes",
    "acknowledgementText",
    "chatWebhookUrl",
    "oauthClient",
    "divisionId",
  ],
  example:
    '{ enabled: true, smsNumber: "+13175550199", callbackQueue: { name: "Supervisor Callbacks" }, wrapupCode: { name: "Negative Sentiment" } }',
  parse(p, ctx) {
    if (typeof p.raw().smsNumber === "number")
      p.fail("smsNumber", "is a number, so its '+' is lost", 'quote it: "+13175550199"');
    const smsNumber = p.string("smsNumber", '"+13175550199"');
    if (smsNumber !== undefined && !isE164(smsNumber)) {
      p.fail(
        "smsNumber",
        "is not an E.164 number",
        `write the SMS number your org bought as ${E164_RULE}, e.g. +13175550199`,
      );
    }
    if (smsNumber === undefined && ctx.enabled)
      p.missing("smsNumber", 'set the E.164 number the SMS is sent from, e.g. "+13175550199"');

    const callbackQueue = parseRef(p, "callbackQueue", ctx.enabled, "callback queue");
    const wrapupCode = parseRef(p, "wrapupCode", ctx.enabled, "wrap-up code");
    const sentimentThreshold = parseThreshold(p);

    const callbackDelayMinutes =
      p.integer("callbackDelayMinutes", DEFAULT_CALLBACK_DELAY_MINUTES) ??
      DEFAULT_CALLBACK_DELAY_MINUTES;
    if (callbackDelayMinutes < 0 || callbackDelayMinutes > MAX_CALLBACK_DELAY_MINUTES) {
      p.fail(
        "callbackDelayMinutes",
        `is outside 0–${MAX_CALLBACK_DELAY_MINUTES}`,
        `use 0 (call back now) to ${MAX_CALLBACK_DELAY_MINUTES} minutes (a day)`,
      );
    }

    const acknowledgementText = parseAcknowledgement(p);
    const chatWebhookUrl = parseChatWebhook(p, ctx);
    const oauthClient = parseOAuthClient(p);
    const divisionId = parseDivisionId(p, oauthClient !== undefined);

    return {
      // Only a disabled section reaches here without these; its result is discarded.
      smsNumber: smsNumber ?? "",
      callbackQueue: callbackQueue ?? { name: "" },
      wrapupCode: wrapupCode ?? { name: "" },
      sentimentThreshold,
      callbackDelayMinutes,
      acknowledgementText,
      ...(chatWebhookUrl !== undefined && { chatWebhookUrl }),
      ...(oauthClient && { oauthClient }),
      ...(divisionId !== undefined && { divisionId }),
    };
  },
};
