/**
 * Capacity and cost of an event-processing design. The sustained event rate is the lowest of every
 * AWS limit on the events' path, each named with the page that documents it (awsFacts.ts); the
 * cost per million events adds every billed request, duration and byte on that path.
 *
 * A design is described by its parameters: events per state machine execution (the pipe's batch
 * size), Lambda invocations per event, EventBridge targets per event, each Lambda's duration,
 * memory and concurrency. `designFromDefinition` derives the Lambda invocations from the state
 * machine definition itself (a Lambda Task inside a Map over the batch runs once per event, one
 * outside it once per batch); index.ts reads everything else from the synthesized stack, and
 * standardWorkflowDesign.ts writes down the design it is compared with.
 */
import { allStates } from "../../components/eventbridge/aslChecks";
import type { AslDefinition, WorkflowType } from "../../components/eventbridge/stateMachine";
import * as aws from "./awsFacts";

// ---------------------------------------------------------------------------------------------
// Assumptions: what no quota or price page says, stated in every report.

/**
 * Run time of one Lambda invocation: 50 ms for one event (validate, one conditional write), 100 ms
 * for a batch (its writes run in parallel; the replay's virtual processor takes the same 100 ms).
 */
export const SINGLE_EVENT_DURATION_MS = 50;
export const BATCH_DURATION_MS = 100;
/** Bytes of one Genesys detail event as archived; the fixture sample averages about 930. */
export const EVENT_BYTES = 1000;
/** Lambda's own START, END and REPORT lines per invocation, in its text log format. */
export const LAMBDA_PLATFORM_LOG_BYTES_PER_INVOCATION = 350;
/** Lambda's text-format prefix of every line a handler logs (time, request id, level). */
export const LAMBDA_LOG_LINE_PREFIX_BYTES = 67;

/**
 * What the pipeline's handlers log per event, Lambda's prefix included: a handler of one event logs
 * one JSON line naming its key and event id (about 250 bytes for the fixture events); a batch
 * handler one line of counts per batch, plus the reason of each event it could not store.
 * tests/tools/capacity measures both on the fixture events.
 */
export const HANDLER_LOG_BYTES_PER_EVENT = {
  single: 250 + LAMBDA_LOG_LINE_PREFIX_BYTES,
  batch: 40,
} as const;

/** The log bytes assumed per event for a handler that takes `events` events per invocation. */
export function handlerLogBytesPerEvent(events: number): number {
  return events > 1 ? HANDLER_LOG_BYTES_PER_EVENT.batch : HANDLER_LOG_BYTES_PER_EVENT.single;
}

/** The duration assumed for an invocation handling `events` events. */
export function assumedDurationMs(events: number): number {
  return events > 1 ? BATCH_DURATION_MS : SINGLE_EVENT_DURATION_MS;
}

// ---------------------------------------------------------------------------------------------
// Designs

/** One Lambda function an event reaches. */
export interface LambdaOnPath {
  /** What it is, for the report, e.g. "processor". */
  readonly name: string;
  readonly memoryMb: number;
  readonly architecture: "arm64" | "x86_64";
  /** Run time of one invocation. */
  readonly durationMs: number;
  /** Its own concurrency; undefined: it shares what the account leaves unreserved. */
  readonly reservedConcurrency?: number;
  /** Invocations per event. */
  readonly invocationsPerEvent: number;
  /** The DynamoDB table it writes one item to per event it handles; undefined: none. */
  readonly table?: string;
  /** Bytes the handler logs per event, Lambda's line prefixes included. */
  readonly logBytesPerEvent: number;
  /**
   * The events that reach it when not every event does, e.g. "user.end events of watched queues".
   * Its rate limits assume every event does (the worst mix); its cost is reported per million such events.
   */
  readonly onlyFor?: string;
}

