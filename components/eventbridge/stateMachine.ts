/**
 * The conversation-events state machine (Amazon States Language, JSONPath).
 *
 * Its input is what an EventBridge Pipe reads from the buffer queue: an array of SQS records, of
 * which it uses `messageId` and `body` (the rule's input transformer output, `{"event": <event>}`).
 * One Inline Map processes the batch with at most `maxConcurrency` iterations in flight; each
 * iteration calls the processor Lambda once. Task states, by name, for local runs
 * (aws-local-stepfunctions `taskResourceLocalHandlers`):
 * - `StoreEvent`: the processor Lambda. Input `{ event }` (the SQS body); output `{ outcome }`.
 * - `RejectEvent`: SQS SendMessage of a malformed event to the dead-letter queue; input
 *   `{ QueueUrl, MessageBody: { reason, error, messageId, message } }`.
 * - `DeadLetterEvent`: the same for an event whose processing failed otherwise.
 * The Map's output is one `{ outcome }` per record: "stored", "duplicate", "rejected" or "deadLettered".
 */
import {
  MALFORMED_EVENT_ERROR,
  STORE_UNAVAILABLE_ERROR,
} from "../../lambdas/shared/pipelineContract";

export { MALFORMED_EVENT_ERROR, STORE_UNAVAILABLE_ERROR };

/** Step Functions workflow types. */
export type WorkflowType = "EXPRESS" | "STANDARD";
export const WORKFLOW_TYPES: readonly WorkflowType[] = ["EXPRESS", "STANDARD"];

/** State names; the Task names are how a local run overrides each Task. */
export const STATE_NAMES = {
  map: "ProcessEvents",
  store: "StoreEvent",
  reject: "RejectEvent",
  deadLetter: "DeadLetterEvent",
  rejected: "Rejected",
  deadLettered: "DeadLettered",
  redeliver: "RedeliverBatch",
} as const;

/** Every Task state, by name, with what it calls. */
export const TASK_STATES: Readonly<Record<string, string>> = {
  [STATE_NAMES.store]: "the conversation-events processor Lambda",
  [STATE_NAMES.reject]: "SQS SendMessage to the dead-letter queue (malformed event)",
  [STATE_NAMES.deadLetter]: "SQS SendMessage to the dead-letter queue (processing failed)",
};

/** Raised by the state machine to hand a batch back to the buffer queue (Express only). */
export const RETRIES_EXHAUSTED_ERROR = "RetriesExhausted";

/**
 * Errors worth retrying: Lambda's throttles and service faults (Step Functions guide,
 * bp-lambda-serviceexception.md; `Lambda.Unknown` includes hitting the concurrency limit), the
 * store's throttling, and task timeouts.
 */
export const RETRYABLE_ERRORS: readonly string[] = [
  "Lambda.TooManyRequestsException",
  "Lambda.ServiceException",
  "Lambda.AWSLambdaException",
  "Lambda.SdkClientException",
  "Lambda.Unknown",
  STORE_UNAVAILABLE_ERROR,
  "States.Timeout",
];

/** Backoff of the processor call: waits of at most 1, 2, 4, 8, 16, 20 s, full jitter spreading throttled retries. */
export const STORE_RETRY = {
  IntervalSeconds: 1,
  BackoffRate: 2,
  MaxAttempts: 6,
  MaxDelaySeconds: 20,
  JitterStrategy: "FULL",
} as const;
/** Backoff of a dead-letter send. */
export const SEND_RETRY = {
  IntervalSeconds: 1,
  BackoffRate: 2,
  MaxAttempts: 5,
  MaxDelaySeconds: 10,
  JitterStrategy: "FULL",
} as const;
/** Above the processor Lambda's 10 s timeout, so a hung invocation ends as States.Timeout and is retried. */
export const STORE_TIMEOUT_SECONDS = 15;
export const SEND_TIMEOUT_SECONDS = 10;
/** Express executions end at 5 minutes (Step Functions quotas); Standard ones get the same budget. */
export const EXECUTION_TIMEOUT_SECONDS = 300;

/** What the definition is built from. */
export interface ConversationStateMachineSettings {
  /** ARN of the processor Lambda. */
  readonly processorArn: string;
  /** URL of the dead-letter queue. */
  readonly deadLetterQueueUrl: string;
  readonly workflowType: WorkflowType;
  /** Map iterations in flight at once, 1 or more. */
  readonly maxConcurrency: number;
}

