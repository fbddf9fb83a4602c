/**
 * The plans the determinism, secret and destroy-order tests share. Each is computed once per
 * mocha process (the test files run in one process) and only when a test asks for it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadStackFile } from "../../tools/stackFile";
import { copyRepository } from "./repoCopy";
import { ENV_SECRETS, OTHER_ENV_SECRETS, secretConfigEdits } from "./secrets";
import { dumpStack, StackDump } from "./stackDump";
import { baseEnv, planCli, REPO_ROOT, RunResult } from "./subprocess";

/** The stacks of the repository: every Pulumi.<stack>.yaml beside Pulumi.yaml. */
export function repositoryStacks(root: string = REPO_ROOT): string[] {
  return fs
    .readdirSync(root)
    .map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "geo-runs-"));
process.on("exit", () => fs.rmSync(scratch, { recursive: true, force: true }));

/** Environment of the plans in the repository: credentials set, a US time zone and locale. */
export const REPO_ENV = baseEnv({ ...ENV_SECRETS, TZ: "America/Los_Angeles", LANG: "en_US.UTF-8" });

/**
 * Environment of the plans in the copy: another HOME, time zone and credentials, and a locale
 * whose collation orders strings differently from code points and from English (Hawaiian sorts
 * vowels first), so anything sorted with localeCompare changes.
 */
export function copyEnv(): NodeJS.ProcessEnv {
  const home = path.join(scratch, "other-home");
  fs.mkdirSync(home, { recursive: true });
  return {
    PATH: process.env.PATH,
    HOME: home,
    ...OTHER_ENV_SECRETS,
    TZ: "Pacific/Chatham",
    LANG: "haw_US.UTF-8",
    LC_ALL: "haw_US.UTF-8",
  };
}

const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key) as Promise<T>;
}

/** A copy of the repository at another, longer absolute path (created on first use). */
export function repositoryCopy(): string {
  const dest = path.join(
    scratch,
    "a",
    "checkout",
    "somewhere",
    "else",
    "genesys-event-orchestration",
  );
  if (!fs.existsSync(dest)) copyRepository(dest);
  return dest;
}

export interface CliPlan {
  readonly run: RunResult;
  /** The --json file's text. */
  readonly json: string;
}

async function cli(
  root: string,
  stack: string,
  env: NodeJS.ProcessEnv,
  tag: string,
): Promise<CliPlan> {
  const json = path.join(scratch, `${tag}-${stack}.json`);
  const run = await planCli(["--stack", stack, "--json", json], { root, cwd: root, env });
  if (run.status !== 0)
    throw new Error(
      `npm run plan -- --stack ${stack} (${tag}) exited ${run.status}:\n${run.stderr}`,
    );
  return { run, json: fs.readFileSync(json, "utf8") };
}

/** `npm run plan -- --stack <stack> --json <file>` in the repository, with REPO_ENV. */
export function repoCliPlan(stack: string): Promise<CliPlan> {
  return once(`cli:repo:${stack}`, () => cli(REPO_ROOT, stack, REPO_ENV, "repo"));
}

/** The raw dump of a stack planned in the repository, with REPO_ENV. */
export function repoDump(stack: string): Promise<StackDump> {
  return once(
    `dump:repo:${stack}`,
    async () => (await dumpStack({ root: REPO_ROOT, stack, env: REPO_ENV })).dump,
  );
}

/** The raw dump of a stack planned from the copy, with copyEnv(). */
export function copyDump(stack: string): Promise<StackDump> {
  return once(
    `dump:copy:${stack}`,
    async () => (await dumpStack({ root: repositoryCopy(), stack, env: copyEnv() })).dump,
  );
}

/** The Genesys environment a stack file configures. */
export function stackEnvironment(stack: string): string {
  const genesys = loadStackFile(REPO_ROOT, stack).values["genesys-event-orchestration:genesys"];
  return (JSON.parse(genesys) as { environment: string }).environment;
}

/** The raw dump of a stack with every secret config value set to a known plaintext (see secrets.ts). */
export function secretsDump(stack: string): Promise<{ dump: StackDump; run: RunResult }> {
  return once(`dump:secrets:${stack}`, () =>
    dumpStack({
      root: REPO_ROOT,
      stack,
      env: REPO_ENV,
      edits: secretConfigEdits(stackEnvironment(stack)),
    }),
  );
}
