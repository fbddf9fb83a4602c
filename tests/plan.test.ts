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

  it("plans dev's event pipeline and prints its capacity and cost beside the seeds' design", () => {
    const out = plan(["--stack", "dev"]);
    assert.equal(out.status, 0, out.stderr);
    assert.match(out.stdout, /event-pipeline {2}\(geo:index:EventBridgePipeline\)/);
    assert.match(out.stdout, /Event pipeline capacity and cost, beside seed 003's design:/);
    assert.match(out.stdout, /\| this stack \(EXPRESS, pipe batches of 10, maxConcurrency 10\) \| us-east-1 \| 10 \| 1 \|/);
    assert.match(out.stdout, /\| seed 003 \(STANDARD, validator \+ processor Lambda per event\) \| us-east-1 \| 1 \| 2 \|/);
  });

  it("plans dev's negative-sentiment pipeline beside the participant-attributes one, with the webhook secret everywhere", () => {
    const out = plan(["--stack", "dev", "--json", path.join(tmp, "dev-ns.json")]);
    assert.equal(out.status, 0, out.stderr);
    assert.match(out.stdout, /negative-sentiment {2}\(geo:index:NegativeSentimentCallback\)/);
    assert.match(out.stdout, /negative-sentiment-trigger {2}\(pulumi-nodejs:dynamic\/genesys:ProcessAutomationTrigger\).*topicName="v2\.detail\.events\.conversation\.\{id\}\.acw"/);
    assert.match(out.stdout, /participant-attributes {2}\(geo:index:ParticipantAttributesPipeline\)/);
    const text = fs.readFileSync(path.join(tmp, "dev-ns.json"), "utf8");
    const doc = JSON.parse(text);
    const notify = doc.resources.find((r: any) => r.name === "negative-sentiment-chat-notify-supervisors");
    assert.equal(notify.inputs.configRequest, "[secret]");
    // The stand-in for the encrypted webhook URL must never be printed: it is where the secret would be.
    for (const t of [text, out.stdout, out.stderr]) assert.ok(!t.includes("offline placeholder for secret"), "the webhook URL leaked");
    const types = new Set(doc.resources.map((r: any) => r.type));
    for (const t of ["genesyscloud:index/authRole:AuthRole", "genesyscloud:index/oauthClient:OauthClient", "genesyscloud:index/routingWrapupcode:RoutingWrapupcode"]) {
      assert.ok(types.has(t), `plan lacks ${t}`);
    }
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
    const webhook = "https://apps.mypurecloud.com/webhooks/api/v1/webhook/0f8fad5b-d9cb-469f-a165-70867728950e";
    const afterThreshold = (y: string, line: string) => y.replace("sentimentThreshold: -0.25\n", `sentimentThreshold: -0.25\n    ${line}\n`);
    /** [label, edit, key the error names, text that must not be printed] */
    const cases: Array<[string, (yaml: string) => string, RegExp, string?]> = [
      ["bucket name", (y) => y.replace(/participantAttributes:\n/, "participantAttributes:\n    bucketName: Bad_Bucket\n"), /participantAttributes\.bucketName/],
      ["DID start", (y) => y.replace("+13175550100", "+1317555"), /participantAttributes\.didNumbers/],
      ["environment", (y) => y.replace("mypurecloud.com", "mypurecloud.example"), /genesys\.environment/],
      ["trigger TTL", (y) => y.replace(/eventTtlSeconds: \d+/, "eventTtlSeconds: 5"), /participantAttributes\.trigger\.eventTtlSeconds/],
      ["unknown key", (y) => y.replace(/participantAttributes:\n/, "participantAttributes:\n    bucketNmae: x\n"), /participantAttributes\.bucketNmae/],
      ["negativeSentiment enabled", (y) => y.replace(/negativeSentiment:\n    enabled: true/, 'negativeSentiment:\n    enabled: "yes"'), /negativeSentiment\.enabled/],
      ["negativeSentiment unknown field", (y) => afterThreshold(y, "smsNumbr: x"), /negativeSentiment\.smsNumbr/],
      ["smsNumber", (y) => y.replace('smsNumber: "+13175550199"', 'smsNumber: "13175550199"'), /negativeSentiment\.smsNumber/],
      ["callbackQueue", (y) => y.replace(/callbackQueue:\n {6}create:\n {8}name: dev Supervisor Callbacks/, "callbackQueue:\n      id: queue-1"), /negativeSentiment\.callbackQueue\.id/],
      ["wrapupCode", (y) => y.replace(/wrapupCode:\n {6}create:\n {8}name: dev Negative Sentiment/, "wrapupCode: {}"), /negativeSentiment\.wrapupCode/],
      ["sentimentThreshold", (y) => y.replace("sentimentThreshold: -0.25", "sentimentThreshold: -25"), /negativeSentiment\.sentimentThreshold/],
      ["callbackDelayMinutes", (y) => afterThreshold(y, "callbackDelayMinutes: 2000"), /negativeSentiment\.callbackDelayMinutes/],
      ["acknowledgementText", (y) => afterThreshold(y, `acknowledgementText: 'Say "hi"'`), /negativeSentiment\.acknowledgementText/],
      ["chatWebhookUrl in plain text", (y) => y.replace(/chatWebhookUrl:\n {6}secure: \S+/, `chatWebhookUrl: ${webhook}`), /negativeSentiment\.chatWebhookUrl: \[secret\] is stored in plain text/, webhook],
      ["oauthClient", (y) => afterThreshold(y, "oauthClient:\n      id: client-1"), /negativeSentiment\.oauthClient\.id/],
      ["eventSourceSuffix", (y) => y.replace("eventSourceSuffix: dev-conversations", "eventSourceSuffix: dev/conversations"), /eventPipeline\.eventSourceSuffix/],
      ["topic", (y) => y.replace('"v2.detail.events.conversation.{id}.acw"', '"conversation.end"'), /eventPipeline\.topics\[6\]/],
      ["queueIds", (y) => y.replace("- 5c9d1a7e-8f3b-4c2d-9e61-0a4b7c3d2e10", "- queue-5c9d"), /eventPipeline\.queueIds\[0\]/],
      ["workflowType", (y) => y.replace("maxConcurrency: 10", "maxConcurrency: 10\n    workflowType: express"), /eventPipeline\.workflowType/],
      ["maxConcurrency", (y) => y.replace("maxConcurrency: 10", "maxConcurrency: 0"), /eventPipeline\.maxConcurrency/],
      ["retentionDays", (y) => y.replace("maxConcurrency: 10", "maxConcurrency: 10\n    retentionDays: -1"), /eventPipeline\.retentionDays/],
    ];
    for (const [label, edit, key, hidden] of cases) {
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
        if (hidden) assert.ok(!(out.stdout + out.stderr).includes(hidden), "a secret was printed");
      });
    }
  });
});
