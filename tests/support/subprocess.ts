/**
 * Child processes for the end-to-end tests: async, so several run at once, and bounded by one
 * process-wide limit, so the test files that share it never oversubscribe the machine.
 */
import { spawn } from "node:child_process";
import * as os from "node:os";
import * as path from "node:path";

/** The repository the tests run from. */
export const REPO_ROOT = path.resolve(__dirname, "..", "..");

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall-clock milliseconds, for reports only (never asserted). */
  readonly ms: number;
}

export interface RunOptions {
  readonly cwd: string;
  /** The whole environment of the child: nothing is inherited. */
  readonly env: NodeJS.ProcessEnv;
}

/** Runs a command to completion, collecting its output. */
export function run(
  command: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (status) =>
      resolve({
        status,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        ms: Date.now() - started,
      }),
    );
  });
}

/** At most this many children at once, across every test file (mocha runs them in one process). */
export const CONCURRENCY = Math.max(1, Math.min(os.cpus().length, 4));

let running = 0;
const waiting: (() => void)[] = [];

/** Runs `task` once fewer than CONCURRENCY limited tasks are running. */
export async function limited<T>(task: () => Promise<T>): Promise<T> {
  // A finishing task hands its slot straight to the next waiter, so none can be overtaken.
  if (running >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** The environment every child gets: PATH and HOME only, plus `extra`. */
export function baseEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
}

/** Runs a TypeScript entry point the way `npm run plan` does: this Node, ts-node in transpile-only mode. */
export function runTs(
  script: string,
  args: readonly string[],
  options: RunOptions,
): Promise<RunResult> {
  return limited(() =>
    run(process.execPath, ["-r", "ts-node/register/transpile-only", script, ...args], options),
  );
}

/** Runs the offline plan CLI (tools/plan.ts) of the repository at `root`. */
export function planCli(
  args: readonly string[],
  options: RunOptions & { readonly root?: string },
): Promise<RunResult> {
  return runTs(path.join(options.root ?? REPO_ROOT, "tools", "plan.ts"), args, options);
}
