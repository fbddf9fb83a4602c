/**
 * The "Standard workflow, one execution and two Lambdas per event" design of a common tutorial
 * ("Processing High-Volume Genesys Cloud Interaction Events via EventBridge and Step Functions"),
 * kept only to compare against: a rule starts a
 * Standard execution per event, which runs a validator Lambda, a Choice, then a processor Lambda.
 * Its definition is transcribed from the tutorial; its Lambdas use the tutorial's defaults (Node.js on
 * x86, no memory setting, hence 128 MB, no reserved concurrency).
 */
import type { PipelineDesign } from "./model";
import type { AslDefinition } from "../../components/eventbridge/stateMachine";

/** The tutorial's state machine, with its example account's ARNs. */
export const SEED_STATE_MACHINE: AslDefinition = {
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

/** The tutorial's design in `region`: one Standard execution per event, started by the rule. */
export function standardWorkflowDesign(region: string): PipelineDesign {
  return {
    label: "Standard workflow, one execution and two Lambdas per event",
    definition: SEED_STATE_MACHINE,
    workflowType: "STANDARD",
    region,
    start: "rule",
    eventsPerExecution: 1,
    lambdaMemoryMb: 128,
    lambdaArchitecture: "x86_64",
  };
}
