/**
 * The "Standard workflow, one execution and two Lambdas per event" design of a common tutorial
 * ("Processing High-Volume Genesys Cloud Interaction Events via EventBridge and Step Functions"),
 * kept only to compare against: a rule starts a Standard execution per event, which runs a
 * validator Lambda, a Choice, then a processor Lambda that writes the event to DynamoDB. Its
 * definition is transcribed from the tutorial; its Lambdas use the tutorial's defaults (Node.js on
 * x86, no memory setting, hence 128 MB, no reserved concurrency), and its processor logs the whole
 * event, pretty-printed, on every call (tools/bench/aws-sdk-v2-handler/handler.js).
 */
import {
  designFromDefinition,
  EVENT_BYTES,
  LAMBDA_LOG_LINE_PREFIX_BYTES,
  type LambdaSettings,
  type PipelineDesign,
} from "./model";
import type { AslDefinition } from "../../components/eventbridge/stateMachine";

/** The design's name in every report. */
export const STANDARD_WORKFLOW_LABEL = "Standard workflow, one execution and two Lambdas per event";

/**
 * What its processor logs per event: "Received Event:" with the event indented by two spaces
 * (taken as 1.2 × its compact size), and one "Processing details" line, each with Lambda's prefix.
 * Its validator's code is not shown, so only Lambda's own lines are counted for it.
 */
export const STANDARD_WORKFLOW_PROCESSOR_LOG_BYTES =
  Math.round(EVENT_BYTES * 1.2) + 80 + 2 * LAMBDA_LOG_LINE_PREFIX_BYTES;

/** The tutorial's state machine, with its example account's ARNs. */
export const STANDARD_WORKFLOW_STATE_MACHINE: AslDefinition = {
  Comment: "Process Genesys Interaction Events with Concurrency Control",
  StartAt: "ValidateEvent",
  States: {
    ValidateEvent: {
      Type: "Task",
      Resource: "arn:aws:lambda:us-east-1:123456789012:function:GenesysEventValidator",
      ResultPath: "$.validationResult",
      Next: "CheckBatchSize",
      Catch: [{ ErrorEquals: ["States.TaskFailed"], Next: "FailState" }],
    },
    CheckBatchSize: {
      Type: "Choice",
      Choices: [
        { Variable: "$.validationResult.isBatch", BooleanEquals: true, Next: "ProcessBatch" },
      ],
      Default: "ProcessSingleEvent",
    },
    ProcessSingleEvent: {
      Type: "Task",
      Resource: "arn:aws:lambda:us-east-1:123456789012:function:GenesysEventProcessor",
      End: true,
      Catch: [{ ErrorEquals: ["States.TaskFailed"], Next: "RetryHandler" }],
    },
    ProcessBatch: {
      Type: "Map",
      ItemsPath: "$.validationResult.items",
      MaxConcurrency: 10,
      Iterator: {
        StartAt: "ProcessItem",
        States: {
          ProcessItem: {
            Type: "Task",
            Resource: "arn:aws:lambda:us-east-1:123456789012:function:GenesysEventProcessor",
            End: true,
          },
        },
      },
      End: true,
    },
    RetryHandler: { Type: "Wait", Seconds: 5, Next: "ProcessSingleEvent" },
    FailState: { Type: "Fail", Cause: "Validation Failed", Error: "InvalidEvent" },
  },
};

/** The design in `region`: one Standard execution per event, started by the rule. */
export function standardWorkflowDesign(region: string): PipelineDesign {
  const lambda = (name: string, extra: Partial<LambdaSettings>): LambdaSettings => ({
    name,
    memoryMb: 128,
    architecture: "x86_64",
    logBytesPerEvent: 0,
    ...extra,
  });
  return designFromDefinition({
    label: STANDARD_WORKFLOW_LABEL,
    region,
    workflowType: "STANDARD",
    start: "rule",
    definition: STANDARD_WORKFLOW_STATE_MACHINE,
    eventsPerExecution: 1,
    lambdaSettings: (arn) =>
      arn.endsWith(":GenesysEventValidator")
        ? lambda("validator", {})
        : lambda("processor", {
            table: "GenesysProcessedEvents",
            logBytesPerEvent: STANDARD_WORKFLOW_PROCESSOR_LOG_BYTES,
          }),
    targetsPerEvent: 1,
    archivedBytesPerEvent: 0,
  });
}
