import * as pulumi from "@pulumi/pulumi";

/** One resource the program registered, as the engine would have received it. */
export interface RecordedResource {
  readonly type: string;
  readonly name: string;
  readonly urn: string;
  /** The parent's URN, or undefined for resources parented to the stack. */
  readonly parent: string | undefined;
  readonly custom: boolean;
  /** Inputs as registered; secret values keep Pulumi's secret wrapper (see `isSecretValue`). */
  readonly inputs: Record<string, unknown>;
  /** The id and outputs the mock returned (inputs plus computed outputs such as ARNs). */
  readonly id: string | undefined;
  readonly outputs: Record<string, unknown>;
  /**
   * URNs this resource depends on: explicit `dependsOn` plus every resource whose outputs feed its
   * inputs. Pulumi deletes in the reverse order, so this is the destroy order too.
   */
  readonly dependencies: readonly string[];
  /** Input property name to the URNs whose outputs flowed into it (what CrossGuard's stack policies see). */
  readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

/** One provider function (data source) the program invoked. */
export interface RecordedCall {
  readonly token: string;
  readonly inputs: Record<string, unknown>;
}

const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

/** True when `value` is a secret as the mock monitor hands it over. */
export function isSecretValue(value: unknown): value is { value: unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<string, unknown>)[SECRET_SIG_KEY] === SECRET_SIG
  );
}

/** Removes Pulumi's secret wrappers, leaving the plain values. */
export function revealSecrets(value: unknown): unknown {
  if (isSecretValue(value)) return revealSecrets(value.value);
  if (Array.isArray(value)) return value.map(revealSecrets);
  if (value && typeof value === "object" && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revealSecrets(v)]));
  }
  return value;
}

/** Results the mock returns for provider functions, keyed by token. */
export type CallHandlers = Record<
  string,
  (inputs: Record<string, unknown>) => Record<string, unknown>
>;

export const MOCK_ACCOUNT_ID = "123456789012";
export const MOCK_ORG_ID = "00000000-0000-4000-8000-00000000000a";

const DEFAULT_CALLS: CallHandlers = {
  "aws:index/getCallerIdentity:getCallerIdentity": () => ({
    accountId: MOCK_ACCOUNT_ID,
    arn: `arn:aws:iam::${MOCK_ACCOUNT_ID}:user/offline-plan`,
    userId: "AIDAOFFLINEPLAN",
  }),
  "aws:index/getRegion:getRegion": (inputs) => ({
    name: inputs.region ?? "us-east-1",
    region: inputs.region ?? "us-east-1",
  }),
  "aws:index/getPartition:getPartition": () => ({ partition: "aws", dnsSuffix: "amazonaws.com" }),
  "genesyscloud:index/getOrganizationsMe:getOrganizationsMe": () => ({
    id: MOCK_ORG_ID,
    name: "offline-plan-org",
  }),
  // Lookups by name: an id derived from the name, so tests can tell which name was looked up.
  "genesyscloud:index/getRoutingQueue:getRoutingQueue": (inputs) => ({
    id: mockLookupId("queue", inputs.name),
    name: inputs.name,
  }),
  "genesyscloud:index/getRoutingWrapupcode:getRoutingWrapupcode": (inputs) => ({
    id: mockLookupId("wrapupcode", inputs.name),
    name: inputs.name,
  }),
  // The partner event source Genesys creates once its EventBridge integration is enabled.
  "aws:cloudwatch/getEventSource:getEventSource": (inputs) => ({
    id: inputs.namePrefix,
    name: inputs.namePrefix,
    namePrefix: inputs.namePrefix,
    createdBy: "genesys.com",
    state: "ACTIVE",
    arn: `arn:aws:events:${inputs.region ?? "us-east-1"}::event-source/${inputs.namePrefix}`,
    region: inputs.region ?? "us-east-1",
  }),
};

/** The id the mock data sources return for a Genesys object looked up by name. */
export function mockLookupId(kind: string, name: unknown): string {
  return `${kind}-named-${String(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")}-id`;
}

/**
 * Computed outputs a real provider would return, so that wiring between resources
 * (ARNs into policies, ids into flows) resolves to readable values in tests and plans.
 */