/** One design, as the model needs it. */
export interface PipelineDesign {
  readonly label: string;
  readonly region: string;
  readonly workflowType: WorkflowType;
  /** "pipe": a pipe starts one execution per SQS batch; "rule": the rule starts one per event. */
  readonly start: "pipe" | "rule";
  /** Events one execution handles: the pipe's batch size, 1 when the rule starts executions. */
  readonly eventsPerExecution: number;
  /** EventBridge target invocations per event: every rule target an event can reach. */
  readonly targetsPerEvent: number;
  /** The Lambda functions on the events' path. */
  readonly lambdas: readonly LambdaOnPath[];
  /** State transitions per execution (billed and throttled on Standard). */
  readonly transitionsPerExecution: number;
  /** Run time of one execution. */
  readonly executionMs: number;
  /** Write request units per conditional write: 1 for items up to 1 KB. @default 1 */
  readonly writeUnitsPerWrite?: number;
  /** Bytes archived per event; 0 without an archive. */
  readonly archivedBytesPerEvent: number;
}

/** One limit on the sustained event rate. */
export interface RateLimit {
  readonly name: string;
  readonly eventsPerSecond: number;
  /** How the figure follows from the quota. */
  readonly derivation: string;
  /** The AWS page that documents the quota. */
  readonly source: string;
  /** "stack": set by the stack (reserved concurrency); "aws": an AWS default quota. */
  readonly kind: "stack" | "aws";
  /** Binds only before DynamoDB has scaled (a new on-demand table). */
  readonly dayOneOnly?: boolean;
  /** How to raise it. */
  readonly raise: string;
}

/** One priced item, per million events. */
export interface CostLine {
  readonly item: string;
  readonly usdPerMillionEvents: number;
  readonly source: string;
}

/** What a design sustains and costs. */
export interface CapacityReport {
  readonly label: string;
  readonly region: string;
  readonly workflowType: WorkflowType;
  readonly eventsPerExecution: number;
  readonly targetsPerEvent: number;
  readonly lambdaInvocationsPerEvent: number;
  readonly stateTransitionsPerEvent: number;
  /** Every limit, ascending by events per second, day-one ones included. */
  readonly limits: readonly RateLimit[];
  /** The lowest limit once DynamoDB has scaled. */
  readonly sustainedEventsPerSecond: number;
  readonly bottleneck: string;
  /** The lowest limit on day one, with new tables. */
  readonly dayOneEventsPerSecond: number;
  readonly dayOneBottleneck: string;
  /** For the Lambdas every event reaches. */
  readonly cost: readonly CostLine[];
  readonly costPerMillionEvents: number;
  /** What an event that also reaches an `onlyFor` Lambda costs on top, per million such events. */
  readonly extraCost: readonly (CostLine & { readonly onlyFor: string })[];
  readonly assumptions: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Reading a definition

/** The Lambda a Task calls: its Resource, or the FunctionName of an arn:aws:states:::lambda:invoke Task. */
export function lambdaOfTask(state: Record<string, unknown>): string | undefined {
  if (state.Type !== "Task" || typeof state.Resource !== "string") return undefined;
  if (/^arn:[^:]+:lambda:/.test(state.Resource)) return state.Resource;
  if (/^arn:[^:]+:states:::lambda:invoke/.test(state.Resource)) {
    const parameters = (state.Parameters ?? state.Arguments ?? {}) as Record<string, unknown>;
    const name = parameters.FunctionName ?? parameters["FunctionName.$"];
    return typeof name === "string" ? name : state.Resource;
  }
  return undefined;
}

/** Lambda invocations and transitions along the path an ordinary event takes. */
export interface DefinitionPath {
  /** Invocations per execution, by the Lambda called. */
  readonly invocations: ReadonlyMap<string, number>;
  /** Invocations that run one after another per execution, by Lambda (a Map's waves count once each). */
  readonly waves: ReadonlyMap<string, number>;
  readonly transitions: number;
}

/**
 * Items a Map iterates on an ordinary batch: the batch itself when it maps over its input (no
 * ItemsPath, or "$"), none when it maps over failures (an ItemsPath naming dead letters, failures
 * or errors, empty when every event is stored), else the batch.
 */
export function mapItems(state: Record<string, unknown>, batch: number): number {
  const path = state.ItemsPath;
  if (path === undefined || path === "$") return batch;
  return typeof path === "string" && /dead.?letter|fail|error/i.test(path) ? 0 : batch;
}

/**
 * Follows Next, or a Choice's Default, from StartAt to the end, into a Map's iterations (in waves of
 * MaxConcurrency); Catch branches are not taken. `items` is the events an execution holds.
 */
export function definitionPath(machine: AslDefinition, items: number): DefinitionPath {
  const states = (machine.States ?? {}) as Record<string, Record<string, unknown>>;
  const invocations = new Map<string, number>();
  const waves = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, n: number) =>
    map.set(key, (map.get(key) ?? 0) + n);
  let transitions = 0;
  const seen = new Set<string>();
  let name = machine.StartAt as string | undefined;
  while (name !== undefined) {
    const state = states[name];
    if (!state || seen.has(name)) {
      throw new Error(
        `capacity: the definition's path revisits or lacks state ${JSON.stringify(name)}`,
      );
    }
    seen.add(name);
    transitions += 1;
    const lambda = lambdaOfTask(state);
    if (lambda) {
      add(invocations, lambda, 1);
      add(waves, lambda, 1);
    }
    if (state.Type === "Map") {
      const count = mapItems(state, items);
      const limit =
        typeof state.MaxConcurrency === "number" && state.MaxConcurrency > 0
          ? state.MaxConcurrency
          : Math.max(count, 1);
      const inner = definitionPath((state.ItemProcessor ?? state.Iterator) as AslDefinition, 1);
      transitions += count * inner.transitions;
      for (const [fn, n] of inner.invocations) add(invocations, fn, count * n);
      for (const [fn, n] of inner.waves) add(waves, fn, Math.ceil(count / limit) * n);
    }
    name = state.End === true ? undefined : ((state.Next ?? state.Default) as string | undefined);
  }
  return { invocations, waves, transitions };
}

