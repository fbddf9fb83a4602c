import {
  type CallFailure,
  type CallOutcome,
  type RetryBudget,
  describeFailure,
  isTransient,
  retryAfterMs,
  waitBeforeRetry,
} from "./retry";
import {
  CLIENT_ID_VAR,
  CLIENT_SECRET_VAR,
  type GenesysEndpoints,
  gatewayFromEnv,
  genesysEndpoints,
  readCredentials,
} from "./settings";

/**
 * The one Genesys Cloud API client of every deploy-time call: the trigger provider, the Archy
 * helper's flow lookup and delete, and the preflight. It speaks plain HTTPS through Node's global
 * `fetch` (Node ≥ 18), so it has no dependency to load inside a dynamic provider's closure or a
 * `node -e` script, and it keeps no state beyond one access token.
 */

/** One request; `path` starts with /api/v2/. */
export interface GenesysRequest {
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly body?: unknown;
}

export interface GenesysClient {
  /** The org's API base URL (for messages; it holds no secret). */
  readonly apiUrl: string;
  /** One attempt; never throws for an HTTP or network failure, which comes back as an outcome. */
  send<T>(request: GenesysRequest): Promise<CallOutcome<T>>;
  /**
   * Retries 429 (after Retry-After), 5xx and connection errors within the budget; `alsoRetry`
   * adds failures the caller knows are passing (e.g. 409 "flow locked"). Use only for idempotent calls.
   */
  call<T>(
    request: GenesysRequest,
    budget: RetryBudget,
    alsoRetry?: (failure: CallFailure) => boolean,
  ): Promise<CallOutcome<T>>;
}

export interface OpenClientOptions {
  /** Genesys Cloud environment, e.g. "mypurecloud.com". */
  readonly environment: string;
  /** Where credentials and gateway settings are read from; pass process.env at run time. */
  readonly env: NodeJS.ProcessEnv;
  /** Starts every message, e.g. "ProcessAutomationTrigger" or "archy-flow". */
  readonly who: string;
  /** Bounds the login's retries. */
  readonly budget: RetryBudget;
  /** One request may take this long before it counts as a connection failure. @default 30 s */
  readonly requestTimeoutMs?: number;
}

/** Maps a fetch rejection to a failure that names the cause (ECONNRESET, a timeout) and nothing else. */
export function networkFailure(error: unknown): CallFailure {
  const e = (error ?? {}) as {
    name?: unknown;
    message?: unknown;
    cause?: { code?: unknown; message?: unknown };
  };
  if (e.name === "TimeoutError" || e.name === "AbortError")
    return { ok: false, kind: "network", message: "request timed out" };
  const code = typeof e.cause?.code === "string" ? e.cause.code : undefined;
  const text =
    typeof e.cause?.message === "string"
      ? e.cause.message
      : typeof e.message === "string"
        ? e.message
        : "request failed";
  return { ok: false, kind: "network", message: code ? `${code}: ${text}` : text };
}

/** Maps a non-2xx response to a failure with the Genesys error message, code and Retry-After. */
export function httpFailure(status: number, headers: unknown, text: string): CallFailure {
  const body = parseJson(text);
  const field = (name: string) =>
    body && typeof body === "object" ? (body as Record<string, unknown>)[name] : undefined;
  const message = [
    field("message"),
    field("error_description"),
    field("description"),
    field("error"),
  ].find((v): v is string => typeof v === "string" && v !== "");
  const code = field("code");
  return {
    ok: false,
    kind: "http",
    status,
    message:
      message ?? (text.trim() !== "" && !body ? text.trim().slice(0, 500) : `HTTP ${status}`),
    ...(typeof code === "string" && { code }),
    retryAfterMs: retryAfterMs(headers),
  };
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function urlOf(base: string, request: GenesysRequest): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {}))
    if (value !== undefined) query.set(key, String(value));
  const search = query.toString();
  return `${base}${request.path}${search ? `?${search}` : ""}`;
}

async function exchange(
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<CallOutcome<unknown>> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    text = await response.text();
  } catch (error) {
    return networkFailure(error);
  }
  if (response.status >= 200 && response.status < 300) return { ok: true, value: parseJson(text) };
  return httpFailure(response.status, response.headers, text);
}

/**
 * Logs in with client credentials (retrying 429/5xx/connection errors within the budget) and
 * returns a client. A rejected login fails at once, naming the variables to check.
 */
export async function openGenesysClient(options: OpenClientOptions): Promise<GenesysClient> {
  const { clientId, clientSecret } = readCredentials(options.env, options.who);
  const endpoints: GenesysEndpoints = genesysEndpoints(
    options.environment,
    gatewayFromEnv(options.env),
  );
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const basic = Buffer.from(`${clientId}:${clientSecret}`).toString("base64");

  let token: string | undefined;
  for (;;) {
    const outcome = await exchange(
      `${endpoints.loginUrl}/oauth/token`,
      {
        method: "POST",
        headers: {
          Authorization: `Basic ${basic}`,
          "Content-Type": "application/x-www-form-urlencoded",
          Accept: "application/json",
        },
        body: "grant_type=client_credentials",
      },
      timeoutMs,
    );
    if (outcome.ok) {
      const value = outcome.value as { access_token?: unknown } | undefined;
      if (typeof value?.access_token !== "string" || value.access_token === "") {
        throw new Error(
          `${options.who}: Genesys login to ${options.environment} returned no access token.`,
        );
      }
      token = value.access_token;
      break;
    }
    if (!isTransient(outcome)) {
      throw new Error(
        `${options.who}: Genesys login to ${options.environment} failed (${describeFailure(outcome)}); ` +
          `check ${CLIENT_ID_VAR} and ${CLIENT_SECRET_VAR} and that the client uses the client-credentials grant.`,
      );
    }
    await waitBeforeRetry(options.budget, outcome);
  }
  const bearer = `Bearer ${token}`;

  const send = async <T>(request: GenesysRequest): Promise<CallOutcome<T>> => {
    const headers: Record<string, string> = { Authorization: bearer, Accept: "application/json" };
    if (request.body !== undefined) headers["Content-Type"] = "application/json";
    const init: RequestInit = { method: request.method, headers };
    if (request.body !== undefined) init.body = JSON.stringify(request.body);
    return (await exchange(urlOf(endpoints.apiUrl, request), init, timeoutMs)) as CallOutcome<T>;
  };

  return {
    apiUrl: endpoints.apiUrl,
    send,
    async call<T>(
      request: GenesysRequest,
      budget: RetryBudget,
      alsoRetry?: (failure: CallFailure) => boolean,
    ) {
      for (;;) {
        const outcome = await send<T>(request);
        if (outcome.ok || !(isTransient(outcome) || (alsoRetry?.(outcome) ?? false)))
          return outcome;
        await waitBeforeRetry(budget, outcome);
      }
    },
  };
}
