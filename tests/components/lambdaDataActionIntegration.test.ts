import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  readContract,
  validateLambdaDataActionArgs,
  LambdaDataActionIntegrationArgs,
} from "../../components/lambdaDataActionIntegration";
import { stableStringify } from "../../components/stableJson";
import {
  installMocks,
  isSecretValue,
  ResourceRecorder,
  revealSecrets,
  settle,
} from "../../tools/mocks";

const ORG_ID = "32aa07aa-db1b-4987-abd0-9483601ec29d";
const FN_A = "arn:aws:lambda:us-east-1:123456789012:function:a";
const FN_B = "arn:aws:lambda:us-east-1:123456789012:function:b";
const COMPONENT = "geo:index:LambdaDataActionIntegration";

describe("readContract", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "geo-contract-"));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (folder: string, text: string) => {
    fs.mkdirSync(path.join(dir, folder), { recursive: true });
    fs.writeFileSync(path.join(dir, folder, "contract.json"), text);
  };

  it("reads the input and output schemas of every Lambda that has a contract", () => {
    for (const folder of ["payment-id", "save-attributes"]) {
      const contract = readContract(folder);
      assert.equal(contract.input.type, "object");
      assert.equal(contract.output.type, "object");
    }
  });

  it("names the file and the fix when the contract is missing, not JSON or not an object schema", () => {
    assert.throws(
      () => readContract("nothing-here", dir),
      /lambdas\/nothing-here\/contract\.json does not exist; fix: add it/,
    );
    write("broken", "{ not json");
    assert.throws(
      () => readContract("broken", dir),
      /broken\/contract\.json cannot be read as JSON .*fix the file/,
    );
    write("no-output", JSON.stringify({ input: { type: "object" } }));
    assert.throws(
      () => readContract("no-output", dir),
      /"output" must be a JSON schema with "type": "object"/,
    );
  });
});

describe("validateLambdaDataActionArgs", () => {
  const base: LambdaDataActionIntegrationArgs = {
    integrationName: "x",
    orgId: ORG_ID,
    actions: { a: { name: "A", functionArn: FN_A, contract: "payment-id" } },
  };
  it("accepts valid args", () => assert.doesNotThrow(() => validateLambdaDataActionArgs(base)));
  it("rejects no actions", () =>
    assert.throws(
      () => validateLambdaDataActionArgs({ ...base, actions: {} }),
      /actions is empty; fix: give at least one action/,
    ));
  it("rejects a key that cannot name a resource", () =>
    assert.throws(
      () => validateLambdaDataActionArgs({ ...base, actions: { "Bad Key": base.actions.a } }),
      /action key "Bad Key" must be lower-case/,
    ));
  it("rejects a timeout outside 1–60", () =>
    assert.throws(
      () =>
        validateLambdaDataActionArgs({
          ...base,
          actions: { a: { ...base.actions.a, timeoutSeconds: 61 } },
        }),
      /actions\.a\.timeoutSeconds is 61; fix: use a whole number of seconds from 1 to 60/,
    ));
});

