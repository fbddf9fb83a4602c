/**
 * Every Lambda function logs to a log group this stack manages with a retention, and every function
 * something invokes asynchronously has somewhere for failed events to go. Both need other resources
 * (the log group, the invoke config, the EventBridge target), so both are stack policies.
 */
import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { EVENT_TARGET, PIPE } from "./eventbridge";
import { asList, dig, isIntegerIn, linkValue, ofType, refersTo, show, whenKnown } from "./support";

export const FUNCTION = "aws:lambda/function:Function";
export const LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
export const EVENT_INVOKE_CONFIG = "aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig";
export const PERMISSION = "aws:lambda/permission:Permission";
export const TOPIC_SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription";
export const BUCKET_NOTIFICATION = "aws:s3/bucketNotification:BucketNotification";

/**
 * Service principals that invoke Lambda asynchronously (Lambda developer guide, "Using AWS Lambda
 * with other services": S3, SNS, SES, CloudFormation, CloudWatch Logs, CloudWatch Events /
 * EventBridge, CodeCommit, Config, IoT, IoT Events, CodePipeline). A Permission for one of them means
 * the function is invoked asynchronously.
 */
export const ASYNC_INVOKER_PRINCIPALS: readonly string[] = [
  "events.amazonaws.com",
  "s3.amazonaws.com",
  "sns.amazonaws.com",
  "ses.amazonaws.com",
  "logs.amazonaws.com",
  "codecommit.amazonaws.com",
  "config.amazonaws.com",
  "iot.amazonaws.com",
  "iotevents.amazonaws.com",
];

/** The function's name and ARN, the values another resource uses to point at it. */
const FUNCTION_KEYS = ["name", "arn"];

/** The log groups the function writes to: its loggingConfig.logGroup, else the default /aws/lambda/<name>. */
function logGroupsOf(fn: PolicyResource, logGroups: readonly PolicyResource[]): PolicyResource[] {
  const configured = logGroups.filter((group) =>
    refersTo(fn, "loggingConfig", ["logGroup"], group, ["name"]),
  );
  if (configured.length > 0) return configured;
  const name = linkValue(fn, "name");
  return name === undefined
    ? []
    : logGroups.filter((group) => linkValue(group, "name") === `/aws/lambda/${name}`);
}

export const lambdaLogRetention: StackValidationPolicy = {
  name: "lambda-log-retention",
  description:
    "Every Lambda function logs to a CloudWatch log group in the stack that has a retention.",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const functions = ofType(args.resources, FUNCTION);
    if (functions.length === 0) return args.notApplicable("no Lambda functions in the stack");
    const logGroups = ofType(args.resources, LOG_GROUP);
    for (const fn of functions) {
      const groups = logGroupsOf(fn, logGroups);
      if (groups.length === 0) {
        report(
          `Lambda function "${fn.name}" logs to no log group in this stack, so Lambda creates one that keeps logs forever. Fix: create an aws.cloudwatch.LogGroup with retentionInDays and pass its name as loggingConfig.logGroup (BundledLambda does).`,
          fn.urn,
        );
      }
      for (const group of groups) {
        const days = group.props.retentionInDays;
        if (!isIntegerIn(days, 1, Number.MAX_SAFE_INTEGER)) {
          report(
            `Lambda function "${fn.name}" logs to log group "${group.name}", whose retentionInDays is ${show(days)}, so its logs are kept forever. Fix: set retentionInDays on "${group.name}" to a CloudWatch retention period, e.g. 30.`,
            fn.urn,
          );
        }
      }
    }
  },
};

