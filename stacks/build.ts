import * as aws from "@pulumi/aws";
import * as genesyscloud from "@pulumi/genesyscloud";
import * as pulumi from "@pulumi/pulumi";
import { EventBridgePipeline } from "../components/eventBridgePipeline";
import { AlarmNotifications } from "../components/monitoring/alarmNotifications";
import type { WidgetSpec } from "../components/monitoring/metrics";
import { OperationsDashboard } from "../components/monitoring/operationsDashboard";
import { NegativeSentimentCallback } from "../components/negativeSentimentCallback";
import { ParticipantAttributesPipeline } from "../components/participantAttributesPipeline";
import { participantAttributesBucketName, StackConfig } from "./config";

/** The stack outputs users see after `pulumi up`. */
export type StackOutputs = Record<string, pulumi.Output<unknown>>;

/** What the deploy learned before building: the org of the deploying client (the preflight reads it). */
export interface DeployContext {
  readonly orgId?: string;
}

/** `geo-<stack>-`: the start of every alarm name of the stack, also what its topic's key admits. */
export function alarmNamePrefix(stack: string): string {
  return `geo-${stack}-`.replace(/[^A-Za-z0-9_-]+/g, "-");
}

/** Builds every integration the stack's config enables. Config is already validated. */
export function buildStack(config: StackConfig, deploy: DeployContext = {}): StackOutputs {
  // Credentials come from GENESYSCLOUD_OAUTHCLIENT_ID/SECRET, read by the provider itself at deploy time.
  const genesys = new genesyscloud.Provider("genesyscloud", {
    awsRegion: config.genesys.providerRegion,
  });
  const knownOrgId = config.genesys.orgId ?? deploy.orgId;
  const orgId = knownOrgId
    ? pulumi.output(knownOrgId)
    : genesyscloud.getOrganizationsMeOutput({}, { provider: genesys }).id;
  const outputs: StackOutputs = { genesysOrgId: orgId };

  // One encrypted topic that every alarm of the stack notifies, on alarm and on recovery.
  const alarmPrefix = alarmNamePrefix(config.stack);
  const notifications = config.alarms.enabled
    ? new AlarmNotifications("alarms", {
        accountId: aws.getCallerIdentityOutput().accountId,
        region: config.awsRegion,
        alarmNamePrefix: alarmPrefix,
        email: config.alarms.email,
        // Config values reach the program in plain text: mark the webhook secret again.
        httpsEndpoint:
          config.alarms.httpsEndpoint === undefined
            ? undefined
            : pulumi.secret(config.alarms.httpsEndpoint),
      })
    : undefined;
  const alarms = { alarmTopicArn: notifications?.topicArn, alarmNamePrefix: alarmPrefix };
  if (notifications) outputs.alarmTopicArn = notifications.topicArn;
  const widgets: WidgetSpec[] = [];

  const attributes = config.participantAttributes;
  if (attributes) {
    const pipeline = new ParticipantAttributesPipeline(
      "participant-attributes",
      {
        genesysEnvironment: config.genesys.environment,
        orgId,
        namePrefix: config.genesys.namePrefix,
        bucketName: attributes.bucketName ?? defaultBucketName(config.stack),
        objectExpirationDays: attributes.objectExpirationDays,
        didNumbers: attributes.didNumbers,
        triggerEventTtlSeconds:
          "eventTtlSeconds" in attributes.trigger ? attributes.trigger.eventTtlSeconds : undefined,
        triggerDelayBySeconds:
          "delayBySeconds" in attributes.trigger ? attributes.trigger.delayBySeconds : undefined,
        archyPath: config.genesys.archyPath,
        genesysAwsAccountId: config.genesys.lambdaTrustAccountId,
        logRetentionDays: attributes.logRetentionDays,
        ...alarms,
      },
      { providers: [genesys] },
    );
    outputs.participantAttributesBucket = pipeline.bucket.bucket;
    outputs.participantAttributesWorkflowId = pipeline.workflow.flowId;
    outputs.participantAttributesTriggerId = pipeline.trigger.triggerId;
    widgets.push(...pipeline.monitoring.widgets);
  }

  const sentiment = config.negativeSentiment;
  if (sentiment) {
    const pipeline = new NegativeSentimentCallback(
      "negative-sentiment",
      {
        genesysEnvironment: config.genesys.environment,
        namePrefix: config.genesys.namePrefix,
        smsNumber: sentiment.smsNumber,
        callbackQueue: sentiment.callbackQueue,
        wrapupCode: sentiment.wrapupCode,
        sentimentThreshold: sentiment.sentimentThreshold,
        callbackDelayMinutes: sentiment.callbackDelayMinutes,
        acknowledgementText: sentiment.acknowledgementText,
        // Config values reach the program in plain text: mark the credentials secret again.
        chatWebhookUrl:
          sentiment.chatWebhookUrl === undefined
            ? undefined
            : pulumi.secret(sentiment.chatWebhookUrl),
        existingOAuthClient: sentiment.oauthClient && {
          clientId: sentiment.oauthClient.id,
          clientSecret: pulumi.secret(sentiment.oauthClient.secret),
        },
        roleDivisionId: sentiment.divisionId,
        archyPath: config.genesys.archyPath,
      },
      { providers: [genesys] },
    );
    outputs.negativeSentimentWorkflowId = pipeline.workflow.flowId;
    outputs.negativeSentimentTriggerId = pipeline.trigger.triggerId;
    outputs.negativeSentimentCallbackQueueId = pipeline.callbackQueueId;
    outputs.negativeSentimentWrapupCodeId = pipeline.wrapupCodeId;
  }

  const events = config.eventPipeline;
  if (events) {
    const pipeline = new EventBridgePipeline(
      "event-pipeline",
      {
        orgId,
        awsAccountId: aws.getCallerIdentityOutput().accountId,
        awsRegion: config.awsRegion,
        namePrefix: config.genesys.namePrefix,
        eventSourceSuffix: events.eventSourceSuffix,
        topics: events.topics,
        queueIds: events.queueIds,
        workflowType: events.workflowType,
        maxConcurrency: events.maxConcurrency,
        outageToleranceHours: events.outageToleranceHours,
        retentionDays: events.retentionDays,
        ...alarms,
      },
      { providers: [genesys] },
    );
    outputs.eventSourceName = pipeline.eventSourceName;
    outputs.eventStateMachineArn = pipeline.stateMachine.arn;
    outputs.eventDeadLetterQueueUrl = pipeline.deadLetterQueue.url;
    outputs.eventsTableName = pipeline.eventsTable.name;
    widgets.unshift(...pipeline.monitoring.widgets);
  }

  if (widgets.length > 0) {
    const dashboard = new OperationsDashboard("operations", {
      dashboardName: `${alarmPrefix}operations`,
      region: config.awsRegion,
      widgets,
    });
    outputs.dashboardUrl = dashboard.url;
  }
  return outputs;
}

/** Bucket names are global: the stack and account make the default unique without a random suffix. */
function defaultBucketName(stack: string): pulumi.Output<string> {
  return aws
    .getCallerIdentityOutput()
    .accountId.apply((account) => participantAttributesBucketName(stack, account));
}
