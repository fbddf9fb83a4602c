/**
 * Capacity and cost of an event-processing design, computed from its synthesized state machine
 * definition and AWS's published default quotas and us-east-1 prices.
 *
 * Sources:
 * - EventBridge quotas: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html
 * - Step Functions quotas: awsdocs/aws-step-functions-developer-guide doc_source/limits-overview.md, and
 *   https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html
 * - Lambda concurrency: https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html
 * - Prices: https://aws.amazon.com/step-functions/pricing/, https://aws.amazon.com/lambda/pricing/, and for
 *   EventBridge, Pipes and SQS the summaries the reference quotes (e.g. blog.awsfundamentals.com).
 * Quotas are per account and region, and most can be raised; new accounts start with lower Step
 * Functions state-transition quotas. Free tiers are ignored.
 */
import {
  PIPE_MAX_BATCH_SIZE,
  PROCESSOR_MEMORY_MB,
  pipeBatchSize,
} from "../../components/eventbridge/settings";
import type { AslDefinition, WorkflowType } from "../../components/eventbridge/stateMachine";

// ---------------------------------------------------------------------------------------------
// Quotas (defaults)

/** EventBridge "Invocations throttle limit in transactions per second" by region (eb-quota.html). Above it invocations are delayed, not dropped. */
export const EVENTBRIDGE_INVOCATIONS_PER_SECOND: Readonly<Record<string, number>> = {
  "us-east-1": 18750,
  "us-west-2": 18750,
  "eu-west-1": 18750,
  "us-east-2": 4500,
  "eu-central-1": 4500,
  "us-west-1": 2250,
  "ap-northeast-1": 2250,
  "ap-southeast-1": 2250,
  "ap-southeast-2": 2250,
  "eu-west-2": 2250,
  "af-south-1": 750,
  "ap-northeast-3": 750,
  "ap-southeast-3": 750,
  "eu-south-1": 750,
};
/** EventBridge invocations in every other region (eb-quota.html). */
export const EVENTBRIDGE_INVOCATIONS_OTHER_REGIONS = 1100;

/** Regions with Step Functions' larger Standard quotas (limits-overview.md). */
export const SFN_LARGE_REGIONS: readonly string[] = ["us-east-1", "us-west-2", "eu-west-1"];
/** Standard StartExecution refill per second: 300 in the large regions, 150 elsewhere (limits-overview.md). */
export const SFN_STANDARD_START_EXECUTION_PER_SECOND = { large: 300, other: 150 } as const;
/** Standard StateTransition refill per second: 1,500 in the large regions, 500 elsewhere (limits-overview.md). */
export const SFN_STANDARD_STATE_TRANSITIONS_PER_SECOND = { large: 1500, other: 500 } as const;
/** Express StartExecution refill per second, every region (limits-overview.md). */
export const SFN_EXPRESS_START_EXECUTION_PER_SECOND = 6000;
/**
 * Synchronous Express concurrent executions: 1,000–3,700 depending on the region; the lowest is used
 * (limits-overview.md). StartSyncExecution calls do not count against the StartExecution bucket.
 */
export const SFN_SYNC_EXPRESS_CONCURRENT_EXECUTIONS = 1000;
/** Lambda concurrent executions per account and region by default (scaling-behavior.html). */
export const LAMBDA_ACCOUNT_CONCURRENCY = 1000;

// ---------------------------------------------------------------------------------------------
// Prices (us-east-1, USD)

