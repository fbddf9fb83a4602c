import * as fs from "node:fs";
import * as path from "node:path";
import * as aws from "@pulumi/aws";
import * as genesyscloud from "@pulumi/genesyscloud";
import * as pulumi from "@pulumi/pulumi";
import {
  createDataActions,
  DataActionContract,
  DataActionSpec,
  readDataActionContract,
  validateDataActionSpecs,
} from "./dataActions";
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

/** Reads lambdas/<folder>/contract.json; throws naming the file when it is missing or malformed. */
export function readContract(folder: string, lambdasDir = LAMBDAS_DIR): DataActionContract {
  if (!fs.existsSync(path.join(lambdasDir, folder, "contract.json"))) {
    throw new Error(
      `data action contract lambdas/${folder}/contract.json does not exist; fix: add it with "input" and "output" JSON schemas`,
    );
  }
  return readDataActionContract(path.join(lambdasDir, folder), "contract.json");
}

/** The specs of the actions, each POSTing its inputs to its function. */
function lambdaActionSpecs(
  actions: Record<string, LambdaDataActionSpec>,
): Record<string, DataActionSpec> {
  return Object.fromEntries(
    Object.entries(actions).map(([key, spec]) => [
      key,
      {
        name: spec.name,
        contract: readContract(spec.contract),
        requestType: "POST",
        requestUrlTemplate: spec.functionArn,
        secure: spec.secure,
        timeoutSeconds: spec.timeoutSeconds,
      } satisfies DataActionSpec,
    ]),
  );
}

/** Checks the args and returns the action specs; throws naming the field, value and fix. */
export function validateLambdaDataActionArgs(
  args: LambdaDataActionIntegrationArgs,
): Record<string, DataActionSpec> {
  const specs = lambdaActionSpecs(args.actions);
  validateDataActionSpecs("LambdaDataActionIntegration", specs);
  return specs;
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

  constructor(
    name: string,
    args: LambdaDataActionIntegrationArgs,
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super("geo:index:LambdaDataActionIntegration", name, {}, opts);
    const specs = validateLambdaDataActionArgs(args);
    const keys = Object.keys(args.actions).sort();

    this.role = new aws.iam.Role(
      `${name}-genesys-role`,
      {
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
      },
      { parent: this },
    );

    const invokePolicy = new aws.iam.RolePolicy(
      `${name}-invoke`,
      {
        role: this.role.name,
        policy: pulumi.all(keys.map((key) => args.actions[key].functionArn)).apply((arns) =>
          stableStringify({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Action: "lambda:InvokeFunction", Resource: arns }],
          }),
        ),
      },
      { parent: this },
    );

    const credential = new genesyscloud.IntegrationCredential(
      `${name}-credential`,
      {
        name: pulumi.interpolate`${args.integrationName} role`,
        credentialTypeName: "amazonWebServicesARN",
        fields: { ARN: this.role.arn },
      },
      { parent: this },
    );

    // Genesys checks the role when the integration is enabled, so the invoke grant must exist first.
    this.integration = new genesyscloud.Integration(
      `${name}-integration`,
      {
        integrationType: "aws-lambda-data-actions",
        intendedState: "ENABLED",
        config: {
          name: args.integrationName,
          properties: "{}",
          advanced: "{}",
          credentials: { AmazonWebServicesARN: credential.id },
          notes: "Managed by Pulumi (genesys-event-orchestration)",
        },
      },
      { parent: this, dependsOn: [invokePolicy] },
    );

    this.category = pulumi.output(args.category ?? args.integrationName);
    this.actions = createDataActions(name, specs, this.integration.id, this.category, this);

    this.registerOutputs({
      role: this.role,
      integration: this.integration,
      actions: this.actions,
      category: this.category,
    });
  }
}
