/**
 * Test helper: runs the whole program for one stack under the mock runtime, as the offline plan
 * does, and writes everything it registered to a JSON file: the plan text and JSON exactly as
 * `npm run plan` prints and writes them, plus the raw inputs (secret wrappers kept, Lambda bundles
 * and the serialized dynamic provider in full), outputs, dependencies and provider-function calls.
 *
 *   node -r ts-node/register/transpile-only tests/support/dumpStack.ts --dir <repo> --stack dev --out dump.json
 *        [--edits edits.json] [--perturb bundle-timestamp,key-order,path-in-flow]
 *
 * `--edits` sets config values (optionally as secrets) after the stack file is read, so tests can
 * plan with known plaintext secrets where the offline plan has only placeholders. `--perturb`
 * injects known nondeterminism, so the determinism test can show its comparison catches it.
 * One run per process: the mock runtime is process-wide. Exits 2 on a config error.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import type { ConfigEdit, DumpedResource, StackDump } from "./stackDump";

const ROOT = path.resolve(__dirname, "..", "..");
// Loaded from this file's repository, so a run from a copy uses the copy's code throughout.
const load = <T>(module: string): T => require(path.join(ROOT, module)) as T;

type Args = { dir: string; stack: string; out: string; edits?: string; perturb: string[] };

function parseArgs(argv: string[]): Args {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) values[argv[i].replace(/^--/, "")] = argv[i + 1];
  if (!values.dir || !values.stack || !values.out)
    throw new Error(
      "usage: dumpStack.ts --dir <d> --stack <s> --out <file> [--edits <json>] [--perturb a,b]",
    );
  return {
    dir: values.dir,
    stack: values.stack,
    out: values.out,
    edits: values.edits,
    perturb: values.perturb ? values.perturb.split(",") : [],
  };
}

/** Known nondeterminism, patched into the modules before the program loads them. */
function perturb(kinds: string[]): void {
  for (const kind of kinds) {
    if (kind === "bundle-timestamp") {
      const bundle =
        load<Record<string, (...a: unknown[]) => { code: string }>>("components/bundle");
      const original = bundle.bundleLambda;
      bundle.bundleLambda = (...a: unknown[]) => {
        const code = `${original(...a).code}\n// built ${new Date().toISOString()} ${process.hrtime.bigint()}\n`;
        return { code, sha256: createHash("sha256").update(code).digest("hex") };
      };
    } else if (kind === "key-order") {
      // Object keys in an order that depends on the run (as with a locale-dependent sort):
      // ascending, or descending when GEO_PERTURB_SEED is odd, so two runs surely differ.
      const json = load<Record<string, unknown>>("components/stableJson");
      const sign = Number(process.env.GEO_PERTURB_SEED ?? "0") % 2 === 1 ? -1 : 1;
      const reorder = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(reorder);
        if (
          value === null ||
          typeof value !== "object" ||
          Object.getPrototypeOf(value) !== Object.prototype
        )
          return value;
        const entries = Object.entries(value as Record<string, unknown>).sort(
          ([a], [b]) => sign * (a < b ? -1 : a > b ? 1 : 0),
        );
        return Object.fromEntries(entries.map(([k, v]) => [k, reorder(v)]));
      };
      json.stableStringify = (value: unknown, indent?: number) =>
        JSON.stringify(reorder(value), undefined, indent);
    } else if (kind === "path-in-flow") {
      const template = load<Record<string, (...a: unknown[]) => string>>(
        "components/archy/template",
      );
      const original = template.renderFlowTemplate;
      template.renderFlowTemplate = (...a: unknown[]) =>
        `${original(...a)}\n# rendered from ${ROOT}\n`;
    } else {
      throw new Error(`unknown perturbation ${kind}`);
    }
  }
}

/** Sets `edit.value` at `edit.path` inside the JSON stored under `edit.key` (the key itself when path is empty). */
export function applyEdit(
  values: Record<string, string>,
  secretKeys: string[],
  edit: ConfigEdit,
  stringify: (v: unknown) => string,
): void {
  if (edit.path.length === 0) {
    values[edit.key] = typeof edit.value === "string" ? edit.value : stringify(edit.value);
  } else {
    const root =
      values[edit.key] === undefined
        ? {}
        : (JSON.parse(values[edit.key]) as Record<string, unknown>);
    let node = root;
    for (const part of edit.path.slice(0, -1)) {
      if (node[part] === null || typeof node[part] !== "object") node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[edit.path[edit.path.length - 1]] = edit.value;
    values[edit.key] = stringify(root);
  }
  if (edit.secret && !secretKeys.includes(edit.key)) secretKeys.push(edit.key);
}

/** The value of an Output, once known. */
function resolved<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) =>
    output.apply((v) => {
      resolve(v);
      return v;
    }),
  );
}

