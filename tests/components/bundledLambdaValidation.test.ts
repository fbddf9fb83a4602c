import * as assert from "node:assert/strict";
import {
  LOG_RETENTION_DAYS,
  failureDestinationAction,
  rolePolicyDocument,
  validateBundledLambdaArgs,
} from "../../components/bundledLambda";

const RETENTION_LIST =
  "1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653";
const EXAMPLE = '"arn:aws:s3:::my-bucket/prefix/*"';

describe("validateBundledLambdaArgs", () => {
  it("accepts no settings and the edges of every range", () => {
    validateBundledLambdaArgs({});
    validateBundledLambdaArgs({
      memorySizeMb: 128,
      timeoutSeconds: 1,
      logRetentionDays: 1,
      reservedConcurrency: 0,
    });
    validateBundledLambdaArgs({
      memorySizeMb: 10240,
      timeoutSeconds: 900,
      logRetentionDays: 3653,
      reservedConcurrency: 1000,
    });
  });

  const numeric: [string, Parameters<typeof validateBundledLambdaArgs>[0], string][] = [
    [
      "memory below 128",
      { memorySizeMb: 127 },
      "BundledLambda memorySizeMb must be an integer from 128 to 10240; got 127. Fix: pass a value in that range, or omit it for 256",
    ],
    [
      "memory above 10240",
      { memorySizeMb: 10241 },
      "BundledLambda memorySizeMb must be an integer from 128 to 10240; got 10241. Fix: pass a value in that range, or omit it for 256",
    ],
    [
      "fractional memory",
      { memorySizeMb: 256.5 },
      "BundledLambda memorySizeMb must be an integer from 128 to 10240; got 256.5. Fix: pass a value in that range, or omit it for 256",
    ],
    [
      "a zero timeout",
      { timeoutSeconds: 0 },
      "BundledLambda timeoutSeconds must be an integer from 1 to 900; got 0. Fix: pass a value in that range, or omit it for 10",
    ],
    [
      "a timeout above 15 minutes",
      { timeoutSeconds: 901 },
      "BundledLambda timeoutSeconds must be an integer from 1 to 900; got 901. Fix: pass a value in that range, or omit it for 10",
    ],
    [
      "a retention CloudWatch does not offer",
      { logRetentionDays: 2 },
      `BundledLambda logRetentionDays must be one of CloudWatch's retention periods (${RETENTION_LIST}); got 2. Fix: pick the nearest of those, or omit it for 30`,
    ],
    [
      "never-expiring logs",
      { logRetentionDays: 0 },
      `BundledLambda logRetentionDays must be one of CloudWatch's retention periods (${RETENTION_LIST}); got 0. Fix: pick the nearest of those, or omit it for 30`,
    ],
    [
      "negative reserved concurrency",
      { reservedConcurrency: -1 },
      "BundledLambda reservedConcurrency must be an integer of 0 or more; got -1. Fix: pass the number of executions to reserve, or omit it to use the account's unreserved pool",
    ],
    [
      "fractional reserved concurrency",
      { reservedConcurrency: 1.5 },
      "BundledLambda reservedConcurrency must be an integer of 0 or more; got 1.5. Fix: pass the number of executions to reserve, or omit it to use the account's unreserved pool",
    ],
  ];
  for (const [what, settings, message] of numeric) {
    it(`refuses ${what}`, () =>
      assert.throws(() => validateBundledLambdaArgs(settings), { message }));
  }

  it("lists CloudWatch's retention periods", () => {
    assert.equal(LOG_RETENTION_DAYS.join(", "), RETENTION_LIST);
  });

  it("accepts statements scoped below the service root, including a log group's ':*' streams", () => {
    validateBundledLambdaArgs({
      policyStatements: [
        {
          Effect: "Allow",
          Action: "logs:PutLogEvents",
          Resource: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/x:*",
        },
        {
          Effect: "Allow",
          Action: ["s3:PutObject"],
          Resource: ["arn:aws:s3:::bucket/prefix/*", "arn:aws:s3:::bucket"],
        },
        {
          Effect: "Allow",
          Action: "dynamodb:GetItem",
          Resource: "arn:aws:dynamodb:us-east-1:123456789012:table/*",
        },
      ],
    });
  });

  const statements: [string, Record<string, unknown>, string][] = [
    [
      "no Resource",
      { Effect: "Allow", Action: "s3:PutObject" },
      `BundledLambda policyStatements[0].Resource is undefined. Fix: name the ARNs the statement applies to, e.g. ${EXAMPLE}`,
    ],
    [
      "an empty Resource list",
      { Effect: "Allow", Action: "s3:PutObject", Resource: [] },
      `BundledLambda policyStatements[0].Resource is []. Fix: name the ARNs the statement applies to, e.g. ${EXAMPLE}`,
    ],
    [
      'Resource "*"',
      { Effect: "Allow", Action: "s3:PutObject", Resource: "*" },
      `BundledLambda policyStatements[0].Resource "*" covers every resource of the service. Fix: name the specific ARNs, e.g. ${EXAMPLE}`,
    ],
    [
      "every bucket",
      {
        Effect: "Allow",
        Action: "s3:PutObject",
        Resource: ["arn:aws:s3:::bucket/x", "arn:aws:s3:::*"],
      },
      `BundledLambda policyStatements[0].Resource "arn:aws:s3:::*" covers every resource of the service. Fix: name the specific ARNs, e.g. ${EXAMPLE}`,
    ],
    [
      "every object of every bucket",
      { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::*/*" },
      `BundledLambda policyStatements[0].Resource "arn:aws:s3:::*/*" covers every resource of the service. Fix: name the specific ARNs, e.g. ${EXAMPLE}`,
    ],
    [
      "every queue of an account",
      {
        Effect: "Allow",
        Action: "sqs:SendMessage",
        Resource: "arn:aws:sqs:us-east-1:123456789012:*",
      },
      `BundledLambda policyStatements[0].Resource "arn:aws:sqs:us-east-1:123456789012:*" covers every resource of the service. Fix: name the specific ARNs, e.g. ${EXAMPLE}`,
    ],
    [
      "a bucket name instead of an ARN",
      { Effect: "Allow", Action: "s3:PutObject", Resource: "my-bucket/*" },
      'BundledLambda policyStatements[0].Resource "my-bucket/*" is not an ARN. Fix: use the full ARN, arn:<partition>:<service>:<region>:<account>:<resource>',
    ],
    [
      "NotResource",
      { Effect: "Allow", Action: "s3:PutObject", NotResource: "arn:aws:s3:::secret/*" },
      'BundledLambda policyStatements[0] uses NotResource ("arn:aws:s3:::secret/*"), which grants everything else. Fix: list the resources in Resource instead',
    ],
    [
      "no Action",
      { Effect: "Allow", Resource: "arn:aws:s3:::bucket/*" },
      'BundledLambda policyStatements[0].Action is undefined. Fix: list the actions the function needs, e.g. "s3:PutObject"',
    ],
  ];
  for (const [what, statement, message] of statements) {
    it(`refuses a statement with ${what}`, () => {
      assert.throws(() => validateBundledLambdaArgs({ policyStatements: [statement as never] }), {
        message,
      });
    });
  }

  it("names the position of the bad statement", () => {
    const good = { Effect: "Allow" as const, Action: "s3:PutObject", Resource: "arn:aws:s3:::b/*" };
    assert.throws(
      () =>
        validateBundledLambdaArgs({ policyStatements: [good, good, { ...good, Resource: "*" }] }),
      {
        message: /^BundledLambda policyStatements\[2\]\.Resource "\*"/,
      },
    );
  });

  it("checks the failure destination", () => {
    assert.throws(
      () =>
        validateBundledLambdaArgs({
          onFailureDestinationArn: "arn:aws:lambda:us-east-1:123456789012:function:f",
        }),
      {
        message:
          "BundledLambda onFailureDestinationArn must be an SQS queue or SNS topic ARN; got \"arn:aws:lambda:us-east-1:123456789012:function:f\". Fix: pass a queue's or topic's arn output",
      },
    );
  });
});

describe("failureDestinationAction", () => {
  it("picks the delivery permission from the ARN's service", () => {
    assert.equal(
      failureDestinationAction("arn:aws:sqs:eu-west-1:123456789012:dlq"),
      "sqs:SendMessage",
    );
    assert.equal(
      failureDestinationAction("arn:aws:sns:eu-west-1:123456789012:alerts"),
      "sns:Publish",
    );
  });

  for (const arn of [
    "arn:aws:sqs:eu-west-1:123456789012:*",
    "https://sqs.eu-west-1.amazonaws.com/123456789012/dlq",
    "sqs",
  ]) {
    it(`refuses ${arn}`, () =>
      assert.throws(() => failureDestinationAction(arn), {
        message: new RegExp(
          `^BundledLambda onFailureDestinationArn .*; got "${arn.replace(/[.*]/g, "\\$&")}"`,
        ),
      }));
  }
});

describe("rolePolicyDocument", () => {
  const logGroupArn = "arn:aws:logs:us-east-1:123456789012:log-group:fn-logs";

  it("grants log writes on the group's streams, then the caller's statements, with sorted keys", () => {
    const doc = rolePolicyDocument(
      logGroupArn,
      [{ Sid: "Put", Resource: "arn:aws:s3:::b/*", Effect: "Allow", Action: "s3:PutObject" }],
      undefined,
    );
    assert.equal(
      doc,
      '{"Statement":[' +
        '{"Action":["logs:CreateLogStream","logs:PutLogEvents"],"Effect":"Allow","Resource":"arn:aws:logs:us-east-1:123456789012:log-group:fn-logs:*"},' +
        '{"Action":"s3:PutObject","Effect":"Allow","Resource":"arn:aws:s3:::b/*","Sid":"Put"}' +
        '],"Version":"2012-10-17"}',
    );
  });

  it("ends with delivery to the failure destination", () => {
    const doc = JSON.parse(
      rolePolicyDocument(logGroupArn, [], "arn:aws:sns:us-east-1:123456789012:t"),
    );
    assert.deepEqual(doc.Statement.at(-1), {
      Action: "sns:Publish",
      Effect: "Allow",
      Resource: "arn:aws:sns:us-east-1:123456789012:t",
    });
    assert.equal(doc.Statement.length, 2);
  });
});
