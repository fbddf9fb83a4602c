import * as fs from "node:fs";
import * as path from "node:path";
import { buildSync } from "esbuild";

/** Interpreter the scripts are written for; bash 3.2 (macOS) is enough. */
export const SCRIPT_INTERPRETER = ["bash", "-c"];

function read(file: string): string {
  return fs.readFileSync(path.join(__dirname, file), "utf8");
}

/** `value` as one single-quoted shell word. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

let helper: string | undefined;

/**
 * flowCli.ts with the shared Genesys client, bundled into one CommonJS text for `node -e`: the
 * scripts' flow lookup and delete then retry, read credentials and gateway, and report errors
 * exactly as the trigger provider does. Paths in it are relative to the repository, no source map
 * and no minifying, so the text (and the command) is the same on every machine.
 */
export function helperScript(): string {
  helper ??= buildSync({
    absWorkingDir: path.resolve(__dirname, "../.."),
    stdin: {
      contents: 'require("./flowCli").cliMain(process.argv);',
      resolveDir: __dirname,
      sourcefile: "flowCliEntry.js",
      loader: "js",
    },
    bundle: true,
    write: false,
    platform: "node",
    // The scripts run on whatever node is on PATH; 18 is the first with fetch.
    target: "node18",
    format: "cjs",
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
  }).outputFiles[0].text;
  return helper;
}

// Inlined rather than referenced by path, so the command text is the same on every machine and a
// change to any part of the scripts shows up as a change to the command.
function assemble(body: string): string {
  return [`GENESYS_API_JS=${shellQuote(helperScript())}`, read("common.sh"), read(body)].join("\n");
}

/** Publishes the flow YAML on stdin and prints {"flowId","flowName"}; the create and update command. */
export function publishScript(): string {
  return assemble("publish.sh");
}

/** Deletes the flow recorded in the previous stdout; the delete command. */
export function deleteScript(): string {
  return assemble("delete.sh");
}

/** What the publish script prints on stdout. */
export interface PublishedFlow {
  readonly flowId: string;
  readonly flowName: string;
}

/** Parses the publish script's stdout; throws when it is not {"flowId","flowName"}. */
export function parsePublishOutput(stdout: string): PublishedFlow {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new Error(
      `ArchyFlow: publish output ${JSON.stringify(stdout.slice(0, 200))} is not JSON; expected {"flowId","flowName"}`,
    );
  }
  const { flowId, flowName } = (parsed ?? {}) as Record<string, unknown>;
  if (typeof flowId !== "string" || flowId === "" || typeof flowName !== "string") {
    throw new Error(
      `ArchyFlow: publish output ${JSON.stringify(stdout.slice(0, 200))} lacks a flowId or flowName`,
    );
  }
  return { flowId, flowName };
}