/** What invokes the function asynchronously, as phrases naming each resource; empty when nothing does. */
function asyncInvokers(fn: PolicyResource, resources: readonly PolicyResource[]): string[] {
  const found: string[] = [];
  for (const target of ofType(resources, EVENT_TARGET)) {
    if (refersTo(target, "arn", [], fn, ["arn"])) found.push(`EventTarget "${target.name}"`);
  }
  for (const permission of ofType(resources, PERMISSION)) {
    const principal = linkValue(permission, "principal");
    if (principal === undefined) continue;
    const regionalLogs = /^logs\.[a-z0-9-]+\.amazonaws\.com$/.test(principal);
    if (
      (ASYNC_INVOKER_PRINCIPALS.includes(principal) || regionalLogs) &&
      refersTo(permission, "function", [], fn, FUNCTION_KEYS)
    ) {
      found.push(`Permission "${permission.name}" (${principal})`);
    }
  }
  for (const pipe of ofType(resources, PIPE)) {
    const invocation = linkValue(
      pipe,
      "targetParameters",
      "lambdaFunctionParameters",
      "invocationType",
    );
    if (invocation === "FIRE_AND_FORGET" && refersTo(pipe, "target", [], fn, ["arn"])) {
      found.push(`Pipe "${pipe.name}" (FIRE_AND_FORGET)`);
    }
  }
  for (const subscription of ofType(resources, TOPIC_SUBSCRIPTION)) {
    if (
      linkValue(subscription, "protocol") === "lambda" &&
      refersTo(subscription, "endpoint", [], fn, ["arn"])
    ) {
      found.push(`TopicSubscription "${subscription.name}"`);
    }
  }
  const fnArn = linkValue(fn, "arn");
  for (const notification of ofType(resources, BUCKET_NOTIFICATION)) {
    const listed = whenKnown(() =>
      asList(notification.props.lambdaFunctions as unknown[]).map((l) =>
        dig(l, ["lambdaFunctionArn"]),
      ),
    );
    const linked =
      (notification.propertyDependencies.lambdaFunctions ?? []).some((d) => d.urn === fn.urn) ||
      (fnArn !== undefined && listed.known && listed.value.includes(fnArn));
    if (linked) found.push(`BucketNotification "${notification.name}"`);
  }
  return found;
}

/** A destination ARN: an arn: string, or a value the engine will only know after create. */
function isDestination(read: () => unknown): boolean {
  const value = whenKnown(read);
  return !value.known || (typeof value.value === "string" && value.value.startsWith("arn:"));
}

function hasFailureDestination(fn: PolicyResource, resources: readonly PolicyResource[]): boolean {
  if (
    fn.props.deadLetterConfig !== undefined &&
    isDestination(() => dig(fn.props, ["deadLetterConfig", "targetArn"]))
  )
    return true;
  return ofType(resources, EVENT_INVOKE_CONFIG).some(
    (config) =>
      refersTo(config, "functionName", [], fn, FUNCTION_KEYS) &&
      config.props.destinationConfig !== undefined &&
      isDestination(() => dig(config.props, ["destinationConfig", "onFailure", "destination"])),
  );
}

export const lambdaAsyncFailureDestination: StackValidationPolicy = {
  name: "lambda-async-failure-destination",
  description:
    "Every Lambda function invoked asynchronously (EventBridge, S3, SNS, … or a fire-and-forget pipe) has an on-failure destination or a dead-letter queue.",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const functions = ofType(args.resources, FUNCTION);
    if (functions.length === 0) return args.notApplicable("no Lambda functions in the stack");
    for (const fn of functions) {
      const invokers = asyncInvokers(fn, args.resources);
      if (invokers.length === 0 || hasFailureDestination(fn, args.resources)) continue;
      report(
        `Lambda function "${fn.name}" is invoked asynchronously by ${invokers.join(", ")} but has no failure destination or dead-letter queue, so an event that still fails after Lambda's retries is dropped. Fix: add an aws.lambda.FunctionEventInvokeConfig with destinationConfig.onFailure.destination set to an SQS queue or SNS topic ARN (BundledLambda's onFailureDestinationArn), or set deadLetterConfig.targetArn on the function.`,
        fn.urn,
      );
    }
  },
};

export const lambdaPolicies = [lambdaLogRetention, lambdaAsyncFailureDestination];
