/**
 * Runs one bad-input corpus case the way the plan CLI does, in-process or through the CLI, and
 * checks the refusal the same way for both.
 */
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { badInputLine } from "../../tools/badInput";
import { readStackInput } from "../../tools/synthesize";
import { caseStackFile, type ConfigCase } from "./configCases";
import { REPO_ROOT, type RunResult } from "./subprocess";

/** What the corpus checks of a run: its exit status and what it printed. */
type Refusal = Pick<RunResult, "status" | "stdout" | "stderr">;

/** Writes the case's Pulumi.yaml and stack file into `dir`; returns the stack file's path. */
export function writeCaseProject(c: ConfigCase, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(REPO_ROOT, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
  const file = path.join(dir, `Pulumi.${c.as}.yaml`);
  fs.writeFileSync(file, caseStackFile(c));
  return file;
}

/** What the plan CLI would print and exit with for the case's validation, computed in-process. */
export function validateCase(c: ConfigCase, dir: string): { run: Refusal; file: string } {
  const file = writeCaseProject(c, dir);
  try {
    readStackInput(dir, c.as);
    return { run: { status: 0, stdout: "validated without an error", stderr: "" }, file };
  } catch (err) {
    const line = badInputLine(err);
    if (line === undefined) return { run: { status: 1, stdout: "", stderr: String(err) }, file };
    return { run: { status: 2, stdout: "", stderr: line }, file };
  }
}

/** Text of a run's output for a failure message, with the case's hidden strings masked. */
function shown(c: ConfigCase, run: Refusal): string {
  let text = `exit ${run.status}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
  for (const h of c.hidden) text = text.split(h).join("[hidden]");
  return text;
}

/** Exit 2, nothing planned, one line naming `key` first, saying what and how to fix, no secret. */
export function assertRefusedAsTheCliDoes(c: ConfigCase, run: Refusal, key: string): void {
  assert.equal(run.status, 2, shown(c, run));
  assert.equal(run.stdout, "", `printed a plan:\n${shown(c, run)}`);
  assert.ok(
    run.stderr.startsWith(`error: ${key}: `),
    `does not start by naming ${key}:\n${shown(c, run)}`,
  );
  assert.ok(
    run.stderr.endsWith("\n") && !run.stderr.trimEnd().includes("\n"),
    `not one line:\n${shown(c, run)}`,
  );
  assert.ok(run.stderr.includes(c.says), `does not say "${c.says}":\n${shown(c, run)}`);
  assert.ok(run.stderr.includes("; fix: "), `gives no fix:\n${shown(c, run)}`);
  for (const h of c.hidden)
    assert.ok(!run.stderr.includes(h) && !run.stdout.includes(h), "printed a plaintext secret");
}
