import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { baseEnv, runTs, type RunResult } from "../../support/subprocess";

const ROOT = path.join(__dirname, "..", "..", "..");
const REPLAY = path.join(ROOT, "tools", "replay.ts");
const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "genesys-events");
const COUNTS = [
  "received",
  "invalid",
  "unmatched",
  "stored",
  "duplicates",
  "rejected",
  "queueEnded",
] as const;

type Run = RunResult;

/** Runs the replay CLI exactly as `npm run replay` does, in a fresh process (synthesis runs once per process). */
function replay(args: string[]): Promise<Run> {
  return runTs(REPLAY, args, { cwd: ROOT, env: baseEnv() });
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8"));
const linesOf = (problems: { line: number; count: string }[], count: string) =>
  problems.filter((p) => p.count === count).map((p) => p.line);

describe("local replay of the event pipeline (npm run replay)", function () {
  this.timeout(300_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "geo-replay-"));
  const runs: Record<string, Run> = {};

  before(async () => {
    const noPipeline = path.join(tmp, "no-pipeline");
    fs.mkdirSync(noPipeline);
    fs.copyFileSync(path.join(ROOT, "Pulumi.yaml"), path.join(noPipeline, "Pulumi.yaml"));
    const dev = fs.readFileSync(path.join(ROOT, "Pulumi.dev.yaml"), "utf8");
    const disabled = dev.replace(
      /(genesys-event-orchestration:eventPipeline:\n {4}enabled:) true/,
      "$1 false",
    );
    assert.notEqual(disabled, dev, "the edit must switch the pipeline off");
    fs.writeFileSync(path.join(noPipeline, "Pulumi.quiet.yaml"), disabled);
    // Independent processes: run them side by side.
    const [sample, malformed, none, missing, badStack, badArg] = await Promise.all([
      replay([
        "--stack",
        "dev",
        "--events",
        path.join(FIXTURES, "sample.jsonl"),
        "--json",
        path.join(tmp, "sample.json"),
      ]),
      replay([
        "--stack",
        "dev",
        "--events",
        path.join(FIXTURES, "malformed.jsonl"),
        "--json",
        path.join(tmp, "malformed.json"),
      ]),
      replay([
        "--stack",
        "quiet",
        "--dir",
        noPipeline,
        "--events",
        path.join(FIXTURES, "sample.jsonl"),
      ]),
      replay(["--stack", "dev", "--events", path.join(tmp, "nope.jsonl")]),
      replay(["--stack", "nosuchstack", "--events", path.join(FIXTURES, "sample.jsonl")]),
      replay(["--stack", "dev", "--event", path.join(FIXTURES, "sample.jsonl")]),
    ]);
    Object.assign(runs, { sample, malformed, none, missing, badStack, badArg });
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("replays sample.jsonl on dev to exactly sample.expected.json's counts, printed and written", () => {
    const run = runs.sample;
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const expected = readJson(path.join(FIXTURES, "sample.expected.json"));
    const summary = readJson(path.join(tmp, "sample.json"));
    for (const key of COUNTS) assert.equal(summary[key], expected[key], key);
    assert.ok(
      typeof summary.eventsPerSecond === "number" && summary.eventsPerSecond > 0,
      String(summary.eventsPerSecond),
    );
    const printed = JSON.parse(
      run.stdout
        .trim()
        .split("\n")
        .find((l) => l.startsWith('{"received"'))!,
    );
    assert.deepEqual(Object.keys(printed), [...COUNTS, "eventsPerSecond"]);
    for (const key of COUNTS) assert.equal(printed[key], expected[key], key);
    assert.match(
      run.stdout,
      /received = invalid \+ unmatched \+ stored \+ duplicates \+ rejected: 203 = 2 \+ 6 \+ 161 \+ 31 \+ 3/,
    );
  });

  it("reports sample.jsonl's invalid lines and rejected events by line number, and every rejected event is in the dead-letter queue", () => {
    const summary = readJson(path.join(tmp, "sample.json"));
    assert.deepEqual(linesOf(summary.problems, "invalid"), [90, 141]);
    assert.deepEqual(
      summary.problems.map((p: { line: number }) => p.line),
      [43, 61, 90, 141, 192],
      "by line number",
    );
    assert.equal(summary.problems[2].reason, "not a JSON object but an array");
    assert.deepEqual(linesOf(summary.problems, "rejected"), [43, 61, 192]);
    for (const p of summary.problems.filter((x: { count: string }) => x.count === "rejected")) {
      assert.match(p.reason, /^malformed event: MalformedEvent: .*participantId is missing/);
    }
    assert.match(runs.sample.stdout, /line 90: not a JSON object but an array/);
    assert.deepEqual(summary.deadLetters, { "event-pipeline-dlq": 3 });
    assert.deepEqual(summary.failures, []);
    // What the replay counted is what the stores hold: one item per stored event, one per ended leg.
    assert.deepEqual(summary.tables, {
      "event-pipeline-events": 161,
      "event-pipeline-queue-ends": 5,
    });
  });

  it("puts each malformed-corpus line in its expected count, losing none", () => {
    const run = runs.malformed;
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const expected = readJson(path.join(FIXTURES, "malformed.expected.json"));
    const summary = readJson(path.join(tmp, "malformed.json"));
    for (const key of COUNTS) assert.equal(summary[key], expected[key], key);
    assert.equal(
      summary.received,
      summary.invalid + summary.unmatched + summary.stored + summary.duplicates + summary.rejected,
    );
    const expectedLines = (count: string) =>
      expected.lines
        .filter((l: { count: string }) => l.count === count)
        .map((l: { line: number }) => l.line);
    assert.deepEqual(linesOf(summary.problems, "invalid"), expectedLines("invalid"));
    assert.deepEqual(linesOf(summary.problems, "rejected"), expectedLines("rejected"));
    const reason = (line: number) =>
      summary.problems.find((p: { line: number }) => p.line === line).reason as string;
    assert.match(reason(4), /^not JSON/);
    assert.match(reason(8), /^empty line$/);
    assert.match(reason(9), /detail-type is missing/);
    assert.match(reason(10), /detail is a string, not a JSON object/);
    assert.match(reason(21), /entry of 262144 bytes is not under EventBridge's 256 KiB/);
    assert.match(reason(13), /eventTime is a string, not epoch milliseconds/);
    // The 4 rejected events from the state machine, plus the queue-end Lambda's on-failure record for line 19.
    assert.deepEqual(summary.deadLetters, { "event-pipeline-dlq": 5 });
    assert.deepEqual(summary.failures, []);
    assert.deepEqual(summary.tables, {
      "event-pipeline-events": 4,
      "event-pipeline-queue-ends": 1,
    });
  });

  it("exits 2 saying so when the stack has no event pipeline", () => {
    const run = runs.none;
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.match(
      run.stderr,
      /stack quiet has no event pipeline: it creates no partner event bus\. Fix: .*Pulumi\.quiet\.yaml/,
    );
  });

  it("exits 2 with a clear message for a missing events file, an unknown stack or a bad argument", () => {
    assert.equal(runs.missing.status, 2, runs.missing.stderr);
    assert.match(runs.missing.stderr, /--events .*nope\.jsonl: no such file/);
    assert.equal(runs.badStack.status, 2, runs.badStack.stderr);
    assert.match(runs.badStack.stderr, /Pulumi\.nosuchstack\.yaml/);
    assert.equal(runs.badArg.status, 2, runs.badArg.stderr);
    assert.match(runs.badArg.stderr, /unknown argument "--event"/);
  });
});