/** The Lambda ARNs a definition calls, at any depth. */
export function lambdaArns(machine: AslDefinition): string[] {
  const arns = allStates(machine)
    .map((s) => lambdaOfTask(s.state))
    .filter((arn): arn is string => arn !== undefined);
  return [...new Set(arns)].sort();
}

/** What the stack (or a written-down design) says about one Lambda. */
export interface LambdaSettings {
  readonly name: string;
  readonly memoryMb: number;
  readonly architecture: "arm64" | "x86_64";
  readonly reservedConcurrency?: number;
  readonly table?: string;
  /**
   * Bytes the handler logs per event, prefixes included.
   * @default handlerLogBytesPerEvent of the events one invocation handles for a Lambda with a table, else 0
   */
  readonly logBytesPerEvent?: number;
  /** @default assumedDurationMs of the events one invocation handles */
  readonly durationMs?: number;
}

/** A design whose state machine is started per batch (a pipe) or per event (a rule). */
export interface StateMachineDesignInputs {
  readonly label: string;
  readonly region: string;
  readonly workflowType: WorkflowType;
  readonly start: "pipe" | "rule";
  readonly definition: string | AslDefinition;
  /** Events per execution: the pipe's batch size, 1 for a rule. */
  readonly eventsPerExecution: number;
  /** Settings of the Lambda a Task calls, by its ARN. */
  readonly lambdaSettings: (arn: string) => LambdaSettings;
  /** Lambdas that rules invoke directly, each for the events its rule matches. */
  readonly ruleTargetLambdas?: readonly (LambdaSettings & { readonly onlyFor: string })[];
  readonly targetsPerEvent: number;
  readonly archivedBytesPerEvent: number;
}

/** The design, with the state machine's Lambda invocations and run time read from its definition. */
export function designFromDefinition(inputs: StateMachineDesignInputs): PipelineDesign {
  const definition =
    typeof inputs.definition === "string"
      ? (JSON.parse(inputs.definition) as AslDefinition)
      : inputs.definition;
  const n = inputs.eventsPerExecution;
  const path = definitionPath(definition, n);
  const lambdas: LambdaOnPath[] = [];
  let executionMs = 0;
  for (const [arn, perExecution] of [...path.invocations].sort(([a], [b]) => a.localeCompare(b))) {
    if (perExecution === 0) continue;
    const settings = inputs.lambdaSettings(arn);
    const events = n / perExecution;
    const durationMs = settings.durationMs ?? assumedDurationMs(events);
    executionMs += (path.waves.get(arn) ?? 0) * durationMs;
    lambdas.push({
      ...settings,
      durationMs,
      invocationsPerEvent: perExecution / n,
      logBytesPerEvent:
        settings.logBytesPerEvent ?? (settings.table ? handlerLogBytesPerEvent(events) : 0),
    });
  }
  for (const target of inputs.ruleTargetLambdas ?? []) {
    lambdas.push({
      ...target,
      durationMs: target.durationMs ?? SINGLE_EVENT_DURATION_MS,
      invocationsPerEvent: 1,
      logBytesPerEvent: target.logBytesPerEvent ?? (target.table ? handlerLogBytesPerEvent(1) : 0),
    });
  }
  return {
    label: inputs.label,
    region: inputs.region,
    workflowType: inputs.workflowType,
    start: inputs.start,
    eventsPerExecution: n,
    targetsPerEvent: inputs.targetsPerEvent,
    lambdas,
    transitionsPerExecution: path.transitions,
    executionMs: Math.max(executionMs, 1),
    archivedBytesPerEvent: inputs.archivedBytesPerEvent,
  };
}

