// Each AWS policy of the pack fails on a resource built to break it: mostly the dev stack with one
// resource changed (so the test also shows nothing else in the stack trips), plus small stacks built
// by hand for shapes the program does not have. Messages are asserted exactly.
import * as assert from "node:assert/strict";
import type { Policies } from "@pulumi/policy";
import {
  iamNoWildcards,
  isWildcardResource,
  RESOURCE_WILDCARD_EXCEPTIONS,
} from "../../policy/policies/iam";
import {
  eventBridgeTargetRetryAndDlq,
  pipeSourceRetryAndDlq,
} from "../../policy/policies/eventbridge";
import { policies } from "../../policy/policies";
import { lambdaAsyncFailureDestination, lambdaLogRetention } from "../../policy/policies/lambda";
import { s3BucketPublicAccessBlocked, s3BucketTlsOnly } from "../../policy/policies/s3";
import { MAX_TASK_RETRY_ATTEMPTS, sfnTaskBoundedRetry } from "../../policy/policies/stepFunctions";
import {
  editedStack,
  resource,
  runPolicies,
  set,
  stackSnapshot,
  type EditableResource,
  type SnapshotResource,
  type StackSnapshot,
  type Violation,
} from "../support/policyRunner";

const SECRET = "[secret]";

/** Every violation the whole pack reports on the resources. */
async function violations(
  resources: readonly SnapshotResource[],
  only: Policies = policies,
): Promise<Violation[]> {
  return (await runPolicies(only, resources)).violations;
}

/** Rewrites the JSON document stored (as text) at `key` of a resource, in inputs and outputs. */
function editJson(r: EditableResource, key: string, edit: (doc: any) => void): void {
  const doc = JSON.parse(r.inputs[key] as string);
  edit(doc);
  set(r, [key], JSON.stringify(doc));
}

