/**
 * What tests/support/dumpStack.ts writes, how to produce one, and how to compare two of them by
 * the material a `pulumi preview` diffs: Lambda bundles, rendered flows and command scripts,
 * trigger criteria, IAM and queue policies, the state machine definition, the serialized dynamic
 * provider, and every other input.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { RunResult, runTs } from "./subprocess";

/** A config value set by a test after the stack file is read. */
export interface ConfigEdit {
  /** Fully qualified key, e.g. "genesys-event-orchestration:negativeSentiment". */
  readonly key: string;
  /** Field path inside the key's object; empty sets the key itself. */
  readonly path: readonly string[];
  readonly value: unknown;
  /** Mark the key secret, as `pulumi config set --secret` does. */
  readonly secret?: boolean;
}

export interface DumpedResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly parent: string | null;
  readonly custom: boolean;
  readonly id: string | null;
  /** dependsOn plus output-derived dependencies (URNs); Pulumi deletes in the reverse order. */
  readonly dependencies: readonly string[];
  /** Registered inputs: secret wrappers kept; archives as {"@archive": {file: {"@asset": text}}}. */
  readonly inputs: Record<string, unknown>;
  readonly outputs: Record<string, unknown>;
}

export interface StackDump {
  readonly project: string;
  readonly stack: string;
  /** What `npm run plan` prints on stdout, without the "Wrote <file>" line. */
  readonly planText: string;
  /** What `npm run plan -- --json <file>` writes. */
  readonly planJson: string;
  readonly resources: readonly DumpedResource[];
  readonly calls: readonly { token: string; inputs: unknown }[];
  readonly stackOutputs: Record<string, { value: unknown; secret: boolean }>;
}

export interface DumpOptions {
  /** Repository whose code runs (a copy for the path test). @default the repository under test */
  readonly root: string;
  /** Folder holding Pulumi.yaml and the stack file. @default root */
  readonly dir?: string;
  readonly stack: string;
  readonly edits?: readonly ConfigEdit[];
  readonly perturb?: readonly string[];
  /** The child's whole environment. */
  readonly env: NodeJS.ProcessEnv;
}

/** Runs dumpStack.ts in a child process; rejects with its stderr when it fails. */
export async function dumpStack(
  options: DumpOptions,
): Promise<{ dump: StackDump; run: RunResult }> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "geo-dump-"));
  try {
    const out = path.join(tmp, "dump.json");
    const args = ["--dir", options.dir ?? options.root, "--stack", options.stack, "--out", out];
    if (options.edits) {
      fs.writeFileSync(path.join(tmp, "edits.json"), JSON.stringify(options.edits));
      args.push("--edits", path.join(tmp, "edits.json"));
    }
    if (options.perturb?.length) args.push("--perturb", options.perturb.join(","));
    const run = await runTs(path.join(options.root, "tests", "support", "dumpStack.ts"), args, {
      cwd: options.root,
      env: options.env,
    });
    if (run.status !== 0)
      throw new Error(
        `dumpStack ${options.stack} in ${options.root} exited ${run.status}:\n${run.stderr}`,
      );
    return { dump: JSON.parse(fs.readFileSync(out, "utf8")) as StackDump, run };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// What a preview compares

export const COMMAND = "command:local:Command";
export const TRIGGER = "pulumi-nodejs:dynamic/genesys:ProcessAutomationTrigger";
export const LAMBDA = "aws:lambda/function:Function";
export const STATE_MACHINE = "aws:sfn/stateMachine:StateMachine";

/** The kinds of material the determinism test reports on separately. */
export type Material =
  | "lambda bundle"
  | "flow YAML (command stdin)"
  | "command script"
  | "command environment"
  | "trigger criteria"
  | "serialized dynamic provider"
  | "IAM or queue policy"
  | "state machine definition"
  | "event pattern"
  | "other input";

/** Which material an input leaf (resource type + dotted path) is. */
export function materialOf(type: string, leafPath: string): Material {
  const top = leafPath.split(/[.[]/)[0];
  if (type === LAMBDA && top === "code") return "lambda bundle";
  if (type === COMMAND && top === "stdin") return "flow YAML (command stdin)";
  if (type === COMMAND && ["create", "update", "delete", "interpreter"].includes(top))
    return "command script";
  if (type === COMMAND && top === "environment") return "command environment";
  if (type === TRIGGER && top === "__provider") return "serialized dynamic provider";
  if (type === TRIGGER && top === "matchCriteria") return "trigger criteria";
  if (/^(policy|assumeRolePolicy|redrivePolicy)$/.test(top)) return "IAM or queue policy";
  if (type === STATE_MACHINE && top === "definition") return "state machine definition";
  if (top === "eventPattern") return "event pattern";
  return "other input";
}

/** Every leaf of a JSON value, by dotted path ("a.b[0].c"). */
export function leaves(value: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) {
      if (v.length === 0) out.set(at, "[]");
      v.forEach((item, i) => walk(item, `${at}[${i}]`));
    } else if (v !== null && typeof v === "object") {
      const keys = Object.keys(v);
      if (keys.length === 0) out.set(at, "{}");
      for (const k of keys) walk((v as Record<string, unknown>)[k], at ? `${at}.${k}` : k);
    } else {
      out.set(at, v);
    }
  };
  walk(value, prefix);
  return out;
}

