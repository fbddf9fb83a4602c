/**
 * The event pipeline as a stack deploys it, read from the resources the program registers under
 * the mock runtime (`synthesizeStack`): nothing here is rebuilt from the components. Every ARN a
 * resource names is resolved through the outputs the mocks recorded (rule target → queue or
 * function, pipe → queue and state machine, Task → function), so a wiring mistake in the program
 * shows up as a replay that cannot load.
 */
import * as pulumi from "@pulumi/pulumi";
import {
  compileEventPattern,
  compileInputTransformer,
  type CompiledEventPattern,
  type CompiledInputTransformer,
} from "../eventbridge";
import { evaluateJsonPath, parseJsonPath, type JsonPath } from "../eventbridge/jsonPath";
import { revealSecrets, type RecordedResource } from "../mocks";
import type { SynthesizedStack } from "../synthesize";

/** The stack cannot be replayed as asked (no event pipeline): a usage problem, exit status 2. */
export class ReplayInputError extends Error {}
/** The stack deploys something the replay does not simulate; failing beats a silently wrong count. */
export class UnsupportedPipelineError extends Error {}

export interface QueueSpec {
  readonly resourceName: string;
  readonly name: string;
  readonly arn: string;
  readonly url: string;
  /** From the queue's redrivePolicy. @default none: a failing message is received again until it expires */
  readonly redrive?: { readonly deadLetterArn: string; readonly maxReceiveCount: number };
  /** @default 30, SQS's default */
  readonly visibilityTimeoutSeconds: number;
  /** @default 345,600 (4 days), SQS's default */
  readonly messageRetentionSeconds: number;
}

export interface FunctionSpec {
  readonly resourceName: string;
  readonly name: string;
  readonly arn: string;
  /** "<file without .js>.<export>", e.g. "index.handler". */
  readonly handler: string;
  /** The deployment package: file name → text, from the function's AssetArchive `code`. */
  readonly files: Readonly<Record<string, string>>;
  readonly environment: Readonly<Record<string, string>>;
  readonly timeoutSeconds: number;
  readonly memorySizeMb: number;
  /** Retries of a failed asynchronous invocation (FunctionEventInvokeConfig; Lambda's default is 2). */
  readonly asyncRetries: number;
  /** Reserved concurrency; undefined draws on the account's unreserved pool. */
  readonly reservedConcurrency?: number;
  /** Where a failed asynchronous invocation goes (FunctionEventInvokeConfig onFailure). */
  readonly onFailureArn?: string;
}

export interface TableSpec {
  readonly resourceName: string;
  readonly name: string;
  readonly hashKey: string;
  readonly rangeKey?: string;
  readonly attributes: readonly { readonly name: string; readonly type: string }[];
}

/** How a target turns the matched event into its input. */
export type TargetInput =
  | { readonly kind: "transformer"; readonly render: CompiledInputTransformer }
  | { readonly kind: "constant"; readonly text: string }
  | { readonly kind: "path"; readonly path: JsonPath }
  | { readonly kind: "event" };

export interface TargetSpec {
  readonly resourceName: string;
  readonly arn: string;
  readonly input: TargetInput;
  readonly destination:
    | { readonly kind: "queue"; readonly queue: QueueSpec }
    | { readonly kind: "function"; readonly fn: FunctionSpec };
  /** EventBridge's retry policy for failed deliveries. */
  readonly retry: {
    readonly maximumRetryAttempts: number;
    readonly maximumEventAgeInSeconds: number;
  };
  /** Where EventBridge puts an event it could not deliver. */
  readonly deadLetterArn?: string;
}

export interface RuleSpec {
  readonly resourceName: string;
  readonly name: string;
  readonly arn: string;
  readonly patternText: string;
  readonly matches: CompiledEventPattern;
  readonly targets: readonly TargetSpec[];
}

export interface StateMachineSpec {
  readonly resourceName: string;
  readonly name: string;
  readonly arn: string;
  readonly type: "EXPRESS" | "STANDARD";
  readonly definition: Record<string, unknown>;
}