/** Inputs made JSON: assets and archives spelled out in full, secret wrappers kept as they are. */
async function raw(value: unknown): Promise<unknown> {
  const v = value as object;
  if (v instanceof pulumi.asset.AssetArchive) {
    const assets = await v.assets;
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(assets).sort()) out[name] = await raw(assets[name]);
    return { "@archive": out };
  }
  if (pulumi.asset.Asset.isInstance(v)) {
    const text = await (v as pulumi.asset.StringAsset).text;
    if (typeof text === "string") return { "@asset": text };
    return { "@fileAsset": await (v as pulumi.asset.FileAsset).path };
  }
  if (pulumi.Resource.isInstance(v))
    return { "@resource": await resolved((v as pulumi.Resource).urn) };
  if (Array.isArray(value)) return Promise.all(value.map(raw));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await raw(v);
    return out;
  }
  return value;
}

/** Code-point order: unlike localeCompare, the same on every machine and locale. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function main(args: Args): Promise<void> {
  // Captured before any perturbation, so the dump file itself is always canonical.
  const { stableStringify } =
    load<typeof import("../../components/stableJson")>("components/stableJson");
  perturb(args.perturb);
  const { loadStackFile } = load<typeof import("../../tools/stackFile")>("tools/stackFile");
  const { parseStackConfig, ConfigError } =
    load<typeof import("../../stacks/config")>("stacks/config");
  const { installMocks, ResourceRecorder, settle } =
    load<typeof import("../../tools/mocks")>("tools/mocks");
  const { planDocument, renderPlan } = load<typeof import("../../tools/report")>("tools/report");
  const { capacityOfStack } = load<typeof import("../../tools/capacity")>("tools/capacity");

  const file = loadStackFile(args.dir, args.stack);
  const values = { ...file.values };
  const secretKeys = [...file.secretKeys];
  const edits: ConfigEdit[] = args.edits ? JSON.parse(fs.readFileSync(args.edits, "utf8")) : [];
  for (const edit of edits) applyEdit(values, secretKeys, edit, stableStringify);

  let config;
  try {
    config = parseStackConfig({ stack: args.stack, values, secretKeys });
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`error: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  pulumi.runtime.setAllConfig(values, secretKeys);
  const recorder = new ResourceRecorder(config.awsRegion);
  await installMocks(recorder, file.project, args.stack);
  const exported = await load<Promise<Record<string, pulumi.Output<unknown>>>>("stacks/index");
  await settle();

  // The same text and JSON tools/plan.ts prints and writes (without its "Wrote <file>" line).
  const plan = await planDocument(file.project, args.stack, recorder.resources);
  let planText = renderPlan(plan) + "\n";
  const capacity = capacityOfStack({
    project: file.project,
    stack: args.stack,
    config,
    placeholderSecrets: file.secretKeys,
    resources: recorder.resources,
    calls: recorder.calls,
  });
  if (capacity)
    planText += `\nEvent pipeline capacity and cost, beside the Standard-workflow design:\n\n${capacity}\n`;
  if (file.secretKeys.length > 0)
    planText += `\nSecrets replaced by offline placeholders: ${file.secretKeys.join(", ")}\n`;

  const resources: DumpedResource[] = [];
  for (const r of [...recorder.resources].sort((a, b) => byCodePoint(a.urn, b.urn))) {
    resources.push({
      urn: r.urn,
      type: r.type,
      name: r.name,
      parent: r.parent ?? null,
      custom: r.custom,
      id: r.id ?? null,
      dependencies: [...r.dependencies].sort(byCodePoint),
      inputs: (await raw(r.inputs)) as Record<string, unknown>,
      outputs: (await raw(r.outputs)) as Record<string, unknown>,
    });
  }
  const stackOutputs: Record<string, { value: unknown; secret: boolean }> = {};
  for (const key of Object.keys(exported).sort()) {
    const output = pulumi.output(exported[key] as pulumi.Input<unknown>) as pulumi.Output<unknown>;
    const value = await resolved(output);
    stackOutputs[key] = {
      value: await raw(value),
      secret: await (output as unknown as { isSecret: Promise<boolean> }).isSecret,
    };
  }
  const calls = await Promise.all(
    recorder.calls.map(async (c) => ({ token: c.token, inputs: await raw(c.inputs) })),
  );

  const dump: StackDump = {
    project: file.project,
    stack: args.stack,
    planText,
    planJson: stableStringify(plan, 2) + "\n",
    resources,
    calls: calls
      .map((c) => stableStringify(c))
      .sort(byCodePoint)
      .map((c) => JSON.parse(c)),
    stackOutputs,
  };
  fs.writeFileSync(args.out, stableStringify(dump) + "\n");
}

if (require.main === module) {
  main(parseArgs(process.argv.slice(2))).then(
    () => process.exit(0),
    (err) => {
      process.stderr.write(
        `error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exit(1);
    },
  );
}
