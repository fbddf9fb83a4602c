/**
 * Entry point of the ArchyFlow scripts' Genesys calls, bundled by `helperScript()` into one
 * CommonJS text and run as `node -e "$GENESYS_API_JS" <command> [args]`. Credentials, gateway and
 * location come from the environment; nothing secret is printed or put on a command line.
 *   finish-publish <results.json>  print {"flowId","flowName"}; delete the previous flow if it differs
 *   delete-previous                delete the flow recorded in PULUMI_COMMAND_STDOUT
 */
import * as fs from "node:fs";
import { type GenesysClient, openGenesysClient } from "../genesysApi/client";
import { DEFAULT_RETRY_POLICY, startBudget, systemClock } from "../genesysApi/retry";
import { type PublishedFlow, deleteFlow, findFlowId } from "./flowApi";

const WHO = "archy-flow";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** The flow the previous run recorded, or undefined on a first publish. */
export function previousFlow(stdout: string | undefined): PublishedFlow | undefined {
  if (!stdout) return undefined;
  let previous: unknown;
  try {
    previous = JSON.parse(stdout);
  } catch {
    previous = undefined;
  }
  const { flowId, flowName } = (previous ?? {}) as Record<string, unknown>;
  if (typeof flowId !== "string" || flowId === "") {
    throw new Error(
      `the recorded output ${JSON.stringify(stdout.slice(0, 200))} is not {"flowId","flowName"}; delete that flow in Architect yourself, then remove this resource from the stack state`,
    );
  }
  return { flowId, flowName: typeof flowName === "string" ? flowName : "" };
}

function budget(what: string) {
  return startBudget(what, DEFAULT_RETRY_POLICY, systemClock());
}

async function client(): Promise<GenesysClient> {
  return openGenesysClient({
    environment: required("ARCHY_LOCATION"),
    env: process.env,
    who: WHO,
    budget: budget("Genesys login"),
  });
}

async function removeFlow(api: GenesysClient, flow: PublishedFlow): Promise<void> {
  const result = await deleteFlow(
    api,
    flow,
    budget(`deleting flow ${flow.flowId} (${flow.flowName})`),
  );
  const what = `flow ${flow.flowId} (${flow.flowName})`;
  process.stderr.write(
    `${WHO}: ${result === "deleted" ? `deleted ${what}` : `${what} was already deleted`}\n`,
  );
}

async function finishPublish(resultsFile: string): Promise<void> {
  const flowName = required("ARCHY_FLOW_NAME");
  const flowType = required("ARCHY_FLOW_TYPE");
  let results: {
    status?: unknown;
    exitCode?: unknown;
    output?: { flowId?: unknown; flowName?: unknown };
  };
  try {
    results = JSON.parse(fs.readFileSync(resultsFile, "utf8"));
  } catch (error) {
    throw new Error(`Archy left no readable results file: ${(error as Error).message}`);
  }
  if (results.status !== "success") {
    throw new Error(
      `Archy reported status '${String(results.status)}' (exit code ${String(results.exitCode)}) for '${flowName}'`,
    );
  }
  const output = results.output ?? {};
  if (typeof output.flowName === "string" && output.flowName !== flowName) {
    throw new Error(`Archy published '${output.flowName}', expected '${flowName}'`);
  }
  const previous = previousFlow(process.env.PULUMI_COMMAND_STDOUT);
  let flowId = typeof output.flowId === "string" && output.flowId ? output.flowId : undefined;
  let api: GenesysClient | undefined;
  if (!flowId) {
    api = await client();
    flowId = await findFlowId(api, flowName, flowType, budget(`looking up flow '${flowName}'`));
  }
  if (previous && previous.flowId !== flowId) await removeFlow(api ?? (await client()), previous);
  process.stdout.write(JSON.stringify({ flowId, flowName }));
}

async function deletePrevious(): Promise<void> {
  const previous = previousFlow(process.env.PULUMI_COMMAND_STDOUT);
  if (!previous) {
    process.stderr.write(`${WHO}: no published flow is recorded; nothing to delete\n`);
    return;
  }
  await removeFlow(await client(), previous);
}

export async function main(command: string | undefined, args: string[]): Promise<void> {
  if (typeof fetch !== "function")
    throw new Error(`node ${process.version} has no fetch; use Node.js 18 or later`);
  if (command === "finish-publish" && args.length === 1) return finishPublish(args[0]);
  if (command === "delete-previous" && args.length === 0) return deletePrevious();
  throw new Error(`unknown command: ${[command, ...args].join(" ")}`);
}

/** Runs the command in argv (`node -e <code> a b` puts a at argv[1]) and exits 1 with a message on failure. */
export function cliMain(argv: readonly string[] = process.argv): void {
  main(argv[1], argv.slice(2)).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${WHO}: ${message}\n`);
    process.exit(1);
  });
}
