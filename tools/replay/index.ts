/**
 * Local replay of a stack's event pipeline: lines of a JSONL file through the rules, targets, pipe,
 * state machine and Lambda code the stack deploys, against in-process stores. See engine.ts for
 * what is simulated and how each line is counted.
 */
import * as fs from "node:fs";
import { performance } from "node:perf_hooks";
import * as readline from "node:readline";
import { CATEGORIES, ReplayEngine, type DeadLetterReason, type LineProblem } from "./engine";
import {
  isolateAwsEnvironment,
  loadLocalFunction,
  type LocalFunction,
  type LogSink,
} from "./lambda";
import type { EventPipelineModel } from "./pipeline";
import { StoreFaults, type OutageWindow } from "./storeFaults";
import { LocalStores } from "./stores";
import { VirtualClock } from "./virtualClock";
import { QUEUE_ENDS_TABLE_ENV } from "../../lambdas/shared/pipelineContract";

export { loadEventPipeline, ReplayInputError, UnsupportedPipelineError } from "./pipeline";
export type { EventPipelineModel } from "./pipeline";

/** The eight counts every replay reports (fixtures README), in this order. */
export const SUMMARY_KEYS = [
  "received",
  "invalid",
  "unmatched",
  "stored",
  "duplicates",
  "rejected",
  "queueEnded",
  "eventsPerSecond",
] as const;

/** What a replay reports: the eight counts first, then what explains them. */
export interface ReplayReport {
  readonly received: number;
  readonly invalid: number;
  readonly unmatched: number;
  readonly stored: number;
  readonly duplicates: number;
  readonly rejected: number;
  /** Items in the queue-ends table (the processor's QUEUE_ENDS_TABLE_NAME). */
  readonly queueEnded: number;
  /** received / seconds from the first line read until every event reached its outcome. */
  readonly eventsPerSecond: number;
  readonly seconds: number;
  /** Every invalid and rejected line with the reason, by line number. */
  readonly problems: readonly LineProblem[];
  /** Dead-lettered for another reason than a malformed event, or lost: bugs, and exit status 1. */
  readonly failures: readonly LineProblem[];
  /** Messages that reached each dead-letter queue, by queue resource name. */
  readonly deadLetters: Readonly<Record<string, number>>;
  /** Items in each table the pipeline's functions write, by table resource name. */
  readonly tables: Readonly<Record<string, number>>;
  /** True when received = invalid + unmatched + stored + duplicates + rejected. */
  readonly invariantHolds: boolean;
  /** Events that expired in a queue, or that a pipe deleted unprocessed: must be 0. */
  readonly lost: number;
  /** Lines whose final place is a dead-letter queue, by why. */
  readonly deadLettered: Readonly<Record<DeadLetterReason, number>>;
  /** Messages `--redrive` moved from a dead-letter queue back to its buffer. */
  readonly redriven: number;
  readonly processorInvocations: number;
  /** Invocations Lambda refused (reserved concurrency or its request rate), retried by Step Functions. */
  readonly throttledInvocations: number;
  readonly stateMachineExecutions: number;
  /** Most messages a buffer queue held at once. */
  readonly maxBacklog: number;
  /** Oldest a message was when it left its buffer (stored, or moved to a dead-letter queue). */
  readonly oldestMessageAgeSeconds: number;
  /** Virtual time from the first event to the last outcome. */
  readonly virtualSeconds: number;
  /** Wall-clock time of the same, as `seconds`. */
  readonly wallSeconds: number;
  /** The flow options the run used. */
  readonly flow: Readonly<Record<string, unknown>>;
}

/** Options of a replay. */
export interface ReplayOptions {
  /** Receives the functions' log lines. @default discarded */
  readonly log?: LogSink;
  /** Events per second of virtual time. @default every line arrives as soon as it is read */
  readonly rate?: number;
  /** Every DynamoDB write in this virtual window fails as unavailable. */
  readonly storeOutage?: OutageWindow;
  /** Fraction of DynamoDB write attempts throttled (seeded). */
  readonly throttle?: number;
  /** Virtual ms one Lambda invocation takes. @default DEFAULT_PROCESSOR_MS */
  readonly processorMs?: number;
  /** After the run, move each buffer's dead-letter queue back to it and run on. */
  readonly redrive?: boolean;
  /** @default 1 */
  readonly seed?: number;
}

