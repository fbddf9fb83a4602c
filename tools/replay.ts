// Local replay: runs a JSONL file of EventBridge events through a stack's event pipeline as it
// would deploy (its rules, input transformers, pipe, state machine definition and Lambda code),
// against in-process stores, with no account and no network.
// Flow control runs in virtual time (see replay/engine.ts), so hours of an outage replay in seconds.
//   npm run replay -- --stack dev --events tests/fixtures/genesys-events/sample.jsonl [--json out.json]
//     [--rate <events/s>] [--store-outage <start>+<duration>] [--throttle <fraction>]
//     [--processor-ms <ms>] [--redrive]
import * as fs from "node:fs";
import * as path from "node:path";
import { stableStringify } from "../components/stableJson";
import { ConfigError } from "../stacks/config";
import {
  countsOf,
  DEFAULT_PROCESSOR_MS,
  describePipeline,
  fileLines,
  loadEventPipeline,
  renderReport,
  replayLines,
  ReplayInputError,
  type ReplayOptions,
} from "./replay/index";
import { parseOutage } from "./replay/storeFaults";
import { synthesizeStack } from "./synthesize";

const REPO_ROOT = path.resolve(__dirname, "..");
// npm runs scripts from the package root; resolve user paths against where they typed the command.
const userPath = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
const USAGE =
  "usage: npm run replay -- --stack <name> --events <file.jsonl> [--json <summary.json>] [--dir <folder with Pulumi.yaml and Pulumi.<name>.yaml>] [--rate <events/s>] [--store-outage <start>+<duration>, e.g. 2s+6h] [--throttle <fraction 0–1>] [--processor-ms <ms>] [--redrive]";

/** Exit statuses: 2 for bad input (arguments, config, files), 1 when the replay itself fails. */
class UsageError extends Error {}

interface ReplayArgs {
  readonly stack: string;
  readonly events: string;
  readonly json?: string;
  readonly dir: string;
  readonly flow: ReplayOptions;
}

const VALUED = [
  "--stack",
  "--events",
  "--json",
  "--dir",
  "--rate",
  "--store-outage",
  "--throttle",
  "--processor-ms",
];

/** A positive number from a flag, or a usage error naming it. */
function positive(flag: string, text: string | undefined, max = Infinity): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!(Number.isFinite(value) && value > 0 && value <= max))
    throw new UsageError(
      `${flag} ${JSON.stringify(text)} is not a number above 0${max < Infinity ? ` and at most ${max}` : ""}; ${USAGE}`,
    );
  return value;
}

function parseArgs(argv: string[]): ReplayArgs {
  const values: Record<string, string> = {};
  let redrive = false;
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    if (flag === "--redrive") {
      redrive = true;
      i -= 1;
      continue;
    }
    const value = argv[i + 1];
    if (!VALUED.includes(flag)) throw new UsageError(`unknown argument "${flag}"; ${USAGE}`);
    if (value === undefined || value.startsWith("--"))
      throw new UsageError(`${flag} needs a value; ${USAGE}`);
    values[flag.slice(2)] = value;
  }
  let storeOutage: ReplayOptions["storeOutage"];
  if (values["store-outage"] !== undefined) {
    const parsed = parseOutage(values["store-outage"]);
    if (typeof parsed === "string") throw new UsageError(`--store-outage ${parsed}; ${USAGE}`);
    storeOutage = parsed;
  }
  const throttle = values.throttle === undefined ? undefined : Number(values.throttle);
  if (throttle !== undefined && !(Number.isFinite(throttle) && throttle >= 0 && throttle < 1))
    throw new UsageError(
      `--throttle ${JSON.stringify(values.throttle)} is not a fraction from 0 up to (not including) 1; ${USAGE}`,
    );
  const flow: ReplayOptions = {
    rate: positive("--rate", values.rate),
    storeOutage,
    throttle,
    // Under the processor's 10 s timeout: a longer invocation would time out on AWS.
    processorMs: positive("--processor-ms", values["processor-ms"], 10_000) ?? DEFAULT_PROCESSOR_MS,
    redrive,
  };
  if (!values.stack) throw new UsageError(`--stack is required; ${USAGE}`);
  if (!values.events) throw new UsageError(`--events is required; ${USAGE}`);
  const events = userPath(values.events);
  if (!fs.existsSync(events) || !fs.statSync(events).isFile())
    throw new UsageError(`--events ${values.events}: no such file (${events})`);
  return {
    stack: values.stack,
    events,
    json: values.json && userPath(values.json),
    dir: values.dir ? userPath(values.dir) : REPO_ROOT,
    flow,
  };
}

async function main(argv: string[]): Promise<number> {
  const { stack, events, json, dir, flow } = parseArgs(argv);
  const synthesized = await synthesizeStack(dir, stack);
  const model = await loadEventPipeline(synthesized);
  process.stdout.write(
    `Replaying ${path.relative(process.cwd(), events) || events} through stack ${stack}'s event pipeline:\n`,
  );
  for (const line of describePipeline(model)) process.stdout.write(`  ${line}\n`);
  const report = await replayLines(model, fileLines(events), flow);
  process.stdout.write(`\n${renderReport(report)}\n\n${JSON.stringify(countsOf(report))}\n`);
  if (json) {
    fs.mkdirSync(path.dirname(json), { recursive: true });
    fs.writeFileSync(json, stableStringify({ ...report, stack, events }, 2) + "\n");
    process.stdout.write(`\nWrote ${json}\n`);
  }
  if (!report.invariantHolds) {
    process.stderr.write(
      "error: received ≠ invalid + unmatched + stored + duplicates + rejected: the replay lost or double-counted events\n",
    );
    return 1;
  }
  if (report.lost > 0) {
    process.stderr.write(`error: ${report.lost} events were lost (see FAILURES above)\n`);
    return 1;
  }
  if (report.failures.length > 0) {
    process.stderr.write(
      `error: ${report.failures.length} events were dead-lettered for another reason than a malformed event, or lost (see FAILURES above)\n`,
    );
    return 1;
  }
  return 0;
}

function fail(err: unknown): never {
  if (err instanceof ConfigError || err instanceof UsageError || err instanceof ReplayInputError) {
    process.stderr.write(`error: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `error: the replay failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
}

process.on("unhandledRejection", fail);
main(process.argv.slice(2)).then((status) => process.exit(status), fail);
