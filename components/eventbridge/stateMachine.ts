/**
 * The conversation-events state machine (Amazon States Language, JSONPath).
 *
 * Its input is the batch an EventBridge Pipe reads from the buffer queue: an array of SQS records
 * (eb-pipes-sqs.html). It hands the whole batch to the processor Lambda in ONE invocation, then
 * routes the records the processor could not store, and answers the pipe with the records to retry.
 * States, by name (Task names are how a local run overrides each Task, aws-local-stepfunctions
 * `taskResourceLocalHandlers`):
 * - `ReadBatch` (Pass): `{ records: <the batch> }`.
 * - `StoreBatch` (Task, the processor): input `{ records }`, answer at `$.result` (ProcessorAnswer,
 *   lambdas/shared/eventPipelineContract.ts). Retries Lambda's throttles and faults with backoff.
 * - `RouteDeadLetters` (Map over `$.result.deadLetters`): each record, body unchanged and the reason
 *   in a message attribute, to `SendMalformed` (the malformed-events queue) or `SendDeadLetter` (the
 *   redrivable dead-letter queue).
 * - `AnswerPipe` (Pass): `{ batchItemFailures }`, the partial-failure answer
 *   (eb-pipes-batching-concurrency.html): only these records go back to the buffer queue.
 * - `ReturnBatch` (Map) then `AnswerReturnBatch`: the processor stayed throttled or unavailable
 *   through every retry, so every record of the batch is listed in batchItemFailures.
 * - `DeadLetterBatch` (Map, `SendBatchDeadLetter`) then `AnswerDeadLetterBatch`: the processor failed
 *   otherwise (a bug, a missing permission): every record to the redrivable dead-letter queue.
 * With STANDARD, which a pipe can only start asynchronously (it deletes the batch at the start and
 * ignores the answer), the processor is told `retriesToDeadLetter`: records to retry go to the
 * redrivable dead-letter queue, and a batch the processor stayed throttled on goes there whole.
 */
import {
  DEAD_LETTER_ATTRIBUTES,
  MALFORMED_EVENT_ERROR,
  STORE_UNAVAILABLE_ERROR,
} from "../../lambdas/shared/pipelineContract";
import { worstCaseSeconds } from "./aslChecks";
import { executionTimeoutSeconds, PIPE_BATCH_SIZE } from "./settings";

export { MALFORMED_EVENT_ERROR, STORE_UNAVAILABLE_ERROR };

/** Step Functions workflow types. */
export type WorkflowType = "EXPRESS" | "STANDARD";
export const WORKFLOW_TYPES: readonly WorkflowType[] = ["EXPRESS", "STANDARD"];

/** State names; the Task names are how a local run overrides each Task. */
export const STATE_NAMES = {
  read: "ReadBatch",
  store: "StoreBatch",
  route: "RouteDeadLetters",
  choose: "ChooseDeadLetterQueue",
  sendMalformed: "SendMalformed",
  sendDeadLetter: "SendDeadLetter",
  answer: "AnswerPipe",
  returnBatch: "ReturnBatch",
  returnRecord: "ReturnRecord",
  answerReturn: "AnswerReturnBatch",
  deadLetterBatch: "DeadLetterBatch",
  sendBatchDeadLetter: "SendBatchDeadLetter",
  answerDeadLetter: "AnswerDeadLetterBatch",
} as const;

/** Every Task state, by name, with what it calls. */
export const TASK_STATES: Readonly<Record<string, string>> = {
  [STATE_NAMES.store]: "the conversation-events processor Lambda, with the whole batch",
  [STATE_NAMES.sendMalformed]: "SQS SendMessage to the malformed-events queue",
  [STATE_NAMES.sendDeadLetter]: "SQS SendMessage to the redrivable dead-letter queue (one record)",
  [STATE_NAMES.sendBatchDeadLetter]:
    "SQS SendMessage to the redrivable dead-letter queue (the processor failed on the batch)",
};

/**
 * Errors worth retrying: Lambda's throttles and service faults (Step Functions guide,
 * bp-lambda-serviceexception.md; `Lambda.Unknown` includes hitting the concurrency limit;
 * `Lambda.ClientExecutionTimeoutException` is Lambda not answering in time), the store's throttling,
 * and task timeouts.
 */
