import * as aws from "@pulumi/aws";
import * as genesyscloud from "@pulumi/genesyscloud";
import * as pulumi from "@pulumi/pulumi";
import { ArchyFlow } from "./archyFlow";
import { BundledLambda } from "./bundledLambda";
import { expandDidRange } from "./didRange";
import { DEFAULT_LOG_RETENTION_DAYS } from "./logRetention";
import { DEFAULT_OBJECT_EXPIRATION_DAYS } from "./participantAttributesRules";
import { DEFAULT_TRIGGER_EVENT_TTL_SECONDS } from "./trigger/validation";
import { LambdaDataActionIntegration } from "./lambdaDataActionIntegration";
import type { PipelineMonitoring } from "./monitoring/metrics";
import { PipelineMonitor } from "./monitoring/pipelineMonitor";
import { participantAttributesMonitoring } from "./monitoring/pipelines";
import { ProcessAutomationTrigger } from "./processAutomationTrigger";
import { stableStringify } from "./stableJson";

/** The Genesys topic that fires once per customer leg when a call disconnects. */
export const CUSTOMER_END_TOPIC = "v2.detail.events.conversation.{id}.customer.end";

/** Objects the save Lambda writes live under this prefix; its S3 grant covers nothing else. */
export const SAVED_OBJECT_PREFIX = "participant-attributes/";

export interface ParticipantAttributesPipelineArgs {
  /** Genesys Cloud environment domain, e.g. "mypurecloud.com"; Archy and the trigger API use it. */
  readonly genesysEnvironment: pulumi.Input<string>;
  /** Genesys Cloud organization id; Genesys presents it as the external id when it assumes the Lambda role. */
  readonly orgId: pulumi.Input<string>;
  /** Prefix of every Genesys object name (flows, actions, IVR, trigger), so stacks sharing an org do not collide. */
  readonly namePrefix: string;
  /** Name of the S3 bucket the attributes are saved to. @default a name Pulumi generates from the component name. */
  readonly bucketName?: pulumi.Input<string>;
  /** Days a saved object is kept before S3 expires it. @default 365 */
  readonly objectExpirationDays?: pulumi.Input<number>;
  /**
   * First and last number of a DID range routed to the inbound flow through a DID pool and an IVR.
   * @default no DID pool and no IVR: route a number to the inbound flow yourself.
   */
  readonly didNumbers?: { readonly start: string; readonly end: string };
  /** Seconds after which Genesys drops an undelivered disconnect event. @default 60, unless triggerDelayBySeconds is set */
  readonly triggerEventTtlSeconds?: number;
  /** Seconds Genesys waits before starting the workflow (60–900). @default no delay */
  readonly triggerDelayBySeconds?: number;
  /** Path of the Archy executable. @default "archy", found on PATH */
  readonly archyPath?: pulumi.Input<string>;
  /** AWS account Genesys Cloud assumes the Lambda role from. @default "765628985471" (commercial regions) */
  readonly genesysAwsAccountId?: pulumi.Input<string>;
  /** Days the Lambdas' logs are kept. @default 30 */
  readonly logRetentionDays?: pulumi.Input<number>;
  /** SNS topic the Lambdas' error and throttle alarms notify. @default no alarms */
  readonly alarmTopicArn?: pulumi.Input<string>;
  /** Start of the alarms' names; the topic's key policy admits this prefix. @default "geo-" */
  readonly alarmNamePrefix?: string;
}

/**
 * Participant attributes saved to S3 when a call disconnects: an inbound call flow hands the caller
 * to a secure flow that gets a payment id from a Lambda data action and stores it as a participant
 * attribute; a trigger on customer.end starts a workflow that reads it and saves it through a
 * second Lambda data action.
 */
export class ParticipantAttributesPipeline extends pulumi.ComponentResource {
  public readonly bucket: aws.s3.Bucket;
  public readonly paymentIdLambda: BundledLambda;
  public readonly saveAttributesLambda: BundledLambda;
  public readonly dataActions: LambdaDataActionIntegration;
  public readonly secureFlow: ArchyFlow;
  public readonly inboundFlow: ArchyFlow;
  public readonly workflow: ArchyFlow;
  public readonly trigger: ProcessAutomationTrigger;
  /** Undefined when no DID range is configured. */
  public readonly didPool: genesyscloud.TelephonyProvidersEdgesDidPool | undefined;
  /** Undefined when no DID range is configured. */
  public readonly ivr: genesyscloud.ArchitectIvr | undefined;
  /** The Lambdas' alarms and dashboard graphs. */
  public readonly monitoring: PipelineMonitoring;
  public readonly monitor: PipelineMonitor;

