import { capacityReport, eventPipelineDesign, formatCapacityReports } from "./model";
import { standardWorkflowDesign } from "./standardWorkflowDesign";
import { revealSecrets } from "../mocks";
import type { SynthesizedStack } from "../synthesize";

const STATE_MACHINE = "aws:sfn/stateMachine:StateMachine";
const PIPELINE = "geo:index:EventBridgePipeline";

/**
 * The event pipeline's sustained events/s and cost per million events, computed from the state
 * machine definition the stack synthesized, beside the Standard-workflow design; undefined when the stack
 * has no event pipeline.
 */
export function capacityOfStack(synthesized: SynthesizedStack): string | undefined {
  const events = synthesized.config.eventPipeline;
  if (!events) return undefined;
  const pipeline = synthesized.resources.find((r) => r.type === PIPELINE);
  const machine = synthesized.resources.find(
    (r) => r.type === STATE_MACHINE && pipeline && r.urn.includes(`${PIPELINE}$`),
  );
  if (!machine) throw new Error("capacity: the event pipeline registered no state machine");
  const definition = (revealSecrets(machine.inputs) as { definition?: unknown }).definition;
  if (typeof definition !== "string")
    throw new Error("capacity: the state machine's definition did not resolve to JSON text");
  const region = synthesized.config.awsRegion;
  const deployed = capacityReport(
    eventPipelineDesign({
      definition,
      workflowType: events.workflowType,
      maxConcurrency: events.maxConcurrency,
      region,
    }),
  );
  return formatCapacityReports([deployed, capacityReport(standardWorkflowDesign(region))]);
}
