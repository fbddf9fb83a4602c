import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { stableStringify } from "../stableJson";

export interface AlarmNotificationsArgs {
  /** The stack's AWS account, for the key and topic policies' confused-deputy conditions. */
  readonly accountId: pulumi.Input<string>;
  /** The stack's region. */
  readonly region: pulumi.Input<string>;
  /** Start of the names of the alarms allowed to publish, e.g. "geo-dev-". */
  readonly alarmNamePrefix: string;
  /** An address that gets every alarm and recovery by email (it must confirm once). @default no email subscription */
  readonly email?: pulumi.Input<string>;
  /** An https webhook that gets every alarm and recovery; may hold a token, so pass it as a secret. @default no webhook */
  readonly httpsEndpoint?: pulumi.Input<string>;
}

/**
 * The key policy of the topic's key: the account administers it through IAM (the default key
 * policy's first statement), and CloudWatch may use it only on behalf of this account's alarms
 * with the stack's prefix. CloudWatch cannot publish to a topic encrypted with a customer managed
 * key without kms:Decrypt and kms:GenerateDataKey* on it
 * (https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services).
 */
export function alarmTopicKeyPolicy(
  accountId: string,
  region: string,
  alarmNamePrefix: string,
): string {
  return stableStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AccountAdministersTheKey",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${accountId}:root` },
        Action: "kms:*",
        Resource: "*",
      },
      {
        Sid: "CloudWatchAlarmsPublishEncrypted",
        Effect: "Allow",
        Principal: { Service: "cloudwatch.amazonaws.com" },
        Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
        Resource: "*",
        Condition: alarmSourceCondition(accountId, region, alarmNamePrefix),
      },
    ],
  });
}

/** Only CloudWatch, acting for this stack's alarms, may publish to the topic. */
export function alarmTopicPolicy(
  topicArn: string,
  accountId: string,
  region: string,
  alarmNamePrefix: string,
): string {
  return stableStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "CloudWatchAlarmsPublish",
        Effect: "Allow",
        Principal: { Service: "cloudwatch.amazonaws.com" },
        Action: "sns:Publish",
        Resource: topicArn,
        Condition: alarmSourceCondition(accountId, region, alarmNamePrefix),
      },
    ],
  });
}

function alarmSourceCondition(accountId: string, region: string, alarmNamePrefix: string) {
  return {
    StringEquals: { "aws:SourceAccount": accountId },
    ArnLike: {
      "aws:SourceArn": `arn:aws:cloudwatch:${region}:${accountId}:alarm:${alarmNamePrefix}*`,
    },
  };
}

/**
 * The stack's one alarm topic: encrypted with its own customer managed key (rotated yearly) whose
 * policy lets CloudWatch alarms publish, and optionally an email and an https subscription.
 */
export class AlarmNotifications extends pulumi.ComponentResource {
  public readonly key: aws.kms.Key;
  public readonly topic: aws.sns.Topic;
  public readonly topicArn: pulumi.Output<string>;
  /** Undefined without email. */
  public readonly emailSubscription: aws.sns.TopicSubscription | undefined;
  /** Undefined without httpsEndpoint. */
  public readonly httpsSubscription: aws.sns.TopicSubscription | undefined;

  /**
   * @param name Logical name; children are `${name}-<role>`.
   * @param args The account, region, alarm name prefix and subscriptions.
   * @param opts Options for the component.
   */
  constructor(name: string, args: AlarmNotificationsArgs, opts?: pulumi.ComponentResourceOptions) {
    super("geo:monitoring:AlarmNotifications", name, {}, opts);
    this.key = new aws.kms.Key(
      `${name}-key`,
      {
        description: "Encrypts the alarm notifications topic of this stack",
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        policy: pulumi
          .all([args.accountId, args.region])
          .apply(([account, region]) => alarmTopicKeyPolicy(account, region, args.alarmNamePrefix)),
      },
      { parent: this },
    );
    this.topic = new aws.sns.Topic(
      `${name}-topic`,
      { kmsMasterKeyId: this.key.arn },
      { parent: this },
    );
    this.topicArn = this.topic.arn;
    new aws.sns.TopicPolicy(
      `${name}-topic-policy`,
      {
        arn: this.topic.arn,
        policy: pulumi
          .all([this.topic.arn, args.accountId, args.region])
          .apply(([topic, account, region]) =>
            alarmTopicPolicy(topic, account, region, args.alarmNamePrefix),
          ),
      },
      { parent: this },
    );
    this.emailSubscription =
      args.email === undefined
        ? undefined
        : new aws.sns.TopicSubscription(
            `${name}-email`,
            {
              topic: this.topic.arn,
              protocol: "email",
              endpoint: args.email,
            },
            { parent: this },
          );
    this.httpsSubscription =
      args.httpsEndpoint === undefined
        ? undefined
        : new aws.sns.TopicSubscription(
            `${name}-https`,
            {
              topic: this.topic.arn,
              protocol: "https",
              endpoint: pulumi.secret(args.httpsEndpoint),
            },
            { parent: this },
          );
    this.registerOutputs({ topicArn: this.topicArn });
  }
}
