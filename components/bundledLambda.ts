import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { bundleLambda } from "./bundle";
import { DEFAULT_LOG_RETENTION_DAYS, isLogRetentionDays, LOG_RETENTION_DAYS } from "./logRetention";
import { stableStringify } from "./stableJson";

/** Arguments of a BundledLambda. */
export interface BundledLambdaArgs {
  /** Folder under lambdas/ holding handler.ts; bundled when the program runs. */
  readonly source: string;
  /** Description shown on the function. @default no description */
  readonly description?: pulumi.Input<string>;
  /** Environment variables of the function. @default only NODE_OPTIONS=--enable-source-maps, which a value given here replaces */
  readonly environment?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** Extra IAM statements for the function's role; each must name its resources. @default the role may only write its own logs */
  readonly policyStatements?: pulumi.Input<pulumi.Input<aws.iam.PolicyStatement>[]>;
  /** Days CloudWatch keeps the function's logs; one of CloudWatch's allowed values. @default 30 */
  readonly logRetentionDays?: pulumi.Input<number>;
  /** Memory in MB, 128–10240. @default 256 */
  readonly memorySizeMb?: pulumi.Input<number>;
  /** Timeout in seconds, 1–900. @default 10 */
  readonly timeoutSeconds?: pulumi.Input<number>;
  /** Concurrent executions reserved for (and capping) the function; 0 stops all invocations. @default unreserved: the account's shared pool */
  readonly reservedConcurrency?: pulumi.Input<number>;
  /** SQS queue or SNS topic ARN receiving asynchronous invocations that fail. @default failed asynchronous events are dropped */
  readonly onFailureDestinationArn?: pulumi.Input<string>;
}

/** Memory of a function that does not say: enough for a bundled Node.js handler's cold start. */
export const DEFAULT_MEMORY_SIZE_MB = 256;
/** Timeout of a function that does not say; data actions and event processors finish in well under it. */
export const DEFAULT_TIMEOUT_SECONDS = 10;

// Re-exported so existing `import { LOG_RETENTION_DAYS } from "./bundledLambda"` keeps working.
export { LOG_RETENTION_DAYS };

/** Retries of a failed asynchronous invocation before it goes to the failure destination (Lambda's maximum). */
export const ASYNC_MAXIMUM_RETRY_ATTEMPTS = 2;
/** Age after which an unprocessed asynchronous event goes to the failure destination: 1 hour, not Lambda's 6. */
export const ASYNC_MAXIMUM_EVENT_AGE_SECONDS = 3600;

/** The BundledLambda settings that can be checked once their values are known. */
export interface BundledLambdaSettings {
  readonly policyStatements?: pulumi.Unwrap<aws.iam.PolicyStatement>[];
  readonly logRetentionDays?: number;
  readonly memorySizeMb?: number;
  readonly timeoutSeconds?: number;
  readonly reservedConcurrency?: number;
  readonly onFailureDestinationArn?: string;
}

/**
 * Throws on the first bad setting, naming the field, the value and the fix. The component calls it
 * with plain values at construction and again for each value that was an Output once it resolves.
 */
export function validateBundledLambdaArgs(settings: BundledLambdaSettings): void {
  const { memorySizeMb, timeoutSeconds, logRetentionDays, reservedConcurrency } = settings;
  if (memorySizeMb !== undefined)
    checkIntegerRange("memorySizeMb", memorySizeMb, 128, 10240, DEFAULT_MEMORY_SIZE_MB);
  if (timeoutSeconds !== undefined)
    checkIntegerRange("timeoutSeconds", timeoutSeconds, 1, 900, DEFAULT_TIMEOUT_SECONDS);
  if (logRetentionDays !== undefined && !isLogRetentionDays(logRetentionDays)) {
    throw new Error(
      `BundledLambda logRetentionDays must be one of CloudWatch's retention periods (${LOG_RETENTION_DAYS.join(", ")}); ` +
        `got ${logRetentionDays}. Fix: pick the nearest of those, or omit it for ${DEFAULT_LOG_RETENTION_DAYS}`,
    );
  }
  if (
    reservedConcurrency !== undefined &&
    !(Number.isInteger(reservedConcurrency) && reservedConcurrency >= 0)
  ) {
    throw new Error(
      `BundledLambda reservedConcurrency must be an integer of 0 or more; got ${reservedConcurrency}. ` +
        `Fix: pass the number of executions to reserve, or omit it to use the account's unreserved pool`,
    );
  }
  settings.policyStatements?.forEach(checkStatement);
  if (settings.onFailureDestinationArn !== undefined)
    failureDestinationAction(settings.onFailureDestinationArn);
}

function checkIntegerRange(
  field: string,
  value: number,
  min: number,
  max: number,
  fallback: number,
): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(
      `BundledLambda ${field} must be an integer from ${min} to ${max}; got ${value}. ` +
        `Fix: pass a value in that range, or omit it for ${fallback}`,
    );
  }
}