function computedOutputs(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  region: string,
): Record<string, unknown> {
  const physical = typeof inputs.name === "string" ? inputs.name : `${name}-0000000`;
  const arn = (service: string, resource: string) =>
    `arn:aws:${service}:${region}:${MOCK_ACCOUNT_ID}:${resource}`;
  switch (type) {
    case "aws:s3/bucket:Bucket": {
      const bucket = typeof inputs.bucket === "string" ? inputs.bucket : `${name}-0000000`;
      return {
        bucket,
        arn: `arn:aws:s3:::${bucket}`,
        bucketDomainName: `${bucket}.s3.amazonaws.com`,
      };
    }
    case "aws:iam/role:Role":
      return { name: physical, arn: `arn:aws:iam::${MOCK_ACCOUNT_ID}:role/${physical}` };
    case "aws:iam/policy:Policy":
      return { name: physical, arn: `arn:aws:iam::${MOCK_ACCOUNT_ID}:policy/${physical}` };
    case "aws:lambda/function:Function":
      return {
        name: physical,
        arn: arn("lambda", `function:${physical}`),
        invokeArn: `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${arn("lambda", `function:${physical}`)}/invocations`,
        qualifiedArn: arn("lambda", `function:${physical}:1`),
      };
    case "aws:cloudwatch/logGroup:LogGroup":
      return { name: physical, arn: arn("logs", `log-group:${physical}`) };
    case "aws:sqs/queue:Queue":
      return {
        name: physical,
        arn: arn("sqs", physical),
        url: `https://sqs.${region}.amazonaws.com/${MOCK_ACCOUNT_ID}/${physical}`,
      };
    case "aws:kms/key:Key":
      return { keyId: `${name}-key-id`, arn: arn("kms", `key/${name}-key-id`) };
    case "aws:cloudwatch/metricAlarm:MetricAlarm":
      return { arn: arn("cloudwatch", `alarm:${physical}`) };
    case "aws:cloudwatch/dashboard:Dashboard":
      return {
        dashboardArn: `arn:aws:cloudwatch::${MOCK_ACCOUNT_ID}:dashboard/${String(inputs.dashboardName)}`,
      };
    case "aws:sns/topic:Topic":
      return { name: physical, arn: arn("sns", physical) };
    case "aws:dynamodb/table:Table":
      return { name: physical, arn: arn("dynamodb", `table/${physical}`) };
    case "aws:sfn/stateMachine:StateMachine":
      return { name: physical, arn: arn("states", `stateMachine:${physical}`) };
    case "aws:cloudwatch/eventBus:EventBus":
      return { name: physical, arn: arn("events", `event-bus/${physical}`) };
    case "aws:cloudwatch/eventRule:EventRule":
      return { name: physical, arn: arn("events", `rule/${physical}`) };
    case "aws:cloudwatch/eventArchive:EventArchive":
      return { name: physical, arn: arn("events", `archive/${physical}`) };
    case "aws:pipes/pipe:Pipe":
      return { name: physical, arn: arn("pipes", `pipe/${physical}`) };
    case "genesyscloud:index/oauthClient:OauthClient":
      // Genesys creates the credential itself when integrationCredentialName is set; no secret is returned.
      return {
        clientId: `${name}-client-id`,
        ...(inputs.integrationCredentialName !== undefined && {
          integrationCredentialId: `${name}-credential-id`,
        }),
      };
    case "command:local:Command":
      // Archy's publish script prints the published flow as JSON on stdout.
      return {
        stdout: JSON.stringify({ flowId: `${name}-flow-id`, flowName: `${name}-flow-name` }),
        stderr: "",
      };
    default:
      return {};
  }
}

/** Records every registration; one instance per mocked program run. */
export class ResourceRecorder implements pulumi.runtime.Mocks {
  readonly resources: RecordedResource[] = [];
  readonly calls: RecordedCall[] = [];
  private readonly callHandlers: CallHandlers;

  constructor(
    private readonly region = "us-east-1",
    callHandlers: CallHandlers = {},
  ) {
    this.callHandlers = { ...DEFAULT_CALLS, ...callHandlers };
  }

