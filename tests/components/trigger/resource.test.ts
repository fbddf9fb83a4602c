import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { ResourceRecorder, installMocks, settle, isSecretValue } from "../../../tools/mocks";

// The resource as the engine receives it under the mock runtime: type token, inputs, provider text.
// Not proven here: CRUD (mocks never call a dynamic provider; see triggerProvider.test.ts).

const TYPE = "pulumi-nodejs:dynamic/genesys:ProcessAutomationTrigger";
const TOPIC = "v2.detail.events.conversation.{id}.customer.end";

describe("ProcessAutomationTrigger resource (mock runtime)", () => {
  const recorder = new ResourceRecorder();
  let module: typeof import("../../../components/processAutomationTrigger");
  let plain: import("../../../components/processAutomationTrigger").ProcessAutomationTrigger;

  before(async () => {
    await installMocks(recorder, "genesys-event-orchestration", "test");
    module = await import("../../../components/processAutomationTrigger");
    plain = new module.ProcessAutomationTrigger("trigtest-plain", {
      genesysEnvironment: "mypurecloud.com",
      name: "Save attributes",
      topicName: TOPIC,
      workflowId: "wf-1",
      matchCriteria: [{ value: "VOICE", operator: "Equal", jsonPath: "mediaType" } as never],
      eventTTLSeconds: 60,
    });
    new module.ProcessAutomationTrigger("trigtest-outputs", {
      genesysEnvironment: "mypurecloud.com",
      name: pulumi.output("From outputs"),
      topicName: TOPIC,
      workflowId: pulumi.output("wf-2"),
      dataFormat: "Json",
      enabled: false,
      matchCriteria: [{ jsonPath: "queueId", operator: "Equal", value: pulumi.output("queue-1") }],
      delayBySeconds: 120,
    });
    await settle();
  });

  it("registers the dynamic type token with defaults filled and criteria normalized", () => {
    const { __provider, ...inputs } = recorder.one(TYPE, "trigtest-plain").inputs;
    assert.deepEqual(inputs, {
      genesysEnvironment: "mypurecloud.com",
      name: "Save attributes",
      topicName: TOPIC,
      enabled: true,
      workflowId: "wf-1",
      dataFormat: "TopLevelPrimitives",
      matchCriteria: [{ jsonPath: "mediaType", operator: "Equal", value: "VOICE" }],
      eventTTLSeconds: 60,
    });
    assert.equal(typeof __provider, "string");
    assert.ok(!isSecretValue(__provider));
  });

  it("exposes triggerId and version as Outputs (declared, so super() is not overwritten)", () => {
    assert.ok(pulumi.Output.isInstance(plain.triggerId));
    assert.ok(pulumi.Output.isInstance(plain.version));
  });

  it("resolves Output inputs, including values inside criteria", () => {
    const { __provider, ...inputs } = recorder.one(TYPE, "trigtest-outputs").inputs;
    assert.deepEqual(inputs, {
      genesysEnvironment: "mypurecloud.com",
      name: "From outputs",
      topicName: TOPIC,
      enabled: false,
      workflowId: "wf-2",
      dataFormat: "Json",
      matchCriteria: [{ jsonPath: "queueId", operator: "Equal", value: "queue-1" }],
      delayBySeconds: 120,
    });
    assert.equal(typeof __provider, "string");
  });

  it("registers a __provider that evaluates to the full provider", () => {
    const text = recorder.one(TYPE, "trigtest-plain").inputs.__provider as string;
    const mod: { exports: Record<string, unknown> } = { exports: {} };
    new Function("module", "exports", "require", text)(mod, mod.exports, require);
    const provider = (mod.exports.handler as () => Record<string, unknown>)();
    assert.deepEqual(Object.keys(provider).sort(), [
      "check",
      "create",
      "delete",
      "diff",
      "read",
      "update",
    ]);
  });

  it("throws synchronously on invalid plain inputs, registering nothing", () => {
    const before = recorder.resources.length;
    assert.throws(
      () =>
        new module.ProcessAutomationTrigger("trigtest-invalid", {
          genesysEnvironment: "mypurecloud.com",
          name: "bad",
          topicName: TOPIC,
          workflowId: pulumi.output("wf-3"),
          eventTTLSeconds: 30,
          delayBySeconds: 30,
        }),
      {
        message:
          "ProcessAutomationTrigger: delayBySeconds: 30 is invalid; use an integer from 60 to 900, or leave it unset.\n" +
          "eventTTLSeconds (30) and delayBySeconds (30) are mutually exclusive; set only one of them.",
      },
    );
    assert.equal(recorder.resources.length, before);
  });
});
