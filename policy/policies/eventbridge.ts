/**
 * Events are delayed, never silently dropped: every EventBridge rule target states its retry policy
 * and has a dead-letter queue, and every pipe's source hands records that keep failing to one.
 */
import type {
  PolicyResource,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import {
  dig,
  isIntegerIn,
  linkValue,
  ofType,
  parseJsonDocument,
  refersTo,
  show,
  validateTypes,
} from "./support";

export const EVENT_TARGET = "aws:cloudwatch/eventTarget:EventTarget";
export const PIPE = "aws:pipes/pipe:Pipe";
export const QUEUE = "aws:sqs/queue:Queue";

/** EventBridge's limits on a target's retry policy (EventBridge API reference, RetryPolicy). */
export const MAX_RETRY_ATTEMPTS = 185;
export const MIN_EVENT_AGE_SECONDS = 60;
export const MAX_EVENT_AGE_SECONDS = 86400;

const RETRY_FIX = `Fix: set retryPolicy: { maximumRetryAttempts: 0–${MAX_RETRY_ATTEMPTS}, maximumEventAgeInSeconds: ${MIN_EVENT_AGE_SECONDS}–${MAX_EVENT_AGE_SECONDS} }.`;

export const eventBridgeTargetRetryAndDlq: ResourceValidationPolicy = {
  name: "eventbridge-target-retry-and-dlq",
  description:
    "Every EventBridge rule target has an explicit retry policy within EventBridge's limits and a dead-letter queue.",
  enforcementLevel: "mandatory",
  validateResource: validateTypes({
    [EVENT_TARGET]: (props, args, report) => {
      const target = `EventBridge target "${args.name}"`;
      if (props.retryPolicy === undefined || props.retryPolicy === null) {
        report(
          `${target} has no retryPolicy, so EventBridge's unstated defaults decide how long an undeliverable event is retried. ${RETRY_FIX}`,
        );
      } else {
        const attempts = dig(props.retryPolicy, ["maximumRetryAttempts"]);
        if (!isIntegerIn(attempts, 0, MAX_RETRY_ATTEMPTS)) {
          report(
            `${target} retryPolicy.maximumRetryAttempts is ${show(attempts)}; it must be an integer from 0 to ${MAX_RETRY_ATTEMPTS}. ${RETRY_FIX}`,
          );
        }
        const age = dig(props.retryPolicy, ["maximumEventAgeInSeconds"]);
        if (!isIntegerIn(age, MIN_EVENT_AGE_SECONDS, MAX_EVENT_AGE_SECONDS)) {
          report(
            `${target} retryPolicy.maximumEventAgeInSeconds is ${show(age)}; it must be an integer from ${MIN_EVENT_AGE_SECONDS} to ${MAX_EVENT_AGE_SECONDS}. ${RETRY_FIX}`,
          );
        }
      }
      const dlq = dig(props, ["deadLetterConfig", "arn"]);
      if (!(typeof dlq === "string" && dlq.startsWith("arn:aws") && dlq.split(":")[2] === "sqs")) {
        report(
          `${target} deadLetterConfig.arn is ${show(dlq)}, not an SQS queue ARN, so an event EventBridge cannot deliver is dropped. Fix: set deadLetterConfig: { arn: <SQS queue ARN> } and let events.amazonaws.com send to that queue for this rule.`,
        );
      }
    },
  }),
};

/** Pipe sources whose retries and dead-letter queue are set on the pipe (EventBridge user guide, eb-pipes-error-troubleshooting). */
const STREAM_PARAMETERS: Readonly<Record<string, string>> = {
  kinesis: "kinesisStreamParameters",
  dynamodb: "dynamodbStreamParameters",
};

function sqsSourceProblem(pipe: PolicyResource, queue: PolicyResource): string | undefined {
  const parsed = parseJsonDocument(queue.props.redrivePolicy);
  const policy = parsed.ok ? parsed.value : undefined;
  const dlq = dig(policy, ["deadLetterTargetArn"]);
  const receives = dig(policy, ["maxReceiveCount"]);
  if (typeof dlq === "string" && dlq.startsWith("arn:") && isIntegerIn(receives, 1, 1000))
    return undefined;
  return `EventBridge pipe "${pipe.name}" reads SQS queue "${queue.name}", whose redrivePolicy ${parsed.ok ? `is ${show(policy)}` : parsed.problem}, so a batch that keeps failing is retried until the queue's retention expires and then lost. Fix: set redrivePolicy on "${queue.name}" to {"deadLetterTargetArn": <DLQ ARN>, "maxReceiveCount": 1–1000}.`;
}

function streamSourceProblem(pipe: PolicyResource, service: string): string | undefined {
  const key = STREAM_PARAMETERS[service];
  const parameters = dig(pipe.props, ["sourceParameters", key]);
  const dlq = dig(parameters, ["deadLetterConfig", "arn"]);
  const attempts = dig(parameters, ["maximumRetryAttempts"]);
  if (typeof dlq === "string" && dlq.startsWith("arn:") && isIntegerIn(attempts, 0, 10000))
    return undefined;
  return `EventBridge pipe "${pipe.name}" reads a ${service} stream with sourceParameters.${key}.deadLetterConfig.arn ${show(dlq)} and maximumRetryAttempts ${show(attempts)} (unset or -1 retries until the record expires). Fix: set deadLetterConfig: { arn: <SQS queue or SNS topic ARN> } and maximumRetryAttempts from 0 to 10000.`;
}

export const pipeSourceRetryAndDlq: StackValidationPolicy = {
  name: "pipe-source-retry-and-dlq",
  description:
    "Every EventBridge pipe bounds its retries and dead-letters what keeps failing: an SQS source queue has a redrive policy, a stream source sets deadLetterConfig and maximumRetryAttempts.",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const pipes = ofType(args.resources, PIPE);
    if (pipes.length === 0) return args.notApplicable("no EventBridge pipes in the stack");
    for (const pipe of pipes) {
      const queue = ofType(args.resources, QUEUE).find((q) =>
        refersTo(pipe, "source", [], q, ["arn"]),
      );
      if (queue) {
        const problem = sqsSourceProblem(pipe, queue);
        if (problem) report(problem, pipe.urn);
        continue;
      }
      const source = linkValue(pipe, "source") ?? pipe.props.source;
      const service = typeof source === "string" ? source.split(":")[2] : undefined;
      const problem =
        service !== undefined && STREAM_PARAMETERS[service] !== undefined
          ? streamSourceProblem(pipe, service)
          : `EventBridge pipe "${pipe.name}" reads ${show(source)}, ${service === "sqs" ? "an SQS queue this stack does not manage, so the pack cannot see its redrive policy" : "a source the pack has no dead-letter rule for (it knows SQS queues in the stack and Kinesis and DynamoDB streams)"}. Fix: read from a queue this stack creates with a redrivePolicy, or from a stream with deadLetterConfig and maximumRetryAttempts set.`;
      if (problem) report(problem, pipe.urn);
    }
  },
};

export const eventBridgePolicies = [eventBridgeTargetRetryAndDlq, pipeSourceRetryAndDlq];
