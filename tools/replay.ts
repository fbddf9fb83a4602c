// Local replay: runs a JSONL file of EventBridge events through a stack's event pipeline as it
// would deploy (its rules, input transformers, pipe, state machine definition and Lambda code),
// against in-process stores, with no account and no network.
//   npm run replay -- --stack dev --events tests/fixtures/genesys-events/sample.jsonl [--json out.json]
import * as fs from "node:fs";
import * as path from "node:path";
import { stableStringify } from "../components/stableJson";
import { ConfigError } from "../stacks/config";
import {
  countsOf,
  describePipeline,
  fileLines,
  loadEventPipeline,
  renderReport,
  replayLines,
  ReplayInputError,
} from "./replay/index";
import { synthesizeStack } from "./synthesize";

const REPO_ROOT = path.resolve(__dirname, "..");
// npm runs scripts from the package root; resolve user paths against where they typed the command.
const userPath = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
const USAGE =
  "usage: npm run replay -- --stack <name> --events <file.jsonl> [--json <summary.json>] [--dir <folder with Pulumi.yaml and Pulumi.<name>.yaml>]";

/** Exit statuses: 2 for bad input (arguments, config, files), 1 when the replay itself fails. */
class UsageError extends Error {}

interface ReplayArgs {
  readonly stack: string;
  readonly events: string;
  readonly json?: string;
  readonly dir: string;
}

function parseArgs(argv: string[]): ReplayArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!["--stack", "--events", "--json", "--dir"].includes(flag))
      throw new UsageError(`unknown argument "${flag}"; ${USAGE}`);
    if (value === undefined || value.startsWith("--"))
      throw new UsageError(`${flag} needs a value; ${USAGE}`);
    values[flag.slice(2)] = value;
  }
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
  };
}

async function main(argv: string[]): Promise<number> {
  const { stack, events, json, dir } = parseArgs(argv);
  const synthesized = await synthesizeStack(dir, stack);
  const model = await loadEventPipeline(synthesized);
  process.stdout.write(
    `Replaying ${path.relative(process.cwd(), events) || events} through stack ${stack}'s event pipeline:\n`,
  );
  for (const line of describePipeline(model)) process.stdout.write(`  ${line}\n`);
  const report = await replayLines(model, fileLines(events));
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
