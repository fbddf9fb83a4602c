/**
 * The pure parts of the Lambda size and start-up benchmark (lambdaStartup.bench.ts): statistics,
 * the table, which Lambdas exist, sizes of code and of installed packages. Nothing here times
 * anything, so tests/lambdaStartupBench.test.ts can check it all.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { deflateRawSync } from "node:zlib";

/** Summary of repeated timings of one module's initialisation. */
export interface InitStats {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** How many timings the summary is over (warm-up runs excluded). */
  readonly runs: number;
}

/** One line of the benchmark's table. */
export interface BenchRow {
  readonly name: string;
  /** Bytes of code the function ships (bundle, or handler plus installed packages). */
  readonly bytes: number;
  /** The same bytes deflated, as the deployment zip stores them. */
  readonly zippedBytes: number;
  /** Wall-clock time of the require. */
  readonly init: InitStats;
  /** Median user + system CPU time of the same requires, all of node's threads: waiting for a busy core is not in it. */
  readonly cpuMedianMs: number;
  /** `process.version` of the node that was timed. */
  readonly nodeVersion: string;
  /** NODE_OPTIONS the module was timed with (the value its deployment sets); "" for none. */
  readonly nodeOptions: string;
}

/** The middle value; for an even count, the mean of the two middle values. Does not reorder `values`. */
export function median(values: readonly number[]): number {
  if (values.length === 0)
    throw new Error("median: no values; fix: time at least one run (--runs 1 or more)");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, min and max of the timings, in milliseconds. */
export function summarize(samplesMs: readonly number[]): InitStats {
  return {
    medianMs: median(samplesMs),
    minMs: Math.min(...samplesMs),
    maxMs: Math.max(...samplesMs),
    runs: samplesMs.length,
  };
}

const KB = 1024;

function kilobytes(bytes: number): string {
  return (bytes / KB).toLocaleString("en-US", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

function millis(ms: number): string {
  return ms.toFixed(1);
}

/** A markdown table, one row per Lambda in the given order; KB are 1024 bytes. */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines = [
    "| Lambda | bundle KB | zipped KB | init ms: median (min–max) | init CPU ms: median | runs | Node | NODE_OPTIONS |",
    "|---|---:|---:|---:|---:|---:|---|---|",
  ];
  for (const row of rows) {
    const init = `${millis(row.init.medianMs)} (${millis(row.init.minMs)}–${millis(row.init.maxMs)})`;
    const options = row.nodeOptions === "" ? "(none)" : `\`${row.nodeOptions}\``;
    lines.push(
      `| ${row.name} | ${kilobytes(row.bytes)} | ${kilobytes(row.zippedBytes)} | ${init} | ${millis(row.cpuMedianMs)} | ${row.init.runs} | ${row.nodeVersion} | ${options} |`,
    );
  }
  return lines.join("\n");
}

/** One Lambda's rows, one per way of making its SDK calls, to compare with the baseline. */
export interface CandidateGroup {
  readonly lambda: string;
  /** Label of each candidate (the table's columns, in order) and its row. */
  readonly candidates: readonly { readonly label: string; readonly row: BenchRow }[];
}

/** "2.4×": how many times `candidate`'s median is faster than `baseline`'s, from figures of one run. */
export function speedup(baselineMs: number, candidateMs: number): string {
  if (!(baselineMs > 0 && candidateMs > 0)) {
    throw new Error(
      `speedup: timings must be positive; got baseline ${baselineMs} ms, candidate ${candidateMs} ms`,
    );
  }
  return `${(baselineMs / candidateMs).toFixed(1)}×`;
}

/**
 * A markdown table of each Lambda's candidates as multiples of the baseline's start-up (its median
 * init time over the candidate's, and the same for CPU time), all measured in the same run.
 */
export function formatSpeedups(baseline: BenchRow, groups: readonly CandidateGroup[]): string {
  const labels = groups[0]?.candidates.map((c) => c.label) ?? [];
  for (const group of groups) {
    const got = group.candidates.map((c) => c.label);
    if (got.join("\u0000") !== labels.join("\u0000")) {
      throw new Error(
        `formatSpeedups: ${group.lambda} has candidates ${got.join(", ")}; expected ${labels.join(", ")}`,
      );
    }
  }
  const lines = [
    `| Lambda | ${labels.join(" | ")} |`,
    `|---|${labels.map(() => "---:").join("|")}|`,
  ];
  for (const group of groups) {
    const cells = group.candidates.map(
      ({ row }) =>
        `${speedup(baseline.init.medianMs, row.init.medianMs)} (CPU ${speedup(baseline.cpuMedianMs, row.cpuMedianMs)})`,
    );
    lines.push(`| ${group.lambda} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

/**
 * The Lambdas the stack can deploy: each folder of `<root>/lambdas` holding a handler.ts, sorted.
 * `shared` holds code the handlers import, never a function of its own, so it is left out even
 * if it ever gets a file of that name.
 */
export function discoverLambdaSources(root: string): string[] {
  const lambdas = path.join(root, "lambdas");
  return fs
    .readdirSync(lambdas, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "shared")
    .filter(
      (entry) =>
        fs
          .statSync(path.join(lambdas, entry.name, "handler.ts"), { throwIfNoEntry: false })
          ?.isFile() ?? false,
    )
    .map((entry) => entry.name)
    .sort();
}

/** Bytes of `data` deflated at zlib's default level, as a zip entry stores it (headers not counted). */
export function deflatedSize(data: string | Uint8Array): number {
  return deflateRawSync(typeof data === "string" ? Buffer.from(data, "utf8") : data).length;
}

/** Where Node's resolution finds package `name` when required from inside `fromDir`, or undefined. */
export function findPackageDir(name: string, fromDir: string): string | undefined {
  for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (fs.existsSync(path.join(candidate, "package.json"))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

interface PackageJson {
  readonly name?: string;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

/**
 * The folders of a package and of every package it depends on at run time (dependencies and the
 * optional ones that are installed), each once, sorted: what a deployment that ships the package
 * in node_modules or a layer must hold.
 */
export function packageClosure(packageDir: string): string[] {
  const seen = new Set<string>();
  const visit = (dir: string): void => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const manifest = JSON.parse(
      fs.readFileSync(path.join(dir, "package.json"), "utf8"),
    ) as PackageJson;
    const optional = new Set(Object.keys(manifest.optionalDependencies ?? {}));
    const names = new Set([...Object.keys(manifest.dependencies ?? {}), ...optional]);
    for (const name of [...names].sort()) {
      const found = findPackageDir(name, dir);
      if (found) visit(found);
      else if (!optional.has(name)) {
        throw new Error(
          `packageClosure: ${manifest.name ?? dir} depends on ${name}, which is not installed; fix: run npm ci`,
        );
      }
    }
  };
  visit(path.resolve(packageDir));
  return [...seen].sort();
}

/** Size of a tree of files. */
export interface TreeSize {
  readonly files: number;
  readonly bytes: number;
  /** Sum of each file deflated on its own, as zip entries are. */
  readonly zippedBytes: number;
}

/**
 * Files under each folder, not descending into nested node_modules (those packages are counted
 * as their own entries of a packageClosure, and only if something depends on them).
 */
export function treeSize(dirs: readonly string[]): TreeSize {
  let files = 0;
  let bytes = 0;
  let zippedBytes = 0;
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(full);
      } else if (entry.isFile()) {
        const data = fs.readFileSync(full);
        files += 1;
        bytes += data.length;
        zippedBytes += deflatedSize(data);
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return { files, bytes, zippedBytes };
}

/** Options of the benchmark's command line. */
export interface BenchOptions {
  /** Timed cold requires per module, after one untimed warm-up. @default 15 */
  readonly runs: number;
}

/** Reads `--runs N` (or `--runs=N`); anything else is an error naming the argument. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let runs = 15;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let value: string | undefined;
    if (arg === "--runs") value = argv[++i];
    else if (arg.startsWith("--runs=")) value = arg.slice("--runs=".length);
    else
      throw new Error(
        `unknown argument ${JSON.stringify(arg)}; fix: the only option is --runs <count>`,
      );
    const parsed = value === undefined ? NaN : Number(value);
    if (!Number.isInteger(parsed) || parsed < 1) {
      throw new Error(
        `--runs is ${JSON.stringify(value ?? "missing")}; fix: pass a whole number of runs, 1 or more, e.g. --runs 15`,
      );
    }
    runs = parsed;
  }
  return { runs };
}
