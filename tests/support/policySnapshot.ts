/**
 * Test helper: runs the whole program for one stack under the mock runtime, exactly as the offline
 * plan does (stacks/offline/synthesize.ts), and writes what CrossGuard would hand a policy pack:
 *   node -r ts-node/register/transpile-only tests/support/policySnapshot.ts --stack dev --json <file>
 * Per resource: the plan's inputs (secrets as "[secret]", assets as digests: the plan JSON's exact
 * form), the outputs (inputs plus the mock's computed ones, the same way), and the dependencies per
 * input property, which the plan JSON lacks but stack policies need to link a bucket to its access
 * block or a function to its log group. One stack per process: the mock runtime is process-wide.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { stableStringify } from "../../components/stableJson";
import { sanitizeInputs } from "../../tools/report";
import { synthesizeStack } from "../../tools/synthesize";

/** One resource as a policy pack sees it. */
export interface SnapshotResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly parent: string | null;
  /** What validateResource sees as `props`. */
  readonly inputs: Record<string, unknown>;
  /** What validateStack sees as `props`. */
  readonly outputs: Record<string, unknown>;
  readonly dependencies: readonly string[];
  /** Input property name to the URNs whose outputs flowed into it. */
  readonly propertyDependencies: Record<string, readonly string[]>;
}

export interface StackSnapshot {
  readonly project: string;
  readonly stack: string;
  readonly resources: SnapshotResource[];
}

async function main(argv: string[]): Promise<void> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, "")] = argv[i + 1];
  if (!args.stack || !args.json)
    throw new Error("usage: policySnapshot.ts --stack <name> --json <file> [--dir <repo>]");
  const synthesized = await synthesizeStack(
    args.dir ?? path.resolve(__dirname, "..", ".."),
    args.stack,
  );
  const resources: SnapshotResource[] = [];
  for (const r of [...synthesized.resources].sort((a, b) =>
    a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0,
  )) {
    resources.push({
      urn: r.urn,
      type: r.type,
      name: r.name,
      parent: r.parent ?? null,
      inputs: (await sanitizeInputs(r.inputs)) as Record<string, unknown>,
      outputs: (await sanitizeInputs(r.outputs)) as Record<string, unknown>,
      dependencies: [...r.dependencies],
      propertyDependencies: { ...r.propertyDependencies },
    });
  }
  const snapshot: StackSnapshot = { project: synthesized.project, stack: args.stack, resources };
  fs.writeFileSync(args.json, stableStringify(snapshot, 2) + "\n");
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (err) => {
      process.stderr.write(
        `error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exit(1);
    },
  );
}