describe("CrossGuard AWS policies fail on resources built to break them", function () {
  this.timeout(120_000);
  let dev: StackSnapshot;
  before(async () => {
    dev = await stackSnapshot("dev");
  });
  /** The URN of the custom resource (not the component of the same name) called `name` in dev. */
  const urnOf = (name: string) => {
    const found = dev.resources.filter((r) => r.name === name && !r.type.startsWith("geo:index:"));
    if (found.length !== 1)
      throw new Error(`expected one resource ${name} in dev, found ${found.length}`);
    return found[0].urn;
  };

  describe("s3-bucket-public-access-blocked", () => {
    it("names the bucket and the settings left false", async () => {
      const stack = editedStack(dev, (named) =>
        set(named("participant-attributes-bucket-public-access"), ["restrictPublicBuckets"], false),
      );
      assert.deepEqual(await violations(stack), [
        {
          policy: "s3-bucket-public-access-blocked",
          urn: urnOf("participant-attributes-bucket"),
          message:
            'S3 bucket "participant-attributes-bucket": BucketPublicAccessBlock "participant-attributes-bucket-public-access" leaves restrictPublicBuckets not true, so the bucket can still be made public. Fix: set blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets all to true.',
        },
      ]);
    });

    it("fails a bucket with no access block, and a public canned ACL", async () => {
      const stack = editedStack(dev, (named, all) => {
        set(named("participant-attributes-bucket"), ["acl"], "public-read");
        return all.filter((r) => r.name !== "participant-attributes-bucket-public-access");
      });
      assert.deepEqual(
        (await violations(stack)).map((v) => v.message),
        [
          'S3 bucket "participant-attributes-bucket" has the public canned ACL "public-read". Fix: remove acl and keep access to IAM policies; set objectOwnership "BucketOwnerEnforced" on an aws.s3.BucketOwnershipControls.',
          'S3 bucket "participant-attributes-bucket" has no BucketPublicAccessBlock, so a bucket policy or ACL could make it public. Fix: add an aws.s3.BucketPublicAccessBlock with bucket: <bucket>.id and blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets all true.',
        ],
      );
    });

    it("never counts a flag whose value is the offline plan's secret stand-in as true", async () => {
      const stack = editedStack(dev, (named) =>
        set(named("participant-attributes-bucket-public-access"), ["blockPublicPolicy"], SECRET),
      );
      assert.match((await violations(stack))[0].message, /leaves blockPublicPolicy not true/);
    });

    it("links a hand-named access block by the bucket's name, and does not lend it to another bucket", async () => {
      const flags = {
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      };
      const stack = [
        resource("aws:s3/bucket:Bucket", "kept", { bucket: "kept-bucket" }),
        resource("aws:s3/bucket:Bucket", "other", { bucket: "other-bucket" }),
        resource("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "kept-block", {
          bucket: "kept-bucket",
          ...flags,
        }),
      ];
      assert.deepEqual(
        (await violations(stack, [s3BucketPublicAccessBlocked])).map((v) => v.urn),
        [stack[1].urn],
      );
    });

    it("never links two resources because both hold the offline plan's secret stand-in", async () => {
      const flags = {
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      };
      const stack = [
        resource("aws:s3/bucket:Bucket", "hidden", { bucket: SECRET }),
        resource("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "some-block", {
          bucket: SECRET,
          ...flags,
        }),
      ];
      assert.deepEqual(
        (await violations(stack, [s3BucketPublicAccessBlocked])).map((v) => v.message),
        [
          'S3 bucket "hidden" has no BucketPublicAccessBlock, so a bucket policy or ACL could make it public. Fix: add an aws.s3.BucketPublicAccessBlock with bucket: <bucket>.id and blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets all true.',
        ],
      );
    });
  });

  describe("s3-bucket-encrypted", () => {
    it("fails a bucket whose encryption configuration is removed", async () => {
      const stack = editedStack(dev, (_, all) =>
        all.filter((r) => r.name !== "participant-attributes-bucket-encryption"),
      );
      assert.deepEqual(await violations(stack), [
        {
          policy: "s3-bucket-encrypted",
          urn: urnOf("participant-attributes-bucket"),
          message:
            'S3 bucket "participant-attributes-bucket" has no BucketServerSideEncryptionConfiguration, so its default encryption is not stated. Fix: add an aws.s3.BucketServerSideEncryptionConfiguration with bucket: <bucket>.id and rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }] (or "AES256").',
        },
      ]);
    });

    it("fails an algorithm that is not S3's, or that it cannot read", async () => {
      for (const [algorithm, found] of [
        ["none", '"none"'],
        [SECRET, "a secret the pack cannot read"],
      ]) {
        const stack = editedStack(dev, (named) =>
          set(
            named("participant-attributes-bucket-encryption"),
            ["rules"],
            [{ applyServerSideEncryptionByDefault: { sseAlgorithm: algorithm } }],
          ),
        );
        assert.deepEqual(
          (await violations(stack)).map((v) => v.message),
          [
            `S3 bucket "participant-attributes-bucket": BucketServerSideEncryptionConfiguration "participant-attributes-bucket-encryption" sets no sseAlgorithm of aws:kms, aws:kms:dsse, AES256 (found ${found}). Fix: add an aws.s3.BucketServerSideEncryptionConfiguration with bucket: <bucket>.id and rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }] (or "AES256").`,
          ],
        );
      }
    });
  });

  describe("s3-bucket-tls-only", () => {
    const FIX =
      'Fix: add to an aws.s3.BucketPolicy for the bucket the statement { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [<bucket arn>, "<bucket arn>/*"], Condition: { Bool: { "aws:SecureTransport": "false" } } }.';

    it("fails a bucket policy that denies only the objects, not the bucket", async () => {
      const stack = editedStack(dev, (named) =>
        editJson(named("participant-attributes-bucket-policy"), "policy", (doc) => {
          doc.Statement[0].Resource = ["arn:aws:s3:::geo-dev-attrs-123456789012/*"];
        }),
      );
      assert.deepEqual(await violations(stack), [
        {
          policy: "s3-bucket-tls-only",
          urn: urnOf("participant-attributes-bucket"),
          message: `S3 bucket "participant-attributes-bucket" accepts requests over plain HTTP: BucketPolicy "participant-attributes-bucket-policy" has no statement denying s3:* to every principal on the bucket and its objects when aws:SecureTransport is false. ${FIX}`,
        },
      ]);
    });

    it("fails a bucket with no bucket policy, and one whose policy it cannot read", async () => {
      const removed = editedStack(dev, (_, all) =>
        all.filter((r) => r.name !== "participant-attributes-bucket-policy"),
      );
      assert.deepEqual(
        (await violations(removed)).map((v) => v.message),
        [
          `S3 bucket "participant-attributes-bucket" has no bucket policy, so it accepts requests over plain HTTP. ${FIX}`,
        ],
      );
      const secret = editedStack(dev, (named) =>
        set(named("participant-attributes-bucket-policy"), ["policy"], SECRET),
      );
      assert.deepEqual(
        (await violations(secret, [s3BucketTlsOnly])).map((v) => v.message),
        [
          `S3 bucket "participant-attributes-bucket" accepts requests over plain HTTP: BucketPolicy "participant-attributes-bucket-policy" is a secret the pack cannot read. ${FIX}`,
        ],
      );
    });

    it("fails a statement that denies only when aws:SecureTransport is true", async () => {
      const stack = editedStack(dev, (named) =>
        editJson(named("participant-attributes-bucket-policy"), "policy", (doc) => {
          doc.Statement[0].Condition.Bool["aws:SecureTransport"] = "true";
        }),
      );
      assert.equal((await violations(stack, [s3BucketTlsOnly])).length, 1);
    });
  });

  describe("iam-no-wildcards", () => {
    const EXEMPT = Object.keys(RESOURCE_WILDCARD_EXCEPTIONS).join(", ");

    it("fails a Lambda grant widened to every resource", async () => {
      const stack = editedStack(dev, (named) =>
        editJson(named("participant-attributes-save-attributes-policy"), "policy", (doc) => {
          doc.Statement[1].Resource = "*";
        }),
      );
      assert.deepEqual(await violations(stack), [
        {
          policy: "iam-no-wildcards",
          urn: urnOf("participant-attributes-save-attributes-policy"),
          message: `IAM RolePolicy "participant-attributes-save-attributes-policy" policy statement 1 allows "s3:PutObject" on the wildcard resource "*". Fix: name the ARNs of the resources; a wildcard resource is allowed only for actions AWS gives no narrower resource (${EXEMPT}).`,
        },
      ]);
    });

    it("allows the log-delivery statement, but not an action slipped into it", async () => {
      const stack = editedStack(dev, (named) =>
        editJson(named("event-pipeline-state-machine-policy"), "policy", (doc) => {
          doc.Statement[2].Action.push("s3:GetObject");
        }),
      );
      assert.deepEqual(
        (await violations(stack)).map((v) => v.message),
        [
          `IAM RolePolicy "event-pipeline-state-machine-policy" policy statement 2 (Sid "DeliverLogs") allows "s3:GetObject" on the wildcard resource "*". Fix: name the ARNs of the resources; a wildcard resource is allowed only for actions AWS gives no narrower resource (${EXEMPT}).`,
        ],
      );
    });

    it("fails wildcard actions, service-wide ARNs, NotAction and NotResource", async () => {
      const stack = editedStack(dev, (named) =>
        editJson(named("event-pipeline-processor-policy"), "policy", (doc) => {
          doc.Statement[1].Action = ["dynamodb:*"];
          doc.Statement[1].Resource = ["arn:aws:dynamodb:us-east-1:123456789012:table/*"];
          doc.Statement.push({
            Effect: "Allow",
            NotAction: "iam:*",
            NotResource: "arn:aws:iam::123456789012:role/admin",
          });
        }),
      );
      const where = 'IAM RolePolicy "event-pipeline-processor-policy" policy';
      assert.deepEqual(
        (await violations(stack)).map((v) => v.message),
        [
          `${where} statement 1 allows the wildcard action "dynamodb:*". Fix: list the exact actions needed, e.g. "s3:PutObject".`,
          `${where} statement 1 allows "dynamodb:*" on the wildcard resource "arn:aws:dynamodb:us-east-1:123456789012:table/*". Fix: name the ARNs of the resources; a wildcard resource is allowed only for actions AWS gives no narrower resource (${EXEMPT}).`,
          `${where} statement 2 uses NotAction "iam:*" in an Allow, which grants every other action. Fix: list the actions in Action instead.`,
          `${where} statement 2 uses NotResource "arn:aws:iam::123456789012:role/admin" in an Allow, which grants every other resource. Fix: list the ARNs in Resource instead.`,
        ],
      );
    });

    it("fails a trust policy anyone may assume, and a queue policy open to everyone", async () => {
      const stack = editedStack(dev, (named) => {
        editJson(named("event-pipeline-processor-role"), "assumeRolePolicy", (doc) => {
          doc.Statement[0].Principal = { AWS: "*" };
        });
        editJson(named("event-pipeline-dlq-policy"), "policy", (doc) => {
          doc.Statement[0].Principal = "*";
        });
      });
      assert.deepEqual(
        (await violations(stack)).map((v) => v.message),
        [
          'IAM Role "event-pipeline-processor-role" assumeRolePolicy statement 0 allows the wildcard principal {"AWS":"*"}. Fix: name the account, role or service principal.',
          'SQS QueuePolicy "event-pipeline-dlq-policy" policy statement 0 (Sid "EventBridgeRules") allows the wildcard principal "*". Fix: name the account, role or service principal.',
        ],
      );
    });

    it("fails a document it cannot read rather than passing it", async () => {
      const stack = editedStack(dev, (named) =>
        set(named("participant-attributes-actions-invoke"), ["policy"], SECRET),
      );
      assert.deepEqual(
        (await violations(stack)).map((v) => v.message),
        [
          'IAM RolePolicy "participant-attributes-actions-invoke" policy is a secret the pack cannot read, so its statements cannot be checked. Fix: pass the policy as a JSON document.',
        ],
      );
    });

    it("checks a Role's inline policies and AWS managed attachments", async () => {
      const stack = [
        resource("aws:iam/role:Role", "worker", {
          assumeRolePolicy: {
            Statement: [
              {
                Effect: "Allow",
                Action: "sts:AssumeRole",
                Principal: { Service: "lambda.amazonaws.com" },
              },
            ],
          },
          inlinePolicies: [
            {
              name: "all",
              policy: JSON.stringify({
                Statement: [{ Effect: "Allow", Action: "sqs:SendMessage" }],
              }),
            },
          ],
          managedPolicyArns: ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
        }),
        resource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "worker-admin", {
          role: "worker",
          policyArn: "arn:aws:iam::aws:policy/AdministratorAccess",
        }),
      ];
      assert.deepEqual(
        (await violations(stack, [iamNoWildcards])).map((v) => v.message),
        [
          'IAM Role "worker" inlinePolicies[0] statement 0 names no Resource. Fix: list the ARNs the statement applies to.',
          'IAM Role "worker" attaches the AWS managed policy "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", whose statements the pack cannot check (most use wildcards). Fix: grant the needed actions in a RolePolicy that names its resources.',
          'IAM RolePolicyAttachment "worker-admin" attaches the AWS managed policy "arn:aws:iam::aws:policy/AdministratorAccess", whose statements the pack cannot check (most use wildcards). Fix: grant the needed actions in a RolePolicy that names its resources.',
        ],
      );
    });

    it("tells a service-wide ARN from a scoped one", () => {
      const table: [string, boolean][] = [
        ["*", true],
        ["arn:aws:s3:::*", true],
        ["arn:aws:s3:::*/*", true],
        ["arn:aws:sqs:us-east-1:123456789012:*", true],
        ["arn:aws:dynamodb:us-east-1:123456789012:table/*", true],
        ["arn:aws:lambda:us-east-1:123456789012:function:*", true],
        ["arn:aws:logs:us-east-1:123456789012:log-group:*", true],
        ["arn:aws:*:us-east-1:123456789012:thing", true],
        ["arn:aws:s3:::geo-dev-attrs-123456789012/participant-attributes/*", false],
        ["arn:aws:s3:::geo-dev-attrs-123456789012", false],
        ["arn:aws:logs:us-east-1:123456789012:log-group:fn-logs:*", false],
        ["arn:aws:dynamodb:us-east-1:123456789012:table/prod-*", false],
        ["arn:aws:sqs:us-east-1:123456789012:dead-letters", false],
      ];
      for (const [arn, wildcard] of table) assert.equal(isWildcardResource(arn), wildcard, arn);
    });
  });

  describe("lambda-log-retention", () => {
    it("fails a function whose log group keeps logs forever", async () => {
      const stack = editedStack(dev, (named) =>
        set(named("participant-attributes-save-attributes-logs"), ["retentionInDays"], undefined),
      );
      assert.deepEqual(await violations(stack), [
        {
          policy: "lambda-log-retention",
          urn: urnOf("participant-attributes-save-attributes"),
          message:
            'Lambda function "participant-attributes-save-attributes" logs to log group "participant-attributes-save-attributes-logs", whose retentionInDays is not set, so its logs are kept forever. Fix: set retentionInDays on "participant-attributes-save-attributes-logs" to a CloudWatch retention period, e.g. 30.',
        },
      ]);
    });

    it("fails a function that logs to no log group of the stack", async () => {
      const stack = editedStack(dev, (named) => {
        const fn = named("participant-attributes-payment-id", "aws:lambda/function:Function");
        set(fn, ["loggingConfig"], undefined);
        fn.propertyDependencies = { ...fn.propertyDependencies, loggingConfig: [] };
      });
      assert.deepEqual(
        (await violations(stack)).map((v) => v.message),
        [
          'Lambda function "participant-attributes-payment-id" logs to no log group in this stack, so Lambda creates one that keeps logs forever. Fix: create an aws.cloudwatch.LogGroup with retentionInDays and pass its name as loggingConfig.logGroup (BundledLambda does).',
        ],
      );
    });

    it("finds the default /aws/lambda/<name> group, and never takes a secret retention as set", async () => {
      const fn = resource("aws:lambda/function:Function", "fn", { name: "fn-1" });
      const group = (retentionInDays: unknown) =>
        resource("aws:cloudwatch/logGroup:LogGroup", "fn-logs", {
          name: "/aws/lambda/fn-1",
          retentionInDays,
        });
      assert.deepEqual(await violations([fn, group(14)], [lambdaLogRetention]), []);
      assert.deepEqual(
        (await violations([fn, group(SECRET)], [lambdaLogRetention])).map((v) => v.message),
        [
          'Lambda function "fn" logs to log group "fn-logs", whose retentionInDays is a secret the pack cannot read, so its logs are kept forever. Fix: set retentionInDays on "fn-logs" to a CloudWatch retention period, e.g. 30.',
        ],
      );
    });
  });

  describe("lambda-async-failure-destination", () => {
    const FIX =
      "Fix: add an aws.lambda.FunctionEventInvokeConfig with destinationConfig.onFailure.destination set to an SQS queue or SNS topic ARN (BundledLambda's onFailureDestinationArn), or set deadLetterConfig.targetArn on the function.";

    // The stacks invoke no Lambda asynchronously any more (queue ends ride the buffer), so the
    // EventBridge case is built here: a rule target, its permission and its invoke config.
    const ebFn = resource("aws:lambda/function:Function", "recorder", {
      name: "recorder-1",
      arn: "arn:aws:lambda:us-east-1:123456789012:function:recorder-1",
    });
    const ebInvokers = [
      resource("aws:cloudwatch/eventTarget:EventTarget", "recorder-target", {
        rule: "r",
        arn: ebFn.inputs.arn,
      }),
      resource("aws:lambda/permission:Permission", "recorder-permission", {
        function: "recorder-1",
        principal: "events.amazonaws.com",
        action: "lambda:InvokeFunction",
      }),
    ];
    const invokeConfig = (destination: unknown) =>
      resource("aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig", "recorder-async", {
        functionName: "recorder-1",
        destinationConfig: { onFailure: { destination } },
      });

    it("fails the EventBridge-invoked function once its failure destination is removed", async () => {
      const withConfig = [
        ebFn,
        ...ebInvokers,
        invokeConfig("arn:aws:sqs:us-east-1:123456789012:dlq"),
      ];
      assert.deepEqual(await violations(withConfig, [lambdaAsyncFailureDestination]), []);
      assert.deepEqual(
        (await violations([ebFn, ...ebInvokers], [lambdaAsyncFailureDestination])).map(
          (v) => v.message,
        ),
        [
          `Lambda function "recorder" is invoked asynchronously by EventTarget "recorder-target", Permission "recorder-permission" (events.amazonaws.com) but has no failure destination or dead-letter queue, so an event that still fails after Lambda's retries is dropped. ${FIX}`,
        ],
      );
    });

    it("fails a destination it cannot read", async () => {
      const stack = [ebFn, ...ebInvokers, invokeConfig(SECRET)];
      assert.equal((await violations(stack, [lambdaAsyncFailureDestination])).length, 1);
    });

    it("knows S3, SNS and fire-and-forget pipes invoke asynchronously, and API Gateway does not", async () => {
      const fn = resource("aws:lambda/function:Function", "fn", {
        name: "fn-1",
        arn: "arn:aws:lambda:us-east-1:123456789012:function:fn-1",
      });
      const invokers = [
        resource("aws:lambda/permission:Permission", "from-s3", {
          function: "fn-1",
          principal: "s3.amazonaws.com",
          action: "lambda:InvokeFunction",
        }),
        resource("aws:sns/topicSubscription:TopicSubscription", "from-sns", {
          protocol: "lambda",
          endpoint: fn.inputs.arn,
          topic: "arn:aws:sns:us-east-1:123456789012:t",
        }),
        resource("aws:pipes/pipe:Pipe", "from-pipe", {
          target: fn.inputs.arn,
          targetParameters: { lambdaFunctionParameters: { invocationType: "FIRE_AND_FORGET" } },
        }),
        resource("aws:s3/bucketNotification:BucketNotification", "from-bucket", {
          bucket: "b",
          lambdaFunctions: [{ lambdaFunctionArn: fn.inputs.arn, events: ["s3:ObjectCreated:*"] }],
        }),
      ];
      const messages = (await violations([fn, ...invokers], [lambdaAsyncFailureDestination])).map(
        (v) => v.message,
      );
      assert.deepEqual(messages, [
        `Lambda function "fn" is invoked asynchronously by Permission "from-s3" (s3.amazonaws.com), Pipe "from-pipe" (FIRE_AND_FORGET), TopicSubscription "from-sns", BucketNotification "from-bucket" but has no failure destination or dead-letter queue, so an event that still fails after Lambda's retries is dropped. ${FIX}`,
      ]);
      const withDlq = resource("aws:lambda/function:Function", "fn", {
        ...fn.inputs,
        deadLetterConfig: { targetArn: "arn:aws:sqs:us-east-1:123456789012:dlq" },
      });
      assert.deepEqual(
        await violations([withDlq, ...invokers], [lambdaAsyncFailureDestination]),
        [],
      );
      const api = resource("aws:lambda/permission:Permission", "from-api", {
        function: "fn-1",
        principal: "apigateway.amazonaws.com",
        action: "lambda:InvokeFunction",
      });
      assert.deepEqual(await violations([fn, api], [lambdaAsyncFailureDestination]), []);
    });
  });

  describe("eventbridge-target-retry-and-dlq", () => {
    const FIX =
      "Fix: set retryPolicy: { maximumRetryAttempts: 0–185, maximumEventAgeInSeconds: 60–86400 }.";
    const target = 'EventBridge target "event-pipeline-conversation-target"';

    it("fails a target without a retry policy or a dead-letter queue", async () => {
      const stack = editedStack(dev, (named) => {
        set(named("event-pipeline-conversation-target"), ["retryPolicy"], undefined);
        set(named("event-pipeline-conversation-target"), ["deadLetterConfig"], undefined);
      });
      assert.deepEqual(await violations(stack), [
        {
          policy: "eventbridge-target-retry-and-dlq",
          urn: urnOf("event-pipeline-conversation-target"),
          message: `${target} has no retryPolicy, so EventBridge's unstated defaults decide how long an undeliverable event is retried. ${FIX}`,
        },
        {
          policy: "eventbridge-target-retry-and-dlq",
          urn: urnOf("event-pipeline-conversation-target"),
          message: `${target} deadLetterConfig.arn is not set, not an SQS queue ARN, so an event EventBridge cannot deliver is dropped. Fix: set deadLetterConfig: { arn: <SQS queue ARN> } and let events.amazonaws.com send to that queue for this rule.`,
        },
      ]);
    });

    it("fails retry settings outside EventBridge's limits and a dead-letter ARN it cannot read", async () => {
      const stack = editedStack(dev, (named) => {
        set(named("event-pipeline-conversation-target"), ["retryPolicy"], {
          maximumRetryAttempts: 200,
          maximumEventAgeInSeconds: 30,
        });
        set(named("event-pipeline-conversation-target"), ["deadLetterConfig", "arn"], SECRET);
      });
      assert.deepEqual(
        (await violations(stack, [eventBridgeTargetRetryAndDlq])).map((v) => v.message),
        [
          `${target} retryPolicy.maximumRetryAttempts is 200; it must be an integer from 0 to 185. ${FIX}`,
          `${target} retryPolicy.maximumEventAgeInSeconds is 30; it must be an integer from 60 to 86400. ${FIX}`,
          `${target} deadLetterConfig.arn is a secret the pack cannot read, not an SQS queue ARN, so an event EventBridge cannot deliver is dropped. Fix: set deadLetterConfig: { arn: <SQS queue ARN> } and let events.amazonaws.com send to that queue for this rule.`,
        ],
      );
    });
  });

  describe("pipe-source-retry-and-dlq", () => {
    it("fails the pipe once its source queue loses its redrive policy", async () => {
      const stack = editedStack(dev, (named) =>
        set(named("event-pipeline-buffer"), ["redrivePolicy"], undefined),
      );
      assert.deepEqual(await violations(stack), [
        {
          policy: "pipe-source-retry-and-dlq",
          urn: urnOf("event-pipeline-pipe"),
          message:
            'EventBridge pipe "event-pipeline-pipe" reads SQS queue "event-pipeline-buffer", whose redrivePolicy is not set, not a JSON document, so a batch that keeps failing is retried until the queue\'s retention expires and then lost. Fix: set redrivePolicy on "event-pipeline-buffer" to {"deadLetterTargetArn": <DLQ ARN>, "maxReceiveCount": 1–1000}.',
        },
      ]);
    });

    it("checks a stream source's own dead-letter settings, and refuses a source it does not know", async () => {
      const stream = "arn:aws:kinesis:us-east-1:123456789012:stream/s";
      const kinesis = (parameters: Record<string, unknown>) =>
        resource("aws:pipes/pipe:Pipe", "p", {
          source: stream,
          target: "arn:aws:sqs:us-east-1:123456789012:q",
          sourceParameters: { kinesisStreamParameters: parameters },
        });
      assert.deepEqual(
        await violations(
          [
            kinesis({
              deadLetterConfig: { arn: "arn:aws:sqs:us-east-1:123456789012:dlq" },
              maximumRetryAttempts: 3,
            }),
          ],
          [pipeSourceRetryAndDlq],
        ),
        [],
      );
      assert.deepEqual(
        (await violations([kinesis({ maximumRetryAttempts: -1 })], [pipeSourceRetryAndDlq])).map(
          (v) => v.message,
        ),
        [
          'EventBridge pipe "p" reads a kinesis stream with sourceParameters.kinesisStreamParameters.deadLetterConfig.arn not set and maximumRetryAttempts -1 (unset or -1 retries until the record expires). Fix: set deadLetterConfig: { arn: <SQS queue or SNS topic ARN> } and maximumRetryAttempts from 0 to 10000.',
        ],
      );
      const mq = resource("aws:pipes/pipe:Pipe", "p", {
        source: "arn:aws:mq:us-east-1:123456789012:broker:b",
        target: "x",
      });
      assert.deepEqual(
        (await violations([mq], [pipeSourceRetryAndDlq])).map((v) => v.message),
        [
          'EventBridge pipe "p" reads "arn:aws:mq:us-east-1:123456789012:broker:b", a source the pack has no dead-letter rule for (it knows SQS queues in the stack and Kinesis and DynamoDB streams). Fix: read from a queue this stack creates with a redrivePolicy, or from a stream with deadLetterConfig and maximumRetryAttempts set.',
        ],
      );
    });
  });

  describe("sfn-task-bounded-retry", () => {
    const FIX = `Fix: give the Task a Retry for its transient errors, e.g. [{ ErrorEquals: ["States.TaskFailed"], IntervalSeconds: 1, BackoffRate: 2, MaxAttempts: 3 }], each entry with MaxAttempts from 0 to ${MAX_TASK_RETRY_ATTEMPTS}, and a Catch for what is left.`;
    const machine = 'Step Functions state machine "event-pipeline-state-machine"';
    // The batch processor's definition: StoreBatch at the top, the dead-letter sends inside the RouteDeadLetters Map.
    const inDefinition = (edit: (top: any, inMap: any) => void) =>
      editedStack(dev, (named) =>
        editJson(named("event-pipeline-state-machine"), "definition", (doc) =>
          edit(doc.States, doc.States.RouteDeadLetters.ItemProcessor.States),
        ),
      );

    it("fails a Task that retries too often, or inside a Map without saying how often", async () => {
      const stack = inDefinition((top, inMap) => {
        top.StoreBatch.Retry[0].MaxAttempts = 50;
        delete inMap.SendMalformed.Retry[0].MaxAttempts;
      });
      const policy = "sfn-task-bounded-retry";
      const urn = urnOf("event-pipeline-state-machine");
      assert.deepEqual(await violations(stack), [
        {
          policy,
          urn,
          message: `${machine} Task "RouteDeadLetters > SendMalformed" Retry[0].MaxAttempts is not set; it must be set to an integer from 0 to 10 (Step Functions retries 3 times when it is unset). ${FIX}`,
        },
        {
          policy,
          urn,
          message: `${machine} Task "StoreBatch" Retry[0].MaxAttempts is 50; it must be set to an integer from 0 to 10 (Step Functions retries 3 times when it is unset). ${FIX}`,
        },
      ]);
    });

    it("fails a Task with no Retry, and one whose every retrier is MaxAttempts 0", async () => {
      const stack = inDefinition((top, inMap) => {
        delete inMap.SendDeadLetter.Retry;
        top.StoreBatch.Retry[0].MaxAttempts = 0;
      });
      assert.deepEqual(
        (await violations(stack)).map((v) => v.message),
        [
          `${machine} Task "RouteDeadLetters > SendDeadLetter" has no Retry, so one transient error fails it. ${FIX}`,
          `${machine} Task "StoreBatch" retries nothing: every Retry entry has MaxAttempts 0. ${FIX}`,
        ],
      );
    });

    it("looks inside Parallel branches and old-style Map Iterators, and fails a definition it cannot read", async () => {
      const retry = [{ ErrorEquals: ["States.TaskFailed"], MaxAttempts: 2 }];
      const definition = {
        StartAt: "Fan",
        States: {
          Fan: {
            Type: "Parallel",
            Branches: [
              {
                StartAt: "A",
                States: {
                  A: {
                    Type: "Task",
                    Resource: "arn:aws:states:::sqs:sendMessage",
                    Retry: retry,
                    End: true,
                  },
                },
              },
              {
                StartAt: "B",
                States: {
                  B: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage", End: true },
                },
              },
            ],
            Next: "Each",
          },
          Each: {
            Type: "Map",
            Iterator: {
              StartAt: "C",
              States: {
                C: { Type: "Task", Resource: "arn:aws:states:::sqs:sendMessage", End: true },
              },
            },
            End: true,
          },
        },
      };
      const sm = (value: unknown) =>
        resource("aws:sfn/stateMachine:StateMachine", "sm", { definition: value });
      assert.deepEqual(
        (await violations([sm(JSON.stringify(definition))], [sfnTaskBoundedRetry])).map(
          (v) => v.message,
        ),
        [
          `Step Functions state machine "sm" Task "Fan > branch 1 > B" has no Retry, so one transient error fails it. ${FIX}`,
          `Step Functions state machine "sm" Task "Each > C" has no Retry, so one transient error fails it. ${FIX}`,
        ],
      );
      assert.deepEqual(
        (await violations([sm(SECRET)], [sfnTaskBoundedRetry])).map((v) => v.message),
        [
          'Step Functions state machine "sm" definition is a secret the pack cannot read, so its Task states cannot be checked. Fix: pass the definition as Amazon States Language JSON.',
        ],
      );
    });
  });
});
