// Offline plan: runs the whole program for Pulumi.<stack>.yaml under the Pulumi mock runtime,
// with no CLI, credentials or network, and prints what `pulumi preview` would register.
//   npm run plan -- --stack dev [--json out.json]
import * as fs from "node:fs";
import * as path from "node:path";
import { stableStringify } from "../components/stableJson";
import { badInputLine } from "./badInput";
import { capacityOfStack } from "./capacity";
import { formatProblem } from "./flows/checkFlow";
import { checkStackFlows } from "./flows/stackFlows";
import { planDocument, renderPlan } from "./report";
import { synthesizeStack } from "./synthesize";

const REPO_ROOT = path.resolve(__dirname, "..");
// npm runs scripts from the package root; resolve user paths against where they typed the command.
const userPath = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
const USAGE =
  "usage: npm run plan -- --stack <name> [--json <file>] [--dir <folder with Pulumi.yaml and Pulumi.<name>.yaml>]";

/** Exit statuses: 2 for bad input (arguments or config), 1 when the program itself fails. */
class UsageError extends Error {}
/** The stack's flows fail the flow checker: a defect in the program (exit 1), not bad input. */
class FlowCheckFailed extends Error {}

interface PlanArgs {
  readonly stack: string;
  readonly json?: string;
  readonly dir: string;
}

function parseArgs(argv: string[]): PlanArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!["--stack", "--json", "--dir"].includes(flag))
      throw new UsageError(`unknown argument "${flag}"; ${USAGE}`);
    if (value === undefined || value.startsWith("--"))
      throw new UsageError(`${flag} needs a value; ${USAGE}`);
    values[flag.slice(2)] = value;
  }
  if (!values.stack) throw new UsageError(`--stack is required; ${USAGE}`);
  return {
    stack: values.stack,
    json: values.json && userPath(values.json),
    dir: values.dir ? userPath(values.dir) : REPO_ROOT,
  };
}

async function main(argv: string[]): Promise<void> {
  const { stack, json, dir } = parseArgs(argv);
  const synthesized = await synthesizeStack(dir, stack);
  // A flow Archy would refuse, or that would misbehave, stops the plan before its publish command
  // is shown as ready (the same checks as npm run check:flows).
  const problems = checkStackFlows(synthesized.resources);
  if (problems.length > 0) {
    process.stderr.write(problems.map((p) => `${formatProblem(p)}\n`).join(""));
    throw new FlowCheckFailed(`${problems.length} flow problem(s); fix the flows above`);
  }
  const plan = await planDocument(synthesized.project, stack, synthesized.resources);
  process.stdout.write(renderPlan(plan) + "\n");
  const capacity = capacityOfStack(synthesized);
  if (capacity)
    process.stdout.write(
      `\nEvent pipeline capacity and cost, beside the Standard-workflow design:\n\n${capacity}\n`,
    );
  if (synthesized.placeholderSecrets.length > 0) {
    process.stdout.write(
      `\nSecrets replaced by offline placeholders: ${synthesized.placeholderSecrets.join(", ")}\n`,
    );
  }
  if (json) {
    fs.mkdirSync(path.dirname(json), { recursive: true });
    fs.writeFileSync(json, stableStringify(plan, 2) + "\n");
    process.stdout.write(`\nWrote ${json}\n`);
  }
}

function fail(err: unknown): never {
  const badInput = badInputLine(err, [UsageError]);
  if (badInput !== undefined) {
    process.stderr.write(badInput);
    process.exit(2);
  }
  if (err instanceof FlowCheckFailed) {
    process.stderr.write(`error: ${err.message}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `error: the program failed under the offline plan: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
}

process.on("unhandledRejection", fail);
main(process.argv.slice(2)).then(() => process.exit(0), fail);