/** EventBridge partner events, per million (64 KB chunks); rule matching and delivery are not charged extra. */
export const EVENTBRIDGE_PARTNER_EVENTS_PER_MILLION = 1.0;
/** SQS standard queue requests, per million (64 KB chunks); a batch call of up to 10 messages is one request. */
export const SQS_REQUESTS_PER_MILLION = 0.4;
/** EventBridge Pipes requests (events after filtering), per million. */
export const PIPES_REQUESTS_PER_MILLION = 0.4;
/** Step Functions Standard, per state transition ($25 per million; retries count). */
export const SFN_STANDARD_PER_TRANSITION = 0.000025;
/** Step Functions Express, per execution ($1.00 per million requests). */
export const SFN_EXPRESS_PER_REQUEST = 0.000001;
/** Step Functions Express duration, per GB-second (first tier), billed in 64 MB and 100 ms steps. */
export const SFN_EXPRESS_PER_GB_SECOND = 0.00001667;
export const SFN_EXPRESS_BILLING_MB = 64;
export const SFN_EXPRESS_BILLING_MS = 100;
/** Lambda requests, per request ($0.20 per million). */
export const LAMBDA_PER_REQUEST = 0.0000002;
/** Lambda duration on x86, per GB-second; arm64 costs about 20 % less. Billed per ms. */
export const LAMBDA_X86_PER_GB_SECOND = 0.0000166667;
export const LAMBDA_ARM64_DISCOUNT = 0.2;

// ---------------------------------------------------------------------------------------------
// Assumptions

/** Run time of one Lambda invocation that validates an event and makes one DynamoDB call. An assumption, not a measurement. */
export const ASSUMED_LAMBDA_DURATION_MS = 50;

/** One design, as synthesized. */
export interface PipelineDesign {
  readonly label: string;
  /** The state machine definition, as the stack deploys it (JSON text or object). */
  readonly definition: string | AslDefinition;
  readonly workflowType: WorkflowType;
  readonly region: string;
  /** "pipe": a pipe starts an execution per batch read from an SQS buffer; "rule": the rule starts one per event. */
  readonly start: "pipe" | "rule";
  /** Events one execution handles: the pipe's batch size, or 1 when the rule starts executions. */
  readonly eventsPerExecution: number;
  /** Reserved concurrency of the Lambda functions the state machine calls; undefined uses the account's pool. */
  readonly reservedConcurrency?: number;
  readonly lambdaMemoryMb: number;
  readonly lambdaArchitecture: "arm64" | "x86_64";
  /** @default ASSUMED_LAMBDA_DURATION_MS */
  readonly lambdaDurationMs?: number;
}

/** One limit on the sustained event rate. */
export interface RateLimit {
  readonly name: string;
  readonly eventsPerSecond: number;
  /** How the figure follows from the quota. */
  readonly derivation: string;
  /** True for a limit the stack sets itself (reserved concurrency) rather than an AWS default quota. */
  readonly configured: boolean;
}

/** One priced item, per million events. */
export interface CostLine {
  readonly item: string;
  readonly usdPerMillionEvents: number;
}

/** What a design sustains and costs. */
export interface CapacityReport {
  readonly label: string;
  readonly region: string;
  readonly workflowType: WorkflowType;
  readonly eventsPerExecution: number;
  readonly lambdaInvocationsPerEvent: number;
  readonly stateTransitionsPerEvent: number;
  /** MaxConcurrency of the definition's Map state; undefined without one. */
  readonly mapMaxConcurrency?: number;
  /** Ascending by events per second. */
  readonly limits: readonly RateLimit[];
  /** The lowest limit: the sustained rate before something throttles. */
  readonly sustainedEventsPerSecond: number;
  readonly bottleneck: string;
  /** The lowest AWS default quota, ignoring limits the stack configures. */
  readonly quotaEventsPerSecond: number;
  readonly cost: readonly CostLine[];
  readonly costPerMillionEvents: number;
  readonly assumptions: readonly string[];
}

interface PathCounts {
  transitions: number;
  lambdaInvocations: number;
  /** Map iterations run one wave after another, in units of one Lambda duration. */
  lambdaWaves: number;
  mapMaxConcurrency?: number;
}

function isLambdaTask(state: Record<string, unknown>): boolean {
  const resource = state.Resource;
  return (
    state.Type === "Task" &&
    typeof resource === "string" &&
    (/^arn:[^:]+:lambda:/.test(resource) || /^arn:[^:]+:states:::lambda:invoke/.test(resource))
  );
}

/**
 * Follows the path an ordinary event takes: Next, or a Choice's Default (the seed's single-event
 * branch), into a Map's iterations; Catch branches are not taken.
 */