  /** Set by the patched monitor just before it calls `newResource` (see `installMocks`). */
  nextRegistration:
    | {
        urn: string;
        parent: string | undefined;
        dependencies: string[];
        propertyDependencies: Record<string, string[]>;
      }
    | undefined;

  newResource(args: pulumi.runtime.MockResourceArgs): {
    id: string | undefined;
    state: Record<string, any>;
  } {
    const { urn, parent, dependencies, propertyDependencies } = this.nextRegistration ?? {
      urn: `${args.type}::${args.name}`,
      parent: undefined,
      dependencies: [],
      propertyDependencies: {},
    };
    this.nextRegistration = undefined;
    const custom = args.custom ?? true;
    const id = custom ? `${args.name}-id` : undefined;
    const outputs = custom
      ? { ...args.inputs, ...computedOutputs(args.type, args.name, args.inputs, this.region) }
      : {};
    this.resources.push({
      type: args.type,
      name: args.name,
      urn,
      parent,
      custom,
      inputs: args.inputs,
      id,
      outputs,
      dependencies,
      propertyDependencies,
    });
    return { id, state: outputs };
  }

  call(args: pulumi.runtime.MockCallArgs): Record<string, any> {
    this.calls.push({ token: args.token, inputs: args.inputs });
    const handler = this.callHandlers[args.token];
    if (!handler) {
      throw new Error(
        `offline mocks: no result for provider function ${args.token}; add one to tools/mocks.ts`,
      );
    }
    return handler(args.inputs);
  }

  /** The resources of one type, in registration order. */
  ofType(type: string): RecordedResource[] {
    return this.resources.filter((r) => r.type === type);
  }

  /** The one resource with this type and name; throws if there is not exactly one. */
  one(type: string, name: string): RecordedResource {
    const found = this.resources.filter((r) => r.type === type && r.name === name);
    if (found.length !== 1) {
      const seen = this.resources.map((r) => `${r.type}::${r.name}`).join("\n  ");
      throw new Error(
        `expected exactly one ${type} named ${name}, found ${found.length}; registered:\n  ${seen}`,
      );
    }
    return found[0];
  }
}

/**
 * Installs the mock runtime for a project and stack. Config must be set (see `configFromStackFile`)
 * before the program is imported; the program must be imported after this resolves.
 */
export async function installMocks(
  recorder: ResourceRecorder,
  project: string,
  stack: string,
  preview = false,
): Promise<void> {
  await pulumi.runtime.setMocks(recorder, project, stack, preview);
  // MockResourceArgs carries no parent (pulumi/pulumi#14421). The monitor calls newResource
  // synchronously inside registerResource, so handing the URN and parent over just before works.
  const settings = require("@pulumi/pulumi/runtime/settings");
  const monitor = settings.getMonitor();
  const original = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req: any, callback: any) => {
    const parent: string | undefined = req.getParent() || undefined;
    const dependencies = new Set<string>(req.getDependenciesList());
    const propertyDependencies: Record<string, string[]> = {};
    req.getPropertydependenciesMap().forEach((deps: { getUrnsList(): string[] }, key: string) => {
      propertyDependencies[key] = [...deps.getUrnsList()].sort();
      deps.getUrnsList().forEach((u) => dependencies.add(u));
    });
    recorder.nextRegistration = {
      urn: monitor.newUrn(parent, req.getType(), req.getName()),
      parent,
      dependencies: [...dependencies].sort(),
      propertyDependencies,
    };
    return original(req, callback);
  };
}

/** Waits until every outstanding registration has reached the mock monitor. */
export async function settle(): Promise<void> {
  // waitForRPCs is internal to @pulumi/pulumi but is the only way to know the program is done.
  const settings = require("@pulumi/pulumi/runtime/settings") as { waitForRPCs(): Promise<void> };
  await settings.waitForRPCs();
}

/** Resolves an Output (or plain value) in tests and tools. */
export function unwrap<T>(value: pulumi.Input<T> | pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) =>
    pulumi.output(value).apply((v) => {
      resolve(v as T);
      return v;
    }),
  );
}