export interface PipeSpec {
  readonly resourceName: string;
  readonly name: string;
  readonly source: QueueSpec;
  readonly batchSize: number;
  readonly target: StateMachineSpec;
  /** REQUEST_RESPONSE: the pipe waits and a failed execution returns the batch to the queue. */
  readonly invocationType: "REQUEST_RESPONSE" | "FIRE_AND_FORGET";
  /** Each Task state of the definition that calls a function of the stack, with the function's ARN. */
  readonly taskFunctions: readonly (readonly [state: string, functionArn: string])[];
}

/** Everything the replay runs. */
export interface EventPipelineModel {
  readonly region: string;
  readonly bus: { readonly name: string; readonly arn: string };
  /** Enabled rules with an event pattern on the partner bus, in registration order. */
  readonly rules: readonly RuleSpec[];
  readonly pipes: readonly PipeSpec[];
  /** Every queue of the stack, by ARN (targets, dead-letter queues, destinations). */
  readonly queues: ReadonlyMap<string, QueueSpec>;
  /** The functions the pipeline runs: rule targets and state machine Tasks, by ARN. */
  readonly functions: ReadonlyMap<string, FunctionSpec>;
  /** Tables those functions name in their environment. */
  readonly tables: readonly TableSpec[];
  /** Buckets those functions name in their environment. */
  readonly buckets: readonly string[];
}

const LAMBDA_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:([^:]+)(?::[^:]+)?$/;

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const num = (value: unknown, fallback: number): number =>
  typeof value === "number" ? value : fallback;

function outputsOf(resource: RecordedResource): Record<string, unknown> {
  return revealSecrets(resource.outputs) as Record<string, unknown>;
}

function required(resource: RecordedResource, field: string): string {
  const value = str(outputsOf(resource)[field]);
  if (value === undefined)
    throw new UnsupportedPipelineError(
      `${resource.type} ${resource.name} has no ${field} output; the replay needs it`,
    );
  return value;
}

/** The text of every asset in a function's `code` AssetArchive. */
async function archiveFiles(resource: RecordedResource): Promise<Record<string, string>> {
  const code = resource.outputs.code;
  if (!(pulumi.asset.Archive.isInstance(code) && code instanceof pulumi.asset.AssetArchive)) {
    throw new UnsupportedPipelineError(
      `function ${resource.name}'s code is not an AssetArchive of text assets; the replay runs bundles it can read`,
    );
  }
  const assets = await code.assets;
  const files: Record<string, string> = {};
  for (const [name, asset] of Object.entries(assets)) {
    const text = pulumi.asset.Asset.isInstance(asset)
      ? await (asset as pulumi.asset.StringAsset).text
      : undefined;
    if (typeof text !== "string")
      throw new UnsupportedPipelineError(
        `function ${resource.name}'s code holds ${name}, which is not a StringAsset`,
      );
    files[name] = text;
  }
  return files;
}

function parseRedrive(resource: RecordedResource): QueueSpec["redrive"] {
  const text = str(outputsOf(resource).redrivePolicy);
  if (text === undefined || text === "") return undefined;
  const policy = JSON.parse(text) as { deadLetterTargetArn?: unknown; maxReceiveCount?: unknown };
  const deadLetterArn = str(policy.deadLetterTargetArn);
  const maxReceiveCount = Number(policy.maxReceiveCount);
  if (deadLetterArn === undefined || !Number.isInteger(maxReceiveCount) || maxReceiveCount < 1) {
    throw new UnsupportedPipelineError(
      `queue ${resource.name} has a redrivePolicy without deadLetterTargetArn and maxReceiveCount: ${text}`,
    );
  }
  return { deadLetterArn, maxReceiveCount };
}