  constructor(
    name: string,
    args: ParticipantAttributesPipelineArgs,
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super("geo:index:ParticipantAttributesPipeline", name, {}, opts);
    const dnis = args.didNumbers
      ? expandDidRange(args.didNumbers.start, args.didNumbers.end)
      : undefined;
    const prefix = args.namePrefix;
    const logRetentionDays = args.logRetentionDays ?? DEFAULT_LOG_RETENTION_DAYS;

    this.bucket = this.createBucket(name, args);

    this.paymentIdLambda = new BundledLambda(
      `${name}-payment-id`,
      {
        source: "payment-id",
        description:
          "Genesys data action: issues a random payment id for a card number it never stores or logs",
        logRetentionDays,
      },
      { parent: this },
    );

    this.saveAttributesLambda = new BundledLambda(
      `${name}-save-attributes`,
      {
        source: "save-attributes",
        description: "Genesys data action: saves a call's participant attributes to S3",
        environment: { BUCKET_NAME: this.bucket.bucket },
        policyStatements: [
          {
            Effect: "Allow",
            Action: ["s3:PutObject"],
            Resource: [pulumi.interpolate`${this.bucket.arn}/${SAVED_OBJECT_PREFIX}*`],
          },
        ],
        logRetentionDays,
      },
      { parent: this },
    );

    const category = `${prefix} Participant Attributes`;
    this.dataActions = new LambdaDataActionIntegration(
      `${name}-actions`,
      {
        integrationName: category,
        category,
        orgId: args.orgId,
        genesysAwsAccountId: args.genesysAwsAccountId,
        actions: {
          "payment-id": {
            name: `${prefix} Generate Payment Id`,
            functionArn: this.paymentIdLambda.functionArn,
            contract: "payment-id",
            // The input is a card number: keep it out of Genesys logs and execution history.
            secure: true,
          },
          "save-attributes": {
            name: `${prefix} Save Participant Attributes`,
            functionArn: this.saveAttributesLambda.functionArn,
            contract: "save-attributes",
          },
        },
      },
      { parent: this },
    );
    const paymentIdAction = this.dataActions.actions["payment-id"];
    const saveAction = this.dataActions.actions["save-attributes"];

    const flowArgs = { genesysEnvironment: args.genesysEnvironment, archyPath: args.archyPath };
    this.secureFlow = new ArchyFlow(
      `${name}-secure-flow`,
      {
        ...flowArgs,
        template: "participant-attributes/secure-payment.yaml",
        flowName: `${prefix} Secure Payment`,
        substitutions: {
          paymentIdCategory: this.dataActions.category,
          paymentIdAction: paymentIdAction.name,
        },
      },
      { parent: this, dependsOn: [paymentIdAction] },
    );

    // Archy resolves the transfer target by name when it publishes, so the secure flow must exist first.
    this.inboundFlow = new ArchyFlow(
      `${name}-inbound-flow`,
      {
        ...flowArgs,
        template: "participant-attributes/inbound-call.yaml",
        flowName: `${prefix} Inbound Call`,
        substitutions: { secureFlowName: this.secureFlow.flowName },
      },
      { parent: this, dependsOn: [this.secureFlow] },
    );

    this.workflow = new ArchyFlow(
      `${name}-workflow`,
      {
        ...flowArgs,
        template: "participant-attributes/save-attributes-workflow.yaml",
        flowName: `${prefix} Save Participant Attributes`,
        substitutions: {
          saveActionCategory: this.dataActions.category,
          saveAction: saveAction.name,
        },
      },
      { parent: this, dependsOn: [saveAction] },
    );

    this.trigger = new ProcessAutomationTrigger(
      `${name}-trigger`,
      {
        genesysEnvironment: args.genesysEnvironment,
        name: `${prefix} Save participant attributes on disconnect`,
        description: "Starts the save-attributes workflow when a voice caller disconnects",
        topicName: CUSTOMER_END_TOPIC,
        enabled: true,
        workflowId: this.workflow.flowId,
        dataFormat: "TopLevelPrimitives",
        matchCriteria: [{ jsonPath: "mediaType", operator: "Equal", value: "VOICE" }],
        ...triggerTiming(args),
      },
      { parent: this },
    );

    if (dnis && args.didNumbers) {
      this.didPool = new genesyscloud.TelephonyProvidersEdgesDidPool(
        `${name}-did-pool`,
        {
          startPhoneNumber: args.didNumbers.start,
          endPhoneNumber: args.didNumbers.end,
          description: `${prefix} participant attributes numbers`,
        },
        { parent: this },
      );
      this.ivr = new genesyscloud.ArchitectIvr(
        `${name}-ivr`,
        {
          name: `${prefix} Participant Attributes IVR`,
          description: "Routes the pipeline's numbers to its inbound call flow",
          dnis,
          openHoursFlowId: this.inboundFlow.flowId,
        },
        { parent: this, dependsOn: [this.didPool] },
      );
    }

    this.monitoring = participantAttributesMonitoring({
      paymentIdFunctionName: this.paymentIdLambda.functionName,
      saveAttributesFunctionName: this.saveAttributesLambda.functionName,
    });
    this.monitor = new PipelineMonitor(
      `${name}-monitor`,
      {
        monitoring: this.monitoring,
        alarmTopicArn: args.alarmTopicArn,
        alarmNamePrefix: args.alarmNamePrefix ?? "geo-",
      },
      { parent: this },
    );

    this.registerOutputs({
      bucketName: this.bucket.bucket,
      inboundFlowId: this.inboundFlow.flowId,
      workflowId: this.workflow.flowId,
      triggerId: this.trigger.triggerId,
    });
  }