export const RETRYABLE_ERRORS: readonly string[] = [
  "Lambda.TooManyRequestsException",
  "Lambda.ServiceException",
  "Lambda.AWSLambdaException",
  "Lambda.SdkClientException",
  "Lambda.ClientExecutionTimeoutException",
  "Lambda.Unknown",
  STORE_UNAVAILABLE_ERROR,
  "States.Timeout",
];

/**
 * Backoff of the processor call: waits of at most 1, 2 and 4 s, full jitter spreading throttled
 * retries. Short on purpose: a batch still throttled after it goes back to the buffer queue and is
 * received again after the visibility timeout, which is where long waits belong.
 */
export const STORE_RETRY = {
  IntervalSeconds: 1,
  BackoffRate: 2,
  MaxAttempts: 3,
  MaxDelaySeconds: 4,
  JitterStrategy: "FULL",
} as const;
/** Backoff of a dead-letter send. */
export const SEND_RETRY = {
  IntervalSeconds: 1,
  BackoffRate: 2,
  MaxAttempts: 3,
  MaxDelaySeconds: 4,
  JitterStrategy: "FULL",
} as const;
/** Above the processor Lambda's timeout, so a hung invocation ends as States.Timeout and is retried. */
export const STORE_TIMEOUT_SECONDS = 15;
export const SEND_TIMEOUT_SECONDS = 10;

/** What the definition is built from. */
export interface ConversationStateMachineSettings {
  readonly processorArn: string;
  /** URL of the queue malformed events go to, once. */
  readonly malformedQueueUrl: string;
  /** URL of the redrivable dead-letter queue: original bodies only, the reason in attributes. */
  readonly deadLetterQueueUrl: string;
  readonly workflowType: WorkflowType;
}

/** Records of a batch sent to a dead-letter queue at once: all of a full batch, in one wave. */
export const SEND_CONCURRENCY = PIPE_BATCH_SIZE;

/** A state machine definition as plain JSON. */
export type AslDefinition = Record<string, unknown>;

function sendTask(
  queueUrl: string,
  bodyPath: string,
  reasonPath: string,
  messageIdPath: string,
  end: true | string,
) {
  return {
    Type: "Task",
    Resource: "arn:aws:states:::sqs:sendMessage",
    // The body is the buffer message unchanged, so a redrive to the buffer processes it as new;
    // why it failed rides in message attributes (connect-sqs.md lists MessageAttributes).
    Parameters: {
      QueueUrl: queueUrl,
      "MessageBody.$": bodyPath,
      MessageAttributes: {
        [DEAD_LETTER_ATTRIBUTES.reason]: { DataType: "String", "StringValue.$": reasonPath },
        [DEAD_LETTER_ATTRIBUTES.messageId]: { DataType: "String", "StringValue.$": messageIdPath },
      },
    },
    ResultPath: null,
    TimeoutSeconds: SEND_TIMEOUT_SECONDS,
    Retry: [{ ErrorEquals: ["States.TaskFailed", "States.Timeout"], ...SEND_RETRY }],
    ...(end === true ? { End: true } : { Next: end }),
  };
}

/** An Inline Map over `itemsPath` with one iteration per item. */
function inlineMap(
  itemsPath: string,
  itemSelector: Record<string, string>,
  startAt: string,
  states: Record<string, unknown>,
  concurrency: number,
  resultPath: string | null,
  next: string,
) {
  return {
    Type: "Map",
    ItemsPath: itemsPath,
    ItemSelector: itemSelector,
    ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, StartAt: startAt, States: states },
    MaxConcurrency: concurrency,
    ResultPath: resultPath,
    Next: next,
  };
}

