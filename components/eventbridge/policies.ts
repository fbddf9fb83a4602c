/**
 * IAM and queue policies of the event pipeline, as plain documents. Each grant names the one
 * resource it is for; the only wildcard is the log-delivery statement Step Functions requires.
 */
import { stableStringify } from "../stableJson";
import type { WorkflowType } from "./stateMachine";

/** An IAM policy statement. */
export interface Statement {
  readonly Sid?: string;
  readonly Effect: "Allow" | "Deny";
  readonly Action: string | string[];
  /** Absent only in a trust policy, whose statement names a principal instead. */
  readonly Resource?: string | string[];
  readonly Principal?: Record<string, string>;
  readonly Condition?: Record<string, Record<string, string | string[]>>;
}

/** A policy document, serialized with sorted keys so an unchanged policy never shows a diff. */
export function policyDocument(statements: readonly Statement[]): string {
  return stableStringify({ Version: "2012-10-17", Statement: statements });
}

/**
 * Trust policy letting one AWS service assume a role, only on behalf of this account's resources
 * whose ARN matches `sourceArnPattern`: the confused-deputy conditions AWS recommends (IAM user
 * guide, confused-deputy.html; Step Functions procedure-create-iam-role.html and EventBridge
 * eb-pipes-permissions.html name aws:SourceAccount and aws:SourceArn for their roles). The pattern
 * ends in `*` because Pulumi appends a random suffix to the name, which is unknown until created.
 */
export function serviceTrustPolicy(
  service: string,
  sourceAccount: string,
  sourceArnPattern: string,
): string {
  return policyDocument([
    {
      Effect: "Allow",
      Action: "sts:AssumeRole",
      Principal: { Service: service },
      Condition: {
        StringEquals: { "aws:SourceAccount": sourceAccount },
        ArnLike: { "aws:SourceArn": sourceArnPattern },
      },
    },
  ]);
}

/** The ARN pattern of a state machine Pulumi names from `logicalName`. */
export function stateMachineArnPattern(
  region: string,
  account: string,
  logicalName: string,
): string {
  return `arn:aws:states:${region}:${account}:stateMachine:${logicalName}-*`;
}

/** The ARN pattern of a pipe Pulumi names from `logicalName`. */
export function pipeArnPattern(region: string, account: string, logicalName: string): string {
  return `arn:aws:pipes:${region}:${account}:pipe/${logicalName}-*`;
}

/**
 * Actions a state machine's role needs to deliver its logs. CloudWatch Logs' vended-log delivery
 * APIs take no resource, so Step Functions documents them with "Resource": "*" (developer guide,
 * cw-logs.md, "IAM Policies for logging to CloudWatch Logs"). They grant no data access.
 */
export const LOG_DELIVERY_ACTIONS: readonly string[] = [
  "logs:CreateLogDelivery",
  "logs:DeleteLogDelivery",
  "logs:DescribeLogGroups",
  "logs:DescribeResourcePolicies",
  "logs:GetLogDelivery",
  "logs:ListLogDeliveries",
  "logs:PutResourcePolicy",
  "logs:UpdateLogDelivery",
];

/** The state machine may invoke its processor and send to its two dead-letter queues, nothing else. */
export function stateMachinePolicy(
  processorArn: string,
  deadLetterQueueArns: readonly string[],
): string {
  return policyDocument([
    {
      Sid: "InvokeProcessor",
      Effect: "Allow",
      Action: "lambda:InvokeFunction",
      Resource: processorArn,
    },
    {
      Sid: "DeadLetter",
      Effect: "Allow",
      Action: "sqs:SendMessage",
      Resource: [...deadLetterQueueArns].sort(),
    },
    { Sid: "DeliverLogs", Effect: "Allow", Action: [...LOG_DELIVERY_ACTIONS], Resource: "*" },
  ]);
}

/** The API a pipe calls to start a workflow: Pipes runs Express synchronously and Standard asynchronously. */
export function startAction(
  workflowType: WorkflowType,
): "states:StartSyncExecution" | "states:StartExecution" {
  return workflowType === "EXPRESS" ? "states:StartSyncExecution" : "states:StartExecution";
}

/** The pipe may read and delete from its buffer queue and start this one state machine. */
export function pipePolicy(
  bufferQueueArn: string,
  stateMachineArn: string,
  workflowType: WorkflowType,
): string {
  return policyDocument([
    {
      Sid: "ReadBuffer",
      Effect: "Allow",
      Action: [
        "sqs:ChangeMessageVisibility",
        "sqs:DeleteMessage",
        "sqs:GetQueueAttributes",
        "sqs:ReceiveMessage",
      ],
      Resource: bufferQueueArn,
    },
    {
      Sid: "StartStateMachine",
      Effect: "Allow",
      Action: startAction(workflowType),
      Resource: stateMachineArn,
    },
  ]);
}

/**
 * Queue policy letting EventBridge send to a queue, only on behalf of the named rules
 * (eb-rule-dlq.html: the dead-letter queue's policy names the rule in aws:SourceArn).
 */
export function eventBridgeSendPolicy(queueArn: string, ruleArns: readonly string[]): string {
  return policyDocument([
    {
      Sid: "EventBridgeRules",
      Effect: "Allow",
      Principal: { Service: "events.amazonaws.com" },
      Action: "sqs:SendMessage",
      Resource: queueArn,
      Condition: { ArnEquals: { "aws:SourceArn": [...ruleArns].sort() } },
    },
  ]);
}