  private createBucket(name: string, args: ParticipantAttributesPipelineArgs): aws.s3.Bucket {
    const bucket = new aws.s3.Bucket(
      `${name}-bucket`,
      { bucket: args.bucketName },
      { parent: this },
    );
    const publicAccess = new aws.s3.BucketPublicAccessBlock(
      `${name}-bucket-public-access`,
      {
        bucket: bucket.id,
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      },
      { parent: this },
    );
    new aws.s3.BucketOwnershipControls(
      `${name}-bucket-ownership`,
      {
        bucket: bucket.id,
        rule: { objectOwnership: "BucketOwnerEnforced" },
      },
      { parent: this },
    );
    new aws.s3.BucketServerSideEncryptionConfiguration(
      `${name}-bucket-encryption`,
      {
        bucket: bucket.id,
        rules: [
          {
            applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" },
            bucketKeyEnabled: true,
          },
        ],
      },
      { parent: this },
    );
    new aws.s3.BucketVersioning(
      `${name}-bucket-versioning`,
      {
        bucket: bucket.id,
        versioningConfiguration: { status: "Enabled" },
      },
      { parent: this },
    );
    new aws.s3.BucketLifecycleConfiguration(
      `${name}-bucket-lifecycle`,
      {
        bucket: bucket.id,
        rules: [
          {
            id: "expire-saved-attributes",
            status: "Enabled",
            filter: { prefix: "" },
            expiration: { days: args.objectExpirationDays ?? DEFAULT_OBJECT_EXPIRATION_DAYS },
            noncurrentVersionExpiration: { noncurrentDays: 30 },
            abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
          },
        ],
      },
      { parent: this },
    );
    // A policy is "public" to S3 until the block exists, so attach it after.
    new aws.s3.BucketPolicy(
      `${name}-bucket-policy`,
      {
        bucket: bucket.id,
        policy: bucket.arn.apply((arn) =>
          stableStringify({
            Version: "2012-10-17",
            Statement: [
              {
                Sid: "DenyInsecureTransport",
                Effect: "Deny",
                Principal: "*",
                Action: "s3:*",
                Resource: [arn, `${arn}/*`],
                Condition: { Bool: { "aws:SecureTransport": "false" } },
              },
            ],
          }),
        ),
      },
      { parent: this, dependsOn: [publicAccess] },
    );
    return bucket;
  }
}

function triggerTiming(args: ParticipantAttributesPipelineArgs): {
  eventTTLSeconds?: number;
  delayBySeconds?: number;
} {
  if (args.triggerDelayBySeconds !== undefined) {
    if (args.triggerEventTtlSeconds !== undefined) {
      throw new Error(
        "ParticipantAttributesPipeline: set triggerEventTtlSeconds or triggerDelayBySeconds, not both",
      );
    }
    return { delayBySeconds: args.triggerDelayBySeconds };
  }
  return { eventTTLSeconds: args.triggerEventTtlSeconds ?? DEFAULT_TRIGGER_EVENT_TTL_SECONDS };
}
