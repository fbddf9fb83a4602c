import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { triggerProvider } from "../../../components/trigger/provider";
import { FakeGenesysApi, TRIGGERS_ROUTE } from "../../fakes/genesysApi";

// The provider as Pulumi stores it: serialized the way dynamic.Resource does (under ts-node, as
// `pulumi up` loads TypeScript), then evaluated as the dynamic-provider host does and run.
// Not proven here: the host process itself (no Pulumi CLI is available).

const CLIENT_ID = "serialize-test-client";
const CLIENT_SECRET = "s3cr3t-serialize-test-value";
const ENV_KEYS = [
  "GENESYSCLOUD_OAUTHCLIENT_ID",
  "GENESYSCLOUD_OAUTHCLIENT_SECRET",
  "GENESYSCLOUD_GATEWAY_HOST",
  "GENESYSCLOUD_GATEWAY_PORT",
  "GENESYSCLOUD_GATEWAY_PROTOCOL",
];

describe("ProcessAutomationTrigger provider serialization", () => {
  const fake = new FakeGenesysApi({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  const saved: Record<string, string | undefined> = {};
  let text: string;
  let containsSecrets: boolean;

  before(async () => {
    await fake.start();
    for (const key of ENV_KEYS) saved[key] = process.env[key];
    Object.assign(process.env, fake.gatewayEnv(), {
      GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT_ID,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: CLIENT_SECRET,
    });
    // A token exists in this process before serialization, so a captured token would show.
    await triggerProvider.create({
      genesysEnvironment: "mypurecloud.com",
      name: "before serialization",
      topicName: "v2.detail.events.conversation.{id}.acw",
      workflowId: "wf-0",
    });
    assert.equal(fake.issuedTokens.length, 1);
    const serialized = await pulumi.runtime.serializeFunction(() => triggerProvider, {
      allowSecrets: true,
    });
    text = serialized.text;
    containsSecrets = serialized.containsSecrets;
  });
  after(async () => {
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    await fake.stop();
  });

  it("holds neither the client secret, the client id nor any access token", () => {
    assert.ok(!text.includes(CLIENT_SECRET));
    assert.ok(!text.includes(CLIENT_ID));
    for (const token of fake.issuedTokens) assert.ok(!text.includes(token));
    assert.equal(containsSecrets, false);
  });

  it("needs no package at run time: the shared client speaks HTTP through Node's fetch", async () => {
    assert.ok(!text.includes("purecloud-platform-client-v2"));
    const required: string[] = [];
    const onlyBuiltins = (id: string) => {
      required.push(id);
      if (!require("node:module").isBuiltin(id)) throw new Error(`the provider required ${id}`);
      return require(id);
    };
    const mod: { exports: Record<string, unknown> } = { exports: {} };
    new Function("module", "exports", "require", text)(mod, mod.exports, onlyBuiltins);
    const provider = (mod.exports.handler as () => pulumi.dynamic.ResourceProvider)();
    fake.reset();
    await provider.create({
      genesysEnvironment: "mypurecloud.com",
      name: "builtins only",
      topicName: "v2.detail.events.conversation.{id}.acw",
      workflowId: "wf-2",
    });
    assert.equal(fake.requestsTo("POST", TRIGGERS_ROUTE).length, 1);
    assert.ok(
      required.every((id) => require("node:module").isBuiltin(id)),
      required.join(", "),
    );
  });

  it("evaluates to a provider whose create works against the API", async () => {
    const mod: { exports: Record<string, unknown> } = { exports: {} };
    new Function("module", "exports", "require", text)(mod, mod.exports, require);
    const provider = (mod.exports.handler as () => pulumi.dynamic.ResourceProvider)();
    fake.reset();
    const result = await provider.create({
      genesysEnvironment: "mypurecloud.com",
      name: "after serialization",
      topicName: "v2.detail.events.conversation.{id}.customer.end",
      workflowId: "wf-1",
      matchCriteria: [{ value: "VOICE", operator: "Equal", jsonPath: "mediaType" }],
    });
    assert.equal(fake.requestsTo("POST", TRIGGERS_ROUTE).length, 1);
    assert.deepEqual([...fake.triggers.keys()], [result.id]);
    assert.deepEqual(fake.triggers.get(result.id)?.matchCriteria, [
      { jsonPath: "mediaType", operator: "Equal", value: "VOICE" },
    ]);
    const diff = await provider.diff!(result.id, result.outs, {
      ...result.outs,
      topicName: "v2.detail.events.conversation.{id}.acw",
    });
    assert.deepEqual(diff.replaces, ["topicName"]);
    await provider.delete!(result.id, result.outs);
    assert.equal(fake.triggers.size, 0);
  });
});