function checkStatement(statement: pulumi.Unwrap<aws.iam.PolicyStatement>, index: number): void {
  const field = `policyStatements[${index}]`;
  if (statement.NotResource !== undefined) {
    throw new Error(
      `BundledLambda ${field} uses NotResource (${JSON.stringify(statement.NotResource)}), which grants everything else. ` +
        `Fix: list the resources in Resource instead`,
    );
  }
  const actions = statement.Action === undefined ? [] : ([] as string[]).concat(statement.Action);
  if (actions.length === 0) {
    throw new Error(
      `BundledLambda ${field}.Action is ${JSON.stringify(statement.Action)}. Fix: list the actions the function needs, e.g. "s3:PutObject"`,
    );
  }
  const resources =
    statement.Resource === undefined ? [] : ([] as string[]).concat(statement.Resource);
  if (resources.length === 0) {
    throw new Error(
      `BundledLambda ${field}.Resource is ${JSON.stringify(statement.Resource)}. ` +
        `Fix: name the ARNs the statement applies to, e.g. "arn:aws:s3:::my-bucket/prefix/*"`,
    );
  }
  for (const resource of resources) {
    if (resource === "*" || isServiceWideArn(resource)) {
      throw new Error(
        `BundledLambda ${field}.Resource ${JSON.stringify(resource)} covers every resource of the service. ` +
          `Fix: name the specific ARNs, e.g. "arn:aws:s3:::my-bucket/prefix/*"`,
      );
    }
    if (!/^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$/.test(resource)) {
      throw new Error(
        `BundledLambda ${field}.Resource ${JSON.stringify(resource)} is not an ARN. ` +
          `Fix: use the full ARN, arn:<partition>:<service>:<region>:<account>:<resource>`,
      );
    }
  }
}

/** "arn:aws:s3:::*", "arn:aws:sqs:us-east-1:123456789012:*" and the like: the resource part is only wildcards. */
function isServiceWideArn(resource: string): boolean {
  const parts = resource.split(":");
  return parts[0] === "arn" && parts.length >= 6 && /^[*/]+$/.test(parts.slice(5).join(":"));
}

/** The permission Lambda needs to deliver to a failure destination, from the destination's service. */
export function failureDestinationAction(arn: string): "sqs:SendMessage" | "sns:Publish" {
  const service = arn.split(":")[2];
  if (arn.startsWith("arn:") && service === "sqs" && !isServiceWideArn(arn))
    return "sqs:SendMessage";
  if (arn.startsWith("arn:") && service === "sns" && !isServiceWideArn(arn)) return "sns:Publish";
  throw new Error(
    `BundledLambda onFailureDestinationArn must be an SQS queue or SNS topic ARN; got ${JSON.stringify(arn)}. ` +
      `Fix: pass a queue's or topic's arn output`,
  );
}

/** The role's policy document: own log group, the caller's statements, then the failure destination. */
export function rolePolicyDocument(
  logGroupArn: string,
  statements: pulumi.Unwrap<aws.iam.PolicyStatement>[],
  onFailureDestinationArn: string | undefined,
): string {
  const statement: unknown[] = [
    // The function logs only to its own group; the group exists, so no CreateLogGroup.
    {
      Effect: "Allow",
      Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
      Resource: `${logGroupArn}:*`,
    },
    ...statements,
  ];
  if (onFailureDestinationArn !== undefined) {
    statement.push({
      Effect: "Allow",
      Action: failureDestinationAction(onFailureDestinationArn),
      Resource: onFailureDestinationArn,
    });
  }
  return stableStringify({ Version: "2012-10-17", Statement: statement });
}

const LAMBDA_TRUST_POLICY = stableStringify({
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: "lambda.amazonaws.com" } },
  ],
});

/**
 * A Node.js 22 arm64 Lambda bundled from lambdas/<source>/handler.ts, with its own role, a log group
 * it alone may write to, and optionally a destination for failed asynchronous invocations.
 */
export class BundledLambda extends pulumi.ComponentResource {
  public readonly function: aws.lambda.Function;
  public readonly role: aws.iam.Role;
  public readonly logGroup: aws.cloudwatch.LogGroup;
  public readonly functionArn: pulumi.Output<string>;
  public readonly functionName: pulumi.Output<string>;

