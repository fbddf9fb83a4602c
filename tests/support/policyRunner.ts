/**
 * Runs CrossGuard policies over resources without a policy server: the arguments each policy gets
 * are built the way @pulumi/policy 1.21's server builds them (server.js makeAnalyzeRpcFun and
 * makeAnalyzeStackRpcFun), from a stack snapshot (tests/support/policySnapshot.ts) or from resources
 * written by hand. validateResource sees a resource's inputs, validateStack every resource's outputs
 * with parents, dependencies and per-property dependencies linked to the resource objects.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type {
  Policies,
  PolicyResource,
  PolicyResourceOptions,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import type { SnapshotResource, StackSnapshot } from "./policySnapshot";
import { baseEnv, runTs, type RunResult } from "./subprocess";

export type { SnapshotResource, StackSnapshot } from "./policySnapshot";

const ROOT = path.resolve(__dirname, "..", "..");

/** Thrown by the fake `notApplicable`, as the real one throws NotApplicableError. */
export class NotApplicable extends Error {
  constructor(readonly reason: string | undefined) {
    super(`not applicable: ${reason ?? ""}`);
  }
}

export interface Violation {
  readonly policy: string;
  /** The resource reported; for validateStack, the urn passed to reportViolation (if any). */
  readonly urn: string | undefined;
  readonly message: string;
}

export interface PolicyRun {
  readonly violations: Violation[];
  /** Per policy, the URNs it ran on (resource policies) or ["stack"] when a stack policy applied. */
  readonly applied: Map<string, string[]>;
}

const OPTIONS: PolicyResourceOptions = {
  protect: false,
  ignoreChanges: [],
  aliases: [],
  customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
  additionalSecretOutputs: [],
};

const notApplicable = (reason?: string): never => {
  throw new NotApplicable(reason);
};

const typeOf = (resourceClass: unknown) =>
  (resourceClass as { __pulumiType?: string }).__pulumiType;

/** Deep copy frozen at every level, so a policy that writes to what it is given fails loudly. */
function frozen<T>(value: T): T {
  const copy = JSON.parse(JSON.stringify(value)) as T;
  const freeze = (v: unknown): void => {
    if (v !== null && typeof v === "object") {
      Object.values(v).forEach(freeze);
      Object.freeze(v);
    }
  };
  freeze(copy);
  return copy;
}

function isStackPolicy(policy: Policies[number]): policy is StackValidationPolicy {
  return typeof (policy as StackValidationPolicy).validateStack === "function";
}

/** validateResource for one resource, as the server calls it. */
async function runResourcePolicy(
  policy: ResourceValidationPolicy,
  r: SnapshotResource,
  run: PolicyRun,
): Promise<void> {
  const given = policy.validateResource;
  const validations = given === undefined ? [] : Array.isArray(given) ? given : [given];
  for (const validation of validations) {
    const props = frozen(r.inputs);
    const args: ResourceValidationArgs = {
      type: r.type,
      props,
      urn: r.urn,
      name: r.name,
      opts: { ...OPTIONS, ...(r.parent ? { parent: r.parent } : {}) },
      stackTags: new Map(),
      isType: (resourceClass) => typeOf(resourceClass) === r.type,
      asType: ((resourceClass: unknown) =>
        typeOf(resourceClass) === r.type ? props : undefined) as ResourceValidationArgs["asType"],
      getConfig: <T extends object>() => ({}) as T,
      notApplicable,
    };
    try {
      // Like the server, the resource's own URN is recorded whatever urn the policy passes.
      await validation(args, (message) =>
        run.violations.push({ policy: policy.name, urn: r.urn, message }),
      );
      run.applied.set(policy.name, [...(run.applied.get(policy.name) ?? []), r.urn]);
    } catch (err) {
      if (!(err instanceof NotApplicable)) throw err;
    }
  }
}

/** The stack's resources as validateStack sees them, linked to each other by URN. */
export function policyResources(resources: readonly SnapshotResource[]): PolicyResource[] {
  const byUrn = new Map<string, PolicyResource>();
  const built = resources.map((r) => {
    const props = frozen(r.outputs);
    const resource: PolicyResource = {
      type: r.type,
      props,
      urn: r.urn,
      name: r.name,
      opts: { ...OPTIONS, ...(r.parent ? { parent: r.parent } : {}) },
      dependencies: [],
      propertyDependencies: {},
      isType: (resourceClass) => typeOf(resourceClass) === r.type,
      asType: ((resourceClass: unknown) =>
        typeOf(resourceClass) === r.type ? props : undefined) as PolicyResource["asType"],
    };
    byUrn.set(r.urn, resource);
    return resource;
  });
  resources.forEach((r, i) => {
    const resource = built[i];
    if (r.parent && byUrn.has(r.parent)) resource.parent = byUrn.get(r.parent);
    resource.dependencies = r.dependencies.flatMap((u) => (byUrn.has(u) ? [byUrn.get(u)!] : []));
    for (const [key, urns] of Object.entries(r.propertyDependencies)) {
      resource.propertyDependencies[key] = urns.flatMap((u) =>
        byUrn.has(u) ? [byUrn.get(u)!] : [],
      );
    }
  });
  return built;
}