/**
 * A processor invocation's virtual duration by default: one batch of up to 10 conditional PutItems
 * sent in parallel (DynamoDB's single-digit-millisecond writes, developer guide Introduction) plus
 * Lambda's invoke overhead. An assumption, not a measurement; `--processor-ms` changes it.
 */
export const DEFAULT_PROCESSOR_MS = 100;

/** Reads `file` line by line, so files of any length stream through in constant memory. */
export async function* fileLines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file, { encoding: "utf8" });
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } finally {
    lines.close();
    input.destroy();
  }
}

const byLine = (a: LineProblem, b: LineProblem) => a.line - b.line;

/**
 * Runs `lines` through `model` in virtual time and reports the counts; the stores live only for
 * this call. Lines are read as the virtual clock reaches their arrival (`rate`), so files of any
 * length stream through.
 */
export async function replayLines(
  model: EventPipelineModel,
  lines: AsyncIterable<string>,
  options: ReplayOptions = {},
): Promise<ReplayReport> {
  const clock = new VirtualClock();
  const seed = options.seed ?? 1;
  const faults = new StoreFaults(
    { outage: options.storeOutage, throttle: options.throttle, seed },
    () => clock.now,
  );
  // Isolated before anything creates an SDK client, so none reads a profile or credentials of the user's.
  isolateAwsEnvironment(model.region, {});
  const stores = await LocalStores.start(model.tables, model.buckets, model.region, faults);
  try {
    isolateAwsEnvironment(model.region, stores.endpoints);
    const functions = new Map<string, LocalFunction>();
    for (const [arn, spec] of model.functions)
      functions.set(arn, loadLocalFunction(spec, options.log));
    const processorMs = options.processorMs ?? DEFAULT_PROCESSOR_MS;
    const engine = new ReplayEngine(model, functions, clock, {
      processorMs,
      seed,
      faultsInjected: faults.active,
    });

    const started = performance.now();
    void clock
      .spawn(async () => {
        let line = 0;
        for await (const text of lines) {
          if (options.rate !== undefined) {
            const at = (line / options.rate) * 1000;
            if (at > clock.now) await clock.sleep(at - clock.now);
          }
          engine.arrive(++line, text);
        }
      })
      .catch((err) => clock.fail(err));
    await clock.run();
    let lastOutcomeMs = clock.now;
    if (options.redrive) {
      // An operator redrives once the store is back: not before the injected outage ends.
      if (faults.outageEndMs > clock.now) {
        clock.at(faults.outageEndMs, () => engine.redrive());
      } else engine.redrive();
      await clock.run();
      lastOutcomeMs = clock.now;
    }
    const seconds = (performance.now() - started) / 1000;
    const { counts, problems, failures, deadLettered } = engine.results();

    const tables: Record<string, number> = {};
    for (const table of model.tables)
      tables[table.resourceName] = await stores.countItems(table.name);
    // Queue ends are whatever the stack's functions name as their queue-ends table.
    const queueEndTables = new Set(
      [...model.functions.values()].flatMap((fn) => {
        const table = fn.environment[QUEUE_ENDS_TABLE_ENV];
        return table === undefined ? [] : [table];
      }),
    );
    const queueEnded = model.tables
      .filter((table) => queueEndTables.has(table.name))
      .reduce((sum, table) => sum + tables[table.resourceName], 0);
    const round = (value: number, digits: number) =>
      Math.round(value * 10 ** digits) / 10 ** digits;
    return {
      received: engine.received,
      ...counts,
      queueEnded,
      eventsPerSecond: seconds > 0 ? round(engine.received / seconds, 1) : 0,
      seconds: round(seconds, 3),
      problems: [...problems].sort(byLine),
      failures: [...failures].sort(byLine),
      deadLetters: engine.deadLetterCounts(),
      tables,
      invariantHolds: engine.received === CATEGORIES.reduce((sum, c) => sum + counts[c], 0),
      lost: engine.lost,
      deadLettered,
      redriven: engine.redriven,
      processorInvocations: engine.processorInvocations,
      throttledInvocations: engine.throttledInvocations,
      stateMachineExecutions: engine.stateMachineExecutions,
      maxBacklog: engine.maxBacklog,
      oldestMessageAgeSeconds: round(engine.oldestMessageAgeMs / 1000, 1),
      virtualSeconds: round(lastOutcomeMs / 1000, 1),
      wallSeconds: round(seconds, 3),
      flow: {
        rate: options.rate ?? null,
        storeOutage: options.storeOutage ?? null,
        throttle: options.throttle ?? 0,
        processorMs,
        redrive: options.redrive ?? false,
        seed,
        injectedFaults: faults.injected,
      },
    };
  } finally {
    await stores.close();
  }
}