// ---------------------------------------------------------------------------------------------
// The model

/**
 * A unit of concurrency serves at most min(1/duration, 10) invocations a second (scaling-behavior.html:
 * each instance handles at most 10 requests per second), so each invocation holds it for max(duration, 100 ms).
 */
export function concurrencySecondsPerInvocation(durationMs: number): number {
  return Math.max(durationMs / 1000, 1 / aws.LAMBDA_REQUESTS_PER_SECOND_PER_INSTANCE.value);
}

const GB = 1024 ** 3;
const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;
/** Whole events per second; the epsilon keeps 99.99999 (float division) from flooring to 99. */
const wholeRate = (value: number) => Math.floor(value + 1e-6);
const plural = (n: number, word: string) => `${round(n, 3)} ${word}${n === 1 ? "" : "s"}`;

function checkDesign(design: PipelineDesign): void {
  const fail = (field: string, value: unknown, rule: string) => {
    throw new Error(`capacity: ${design.label}: ${field} ${rule}; got ${JSON.stringify(value)}`);
  };
  const positive = (field: string, value: number, integer = false) => {
    if (!(Number.isFinite(value) && value > 0 && (!integer || Number.isInteger(value)))) {
      fail(field, value, `must be a positive ${integer ? "integer" : "number"}`);
    }
  };
  positive("eventsPerExecution", design.eventsPerExecution, true);
  positive("targetsPerEvent", design.targetsPerEvent);
  positive("executionMs", design.executionMs);
  positive("writeUnitsPerWrite", design.writeUnitsPerWrite ?? 1, true);
  for (const fn of design.lambdas) {
    positive(`${fn.name} durationMs`, fn.durationMs);
    positive(`${fn.name} memoryMb`, fn.memoryMb, true);
    if (fn.reservedConcurrency !== undefined)
      positive(`${fn.name} reservedConcurrency`, fn.reservedConcurrency, true);
  }
  const reserved = design.lambdas.reduce((sum, fn) => sum + (fn.reservedConcurrency ?? 0), 0);
  const reservable = aws.LAMBDA_ACCOUNT_CONCURRENCY.value - aws.LAMBDA_UNRESERVED_MINIMUM.value;
  if (reserved > reservable) {
    fail(
      "reserved concurrency",
      reserved,
      `totals more than the ${reservable} an account of ${aws.LAMBDA_ACCOUNT_CONCURRENCY.value} can reserve (${aws.LAMBDA_UNRESERVED_MINIMUM.source})`,
    );
  }
}

