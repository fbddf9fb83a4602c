/**
 * Runs a function's deployment package in this process, the way the nodejs runtime would: the
 * bundle's text is compiled once (a cold start), `require` resolves `@aws-sdk/*` from this
 * repository's node_modules (the runtime ships the SDK, so bundles leave it out), and each
 * function sees its own environment variables. Payloads and results cross as JSON, as they do
 * through Lambda's Invoke API; a thrown error surfaces with the handler's error name, as Step
 * Functions and asynchronous invocation see it.
 */
import { randomUUID } from "node:crypto";
import Module from "node:module";
import * as path from "node:path";
import * as vm from "node:vm";
import type { FunctionSpec } from "./pipeline";
import { LOCAL_CREDENTIALS } from "./stores";

/** The repository root: bundles resolve `require` from here, as if deployed beside node_modules. */
const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** Where a function's log lines go; the replay discards them unless asked. */
export type LogSink = (functionName: string, level: string, text: string) => void;

/** A loaded function. */
export interface LocalFunction {
  readonly spec: FunctionSpec;
  /** Invokes the handler once with `payload`; rejects with the handler's error. */
  invoke(payload: unknown): Promise<unknown>;
}

/**
 * Points every AWS SDK client of this process at the local stores with dummy credentials, and any
 * other AWS endpoint at a closed local port: an unexpected call fails here instead of reaching AWS.
 */
export function isolateAwsEnvironment(
  region: string,
  endpoints: Readonly<Record<string, string>>,
): void {
  for (const key of Object.keys(process.env)) {
    if (
      key.startsWith("AWS_ENDPOINT_URL") ||
      ["AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE"].includes(
        key,
      )
    ) {
      delete process.env[key];
    }
  }
  Object.assign(process.env, {
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_CONFIG_FILE: path.join(REPO_ROOT, ".replay-no-aws-config"),
    AWS_SHARED_CREDENTIALS_FILE: path.join(REPO_ROOT, ".replay-no-aws-credentials"),
    AWS_EC2_METADATA_DISABLED: "true",
    // One SDK attempt per call: its own retries would sleep in wall time inside an invocation the
    // replay times virtually, and the pipeline's retries (Step Functions, the buffer) are what it
    // simulates. On AWS the SDK's 3 attempts make an injected --throttle fraction rarer still.
    AWS_MAX_ATTEMPTS: "1",
    // Port 9 (discard) on loopback: connection refused, at once.
    AWS_ENDPOINT_URL: "http://127.0.0.1:9",
    ...endpoints,
  });
}

/** An error as Lambda reports it: the handler's error name, and a Cause carrying type, message and trace. */
export class LambdaFunctionError extends Error {
  constructor(
    readonly errorType: string,
    readonly errorMessage: string,
    readonly original: unknown,
  ) {
    super(JSON.stringify({ errorType, errorMessage }));
    this.name = errorType;
  }
}

function asLambdaError(err: unknown): LambdaFunctionError {
  if (err instanceof LambdaFunctionError) return err;
  if (err instanceof Error) return new LambdaFunctionError(err.name || "Error", err.message, err);
  return new LambdaFunctionError("Error", String(err), err);
}

type Handler = (
  event: unknown,
  context: Record<string, unknown>,
  callback?: (err: unknown, result?: unknown) => void,
) => unknown;

function format(args: unknown[]): string {
  return args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ");
}

/** Compiles the function's handler file with its own `process.env` and console. */
export function loadLocalFunction(
  spec: FunctionSpec,
  log: LogSink = () => undefined,
): LocalFunction {
  const dot = spec.handler.lastIndexOf(".");
  const file = `${spec.handler.slice(0, dot)}.js`;
  const exportName = spec.handler.slice(dot + 1);
  const code = spec.files[file];
  if (code === undefined)
    throw new Error(
      `function ${spec.name}: handler ${spec.handler} needs ${file}, which its code archive lacks`,
    );
  const env: Record<string, string | undefined> = {
    ...process.env,
    AWS_LAMBDA_FUNCTION_NAME: spec.name,
    AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memorySizeMb),
    AWS_EXECUTION_ENV: "AWS_Lambda_nodejs22.x",
    _HANDLER: spec.handler,
    ...spec.environment,
  };
  // The bundle reads `process.env` for its settings; two functions with different TABLE_NAMEs share
  // this process, so each gets a process whose env is its own. The SDK, loaded through require,
  // reads the real one, which isolateAwsEnvironment has set for every function alike.
  const ownProcess = new Proxy(process, {
    get: (target, key) => (key === "env" ? env : Reflect.get(target, key)),
  });
  const ownConsole = Object.fromEntries(
    ["log", "info", "warn", "error", "debug", "trace"].map((level) => [
      level,
      (...args: unknown[]) => log(spec.name, level, format(args)),
    ]),
  );
  // Never written: it only anchors require() and names the bundle in stack traces.
  const filename = path.join(REPO_ROOT, ".replay", spec.name, file);
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, __filename, __dirname, process, console) {${code}\n})`,
    { filename },
  );
  const module = { exports: {} as Record<string, unknown> };
  wrapper.call(
    module.exports,
    module.exports,
    Module.createRequire(filename),
    module,
    filename,
    path.dirname(filename),
    ownProcess,
    ownConsole,
  );
  const handler = module.exports[exportName] as Handler | undefined;
  if (typeof handler !== "function")
    throw new Error(`function ${spec.name}: ${file} exports no function ${exportName}`);

  return {
    spec,
    async invoke(payload) {
      const event = JSON.parse(JSON.stringify(payload ?? null));
      const deadline = Date.now() + spec.timeoutSeconds * 1000;
      const context = {
        functionName: spec.name,
        functionVersion: "$LATEST",
        invokedFunctionArn: spec.arn,
        memoryLimitInMB: String(spec.memorySizeMb),
        awsRequestId: randomUUID(),
        callbackWaitsForEmptyEventLoop: true,
        getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      };
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<never>((_, reject) => {
        // What Lambda reports when a function runs past its timeout.
        timer = setTimeout(
          () =>
            reject(
              new LambdaFunctionError(
                "Sandbox.Timedout",
                `Task timed out after ${spec.timeoutSeconds.toFixed(2)} seconds`,
                undefined,
              ),
            ),
          spec.timeoutSeconds * 1000,
        );
        timer.unref();
      });
      const run =
        handler.length >= 3
          ? new Promise((resolve, reject) => {
              handler(event, context, (err, result) => (err ? reject(err) : resolve(result)));
            })
          : Promise.resolve().then(() => handler(event, context));
      try {
        const result = await Promise.race([run, timedOut]);
        return result === undefined ? null : JSON.parse(JSON.stringify(result));
      } catch (err) {
        throw asLambdaError(err);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
