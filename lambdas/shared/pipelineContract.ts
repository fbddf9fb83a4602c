/**
 * What the event-pipeline Lambdas and the infrastructure that routes to them must agree on. It lives
 * on the runtime side so a Lambda never imports infrastructure code; components import it from here.
 */

/** The conversation detail topics' common prefix, as Genesys puts it in `detail-type`. */
export const CONVERSATION_TOPIC_PREFIX = "v2.detail.events.conversation.{id}.";

/** An agent leg ending: the only topic that carries `queueId` and marks the end of a queue interaction. */
export const USER_END_TOPIC = `${CONVERSATION_TOPIC_PREFIX}user.end`;

/** Thrown by the processor for an event it can never store; caught, never retried. */
export const MALFORMED_EVENT_ERROR = "MalformedEvent";

/** Thrown by the processor when DynamoDB throttles or fails transiently. */
export const STORE_UNAVAILABLE_ERROR = "StoreUnavailable";

/**
 * What the conversation-events state machine hands its processor Lambda, and what it answers.
 *
 * The state machine's input is the batch an EventBridge Pipe reads from the buffer queue (an array
 * of SQS records, eb-pipes-sqs.html); it hands the processor `{ records }` in one invocation. The
 * processor answers one outcome per record and says which records go back to the queue
 * (`batchItemFailures`, the partial-failure answer of eb-pipes-batching-concurrency.html) and which
 * the state machine sends to a dead-letter queue (`deadLetters`, by index into `records`).
 */

/** The fields of a pipe's SQS record the processor reads. */
export interface PipeRecord {
  readonly messageId: string;
  /** The rule's input transformer output, `{"event": <EventBridge event>}`, as text. */
  readonly body: string;
}

/**
 * Where one record ended:
 * - stored / duplicate: written, or already there (the conditional write failed its condition);
 * - malformed: can never be stored; sent once to the malformed-events queue;
 * - retry: the store throttled or was unavailable; handed back to the buffer queue;
 * - failed: any other error (a missing permission, a bug); sent to the redrivable dead-letter queue.
 */
export type RecordOutcome = "stored" | "duplicate" | "malformed" | "retry" | "failed";
export const RECORD_OUTCOMES: readonly RecordOutcome[] = [
  "stored",
  "duplicate",
  "malformed",
  "retry",
  "failed",
];

/** The two queues the state machine routes records to. */
export type DeadLetterQueueKind = "malformed" | "failed";

/** One record the state machine sends to a dead-letter queue, its body unchanged. */
export interface DeadLetterInstruction {
  /** Index of the record in `records`. */
  readonly index: number;
  readonly queue: DeadLetterQueueKind;
  /** Why, e.g. "MalformedEvent: … participantId is missing"; never echoes event values. */
  readonly reason: string;
}

/** What the processor answers for a batch. */
export interface ProcessorAnswer {
  /** One per record, in the records' order. */
  readonly outcomes: readonly {
    readonly messageId: string;
    readonly outcome: RecordOutcome;
    readonly key?: string;
  }[];
  /** The records the pipe must hand back to the buffer queue: only those to retry. */
  readonly batchItemFailures: readonly { readonly itemIdentifier: string }[];
  readonly deadLetters: readonly DeadLetterInstruction[];
}

/**
 * Message attributes of a dead-lettered message; its body is the buffer message unchanged, so a
 * redrive to the buffer processes it as if it had just arrived.
 */
export const DEAD_LETTER_ATTRIBUTES = { reason: "reason", messageId: "originalMessageId" } as const;

/**
 * The processor's environment variables for queue ends: the queue-ends table and the watched queue
 * ids (comma-separated). Both absent without queueIds.
 */
export const QUEUE_ENDS_TABLE_ENV = "QUEUE_ENDS_TABLE_NAME";
export const WATCHED_QUEUE_IDS_ENV = "WATCHED_QUEUE_IDS";
