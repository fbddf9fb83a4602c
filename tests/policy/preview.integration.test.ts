// During `pulumi preview` of a new stack, outputs such as a log group's name are unknown, and
// CrossGuard throws UnknownValueError when a policy reads one. These tests wrap props the way the
// policy server does (unknownCheckingProxy) to show that linking still works through the engine's
// property dependencies, and that a value a rule judges is never guessed.
import * as assert from "node:assert/strict";
import type { StackValidationArgs } from "@pulumi/policy";
import { unknownCheckingProxy, UnknownValueError } from "@pulumi/policy";
import { genesysTriggerTiming } from "../../policy/policies/genesys";
import { lambdaLogRetention } from "../../policy/policies/lambda";
import { NotApplicable, policyResources, resource, type Violation } from "../support/policyRunner";

// The sentinel the policy server puts where a string output is not known yet (@pulumi/policy proxy.js).
const UNKNOWN_STRING: string = require("@pulumi/policy/proxy").unknownStringValue;

const notApplicable = (reason?: string): never => {
  throw new NotApplicable(reason);
};

function previewStack(retentionInDays: unknown, linked: boolean): StackValidationArgs {
  const group = resource("aws:cloudwatch/logGroup:LogGroup", "fn-logs", {
    name: UNKNOWN_STRING,
    retentionInDays,
  });
  const fn = resource(
    "aws:lambda/function:Function",
    "fn",
    { name: UNKNOWN_STRING, loggingConfig: { logGroup: UNKNOWN_STRING } },
    {
      propertyDependencies: linked ? { loggingConfig: [group.urn] } : {},
    },
  );
  const resources = policyResources([fn, group]);
  for (const r of resources) r.props = unknownCheckingProxy(JSON.parse(JSON.stringify(r.props)));
  return {
    resources,
    stackTags: new Map(),
    getConfig: <T extends object>() => ({}) as T,
    notApplicable,
  };
}

async function stackViolations(args: StackValidationArgs): Promise<Violation[]> {
  const found: Violation[] = [];
  await lambdaLogRetention.validateStack(args, (message, urn) =>
    found.push({ policy: lambdaLogRetention.name, urn, message }),
  );
  return found;
}

describe("CrossGuard policies during a preview, when outputs are unknown", () => {
  it("links a function to its log group through property dependencies while the name is unknown", async () => {
    assert.deepEqual(await stackViolations(previewStack(30, true)), []);
    assert.deepEqual(
      (await stackViolations(previewStack(undefined, true))).map((v) => v.message),
      [
        'Lambda function "fn" logs to log group "fn-logs", whose retentionInDays is not set, so its logs are kept forever. Fix: set retentionInDays on "fn-logs" to a CloudWatch retention period, e.g. 30.',
      ],
    );
  });

  it("does not invent a link from an unknown value", async () => {
    assert.deepEqual(
      (await stackViolations(previewStack(30, false))).map((v) => v.message),
      [
        'Lambda function "fn" logs to no log group in this stack, so Lambda creates one that keeps logs forever. Fix: create an aws.cloudwatch.LogGroup with retentionInDays and pass its name as loggingConfig.logGroup (BundledLambda does).',
      ],
    );
  });

  it("lets the engine report a rule it cannot judge yet instead of passing it", async () => {
    const props = unknownCheckingProxy({
      name: "t",
      eventTTLSeconds: require("@pulumi/policy/proxy").unknownNumberValue,
    });
    const args = {
      type: "pulumi-nodejs:dynamic/genesys:ProcessAutomationTrigger",
      props,
      urn: "urn:pulumi:test::p::pulumi-nodejs:dynamic/genesys:ProcessAutomationTrigger::t",
      name: "t",
      opts: {
        protect: false,
        ignoreChanges: [],
        aliases: [],
        customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
        additionalSecretOutputs: [],
      },
      stackTags: new Map(),
      isType: () => false,
      asType: () => undefined,
      getConfig: <T extends object>() => ({}) as T,
      notApplicable,
    };
    const validate = genesysTriggerTiming.validateResource as (
      a: typeof args,
      report: (m: string) => void,
    ) => void;
    assert.throws(
      () => validate(args, () => assert.fail("no violation may be reported for an unknown value")),
      UnknownValueError,
    );
  });
});
