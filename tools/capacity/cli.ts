/**
 * Prints the capacity and cost of this pipeline's design beside the Standard-workflow design's, as
 * markdown, for settings a stack might use:
 *
 *   node -r ts-node/register/transpile-only tools/capacity/cli.ts \
 *     [--region us-east-1] [--max-concurrency 10 ...] [--workflow EXPRESS|STANDARD] [--queue-end]
 *     [--definition <state machine JSON>] [--processor-ms <duration of one invocation>]
 *
 * Each --max-concurrency adds a row. The definition is built as the component builds it, or read
 * from --definition (every Lambda Task in it is taken as the processor); the pipe batch, the
 * processor's memory and the rules are the component's (--queue-end models the earlier design,
 * a queue-end rule invoking its own Lambda; the component now records queue ends in the processor,
 * from the buffer, so queueIds add no target). `npm run plan -- --stack <name>` prints the same for a stack
 * file, read from the synthesized resources instead.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  capacityReport,
  designFromDefinition,
  EVENT_BYTES,
  formatCapacityReports,
  type LambdaSettings,
} from "./model";
import { standardWorkflowDesign } from "./standardWorkflowDesign";
import { badInputLine } from "../badInput";
import { PROCESSOR_MEMORY_MB, pipeBatchSize } from "../../components/eventbridge/settings";
import {
  conversationStateMachineDefinition,
  WORKFLOW_TYPES,
  type WorkflowType,
} from "../../components/eventbridge/stateMachine";

class UsageError extends Error {}

const PROCESSOR_ARN = (region: string) =>
  `arn:aws:lambda:${region}:123456789012:function:processor`;

/** The report for the given settings, with the Standard-workflow design last. */
export function capacityComparison(
  region: string,
  workflowType: WorkflowType,
  concurrencies: readonly number[],
  queueEnd = false,
  definitionFile?: string,
  processorMs?: number,
): string {
  const reports = concurrencies.map((maxConcurrency) => {
    const definition = definitionFile
      ? (JSON.parse(fs.readFileSync(definitionFile, "utf8")) as Record<string, unknown>)
      : conversationStateMachineDefinition({
          processorArn: PROCESSOR_ARN(region),
          malformedQueueUrl: `https://sqs.${region}.amazonaws.com/123456789012/malformed`,
          deadLetterQueueUrl: `https://sqs.${region}.amazonaws.com/123456789012/dead-letters`,
          workflowType,
        });
    const processor: LambdaSettings = {
      name: "processor",
      memoryMb: PROCESSOR_MEMORY_MB,
      architecture: "arm64",
      reservedConcurrency: maxConcurrency,
      table: "events",
      ...(processorMs !== undefined && { durationMs: processorMs }),
    };
    const batch = pipeBatchSize(maxConcurrency);
    return capacityReport(
      designFromDefinition({
        label: definitionFile
          ? `${path.basename(definitionFile)} (${workflowType}, pipe batches of ${batch}, maxConcurrency ${maxConcurrency})`
          : `this stack (${workflowType}, pipe batches of ${batch}, maxConcurrency ${maxConcurrency})`,
        region,
        workflowType,
        start: "pipe",
        definition,
        eventsPerExecution: batch,
        lambdaSettings: () => processor,
        ruleTargetLambdas: queueEnd
          ? [
              {
                name: "queue-end",
                memoryMb: 256,
                architecture: "arm64",
                table: "queue-ends",
                onlyFor: "user.end events its rule matches (the queue-end Lambda)",
              },
            ]
          : [],
        targetsPerEvent: queueEnd ? 2 : 1,
        archivedBytesPerEvent: EVENT_BYTES,
      }),
    );
  });
  return formatCapacityReports([...reports, capacityReport(standardWorkflowDesign(region))]);
}

function main(argv: readonly string[]): void {
  let region = "us-east-1";
  let workflowType: WorkflowType = "EXPRESS";
  let queueEnd = false;
  let definitionFile: string | undefined;
  let processorMs: number | undefined;
  const concurrencies: number[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === "--queue-end") {
      queueEnd = true;
      continue;
    }
    if (flag === "--region" && value) region = value;
    else if (flag === "--definition" && value) definitionFile = value;
    else if (flag === "--processor-ms" && /^\d+$/.test(value ?? "") && Number(value) > 0)
      processorMs = Number(value);
    else if (flag === "--workflow" && WORKFLOW_TYPES.includes(value as WorkflowType))
      workflowType = value as WorkflowType;
    else if (flag === "--max-concurrency" && /^\d+$/.test(value ?? ""))
      concurrencies.push(Number(value));
    else {
      process.stderr.write(
        badInputLine(
          new UsageError(
            `capacity: unknown or incomplete option ${JSON.stringify(flag)}; use --region <code>, --workflow EXPRESS|STANDARD, --max-concurrency <n>, --queue-end, --definition <file>, --processor-ms <n>`,
          ),
          [UsageError],
        ) ?? "",
      );
      process.exit(2);
    }
    i += 1;
  }
  console.log(
    capacityComparison(
      region,
      workflowType,
      concurrencies.length > 0 ? concurrencies : [10],
      queueEnd,
      definitionFile,
      processorMs,
    ),
  );
}

if (require.main === module) main(process.argv.slice(2));
