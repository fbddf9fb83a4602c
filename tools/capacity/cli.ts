/**
 * Prints the capacity and cost of this pipeline's design beside the Standard-workflow design's, as markdown:
 *
 *   node -r ts-node/register/transpile-only tools/capacity/cli.ts \
 *     [--region us-east-1] [--max-concurrency 10 ...] [--workflow EXPRESS|STANDARD]
 *
 * Each --max-concurrency adds a row; the definitions are built as the component builds them.
 */
import { capacityReport, eventPipelineDesign, formatCapacityReports } from "./model";
import { standardWorkflowDesign } from "./standardWorkflowDesign";
import {
  conversationStateMachineDefinition,
  WORKFLOW_TYPES,
  type WorkflowType,
} from "../../components/eventbridge/stateMachine";
import { stableStringify } from "../../components/stableJson";

/** The report for the given settings, with the seed's design last. */
export function capacityComparison(
  region: string,
  workflowType: WorkflowType,
  concurrencies: readonly number[],
): string {
  const reports = concurrencies.map((maxConcurrency) => {
    const definition = stableStringify(
      conversationStateMachineDefinition({
        processorArn: `arn:aws:lambda:${region}:123456789012:function:processor`,
        malformedQueueUrl: `https://sqs.${region}.amazonaws.com/123456789012/malformed`,
        deadLetterQueueUrl: `https://sqs.${region}.amazonaws.com/123456789012/dead-letters`,
        workflowType,
      }),
    );
    return capacityReport(
      eventPipelineDesign({ definition, workflowType, maxConcurrency, region }),
    );
  });
  return formatCapacityReports([...reports, capacityReport(standardWorkflowDesign(region))]);
}

function main(argv: readonly string[]): void {
  let region = "us-east-1";
  let workflowType: WorkflowType = "EXPRESS";
  const concurrencies: number[] = [];
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === "--region" && value) region = value;
    else if (flag === "--workflow" && WORKFLOW_TYPES.includes(value as WorkflowType))
      workflowType = value as WorkflowType;
    else if (flag === "--max-concurrency" && /^\d+$/.test(value ?? ""))
      concurrencies.push(Number(value));
    else {
      console.error(
        `capacityCli: unknown or incomplete option ${JSON.stringify(flag)}; use --region <code>, --workflow EXPRESS|STANDARD, --max-concurrency <n>`,
      );
      process.exit(2);
    }
  }
  console.log(
    capacityComparison(region, workflowType, concurrencies.length > 0 ? concurrencies : [10]),
  );
}

if (require.main === module) main(process.argv.slice(2));
