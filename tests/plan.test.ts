import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..");
const PLAN = path.join(ROOT, "stacks", "offline", "plan.ts");

/** Runs the offline plan exactly as `npm run plan` does, in a fresh process. */
function plan(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", PLAN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("offline plan (npm run plan)", function () {
  this.timeout(120_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "geo-plan-"));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("plans dev with no environment variables and prints the participant-attributes tree", () => {
    const out = plan(["--stack", "dev", "--json", path.join(tmp, "dev-1.json")]);
    assert.equal(out.status, 0, out.stderr);
    assert.match(out.stdout, /participant-attributes {2}\(geo:index:ParticipantAttributesPipeline\)/);
    assert.match(out.stdout, /participant-attributes-trigger {2}\(pulumi-nodejs:dynamic\/genesys:ProcessAutomationTrigger\)/);
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
    ]) assert.ok(types.has(t), `plan lacks ${t}`);
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
    for (const text of [second, out.stdout, out.stderr]) assert.ok(!text.includes(secret), "the client secret leaked");
  });

  it("plans prod, looking the org id up from Genesys", () => {
    const out = plan(["--stack", "prod", "--json", path.join(tmp, "prod.json")]);
    assert.equal(out.status, 0, out.stderr);
    const doc = JSON.parse(fs.readFileSync(path.join(tmp, "prod.json"), "utf8"));
    const role = doc.resources.find((r: any) => r.name === "participant-attributes-actions-genesys-role");
    assert.match(role.inputs.assumeRolePolicy, /00000000-0000-4000-8000-00000000000a/, "org id comes from getOrganizationsMe");
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

  describe("bad config exits 2 before anything is registered, naming the key", () => {
    const base = fs.readFileSync(path.join(ROOT, "Pulumi.dev.yaml"), "utf8");
    const cases: Array<[string, (yaml: string) => string, RegExp]> = [
      ["bucket name", (y) => y.replace(/participantAttributes:\n/, "participantAttributes:\n    bucketName: Bad_Bucket\n"), /participantAttributes\.bucketName/],
      ["DID start", (y) => y.replace("+13175550100", "+1317555"), /participantAttributes\.didNumbers/],
      ["environment", (y) => y.replace("mypurecloud.com", "mypurecloud.example"), /genesys\.environment/],
      ["trigger TTL", (y) => y.replace(/eventTtlSeconds: \d+/, "eventTtlSeconds: 5"), /participantAttributes\.trigger\.eventTtlSeconds/],
      ["unknown key", (y) => y.replace(/participantAttributes:\n/, "participantAttributes:\n    bucketNmae: x\n"), /participantAttributes\.bucketNmae/],
    ];
    for (const [label, edit, key] of cases) {
      it(label, () => {
        const dir = fs.mkdtempSync(path.join(tmp, "bad-"));
        fs.copyFileSync(path.join(ROOT, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
        const edited = edit(base);
        assert.notEqual(edited, base, "the case must change the stack file");
        fs.writeFileSync(path.join(dir, "Pulumi.bad.yaml"), edited);
        const out = plan(["--stack", "bad", "--dir", dir]);
        assert.equal(out.status, 2, out.stdout + out.stderr);
        assert.match(out.stderr, key);
        assert.match(out.stderr, /fix/i);
        assert.doesNotMatch(out.stdout, /Resources by type/);
      });
    }
  });
});