/** The rate limits on the design's path, in events per second, unsorted. */
export function rateLimits(design: PipelineDesign): RateLimit[] {
  const limits: RateLimit[] = [];
  const n = design.eventsPerExecution;
  const regionClass = aws.SFN_LARGE_REGIONS.includes(design.region) ? "large" : "other";
  const seconds = design.executionMs / 1000;

  const invocations =
    aws.EVENTBRIDGE_INVOCATIONS_PER_SECOND[design.region] ??
    aws.EVENTBRIDGE_INVOCATIONS_OTHER_REGIONS.value;
  limits.push({
    name: "EventBridge target invocations",
    eventsPerSecond: invocations / design.targetsPerEvent,
    derivation: `${invocations}/s in ${design.region} ÷ ${plural(design.targetsPerEvent, "target")} per event`,
    source: aws.EVENTBRIDGE_INVOCATIONS_SOURCE,
    kind: "aws",
    raise: "Service Quotas: EventBridge invocations throttle limit",
  });

  if (design.workflowType === "STANDARD") {
    const start = aws.SFN_STANDARD_START_EXECUTION_PER_SECOND[regionClass];
    limits.push({
      name: "Step Functions Standard StartExecution",
      eventsPerSecond: start.value * n,
      derivation: `${start.value}/s refill in ${design.region} × ${plural(n, "event")} per execution`,
      source: start.source,
      kind: "aws",
      raise:
        "Service Quotas: Step Functions StartExecution throttle, or batch events per execution",
    });
    const transitions = aws.SFN_STANDARD_STATE_TRANSITIONS_PER_SECOND[regionClass];
    const perEvent = design.transitionsPerExecution / n;
    limits.push({
      name: "Step Functions Standard state transitions",
      eventsPerSecond: transitions.value / perEvent,
      derivation: `${transitions.value}/s refill in ${design.region} ÷ ${plural(perEvent, "transition")} per event`,
      source: transitions.source,
      kind: "aws",
      raise: "Service Quotas: Step Functions StateTransition throttle, or an Express workflow",
    });
  } else if (design.start === "pipe") {
    const sync = aws.SFN_SYNC_EXPRESS_CONCURRENT_EXECUTIONS;
    limits.push({
      name: "Step Functions synchronous Express concurrent executions",
      eventsPerSecond: (sync.value * n) / seconds,
      derivation: `${sync.value} executions (the lowest region's) × ${plural(n, "event")} ÷ ${seconds} s each`,
      source: sync.source,
      kind: "aws",
      raise: "a support case (tens of thousands), or larger batches",
    });
  } else {
    const start = aws.SFN_EXPRESS_START_EXECUTION_PER_SECOND;
    limits.push({
      name: "Step Functions Express StartExecution",
      eventsPerSecond: start.value * n,
      derivation: `${start.value}/s × ${plural(n, "event")} per execution`,
      source: start.source,
      kind: "aws",
      raise: "Service Quotas: Step Functions StartExecution throttle",
    });
  }

  if (design.start === "pipe") {
    const pipes = Math.min(
      aws.PIPES_ACCOUNT_CONCURRENT_EXECUTIONS.value,
      aws.PIPES_SQS_PIPE_CONCURRENT_EXECUTIONS.value,
    );
    limits.push({
      name: "EventBridge Pipes concurrent executions",
      eventsPerSecond: (pipes * n) / seconds,
      derivation: `${pipes} executions (the account's; one SQS pipe scales to ${aws.PIPES_SQS_PIPE_CONCURRENT_EXECUTIONS.value}) × ${plural(n, "event")} ÷ ${seconds} s each`,
      source: aws.PIPES_ACCOUNT_CONCURRENT_EXECUTIONS.source,
      kind: "aws",
      raise: "a support case, or larger batches",
    });
    const inFlight = aws.SQS_STANDARD_IN_FLIGHT_MESSAGES;
    limits.push({
      name: "SQS in-flight messages",
      eventsPerSecond: inFlight.value / seconds,
      derivation: `${inFlight.value} messages ÷ ${seconds} s in flight each`,
      source: inFlight.source,
      kind: "aws",
      raise: "a support case; shorter executions",
    });
  }

  // Lambda: a function with reserved concurrency by its own; the others by what the account leaves.
  const reserved = design.lambdas.reduce((sum, fn) => sum + (fn.reservedConcurrency ?? 0), 0);
  const perSecond = aws.LAMBDA_REQUESTS_PER_SECOND_PER_INSTANCE.value;
  let sharedSecondsPerEvent = 0;
  const sharing: string[] = [];
  for (const fn of design.lambdas) {
    if (fn.invocationsPerEvent === 0) continue;
    const perEvent = fn.invocationsPerEvent * concurrencySecondsPerInvocation(fn.durationMs);
    const calls = `${plural(fn.invocationsPerEvent, "invocation")} per event × max(${fn.durationMs} ms, 1/${perSecond} s)`;
    if (fn.reservedConcurrency !== undefined) {
      limits.push({
        name: `Lambda ${fn.name}: reserved concurrency`,
        eventsPerSecond: fn.reservedConcurrency / perEvent,
        derivation: `${fn.reservedConcurrency} ÷ (${calls}); at most ${perSecond} requests/s per instance`,
        source: aws.LAMBDA_REQUESTS_PER_SECOND_PER_INSTANCE.source,
        kind: "stack",
        raise: "maxConcurrency (at most 900, and what the other Lambdas can spare)",
      });
    } else {
      sharedSecondsPerEvent += perEvent;
      sharing.push(`${fn.name}: ${calls}`);
    }
  }
  if (sharing.length > 0) {
    limits.push({
      name: "Lambda unreserved account concurrency",
      eventsPerSecond: (aws.LAMBDA_ACCOUNT_CONCURRENCY.value - reserved) / sharedSecondsPerEvent,
      derivation: `(${aws.LAMBDA_ACCOUNT_CONCURRENCY.value} − ${reserved} reserved) ÷ (${sharing.join(" + ")}); at most ${perSecond} requests/s per instance`,
      source: `${aws.LAMBDA_ACCOUNT_CONCURRENCY.source}; ${aws.LAMBDA_REQUESTS_PER_SECOND_PER_INSTANCE.source}`,
      kind: "aws",
      raise: "Service Quotas: Lambda concurrent executions, or less reserved concurrency",
    });
  }

  // DynamoDB: each table by the write units it takes per event.
  const units = design.writeUnitsPerWrite ?? 1;
  const tables = new Map<string, number>();
  for (const fn of design.lambdas) {
    if (fn.table) tables.set(fn.table, (tables.get(fn.table) ?? 0) + units);
  }
  for (const [table, perEvent] of tables) {
    const fresh = aws.DYNAMODB_NEW_TABLE_WRITE_UNITS_PER_SECOND;
    limits.push({
      name: `DynamoDB ${table} table, day one`,
      eventsPerSecond: fresh.value / perEvent,
      derivation: `${fresh.value} write units/s of a new on-demand table ÷ ${plural(perEvent, "write unit")} per event; it then takes up to double its previous peak every 30 minutes, or set warm throughput`,
      source: fresh.source,
      kind: "aws",
      dayOneOnly: true,
      raise: "the table's warm throughput (WarmThroughput.WriteUnitsPerSecond), or ramp traffic up",
    });
    const quota = aws.DYNAMODB_TABLE_WRITE_UNITS_PER_SECOND;
    limits.push({
      name: `DynamoDB ${table} table, warm`,
      eventsPerSecond: quota.value / perEvent,
      derivation: `${quota.value} write units/s (the table-level quota) ÷ ${plural(perEvent, "write unit")} per event`,
      source: quota.source,
      kind: "aws",
      raise: "Service Quotas: DynamoDB table-level write throughput",
    });
  }
  return limits;
}

