import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { stableStringify } from "../../components/stableJson";
import {
  installMocks,
  RecordedResource,
  ResourceRecorder,
  revealSecrets,
  settle,
} from "../../tools/mocks";

const ORG_ID = "32aa07aa-db1b-4987-abd0-9483601ec29d";
const PIPELINE = "geo:index:ParticipantAttributesPipeline";
const TRIGGER = "pulumi-nodejs:dynamic/genesys:ProcessAutomationTrigger";
const contract = (folder: string) =>
  JSON.parse(
    fs.readFileSync(path.join(__dirname, "..", "..", "lambdas", folder, "contract.json"), "utf8"),
  );

describe("ParticipantAttributesPipeline", () => {
  const recorder = new ResourceRecorder();
  const mine = (prefix: string) => recorder.resources.filter((r) => r.name.startsWith(prefix));
  const one = (type: string, name: string): RecordedResource => recorder.one(type, name);
  const inputs = (type: string, name: string) =>
    revealSecrets(one(type, name).inputs) as Record<string, any>;

  before(async () => {
    await installMocks(recorder, "genesys-event-orchestration", "test");
    const { ParticipantAttributesPipeline } =
      await import("../../components/participantAttributesPipeline");
    new ParticipantAttributesPipeline("patest", {
      genesysEnvironment: "mypurecloud.com",
      orgId: ORG_ID,
      namePrefix: "dev",
      bucketName: "geo-dev-attrs-123456789012",
      didNumbers: { start: "+13175550100", end: "+13175550102" },
    });
    new ParticipantAttributesPipeline("panodid", {
      genesysEnvironment: "usw2.pure.cloud",
      orgId: ORG_ID,
      namePrefix: "prod",
      triggerDelayBySeconds: 120,
    });
    await settle();
  });

  it("parents every child to the pipeline (directly or through its building blocks)", () => {
    const root = one(PIPELINE, "patest");
    const byUrn = new Map(recorder.resources.map((r) => [r.urn, r]));
    for (const r of mine("patest-")) {
      let ancestor = r.parent;
      while (ancestor && ancestor !== root.urn) ancestor = byUrn.get(ancestor)?.parent;
      assert.equal(ancestor, root.urn, `${r.name} is not under the pipeline`);
    }
    const direct = mine("patest-")
      .filter((r) => r.parent === root.urn)
      .map((r) => `${r.type}::${r.name}`)
      .sort();
    assert.deepEqual(
      direct,
      [
        "aws:s3/bucket:Bucket::patest-bucket",
        "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration::patest-bucket-lifecycle",
        "aws:s3/bucketOwnershipControls:BucketOwnershipControls::patest-bucket-ownership",
        "aws:s3/bucketPolicy:BucketPolicy::patest-bucket-policy",
        "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock::patest-bucket-public-access",
        "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration::patest-bucket-encryption",
        "aws:s3/bucketVersioning:BucketVersioning::patest-bucket-versioning",
        "geo:index:ArchyFlow::patest-inbound-flow",
        "geo:index:ArchyFlow::patest-secure-flow",
        "geo:index:ArchyFlow::patest-workflow",
        "geo:index:BundledLambda::patest-payment-id",
        "geo:index:BundledLambda::patest-save-attributes",
        "geo:index:LambdaDataActionIntegration::patest-actions",
        "geo:monitoring:PipelineMonitor::patest-monitor",
        "genesyscloud:index/architectIvr:ArchitectIvr::patest-ivr",
        "genesyscloud:index/telephonyProvidersEdgesDidPool:TelephonyProvidersEdgesDidPool::patest-did-pool",
        `${TRIGGER}::patest-trigger`,
      ].sort(),
    );
  });

  it("keeps the bucket private, encrypted, versioned, TLS-only and expiring", () => {
    assert.equal(
      inputs("aws:s3/bucket:Bucket", "patest-bucket").bucket,
      "geo-dev-attrs-123456789012",
    );
    assert.deepEqual(
      (({ blockPublicAcls, blockPublicPolicy, ignorePublicAcls, restrictPublicBuckets }) => ({
        blockPublicAcls,
        blockPublicPolicy,
        ignorePublicAcls,
        restrictPublicBuckets,
      }))(
        inputs(
          "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
          "patest-bucket-public-access",
        ),
      ),
      {
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      },
    );
    assert.deepEqual(
      inputs(
        "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
        "patest-bucket-encryption",
      ).rules,
      [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" }, bucketKeyEnabled: true }],
    );
    assert.equal(
      inputs("aws:s3/bucketVersioning:BucketVersioning", "patest-bucket-versioning")
        .versioningConfiguration.status,
      "Enabled",
    );
    const [rule] = inputs(
      "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
      "patest-bucket-lifecycle",
    ).rules;
    assert.equal(rule.expiration.days, 365);
    assert.equal(rule.noncurrentVersionExpiration.noncurrentDays, 30);
    const policy = JSON.parse(
      inputs("aws:s3/bucketPolicy:BucketPolicy", "patest-bucket-policy").policy,
    );
    assert.deepEqual(policy.Statement, [
      {
        Action: "s3:*",
        Condition: { Bool: { "aws:SecureTransport": "false" } },
        Effect: "Deny",
        Principal: "*",
        Resource: [
          "arn:aws:s3:::geo-dev-attrs-123456789012",
          "arn:aws:s3:::geo-dev-attrs-123456789012/*",
        ],
        Sid: "DenyInsecureTransport",
      },
    ]);
  });

  it("lets the save Lambda put objects under its prefix only", () => {
    const policy = JSON.parse(
      inputs("aws:iam/rolePolicy:RolePolicy", "patest-save-attributes-policy").policy,
    );
    const s3 = policy.Statement.filter((s: any) => JSON.stringify(s.Action).includes("s3:"));
    assert.deepEqual(
      s3.map((s: any) => s.Resource),
      [["arn:aws:s3:::geo-dev-attrs-123456789012/participant-attributes/*"]],
    );
    assert.equal(
      inputs("aws:lambda/function:Function", "patest-save-attributes").environment.variables
        .BUCKET_NAME,
      "geo-dev-attrs-123456789012",
    );
  });

  it("creates the Lambda data actions from the contract files, the payment one secure", () => {
    const pay = inputs(
      "genesyscloud:index/integrationAction:IntegrationAction",
      "patest-actions-payment-id",
    );
    const save = inputs(
      "genesyscloud:index/integrationAction:IntegrationAction",
      "patest-actions-save-attributes",
    );
    assert.equal(pay.name, "dev Generate Payment Id");
    assert.equal(pay.secure, true);
    assert.equal(save.secure, false);
    assert.equal(pay.category, "dev Participant Attributes");
    assert.equal(pay.contractInput, stableStringify(contract("payment-id").input));
    assert.equal(save.contractOutput, stableStringify(contract("save-attributes").output));
    assert.match(
      pay.configRequest.requestUrlTemplate,
      /^arn:aws:lambda:us-east-1:123456789012:function:/,
    );
    const trust = JSON.parse(
      inputs("aws:iam/role:Role", "patest-actions-genesys-role").assumeRolePolicy,
    );
    assert.deepEqual(trust.Statement[0].Principal, { AWS: "arn:aws:iam::765628985471:root" });
    assert.deepEqual(trust.Statement[0].Condition, { StringEquals: { "sts:ExternalId": ORG_ID } });
  });

  it("publishes the flows with substitutions taken from the resources that create them", () => {
    const secure = one("geo:index:ArchyFlow", "patest-secure-flow");
    const inbound = one("geo:index:ArchyFlow", "patest-inbound-flow");
    assert.ok(secure && inbound);
    const commands = mine("patest-").filter((r) => r.type === "command:local:Command");
    assert.equal(commands.length, 3);
    const rendered = commands.map((c) => JSON.stringify(revealSecrets(c.inputs)));
    assert.ok(
      rendered.some(
        (t) => t.includes("dev Generate Payment Id") && t.includes("dev Participant Attributes"),
      ),
      "secure flow names the payment action",
    );
    assert.ok(
      rendered.some((t) => t.includes("dev Save Participant Attributes")),
      "workflow names the save action",
    );
    assert.ok(
      rendered.some((t) => t.includes("dev Secure Payment") && t.includes("dev Inbound Call")),
      "inbound flow transfers to the secure flow by its published name",
    );
  });

  it("triggers the workflow on voice customer.end with the configured TTL", async () => {
    const trigger = inputs(TRIGGER, "patest-trigger");
    assert.equal(trigger.topicName, "v2.detail.events.conversation.{id}.customer.end");
    assert.deepEqual(trigger.matchCriteria, [
      { jsonPath: "mediaType", operator: "Equal", value: "VOICE" },
    ]);
    assert.equal(trigger.eventTTLSeconds, 60);
    assert.equal(trigger.delayBySeconds, undefined);
    assert.equal(trigger.dataFormat, "TopLevelPrimitives");
    assert.equal(trigger.genesysEnvironment, "mypurecloud.com");
    const workflowCommand = mine("patest-workflow").find(
      (r) => r.type === "command:local:Command",
    )!;
    assert.equal(trigger.workflowId, `${workflowCommand.name}-flow-id`);
  });

  it("routes every number of the DID range to the inbound flow", () => {
    const ivr = inputs("genesyscloud:index/architectIvr:ArchitectIvr", "patest-ivr");
    assert.deepEqual(ivr.dnis, ["+13175550100", "+13175550101", "+13175550102"]);
    const inboundCommand = mine("patest-inbound-flow").find(
      (r) => r.type === "command:local:Command",
    )!;
    assert.equal(ivr.openHoursFlowId, `${inboundCommand.name}-flow-id`);
    const pool = inputs(
      "genesyscloud:index/telephonyProvidersEdgesDidPool:TelephonyProvidersEdgesDidPool",
      "patest-did-pool",
    );
    assert.equal(pool.startPhoneNumber, "+13175550100");
    assert.equal(pool.endPhoneNumber, "+13175550102");
  });

  it("skips the DID pool and IVR when no number is configured, and honours a delay", () => {
    assert.equal(
      mine("panodid-").filter((r) => r.type.includes("architectIvr") || r.type.includes("DidPool"))
        .length,
      0,
    );
    const trigger = inputs(TRIGGER, "panodid-trigger");
    assert.equal(trigger.delayBySeconds, 120);
    assert.equal(trigger.eventTTLSeconds, undefined);
    assert.equal(trigger.genesysEnvironment, "usw2.pure.cloud");
  });
});
