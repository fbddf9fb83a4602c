import {
  type CallOutcome,
  type RetryBudget,
  isTransient,
  retryAfterMs,
  waitBeforeRetry,
  describeFailure,
} from "./retry";

/**
 * A logged-in Genesys API session for one provider operation, over the official SDK.
 * Nothing here is created at module load: the SDK is required inside `openSession` because a
 * top-level import breaks Pulumi's closure serialization (toolchain notes, gotcha 8).
 */

/** The part of the SDK's `ProcessAutomationApi` the provider uses. */
export interface TriggersApi {
  postProcessautomationTriggers(body: unknown): Promise<unknown>;
  getProcessautomationTrigger(triggerId: string): Promise<unknown>;
  getProcessautomationTriggers(opts: Record<string, unknown>): Promise<unknown>;
  putProcessautomationTrigger(triggerId: string, body: unknown): Promise<unknown>;
  deleteProcessautomationTrigger(triggerId: string): Promise<unknown>;
}

export interface GenesysSession {
  /** Runs one SDK call; resolves with the response body or a failure stripped of request details. */
  call<T>(run: (api: TriggersApi) => Promise<unknown>): Promise<CallOutcome<T>>;
}

/** Gateway settings for the SDK's `setGateway`, as the SDK's `GatewayConfiguration` has them. */
export interface GatewaySettings {
  host: string;
  protocol?: string;
  port?: number;
  path_params_login?: string;
  path_params_api?: string;
}

export const CLIENT_ID_VAR = "GENESYSCLOUD_OAUTHCLIENT_ID";
export const CLIENT_SECRET_VAR = "GENESYSCLOUD_OAUTHCLIENT_SECRET";

/** Reads the OAuth client from the environment, the variables the Genesys Terraform provider reads. */
export function readCredentials(env: NodeJS.ProcessEnv): {
  clientId: string;
  clientSecret: string;
} {
  const clientId = env[CLIENT_ID_VAR];
  const clientSecret = env[CLIENT_SECRET_VAR];
  if (!clientId || !clientSecret) {
    const missing = [
      !clientId ? CLIENT_ID_VAR : undefined,
      !clientSecret ? CLIENT_SECRET_VAR : undefined,
    ]
      .filter(Boolean)
      .join(" and ");
    throw new Error(
      `ProcessAutomationTrigger: ${missing} not set. Export ${CLIENT_ID_VAR} and ${CLIENT_SECRET_VAR} ` +
        `(a client-credentials OAuth client with the process-automation scope) in the environment that runs pulumi.`,
    );
  }
  return { clientId, clientSecret };
}

/**
 * The gateway from the Terraform provider's variables GENESYSCLOUD_GATEWAY_HOST/PORT/PROTOCOL and
 * its single GENESYSCLOUD_GATEWAY_PATH_NAME ("login" or "api") / _PATH_VALUE pair; undefined without a host.
 */
export function gatewayFromEnv(env: NodeJS.ProcessEnv): GatewaySettings | undefined {
  const host = env.GENESYSCLOUD_GATEWAY_HOST;
  if (!host) return undefined;
  const gateway: GatewaySettings = { host };
  if (env.GENESYSCLOUD_GATEWAY_PROTOCOL) gateway.protocol = env.GENESYSCLOUD_GATEWAY_PROTOCOL;
  if (env.GENESYSCLOUD_GATEWAY_PORT) {
    const port = Number(env.GENESYSCLOUD_GATEWAY_PORT);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) {
      throw new Error(
        `GENESYSCLOUD_GATEWAY_PORT: "${env.GENESYSCLOUD_GATEWAY_PORT}" is invalid; use a port number from 1 to 65535, or unset it.`,
      );
    }
    gateway.port = port;
  }
  const pathName = env.GENESYSCLOUD_GATEWAY_PATH_NAME;
  const pathValue = env.GENESYSCLOUD_GATEWAY_PATH_VALUE;
  if (pathName && pathValue) {
    if (pathName === "login") gateway.path_params_login = pathValue;
    else if (pathName === "api") gateway.path_params_api = pathValue;
    else
      throw new Error(
        `GENESYSCLOUD_GATEWAY_PATH_NAME: "${pathName}" is invalid; use "login" or "api".`,
      );
  }
  return gateway;
}

/** Maps anything the SDK rejects with to a failure holding only status, message and Retry-After. */
export function toFailure(error: unknown): Exclude<CallOutcome<never>, { ok: true }> {
  // The SDK rejects with untyped objects of several shapes; each field is checked before use.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const e = (error ?? {}) as Record<string, any>;
  // Extended responses reject with {status, headers, body}; login rejects with the raw axios error.
  const status: unknown = e.status ?? e.response?.status;
  const headers = e.headers ?? e.response?.headers;
  const body = e.body ?? e.response?.data;
  if (typeof status === "number" && status > 0) {
    const message =
      (body &&
        typeof body === "object" &&
        (body.message ?? body.error_description ?? body.description ?? body.error)) ||
      (typeof body === "string" && body) ||
      `HTTP ${status}`;
    return {
      ok: false,
      kind: "http",
      status,
      message: String(message),
      retryAfterMs: retryAfterMs(headers),
    };
  }
  if (typeof error === "string") return { ok: false, kind: "local", message: error };
  const code = typeof e.code === "string" ? e.code : undefined;
  const text =
    typeof e.message === "string"
      ? e.message
      : typeof error === "string"
        ? error
        : "request failed";
  return { ok: false, kind: "network", message: code ? `${code}: ${text}` : text };
}

/**
 * Logs in with client credentials on a fresh ApiClient (not the SDK's shared singleton) and
 * returns a session. Login is retried on 429/5xx/connection errors within the budget.
 */
export async function openSession(
  environment: string,
  env: NodeJS.ProcessEnv,
  budget: RetryBudget,
): Promise<GenesysSession> {
  const { clientId, clientSecret } = readCredentials(env);
  const gateway = gatewayFromEnv(env);
  const platformClient = require("purecloud-platform-client-v2");
  // `new ApiClientClass()` only becomes the singleton if none exists yet; each operation gets its own.
  const client = new platformClient.ApiClientClass();
  // The SDK logs request headers (the bearer token) when a user's SDK config file turns logging on.
  client.config.live_reload_config = false;
  client.config.logger.log_level = client.config.logger.logLevelEnum.level.LNone;
  client.setEnvironment(environment);
  if (gateway) client.setGateway(gateway);
  client.setReturnExtendedResponses(true);

  for (;;) {
    try {
      await client.loginClientCredentialsGrant(clientId, clientSecret);
      break;
    } catch (error) {
      const failure = toFailure(error);
      if (!isTransient(failure)) {
        throw new Error(
          `ProcessAutomationTrigger: Genesys login to ${environment} failed (${describeFailure(failure)}); ` +
            `check ${CLIENT_ID_VAR} and ${CLIENT_SECRET_VAR} and that the client uses the client-credentials grant.`,
        );
      }
      await waitBeforeRetry(budget, failure);
    }
  }

  const api: TriggersApi = new platformClient.ProcessAutomationApi(client);
  return {
    async call<T>(run: (api: TriggersApi) => Promise<unknown>): Promise<CallOutcome<T>> {
      try {
        const response = (await run(api)) as { body?: unknown } | undefined;
        return { ok: true, value: response?.body as T };
      } catch (error) {
        return toFailure(error);
      }
    },
  };
}
