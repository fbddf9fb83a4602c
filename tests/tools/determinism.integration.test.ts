// Quiet previews: planning the same stack again, from another checkout path, time zone, locale,
// HOME or set of credentials registers exactly the same inputs, so a no-change `pulumi preview`
// shows no diff. Also shows the comparison used here catches the usual sources of noise.
import * as assert from "node:assert/strict";
import * as os from "node:os";
import {
  copyDump,
  copyEnv,
  repoCliPlan,
  repoDump,
  repositoryCopy,
  repositoryStacks,
  REPO_ENV,
} from "../support/runs";
import {
  compareDumps,
  describeDifferences,
  dumpStack,
  LAMBDA,
  Material,
  materialsIn,
  StackDump,
  TRIGGER,
} from "../support/stackDump";
import { REPO_ROOT } from "../support/subprocess";

/** Line number and both lines where two texts first differ (plan text and JSON hold no secret values). */
function firstDifference(a: string, b: string): string {
  const x = a.split("\n");
  const y = b.split("\n");
  const i = x.findIndex((line, n) => line !== y[n]);
  const at = i === -1 ? x.length : i;
  return `first difference at line ${at + 1}:\n  - ${x[at] ?? "(end)"}\n  + ${y[at] ?? "(end)"}`;
}

function assertSameText(a: string, b: string, what: string): void {
  if (a !== b) assert.fail(`${what} differ; ${firstDifference(a, b)}`);
}

/** The CLI's stdout without its last line, "Wrote <json file>", which names a different file each run. */
const withoutWrote = (stdout: string) => stdout.replace(/\nWrote [^\n]*\n$/, "");

const ALL_MATERIALS: readonly Material[] = [
  "lambda bundle",
  "flow YAML (command stdin)",
  "command script",
  "command environment",
  "trigger criteria",
  "serialized dynamic provider",
  "IAM or queue policy",
  "state machine definition",
  "event pattern",
  "other input",
];

const stacks = repositoryStacks();

