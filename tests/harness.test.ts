import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { ResourceRecorder, installMocks, settle, isSecretValue } from "../stacks/offline/mocks";

describe("offline mock harness", () => {
  it("records type, name, parent URN and secret-wrapped inputs", async () => {
    const recorder = new ResourceRecorder();
    await installMocks(recorder, "proj", "test");
    const aws = await import("@pulumi/aws");
    class Box extends pulumi.ComponentResource {
      constructor(name: string) {
        super("geo:index:Box", name, {}, {});
        new aws.sqs.Queue(`${name}-queue`, { name: pulumi.secret("s3cr3t") }, { parent: this });
        this.registerOutputs({});
      }
    }
    new Box("b");
    await settle();
    const queue = recorder.one("aws:sqs/queue:Queue", "b-queue");
    assert.equal(queue.parent, "urn:pulumi:test::proj::geo:index:Box::b");
    assert.equal(queue.urn, "urn:pulumi:test::proj::geo:index:Box$aws:sqs/queue:Queue::b-queue");
    assert.ok(isSecretValue(queue.inputs.name));
  });
});