/** Lambda invocations, their writes and their logs, per million events. */
function lambdaCost(design: PipelineDesign, lambdas: readonly LambdaOnPath[]): CostLine[] {
  const lines: CostLine[] = [];
  const add = (item: string, usd: number, source: string) =>
    lines.push({ item, usdPerMillionEvents: usd * 1e6, source });
  const units = design.writeUnitsPerWrite ?? 1;
  let writeUnits = 0;
  let logBytes = 0;
  for (const fn of lambdas) {
    if (fn.invocationsPerEvent === 0) continue;
    const gbSeconds = (fn.memoryMb / 1024) * (fn.durationMs / 1000);
    const perInvocation =
      aws.LAMBDA_PER_REQUEST.value + gbSeconds * aws.LAMBDA_PER_GB_SECOND[fn.architecture].value;
    add(
      `Lambda ${fn.name} (${plural(fn.invocationsPerEvent, "invocation")} per event, ${fn.memoryMb} MB ${fn.architecture}, ${fn.durationMs} ms)`,
      fn.invocationsPerEvent * perInvocation,
      aws.LAMBDA_PER_REQUEST.source,
    );
    if (fn.table) writeUnits += units;
    logBytes +=
      fn.logBytesPerEvent + fn.invocationsPerEvent * LAMBDA_PLATFORM_LOG_BYTES_PER_INVOCATION;
  }
  if (writeUnits > 0) {
    add(
      `DynamoDB on-demand writes (${plural(writeUnits, "write unit")} per event; a failed condition is billed too)`,
      (writeUnits * aws.DYNAMODB_WRITE_REQUEST_UNITS_PER_MILLION.value) / 1e6,
      aws.DYNAMODB_WRITE_REQUEST_UNITS_PER_MILLION.source,
    );
  }
  if (logBytes > 0) {
    add(
      `CloudWatch Logs ingestion (${Math.round(logBytes)} bytes per event)`,
      (logBytes / GB) * aws.CLOUDWATCH_LOGS_INGESTION_PER_GB.value,
      aws.CLOUDWATCH_LOGS_INGESTION_PER_GB.source,
    );
  }
  return lines;
}

