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
  readonly Resource: string | string[];
  readonly Principal?: Record<string, string>;
  readonly Condition?: Record<string, Record<string, string | string[]>>;
}

/** A policy document, serialized with sorted keys so an unchanged policy never shows a diff. */
export function policyDocument(statements: readonly Statement[]): string {
  return stableStringify({ Version: "2012-10-17", Statement: statements });
}

/** Trust policy letting one AWS service assume a role. */
export function serviceTrustPolicy(service: string): string {
  return stableStringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: service } }],
  });
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

/** The state machine may invoke its processor and send to its dead-letter queue, nothing else. */
export function stateMachinePolicy(processorArn: string, deadLetterQueueArn: string): string {
  return policyDocument([
    {
      Sid: "InvokeProcessor",
      Effect: "Allow",
      Action: "lambda:InvokeFunction",
      Resource: processorArn,
    },
    { Sid: "DeadLetter", Effect: "Allow", Action: "sqs:SendMessage", Resource: deadLetterQueueArn },
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
