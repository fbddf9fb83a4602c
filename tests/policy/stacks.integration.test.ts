import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { policies } from "../../policy/policies";
import {
  repositoryStacks,
  runNode,
  runPolicies,
  stackSnapshot,
  type PolicyRun,
  type StackSnapshot,
} from "../support/policyRunner";

const ROOT = path.join(__dirname, "..", "..");
const STACKS = repositoryStacks();

describe("CrossGuard policy pack over every stack of the repository", function () {
  this.timeout(180_000);
  const snapshots = new Map<string, StackSnapshot>();
  const runs = new Map<string, PolicyRun>();
  const plans = new Map<
    string,
    { resources: { urn: string; type: string; name: string; inputs: unknown }[] }
  >();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "geo-policy-plan-"));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  before(async () => {
    // Each stack is synthesized in its own process (the mock runtime is process-wide), all at once.
    await Promise.all(
      STACKS.map(async (stack) => {
        const file = path.join(tmp, `${stack}.json`);
        const [snapshot, plan] = await Promise.all([
          stackSnapshot(stack),
          runNode(["tools/plan.ts", "--stack", stack, "--json", file]),
        ]);
        assert.equal(plan.status, 0, plan.stderr);
        snapshots.set(stack, snapshot);
        plans.set(stack, JSON.parse(fs.readFileSync(file, "utf8")));
        runs.set(stack, await runPolicies(policies, snapshot.resources));
      }),
    );
  });

  it("finds the repository's stacks", () => {
    assert.ok(
      STACKS.includes("dev") && STACKS.includes("prod"),
      `stacks found: ${STACKS.join(", ")}`,
    );
  });

  for (const stack of STACKS) {
    it(`${stack}: the pack sees the offline plan's resources with the plan's inputs`, () => {
      const plan = plans.get(stack)!;
      const snapshot = snapshots.get(stack)!;
      assert.deepEqual(
        snapshot.resources.map((r) => ({
          urn: r.urn,
          type: r.type,
          name: r.name,
          inputs: r.inputs,
        })),
        plan.resources.map((r) => ({ urn: r.urn, type: r.type, name: r.name, inputs: r.inputs })),
      );
    });

    it(`${stack}: passes every policy`, () => {
      assert.deepEqual(runs.get(stack)!.violations, []);
    });
  }

  it("runs every policy on at least one resource of some stack (no policy passes by never applying)", () => {
    for (const policy of policies) {
      const appliedIn = STACKS.filter(
        (stack) => (runs.get(stack)!.applied.get(policy.name) ?? []).length > 0,
      );
      assert.ok(
        appliedIn.length > 0,
        `policy ${policy.name} applied to nothing in ${STACKS.join(", ")}`,
      );
    }
  });

  it("checks every IAM document, Lambda, EventBridge target, state machine, data action and trigger in dev", () => {
    const dev = snapshots.get("dev")!;
    const applied = runs.get("dev")!.applied;
    const urnsOf = (...types: string[]) =>
      dev.resources
        .filter((r) => types.includes(r.type))
        .map((r) => r.urn)
        .sort();
    const iamTypes = [
      "aws:iam/role:Role",
      "aws:iam/rolePolicy:RolePolicy",
      "aws:s3/bucket:Bucket",
      "aws:s3/bucketPolicy:BucketPolicy",
      "aws:sqs/queuePolicy:QueuePolicy",
      "aws:sns/topicPolicy:TopicPolicy",
    ];
    assert.deepEqual([...applied.get("iam-no-wildcards")!].sort(), urnsOf(...iamTypes));
    // Five roles with their policies (no queue-end Lambda: queue ends ride the buffer), the
    // Genesys role and its grant, two queue policies, the bucket and its policy, and the alarm
    // topic's policy.
    assert.equal(urnsOf(...iamTypes).length, 17);
    assert.deepEqual(
      [...applied.get("eventbridge-target-retry-and-dlq")!].sort(),
      urnsOf("aws:cloudwatch/eventTarget:EventTarget"),
    );
    assert.deepEqual(
      [...applied.get("sfn-task-bounded-retry")!].sort(),
      urnsOf("aws:sfn/stateMachine:StateMachine"),
    );
    assert.deepEqual(
      [...applied.get("genesys-card-data-secure")!].sort(),
      urnsOf("genesyscloud:index/integrationAction:IntegrationAction"),
    );
    assert.equal(applied.get("genesys-card-data-secure")!.length, 7);
    assert.deepEqual(
      [...applied.get("genesys-trigger-ttl-or-delay")!].sort(),
      urnsOf("pulumi-nodejs:dynamic/genesys:ProcessAutomationTrigger"),
    );
  });
});

describe("policy/index.ts registers every policy", () => {
  const policyDir = path.join(ROOT, "policy", "policies");

  it("hands the PolicyPack the list exported by policy/policies", () => {
    const index = fs.readFileSync(path.join(ROOT, "policy", "index.ts"), "utf8");
    assert.match(index, /^import \{ policies \} from "\.\/policies";$/m);
    assert.match(
      index,
      /new PolicyPack\("genesys-event-orchestration", \{[^}]*\n\s+policies,\n\}\);/,
    );
    assert.equal((index.match(/new PolicyPack\(/g) ?? []).length, 1);
  });

  it("lists every policy any policy module exports, once", () => {
    const exported = new Set<unknown>();
    for (const file of fs
      .readdirSync(policyDir)
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")) {
      const module = require(path.join(policyDir, file)) as Record<string, unknown>;
      for (const value of Object.values(module)) {
        const candidate = value as {
          name?: unknown;
          validateResource?: unknown;
          validateStack?: unknown;
        };
        if (
          candidate &&
          typeof candidate === "object" &&
          typeof candidate.name === "string" &&
          (candidate.validateResource || candidate.validateStack)
        ) {
          exported.add(value);
        }
      }
    }
    assert.equal(exported.size, 11);
    assert.deepEqual(new Set(policies), exported);
    assert.equal(policies.length, exported.size);
  });

  it("names each policy uniquely, as the policy server requires, and makes each mandatory", () => {
    const names = policies.map((p) => p.name);
    assert.equal(new Set(names).size, names.length);
    for (const policy of policies) {
      assert.match(policy.name, /^[a-z0-9-]+$/);
      assert.notEqual(policy.name, "all", '"all" is reserved by the policy server');
      assert.equal(policy.enforcementLevel, "mandatory");
      assert.ok(policy.description.length > 20, `${policy.name} needs a description`);
    }
  });

  it("is a pack the CLI can install: pinned to the root's @pulumi versions, with PulumiPolicy.yaml", () => {
    const pack = JSON.parse(fs.readFileSync(path.join(ROOT, "policy", "package.json"), "utf8"));
    const root = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    assert.equal(pack.dependencies["@pulumi/policy"], root.devDependencies["@pulumi/policy"]);
    assert.equal(pack.dependencies["@pulumi/pulumi"], root.dependencies["@pulumi/pulumi"]);
    assert.equal(pack.devDependencies.typescript, root.devDependencies.typescript);
    assert.match(pack.version, /^\d+\.\d+\.\d+$/, "PolicyPack reads its version from package.json");
    assert.match(
      fs.readFileSync(path.join(ROOT, "policy", "PulumiPolicy.yaml"), "utf8"),
      /^runtime: nodejs$/m,
    );
  });
});