describe("quiet previews: the same stack always plans to the same bytes", function () {
  this.timeout(600_000);

  // Start every stack's plans at once: the shared pool runs them as many at a time as there are cores.
  before(() => {
    for (const stack of stacks)
      for (const run of [repoCliPlan(stack), repoDump(stack), copyDump(stack)])
        run.catch(() => undefined);
  });

  it("plans every stack file of the repository", () => {
    assert.ok(
      stacks.includes("dev") && stacks.includes("prod"),
      `stacks found: ${stacks.join(", ")}`,
    );
  });

  for (const stack of stacks) {
    describe(`stack ${stack}`, () => {
      let repoJson: string;
      let repoStdout: string;
      let repo: StackDump;
      let copy: StackDump;

      // Three plans: npm run plan and a second plan in the repository, and one from a copy at
      // another path with another TZ, LANG, HOME and credentials. Each is a fresh process.
      before(async () => {
        const [cli, again, elsewhere] = await Promise.all([
          repoCliPlan(stack),
          repoDump(stack),
          copyDump(stack),
        ]);
        [repoJson, repoStdout, repo, copy] = [cli.json, cli.run.stdout, again, elsewhere];
      });

      it("writes byte-identical plan JSON each time, from the repository and from a copy elsewhere", () => {
        assert.ok(
          repoJson.length > 1000 && JSON.parse(repoJson).resources.length > 10,
          "the plan JSON is not a plan",
        );
        assertSameText(repoJson, repo.planJson, "the CLI's plan JSON and a second plan's");
        assertSameText(
          repoJson,
          copy.planJson,
          "the plan JSON from the repository and from the copy",
        );
      });

      it("prints byte-identical plan text each time, from the repository and from a copy elsewhere", () => {
        assert.match(repoStdout, /\nWrote [^\n]+\n$/);
        assertSameText(
          withoutWrote(repoStdout),
          repo.planText,
          "the CLI's printed plan and a second plan's",
        );
        assertSameText(
          withoutWrote(repoStdout),
          copy.planText,
          "the printed plan from the repository and from the copy",
        );
      });

      it("registers byte-identical raw inputs from both places: bundles, flow YAML, scripts, trigger criteria, policies, state machine definition, event patterns and the serialized provider", () => {
        const differences = compareDumps(repo, copy);
        assert.equal(
          differences.length,
          0,
          `inputs that would show as a diff in a no-change preview:\n${describeDifferences(differences)}`,
        );
        assert.equal(repo.resources.length, copy.resources.length);
        // Nothing was compared if the inputs were empty: every pipeline's material must be there.
        const present = materialsIn(repo);
        for (const m of [
          "lambda bundle",
          "flow YAML (command stdin)",
          "command script",
          "trigger criteria",
          "serialized dynamic provider",
          "IAM or queue policy",
          "state machine definition",
          "event pattern",
        ] as Material[]) {
          assert.ok(
            (present.get(m) ?? 0) > 0,
            `stack ${stack} registered no ${m}; the comparison would not cover it`,
          );
        }
      });

      it("serializes the dynamic provider without any path, home or credential, needing only Node's built-ins", () => {
        const texts = repo.resources
          .filter((r) => r.type === TRIGGER)
          .map((r) => r.inputs.__provider);
        assert.ok(
          texts.length >= 2,
          `expected a trigger per Genesys pipeline, got ${texts.length}`,
        );
        for (const text of texts) {
          assert.equal(typeof text, "string");
          assert.equal(text, texts[0], "every trigger serializes the same provider");
          for (const place of [REPO_ROOT, repositoryCopy(), os.homedir(), os.tmpdir()]) {
            assert.ok(!(text as string).includes(place), `the serialized provider embeds ${place}`);
          }
          // The shared Genesys client speaks HTTP through Node's fetch: no package to resolve.
          const required = [...(text as string).matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
          assert.deepEqual(
            required.filter((id) => !require("node:module").isBuiltin(id)),
            [],
          );
        }
      });

      it("bundles Lambda code with only repository-relative paths, in the code and its source map", () => {
        const bundles = repo.resources.filter((r) => r.type === LAMBDA);
        assert.ok(bundles.length >= 2);
        for (const fn of bundles) {
          const code = (fn.inputs.code as { "@archive": Record<string, { "@asset": string }> })[
            "@archive"
          ]["index.js"]["@asset"];
          for (const place of [REPO_ROOT, repositoryCopy(), os.homedir()])
            assert.ok(!code.includes(place), `${fn.name}'s bundle embeds ${place}`);
          const map = /sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)/.exec(code);
          assert.ok(map, `${fn.name}'s bundle has no inline source map`);
          const sources = JSON.parse(Buffer.from(map[1], "base64").toString("utf8"))
            .sources as string[];
          assert.ok(
            sources.length > 0 && sources.every((s) => /^(lambdas|components)\//.test(s)),
            `${fn.name}'s source map names ${sources.join(", ")}`,
          );
        }
      });
    });
  }

  it("covers every kind of material across the stacks", async () => {
    const seen = new Set<Material>();
    for (const stack of stacks)
      for (const m of materialsIn(await repoDump(stack)).keys()) seen.add(m);
    assert.deepEqual([...seen].sort(), [...ALL_MATERIALS].sort());
  });
});

describe("quiet previews: the comparison catches known nondeterminism", function () {
  this.timeout(600_000);
  // The same program with noise injected (tests/support/dumpStack.ts --perturb): a build time in
  // every bundle, object keys in a run-dependent order in every JSON text, the checkout's path in
  // every flow.
  const perturb = ["bundle-timestamp", "key-order", "path-in-flow"];
  let differences: ReturnType<typeof compareDumps>;
  let repo: StackDump;
  let copy: StackDump;

  before(async () => {
    [{ dump: repo }, { dump: copy }] = await Promise.all([
      dumpStack({
        root: REPO_ROOT,
        stack: "dev",
        env: { ...REPO_ENV, GEO_PERTURB_SEED: "0" },
        perturb,
      }),
      dumpStack({
        root: repositoryCopy(),
        stack: "dev",
        env: { ...copyEnv(), GEO_PERTURB_SEED: "1" },
        perturb,
      }),
    ]);
    differences = compareDumps(repo, copy);
  });

  const flagged = (material: Material) => differences.filter((d) => d.material === material);

  it("flags a build timestamp in every Lambda bundle", () => {
    assert.equal(
      flagged("lambda bundle").length,
      repo.resources.filter((r) => r.type === LAMBDA).length,
    );
  });

  it("flags JSON texts whose object keys come out in another order: policies, the state machine definition, event patterns", () => {
    assert.ok(flagged("IAM or queue policy").length > 0);
    assert.equal(flagged("state machine definition").length, 1);
    assert.ok(flagged("event pattern").length > 0);
  });

  it("flags an absolute path in the rendered flows", () => {
    assert.equal(
      flagged("flow YAML (command stdin)").length,
      repo.resources.filter((r) => r.type === "command:local:Command").length,
    );
  });

  it("flags a run-dependent value captured by the serialized dynamic provider", () => {
    // The provider's closure captures stableStringify (trigger diffs compare with it), so the
    // injected key order, a value chosen per run, is serialized with it.
    assert.equal(
      flagged("serialized dynamic provider").length,
      repo.resources.filter((r) => r.type === TRIGGER).length,
    );
  });

  it("shows the noise in the plan JSON too, and nowhere it was not injected", () => {
    assert.notEqual(repo.planJson, copy.planJson);
    const untouched: Material[] = ["command script", "command environment", "trigger criteria"];
    for (const m of untouched)
      assert.deepEqual(flagged(m), [], `${m} changed though no noise was injected there`);
  });

  it("compares structured inputs as Pulumi does, by key, and JSON texts byte for byte", () => {
    const resource = (inputs: Record<string, unknown>) => ({
      urn: "urn:x",
      type: "aws:iam/rolePolicy:RolePolicy",
      name: "x",
      parent: null,
      custom: true,
      id: "x",
      dependencies: [],
      inputs,
      outputs: {},
    });
    const dump = (inputs: Record<string, unknown>): StackDump => ({
      project: "p",
      stack: "s",
      planText: "",
      planJson: "",
      resources: [resource(inputs)],
      calls: [],
      stackOutputs: {},
    });
    // A provider receives a property map: the order of its keys is no diff.
    assert.deepEqual(
      compareDumps(dump({ tags: { a: "1", b: "2" } }), dump({ tags: { b: "2", a: "1" } })),
      [],
    );
    // A policy is a string: the same document with its keys in another order is a diff.
    const differences = compareDumps(
      dump({ policy: '{"Effect":"Allow","Action":"s3:GetObject"}' }),
      dump({ policy: '{"Action":"s3:GetObject","Effect":"Allow"}' }),
    );
    assert.deepEqual(differences, [
      { material: "IAM or queue policy", urn: "urn:x", path: "policy" },
    ]);
  });
});
