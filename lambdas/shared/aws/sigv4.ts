/**
 * AWS Signature Version 4, as the IAM user guide specifies it ("Create a signed AWS API request",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html): a canonical
 * request, a string to sign and a key derived from the secret, the date, the region and the service.
 * Pure functions; tests check them against AWS's published example and against the SDK's signer.
 */
import { createHash, createHmac } from "node:crypto";

/** Static credentials, as the SDK's `credentials` option takes them. */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** One request to sign. Header names are matched case-insensitively. */
export interface RequestToSign {
  readonly method: string;
  readonly host: string;
  /** The path as sent, already URI-encoded, e.g. "/" or "/bucket/a%20key.json". */
  readonly path: string;
  /** Query parameters, not encoded. */
  readonly query?: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  /** Hex SHA-256 of the body. */
  readonly payloadHash: string;
  readonly service: string;
  readonly region: string;
  readonly credentials: AwsCredentials;
  readonly now: Date;
  /**
   * S3 signs the path as sent; every other service encodes it a second time (the guide's
   * "canonical URI" step). @default true
   */
  readonly doubleEncodePath?: boolean;
}

/** Headers never signed: they may change on the way (the SDK's signer leaves out the same ones). */
const UNSIGNED_HEADERS = new Set([
  "authorization",
  "connection",
  "expect",
  "user-agent",
  "x-amzn-trace-id",
  "transfer-encoding",
]);

export const sha256Hex = (data: string | Uint8Array): string =>
  createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string): Buffer =>
  createHmac("sha256", key).update(data, "utf8").digest();

/** RFC 3986 encoding, as SigV4 wants it: everything but unreserved characters is %XX. */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** "20150830T123600Z" */
export function amzDate(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** The canonical request and what it signs, for tests and error messages. */
export interface Signature {
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signedHeaders: string;
  /** Every header to send: the request's own, plus host, x-amz-date, the session token and Authorization. */
  readonly headers: Record<string, string>;
}

/** Signs `request`; the returned headers replace the request's. */
export function signRequest(request: RequestToSign): Signature {
  const date = amzDate(request.now);
  const day = date.slice(0, 8);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  headers.host = request.host;
  headers["x-amz-date"] = date;
  if (request.credentials.sessionToken)
    headers["x-amz-security-token"] = request.credentials.sessionToken;

  const signed = Object.keys(headers)
    .filter((name) => !UNSIGNED_HEADERS.has(name))
    .sort();
  const canonicalHeaders = signed
    .map((name) => `${name}:${headers[name].trim().replace(/\s+/g, " ")}\n`)
    .join("");
  const signedHeaders = signed.join(";");
  const canonicalPath =
    request.doubleEncodePath === false
      ? request.path
      : request.path.split("/").map(uriEncode).join("/");
  const canonicalQuery = Object.entries(request.query ?? {})
    .map(([key, value]) => [uriEncode(key), uriEncode(value)])
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${value}`)
    .join("&");
  const canonicalRequest = [
    request.method,
    canonicalPath || "/",
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    request.payloadHash,
  ].join("\n");

  const scope = `${day}/${request.region}/${request.service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", date, scope, sha256Hex(canonicalRequest)].join("\n");
  const key = hmac(
    hmac(
      hmac(hmac(`AWS4${request.credentials.secretAccessKey}`, day), request.region),
      request.service,
    ),
    "aws4_request",
  );
  const signature = createHmac("sha256", key).update(stringToSign, "utf8").digest("hex");
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${request.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { canonicalRequest, stringToSign, signedHeaders, headers };
}