/** A state machine definition as plain JSON. */
export type AslDefinition = Record<string, unknown>;

/** Builds the definition; throws naming the setting when one is out of range. */
export function conversationStateMachineDefinition(
  settings: ConversationStateMachineSettings,
): AslDefinition {
  const { processorArn, deadLetterQueueUrl, workflowType, maxConcurrency } = settings;
  if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) {
    throw new Error(
      `conversation state machine: maxConcurrency must be an integer of 1 or more (0 means unbounded to Step Functions); got ${maxConcurrency}. Fix: pass the number of events to process at once`,
    );
  }
  if (!WORKFLOW_TYPES.includes(workflowType)) {
    throw new Error(
      `conversation state machine: workflowType must be EXPRESS or STANDARD; got ${JSON.stringify(workflowType)}`,
    );
  }
  const caught = { ResultPath: "$.error" };
  // Express runs synchronously under the pipe: failing hands the batch back to the queue, which
  // retries it later and dead-letters it after maxReceiveCount. A pipe can only start Standard
  // asynchronously, so nothing would retry it: there the event goes to the dead-letter queue.
  const exhausted = workflowType === "EXPRESS" ? STATE_NAMES.redeliver : STATE_NAMES.deadLetter;
  const sendToDeadLetterQueue = (reason: string, next: string) => ({
    Type: "Task",
    Resource: "arn:aws:states:::sqs:sendMessage",
    Parameters: {
      QueueUrl: deadLetterQueueUrl,
      MessageBody: {
        reason,
        "error.$": "$.error",
        "messageId.$": "$.messageId",
        "message.$": "$.message",
      },
    },
    ResultPath: null,
    TimeoutSeconds: SEND_TIMEOUT_SECONDS,
    Retry: [{ ErrorEquals: ["States.TaskFailed", "States.Timeout"], ...SEND_RETRY }],
    Next: next,
  });

  const iteration: Record<string, unknown> = {
    [STATE_NAMES.store]: {
      Type: "Task",
      Resource: processorArn,
      InputPath: "$.message",
      ResultSelector: { "outcome.$": "$.outcome" },
      TimeoutSeconds: STORE_TIMEOUT_SECONDS,
      Retry: [
        { ErrorEquals: [MALFORMED_EVENT_ERROR], MaxAttempts: 0 },
        { ErrorEquals: [...RETRYABLE_ERRORS], ...STORE_RETRY },
      ],
      Catch: [
        { ErrorEquals: [MALFORMED_EVENT_ERROR], ...caught, Next: STATE_NAMES.reject },
        { ErrorEquals: [...RETRYABLE_ERRORS], ...caught, Next: exhausted },
        // A bug or a missing permission: keep the event, with the error, for a redrive once fixed.
        { ErrorEquals: ["States.ALL"], ...caught, Next: STATE_NAMES.deadLetter },
      ],
      End: true,
    },
    [STATE_NAMES.reject]: sendToDeadLetterQueue("malformed event", STATE_NAMES.rejected),
    [STATE_NAMES.rejected]: { Type: "Pass", Result: { outcome: "rejected" }, End: true },
    [STATE_NAMES.deadLetter]: sendToDeadLetterQueue("processing failed", STATE_NAMES.deadLettered),
    [STATE_NAMES.deadLettered]: { Type: "Pass", Result: { outcome: "deadLettered" }, End: true },
  };
  if (workflowType === "EXPRESS") {
    iteration[STATE_NAMES.redeliver] = {
      Type: "Fail",
      Error: RETRIES_EXHAUSTED_ERROR,
      Cause:
        "The processor stayed throttled or unavailable through every retry; the pipe returns the batch to the buffer queue",
    };
  }

  return {
    Comment:
      "Stores each Genesys conversation detail event once; malformed events go to the dead-letter queue with the reason",
    StartAt: STATE_NAMES.map,
    TimeoutSeconds: EXECUTION_TIMEOUT_SECONDS,
    States: {
      [STATE_NAMES.map]: {
        Type: "Map",
        ItemSelector: {
          "messageId.$": "$$.Map.Item.Value.messageId",
          "message.$": "States.StringToJson($$.Map.Item.Value.body)",
        },
        ItemProcessor: {
          ProcessorConfig: { Mode: "INLINE" },
          StartAt: STATE_NAMES.store,
          States: iteration,
        },
        MaxConcurrency: maxConcurrency,
        End: true,
      },
    },
  };
}
