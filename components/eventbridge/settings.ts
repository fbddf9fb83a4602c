/** Fixed settings and derivation rules of the event pipeline, shared by config, component and tools. */

/**
 * Records a pipe hands the state machine at once: what one SQS ReceiveMessage returns
 * (eb-pipes-sqs.html: "polls up to 10 messages"), so no batching window, hence no added latency, is
 * needed. The processor takes the whole batch in one invocation.
 */
export const PIPE_BATCH_SIZE = 10;

/**
 * Longest comma-separated list of watched queue ids the processor's WATCHED_QUEUE_IDS may hold:
 * Lambda allows 4 KB for all of a function's environment variables combined
 * (gettingstarted-limits.html, "Environment variables"); half of it leaves room for the table
 * names, RETENTION_DAYS and NODE_OPTIONS. 2,048 characters are 55 queue ids.
 */
export const WATCHED_QUEUE_IDS_MAX_CHARS = 2048;
/** @deprecated the old name of PIPE_BATCH_SIZE, kept for tools/capacity until it is updated. */
export const PIPE_MAX_BATCH_SIZE = PIPE_BATCH_SIZE;
/**
 * @deprecated batches no longer depend on maxConcurrency (the processor takes the whole batch);
 * kept for tools/capacity until it is updated.
 */
export function pipeBatchSize(maxConcurrency?: number): number {
  void maxConcurrency;
  return PIPE_BATCH_SIZE;
}

/** Memory of the processor Lambda; ten conditional PutItems in parallel need little. */
export const PROCESSOR_MEMORY_MB = 256;
/** Seconds before Lambda stops the processor; the state machine's Task waits a little longer. */
export const PROCESSOR_TIMEOUT_SECONDS = 10;

/**
 * The processor's reserved concurrency, the pipeline's one bound on load (`maxConcurrency`): the
 * rule, the default and the message live here alone. At most 900: Lambda keeps at least 100 of an
 * account's executions unreserved, and new accounts have 1,000 (Lambda developer guide,
 * configuration-concurrency.html).
 */
export const MAX_CONCURRENCY = { min: 1, max: 900, default: 10 } as const;

/** Why `value` is not a valid maxConcurrency, with the fix; undefined when it is valid. */
export function maxConcurrencyProblem(
  value: unknown,
): { problem: string; fix: string } | undefined {
  if (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= MAX_CONCURRENCY.min &&
    value <= MAX_CONCURRENCY.max
  )
    return undefined;
  return {
    problem: `is not a whole number from ${MAX_CONCURRENCY.min} to ${MAX_CONCURRENCY.max}`,
    fix: `use the number of processor invocations to run at once (reserved Lambda concurrency; Lambda keeps 100 of an account's default 1,000 unreserved), or omit it for ${MAX_CONCURRENCY.default}`,
  };
}

/** maxConcurrency with its default applied; throws naming `key` for a bad value. */
export function resolveMaxConcurrency(value: number | undefined, key = "maxConcurrency"): number {
  if (value === undefined) return MAX_CONCURRENCY.default;
  const bad = maxConcurrencyProblem(value);
  if (bad) throw new Error(`${key} ${bad.problem}; got ${JSON.stringify(value)}. Fix: ${bad.fix}`);
  return value;
}

/**
 * How long a well-formed event may keep failing (an outage of the store or the processor, or
 * overload) before it is moved to the dead-letter queue (`outageToleranceHours`). Up to 336 h: SQS
 * keeps a message at most 14 days (sqs-quotas / SetQueueAttributes MessageRetentionPeriod).
 */
export const OUTAGE_TOLERANCE_HOURS = { min: 1, max: 336, default: 24 } as const;

/** Why `value` is not a valid outageToleranceHours, with the fix; undefined when it is valid. */
export function outageToleranceProblem(
  value: unknown,
): { problem: string; fix: string } | undefined {
  if (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= OUTAGE_TOLERANCE_HOURS.min &&
    value <= OUTAGE_TOLERANCE_HOURS.max
  )
    return undefined;
  return {
    problem: `is not a whole number of hours from ${OUTAGE_TOLERANCE_HOURS.min} to ${OUTAGE_TOLERANCE_HOURS.max}`,
    fix: `use how long events may wait out an outage before they are dead-lettered (at most ${OUTAGE_TOLERANCE_HOURS.max}: SQS keeps a message 14 days), or omit it for ${OUTAGE_TOLERANCE_HOURS.default}`,
  };
}

