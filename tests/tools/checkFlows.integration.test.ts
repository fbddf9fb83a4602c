// npm run check:flows and the plan's flow check, as users run them: in fresh processes.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { copyRepository } from "../support/repoCopy";
import { baseEnv, planCli, REPO_ROOT, runTs } from "../support/subprocess";

const checkFlows = (args: string[], root = REPO_ROOT) =>
  runTs(path.join(root, "tools", "checkFlows.ts"), args, { cwd: root, env: baseEnv() });

describe("flow checker CLI (npm run check:flows)", function () {
  this.timeout(180_000);

  it("exits 0 on every flow the stacks render", async () => {
    const out = await checkFlows([]);
    assert.equal(out.status, 0, out.stdout + out.stderr);
    // Four templates, each rendered by both stacks (dev with the chat block, prod without).
    assert.match(
      out.stdout,
      /^no problems in 4 flow file\(s\), 8 rendering\(s\), stacks dev, prod$/m,
    );
  });

  it("exits 1 naming file, line and problem for each defect of a flow no stack renders", async () => {
    const out = await checkFlows(["tests/fixtures/flows/defects-workflow.yaml"]);
    assert.equal(out.status, 1, out.stderr);
    const lines = out.stdout.trim().split("\n");
    assert.deepEqual(
      lines
        .slice(0, -1)
        .map((l) => /^(tests\/fixtures\/flows\/defects-workflow\.yaml:\d+): /.exec(l)?.[1]),
      [51, 56, 61, 69, 71].map((n) => `tests/fixtures/flows/defects-workflow.yaml:${n}`),
    );
    assert.match(lines[lines.length - 1], /^5 problem\(s\) in 1 flow file\(s\)/);
    const clean = await checkFlows(["tests/fixtures/flows/clean-workflow.yaml"]);
    assert.equal(clean.status, 0, clean.stdout);
  });

  it("exits 2 on a usage error", async () => {
    for (const args of [["--fix"], ["README.md"], ["architect/none.yaml"]]) {
      const out = await checkFlows(args);
      assert.equal(out.status, 2, `${args}: ${out.stdout}${out.stderr}`);
      assert.match(out.stderr, /^error: .*usage: npm run check:flows/);
    }
  });

  describe("on a template with a defect", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "geo-flows-"));
    before(() => {
      copyRepository(root);
      const file = path.join(root, "architect", "negative-sentiment", "workflow.yaml");
      const text = fs.readFileSync(file, "utf8");
      fs.writeFileSync(file, text.replace("Upper(Flow.direction)", "ToUpper(Flow.direction)"));
    });
    after(() => fs.rmSync(root, { recursive: true, force: true }));
    const line = () =>
      fs
        .readFileSync(path.join(root, "architect", "negative-sentiment", "workflow.yaml"), "utf8")
        .split("\n")
        .findIndex((l) => l.includes("ToUpper(")) + 1;

    it("check:flows names the template line in both stacks' renderings", async () => {
      const out = await checkFlows([], root);
      assert.equal(out.status, 1, out.stderr);
      assert.match(
        out.stdout,
        new RegExp(
          `^architect/negative-sentiment/workflow\\.yaml:${line()}: ToUpper is not an Architect function.*\\(stack dev, prod\\)$`,
          "m",
        ),
      );
    });

    it("the plan refuses to show the publish command", async () => {
      const out = await planCli(["--stack", "prod"], { cwd: root, env: baseEnv(), root });
      assert.equal(out.status, 1, out.stdout);
      assert.match(
        out.stderr,
        new RegExp(`architect/negative-sentiment/workflow\\.yaml:${line()}: ToUpper`),
      );
      assert.doesNotMatch(out.stdout, /Resources by type/);
    });
  });
});
