// Benchmark of the local replay: generates N events shaped like the fixtures' sample (deterministic,
// see eventGenerator.ts), replays them through dev's event pipeline with the replay CLI exactly as a
// user runs it, and prints the counts beside what the generator says they must be, and the events
// per second beside a baseline measured in the same run: the raw rate at which the local store takes
// the processor's conditional writes, ten in flight (rawWrites.ts). The ratio says how much of the
// store's own speed the whole replay keeps. Not a test: it times nothing against a threshold.
//   npm run bench:replay [-- --events 50000] [--stack dev]
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateEvents } from "./eventGenerator";

const ROOT = path.resolve(__dirname, "..", "..");
const REPLAY = path.join(ROOT, "tools", "replay.ts");
const RAW_WRITES = path.join(ROOT, "tools", "bench", "rawWrites.ts");
const KEYS = [
  "received",
  "invalid",
  "unmatched",
  "stored",
  "duplicates",
  "rejected",
  "queueEnded",
] as const;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

function main(): number {
  const count = Number(option("events", "50000"));
  const stack = option("stack", "dev");
  if (!Number.isInteger(count) || count < 1) {
    process.stderr.write(
      `error: --events must be a whole number of events, 1 or more; got ${option("events", "")}\n`,
    );
    return 2;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "geo-replay-bench-"));
  try {
    const { lines, expected } = generateEvents(count);
    const events = path.join(dir, `events-${count}.jsonl`);
    fs.writeFileSync(events, lines.join("\n") + "\n");
    const summaryFile = path.join(dir, "summary.json");
    process.stdout.write(
      `Replaying ${count} generated events (${(fs.statSync(events).size / 1e6).toFixed(1)} MB) through stack ${stack}'s event pipeline...\n`,
    );
    const started = Date.now();
    const run = spawnSync(
      process.execPath,
      [
        "-r",
        "ts-node/register/transpile-only",
        REPLAY,
        "--stack",
        stack,
        "--events",
        events,
        "--json",
        summaryFile,
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const wall = (Date.now() - started) / 1000;
    if (run.status !== 0 || !fs.existsSync(summaryFile)) {
      process.stderr.write(
        `error: the replay exited ${run.status}\n${run.stdout}\n${run.stderr}\n`,
      );
      return 1;
    }
    const summary = JSON.parse(fs.readFileSync(summaryFile, "utf8")) as Record<string, number>;
    const rows = KEYS.map(
      (k) =>
        `  ${k.padEnd(16)} ${String(summary[k]).padStart(8)}   expected ${String(expected[k]).padStart(8)}${summary[k] === expected[k] ? "" : "   MISMATCH"}`,
    );
    const sum =
      summary.invalid + summary.unmatched + summary.stored + summary.duplicates + summary.rejected;
    process.stdout.write(`${rows.join("\n")}\n\n`);
    process.stdout.write(
      `  received = invalid + unmatched + stored + duplicates + rejected: ${summary.received} ${sum === summary.received ? "=" : "≠"} ${sum}\n`,
    );
    process.stdout.write(
      `  eventsPerSecond  ${summary.eventsPerSecond}  (${summary.seconds} s of replay; ${wall.toFixed(1)} s with synthesis and start-up)\n`,
    );
    // Every stored event and every duplicate is one conditional write.
    const writes = summary.stored + summary.duplicates;
    const raw = spawnSync(
      process.execPath,
      ["-r", "ts-node/register/transpile-only", RAW_WRITES, String(writes)],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    if (raw.status !== 0) {
      process.stderr.write(`error: the raw-write baseline exited ${raw.status}\n${raw.stderr}\n`);
      return 1;
    }
    const baseline = JSON.parse(raw.stdout.trim().split("\n").pop()!) as {
      writesPerSecond: number;
    };
    process.stdout.write(
      `  raw conditional writes/s of the local store, 10 in flight: ${baseline.writesPerSecond} (${writes} writes)\n`,
    );
    process.stdout.write(
      `  ratio: replay events/s ÷ raw writes/s = ${(summary.eventsPerSecond / baseline.writesPerSecond).toFixed(2)}\n`,
    );
    process.stdout.write(
      `  machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, Node ${process.versions.node}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}\n`,
    );
    const mismatched = KEYS.filter((k) => summary[k] !== expected[k]);
    if (mismatched.length > 0 || sum !== summary.received) {
      process.stderr.write(
        `error: the replay's counts differ from the generator's: ${mismatched.join(", ") || "invariant"}\n`,
      );
      return 1;
    }
    return 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

process.exit(main());
