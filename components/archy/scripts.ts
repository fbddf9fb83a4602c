import * as fs from "node:fs";
import * as path from "node:path";

/** Interpreter the scripts are written for; bash 3.2 (macOS) is enough. */
export const SCRIPT_INTERPRETER = ["bash", "-c"];

function read(file: string): string {
  return fs.readFileSync(path.join(__dirname, file), "utf8");
}

/** `value` as one single-quoted shell word. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

// Inlined rather than referenced by path, so the command text is the same on every machine and a
// change to any part of the scripts shows up as a change to the command.
function assemble(body: string): string {
  return [
    `GENESYS_API_JS=${shellQuote(read("genesysApi.js"))}`,
    read("common.sh"),
    read(body),
  ].join("\n");
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
