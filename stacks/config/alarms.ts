/** The alarm notifications section (`genesys-event-orchestration:alarms`). */
import { ConfigError, ConfigObject, SECRET } from "./configObject";

/** Where alarm notifications go. Absent key: alarms on, no subscription (the topic only). */
export interface AlarmsConfig {
  /** Alarms and their topic are created. */
  readonly enabled: boolean;
  /** An address subscribed by email; AWS mails it a confirmation link first. */
  readonly email?: string;
  /** An https webhook subscribed to the topic; a secret (webhook URLs usually carry a token). */
  readonly httpsEndpoint?: string;
}

export const ALARMS_FIELDS = ["enabled", "email", "httpsEndpoint"] as const;
export const ALARMS_EXAMPLE = '{ enabled: true, email: "oncall@example.com" }';
export const DEFAULT_ALARMS: AlarmsConfig = { enabled: true };

/** One address, as SNS email subscriptions take it; deliberately simple, as AWS only mails it. */
const EMAIL = /^[^\s@<>(),;:"[\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** Why `url` cannot be an SNS https endpoint, or undefined. */
export function httpsEndpointProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "is not a URL";
  }
  if (parsed.protocol !== "https:") return "is not an https URL";
  if (parsed.hostname === "") return "has no host";
  return undefined;
}

/** Parses the section; `undefined` (key absent) means the defaults. Throws ConfigError naming the field. */
export function parseAlarms(section: ConfigObject | undefined): AlarmsConfig {
  if (!section) return DEFAULT_ALARMS;
  const enabled = section.boolean("enabled") ?? true;
  const email = section.string("email", '"oncall@example.com"');
  if (email !== undefined && !EMAIL.test(email)) {
    section.fail(
      "email",
      "is not an email address",
      'write one address, e.g. "oncall@example.com", or remove it',
    );
  }
  const url = section.raw().httpsEndpoint;
  let httpsEndpoint: string | undefined;
  if (url !== undefined) {
    const key = section.keyOf("httpsEndpoint");
    if (!section.secret) {
      throw new ConfigError(
        key,
        SECRET,
        "is stored in plain text",
        `webhook URLs carry tokens: remove it and run pulumi config set --secret --path ${key} https://<your webhook>`,
      );
    }
    if (typeof url !== "string")
      section.fail("httpsEndpoint", "is not a string", "write the webhook URL as a quoted string");
    const problem = httpsEndpointProblem(url as string);
    if (problem)
      section.fail(
        "httpsEndpoint",
        problem,
        "use the https:// URL of a webhook that confirms SNS subscriptions (https://docs.aws.amazon.com/sns/latest/dg/sns-http-https-endpoint-as-subscriber.html)",
      );
    httpsEndpoint = url as string;
  }
  return {
    enabled,
    ...(email !== undefined && { email }),
    ...(httpsEndpoint !== undefined && { httpsEndpoint }),
  };
}
