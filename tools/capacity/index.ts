/**
 * The event pipeline's capacity and cost, read from what the stack synthesized: the state machine's
 * definition and type, the pipe's batch size, each Lambda's memory, architecture, reserved
 * concurrency and table, and the rules on the bus (how many targets one event can reach, found by
 * matching each subscribed topic's event against every rule's pattern). Beside it, the
 * Standard-workflow design it is compared with.
 */
import {
  capacityReport,
  designFromDefinition,
  EVENT_BYTES,
  formatCapacityReports,
  type CapacityReport,
  type LambdaSettings,
  type PipelineDesign,
} from "./model";
import { standardWorkflowDesign } from "./standardWorkflowDesign";
import { matchesEventPattern } from "../eventbridge";
import { revealSecrets, type RecordedResource } from "../mocks";
import type { SynthesizedStack } from "../synthesize";
import type { WorkflowType } from "../../components/eventbridge/stateMachine";

const PIPELINE = "geo:index:EventBridgePipeline";
const TYPES = {
  stateMachine: "aws:sfn/stateMachine:StateMachine",
  pipe: "aws:pipes/pipe:Pipe",
  lambda: "aws:lambda/function:Function",
  rule: "aws:cloudwatch/eventRule:EventRule",
  target: "aws:cloudwatch/eventTarget:EventTarget",
  bus: "aws:cloudwatch/eventBus:EventBus",
  archive: "aws:cloudwatch/eventArchive:EventArchive",
} as const;
/** SQS's default batch for a pipe that sets none (eb-pipes-sqs.html). */
const PIPE_DEFAULT_BATCH_SIZE = 10;

interface Inputs {
  readonly [key: string]: unknown;
}

function inputsOf(resource: RecordedResource): Inputs {
  return revealSecrets(resource.inputs) as Inputs;
}

function only(resources: readonly RecordedResource[], type: string): RecordedResource {
  const found = resources.filter((r) => r.type === type);
  if (found.length !== 1) {
    throw new Error(`capacity: the event pipeline registered ${found.length} ${type}; expected 1`);
  }
  return found[0];
}

/** Every resource under `root`, at any depth (a BundledLambda's function is a grandchild). */
function descendants(resources: readonly RecordedResource[], root: string): RecordedResource[] {
  const inside = new Set([root]);
  const found: RecordedResource[] = [];
  // Registration order puts a parent before its children, so one pass finds every depth.
  for (const resource of resources) {
    if (resource.parent !== undefined && inside.has(resource.parent)) {
      inside.add(resource.urn);
      found.push(resource);
    }
  }
  return found;
}

/** A representative event of `topic` from the bus's source, in the first watched queue. */
function sampleEvent(source: string, topic: string, queueId: string | undefined): unknown {
  const conversationId = "00000000-0000-4000-8000-000000000001";
  return {
    version: "0",
    id: "00000000-0000-4000-8000-000000000002",
    "detail-type": topic,
    source,
    account: "123456789012",
    time: "2026-01-01T00:00:00Z",
    region: "us-east-1",
    resources: [],
    detail: {
      topicName: topic.replace("{id}", conversationId),
      version: "2",
      eventBody: { conversationId, ...(queueId !== undefined && { queueId }) },
    },
  };
}

