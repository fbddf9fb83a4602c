/**
 * The one retry policy of every deploy-time Genesys call: 429 after its Retry-After, 5xx and
 * connection errors after a bounded, jittered exponential backoff, everything within one deadline
 * per operation, so a throttled or failing API ends in a clear error instead of a hung deploy.
 *
 * Runtime-neutral: no Pulumi, no SDK, only the language. The trigger provider's closure, the
 * preflight and the bundled Archy helper script all load it.
 */

/** How long one operation may take and how it backs off. */
export interface RetryPolicy {
  /** Total time one operation may take, all retries and waits included. */
  readonly deadlineMs: number;
  /** First backoff after a 5xx or connection error; doubles per attempt. */
  readonly initialBackoffMs: number;
  /** Ceiling of one backoff. */
  readonly maxBackoffMs: number;
}

/** Five minutes bounds a throttled org without hanging a deploy; 30 s caps one wait. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  deadlineMs: 5 * 60_000,
  initialBackoffMs: 1_000,
  maxBackoffMs: 30_000,
};

/** Time source and sleep; tests pass a virtual clock so no test waits for real. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export function systemClock(): Clock {
  return {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/** What one API call came back with, with nothing from the request (no token) kept. */
export type CallOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly kind: "http";
      readonly status: number;
      readonly message: string;
      /** The Genesys error `code` (e.g. "bad.request"), when the body has one. */
      readonly code?: string;
      readonly retryAfterMs?: number;
    }
  | { readonly ok: false; readonly kind: "network"; readonly message: string }
  /** Refused before anything was sent (e.g. a missing parameter): never retried. */
  | { readonly ok: false; readonly kind: "local"; readonly message: string };

export type CallFailure = Exclude<CallOutcome<unknown>, { ok: true }>;

/** Throttled or failed server side (or no answer at all): safe to retry an idempotent call. */
export function isTransient(failure: CallFailure): boolean {
  if (failure.kind === "network") return true;
  return failure.kind === "http" && (failure.status === 429 || failure.status >= 500);
}

/** The one way every caller prints a failure. */
export function describeFailure(failure: CallFailure): string {
  if (failure.kind === "http") return `HTTP ${failure.status}: ${failure.message}`;
  return failure.kind === "network" ? `no HTTP response (${failure.message})` : failure.message;
}

/** One operation's deadline, attempt count and last failure, for the final error message. */
export interface RetryBudget<P extends RetryPolicy = RetryPolicy> {
  /** What the operation is, e.g. `delete flow 1234`; every error message starts with it. */
  readonly what: string;
  readonly startedAt: number;
  readonly deadline: number;
  readonly timing: P;
  readonly clock: Clock;
  attempts: number;
  last?: CallFailure;
}

export function startBudget<P extends RetryPolicy>(
  what: string,
  timing: P,
  clock: Clock,
): RetryBudget<P> {
  const startedAt = clock.now();
  return { what, startedAt, deadline: startedAt + timing.deadlineMs, timing, clock, attempts: 0 };
}

/**
 * Exponential backoff with "equal jitter" (half fixed, half random), capped; `attempt` counts
 * from 1. Jitter keeps parallel deploys against one org from retrying in lock step.
 */
export function backoffMs(
  attempt: number,
  timing: RetryPolicy,
  random: () => number = Math.random,
): number {
  const base = Math.min(
    timing.maxBackoffMs,
    timing.initialBackoffMs * 2 ** Math.max(0, attempt - 1),
  );
  return Math.round(base * (0.5 + random() / 2));
}

/**
 * Waits before the next attempt after `failure`: Retry-After when the API sent one, else backoff.
 * Throws instead when the wait would pass the deadline.
 */
export async function waitBeforeRetry(budget: RetryBudget, failure: CallFailure): Promise<void> {
  budget.attempts += 1;
  budget.last = failure;
  const retryAfter = failure.kind === "http" ? failure.retryAfterMs : undefined;
  const wait = retryAfter ?? backoffMs(budget.attempts, budget.timing);
  if (budget.clock.now() + wait > budget.deadline) throw deadlineError(budget);
  await budget.clock.sleep(wait);
}

export function deadlineError(budget: RetryBudget): Error {
  const seconds = Math.round(budget.timing.deadlineMs / 1000);
  const last = budget.last ? `; last failure: ${describeFailure(budget.last)}` : "";
  return new Error(
    `${budget.what}: gave up after ${budget.attempts} failed attempt(s) within the ${seconds}s deadline${last}. ` +
      `Retry later; if Genesys is throttling (HTTP 429), reduce parallel deployments against this org.`,
  );
}

/** The error for an answer that retrying cannot change, in the one format every caller uses. */
export function permanentError(what: string, failure: CallFailure, hint = ""): Error {
  return new Error(
    `${what}: Genesys answered ${describeFailure(failure)}${hint ? `. ${hint}` : ""}`,
  );
}

/**
 * Parses `Retry-After`: delay-seconds (what Genesys sends) or an HTTP-date (RFC 9110 §10.2.3);
 * undefined when absent or malformed. Headers may be a Fetch `Headers` or a plain object.
 */
export function retryAfterMs(headers: unknown, nowMs: number = Date.now()): number | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  const get = (headers as { get?: unknown }).get;
  const raw: unknown =
    typeof get === "function"
      ? get.call(headers, "retry-after")
      : (headers as Record<string, unknown>)["retry-after"];
  const text = String(Array.isArray(raw) ? raw[0] : (raw ?? "")).trim();
  if (text === "") return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
