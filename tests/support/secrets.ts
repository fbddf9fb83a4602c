/**
 * Known secret values for the leak tests, the encodings a leak could take, and a search of any
 * JSON value that tells plain occurrences from ones inside Pulumi's secret wrapper.
 */
import { PROJECT } from "../../stacks/config/configObject";
import { isSecretValue } from "../../tools/mocks";
import type { ConfigEdit } from "./stackDump";

/** One known secret: where it is set and its distinctive plaintext. */
export interface KnownSecret {
  /** Where the value is set, for messages (the value itself is never printed). */
  readonly label: string;
  readonly value: string;
}

const NS = `${PROJECT}:negativeSentiment`;

/** Distinctive webhook id; the URL is the credential, and the id is its secret part. */
const WEBHOOK_ID = "5ec7e75e-c0de-4bad-beef-0123456789ab";

/** A webhook URL on `environment` that passes the config check. */
export function webhookUrl(environment: string): string {
  return `https://apps.${environment}/webhooks/api/v1/webhook/${WEBHOOK_ID}`;
}

/** The OAuth client secret; '+', '/' and '=' make its URL-encoded and base64 forms differ from it. */
export const OAUTH_CLIENT_SECRET = "GeoOauth+Secret/Value=7Kq2Zp9Lw4";
export const OAUTH_CLIENT_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
export const PROVIDER_CLIENT_SECRET = "GeoProviderClientSecret-Hv8Rt3Nq6Ys1";
export const PROVIDER_ACCESS_TOKEN = "GeoProviderAccessToken-Jm5Wd2Xc7Bf0";

/** Credentials in the environment of the process that plans, as the Genesys provider reads them. */
export const ENV_SECRETS = {
  GENESYSCLOUD_OAUTHCLIENT_ID: "GeoEnvClientId-Pz4Kd8Lr2Mv6",
  GENESYSCLOUD_OAUTHCLIENT_SECRET: "GeoEnvClientSecret-Qt7Hs1Nb5Xw9",
  GENESYSCLOUD_ACCESS_TOKEN: "GeoEnvAccessToken-Rw3Fj6Kc0Yg8",
} as const;

/** Other values for the same variables: a plan must not depend on which credentials are set. */
export const OTHER_ENV_SECRETS = {
  GENESYSCLOUD_OAUTHCLIENT_ID: "GeoOtherClientId-Ab1Cd2Ef3Gh4",
  GENESYSCLOUD_OAUTHCLIENT_SECRET: "GeoOtherClientSecret-Ij5Kl6Mn7Op8",
  GENESYSCLOUD_ACCESS_TOKEN: "GeoOtherAccessToken-Qr9St0Uv1Wx2",
} as const;

/** Every secret config value a stack can set, set to known plaintexts and marked secret. */
export function secretConfigEdits(environment: string): ConfigEdit[] {
  return [
    { key: NS, path: ["chatWebhookUrl"], value: webhookUrl(environment), secret: true },
    { key: NS, path: ["oauthClient", "id"], value: OAUTH_CLIENT_ID, secret: true },
    { key: NS, path: ["oauthClient", "secret"], value: OAUTH_CLIENT_SECRET, secret: true },
    {
      key: "genesyscloud:oauthclientSecret",
      path: [],
      value: PROVIDER_CLIENT_SECRET,
      secret: true,
    },
    { key: "genesyscloud:accessToken", path: [], value: PROVIDER_ACCESS_TOKEN, secret: true },
  ];
}

/** The secrets a stack planned with `secretConfigEdits(environment)` and ENV_SECRETS must never show. */
export function knownSecrets(environment: string): KnownSecret[] {
  return [
    { label: "negativeSentiment.chatWebhookUrl", value: webhookUrl(environment) },
    { label: "negativeSentiment.chatWebhookUrl's webhook id", value: WEBHOOK_ID },
    { label: "negativeSentiment.oauthClient.secret", value: OAUTH_CLIENT_SECRET },
    { label: "genesyscloud:oauthclientSecret", value: PROVIDER_CLIENT_SECRET },
    { label: "genesyscloud:accessToken", value: PROVIDER_ACCESS_TOKEN },
    ...Object.entries(ENV_SECRETS).map(([name, value]) => ({ label: `env ${name}`, value })),
  ];
}

/**
 * The forms a secret could leak in: as is, JSON-escaped, URL-encoded, hex, and base64 and base64url
 * at each of the three byte alignments it could have inside a longer encoded text (only the
 * characters that depend on the secret alone are kept).
 */
export function encodings(secret: string): { form: string; text: string }[] {
  const bytes = Buffer.from(secret, "utf8");
  const forms = [
    { form: "plain", text: secret },
    { form: "JSON-escaped", text: JSON.stringify(secret).slice(1, -1) },
    { form: "URL-encoded", text: encodeURIComponent(secret) },
    { form: "hex", text: bytes.toString("hex") },
  ];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64");
    const start = Math.ceil((offset * 4) / 3);
    const end = Math.floor(((offset + bytes.length) * 8) / 6);
    const core = encoded.slice(start, end);
    forms.push({ form: `base64 (offset ${offset})`, text: core });
    forms.push({
      form: `base64url (offset ${offset})`,
      text: core.replace(/\+/g, "-").replace(/\//g, "_"),
    });
  }
  const seen = new Set<string>();
  return forms.filter((f) => !seen.has(f.text) && seen.add(f.text));
}

/** Where a secret was found: which one, in which form, at which path, and whether inside a secret wrapper. */
export interface Finding {
  readonly secret: string;
  readonly form: string;
  readonly path: string;
  readonly wrapped: boolean;
}

/** Searches every string (and object key) of a JSON value for every form of every secret. */
export function findSecrets(
  value: unknown,
  secrets: readonly KnownSecret[],
  at = "",
  wrapped = false,
): Finding[] {
  const findings: Finding[] = [];
  const searchText = (text: string, where: string, inWrapper: boolean) => {
    for (const s of secrets) {
      for (const { form, text: needle } of encodings(s.value)) {
        if (text.includes(needle))
          findings.push({ secret: s.label, form, path: where, wrapped: inWrapper });
      }
    }
  };
  if (isSecretValue(value)) return findSecrets(value.value, secrets, at, true);
  if (typeof value === "string") searchText(value, at, wrapped);
  else if (Array.isArray(value))
    value.forEach((item, i) =>
      findings.push(...findSecrets(item, secrets, `${at}[${i}]`, wrapped)),
    );
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const where = at ? `${at}.${k}` : k;
      searchText(k, `${where} (key)`, wrapped);
      findings.push(...findSecrets(v, secrets, where, wrapped));
    }
  }
  return findings;
}

/** Findings as text for an assertion message: labels, forms and paths only, never the values. */
export function describeFindings(findings: readonly Finding[]): string {
  return findings
    .map((f) => `  ${f.secret} (${f.form}) at ${f.path}${f.wrapped ? " [inside a secret]" : ""}`)
    .join("\n");
}
