import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateEvents } from "../../../tools/bench/eventGenerator";
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
    assert.deepEqual(summary.deadLetters, { "event-pipeline-malformed": 3 });
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
    // The 4 rejected events in the malformed-events queue, once each: line 19 (a watched queue's
    // user.end without sessionId) too, since its queue end rides the same buffer message.
    assert.deepEqual(summary.deadLetters, { "event-pipeline-malformed": 4 });
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

/**
 * The "done when" runs, through the CLI on the dev stack (maxConcurrency 10): flow control
 * in virtual time against dynalite behind the fault proxy. The buffer path (conversation rule →
 * buffer → pipe → state machine → processor) must keep every count exact; the queue-end path is
 * EventBridge's asynchronous invocation of a Lambda (2 retries, then its own dead-letter queue),
 * which no buffer protects, so its count is checked as "recorded or in its dead-letter queue".
 */
describe("local replay: flow control in virtual time (npm run replay --rate/--store-outage/--throttle/--redrive)", function () {
  this.timeout(900_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "geo-replay-flow-"));
  const sample = path.join(FIXTURES, "sample.jsonl");
  const expected = readJson(path.join(FIXTURES, "sample.expected.json"));
  const summaries: Record<string, any> = {};
  const statuses: Record<string, Run> = {};
  const generated = generateEvents(7000);
  const bulk = path.join(tmp, "events-7000.jsonl");

  before(async () => {
    fs.writeFileSync(bulk, generated.lines.join("\n") + "\n");
    const run = async (name: string, events: string, flags: string[]) => {
      const json = path.join(tmp, `${name}.json`);
      statuses[name] = await replay([
        "--stack",
        "dev",
        "--events",
        events,
        "--json",
        json,
        ...flags,
      ]);
      if (fs.existsSync(json)) summaries[name] = readJson(json);
    };
    // Two at a time: the machine has two cores.
    await Promise.all([run("clean", sample, []), run("throttle", sample, ["--throttle", "0.3"])]);
    await Promise.all([
      run("longOutage", sample, ["--store-outage", "0s+30h"]),
      run("redrive", sample, ["--store-outage", "0s+30h", "--redrive"]),
    ]);
    // 3 × the 1,000 events/s that 10 invocations of 10 events each in 0.1 s make; the 7,000 events
    // arrive over 2.3 s, so the outage starts while they still do.
    await Promise.all([
      run("overload", bulk, ["--rate", "3000", "--store-outage", "2s+6h"]),
      (async () => {
        statuses.badThrottle = await replay([
          "--stack",
          "dev",
          "--events",
          sample,
          "--throttle",
          "1.5",
        ]);
        statuses.badOutage = await replay([
          "--stack",
          "dev",
          "--events",
          sample,
          "--store-outage",
          "6h",
        ]);
      })(),
    ]);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  // queueEnded included: queue ends ride the buffer, so they are as exact as the events.
  const pipelineCounts = (s: any) => Object.fromEntries(COUNTS.map((k) => [k, s[k]]));

  it("a clean run: exact counts, one processor invocation and one execution per batch, none lost", () => {
    const s = summaries.clean;
    assert.equal(statuses.clean.status, 0, statuses.clean.stderr);
    for (const key of COUNTS) assert.equal(s[key], expected[key], key);
    assert.equal(s.lost, 0);
    assert.equal(s.processorInvocations, 20);
    assert.equal(s.stateMachineExecutions, 20);
    assert.ok(s.processorInvocations / s.received <= 0.15, String(s.processorInvocations));
    assert.deepEqual(s.deadLettered, {
      malformed: 3,
      outlivedTolerance: 0,
      processingFailed: 0,
      functionFailed: 0,
      targetFailed: 0,
    });
    for (const key of [
      "redriven",
      "maxBacklog",
      "oldestMessageAgeSeconds",
      "virtualSeconds",
      "wallSeconds",
    ])
      assert.equal(typeof s[key], "number", key);
  });

  it("--throttle 0.3: exact counts, queue ends included, nothing lost", () => {
    const s = summaries.throttle;
    assert.equal(statuses.throttle.status, 0, statuses.throttle.stderr);
    assert.deepEqual(pipelineCounts(s), pipelineCounts(expected));
    assert.equal(s.lost, 0);
    assert.equal(s.deadLettered.outlivedTolerance, 0);
    assert.ok(s.flow.injectedFaults.throttled > 0);
    assert.equal(s.queueEnded, 5);
  });

  it("3 × capacity with --store-outage 2s+6h: no event lost or dead-lettered, exact counts, queue ends included", () => {
    const s = summaries.overload;
    assert.equal(statuses.overload.status, 0, statuses.overload.stderr);
    assert.deepEqual(pipelineCounts(s), pipelineCounts(generated.expected));
    assert.equal(s.lost, 0);
    assert.equal(s.deadLettered.outlivedTolerance, 0);
    assert.equal(s.deadLettered.processingFailed, 0);
    assert.ok(s.virtualSeconds > 6 * 3600, String(s.virtualSeconds));
    assert.ok(s.maxBacklog > 1000, String(s.maxBacklog));
    assert.equal(generated.expected.queueEnded, 367);
    assert.equal(s.queueEnded, 367);
  });

  it("--store-outage 0s+30h (tolerance 24 h): well-formed events are dead-lettered, none lost; --redrive brings back a clean run's counts", () => {
    const failed = summaries.longOutage;
    assert.equal(statuses.longOutage.status, 0, statuses.longOutage.stderr);
    assert.equal(failed.lost, 0);
    assert.equal(failed.stored, 0);
    assert.equal(failed.queueEnded, 0);
    assert.equal(failed.deadLettered.outlivedTolerance, expected.stored + expected.duplicates);
    assert.equal(failed.deadLetters["event-pipeline-dlq"], expected.stored + expected.duplicates);
    // Dead-lettered only once the tolerance had passed.
    assert.ok(failed.oldestMessageAgeSeconds >= 24 * 3600, String(failed.oldestMessageAgeSeconds));
    const redriven = summaries.redrive;
    assert.equal(statuses.redrive.status, 0, statuses.redrive.stderr);
    assert.deepEqual(pipelineCounts(redriven), pipelineCounts(expected));
    assert.equal(redriven.queueEnded, 5);
    assert.equal(redriven.redriven, expected.stored + expected.duplicates);
    assert.equal(redriven.lost, 0);
    assert.equal(redriven.deadLetters["event-pipeline-dlq"], undefined);
  });

  it("exits 2 naming the flag for a bad --throttle or --store-outage", () => {
    assert.equal(statuses.badThrottle.status, 2, statuses.badThrottle.stderr);
    assert.match(statuses.badThrottle.stderr, /--throttle "1\.5" is not a fraction/);
    assert.equal(statuses.badOutage.status, 2, statuses.badOutage.stderr);
    assert.match(statuses.badOutage.stderr, /--store-outage "6h" is not <start>\+<duration>/);
  });
});