/** One input that differs between two dumps. */
export interface Difference {
  readonly material: Material;
  readonly urn: string;
  /** Dotted path of the input leaf, or "(resource)" when only one dump has the resource. */
  readonly path: string;
}

/**
 * Every difference between two dumps' resources, by material. Byte equality, no normalisation:
 * what the engine compares is exactly what the program registered. Deliberately never prints
 * values (they may hold secrets): only where they differ.
 */
export function compareDumps(a: StackDump, b: StackDump): Difference[] {
  const differences: Difference[] = [];
  const byUrn = (d: StackDump) => new Map(d.resources.map((r) => [r.urn, r]));
  const left = byUrn(a);
  const right = byUrn(b);
  for (const urn of [...new Set([...left.keys(), ...right.keys()])].sort()) {
    const x = left.get(urn);
    const y = right.get(urn);
    if (!x || !y) {
      differences.push({ material: "other input", urn, path: "(resource)" });
      continue;
    }
    if (
      JSON.stringify(x.dependencies) !== JSON.stringify(y.dependencies) ||
      x.parent !== y.parent
    ) {
      differences.push({ material: "other input", urn, path: "(dependencies or parent)" });
    }
    const lx = leaves(x.inputs);
    const ly = leaves(y.inputs);
    for (const leaf of [...new Set([...lx.keys(), ...ly.keys()])].sort()) {
      if (!lx.has(leaf) || !ly.has(leaf) || lx.get(leaf) !== ly.get(leaf)) {
        differences.push({ material: materialOf(x.type, leaf), urn, path: leaf });
      }
    }
  }
  return differences;
}

/** The materials present in a dump, with how many input leaves each has (so a comparison is known to cover them). */
export function materialsIn(dump: StackDump): Map<Material, number> {
  const counts = new Map<Material, number>();
  for (const r of dump.resources) {
    for (const leaf of leaves(r.inputs).keys()) {
      const m = materialOf(r.type, leaf);
      counts.set(m, (counts.get(m) ?? 0) + 1);
    }
  }
  return counts;
}

/** A readable list of differences: materials and places, never values. */
export function describeDifferences(differences: readonly Difference[], limit = 20): string {
  const lines = differences.slice(0, limit).map((d) => `  ${d.material}: ${d.urn} ${d.path}`);
  if (differences.length > limit) lines.push(`  … ${differences.length - limit} more`);
  return lines.join("\n");
}