function targetInput(resource: RecordedResource): TargetInput {
  const outputs = outputsOf(resource);
  const transformer = outputs.inputTransformer as
    { inputTemplate?: unknown; inputPaths?: unknown } | undefined;
  if (transformer !== undefined) {
    return {
      kind: "transformer",
      render: compileInputTransformer({
        inputTemplate: transformer.inputTemplate as string,
        inputPaths: transformer.inputPaths as Record<string, string> | undefined,
      }),
    };
  }
  const constant = str(outputs.input);
  if (constant !== undefined) return { kind: "constant", text: constant };
  const inputPath = str(outputs.inputPath);
  if (inputPath !== undefined) {
    const path = parseJsonPath(inputPath);
    if (typeof path === "string")
      throw new UnsupportedPipelineError(`target ${resource.name} has inputPath ${path}`);
    return { kind: "path", path };
  }
  return { kind: "event" };
}

/** The text EventBridge hands a target for `event`. */
export function renderTargetInput(
  target: TargetSpec,
  rule: RuleSpec,
  event: Record<string, unknown>,
): string {
  const input = target.input;
  switch (input.kind) {
    case "transformer":
      return input.render(event, { ruleName: rule.name, ruleArn: rule.arn });
    case "constant":
      return input.text;
    case "path": {
      const found = evaluateJsonPath(input.path, event);
      return found.found ? JSON.stringify(found.value) : "";
    }
    case "event":
      return JSON.stringify(event);
  }
}

/** Every state of a definition, nested ones (Map, Parallel) included. */
export function allStates(
  definition: Record<string, unknown>,
): { name: string; state: Record<string, unknown> }[] {
  const found: { name: string; state: Record<string, unknown> }[] = [];
  const walk = (machine: unknown) => {
    const states =
      (machine as { States?: Record<string, Record<string, unknown>> } | undefined)?.States ?? {};
    for (const [name, state] of Object.entries(states)) {
      found.push({ name, state });
      walk(state.ItemProcessor ?? state.Iterator);
      for (const branch of (state.Branches as unknown[] | undefined) ?? []) walk(branch);
    }
  };
  walk(definition);
  return found;
}

/** Every Task state of a definition, nested ones included. */
export function taskStates(
  definition: Record<string, unknown>,
): { name: string; state: Record<string, unknown> }[] {
  return allStates(definition).filter(({ state }) => state.Type === "Task");
}

/**
 * Reads the event pipeline of a synthesized stack. Throws ReplayInputError when the stack has no
 * partner event bus with rules, UnsupportedPipelineError when it deploys something not simulated.
 */
