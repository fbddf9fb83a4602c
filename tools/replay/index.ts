/**
 * Local replay of a stack's event pipeline: lines of a JSONL file through the rules, targets, pipe,
 * state machine and Lambda code the stack deploys, against in-process stores. See engine.ts for
 * what is simulated and how each line is counted.
 */
import * as fs from "node:fs";
import { performance } from "node:perf_hooks";
import * as readline from "node:readline";
import { CATEGORIES, ReplayEngine, type LineProblem } from "./engine";
import {
  isolateAwsEnvironment,
  loadLocalFunction,
  type LocalFunction,
  type LogSink,
} from "./lambda";
import type { EventPipelineModel } from "./pipeline";
import { LocalStores } from "./stores";

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
  /** Items the rule-invoked functions (the queue-end Lambda) wrote to their tables. */
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
}

/** Options of a replay. */
export interface ReplayOptions {
  /** Receives the functions' log lines. @default discarded */
  readonly log?: LogSink;
}

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

/** Runs `lines` through `model` and reports the counts; the stores live only for this call. */
export async function replayLines(
  model: EventPipelineModel,
  lines: AsyncIterable<string>,
  options: ReplayOptions = {},
): Promise<ReplayReport> {
  // Isolated before anything creates an SDK client, so none reads a profile or credentials of the user's.
  isolateAwsEnvironment(model.region, {});
  const stores = await LocalStores.start(model.tables, model.buckets, model.region);
  try {
    isolateAwsEnvironment(model.region, stores.endpoints);
    const functions = new Map<string, LocalFunction>();
    for (const [arn, spec] of model.functions)
      functions.set(arn, loadLocalFunction(spec, options.log));
    const engine = new ReplayEngine(model, functions);

    const started = performance.now();
    let line = 0;
    for await (const text of lines) await engine.push(++line, text);
    await engine.finish();
    const seconds = (performance.now() - started) / 1000;

    const tables: Record<string, number> = {};
    for (const table of model.tables)
      tables[table.resourceName] = await stores.countItems(table.name);
    const recorders = model.rules
      .flatMap((r) => r.targets)
      .flatMap((t) => (t.destination.kind === "function" ? [t.destination.fn] : []));
    const queueEnded = model.tables
      .filter((table) => recorders.some((fn) => Object.values(fn.environment).includes(table.name)))
      .reduce((sum, table) => sum + tables[table.resourceName], 0);
    const deadLetters: Record<string, number> = {};
    for (const letter of engine.deadLetters)
      deadLetters[letter.queue] = (deadLetters[letter.queue] ?? 0) + 1;
    const counts = engine.counts;
    return {
      received: engine.received,
      ...counts,
      queueEnded,
      eventsPerSecond: seconds > 0 ? Math.round((engine.received / seconds) * 10) / 10 : 0,
      seconds: Math.round(seconds * 1000) / 1000,
      problems: [...engine.problems].sort(byLine),
      failures: [...engine.failures].sort(byLine),
      deadLetters,
      tables,
      invariantHolds: engine.received === CATEGORIES.reduce((sum, c) => sum + counts[c], 0),
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
  out.push(`  ${report.seconds} s from the first line to the last outcome`);
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
    "Rejected events (in the dead-letter queue)",
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
