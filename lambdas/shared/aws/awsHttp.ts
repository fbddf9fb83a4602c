/**
 * One signed HTTPS call to an AWS service, with the SDK's habits a handler relies on: credentials
 * and region from the variables Lambda sets (Lambda developer guide, "Defined runtime environment
 * variables": AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), read on
 * each call; the SDK's endpoint variables (AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL); a
 * keep-alive connection; retries of throttling, 5xx and unanswered calls with full-jitter backoff
 * (the SDK's "standard" mode: 3 attempts); errors shaped as the SDK shapes them (`name` = the
 * service's error code, `$metadata.httpStatusCode`, `$fault`).
 */
import * as http from "node:http";
import * as https from "node:https";
import { type AwsCredentials, sha256Hex, signRequest } from "./sigv4";

/** What a client is built with: the SDK's option names, so `new XxxClient({})` reads the same. */
export interface ClientConfig {
  /** @default AWS_REGION */
  readonly region?: string;
  /** Base URL, e.g. a local stand-in. @default AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL, then the regional endpoint */
  readonly endpoint?: string;
  /** @default AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN */
  readonly credentials?: AwsCredentials;
  /** Attempts of a call that is throttled, fails with a 5xx or gets no answer. @default 3 */
  readonly maxAttempts?: number;
}

const CONFIG_KEYS = new Set(["region", "endpoint", "credentials", "maxAttempts", "forcePathStyle"]);

/** Rejects SDK options this client does not implement, so none is silently ignored. */
export function checkConfig(client: string, config: object): void {
  for (const key of Object.keys(config)) {
    if (!CONFIG_KEYS.has(key)) {
      throw new Error(
        `${client}: option ${JSON.stringify(key)} is not supported by the Lambda client (lambdas/shared/aws); fix: use region, endpoint, credentials or maxAttempts, or add the option there`,
      );
    }
  }
}

/** An error as the SDK v3 reports a failed call. */
export interface ServiceError extends Error {
  $fault: "client" | "server";
  $metadata: { httpStatusCode?: number; requestId?: string; attempts: number };
  [member: string]: unknown;
}

export interface HttpAnswer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** One call: where to, and how the service's answer becomes an error. */
export interface ServiceCall {
  readonly service: string;
  /** The endpoint variable's service part, e.g. "DYNAMODB" for AWS_ENDPOINT_URL_DYNAMODB. */
  readonly endpointEnvName: string;
  readonly method: string;
  /** Host of the regional endpoint, e.g. "dynamodb.us-east-1.amazonaws.com". */
  readonly regionalHost: (region: string) => string;
  /** The path after the endpoint's own, URI-encoded, e.g. "/" or "/bucket/key". */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string | Buffer;
  readonly doubleEncodePath?: boolean;
  /** S3 wants the payload hash as a header. */
  readonly payloadHashHeader?: boolean;
  /** Reads the error code and message from a failed answer's body. */
  readonly parseError: (answer: HttpAnswer) => {
    code?: string;
    message?: string;
    members?: Record<string, unknown>;
  };
}

/** Error codes worth another attempt besides 5xx and 429 (the SDK's throttling list). */
const THROTTLING_CODES = new Set([
  "ThrottlingException",
  "Throttling",
  "ThrottledException",
  "RequestThrottledException",
  "TooManyRequestsException",
  "ProvisionedThroughputExceededException",
  "TransactionInProgressException",
  "RequestLimitExceeded",
  "BandwidthLimitExceeded",
  "LimitExceededException",
  "RequestThrottled",
  "SlowDown",
  "PriorRequestNotComplete",
  "EC2ThrottledException",
]);
const BACKOFF_BASE_MS = 100;
const BACKOFF_MAX_MS = 20_000;
/** Per attempt: a socket silent this long is abandoned and the attempt counts as unanswered. */
export const ATTEMPT_TIMEOUT_MS = 5_000;

const agents = {
  "https:": new https.Agent({ keepAlive: true }),
  "http:": new http.Agent({ keepAlive: true }),
};

function environmentCredentials(): AwsCredentials {
  const accessKeyId = process.env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) {
    throw new Error(
      "AWS_ACCESS_KEY_ID or AWS_SECRET_ACCESS_KEY is not set; Lambda sets both from the function's role, elsewhere pass `credentials`",
    );
  }
  return { accessKeyId, secretAccessKey, sessionToken: process.env.AWS_SESSION_TOKEN || undefined };
}

