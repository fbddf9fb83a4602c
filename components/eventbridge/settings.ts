/** Fixed settings of the event pipeline, shared by the component and the capacity model. */

/**
 * Most records a pipe hands the state machine at once. Ten is what one SQS ReceiveMessage returns
 * (eb-pipes-sqs.html: "polls up to 10 messages"), so no batching window, hence no added latency, is needed.
 */
export const PIPE_MAX_BATCH_SIZE = 10;

/**
 * A batch never holds more events than may run at once, so a batch is one wave of Map iterations
 * and its worst case stays within an Express execution's 5 minutes.
 */
export function pipeBatchSize(maxConcurrency: number): number {
  return Math.max(1, Math.min(PIPE_MAX_BATCH_SIZE, Math.floor(maxConcurrency)));
}

/** Memory of the processor Lambda; one conditional PutItem needs little. */
export const PROCESSOR_MEMORY_MB = 256;
/** Seconds before Lambda stops the processor; the state machine's Task waits a little longer. */
export const PROCESSOR_TIMEOUT_SECONDS = 10;

/** Longer than an execution can run (300 s), so a batch in flight never reappears in the queue. */
export const BUFFER_VISIBILITY_TIMEOUT_SECONDS = 360;
/** Deliveries of a batch (failed Express executions) before SQS moves a message to the dead-letter queue. */
export const BUFFER_MAX_RECEIVE_COUNT = 5;
/** 4 days: how long events wait out an outage in the buffer. */
export const BUFFER_RETENTION_SECONDS = 4 * 24 * 3600;
/**
 * 14 days, SQS's maximum. A standard queue keeps a moved message's original enqueue time, so the
 * dead-letter queue must keep messages longer than the buffer does (SQS developer guide, dead-letter queues).
 */
export const DEAD_LETTER_RETENTION_SECONDS = 14 * 24 * 3600;

/**
 * The most concurrency a stack may reserve: Lambda keeps at least 100 of an account's executions
 * unreserved, and new accounts have 1,000 (Lambda developer guide, configuration-concurrency.html).
 */
export const MAX_RESERVED_CONCURRENCY = 900;
