import * as fs from "node:fs";
import * as path from "node:path";
import * as aws from "@pulumi/aws";
import * as genesyscloud from "@pulumi/genesyscloud";
import * as pulumi from "@pulumi/pulumi";
import { stableStringify } from "./stableJson";

/** Genesys Cloud's AWS account for commercial regions; FedRAMP uses another (see genesysEnvironments.ts). */
export const GENESYS_COMMERCIAL_AWS_ACCOUNT_ID = "765628985471";

const LAMBDAS_DIR = path.join(__dirname, "..", "lambdas");

/** One data action that invokes a Lambda function. */
export interface LambdaDataActionSpec {
  /** Name of the data action; flows call it by this name within its category. */
  readonly name: pulumi.Input<string>;
  /** ARN of the function Genesys invokes. */
  readonly functionArn: pulumi.Input<string>;
  /** Folder under lambdas/ whose contract.json holds the action's input and output JSON schemas. */
  readonly contract: string;
  /**
   * Whether Genesys hides the action's inputs and outputs from logs and execution history.
   * @default false. Set it for anything carrying card or payment data.
   */
  readonly secure?: boolean;
  /** Seconds Genesys waits for the function. @default Genesys' own default (not sent). */
  readonly timeoutSeconds?: number;
}

export interface LambdaDataActionIntegrationArgs {
  /** Display name of the Genesys integration and its credential. */
  readonly integrationName: pulumi.Input<string>;
  /** Category the actions are filed under; Architect looks actions up by category and name. @default the integration name. */
  readonly category?: pulumi.Input<string>;
  /** Genesys Cloud organization id: the `sts:ExternalId` Genesys presents when it assumes the role. */
  readonly orgId: pulumi.Input<string>;
  /** AWS account Genesys Cloud assumes the role from. @default "765628985471" (commercial regions). */
  readonly genesysAwsAccountId?: pulumi.Input<string>;
  /** The actions, keyed by a stable id used in child resource names. */
  readonly actions: Record<string, LambdaDataActionSpec>;
}

/** The input and output schemas of a data action, read from its Lambda's contract file. */
export interface DataActionContract {
  readonly input: Record<string, unknown>;
  readonly output: Record<string, unknown>;
}

/** Reads lambdas/<folder>/contract.json; throws naming the file when it is missing or malformed. */
export function readContract(folder: string, lambdasDir = LAMBDAS_DIR): DataActionContract {
  const file = path.join(lambdasDir, folder, "contract.json");
  if (!fs.existsSync(file)) {
    throw new Error(`data action contract lambdas/${folder}/contract.json does not exist; fix: add it with "input" and "output" JSON schemas`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw new Error(`data action contract lambdas/${folder}/contract.json is not valid JSON (${(err as Error).message}); fix the file`);
  }
  const contract = parsed as Partial<DataActionContract>;
  for (const side of ["input", "output"] as const) {
    const schema = contract[side];
    if (!schema || typeof schema !== "object" || (schema as { type?: unknown }).type !== "object") {
      throw new Error(`data action contract lambdas/${folder}/contract.json: "${side}" must be a JSON schema with "type": "object"; fix the file`);
    }
  }
  return contract as DataActionContract;
}

/** Checks the args that must be known before anything is created. */
export function validateLambdaDataActionArgs(args: LambdaDataActionIntegrationArgs): void {
  const keys = Object.keys(args.actions);
  if (keys.length === 0) {
    throw new Error("LambdaDataActionIntegration: actions is empty; fix: give at least one action");
  }
  for (const key of keys) {
    if (!/^[a-z][a-z0-9-]*$/.test(key)) {
      throw new Error(`LambdaDataActionIntegration: action key "${key}" must be lower-case letters, digits and -; it names child resources`);
    }
    const timeout = args.actions[key].timeoutSeconds;
    if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < 1 || timeout > 60)) {
      throw new Error(`LambdaDataActionIntegration: actions.${key}.timeoutSeconds is ${timeout}; fix: use a whole number of seconds from 1 to 60`);
    }
  }
}