/**
 * The SDK's default attempt count: AWS_MAX_ATTEMPTS when it is a whole number ≥ 1, else 3 (SDK v3
 * reads the same variable; the local replay sets it to 1 so its virtual clock owns the retries).
 */
function maxAttemptsFromEnvironment(): number {
  const raw = process.env.AWS_MAX_ATTEMPTS;
  const value = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(value) && value >= 1 ? value : 3;
}

/** Sends `call`, retrying as the SDK's standard mode does; resolves with a 2xx answer or rejects with a ServiceError. */
export async function send(config: ClientConfig, call: ServiceCall): Promise<HttpAnswer> {
  const region = config.region ?? process.env.AWS_REGION;
  if (!region)
    throw new Error(
      `${call.service}: no region; Lambda sets AWS_REGION, elsewhere pass \`region\``,
    );
  const endpoint =
    config.endpoint ??
    process.env[`AWS_ENDPOINT_URL_${call.endpointEnvName}`] ??
    process.env.AWS_ENDPOINT_URL;
  const base = new URL(endpoint ?? `https://${call.regionalHost(region)}`);
  const maxAttempts = config.maxAttempts ?? maxAttemptsFromEnvironment();
  const payloadHash = sha256Hex(call.body);
  const path = `${base.pathname.replace(/\/$/, "")}${call.path}`;
  for (let attempt = 1; ; attempt++) {
    // Signed per attempt: the signature carries the time, and the credentials may have rotated.
    const signature = signRequest({
      method: call.method,
      host: base.host,
      path,
      headers: {
        ...call.headers,
        ...(call.payloadHashHeader && { "x-amz-content-sha256": payloadHash }),
        "content-length": String(Buffer.byteLength(call.body)),
      },
      payloadHash,
      service: call.service,
      region,
      credentials: config.credentials ?? environmentCredentials(),
      now: new Date(),
      doubleEncodePath: call.doubleEncodePath,
    });
    let answer: HttpAnswer | undefined;
    let failure: Error;
    try {
      answer = await exchange(base, path, call.method, signature.headers, call.body);
      if (answer.status < 300) return answer;
      failure = serviceError(call, answer, attempt);
    } catch (err) {
      // No answer (refused, reset, timed out): like the SDK, no httpStatusCode, so callers see it as transient.
      failure = err as Error;
      (failure as Partial<ServiceError>).$metadata = { attempts: attempt };
    }
    const retryable =
      answer === undefined ||
      answer.status >= 500 ||
      answer.status === 429 ||
      THROTTLING_CODES.has(failure.name);
    if (!retryable || attempt >= maxAttempts) throw failure;
    await new Promise((resolve) =>
      setTimeout(
        resolve,
        Math.random() * Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1)),
      ),
    );
  }
}

function serviceError(call: ServiceCall, answer: HttpAnswer, attempts: number): ServiceError {
  const parsed = call.parseError(answer);
  const error = new Error(
    parsed.message ?? `${call.service} answered HTTP ${answer.status}`,
  ) as ServiceError;
  Object.assign(error, parsed.members);
  error.name =
    parsed.code ?? (answer.status >= 500 ? "InternalServerError" : `HTTP${answer.status}`);
  error.$fault = answer.status >= 500 ? "server" : "client";
  const requestId = answer.headers["x-amzn-requestid"] ?? answer.headers["x-amz-request-id"];
  error.$metadata = {
    httpStatusCode: answer.status,
    requestId: typeof requestId === "string" ? requestId : undefined,
    attempts,
  };
  return error;
}

function exchange(
  base: URL,
  path: string,
  method: string,
  headers: Record<string, string>,
  body: string | Buffer,
): Promise<HttpAnswer> {
  const secure = base.protocol === "https:";
  if (!secure && base.protocol !== "http:")
    throw new Error(`endpoint ${base.href} is not an http(s) URL`);
  return new Promise((resolve, reject) => {
    const req = (secure ? https.request : http.request)(
      {
        protocol: base.protocol,
        hostname: base.hostname,
        port: base.port || undefined,
        path,
        method,
        headers,
        agent: agents[secure ? "https:" : "http:"],
        timeout: ATTEMPT_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("timeout", () =>
      req.destroy(
        Object.assign(new Error(`no answer from ${base.host} within ${ATTEMPT_TIMEOUT_MS} ms`), {
          name: "TimeoutError",
        }),
      ),
    );
    req.on("error", reject);
    req.end(body);
  });
}
