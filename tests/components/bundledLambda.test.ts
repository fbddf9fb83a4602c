import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { bundleLambda } from "../../components/bundle";
import type * as BundledLambdaModule from "../../components/bundledLambda";
import { MOCK_ACCOUNT_ID, ResourceRecorder, installMocks, settle, unwrap } from "../../tools/mocks";

const URN_PREFIX = "urn:pulumi:test::genesys-event-orchestration::";
const COMPONENT = "geo:index:BundledLambda";
const QUEUE_ARN = `arn:aws:sqs:us-east-1:${MOCK_ACCOUNT_ID}:bltest-failures`;
const TOPIC_ARN = `arn:aws:sns:us-east-1:${MOCK_ACCOUNT_ID}:bltest-alerts`;
const BUCKET_ARN = "arn:aws:s3:::bltest-bucket";

const logGroupArn = (name: string) =>
  `arn:aws:logs:us-east-1:${MOCK_ACCOUNT_ID}:log-group:${name}-logs-0000000`;
const ownLogsStatement = (name: string) => ({
  Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
  Effect: "Allow",
  Resource: `${logGroupArn(name)}:*`,
});

describe("BundledLambda under mocks", () => {
  const recorder = new ResourceRecorder();
  let mod: typeof BundledLambdaModule;
  let full: BundledLambdaModule.BundledLambda;
  /** Explicit and implicit dependencies (URNs) of each registration, by logical name. */
  const dependencies = new Map<string, string[]>();

  before(async () => {
    await installMocks(recorder, "genesys-event-orchestration", "test");
    // The recorder keeps no dependencies; read them off the registration request.
    const monitor = require("@pulumi/pulumi/runtime/settings").getMonitor();
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (
      req: { getName(): string; getDependenciesList(): string[] },
      callback: unknown,
    ) => {
      dependencies.set(req.getName(), req.getDependenciesList());
      return register(req, callback);
    };
    mod = await import("../../components/bundledLambda");
    new mod.BundledLambda("bltest-min", { source: "payment-id" });
    full = new mod.BundledLambda("bltest-full", {
      source: "save-attributes",
      description: "saves attributes",
      environment: { BUCKET_NAME: pulumi.output("bltest-bucket"), STAGE: "test" },
      policyStatements: [
        {
          Effect: "Allow",
          Action: ["s3:PutObject"],
          Resource: [pulumi.interpolate`${BUCKET_ARN}/participant-attributes/*`],
        },
      ],
      logRetentionDays: 14,
      memorySizeMb: 512,
      timeoutSeconds: 30,
      reservedConcurrency: 5,
      onFailureDestinationArn: pulumi.output(QUEUE_ARN),
    });
    new mod.BundledLambda("bltest-sns", {
      source: "payment-id",
      onFailureDestinationArn: TOPIC_ARN,
      reservedConcurrency: 0,
    });
    new mod.BundledLambda("bltest-outputs", {
      source: "payment-id",
      memorySizeMb: pulumi.output(1024),
      timeoutSeconds: Promise.resolve(60),
      logRetentionDays: pulumi.output(7),
      reservedConcurrency: pulumi.output(3),
    });
    await settle();
  });

  const mine = (name: string) =>
    recorder.resources.filter((r) => r.name === name || r.name.startsWith(`${name}-`));

  it("registers the component and exactly its role, log group, policy and function as children", () => {
    const resources = mine("bltest-min");
    assert.deepEqual(resources.map((r) => `${r.type}::${r.name}`).sort(), [
      "aws:cloudwatch/logGroup:LogGroup::bltest-min-logs",
      "aws:iam/role:Role::bltest-min-role",
      "aws:iam/rolePolicy:RolePolicy::bltest-min-policy",
      "aws:lambda/function:Function::bltest-min",
      `${COMPONENT}::bltest-min`,
    ]);
    const componentUrn = `${URN_PREFIX}${COMPONENT}::bltest-min`;
    assert.equal(recorder.one(COMPONENT, "bltest-min").parent, undefined);
    for (const child of resources.filter((r) => r.type !== COMPONENT))
      assert.equal(child.parent, componentUrn, child.name);
  });

  it("adds the async failure config only when a destination is given", () => {
    assert.equal(mine("bltest-full").length, 6);
    assert.equal(
      recorder
        .ofType("aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig")
        .filter((r) => r.name.startsWith("bltest-min")).length,
      0,
    );
    const config = recorder.one(
      "aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig",
      "bltest-full-async",
    );
    assert.equal(config.parent, `${URN_PREFIX}${COMPONENT}::bltest-full`);
    assert.deepEqual(config.inputs, {
      functionName: "bltest-full-0000000",
      maximumRetryAttempts: 2,
      maximumEventAgeInSeconds: 3600,
      destinationConfig: { onFailure: { destination: QUEUE_ARN } },
    });
  });

  it("lets only Lambda assume the role", () => {
    const role = recorder.one("aws:iam/role:Role", "bltest-min-role");
    assert.deepEqual(role.inputs, {
      assumeRolePolicy:
        '{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}],"Version":"2012-10-17"}',
    });
  });

  it("keeps logs 30 days by default and as long as asked otherwise", () => {
    assert.deepEqual(recorder.one("aws:cloudwatch/logGroup:LogGroup", "bltest-min-logs").inputs, {
      retentionInDays: 30,
    });
    assert.deepEqual(recorder.one("aws:cloudwatch/logGroup:LogGroup", "bltest-full-logs").inputs, {
      retentionInDays: 14,
    });
  });

  it("grants only writes to its own log group when no statements are given", () => {
    const policy = recorder.one("aws:iam/rolePolicy:RolePolicy", "bltest-min-policy");
    assert.deepEqual(policy.inputs, {
      role: "bltest-min-role-id",
      policy: JSON.stringify({
        Statement: [ownLogsStatement("bltest-min")],
        Version: "2012-10-17",
      }),
    });
  });

  it("adds the caller's statements and SQS delivery, with sorted keys", () => {
    const policy = recorder.one("aws:iam/rolePolicy:RolePolicy", "bltest-full-policy");
    assert.equal(
      policy.inputs.policy,
      JSON.stringify({
        Statement: [
          ownLogsStatement("bltest-full"),
          {
            Action: ["s3:PutObject"],
            Effect: "Allow",
            Resource: [`${BUCKET_ARN}/participant-attributes/*`],
          },
          { Action: "sqs:SendMessage", Effect: "Allow", Resource: QUEUE_ARN },
        ],
        Version: "2012-10-17",
      }),
    );
  });

  it("grants sns:Publish for a topic destination", () => {
    const policy = recorder.one("aws:iam/rolePolicy:RolePolicy", "bltest-sns-policy");
    assert.equal(
      policy.inputs.policy,
      JSON.stringify({
        Statement: [
          ownLogsStatement("bltest-sns"),
          { Action: "sns:Publish", Effect: "Allow", Resource: TOPIC_ARN },
        ],
        Version: "2012-10-17",
      }),
    );
    assert.deepEqual(
      recorder.one(
        "aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig",
        "bltest-sns-async",
      ).inputs.destinationConfig,
      { onFailure: { destination: TOPIC_ARN } },
    );
  });

  it("creates a Node.js 22 arm64 function with defaults, JSON logs to its group and source maps on", () => {
    const fn = recorder.one("aws:lambda/function:Function", "bltest-min");
    const { code, ...inputs } = fn.inputs;
    assert.ok(code instanceof pulumi.asset.AssetArchive);
    assert.deepEqual(inputs, {
      role: "arn:aws:iam::123456789012:role/bltest-min-role-0000000",
      runtime: "nodejs22.x",
      architectures: ["arm64"],
      handler: "index.handler",
      memorySize: 256,
      timeout: 10,
      loggingConfig: { logGroup: "bltest-min-logs-0000000", logFormat: "JSON" },
      environment: { variables: { NODE_OPTIONS: "--enable-source-maps" } },
    });
  });

  it("creates the function, and its async config, only after the role policy exists", () => {
    const policyUrn = (name: string) =>
      `${URN_PREFIX}${COMPONENT}$aws:iam/rolePolicy:RolePolicy::${name}-policy`;
    assert.ok(
      dependencies.get("bltest-min")!.includes(policyUrn("bltest-min")),
      dependencies.get("bltest-min")!.join(),
    );
    assert.ok(dependencies.get("bltest-full-async")!.includes(policyUrn("bltest-full")));
    assert.ok(
      !dependencies.get("bltest-min-logs")!.includes(policyUrn("bltest-min")),
      "the check itself can fail",
    );
  });

  it("passes the caller's settings and environment through", () => {
    const { code: _code, ...inputs } = recorder.one(
      "aws:lambda/function:Function",
      "bltest-full",
    ).inputs;
    assert.deepEqual(inputs, {
      description: "saves attributes",
      role: "arn:aws:iam::123456789012:role/bltest-full-role-0000000",
      runtime: "nodejs22.x",
      architectures: ["arm64"],
      handler: "index.handler",
      memorySize: 512,
      timeout: 30,
      reservedConcurrentExecutions: 5,
      loggingConfig: { logGroup: "bltest-full-logs-0000000", logFormat: "JSON" },
      environment: {
        variables: {
          NODE_OPTIONS: "--enable-source-maps",
          BUCKET_NAME: "bltest-bucket",
          STAGE: "test",
        },
      },
    });
    assert.equal(
      recorder.one("aws:lambda/function:Function", "bltest-sns").inputs
        .reservedConcurrentExecutions,
      0,
    );
  });

  it("passes settings given as Outputs or Promises through once they resolve", () => {
    const fn = recorder.one("aws:lambda/function:Function", "bltest-outputs").inputs;
    assert.deepEqual([fn.memorySize, fn.timeout, fn.reservedConcurrentExecutions], [1024, 60, 3]);
    assert.deepEqual(
      recorder.one("aws:cloudwatch/logGroup:LogGroup", "bltest-outputs-logs").inputs,
      { retentionInDays: 7 },
    );
  });

  it("ships exactly bundleLambda(source) as index.js", async () => {
    for (const [name, source] of [
      ["bltest-min", "payment-id"],
      ["bltest-full", "save-attributes"],
    ]) {
      const archive = recorder.one("aws:lambda/function:Function", name).inputs
        .code as pulumi.asset.AssetArchive;
      const assets = await archive.assets;
      assert.deepEqual(Object.keys(assets), ["index.js"]);
      const text = await (assets["index.js"] as pulumi.asset.StringAsset).text;
      assert.equal(text, bundleLambda(source).code);
    }
  });

  it("exposes the function's ARN and name", async () => {
    assert.equal(
      await unwrap(full.functionArn),
      "arn:aws:lambda:us-east-1:123456789012:function:bltest-full-0000000",
    );
    assert.equal(await unwrap(full.functionName), "bltest-full-0000000");
  });

  it("refuses bad plain settings at construction", () => {
    assert.throws(
      () => new mod.BundledLambda("bltest-bad-memory", { source: "payment-id", memorySizeMb: 64 }),
      {
        message:
          "BundledLambda memorySizeMb must be an integer from 128 to 10240; got 64. Fix: pass a value in that range, or omit it for 256",
      },
    );
    assert.throws(
      () =>
        new mod.BundledLambda("bltest-bad-policy", {
          source: "payment-id",
          policyStatements: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }],
        }),
      { message: /^BundledLambda policyStatements\[0\]\.Resource "\*" covers every resource/ },
    );
    assert.throws(() => new mod.BundledLambda("bltest-bad-source", { source: "nope" }), {
      message:
        'bundleLambda: source "nope" has no lambdas/nope/handler.ts; fix: create it, exporting `handler`',
    });
  });
});