/** Builds the definition; throws naming the setting when one is out of range. */
export function conversationStateMachineDefinition(
  settings: ConversationStateMachineSettings,
): AslDefinition {
  const { processorArn, malformedQueueUrl, deadLetterQueueUrl, workflowType } = settings;
  const sendConcurrency = SEND_CONCURRENCY;
  if (!WORKFLOW_TYPES.includes(workflowType)) {
    throw new Error(
      `conversation state machine: workflowType must be EXPRESS or STANDARD; got ${JSON.stringify(workflowType)}`,
    );
  }
  const express = workflowType === "EXPRESS";
  const caught = { ResultPath: "$.error" };
  const recordOf = "States.ArrayGetItem($.records, $$.Map.Item.Value.index)";

  const machine: AslDefinition = {
    Comment:
      "Stores a batch of Genesys conversation detail events in one processor call; answers the pipe with only the records to retry",
    StartAt: STATE_NAMES.read,
    States: {
      [STATE_NAMES.read]: {
        Type: "Pass",
        Parameters: { "records.$": "$" },
        Next: STATE_NAMES.store,
      },
      [STATE_NAMES.store]: {
        Type: "Task",
        Resource: processorArn,
        Parameters: { "records.$": "$.records", ...(express ? {} : { retriesToDeadLetter: true }) },
        ResultPath: "$.result",
        TimeoutSeconds: STORE_TIMEOUT_SECONDS,
        Retry: [{ ErrorEquals: [...RETRYABLE_ERRORS], ...STORE_RETRY }],
        Catch: [
          {
            ErrorEquals: [...RETRYABLE_ERRORS],
            ...caught,
            Next: express ? STATE_NAMES.returnBatch : STATE_NAMES.deadLetterBatch,
          },
          // A bug or a missing permission: keep every event, with the error, for a redrive once fixed.
          { ErrorEquals: ["States.ALL"], ...caught, Next: STATE_NAMES.deadLetterBatch },
        ],
        Next: STATE_NAMES.route,
      },
      [STATE_NAMES.route]: inlineMap(
        "$.result.deadLetters",
        {
          "queue.$": "$$.Map.Item.Value.queue",
          "reason.$": "$$.Map.Item.Value.reason",
          "record.$": recordOf,
        },
        STATE_NAMES.choose,
        {
          [STATE_NAMES.choose]: {
            Type: "Choice",
            Choices: [
              { Variable: "$.queue", StringEquals: "malformed", Next: STATE_NAMES.sendMalformed },
            ],
            Default: STATE_NAMES.sendDeadLetter,
          },
          [STATE_NAMES.sendMalformed]: sendTask(
            malformedQueueUrl,
            "$.record.body",
            "$.reason",
            "$.record.messageId",
            true,
          ),
          [STATE_NAMES.sendDeadLetter]: sendTask(
            deadLetterQueueUrl,
            "$.record.body",
            "$.reason",
            "$.record.messageId",
            true,
          ),
        },
        sendConcurrency,
        null,
        STATE_NAMES.answer,
      ),
      [STATE_NAMES.answer]: {
        Type: "Pass",
        Parameters: { "batchItemFailures.$": "$.result.batchItemFailures" },
        End: true,
      },
      ...(express
        ? {
            [STATE_NAMES.returnBatch]: inlineMap(
              "$.records",
              { "itemIdentifier.$": "$$.Map.Item.Value.messageId" },
              STATE_NAMES.returnRecord,
              { [STATE_NAMES.returnRecord]: { Type: "Pass", End: true } },
              sendConcurrency,
              "$.batchItemFailures",
              STATE_NAMES.answerReturn,
            ),
            [STATE_NAMES.answerReturn]: {
              Type: "Pass",
              Parameters: { "batchItemFailures.$": "$.batchItemFailures" },
              End: true,
            },
          }
        : {}),
      [STATE_NAMES.deadLetterBatch]: inlineMap(
        "$.records",
        {
          "record.$": "$$.Map.Item.Value",
          "reason.$": "States.Format('{}: {}', $.error.Error, $.error.Cause)",
        },
        STATE_NAMES.sendBatchDeadLetter,
        {
          [STATE_NAMES.sendBatchDeadLetter]: sendTask(
            deadLetterQueueUrl,
            "$.record.body",
            "$.reason",
            "$.record.messageId",
            true,
          ),
        },
        sendConcurrency,
        null,
        STATE_NAMES.answerDeadLetter,
      ),
      [STATE_NAMES.answerDeadLetter]: {
        Type: "Pass",
        Parameters: { batchItemFailures: [] },
        End: true,
      },
    },
  };
  // The pipe waits for an Express execution up to its timeout, which sizes the buffer's visibility
  // timeout (deriveBufferSettings): the smallest that the slowest path fits in.
  return {
    Comment: machine.Comment,
    StartAt: machine.StartAt,
    TimeoutSeconds: executionTimeoutSeconds(worstCaseSeconds(machine, PIPE_BATCH_SIZE)),
    States: machine.States,
  };
}
