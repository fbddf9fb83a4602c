/**
 * Bounded waiting for the trigger provider. Every wait is checked against one deadline per
 * operation, so a throttled or failing API ends in a clear error instead of a hung `pulumi up`.
 */

/** How long operations may take and how they back off. */
export interface TriggerTiming {
  /** Total time one create/read/update/delete may take, all retries and waits included. */
  readonly deadlineMs: number;
  /** How long create keeps retrying HTTP 400 (a just-published workflow is not visible at once). */
  readonly createRetryWindowMs: number;
  /** First backoff after a 5xx, connection error or version conflict; doubles per attempt. */
  readonly initialBackoffMs: number;
  /** Ceiling of one backoff. */
  readonly maxBackoffMs: number;
}

export const DEFAULT_TRIGGER_TIMING: TriggerTiming = {
  deadlineMs: 5 * 60_000,
  createRetryWindowMs: 2 * 60_000,
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
      readonly retryAfterMs?: number;
    }
  | { readonly ok: false; readonly kind: "network"; readonly message: string }
  /** The SDK refused before sending anything (e.g. a missing parameter): never retried. */
  | { readonly ok: false; readonly kind: "local"; readonly message: string };

export type CallFailure = Exclude<CallOutcome<unknown>, { ok: true }>;

/** Throttled or failed server side (or no answer at all): safe to retry an idempotent call. */
export function isTransient(failure: CallFailure): boolean {
  if (failure.kind === "network") return true;
  return failure.kind === "http" && (failure.status === 429 || failure.status >= 500);
}

/** The API's two ways of saying "your `version` is stale" (as the Terraform provider checks). */
export function isVersionConflict(failure: CallFailure): boolean {
  if (failure.kind !== "http") return false;
  return (
    failure.status === 409 ||
    (failure.status === 400 && /does not match the current version/i.test(failure.message))
  );
}

export function describeFailure(failure: CallFailure): string {
  if (failure.kind === "http") return `HTTP ${failure.status}: ${failure.message}`;
  return failure.kind === "network" ? `no HTTP response (${failure.message})` : failure.message;
}

/** One operation's deadline, attempt count and last failure, for the final error message. */
export interface RetryBudget {
  readonly what: string;
  readonly startedAt: number;
  readonly deadline: number;
  readonly timing: TriggerTiming;
  readonly clock: Clock;
  attempts: number;
  last?: CallFailure;
}

export function startBudget(what: string, timing: TriggerTiming, clock: Clock): RetryBudget {
  const startedAt = clock.now();
  return { what, startedAt, deadline: startedAt + timing.deadlineMs, timing, clock, attempts: 0 };
}

/** Exponential backoff with jitter, capped; `attempt` counts from 1. */
export function backoffMs(attempt: number, timing: TriggerTiming): number {
  const base = Math.min(
    timing.maxBackoffMs,
    timing.initialBackoffMs * 2 ** Math.max(0, attempt - 1),
  );
  return Math.round(base * (0.5 + Math.random() / 2));
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

/** Parses `Retry-After` as seconds (the form Genesys sends); undefined when absent or malformed. */
export function retryAfterMs(headers: unknown): number | undefined {
  if (!headers || typeof headers !== "object") return undefined;
  const raw = (headers as Record<string, unknown>)["retry-after"];
  const seconds = Number(Array.isArray(raw) ? raw[0] : raw);
  return raw !== undefined && raw !== null && raw !== "" && Number.isFinite(seconds) && seconds >= 0
    ? seconds * 1000
    : undefined;
}