/** The cost lines per million events, for the Lambdas every event reaches. */
export function costLines(design: PipelineDesign): CostLine[] {
  const n = design.eventsPerExecution;
  const lines: CostLine[] = [];
  const add = (item: string, usd: number, source: string) =>
    lines.push({ item, usdPerMillionEvents: usd * 1e6, source });
  const partner = aws.EVENTBRIDGE_PARTNER_EVENTS_PER_MILLION;
  add("EventBridge partner events", partner.value / 1e6, partner.source);
  if (design.archivedBytesPerEvent > 0) {
    add(
      `EventBridge archive (${design.archivedBytesPerEvent} bytes per event)`,
      (design.archivedBytesPerEvent / GB) * aws.EVENTBRIDGE_ARCHIVE_PER_GB.value,
      aws.EVENTBRIDGE_ARCHIVE_PER_GB.source,
    );
  }
  if (design.start === "pipe") {
    // EventBridge sends each event; the pipe receives and deletes a batch with one request each.
    add(
      `SQS requests (1 send + 2 per batch of ${n})`,
      ((1 + 2 / n) * aws.SQS_REQUESTS_PER_MILLION.value) / 1e6,
      aws.SQS_REQUESTS_PER_MILLION.source,
    );
    add(
      "EventBridge Pipes (counted per event)",
      aws.PIPES_REQUESTS_PER_MILLION.value / 1e6,
      aws.PIPES_REQUESTS_PER_MILLION.source,
    );
  }
  if (design.workflowType === "STANDARD") {
    const perEvent = design.transitionsPerExecution / n;
    add(
      `Step Functions Standard (${plural(perEvent, "transition")} per event)`,
      perEvent * aws.SFN_STANDARD_PER_TRANSITION.value,
      aws.SFN_STANDARD_PER_TRANSITION.source,
    );
  } else {
    const billedSeconds =
      (Math.ceil(design.executionMs / aws.SFN_EXPRESS_BILLING_MS) * aws.SFN_EXPRESS_BILLING_MS) /
      1000;
    add(
      `Step Functions Express requests (1 per ${plural(n, "event")})`,
      aws.SFN_EXPRESS_PER_REQUEST.value / n,
      aws.SFN_EXPRESS_PER_REQUEST.source,
    );
    add(
      `Step Functions Express duration (${aws.SFN_EXPRESS_BILLING_MB} MB × ${billedSeconds} s per execution)`,
      ((aws.SFN_EXPRESS_BILLING_MB / 1024) * billedSeconds * aws.SFN_EXPRESS_PER_GB_SECOND.value) /
        n,
      aws.SFN_EXPRESS_PER_GB_SECOND.source,
    );
  }
  lines.push(
    ...lambdaCost(
      design,
      design.lambdas.filter((fn) => fn.onlyFor === undefined),
    ),
  );
  return lines;
}