/** Runs every policy over the resources and collects what they report. */
export async function runPolicies(
  policies: Policies,
  resources: readonly SnapshotResource[],
): Promise<PolicyRun> {
  const run: PolicyRun = { violations: [], applied: new Map() };
  for (const policy of policies) {
    if (isStackPolicy(policy)) {
      try {
        await policy.validateStack(
          {
            resources: policyResources(resources),
            stackTags: new Map(),
            getConfig: <T extends object>() => ({}) as T,
            notApplicable,
          },
          (message, urn) => run.violations.push({ policy: policy.name, urn, message }),
        );
        run.applied.set(policy.name, ["stack"]);
      } catch (err) {
        if (!(err instanceof NotApplicable)) throw err;
      }
    } else {
      for (const r of resources)
        await runResourcePolicy(policy as ResourceValidationPolicy, r, run);
    }
  }
  return run;
}

/** Runs a TypeScript entry point of the repository (path relative to it), as `npm run plan` does. */
export function runNode(args: string[]): Promise<RunResult> {
  const [script, ...rest] = args;
  return runTs(script, rest, { cwd: ROOT, env: baseEnv() });
}

/** The stacks of the repository: every Pulumi.<stack>.yaml next to Pulumi.yaml. */
export function repositoryStacks(): string[] {
  return fs
    .readdirSync(ROOT)
    .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

const snapshots = new Map<string, Promise<StackSnapshot>>();

/** The snapshot of one stack, taken once per test process in a child process. */
export function stackSnapshot(stack: string): Promise<StackSnapshot> {
  let snapshot = snapshots.get(stack);
  if (!snapshot) {
    snapshot = (async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "geo-policy-"));
      try {
        const file = path.join(dir, `${stack}.json`);
        const out = await runNode([
          "tests/support/policySnapshot.ts",
          "--stack",
          stack,
          "--json",
          file,
        ]);
        if (out.status !== 0)
          throw new Error(`policySnapshot --stack ${stack} exited ${out.status}: ${out.stderr}`);
        return JSON.parse(fs.readFileSync(file, "utf8")) as StackSnapshot;
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    })();
    snapshots.set(stack, snapshot);
  }
  return snapshot;
}

/** A snapshot resource for tests that build a stack by hand; outputs default to the inputs. */
export function resource(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  extra: Partial<Omit<SnapshotResource, "type" | "name" | "inputs">> = {},
): SnapshotResource {
  return {
    urn: `urn:pulumi:test::policy-test::${type}::${name}`,
    type,
    name,
    parent: null,
    inputs,
    outputs: inputs,
    dependencies: [],
    propertyDependencies: {},
    ...extra,
  };
}

/** A resource of an edited copy of a snapshot; `set` and `unset` change inputs and outputs alike. */
export interface EditableResource extends SnapshotResource {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  propertyDependencies: Record<string, readonly string[]>;
}

/** Sets (or, with `undefined`, deletes) the value at `path` in a resource's inputs and outputs. */
export function set(r: EditableResource, path: readonly string[], value: unknown): void {
  for (const props of [r.inputs, r.outputs]) {
    let node = props as Record<string, unknown>;
    for (const key of path.slice(0, -1)) {
      if (node[key] === null || typeof node[key] !== "object") node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    const last = path[path.length - 1];
    if (value === undefined) delete node[last];
    else node[last] = JSON.parse(JSON.stringify(value));
  }
}

/**
 * A deep copy of the snapshot's resources after `edit`, which gets the copy and a lookup by
 * resource name (and type) and may return a new list (to add or remove resources).
 */
export function editedStack(
  snapshot: StackSnapshot,
  edit: (
    named: (name: string, type?: string) => EditableResource,
    resources: EditableResource[],
  ) => EditableResource[] | void,
): EditableResource[] {
  const resources = JSON.parse(JSON.stringify(snapshot.resources)) as EditableResource[];
  // A component and its main child may share a name (BundledLambda and its Function): pass the type then.
  const named = (name: string, type?: string) => {
    const found = resources.filter(
      (r) => r.name === name && (type === undefined || r.type === type),
    );
    if (found.length !== 1)
      throw new Error(`expected one resource named ${name}, found ${found.length}`);
    return found[0];
  };
  return edit(named, resources) ?? resources;
}