/**
 * Lets Genesys Cloud call Lambda functions as data actions: the IAM role Genesys assumes (pinned to
 * the org id as external id), the `amazonWebServicesARN` credential, the `aws-lambda-data-actions`
 * integration and one data action per function.
 */
export class LambdaDataActionIntegration extends pulumi.ComponentResource {
  /** The role Genesys Cloud assumes to invoke the functions. */
  public readonly role: aws.iam.Role;
  public readonly integration: genesyscloud.Integration;
  /** The data actions, by the keys given in args. */
  public readonly actions: Record<string, genesyscloud.IntegrationAction>;
  /** The category the actions are filed under. */
  public readonly category: pulumi.Output<string>;

  constructor(name: string, args: LambdaDataActionIntegrationArgs, opts?: pulumi.ComponentResourceOptions) {
    super("geo:index:LambdaDataActionIntegration", name, {}, opts);
    validateLambdaDataActionArgs(args);
    const keys = Object.keys(args.actions).sort();
    const contracts = Object.fromEntries(keys.map((key) => [key, readContract(args.actions[key].contract)]));

    this.role = new aws.iam.Role(`${name}-genesys-role`, {
      description: "Assumed by Genesys Cloud to invoke data-action Lambda functions",
      assumeRolePolicy: pulumi
        .all([args.genesysAwsAccountId ?? GENESYS_COMMERCIAL_AWS_ACCOUNT_ID, args.orgId])
        .apply(([account, orgId]) =>
          stableStringify({
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Allow",
                Action: "sts:AssumeRole",
                Principal: { AWS: `arn:aws:iam::${account}:root` },
                Condition: { StringEquals: { "sts:ExternalId": orgId } },
              },
            ],
          }),
        ),
    }, { parent: this });

    const invokePolicy = new aws.iam.RolePolicy(`${name}-invoke`, {
      role: this.role.name,
      policy: pulumi.all(keys.map((key) => args.actions[key].functionArn)).apply((arns) =>
        stableStringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "lambda:InvokeFunction", Resource: arns }],
        }),
      ),
    }, { parent: this });

    const credential = new genesyscloud.IntegrationCredential(`${name}-credential`, {
      name: pulumi.interpolate`${args.integrationName} role`,
      credentialTypeName: "amazonWebServicesARN",
      fields: { ARN: this.role.arn },
    }, { parent: this });

    // Genesys checks the role when the integration is enabled, so the invoke grant must exist first.
    this.integration = new genesyscloud.Integration(`${name}-integration`, {
      integrationType: "aws-lambda-data-actions",
      intendedState: "ENABLED",
      config: {
        name: args.integrationName,
        properties: "{}",
        advanced: "{}",
        credentials: { AmazonWebServicesARN: credential.id },
        notes: "Managed by Pulumi (genesys-event-orchestration)",
      },
    }, { parent: this, dependsOn: [invokePolicy] });

    this.category = pulumi.output(args.category ?? args.integrationName);
    this.actions = {};
    for (const key of keys) {
      const spec = args.actions[key];
      this.actions[key] = new genesyscloud.IntegrationAction(`${name}-${key}`, {
        name: spec.name,
        category: this.category,
        integrationId: this.integration.id,
        secure: spec.secure ?? false,
        configTimeoutSeconds: spec.timeoutSeconds,
        contractInput: stableStringify(contracts[key].input),
        contractOutput: stableStringify(contracts[key].output),
        configRequest: {
          requestType: "POST",
          requestUrlTemplate: spec.functionArn,
          // Velocity: pass the action's inputs to the function unchanged, as the event.
          requestTemplate: "${input.rawRequest}",
        },
        configResponse: {
          successTemplate: "${rawResult}",
          translationMap: {},
          translationMapDefaults: {},
        },
      }, { parent: this });
    }

    this.registerOutputs({ role: this.role, integration: this.integration, actions: this.actions, category: this.category });
  }
}