/** The pipeline's design, from its synthesized children. */
export function pipelineDesign(synthesized: SynthesizedStack): PipelineDesign | undefined {
  const events = synthesized.config.eventPipeline;
  if (!events) return undefined;
  const pipeline = synthesized.resources.find((r) => r.type === PIPELINE);
  if (!pipeline)
    throw new Error(
      "capacity: the stack enables eventPipeline but registered no EventBridgePipeline",
    );
  const children = descendants(synthesized.resources, pipeline.urn);

  const machine = inputsOf(only(children, TYPES.stateMachine));
  const definition = machine.definition;
  if (typeof definition !== "string") {
    throw new Error("capacity: the state machine's definition did not resolve to JSON text");
  }
  const workflowType = (machine.type ?? "STANDARD") as WorkflowType;
  const pipe = inputsOf(only(children, TYPES.pipe));
  const sqs = (pipe.sourceParameters as { sqsQueueParameters?: { batchSize?: number } } | undefined)
    ?.sqsQueueParameters;
  const batchSize = sqs?.batchSize ?? PIPE_DEFAULT_BATCH_SIZE;

  const prefix = `${pipeline.name}-`;
  const local = (name: string) => (name.startsWith(prefix) ? name.slice(prefix.length) : name);
  // A table by its name in the stack ("events"), not its physical name.
  const tableNames = new Map(
    children
      .filter((r) => r.type === "aws:dynamodb/table:Table")
      .map((r) => [String(r.outputs.name), local(r.name)] as const),
  );
  const lambdas = new Map<string, LambdaSettings>();
  for (const fn of children.filter((r) => r.type === TYPES.lambda)) {
    const inputs = inputsOf(fn);
    const variables = (inputs.environment as { variables?: Record<string, unknown> } | undefined)
      ?.variables;
    const table =
      typeof variables?.TABLE_NAME === "string"
        ? (tableNames.get(variables.TABLE_NAME) ?? variables.TABLE_NAME)
        : undefined;
    lambdas.set(String(fn.outputs.arn), {
      name: local(fn.name),
      memoryMb: typeof inputs.memorySize === "number" ? inputs.memorySize : 128,
      architecture:
        (inputs.architectures as string[] | undefined)?.[0] === "arm64" ? "arm64" : "x86_64",
      ...(typeof inputs.reservedConcurrentExecutions === "number" &&
        inputs.reservedConcurrentExecutions >= 0 && {
          reservedConcurrency: inputs.reservedConcurrentExecutions,
        }),
      ...(table !== undefined && { table }),
    });
  }
  const settings = (arn: string): LambdaSettings => {
    const found = lambdas.get(arn);
    if (!found)
      throw new Error(`capacity: the definition calls ${arn}, which the pipeline did not register`);
    return found;
  };

  // Rules and their targets: how many targets the event of each subscribed topic reaches.
  const source = String(inputsOf(only(children, TYPES.bus)).name);
  const rules = children
    .filter((r) => r.type === TYPES.rule)
    .map((r) => ({
      name: String(r.outputs.name ?? inputsOf(r).name),
      pattern: JSON.parse(String(inputsOf(r).eventPattern)),
    }));
  const targets = children.filter((r) => r.type === TYPES.target).map(inputsOf);
  const targetsOf = (rule: string) => targets.filter((t) => t.rule === rule);
  let targetsPerEvent = 0;
  const ruleLambdas = new Map<string, { settings: LambdaSettings; topics: string[] }>();
  for (const topic of events.topics) {
    const event = sampleEvent(source, topic, events.queueIds[0]);
    const reached = rules
      .filter((rule) => matchesEventPattern(rule.pattern, event))
      .flatMap((rule) => targetsOf(rule.name));
    targetsPerEvent = Math.max(targetsPerEvent, reached.length);
    for (const target of reached) {
      const fn = lambdas.get(String(target.arn));
      if (!fn) continue;
      const entry = ruleLambdas.get(fn.name) ?? { settings: fn, topics: [] };
      entry.topics.push(topic.replace("v2.detail.events.conversation.{id}.", ""));
      ruleLambdas.set(fn.name, entry);
    }
  }

  return designFromDefinition({
    label: `this stack (${workflowType}, pipe batches of ${batchSize}, maxConcurrency ${events.maxConcurrency})`,
    region: synthesized.config.awsRegion,
    workflowType,
    start: "pipe",
    definition,
    eventsPerExecution: batchSize,
    lambdaSettings: settings,
    ruleTargetLambdas: [...ruleLambdas.values()].map(({ settings: fn, topics }) => ({
      ...fn,
      onlyFor: `${topics.join(", ")} events its rule matches (the ${fn.name} Lambda)`,
    })),
    targetsPerEvent: Math.max(targetsPerEvent, 1),
    archivedBytesPerEvent: children.some((r) => r.type === TYPES.archive) ? EVENT_BYTES : 0,
  });
}

/** The stack's report and the Standard-workflow design's, in the stack's region. */
export function capacityReportsOfStack(
  synthesized: SynthesizedStack,
): { readonly stack: CapacityReport; readonly standardWorkflow: CapacityReport } | undefined {
  const design = pipelineDesign(synthesized);
  if (!design) return undefined;
  return {
    stack: capacityReport(design),
    standardWorkflow: capacityReport(standardWorkflowDesign(synthesized.config.awsRegion)),
  };
}

/** The markdown the plan prints; undefined when the stack has no event pipeline. */
export function capacityOfStack(synthesized: SynthesizedStack): string | undefined {
  const reports = capacityReportsOfStack(synthesized);
  return reports && formatCapacityReports([reports.stack, reports.standardWorkflow]);
}