function happyPath(machine: Record<string, unknown>, items: number): PathCounts {
  const states = (machine.States ?? {}) as Record<string, Record<string, unknown>>;
  const counts: PathCounts = { transitions: 0, lambdaInvocations: 0, lambdaWaves: 0 };
  const seen = new Set<string>();
  let name = machine.StartAt as string | undefined;
  while (name !== undefined) {
    const state = states[name];
    if (!state || seen.has(name))
      throw new Error(
        `capacity: the definition's path revisits or lacks state ${JSON.stringify(name)}`,
      );
    seen.add(name);
    counts.transitions += 1;
    if (isLambdaTask(state)) {
      counts.lambdaInvocations += 1;
      counts.lambdaWaves += 1;
    }
    if (state.Type === "Map") {
      const limit =
        typeof state.MaxConcurrency === "number" && state.MaxConcurrency > 0
          ? state.MaxConcurrency
          : items;
      const inner = happyPath(
        (state.ItemProcessor ?? state.Iterator) as Record<string, unknown>,
        1,
      );
      counts.transitions += items * inner.transitions;
      counts.lambdaInvocations += items * inner.lambdaInvocations;
      counts.lambdaWaves += Math.ceil(items / limit) * inner.lambdaWaves;
      counts.mapMaxConcurrency = limit;
    }
    name = state.End === true ? undefined : ((state.Next ?? state.Default) as string | undefined);
  }
  return counts;
}

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Computes what a design sustains and what a million events cost. */
export function capacityReport(design: PipelineDesign): CapacityReport {
  const definition =
    typeof design.definition === "string"
      ? (JSON.parse(design.definition) as AslDefinition)
      : design.definition;
  const n = design.eventsPerExecution;
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`capacity: eventsPerExecution must be a positive integer; got ${n}`);
  const path = happyPath(definition, n);
  const perEvent = {
    transitions: path.transitions / n,
    lambda: path.lambdaInvocations / n,
    executions: 1 / n,
  };
  const lambdaMs = design.lambdaDurationMs ?? ASSUMED_LAMBDA_DURATION_MS;
  const executionMs = path.lambdaWaves * lambdaMs;
  const large = SFN_LARGE_REGIONS.includes(design.region);
  const regionClass = large ? "large" : "other";

  const limits: RateLimit[] = [];
  const invocations =
    EVENTBRIDGE_INVOCATIONS_PER_SECOND[design.region] ?? EVENTBRIDGE_INVOCATIONS_OTHER_REGIONS;
  limits.push({
    name: "EventBridge target invocations",
    eventsPerSecond: invocations,
    derivation: `${invocations}/s in ${design.region}, one invocation per event`,
    configured: false,
  });

  if (design.workflowType === "STANDARD") {
    const start = SFN_STANDARD_START_EXECUTION_PER_SECOND[regionClass];
    limits.push({
      name: "Step Functions Standard StartExecution",
      eventsPerSecond: start * n,
      derivation: `${start}/s × ${n} events per execution`,
      configured: false,
    });
    const transitions = SFN_STANDARD_STATE_TRANSITIONS_PER_SECOND[regionClass];
    limits.push({
      name: "Step Functions Standard state transitions",
      eventsPerSecond: transitions / perEvent.transitions,
      derivation: `${transitions}/s ÷ ${round(perEvent.transitions, 2)} transitions per event`,
      configured: false,
    });
  } else if (design.start === "pipe") {
    const seconds = Math.max(executionMs, 1) / 1000;
    limits.push({
      name: "Step Functions synchronous Express concurrent executions",
      eventsPerSecond: (SFN_SYNC_EXPRESS_CONCURRENT_EXECUTIONS * n) / seconds,
      derivation: `${SFN_SYNC_EXPRESS_CONCURRENT_EXECUTIONS} executions × ${n} events ÷ ${seconds} s each`,
      configured: false,
    });
  } else {
    limits.push({
      name: "Step Functions Express StartExecution",
      eventsPerSecond: SFN_EXPRESS_START_EXECUTION_PER_SECOND * n,
      derivation: `${SFN_EXPRESS_START_EXECUTION_PER_SECOND}/s × ${n} events per execution`,
      configured: false,
    });
  }

  const calls = `${round(perEvent.lambda, 2)} Lambda call${perEvent.lambda === 1 ? "" : "s"} per event`;
  if (perEvent.lambda > 0) {
    const perEventSeconds = (perEvent.lambda * lambdaMs) / 1000;
    limits.push({
      name: "Lambda account concurrency",
      eventsPerSecond: LAMBDA_ACCOUNT_CONCURRENCY / perEventSeconds,
      derivation: `${LAMBDA_ACCOUNT_CONCURRENCY} ÷ (${calls} × ${lambdaMs} ms)`,
      configured: false,
    });
    if (design.reservedConcurrency !== undefined) {
      limits.push({
        name: "Lambda reserved concurrency (maxConcurrency)",
        eventsPerSecond: design.reservedConcurrency / perEventSeconds,
        derivation: `${design.reservedConcurrency} ÷ (${calls} × ${lambdaMs} ms)`,
        configured: true,
      });
    }
  }
  limits.sort((a, b) => a.eventsPerSecond - b.eventsPerSecond);
  const quota = limits.filter((l) => !l.configured)[0];

  const cost: CostLine[] = [
    {
      item: "EventBridge partner events",
      usdPerMillionEvents: EVENTBRIDGE_PARTNER_EVENTS_PER_MILLION,
    },
  ];
  if (design.start === "pipe") {
    // EventBridge sends each event; the pipe receives and deletes a batch with one request each.
    cost.push({
      item: `SQS requests (1 send + 2 per batch of ${n})`,
      usdPerMillionEvents: (1 + 2 / n) * SQS_REQUESTS_PER_MILLION,
    });
    cost.push({ item: "EventBridge Pipes", usdPerMillionEvents: PIPES_REQUESTS_PER_MILLION });
  }
  if (design.workflowType === "STANDARD") {
    cost.push({
      item: `Step Functions Standard (${round(perEvent.transitions, 2)} transitions per event)`,
      usdPerMillionEvents: perEvent.transitions * SFN_STANDARD_PER_TRANSITION * 1e6,
    });
  } else {
    const billedSeconds =
      (Math.ceil(Math.max(executionMs, 1) / SFN_EXPRESS_BILLING_MS) * SFN_EXPRESS_BILLING_MS) /
      1000;
    cost.push({
      item: `Step Functions Express requests (${round(perEvent.executions, 3)} per event)`,
      usdPerMillionEvents: perEvent.executions * SFN_EXPRESS_PER_REQUEST * 1e6,
    });
    cost.push({
      item: `Step Functions Express duration (${SFN_EXPRESS_BILLING_MB} MB × ${billedSeconds} s per execution)`,
      usdPerMillionEvents:
        perEvent.executions *
        (SFN_EXPRESS_BILLING_MB / 1024) *
        billedSeconds *
        SFN_EXPRESS_PER_GB_SECOND *
        1e6,
    });
  }
  if (perEvent.lambda > 0) {
    const gbSecondPrice =
      LAMBDA_X86_PER_GB_SECOND *
      (design.lambdaArchitecture === "arm64" ? 1 - LAMBDA_ARM64_DISCOUNT : 1);
    const perInvocation =
      LAMBDA_PER_REQUEST + (design.lambdaMemoryMb / 1024) * (lambdaMs / 1000) * gbSecondPrice;
    cost.push({
      item: `Lambda (${calls}, ${design.lambdaMemoryMb} MB ${design.lambdaArchitecture}, ${lambdaMs} ms)`,
      usdPerMillionEvents: perEvent.lambda * perInvocation * 1e6,
    });
  }
  const total = cost.reduce((sum, line) => sum + line.usdPerMillionEvents, 0);

  return {
    label: design.label,
    region: design.region,
    workflowType: design.workflowType,
    eventsPerExecution: n,
    lambdaInvocationsPerEvent: round(perEvent.lambda),
    stateTransitionsPerEvent: round(perEvent.transitions),
    ...(path.mapMaxConcurrency !== undefined && { mapMaxConcurrency: path.mapMaxConcurrency }),
    limits: limits.map((l) => ({ ...l, eventsPerSecond: Math.floor(l.eventsPerSecond) })),
    sustainedEventsPerSecond: Math.floor(limits[0].eventsPerSecond),
    bottleneck: limits[0].name,
    quotaEventsPerSecond: Math.floor(quota.eventsPerSecond),
    cost: cost.map((l) => ({ ...l, usdPerMillionEvents: round(l.usdPerMillionEvents) })),
    costPerMillionEvents: round(total, 2),
    assumptions: [
      `each Lambda invocation runs ${lambdaMs} ms`,
      "prices are us-east-1 list prices without free tiers; DynamoDB writes, logs and the archive are left out (the seeds' design stores the same events)",
      "the sustained rate is the lowest limit; bursts above it are delayed (EventBridge retries, SQS buffers), not lost",
    ],
  };
}

