/**
 * The part of `@aws-sdk/client-s3` the handlers use, for Lambda: `new S3Client(config)` and
 * `client.send(new PutObjectCommand(input))`. components/bundle.ts puts this module in place of the
 * SDK package in the deployed bundle (tests run the handlers with the real SDK too).
 *
 * PutObject is `PUT /<key>` on the bucket's virtual-hosted endpoint with the body as sent and the
 * input's members as headers (S3 API reference, PutObject); S3 wants the payload's SHA-256 in
 * `x-amz-content-sha256` (S3 API reference, "Signature Version 4 authentication", sig-v4-header-based-auth.html).
 * With a custom endpoint (a local stand-in) the bucket goes in the path. Errors come as XML
 * `<Error><Code>…</Code><Message>…</Message></Error>` (S3 API reference, ErrorResponses.html).
 */
import { type ClientConfig, checkConfig, type HttpAnswer, send } from "./awsHttp";
import { uriEncode } from "./sigv4";

/** PutObject input members this client sends, and the header each becomes. */
export const PUT_OBJECT_HEADERS = {
  ContentType: "content-type",
  CacheControl: "cache-control",
  ContentDisposition: "content-disposition",
  ContentEncoding: "content-encoding",
  ServerSideEncryption: "x-amz-server-side-encryption",
  SSEKMSKeyId: "x-amz-server-side-encryption-aws-kms-key-id",
  BucketKeyEnabled: "x-amz-server-side-encryption-bucket-key-enabled",
  IfNoneMatch: "if-none-match",
  IfMatch: "if-match",
  ExpectedBucketOwner: "x-amz-expected-bucket-owner",
} as const;

export interface PutObjectInput {
  readonly Bucket: string;
  readonly Key: string;
  readonly Body: string | Uint8Array;
  readonly ContentType?: string;
  readonly CacheControl?: string;
  readonly ContentDisposition?: string;
  readonly ContentEncoding?: string;
  readonly ServerSideEncryption?: string;
  readonly SSEKMSKeyId?: string;
  readonly BucketKeyEnabled?: boolean;
  readonly IfNoneMatch?: string;
  readonly IfMatch?: string;
  readonly ExpectedBucketOwner?: string;
}

export class PutObjectCommand {
  constructor(readonly input: PutObjectInput) {
    for (const key of Object.keys(input)) {
      if (!["Bucket", "Key", "Body", ...Object.keys(PUT_OBJECT_HEADERS)].includes(key)) {
        throw new Error(
          `PutObjectCommand: member ${JSON.stringify(key)} is not supported by the Lambda client (lambdas/shared/aws/s3.ts); fix: add it to PUT_OBJECT_HEADERS there`,
        );
      }
    }
  }
}

function parseError(answer: HttpAnswer) {
  const field = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(answer.body)?.[1];
  return { code: field("Code"), message: field("Message") };
}

export interface S3ClientConfig extends ClientConfig {
  /** Bucket in the path instead of the host name; always so with a custom endpoint. @default false */
  readonly forcePathStyle?: boolean;
}

export class S3Client {
  constructor(readonly config: S3ClientConfig = {}) {
    checkConfig("S3Client", config);
  }

  async send(
    command: PutObjectCommand,
  ): Promise<{ ETag?: string; $metadata: { httpStatusCode: number } }> {
    const { Bucket, Key, Body } = command.input;
    const headers: Record<string, string> = {};
    for (const [member, header] of Object.entries(PUT_OBJECT_HEADERS)) {
      const value = command.input[member as keyof typeof PUT_OBJECT_HEADERS];
      if (value !== undefined) headers[header] = String(value);
    }
    const key = Key.split("/").map(uriEncode).join("/");
    const customEndpoint =
      this.config.endpoint ?? process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
    // Bucket names with dots do not match the endpoint's TLS certificate as a host name.
    const pathStyle =
      this.config.forcePathStyle === true || customEndpoint !== undefined || Bucket.includes(".");
    const answer = await send(this.config, {
      service: "s3",
      endpointEnvName: "S3",
      method: "PUT",
      regionalHost: (region) =>
        `${pathStyle ? "" : `${Bucket}.`}s3.${region}.amazonaws.com${region.startsWith("cn-") ? ".cn" : ""}`,
      path: pathStyle ? `/${uriEncode(Bucket)}/${key}` : `/${key}`,
      headers,
      body: typeof Body === "string" ? Body : Buffer.from(Body),
      doubleEncodePath: false,
      payloadHashHeader: true,
      parseError,
    });
    const etag = answer.headers.etag;
    return {
      ...(typeof etag === "string" && { ETag: etag }),
      $metadata: { httpStatusCode: answer.status },
    };
  }
}