export async function loadEventPipeline(stack: SynthesizedStack): Promise<EventPipelineModel> {
  const resources = stack.resources.filter((r) => r.custom);
  const ofType = (type: string) => resources.filter((r) => r.type === type);
  const noPipeline = (why: string) =>
    new ReplayInputError(
      `stack ${stack.stack} has no event pipeline: ${why}. Fix: set eventPipeline.enabled: true (with its topics) in Pulumi.${stack.stack}.yaml`,
    );

  const buses = ofType("aws:cloudwatch/eventBus:EventBus").filter(
    (r) => str(outputsOf(r).eventSourceName) !== undefined,
  );
  if (buses.length === 0) throw noPipeline("it creates no partner event bus");
  if (buses.length > 1)
    throw new UnsupportedPipelineError(
      `stack ${stack.stack} creates ${buses.length} partner event buses; the replay puts every event on one`,
    );
  const busResource = buses[0];
  const bus = { name: required(busResource, "name"), arn: required(busResource, "arn") };

  const queues = new Map<string, QueueSpec>();
  for (const r of ofType("aws:sqs/queue:Queue")) {
    const queue: QueueSpec = {
      resourceName: r.name,
      name: required(r, "name"),
      arn: required(r, "arn"),
      url: required(r, "url"),
      redrive: parseRedrive(r),
      visibilityTimeoutSeconds: num(outputsOf(r).visibilityTimeoutSeconds, 30),
      messageRetentionSeconds: num(outputsOf(r).messageRetentionSeconds, 345600),
    };
    queues.set(queue.arn, queue);
  }
  const functionResources = new Map(
    ofType("aws:lambda/function:Function").map((r) => [required(r, "arn"), r]),
  );
  const invokeConfigs = ofType("aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig");
  const functions = new Map<string, FunctionSpec>();
  const loadFunction = async (arn: string, usedBy: string): Promise<FunctionSpec> => {
    // arn:aws:lambda:<region>:<account>:function:<name>[:<version or alias>]
    const unqualified = arn.split(":").slice(0, 7).join(":");
    const resource = functionResources.get(unqualified);
    if (resource === undefined)
      throw new UnsupportedPipelineError(
        `${usedBy} names ${arn}, which is no function of the stack`,
      );
    const known = functions.get(unqualified);
    if (known) return known;
    const outputs = outputsOf(resource);
    const name = required(resource, "name");
    const config = invokeConfigs.find((c) =>
      [name, unqualified].includes(str(outputsOf(c).functionName) ?? ""),
    );
    const configOutputs = config ? outputsOf(config) : {};
    const destination = (
      configOutputs.destinationConfig as { onFailure?: { destination?: unknown } } | undefined
    )?.onFailure?.destination;
    const spec: FunctionSpec = {
      resourceName: resource.name,
      name,
      arn: unqualified,
      handler: str(outputs.handler) ?? "index.handler",
      files: await archiveFiles(resource),
      environment:
        (outputs.environment as { variables?: Record<string, string> } | undefined)?.variables ??
        {},
      timeoutSeconds: num(outputs.timeout, 3),
      memorySizeMb: num(outputs.memorySize, 128),
      asyncRetries: num(configOutputs.maximumRetryAttempts, 2),
      // -1 is the provider's "no reservation".
      reservedConcurrency:
        typeof outputs.reservedConcurrentExecutions === "number" &&
        outputs.reservedConcurrentExecutions >= 0
          ? outputs.reservedConcurrentExecutions
          : undefined,
      onFailureArn: str(destination),
    };
    functions.set(unqualified, spec);
    return spec;
  };

  const stateMachines = new Map(
    ofType("aws:sfn/stateMachine:StateMachine").map((r) => [required(r, "arn"), r]),
  );
  const pipes: PipeSpec[] = [];
  for (const r of ofType("aws:pipes/pipe:Pipe")) {
    const outputs = outputsOf(r);
    const source = queues.get(str(outputs.source) ?? "");
    if (source === undefined) continue; // a pipe from another kind of source takes no part in the bus's flow
    const sourceParameters = (outputs.sourceParameters ?? {}) as Record<string, any>;
    if (sourceParameters.filterCriteria !== undefined)
      throw new UnsupportedPipelineError(`pipe ${r.name} filters its source; the replay does not`);
    if (outputs.enrichment !== undefined)
      throw new UnsupportedPipelineError(
        `pipe ${r.name} has an enrichment; the replay does not run it`,
      );
    const targetParameters = (outputs.targetParameters ?? {}) as Record<string, any>;
    if (targetParameters.inputTemplate !== undefined)
      throw new UnsupportedPipelineError(
        `pipe ${r.name} transforms its target input; the replay does not`,
      );
    const machineResource = stateMachines.get(str(outputs.target) ?? "");
    if (machineResource === undefined)
      throw new UnsupportedPipelineError(
        `pipe ${r.name} targets ${String(outputs.target)}; the replay runs pipes into a state machine of the stack`,
      );
    const machineOutputs = outputsOf(machineResource);
    const definitionText = required(machineResource, "definition");
    pipes.push({
      resourceName: r.name,
      name: required(r, "name"),
      source,
      // CreatePipe's SQS source default batch size is 10.
      batchSize: num(sourceParameters.sqsQueueParameters?.batchSize, 10),
      target: {
        resourceName: machineResource.name,
        name: required(machineResource, "name"),
        arn: required(machineResource, "arn"),
        type: machineOutputs.type === "EXPRESS" ? "EXPRESS" : "STANDARD",
        definition: JSON.parse(definitionText) as Record<string, unknown>,
      },
      invocationType:
        targetParameters.stepFunctionStateMachineParameters?.invocationType === "FIRE_AND_FORGET"
          ? "FIRE_AND_FORGET"
          : "REQUEST_RESPONSE",
      taskFunctions: [],
    });
  }
  for (const pipe of pipes) {
    for (const { name, state } of taskStates(pipe.target.definition)) {
      const resource = String(state.Resource);
      if (LAMBDA_ARN.test(resource)) {
        const fn = await loadFunction(resource, `Task ${name} of ${pipe.target.resourceName}`);
        (pipe.taskFunctions as [string, string][]).push([name, fn.arn]);
      } else if (resource !== "arn:aws:states:::sqs:sendMessage") {
        throw new UnsupportedPipelineError(
          `Task ${name} of ${pipe.target.resourceName} calls ${resource}; the replay runs Lambda ARNs and sqs:sendMessage`,
        );
      }
    }
  }

  const rules: RuleSpec[] = [];
  const targets = ofType("aws:cloudwatch/eventTarget:EventTarget");
  for (const r of ofType("aws:cloudwatch/eventRule:EventRule")) {
    const outputs = outputsOf(r);
    if (![bus.name, bus.arn].includes(str(outputs.eventBusName) ?? "")) continue;
    const patternText = str(outputs.eventPattern);
    if (patternText === undefined) continue; // schedule rules never see the bus's events
    if (outputs.state === "DISABLED" || outputs.isEnabled === false) continue;
    const name = required(r, "name");
    const ruleTargets: TargetSpec[] = [];
    for (const t of targets) {
      const targetOutputs = outputsOf(t);
      if (
        str(targetOutputs.rule) !== name ||
        ![bus.name, bus.arn].includes(str(targetOutputs.eventBusName) ?? "")
      )
        continue;
      const arn = required(t, "arn");
      const queue = queues.get(arn);
      const destination: TargetSpec["destination"] = queue
        ? { kind: "queue", queue }
        : { kind: "function", fn: await loadFunction(arn, `target ${t.name}`) };
      if (queue && !pipes.some((p) => p.source.arn === queue.arn)) {
        throw new UnsupportedPipelineError(
          `target ${t.name} sends to queue ${queue.resourceName}, which no pipe reads; the replay cannot tell what becomes of its messages`,
        );
      }
      const retry = (targetOutputs.retryPolicy ?? {}) as {
        maximumRetryAttempts?: unknown;
        maximumEventAgeInSeconds?: unknown;
      };
      ruleTargets.push({
        resourceName: t.name,
        arn,
        input: targetInput(t),
        destination,
        // EventBridge's defaults without a retry policy: 185 attempts over 24 hours.
        retry: {
          maximumRetryAttempts: num(retry.maximumRetryAttempts, 185),
          maximumEventAgeInSeconds: num(retry.maximumEventAgeInSeconds, 86400),
        },
        deadLetterArn: str((targetOutputs.deadLetterConfig as { arn?: unknown } | undefined)?.arn),
      });
    }
    rules.push({
      resourceName: r.name,
      name,
      arn: required(r, "arn"),
      patternText,
      matches: compileEventPattern(patternText),
      targets: ruleTargets,
    });
  }
  if (rules.length === 0)
    throw noPipeline(`its partner event bus ${bus.name} has no rule with an event pattern`);

  const used = [...functions.values()];
  const named = (value: string) => used.some((fn) => Object.values(fn.environment).includes(value));
  const tables: TableSpec[] = ofType("aws:dynamodb/table:Table")
    .filter((r) => named(required(r, "name")))
    .map((r) => {
      const outputs = outputsOf(r);
      return {
        resourceName: r.name,
        name: required(r, "name"),
        hashKey: required(r, "hashKey"),
        rangeKey: str(outputs.rangeKey),
        attributes: (outputs.attributes as { name: string; type: string }[] | undefined) ?? [],
      };
    });
  const buckets = ofType("aws:s3/bucket:Bucket")
    .map((r) => str(outputsOf(r).bucket) ?? "")
    .filter((b) => b !== "" && named(b));

  return { region: stack.config.awsRegion, bus, rules, pipes, queues, functions, tables, buckets };
}