  /**
   * @param name The function's logical name; children are `${name}-role`, `-logs`, `-policy`, `-async`.
   * @param args What to bundle and how to run it.
   * @param opts Options for the component.
   */
  constructor(name: string, args: BundledLambdaArgs, opts?: pulumi.ComponentResourceOptions) {
    super("geo:index:BundledLambda", name, {}, opts);
    // Known values fail here, before any child exists; Outputs are checked once they resolve.
    validateBundledLambdaArgs({
      policyStatements: known(args.policyStatements) as
        pulumi.Unwrap<aws.iam.PolicyStatement>[] | undefined,
      logRetentionDays: known(args.logRetentionDays),
      memorySizeMb: known(args.memorySizeMb),
      timeoutSeconds: known(args.timeoutSeconds),
      reservedConcurrency: known(args.reservedConcurrency),
      onFailureDestinationArn: known(args.onFailureDestinationArn),
    });
    const bundle = bundleLambda(args.source);
    const checked = <T>(
      value: pulumi.Input<T> | undefined,
      settings: (v: T) => BundledLambdaSettings,
    ) => whenResolved(value, (v) => validateBundledLambdaArgs(settings(v)));

    this.role = new aws.iam.Role(
      `${name}-role`,
      { assumeRolePolicy: LAMBDA_TRUST_POLICY },
      { parent: this },
    );

    this.logGroup = new aws.cloudwatch.LogGroup(
      `${name}-logs`,
      {
        retentionInDays: checked(
          args.logRetentionDays ?? DEFAULT_LOG_RETENTION_DAYS,
          (logRetentionDays) => ({
            logRetentionDays,
          }),
        ),
      },
      { parent: this },
    );

    const destination = args.onFailureDestinationArn;
    const policy = new aws.iam.RolePolicy(
      `${name}-policy`,
      {
        role: this.role.id,
        policy: pulumi
          .all([
            this.logGroup.arn,
            pulumi.output(args.policyStatements ?? []),
            pulumi.output(destination),
          ])
          .apply(([logGroupArn, statements, destinationArn]) => {
            const resolved = statements as pulumi.Unwrap<aws.iam.PolicyStatement>[];
            validateBundledLambdaArgs({
              policyStatements: resolved,
              onFailureDestinationArn: destinationArn,
            });
            return rolePolicyDocument(logGroupArn, resolved, destinationArn);
          }),
      },
      { parent: this },
    );

    const environment = pulumi.output(args.environment ?? {}).apply((variables) => ({
      // Stack traces point at the TypeScript through the bundle's inline source map.
      NODE_OPTIONS: "--enable-source-maps",
      ...variables,
    }));

    // The policy must exist before the first invocation, or that invocation's logs are lost.
    this.function = new aws.lambda.Function(
      name,
      {
        description: args.description,
        role: this.role.arn,
        runtime: aws.lambda.Runtime.NodeJS22dX,
        architectures: ["arm64"],
        handler: "index.handler",
        code: new pulumi.asset.AssetArchive({
          "index.js": new pulumi.asset.StringAsset(bundle.code),
        }),
        memorySize: checked(args.memorySizeMb ?? DEFAULT_MEMORY_SIZE_MB, (memorySizeMb) => ({
          memorySizeMb,
        })),
        timeout: checked(args.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS, (timeoutSeconds) => ({
          timeoutSeconds,
        })),
        reservedConcurrentExecutions: checked(args.reservedConcurrency, (reservedConcurrency) => ({
          reservedConcurrency,
        })),
        loggingConfig: { logGroup: this.logGroup.name, logFormat: "JSON" },
        environment: { variables: environment },
      },
      { parent: this, dependsOn: [policy] },
    );

    if (destination !== undefined) {
      // Lambda checks the role may send to the destination when the config is saved.
      new aws.lambda.FunctionEventInvokeConfig(
        `${name}-async`,
        {
          functionName: this.function.name,
          maximumRetryAttempts: ASYNC_MAXIMUM_RETRY_ATTEMPTS,
          maximumEventAgeInSeconds: ASYNC_MAXIMUM_EVENT_AGE_SECONDS,
          destinationConfig: { onFailure: { destination } },
        },
        { parent: this, dependsOn: [policy] },
      );
    }

    this.functionArn = this.function.arn;
    this.functionName = this.function.name;
    this.registerOutputs({
      functionArn: this.functionArn,
      functionName: this.functionName,
      roleArn: this.role.arn,
      logGroupName: this.logGroup.name,
      codeSha256: bundle.sha256,
    });
  }
}

function holdsOutputs(value: unknown): boolean {
  if (pulumi.Output.isInstance(value) || value instanceof Promise) return true;
  if (Array.isArray(value)) return value.some(holdsOutputs);
  if (value !== null && typeof value === "object") return Object.values(value).some(holdsOutputs);
  return false;
}

/** The value itself when it holds no Output or Promise; otherwise undefined (checked later). */
function known<T>(value: pulumi.Input<T> | undefined): T | undefined {
  return holdsOutputs(value) ? undefined : (value as T | undefined);
}

/** Runs `check` on an Output's value once it resolves; plain values were checked at construction. */
function whenResolved<T>(
  value: pulumi.Input<T> | undefined,
  check: (v: T) => void,
): pulumi.Input<T> | undefined {
  if (value === undefined || !holdsOutputs(value)) return value;
  return pulumi.output(value).apply((v) => {
    if (v !== undefined) check(v as T);
    return v as T;
  });
}
