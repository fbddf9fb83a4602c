// Offline flow checker: checks every Archy flow the stacks publish, as rendered for each stack,
// against Genesys' Architect Scripting SDK (function catalogue and expression parser) and the
// data actions each stack creates; a flow under architect/ that no stack renders is checked as is.
//   npm run check:flows -- [architect/x.yaml ...]
// Prints `file:line: problem` per problem. Exit 0: no problem; 1: problems; 2: bad arguments.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { badInputLine } from "./badInput";
import { checkFlow, formatProblem, type FlowProblem } from "./flows/checkFlow";
import {
  checkRenderedStackFlow,
  flowsOfStack,
  templateFile,
  type StackFlows,
} from "./flows/stackFlows";
import { synthesizeStack } from "./synthesize";

const REPO_ROOT = path.resolve(__dirname, "..");
const ARCHITECT = path.join(REPO_ROOT, "architect");
const USAGE = "usage: npm run check:flows -- [architect/<flow>.yaml ...]";
// Internal: one stack per child process, since the mock runtime runs one program per process.
const CHILD_FLAG = "--stack-flows-json";

class UsageError extends Error {}

const userPath = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
const relative = (file: string) => path.relative(REPO_ROOT, file).split(path.sep).join("/");

function stacksOf(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

function flowFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return flowFiles(full);
      return /\.ya?ml$/.test(e.name) ? [full] : [];
    })
    .sort();
}

/** Renders each stack in its own process (in parallel) and reads back what it publishes. */
async function renderStacks(stacks: readonly string[]): Promise<Map<string, StackFlows>> {
  const runs = stacks.map(
    (stack) =>
      new Promise<[string, StackFlows]>((resolve) => {
        const child = spawn(
          process.execPath,
          ["-r", "ts-node/register/transpile-only", __filename, CHILD_FLAG, stack],
          { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] },
        );
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on("data", (d: Buffer) => out.push(d));
        child.stderr.on("data", (d: Buffer) => err.push(d));
        child.on("close", (status) => {
          if (status !== 0) {
            process.stderr.write(Buffer.concat(err));
            process.exit(status === 2 ? 2 : 1);
          }
          resolve([stack, JSON.parse(Buffer.concat(out).toString("utf8")) as StackFlows]);
        });
      }),
  );
  return new Map(await Promise.all(runs));
}

function parseArgs(argv: readonly string[]): string[] {
  return argv.map((arg) => {
    if (arg.startsWith("-")) throw new UsageError(`unknown option "${arg}"; ${USAGE}`);
    const file = userPath(arg);
    if (!/\.ya?ml$/.test(file)) throw new UsageError(`"${arg}" is not a .yaml flow file; ${USAGE}`);
    if (!fs.existsSync(file)) throw new UsageError(`"${arg}" does not exist; ${USAGE}`);
    return file;
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const named = parseArgs(argv);
  // Only templates under architect/ are rendered by stacks; other files are checked as written.
  const needsStacks = named.length === 0 || named.some((f) => f.startsWith(ARCHITECT + path.sep));
  const stacks = needsStacks ? stacksOf(REPO_ROOT) : [];
  const rendered = await renderStacks(stacks);
  const files = named.length > 0 ? named : flowFiles(ARCHITECT);
  const found = new Map<string, { problem: FlowProblem; stacks: string[] }>();
  const add = (problem: FlowProblem, stack?: string) => {
    const key = formatProblem(problem);
    const entry = found.get(key) ?? { problem, stacks: [] };
    if (stack) entry.stacks.push(stack);
    found.set(key, entry);
  };
  let renderings = 0;
  for (const file of files) {
    const name = relative(file);
    let checked = false;
    for (const [stack, { flows, context }] of rendered) {
      for (const flow of flows.filter((f) => templateFile(f.template) === name)) {
        checkRenderedStackFlow(flow, context).forEach((p) => add(p, stack));
        checked = true;
        renderings++;
      }
    }
    // A flow no stack renders is checked as written: its placeholders and calls then fail.
    if (!checked) {
      checkFlow(name, fs.readFileSync(file, "utf8")).forEach((p) => add(p));
      renderings++;
    }
  }
  for (const { problem, stacks: where } of found.values()) {
    const suffix = where.length > 0 ? ` (stack ${[...new Set(where)].join(", ")})` : "";
    process.stdout.write(`${formatProblem(problem)}${suffix}\n`);
  }
  process.stdout.write(
    `${found.size === 0 ? "no problems" : `${found.size} problem(s)`} in ${files.length} flow file(s), ${renderings} rendering(s)${stacks.length ? `, stacks ${stacks.join(", ")}` : ""}\n`,
  );
  return found.size === 0 ? 0 : 1;
}

async function child(stack: string): Promise<void> {
  const synthesized = await synthesizeStack(REPO_ROOT, stack);
  process.stdout.write(JSON.stringify(flowsOfStack(synthesized.resources)));
}

function fail(err: unknown): never {
  const badInput = badInputLine(err, [UsageError]);
  if (badInput !== undefined) {
    process.stderr.write(badInput);
    process.exit(2);
  }
  process.stderr.write(
    `error: the flow checker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
}

process.on("unhandledRejection", fail);
const args = process.argv.slice(2);
if (args[0] === CHILD_FLAG) {
  child(args[1]).then(() => process.exit(0), fail);
} else {
  main(args).then((status) => process.exit(status), fail);
}