/** Computes what a design sustains and what a million events cost. */
export function capacityReport(design: PipelineDesign): CapacityReport {
  checkDesign(design);
  const limits = rateLimits(design).sort((a, b) => a.eventsPerSecond - b.eventsPerSecond);
  const warm = limits.filter((l) => !l.dayOneOnly);
  const cost = costLines(design);
  const total = cost.reduce((sum, line) => sum + line.usdPerMillionEvents, 0);
  const extraCost = design.lambdas
    .filter((fn) => fn.onlyFor !== undefined)
    .flatMap((fn) =>
      lambdaCost(design, [{ ...fn, invocationsPerEvent: 1 }]).map((line) => ({
        ...line,
        usdPerMillionEvents: round(line.usdPerMillionEvents),
        onlyFor: fn.onlyFor as string,
      })),
    );
  const invocations = design.lambdas
    .filter((fn) => fn.onlyFor === undefined)
    .reduce((sum, fn) => sum + fn.invocationsPerEvent, 0);
  return {
    label: design.label,
    region: design.region,
    workflowType: design.workflowType,
    eventsPerExecution: design.eventsPerExecution,
    targetsPerEvent: design.targetsPerEvent,
    lambdaInvocationsPerEvent: round(invocations),
    stateTransitionsPerEvent: round(design.transitionsPerExecution / design.eventsPerExecution),
    limits: limits.map((l) => ({ ...l, eventsPerSecond: wholeRate(l.eventsPerSecond) })),
    sustainedEventsPerSecond: wholeRate(warm[0].eventsPerSecond),
    bottleneck: warm[0].name,
    dayOneEventsPerSecond: wholeRate(limits[0].eventsPerSecond),
    dayOneBottleneck: limits[0].name,
    cost: cost.map((l) => ({ ...l, usdPerMillionEvents: round(l.usdPerMillionEvents) })),
    costPerMillionEvents: round(total, 2),
    extraCost,
    assumptions: [
      ...design.lambdas.map((fn) => `a ${fn.name} invocation runs ${fn.durationMs} ms`),
      `an execution runs ${design.executionMs} ms`,
      `${design.writeUnitsPerWrite ?? 1} write unit per conditional write (items up to 1 KB)`,
      `Lambda logs ${LAMBDA_PLATFORM_LOG_BYTES_PER_INVOCATION} bytes of its own per invocation`,
      "us-east-1 list prices, no free tier; storage (DynamoDB, its backups, the archive, logs) is billed per GB-month and is left out",
      ...(design.lambdas.some((fn) => fn.onlyFor !== undefined)
        ? [
            "a rule target's Lambda is counted as if every event reached it: the worst mix for the rate",
          ]
        : []),
      "above the sustained rate events wait (EventBridge retries, SQS buffers); they are not lost",
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const usd = (value: number) => `$${value.toFixed(2)}`;
const rate = (value: number) => value.toLocaleString("en-US");

/** Markdown: one summary row per design, then each design's limits and cost lines. */
export function formatCapacityReports(reports: readonly CapacityReport[]): string {
  const lines = [
    "| design | region | events per execution | EventBridge targets per event | Lambda invocations per event | sustained events/s, DynamoDB warm (bottleneck) | day one, new tables (bottleneck) | cost per million events |",
    "|---|---|---|---|---|---|---|---|",
    ...reports.map(
      (r) =>
        `| ${r.label} | ${r.region} | ${r.eventsPerExecution} | ${r.targetsPerEvent} | ${r.lambdaInvocationsPerEvent} | ${rate(r.sustainedEventsPerSecond)} (${r.bottleneck}) | ${rate(r.dayOneEventsPerSecond)} (${r.dayOneBottleneck}) | ${usd(r.costPerMillionEvents)} |`,
    ),
  ];
  for (const r of reports) {
    lines.push("", `**${r.label}**`, "", "Limits, lowest first (source in brackets):");
    for (const l of r.limits) {
      const tags = [
        l.kind === "stack" ? "set by the stack" : "",
        l.dayOneOnly ? "day one only" : "",
      ]
        .filter(Boolean)
        .join(", ");
      lines.push(
        `- ${l.name}: ${rate(l.eventsPerSecond)} events/s = ${l.derivation}${tags ? ` (${tags})` : ""}; raise: ${l.raise} [${l.source}]`,
      );
    }
    lines.push("", "Cost per million events:");
    for (const c of r.cost)
      lines.push(`- ${c.item}: $${c.usdPerMillionEvents.toFixed(4)} [${c.source}]`);
    lines.push(`- total: ${usd(r.costPerMillionEvents)}`);
    const onlyFor = [...new Set(r.extraCost.map((c) => c.onlyFor))];
    for (const subset of onlyFor) {
      const extra = r.extraCost.filter((c) => c.onlyFor === subset);
      const sum = extra.reduce((s, c) => s + c.usdPerMillionEvents, 0);
      lines.push("", `On top, per million ${subset}: ${usd(sum)}`);
      for (const c of extra)
        lines.push(`- ${c.item}: $${c.usdPerMillionEvents.toFixed(4)} [${c.source}]`);
    }
    lines.push("", `Assumptions: ${r.assumptions.join("; ")}.`);
  }
  return lines.join("\n");
}