/** The inputs the plan has for the deployed design. */
export interface EventPipelineDesignInputs {
  /** The synthesized state machine definition (JSON text). */
  readonly definition: string;
  readonly workflowType: WorkflowType;
  readonly maxConcurrency: number;
  /** @default maxConcurrency, as the component reserves it */
  readonly reservedConcurrency?: number;
  readonly region: string;
}

/** This stack's design, for `capacityReport`: a pipe batching from the buffer queue. */
export function eventPipelineDesign(inputs: EventPipelineDesignInputs): PipelineDesign {
  return {
    label: `this stack (${inputs.workflowType}, pipe batches of ${pipeBatchSize(inputs.maxConcurrency)}, maxConcurrency ${inputs.maxConcurrency})`,
    definition: inputs.definition,
    workflowType: inputs.workflowType,
    region: inputs.region,
    start: "pipe",
    eventsPerExecution: pipeBatchSize(inputs.maxConcurrency),
    reservedConcurrency: inputs.reservedConcurrency ?? inputs.maxConcurrency,
    lambdaMemoryMb: PROCESSOR_MEMORY_MB,
    lambdaArchitecture: "arm64",
  };
}

const usd = (value: number) => `$${value.toFixed(2)}`;
const rate = (value: number) => value.toLocaleString("en-US");

