import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const PLAN = path.join(ROOT, "tools", "plan.ts");

/** Runs the offline plan exactly as `npm run plan` does, in a fresh process. */
function plan(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(
    process.execPath,
    ["-r", "ts-node/register/transpile-only", PLAN, ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("offline plan (npm run plan)", function () {
  this.timeout(120_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "geo-plan-"));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("plans dev with no environment variables and prints the participant-attributes tree", () => {
    const out = plan(["--stack", "dev", "--json", path.join(tmp, "dev-1.json")]);
    assert.equal(out.status, 0, out.stderr);
    assert.match(
      out.stdout,
      /participant-attributes {2}\(geo:index:ParticipantAttributesPipeline\)/,
    );
    assert.match(
      out.stdout,
      /participant-attributes-trigger {2}\(pulumi-nodejs:dynamic\/genesys:ProcessAutomationTrigger\)/,
    );
    assert.match(out.stdout, /Resources by type:/);
    const doc = JSON.parse(fs.readFileSync(path.join(tmp, "dev-1.json"), "utf8"));
    assert.equal(doc.project, "genesys-event-orchestration");
    assert.equal(doc.stack, "dev");
    const types = new Set(doc.resources.map((r: any) => r.type));
    for (const t of [
      "aws:lambda/function:Function",
      "genesyscloud:index/integrationAction:IntegrationAction",
      "genesyscloud:index/architectIvr:ArchitectIvr",
      "command:local:Command",
    ])
      assert.ok(types.has(t), `plan lacks ${t}`);
    for (const r of doc.resources) {
      assert.deepEqual(Object.keys(r).sort(), ["inputs", "name", "parent", "type", "urn"]);
    }
  });

  it("writes byte-identical JSON on a second run, and credentials in the environment appear nowhere", () => {
    const secret = "plan-test-client-secret-6f1c2b";
    const out = plan(["--stack", "dev", "--json", path.join(tmp, "dev-2.json")], {
      GENESYSCLOUD_OAUTHCLIENT_ID: "plan-test-client-id",
      GENESYSCLOUD_OAUTHCLIENT_SECRET: secret,
    });
    assert.equal(out.status, 0, out.stderr);
    const second = fs.readFileSync(path.join(tmp, "dev-2.json"), "utf8");
    assert.equal(second, fs.readFileSync(path.join(tmp, "dev-1.json"), "utf8"));
    for (const text of [second, out.stdout, out.stderr])
      assert.ok(!text.includes(secret), "the client secret leaked");
  });

  it("plans dev's event pipeline and prints its capacity and cost beside the Standard-workflow design", () => {
    const out = plan(["--stack", "dev"]);
    assert.equal(out.status, 0, out.stderr);
    assert.match(out.stdout, /event-pipeline {2}\(geo:index:EventBridgePipeline\)/);
    assert.match(
      out.stdout,
      /Event pipeline capacity and cost, beside the Standard-workflow design:/,
    );
    assert.match(
      out.stdout,
      // Batches of 10, two targets for a watched queue's user.end, one processor call per batch:
      // 0.1 Lambda calls per event, 1,000 events/s at reserved concurrency 10.
      /\| this stack \(EXPRESS, pipe batches of 10, maxConcurrency 10\) \| us-east-1 \| 10 \| 1 \| 0\.1 \| 1,000 \(Lambda processor: reserved concurrency\) \|/,
    );
    assert.match(
      out.stdout,
      /\| Standard workflow, one execution and two Lambdas per event \| us-east-1 \| 1 \| 1 \| 2 \|/,
    );
  });

  it("plans dev's negative-sentiment pipeline beside the participant-attributes one, with the webhook secret everywhere", () => {
    const out = plan(["--stack", "dev", "--json", path.join(tmp, "dev-ns.json")]);
    assert.equal(out.status, 0, out.stderr);
    assert.match(out.stdout, /negative-sentiment {2}\(geo:index:NegativeSentimentCallback\)/);
    assert.match(
      out.stdout,
      /negative-sentiment-trigger {2}\(pulumi-nodejs:dynamic\/genesys:ProcessAutomationTrigger\).*topicName="v2\.detail\.events\.conversation\.\{id\}\.acw"/,
    );
    assert.match(
      out.stdout,
      /participant-attributes {2}\(geo:index:ParticipantAttributesPipeline\)/,
    );
    const text = fs.readFileSync(path.join(tmp, "dev-ns.json"), "utf8");
    const doc = JSON.parse(text);
    const notify = doc.resources.find(
      (r: any) => r.name === "negative-sentiment-chat-notify-supervisors",
    );
    assert.equal(notify.inputs.configRequest, "[secret]");
    // The stand-in for the encrypted webhook URL must never be printed: it is where the secret would be.
    for (const t of [text, out.stdout, out.stderr])
      assert.ok(!t.includes("offline placeholder for secret"), "the webhook URL leaked");
    const types = new Set(doc.resources.map((r: any) => r.type));
    for (const t of [
      "genesyscloud:index/authRole:AuthRole",
      "genesyscloud:index/oauthClient:OauthClient",
      "genesyscloud:index/routingWrapupcode:RoutingWrapupcode",
    ]) {
      assert.ok(types.has(t), `plan lacks ${t}`);
    }
  });

  it("plans prod, looking the org id up from Genesys", () => {
    const out = plan(["--stack", "prod", "--json", path.join(tmp, "prod.json")]);
    assert.equal(out.status, 0, out.stderr);
    const doc = JSON.parse(fs.readFileSync(path.join(tmp, "prod.json"), "utf8"));
    const role = doc.resources.find(
      (r: any) => r.name === "participant-attributes-actions-genesys-role",
    );
    assert.match(
      role.inputs.assumeRolePolicy,
      /00000000-0000-4000-8000-00000000000a/,
      "org id comes from getOrganizationsMe",
    );
  });

  it("exits 2 naming the stack file when the stack does not exist", () => {
    const out = plan(["--stack", "nosuchstack"]);
    assert.equal(out.status, 2, out.stderr);
    assert.match(out.stderr, /Pulumi\.nosuchstack\.yaml/);
  });

  it("exits 2 on a bad argument", () => {
    const out = plan(["--stak", "dev"]);
    assert.equal(out.status, 2);
    assert.match(out.stderr, /unknown argument "--stak"/);
  });

  // Bad config: tests/configCorpus.test.ts runs the corpus in tests/corpus/config-cases.yaml through this CLI.
});
