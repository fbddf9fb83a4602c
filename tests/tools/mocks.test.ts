import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { ResourceRecorder, installMocks, settle, isSecretValue } from "../../tools/mocks";

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

describe("offline mock harness: dependencies and outputs", () => {
  it("records explicit and output-derived dependencies, and the outputs the mock returned", async () => {
    const recorder = new ResourceRecorder();
    await installMocks(recorder, "proj", "test");
    const aws = await import("@pulumi/aws");
    const dlq = new aws.sqs.Queue("deps-dlq", { name: "deps-dlq" });
    const other = new aws.sqs.Queue("deps-other", { name: "deps-other" });
    new aws.sqs.Queue(
      "deps-main",
      {
        name: "deps-main",
        redrivePolicy: dlq.arn.apply((arn) => JSON.stringify({ deadLetterTargetArn: arn })),
      },
      { dependsOn: [other] },
    );
    await settle();
    const main = recorder.one("aws:sqs/queue:Queue", "deps-main");
    assert.deepEqual(main.dependencies, [
      "urn:pulumi:test::proj::aws:sqs/queue:Queue::deps-dlq",
      "urn:pulumi:test::proj::aws:sqs/queue:Queue::deps-other",
    ]);
    assert.equal(
      recorder.one("aws:sqs/queue:Queue", "deps-dlq").outputs.arn,
      "arn:aws:sqs:us-east-1:123456789012:deps-dlq",
    );
    assert.equal(main.id, "deps-main-id");
  });
});
