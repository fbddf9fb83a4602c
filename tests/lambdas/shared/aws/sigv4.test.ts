import * as assert from "node:assert/strict";
import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { PUT_OBJECT_HEADERS } from "../../../../lambdas/shared/aws/s3";
import { amzDate, sha256Hex, signRequest, uriEncode } from "../../../../lambdas/shared/aws/sigv4";

const EXAMPLE_KEY = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
};

/** The request an SDK v3 client would send, signed by the SDK's own signer, captured before it leaves. */
interface CapturedRequest {
  method: string;
  hostname: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
}

async function capture(send: (handler: object) => Promise<unknown>): Promise<CapturedRequest> {
  let captured: CapturedRequest | undefined;
  const requestHandler = {
    handle: async (request: CapturedRequest) => {
      const body = request.body as unknown;
      captured = {
        ...request,
        body: body instanceof Uint8Array ? Buffer.from(body).toString("utf8") : String(body ?? ""),
      };
      throw Object.assign(new Error("captured"), { name: "Captured" });
    },
  };
  await assert.rejects(() => send(requestHandler), { name: "Captured" });
  assert.ok(captured, "the SDK sent no request");
  return captured;
}

/** Signs what the SDK sent, at the SDK's time, with our signer, from the headers it chose to sign. */
function resign(
  request: CapturedRequest,
  service: string,
  doubleEncodePath: boolean,
  credentials: typeof EXAMPLE_KEY & { sessionToken?: string },
) {
  const authorization = request.headers.authorization;
  const signedNames = /SignedHeaders=([^,]+)/.exec(authorization)![1].split(";");
  const headers = Object.fromEntries(
    signedNames
      .filter((n) => !["host", "x-amz-date", "x-amz-security-token"].includes(n))
      .map((n) => [n, request.headers[n]]),
  );
  const date = request.headers["x-amz-date"];
  const now = new Date(
    `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`,
  );
  return signRequest({
    method: request.method,
    host: request.hostname,
    path: request.path,
    query: request.query,
    headers,
    payloadHash: request.headers["x-amz-content-sha256"] ?? sha256Hex(request.body),
    service,
    region: "us-east-1",
    credentials,
    now,
    doubleEncodePath,
  }).headers.authorization;
}

describe("SigV4 signing (lambdas/shared/aws/sigv4.ts)", () => {
  it("reproduces the signature of AWS's published example (IAM ListUsers, 2015-08-30)", () => {
    // IAM user guide, "Create a signed AWS API request" / the Signature Version 4 examples.
    const { headers, canonicalRequest } = signRequest({
      method: "GET",
      host: "iam.amazonaws.com",
      path: "/",
      query: { Action: "ListUsers", Version: "2010-05-08" },
      headers: { "Content-Type": "application/x-www-form-urlencoded; charset=utf-8" },
      payloadHash: sha256Hex(""),
      service: "iam",
      region: "us-east-1",
      credentials: EXAMPLE_KEY,
      now: new Date("2015-08-30T12:36:00Z"),
    });
    assert.equal(
      canonicalRequest,
      "GET\n/\nAction=ListUsers&Version=2010-05-08\ncontent-type:application/x-www-form-urlencoded; charset=utf-8\nhost:iam.amazonaws.com\nx-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    assert.equal(
      headers.authorization,
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
    );
  });

  it("signs a DynamoDB PutItem exactly as SDK v3's signer does, session token included", async () => {
    const credentials = { ...EXAMPLE_KEY, sessionToken: "session-token-example" };
    const request = await capture((requestHandler) =>
      new DynamoDBClient({ region: "us-east-1", credentials, requestHandler, maxAttempts: 1 }).send(
        new PutItemCommand({
          TableName: "events",
          Item: { pk: { S: "a b/ü" } },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      ),
    );
    assert.equal(request.headers["x-amz-security-token"], "session-token-example");
    // The Lambda client sends the command's input as the body, as the SDK serializes it.
    assert.deepEqual(JSON.parse(request.body), {
      TableName: "events",
      Item: { pk: { S: "a b/ü" } },
      ConditionExpression: "attribute_not_exists(pk)",
    });
    assert.equal(resign(request, "dynamodb", true, credentials), request.headers.authorization);
  });

  it("signs an S3 PutObject with an encoded key exactly as SDK v3's signer does", async () => {
    const request = await capture((requestHandler) =>
      new S3Client({
        region: "us-east-1",
        credentials: EXAMPLE_KEY,
        requestHandler,
        maxAttempts: 1,
        requestChecksumCalculation: "WHEN_REQUIRED",
      }).send(
        new PutObjectCommand({
          Bucket: "example-bucket",
          Key: "a dir/ü+(1).json",
          Body: "{}",
          ContentType: "application/json",
          IfNoneMatch: "*",
        }),
      ),
    );
    assert.equal(request.path, "/a%20dir/%C3%BC%2B%281%29.json");
    assert.equal(resign(request, "s3", false, EXAMPLE_KEY), request.headers.authorization);
  });

  it("names each PutObject member's header as SDK v3 sends it", async () => {
    const input = {
      ContentType: "application/json",
      CacheControl: "no-store",
      ContentDisposition: "inline",
      ContentEncoding: "identity",
      ServerSideEncryption: "aws:kms",
      SSEKMSKeyId: "arn:aws:kms:us-east-1:123456789012:key/example",
      BucketKeyEnabled: true,
      IfNoneMatch: "*",
      IfMatch: '"etag"',
      ExpectedBucketOwner: "123456789012",
    } as const;
    const request = await capture((requestHandler) =>
      new S3Client({
        region: "us-east-1",
        credentials: EXAMPLE_KEY,
        requestHandler,
        maxAttempts: 1,
      }).send(new PutObjectCommand({ Bucket: "example-bucket", Key: "k", Body: "{}", ...input })),
    );
    assert.deepEqual(Object.keys(input).sort(), Object.keys(PUT_OBJECT_HEADERS).sort());
    for (const [member, header] of Object.entries(PUT_OBJECT_HEADERS)) {
      assert.equal(request.headers[header], String(input[member as keyof typeof input]), member);
    }
  });

  it("encodes every character but the unreserved ones, and formats the date without separators", () => {
    assert.equal(uriEncode("a-b_c.d~e f/g*h(i)!'"), "a-b_c.d~e%20f%2Fg%2Ah%28i%29%21%27");
    assert.equal(amzDate(new Date("2026-12-01T20:48:02.123Z")), "20261201T204802Z");
  });
});