/** outageToleranceHours with its default applied; throws naming `key` for a bad value. */
export function resolveOutageToleranceHours(
  value: number | undefined,
  key = "outageToleranceHours",
): number {
  if (value === undefined) return OUTAGE_TOLERANCE_HOURS.default;
  const bad = outageToleranceProblem(value);
  if (bad) throw new Error(`${key} ${bad.problem}; got ${JSON.stringify(value)}. Fix: ${bad.fix}`);
  return value;
}

/** SQS limits (SQS developer guide, sqs-quotas.html and SetQueueAttributes). */
export const SQS_MAX_RETENTION_SECONDS = 14 * 24 * 3600;
export const SQS_MAX_VISIBILITY_TIMEOUT_SECONDS = 12 * 3600;
export const SQS_MAX_RECEIVE_COUNT = 1000;
/** eb-pipes-sqs.html: "set the source queue's visibility timeout to at least six times the timeout that you configure on your pipe". */
export const VISIBILITY_TIMEOUT_FACTOR = 6;

/** The buffer queue's settings and the state machine's timeout, derived together. */
export interface BufferSettings {
  /** The Express execution's TimeoutSeconds: the pipe waits this long for the answer. */
  readonly executionTimeoutSeconds: number;
  readonly visibilityTimeoutSeconds: number;
  readonly maxReceiveCount: number;
  readonly messageRetentionSeconds: number;
}

/** The Express execution's TimeoutSeconds: the definition's worst case rounded up to a whole minute. */
export function executionTimeoutSeconds(worstCaseExecutionSeconds: number): number {
  if (!(Number.isFinite(worstCaseExecutionSeconds) && worstCaseExecutionSeconds > 0)) {
    throw new Error(
      `the state machine's worst case must be a finite, positive number of seconds; got ${worstCaseExecutionSeconds}`,
    );
  }
  return Math.ceil(worstCaseExecutionSeconds / 60) * 60;
}

/**
 * The one rule that sizes the buffer (docs/event-pipeline.md, "Backlog and outages"):
 * - executionTimeoutSeconds: the definition's worst case (every attempt timing out, every retry at
 *   its longest wait), rounded up to a whole minute;
 * - visibilityTimeoutSeconds V: at least 6 × that (eb-pipes-sqs.html), and long enough that
 *   maxReceiveCount stays within SQS's 1,000;
 * - maxReceiveCount N = ceil(tolerance / V): a failed record is received again only after V, so it
 *   reaches its N+1st receive, where SQS moves it to the dead-letter queue, no younger than N × V ≥
 *   the tolerance, however long overload or an outage lasts;
 * - messageRetentionSeconds: SQS's maximum, 14 days. A message that expires is lost, SQS charges
 *   nothing for keeping it, and a backlog can delay the receives past N × V.
 */
export function deriveBufferSettings(
  outageToleranceHours: number,
  worstCaseExecutionSeconds: number,
): BufferSettings {
  const hours = resolveOutageToleranceHours(outageToleranceHours);
  const tolerance = hours * 3600;
  const timeout = executionTimeoutSeconds(worstCaseExecutionSeconds);
  const visibilityTimeoutSeconds = Math.max(
    VISIBILITY_TIMEOUT_FACTOR * timeout,
    Math.ceil(tolerance / SQS_MAX_RECEIVE_COUNT),
  );
  if (visibilityTimeoutSeconds > SQS_MAX_VISIBILITY_TIMEOUT_SECONDS) {
    throw new Error(
      `deriveBufferSettings: a visibility timeout of ${visibilityTimeoutSeconds} s exceeds SQS's ${SQS_MAX_VISIBILITY_TIMEOUT_SECONDS}; shorten the state machine's worst case`,
    );
  }
  return {
    executionTimeoutSeconds: timeout,
    visibilityTimeoutSeconds,
    maxReceiveCount: Math.ceil(tolerance / visibilityTimeoutSeconds),
    messageRetentionSeconds: SQS_MAX_RETENTION_SECONDS,
  };
}

/** 14 days, SQS's maximum, for the dead-letter and malformed-events queues: an operator has the most time to redrive or inspect. */
export const DEAD_LETTER_RETENTION_SECONDS = SQS_MAX_RETENTION_SECONDS;