/** Markdown: one summary row per design, then each design's limits and cost lines. */
export function formatCapacityReports(reports: readonly CapacityReport[]): string {
  const lines = [
    "| design | region | events per execution | Lambda calls per event | state transitions per event | sustained events/s (bottleneck) | AWS default quota ceiling, events/s | cost per million events |",
    "|---|---|---|---|---|---|---|---|",
    ...reports.map(
      (r) =>
        `| ${r.label} | ${r.region} | ${r.eventsPerExecution} | ${r.lambdaInvocationsPerEvent} | ${r.stateTransitionsPerEvent} | ${rate(r.sustainedEventsPerSecond)} (${r.bottleneck}) | ${rate(r.quotaEventsPerSecond)} | ${usd(r.costPerMillionEvents)} |`,
    ),
  ];
  for (const r of reports) {
    lines.push("", `**${r.label}**`, "", "Limits, lowest first:");
    for (const l of r.limits)
      lines.push(
        `- ${l.name}: ${rate(l.eventsPerSecond)} events/s (${l.derivation}${l.configured ? "; set by the stack" : ""})`,
      );
    lines.push("", "Cost per million events:");
    for (const c of r.cost) lines.push(`- ${c.item}: $${c.usdPerMillionEvents.toFixed(4)}`);
    lines.push(`- total: ${usd(r.costPerMillionEvents)}`);
  }
  lines.push(
    "",
    `Assumptions: ${reports[0]?.assumptions.join("; ")}. Batches hold at most ${PIPE_MAX_BATCH_SIZE} events.`,
  );
  return lines.join("\n");
}