/** The eight counts alone, in the README's order. */
export function countsOf(report: ReplayReport): Record<(typeof SUMMARY_KEYS)[number], number> {
  return Object.fromEntries(SUMMARY_KEYS.map((k) => [k, report[k]])) as Record<
    (typeof SUMMARY_KEYS)[number],
    number
  >;
}

/** A one-line description of each rule and where its events go. */
export function describePipeline(model: EventPipelineModel): string[] {
  return model.rules.map((rule) => {
    const targets = rule.targets.map((t) => {
      if (t.destination.kind === "function")
        return `${t.destination.fn.resourceName} (asynchronous Lambda invocation)`;
      const queue = t.destination.queue;
      const pipe = model.pipes.find((p) => p.source.arn === queue.arn)!;
      return `${queue.resourceName} → ${pipe.resourceName} (batches of ${pipe.batchSize}) → ${pipe.target.type} ${pipe.target.resourceName}`;
    });
    return `${rule.resourceName} → ${targets.join(", ") || "no target"}`;
  });
}

/** The report as printed: the counts, the invariant, then each problem (the first `limit` of each kind). */
export function renderReport(report: ReplayReport, limit = 20): string {
  const out: string[] = [];
  const width = Math.max(...SUMMARY_KEYS.map((k) => k.length));
  for (const key of SUMMARY_KEYS) out.push(`  ${key.padEnd(width)}  ${report[key]}`);
  const sum = CATEGORIES.map((c) => report[c]);
  out.push("");
  out.push(
    `  received = invalid + unmatched + stored + duplicates + rejected: ${report.received} ${report.invariantHolds ? "=" : "≠"} ${sum.join(" + ")}` +
      (report.invariantHolds ? "" : "  INVARIANT BROKEN"),
  );
  out.push(
    `  ${report.virtualSeconds} s of virtual time from the first event to the last outcome, replayed in ${report.wallSeconds} s`,
  );
  out.push(
    `  lost ${report.lost}; dead-lettered ${Object.entries(report.deadLettered)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}; redriven ${report.redriven}`,
  );
  out.push(
    `  ${report.processorInvocations} processor invocations (${report.received > 0 ? (report.processorInvocations / report.received).toFixed(3) : 0} per event, ${report.throttledInvocations} throttled), ${report.stateMachineExecutions} executions; backlog at most ${report.maxBacklog}, oldest message ${report.oldestMessageAgeSeconds} s`,
  );
  const section = (title: string, items: readonly LineProblem[]) => {
    if (items.length === 0) return;
    out.push("", `${title} (${items.length}):`);
    for (const p of items.slice(0, limit)) out.push(`  line ${p.line}: ${p.reason}`);
    if (items.length > limit)
      out.push(
        `  … and ${items.length - limit} more (all of them are in the --json summary's problems)`,
      );
  };
  section(
    "Invalid lines",
    report.problems.filter((p) => p.count === "invalid"),
  );
  section(
    "Rejected events (in a dead-letter queue)",
    report.problems.filter((p) => p.count === "rejected"),
  );
  section(
    "FAILURES: dead-lettered for another reason than a malformed event, or lost",
    report.failures,
  );
  const letters = Object.entries(report.deadLetters);
  if (letters.length > 0)
    out.push("", `Dead-letter queue messages: ${letters.map(([q, n]) => `${q} ${n}`).join(", ")}`);
  return out.join("\n");
}