describe("LambdaDataActionIntegration", () => {
  const recorder = new ResourceRecorder();
  const inputs = (type: string, name: string) =>
    revealSecrets(recorder.one(type, name).inputs) as Record<string, any>;

  before(async () => {
    await installMocks(recorder, "genesys-event-orchestration", "test");
    const { LambdaDataActionIntegration } =
      await import("../../components/lambdaDataActionIntegration");
    new LambdaDataActionIntegration("ldatest", {
      integrationName: "dev Lambdas",
      orgId: ORG_ID,
      actions: {
        "b-action": { name: "B", functionArn: FN_B, contract: "save-attributes" },
        "a-action": {
          name: "A",
          functionArn: FN_A,
          contract: "payment-id",
          secure: true,
          timeoutSeconds: 20,
        },
      },
    });
    new LambdaDataActionIntegration("ldafedramp", {
      integrationName: "fed",
      category: "fed actions",
      orgId: ORG_ID,
      genesysAwsAccountId: "325654371633",
      actions: { only: { name: "Only", functionArn: FN_A, contract: "payment-id" } },
    });
    await settle();
  });

  it("creates exactly the role, grant, credential, integration and one action per function, all parented to it", () => {
    const root = recorder.one(COMPONENT, "ldatest");
    const children = recorder.resources
      .filter((r) => r.parent === root.urn)
      .map((r) => `${r.type}::${r.name}`)
      .sort();
    assert.deepEqual(children, [
      "aws:iam/role:Role::ldatest-genesys-role",
      "aws:iam/rolePolicy:RolePolicy::ldatest-invoke",
      "genesyscloud:index/integration:Integration::ldatest-integration",
      "genesyscloud:index/integrationAction:IntegrationAction::ldatest-a-action",
      "genesyscloud:index/integrationAction:IntegrationAction::ldatest-b-action",
      "genesyscloud:index/integrationCredential:IntegrationCredential::ldatest-credential",
    ]);
  });

  it("lets only Genesys' account assume the role, pinned to the org id", () => {
    const trust = JSON.parse(inputs("aws:iam/role:Role", "ldatest-genesys-role").assumeRolePolicy);
    assert.deepEqual(trust, {
      Statement: [
        {
          Action: "sts:AssumeRole",
          Condition: { StringEquals: { "sts:ExternalId": ORG_ID } },
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::765628985471:root" },
        },
      ],
      Version: "2012-10-17",
    });
    const fed = JSON.parse(inputs("aws:iam/role:Role", "ldafedramp-genesys-role").assumeRolePolicy);
    assert.deepEqual(fed.Statement[0].Principal, { AWS: "arn:aws:iam::325654371633:root" });
  });

  it("grants invoke on exactly the listed functions", () => {
    const policy = JSON.parse(inputs("aws:iam/rolePolicy:RolePolicy", "ldatest-invoke").policy);
    assert.deepEqual(policy.Statement, [
      { Action: "lambda:InvokeFunction", Effect: "Allow", Resource: [FN_A, FN_B] },
    ]);
  });

  it("stores the role ARN as a secret amazonWebServicesARN credential used by an enabled aws-lambda-data-actions integration", () => {
    const credential = recorder.one(
      "genesyscloud:index/integrationCredential:IntegrationCredential",
      "ldatest-credential",
    );
    assert.ok(isSecretValue(credential.inputs.fields), "credential fields are secret");
    assert.equal(
      inputs("genesyscloud:index/integrationCredential:IntegrationCredential", "ldatest-credential")
        .credentialTypeName,
      "amazonWebServicesARN",
    );
    assert.match(
      inputs("genesyscloud:index/integrationCredential:IntegrationCredential", "ldatest-credential")
        .fields.ARN,
      /^arn:aws:iam::123456789012:role\//,
    );
    const integration = inputs("genesyscloud:index/integration:Integration", "ldatest-integration");
    assert.equal(integration.integrationType, "aws-lambda-data-actions");
    assert.equal(integration.intendedState, "ENABLED");
    assert.deepEqual(integration.config.credentials, {
      AmazonWebServicesARN: "ldatest-credential-id",
    });
  });

  it("builds each action from its contract file, calling the function with the raw inputs", () => {
    const a = inputs("genesyscloud:index/integrationAction:IntegrationAction", "ldatest-a-action");
    assert.deepEqual(
      {
        name: a.name,
        category: a.category,
        secure: a.secure,
        timeout: a.configTimeoutSeconds,
        integrationId: a.integrationId,
      },
      {
        name: "A",
        category: "dev Lambdas",
        secure: true,
        timeout: 20,
        integrationId: "ldatest-integration-id",
      },
    );
    assert.equal(a.contractInput, stableStringify(readContract("payment-id").input));
    assert.equal(a.contractOutput, stableStringify(readContract("payment-id").output));
    assert.deepEqual(a.configRequest, {
      headers: {},
      requestTemplate: "${input.rawRequest}",
      requestType: "POST",
      requestUrlTemplate: FN_A,
    });
    assert.deepEqual(a.configResponse, {
      successTemplate: "${rawResult}",
      translationMap: {},
      translationMapDefaults: {},
    });
    const b = inputs("genesyscloud:index/integrationAction:IntegrationAction", "ldatest-b-action");
    assert.equal(b.secure, false);
    assert.equal(
      inputs("genesyscloud:index/integrationAction:IntegrationAction", "ldafedramp-only").category,
      "fed actions",
    );
  });
});
