import * as assert from "node:assert/strict";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { DynamoDBClient, PutItemCommand } from "../../../../lambdas/shared/aws/dynamodb";
import { PutObjectCommand, S3Client } from "../../../../lambdas/shared/aws/s3";

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A loopback server that answers each request with the next of `answers` (the last one repeats). */
async function fakeService(
  answers: { status: number; body: string; headers?: Record<string, string> }[],
) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const answer = answers[Math.min(seen.length - 1, answers.length - 1)];
      res.writeHead(answer.status, answer.headers ?? {});
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const credentials = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "secret-example",
  sessionToken: "token-example",
};
const put = new PutItemCommand({
  TableName: "events",
  Item: { pk: { S: "k" } },
  ConditionExpression: "attribute_not_exists(pk)",
});
const conditionFailed = {
  status: 400,
  body: JSON.stringify({
    __type: "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException",
    message: "The conditional request failed",
  }),
  headers: { "x-amzn-requestid": "req-1" },
};

describe("Lambda clients (lambdas/shared/aws) against a loopback service", () => {
  it("posts a signed PutItem with the DynamoDB target header and the input as JSON", async () => {
    const service = await fakeService([{ status: 200, body: "{}" }]);
    try {
      const output = await new DynamoDBClient({
        endpoint: service.endpoint,
        region: "eu-west-1",
        credentials,
      }).send(put);
      assert.deepEqual(output, { $metadata: { httpStatusCode: 200 } });
      const [request] = service.seen;
      assert.equal(request.method, "POST");
      assert.equal(request.headers["x-amz-target"], "DynamoDB_20120810.PutItem");
      assert.equal(request.headers["content-type"], "application/x-amz-json-1.0");
      assert.equal(request.headers["x-amz-security-token"], "token-example");
      assert.match(
        String(request.headers.authorization),
        /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/,
      );
      assert.deepEqual(JSON.parse(request.body), put.input);
    } finally {
      await service.close();
    }
  });

  it("reports a failed condition as the SDK does, once, without retrying", async () => {
    const service = await fakeService([conditionFailed]);
    try {
      await assert.rejects(
        () =>
          new DynamoDBClient({ endpoint: service.endpoint, region: "us-east-1", credentials }).send(
            put,
          ),
        {
          name: "ConditionalCheckFailedException",
          message: "The conditional request failed",
          $fault: "client",
          $metadata: { httpStatusCode: 400, requestId: "req-1", attempts: 1 },
        },
      );
      assert.equal(service.seen.length, 1);
    } finally {
      await service.close();
    }
  });

  it("retries 5xx answers and throttling, up to maxAttempts, then reports the last answer", async () => {
    const recovering = await fakeService([
      { status: 500, body: "{}" },
      { status: 503, body: "{}" },
      { status: 200, body: "{}" },
    ]);
    const throttled = await fakeService([
      {
        status: 400,
        body: JSON.stringify({
          __type: "com.amazonaws.dynamodb.v20120810#ThrottlingException",
          message: "slow down",
        }),
      },
    ]);
    try {
      await new DynamoDBClient({
        endpoint: recovering.endpoint,
        region: "us-east-1",
        credentials,
      }).send(put);
      assert.equal(recovering.seen.length, 3);
      await assert.rejects(
        () =>
          new DynamoDBClient({
            endpoint: throttled.endpoint,
            region: "us-east-1",
            credentials,
            maxAttempts: 2,
          }).send(put),
        {
          name: "ThrottlingException",
          $metadata: { httpStatusCode: 400, requestId: undefined, attempts: 2 },
        },
      );
      assert.equal(throttled.seen.length, 2);
    } finally {
      await recovering.close();
      await throttled.close();
    }
  });

  it("takes its attempt count from AWS_MAX_ATTEMPTS when the client sets none, as SDK v3 does", async () => {
    const failing = await fakeService([
      { status: 500, body: "{}" },
      { status: 200, body: "{}" },
    ]);
    const saved = process.env.AWS_MAX_ATTEMPTS;
    process.env.AWS_MAX_ATTEMPTS = "1";
    try {
      await assert.rejects(
        () =>
          new DynamoDBClient({ endpoint: failing.endpoint, region: "us-east-1", credentials }).send(
            put,
          ),
        { $metadata: { httpStatusCode: 500, requestId: undefined, attempts: 1 } },
      );
      assert.equal(failing.seen.length, 1, "retried although AWS_MAX_ATTEMPTS is 1");
    } finally {
      if (saved === undefined) delete process.env.AWS_MAX_ATTEMPTS;
      else process.env.AWS_MAX_ATTEMPTS = saved;
      await failing.close();
    }
  });

  it("reports no answer at all without an HTTP status, which the handlers treat as transient", async () => {
    const service = await fakeService([{ status: 200, body: "{}" }]);
    await service.close();
    const error = await new DynamoDBClient({
      endpoint: service.endpoint,
      region: "us-east-1",
      credentials,
      maxAttempts: 2,
    })
      .send(put)
      .then(
        () => undefined,
        (err: unknown) =>
          err as { $metadata: { httpStatusCode?: number; attempts: number }; code?: string },
      );
    assert.equal(error?.code, "ECONNREFUSED");
    assert.deepEqual(error?.$metadata, { attempts: 2 });
  });

  it("reads the region, credentials and endpoint from the environment Lambda sets", async () => {
    const service = await fakeService([{ status: 200, body: "{}" }]);
    const keys = [
      "AWS_REGION",
      "AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY",
      "AWS_SESSION_TOKEN",
      "AWS_ENDPOINT_URL_DYNAMODB",
    ];
    const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
    Object.assign(process.env, {
      AWS_REGION: "ap-southeast-2",
      AWS_ACCESS_KEY_ID: "AKIDENV",
      AWS_SECRET_ACCESS_KEY: "env-secret",
      AWS_ENDPOINT_URL_DYNAMODB: service.endpoint,
    });
    delete process.env.AWS_SESSION_TOKEN;
    try {
      await new DynamoDBClient({}).send(put);
      const { headers } = service.seen[0];
      assert.match(
        String(headers.authorization),
        /Credential=AKIDENV\/\d{8}\/ap-southeast-2\/dynamodb\//,
      );
      assert.equal(headers["x-amz-security-token"], undefined);
      delete process.env.AWS_ACCESS_KEY_ID;
      await assert.rejects(
        () => new DynamoDBClient({}).send(put),
        /AWS_ACCESS_KEY_ID or AWS_SECRET_ACCESS_KEY is not set/,
      );
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await service.close();
    }
  });

  it("refuses SDK options it does not implement, naming them", () => {
    assert.throws(
      () => new DynamoDBClient({ logger: console } as never),
      /option "logger" is not supported by the Lambda client/,
    );
  });

  it("puts an S3 object path-style on a custom endpoint, with the payload hash and the members as headers", async () => {
    const service = await fakeService([{ status: 200, body: "", headers: { etag: '"abc"' } }]);
    try {
      const output = await new S3Client({
        endpoint: service.endpoint,
        region: "us-east-1",
        credentials,
      }).send(
        new PutObjectCommand({
          Bucket: "bucket",
          Key: "a dir/b.json",
          Body: '{"a":1}',
          ContentType: "application/json",
          IfNoneMatch: "*",
          ServerSideEncryption: "aws:kms",
          BucketKeyEnabled: true,
        }),
      );
      assert.deepEqual(output, { ETag: '"abc"', $metadata: { httpStatusCode: 200 } });
      const [request] = service.seen;
      assert.equal(request.method, "PUT");
      assert.equal(request.url, "/bucket/a%20dir/b.json");
      assert.equal(request.body, '{"a":1}');
      assert.equal(
        request.headers["x-amz-content-sha256"],
        "015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862",
      );
      assert.equal(request.headers["if-none-match"], "*");
      assert.equal(request.headers["x-amz-server-side-encryption-bucket-key-enabled"], "true");
    } finally {
      await service.close();
    }
  });

  it("reports S3's XML error code as the error's name", async () => {
    const service = await fakeService([
      {
        status: 412,
        body: '<?xml version="1.0"?><Error><Code>PreconditionFailed</Code><Message>At least one of the pre-conditions you specified did not hold</Message></Error>',
      },
    ]);
    try {
      await assert.rejects(
        () =>
          new S3Client({ endpoint: service.endpoint, region: "us-east-1", credentials }).send(
            new PutObjectCommand({ Bucket: "b", Key: "k", Body: "x", IfNoneMatch: "*" }),
          ),
        {
          name: "PreconditionFailed",
          message: "At least one of the pre-conditions you specified did not hold",
          $metadata: { httpStatusCode: 412, requestId: undefined, attempts: 1 },
        },
      );
    } finally {
      await service.close();
    }
  });

  it("refuses a PutObject member it would not send", () => {
    assert.throws(
      () => new PutObjectCommand({ Bucket: "b", Key: "k", Body: "x", Tagging: "a=b" } as never),
      /member "Tagging" is not supported/,
    );
  });
});
