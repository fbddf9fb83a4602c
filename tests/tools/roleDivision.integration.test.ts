// negativeSentiment.divisionId reaches the data-actions OAuth client's role grant, end to end
// through the offline plan (config → stacks/build.ts → component).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseDocument } from "yaml";
import { baseEnv, planCli, REPO_ROOT } from "../support/subprocess";

const DIVISION = "9c6a2f4e-1b3d-4e5f-8a7b-0c1d2e3f4a5b";

async function roles(divisionId?: string): Promise<unknown> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "geo-division-"));
  try {
    fs.copyFileSync(path.join(REPO_ROOT, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
    const doc = parseDocument(fs.readFileSync(path.join(REPO_ROOT, "Pulumi.dev.yaml"), "utf8"));
    if (divisionId !== undefined)
      doc.setIn(
        ["config", "genesys-event-orchestration:negativeSentiment", "divisionId"],
        divisionId,
      );
    fs.writeFileSync(path.join(dir, "Pulumi.dev.yaml"), doc.toString());
    const json = path.join(dir, "plan.json");
    const out = await planCli(["--stack", "dev", "--dir", dir, "--json", json], {
      cwd: REPO_ROOT,
      env: baseEnv(),
    });
    assert.equal(out.status, 0, out.stderr);
    const plan = JSON.parse(fs.readFileSync(json, "utf8")) as {
      resources: { name: string; inputs: { roles?: unknown } }[];
    };
    return plan.resources.find((r) => r.name === "negative-sentiment-actions-oauth-client")?.inputs
      .roles;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("negativeSentiment.divisionId (offline plan)", function () {
  this.timeout(120_000);

  it("grants the role in the home division by default and in the configured division when set", async () => {
    const [home, division] = await Promise.all([roles(), roles(DIVISION)]);
    assert.deepEqual(home, [{ roleId: "negative-sentiment-actions-role-id" }]);
    assert.deepEqual(division, [
      { roleId: "negative-sentiment-actions-role-id", divisionId: DIVISION },
    ]);
  });
});
