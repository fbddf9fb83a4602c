import * as aws from "@pulumi/aws";
import * as genesyscloud from "@pulumi/genesyscloud";
import * as pulumi from "@pulumi/pulumi";
import { QUEUE_ENDS_TABLE_ENV, WATCHED_QUEUE_IDS_ENV } from "../lambdas/shared/pipelineContract";
import { LOWERCASE_UUID as UUID } from "../lambdas/shared/uuid";
import { BundledLambda, LOG_RETENTION_DAYS } from "./bundledLambda";
import {
  awsDefinitionProblems,
  pipelineDefinitionProblems,
  worstCaseSeconds,
} from "./eventbridge/aslChecks";
import {
  CONVERSATION_DETAIL_TOPICS,
  conversationEventPattern,
  EVENT_SOURCE_SUFFIX,
  partnerEventSourceName,
  RULE_INPUT_TRANSFORMER,
  RULE_TARGET_RETRY_POLICY,
  USER_END_TOPIC,
} from "./eventbridge/events";
import {
  eventBridgeSendPolicy,
  pipeArnPattern,
  pipePolicy,
  serviceTrustPolicy,
  stateMachineArnPattern,
  stateMachinePolicy,
} from "./eventbridge/policies";
import {
  DEAD_LETTER_RETENTION_SECONDS,
  deriveBufferSettings,
  maxConcurrencyProblem,
  outageToleranceProblem,
  PIPE_BATCH_SIZE,
  PROCESSOR_MEMORY_MB,
  PROCESSOR_TIMEOUT_SECONDS,
  resolveMaxConcurrency,
  resolveOutageToleranceHours,
  WATCHED_QUEUE_IDS_MAX_CHARS,
  type BufferSettings,
} from "./eventbridge/settings";
import {
  conversationStateMachineDefinition,
  WORKFLOW_TYPES,
  type WorkflowType,
} from "./eventbridge/stateMachine";
import type { PipelineMonitoring } from "./monitoring/metrics";
import { PipelineMonitor } from "./monitoring/pipelineMonitor";
import { eventPipelineMonitoring } from "./monitoring/pipelines";
import { partnerEventSourceReady } from "./partnerEventSource";
import { stableStringify } from "./stableJson";

/** Arguments of an EventBridgePipeline. */
export interface EventBridgePipelineArgs {
  /** Genesys Cloud organization id; the partner event source's name contains it. */
  readonly orgId: pulumi.Input<string>;
  /** AWS account Genesys delivers events to: the stack's own account. */
  readonly awsAccountId: pulumi.Input<string>;
  /** AWS region Genesys delivers events to: the stack's own region, e.g. "us-east-1". */
  readonly awsRegion: pulumi.Input<string>;
  /** Prefix of the Genesys integration's name, so stacks sharing an org do not collide. */
  readonly namePrefix: string;
  /** Last part of the partner event source name: 1–64 letters, digits, '.', '-' or '_'. */
  readonly eventSourceSuffix: string;
  /** Conversation detail topic templates Genesys sends, e.g. "v2.detail.events.conversation.{id}.customer.end". */
  readonly topics: readonly string[];
  /** Queues whose agent-leg ends (user.end) are recorded. @default none: no queue-end rule, Lambda or table */
  readonly queueIds?: readonly string[];
  /** Step Functions workflow type of the processing state machine. @default "EXPRESS" */
  readonly workflowType?: WorkflowType;
  /** Processor invocations at once, each with a batch of up to 10 events: the processor's reserved concurrency (1–900). @default 10 */
  readonly maxConcurrency?: number;
  /**
   * Hours a well-formed event may keep failing (a store or processor outage, overload) before it
   * is moved to the dead-letter queue; sizes the buffer queue (deriveBufferSettings). 1–336. @default 24
   */
  readonly outageToleranceHours?: number;
  /** Days stored events, queue ends and archived events are kept (1–3650). @default 30 */
  readonly retentionDays?: number;
  /** Days the Lambdas' and the state machine's logs are kept; a CloudWatch Logs retention value. @default 30 */
  readonly logRetentionDays?: number;
  /** SNS topic every alarm of the pipeline notifies, on alarm and on recovery. @default no alarms */
  readonly alarmTopicArn?: pulumi.Input<string>;
  /** Start of the alarms' names; the topic's key policy admits this prefix. @default "geo-" */
  readonly alarmNamePrefix?: string;
}

/** The settings that shape resources, checked before any is created. */
export type EventBridgePipelineSettings = Pick<
  EventBridgePipelineArgs,
  | "namePrefix"
  | "eventSourceSuffix"
  | "topics"
  | "queueIds"
  | "workflowType"
  | "maxConcurrency"
  | "outageToleranceHours"
  | "retentionDays"
  | "logRetentionDays"
>;

/** Throws on the first bad setting, naming the field, the value and the fix. */
export function validateEventBridgePipelineArgs(args: EventBridgePipelineSettings): void {
  const fail = (field: string, value: unknown, problem: string, fix: string): never => {
    throw new Error(
      `EventBridgePipeline ${field} ${problem}; got ${JSON.stringify(value)}. Fix: ${fix}`,
    );
  };
  if (args.namePrefix.trim() === "")
    fail(
      "namePrefix",
      args.namePrefix,
      "is empty",
      "pass the prefix of the stack's Genesys object names",
    );
  if (!EVENT_SOURCE_SUFFIX.test(args.eventSourceSuffix)) {
    fail(
      "eventSourceSuffix",
      args.eventSourceSuffix,
      "is not 1–64 letters, digits, '.', '-' or '_'",
      'use a suffix such as "dev-conversations"',
    );
  }
  if (args.topics.length === 0)
    fail(
      "topics",
      args.topics,
      "is empty",
      `subscribe at least one topic, e.g. "${USER_END_TOPIC}"`,
    );
  args.topics.forEach((topic, i) => {
    if (!CONVERSATION_DETAIL_TOPICS.includes(topic))
      fail(
        `topics[${i}]`,
        topic,
        "is not a conversation detail topic template",
        `use one of ${CONVERSATION_DETAIL_TOPICS.join(", ")}`,
      );
    if (args.topics.indexOf(topic) !== i)
      fail(`topics[${i}]`, topic, "repeats an earlier topic", "remove the repeat");
  });
  const queueIds = args.queueIds ?? [];
  queueIds.forEach((id, i) => {
    if (!UUID.test(id))
      fail(
        `queueIds[${i}]`,
        id,
        "is not a lowercase queue id (UUID)",
        "pass the queue's id as Genesys sends it, in lowercase",
      );
    if (queueIds.indexOf(id) !== i)
      fail(`queueIds[${i}]`, id, "repeats an earlier queue id", "remove the repeat");
  });
  if (queueIds.length > 0 && !args.topics.includes(USER_END_TOPIC)) {
    fail(
      "queueIds",
      queueIds,
      `need the topic ${USER_END_TOPIC} in topics`,
      "subscribe to user.end, the event that carries the queue of an ended agent leg",
    );
  }
  const watched = queueIds.join(",").length;
  if (watched > WATCHED_QUEUE_IDS_MAX_CHARS)
    fail(
      "queueIds",
      queueIds,
      `make a ${watched}-character ${WATCHED_QUEUE_IDS_ENV} environment variable, over ${WATCHED_QUEUE_IDS_MAX_CHARS}`,
      "watch fewer queues (55 fit)",
    );
  if (args.workflowType !== undefined && !WORKFLOW_TYPES.includes(args.workflowType)) {
    fail(
      "workflowType",
      args.workflowType,
      "is not EXPRESS or STANDARD",
      'pass "EXPRESS" (the default) or "STANDARD"',
    );
  }
  const concurrency =
    args.maxConcurrency === undefined ? undefined : maxConcurrencyProblem(args.maxConcurrency);
  if (concurrency)
    fail("maxConcurrency", args.maxConcurrency, concurrency.problem, concurrency.fix);
  const tolerance =
    args.outageToleranceHours === undefined
      ? undefined
      : outageToleranceProblem(args.outageToleranceHours);
  if (tolerance)
    fail("outageToleranceHours", args.outageToleranceHours, tolerance.problem, tolerance.fix);
  const retention = args.retentionDays;
  if (
    retention !== undefined &&
    !(Number.isInteger(retention) && retention >= 1 && retention <= 3650)
  ) {
    fail(
      "retentionDays",
      retention,
      "is not an integer from 1 to 3650",
      "pass the days to keep stored events, or omit it for 30",
    );
  }
  const logs = args.logRetentionDays;
  if (logs !== undefined && !(LOG_RETENTION_DAYS as readonly number[]).includes(logs)) {
    fail(
      "logRetentionDays",
      logs,
      "is not a CloudWatch Logs retention value",
      `use one of ${LOG_RETENTION_DAYS.join(", ")}`,
    );
  }
}

/**
 * The definition with placeholder ARNs, checked once at construction (its shape does not depend on
 * them), and the buffer settings its worst case sizes.
 */
function checkDefinition(workflowType: WorkflowType, outageToleranceHours: number): BufferSettings {
  const definition = conversationStateMachineDefinition({
    processorArn: "arn:aws:lambda:us-east-1:123456789012:function:processor",
    malformedQueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/malformed",
    deadLetterQueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/dead-letters",
    workflowType,
  });
  const problems = [
    ...awsDefinitionProblems(definition, workflowType),
    ...pipelineDefinitionProblems(definition, workflowType, PIPE_BATCH_SIZE),
  ];
  if (problems.length > 0)
    throw new Error(
      `EventBridgePipeline: the state machine definition is invalid:\n  ${problems.join("\n  ")}`,
    );
  return deriveBufferSettings(outageToleranceHours, worstCaseSeconds(definition, PIPE_BATCH_SIZE));
}

/**
 * Genesys Cloud conversation events through EventBridge, processed at high volume: the Genesys
 * `amazon-eventbridge-source` integration, the partner event bus with an archive, a rule that
 * buffers every subscribed conversation event in SQS, a pipe that starts the state machine with
 * batches of them, the state machine storing each batch in DynamoDB through one Lambda call (each
 * event once) with bounded concurrency, and, with queueIds, the same processor recording agent legs
 * that end in watched queues. Malformed events go to their own queue, once; a well-formed event that cannot be
 * stored waits in the buffer for `outageToleranceHours`, then goes to the redrivable dead-letter
 * queue, its body unchanged.
 */
export class EventBridgePipeline extends pulumi.ComponentResource {
  public readonly integration: genesyscloud.Integration;
  /** The partner event source's name, aws.partner/genesys.com/cloud/<org id>/<suffix>. */
  public readonly eventSourceName: pulumi.Output<string>;
  public readonly eventBus: aws.cloudwatch.EventBus;
  public readonly archive: aws.cloudwatch.EventArchive;
  /** The redrivable dead-letter queue: buffer bodies only, the reason in message attributes. */
  public readonly deadLetterQueue: aws.sqs.Queue;
  /** Malformed events, once each, with the reason; never redriven. */
  public readonly malformedQueue: aws.sqs.Queue;
  public readonly bufferQueue: aws.sqs.Queue;
  /** What sized the buffer: its timeouts and receive count, from outageToleranceHours. */
  public readonly bufferSettings: BufferSettings;
  public readonly eventsTable: aws.dynamodb.Table;
  public readonly processor: BundledLambda;
  public readonly stateMachine: aws.sfn.StateMachine;
  /** The deployed definition (JSON, sorted keys). */
  public readonly definition: pulumi.Output<string>;
  public readonly pipe: aws.pipes.Pipe;
  public readonly conversationRule: aws.cloudwatch.EventRule;
  public readonly conversationTarget: aws.cloudwatch.EventTarget;
  /** Where the processor records watched queues' ends. Undefined without queueIds. */
  public readonly queueEndsTable: aws.dynamodb.Table | undefined;
  /** The pipeline's alarms and dashboard graphs, from one set of metric definitions. */
  public readonly monitoring: PipelineMonitoring;
  public readonly monitor: PipelineMonitor;

  /**
   * @param name Logical name; children are `${name}-<role>`.
   * @param args The org, the AWS account and region, and the pipeline's settings.
   * @param opts Options for the component; pass the Genesys provider in `providers`.
   */
  constructor(name: string, args: EventBridgePipelineArgs, opts?: pulumi.ComponentResourceOptions) {
    super("geo:index:EventBridgePipeline", name, {}, opts);
    validateEventBridgePipelineArgs(args);
    const workflowType = args.workflowType ?? "EXPRESS";
    const maxConcurrency = resolveMaxConcurrency(args.maxConcurrency);
    const outageToleranceHours = resolveOutageToleranceHours(args.outageToleranceHours);
    const retentionDays = args.retentionDays ?? 30;
    const logRetentionDays = args.logRetentionDays ?? 30;
    const queueIds = args.queueIds ?? [];
    const buffer = checkDefinition(workflowType, outageToleranceHours);
    this.bufferSettings = buffer;
    const source = pulumi.output(args.orgId).apply((orgId) => {
      if (!UUID.test(orgId))
        throw new Error(
          `EventBridgePipeline orgId must be a lowercase Genesys org id (UUID); got ${JSON.stringify(orgId)}`,
        );
      return partnerEventSourceName(orgId, args.eventSourceSuffix);
    });
    this.eventSourceName = source;

    this.integration = new genesyscloud.Integration(
      `${name}-integration`,
      {
        integrationType: "amazon-eventbridge-source",
        intendedState: "ENABLED",
        config: {
          name: `${args.namePrefix} Amazon EventBridge Source`,
          notes:
            "Conversation detail events for the genesys-event-orchestration EventBridge pipeline",
          properties: pulumi
            .all([args.awsAccountId, args.awsRegion])
            .apply(([awsAccountId, awsAccountRegion]) => {
              if (!/^\d{12}$/.test(awsAccountId))
                throw new Error(
                  `EventBridgePipeline awsAccountId must be 12 digits; got ${JSON.stringify(awsAccountId)}`,
                );
              return stableStringify({
                awsAccountId,
                awsAccountRegion,
                eventSourceSuffix: args.eventSourceSuffix,
                eventFilter: [...args.topics],
              });
            }),
          advanced: "{}",
        },
      },
      { parent: this },
    );

    // Genesys creates the partner event source when the integration is enabled; until a bus of
    // the same name is associated with it, the source stays Pending and delivers nothing.
    // Genesys creates the source asynchronously: wait for it, bounded, with progress.
    const readySource = partnerEventSourceReady(
      this.integration,
      `${args.namePrefix} Amazon EventBridge Source`,
      source,
      this,
    );
    this.eventBus = new aws.cloudwatch.EventBus(
      `${name}-bus`,
      {
        name: readySource,
        eventSourceName: readySource,
      },
      { parent: this },
    );
    this.archive = new aws.cloudwatch.EventArchive(
      `${name}-archive`,
      {
        eventSourceArn: this.eventBus.arn,
        retentionDays,
        description: "Every Genesys event on the partner bus, for replay after an outage or a fix",
      },
      { parent: this },
    );

    this.deadLetterQueue = new aws.sqs.Queue(
      `${name}-dlq`,
      { messageRetentionSeconds: DEAD_LETTER_RETENTION_SECONDS, sqsManagedSseEnabled: true },
      { parent: this },
    );
    this.malformedQueue = new aws.sqs.Queue(
      `${name}-malformed`,
      { messageRetentionSeconds: DEAD_LETTER_RETENTION_SECONDS, sqsManagedSseEnabled: true },
      { parent: this },
    );
    this.bufferQueue = new aws.sqs.Queue(
      `${name}-buffer`,
      {
        visibilityTimeoutSeconds: buffer.visibilityTimeoutSeconds,
        messageRetentionSeconds: buffer.messageRetentionSeconds,
        redrivePolicy: this.deadLetterQueue.arn.apply((deadLetterTargetArn) =>
          stableStringify({ deadLetterTargetArn, maxReceiveCount: buffer.maxReceiveCount }),
        ),
        sqsManagedSseEnabled: true,
      },
      { parent: this },
    );
    // Only the buffer may use the dead-letter queue as its redrive target, which is also what lets
    // StartMessageMoveTask move its messages back (sqs-configure-dead-letter-queue-redrive.html).
    new aws.sqs.RedriveAllowPolicy(
      `${name}-dlq-redrive-allow`,
      {
        queueUrl: this.deadLetterQueue.url,
        redriveAllowPolicy: this.bufferQueue.arn.apply((source) =>
          stableStringify({ redrivePermission: "byQueue", sourceQueueArns: [source] }),
        ),
      },
      { parent: this },
    );

    this.eventsTable = this.createTable(`${name}-events`);
    // Queue ends are recorded by the processor from the buffer, not by a rule invoking a Lambda
    // asynchronously: the conversation rule already buffers every user.end (queueIds require that
    // topic), so a queue end gets the buffer's outage tolerance and redrivable dead-letter queue
    // with no second queue, rule or function, and each event is still one buffer message.
    const queueEndsTable = queueIds.length > 0 ? this.createTable(`${name}-queue-ends`) : undefined;
    this.queueEndsTable = queueEndsTable;
    this.processor = new BundledLambda(
      `${name}-processor`,
      {
        source: "conversation-events",
        description: queueEndsTable
          ? "Stores a batch of Genesys conversation detail events, each once (conditional writes), with a TTL, and the ends of watched queues' legs"
          : "Stores a batch of Genesys conversation detail events, each once (conditional writes), with a TTL",
        environment: {
          TABLE_NAME: this.eventsTable.name,
          RETENTION_DAYS: String(retentionDays),
          ...(queueEndsTable && {
            [QUEUE_ENDS_TABLE_ENV]: queueEndsTable.name,
            [WATCHED_QUEUE_IDS_ENV]: queueIds.join(","),
          }),
        },
        policyStatements: [
          {
            Effect: "Allow",
            Action: ["dynamodb:PutItem"],
            Resource: queueEndsTable
              ? [this.eventsTable.arn, queueEndsTable.arn]
              : [this.eventsTable.arn],
          },
        ],
        memorySizeMb: PROCESSOR_MEMORY_MB,
        timeoutSeconds: PROCESSOR_TIMEOUT_SECONDS,
        // The hard bound on load: however many batches the pipe reads, at most this many are processed at once.
        reservedConcurrency: maxConcurrency,
        logRetentionDays,
      },
      { parent: this },
    );

    this.definition = pulumi
      .all([this.processor.functionArn, this.malformedQueue.url, this.deadLetterQueue.url])
      .apply(([processorArn, malformedQueueUrl, deadLetterQueueUrl]) =>
        stableStringify(
          conversationStateMachineDefinition({
            processorArn,
            malformedQueueUrl,
            deadLetterQueueUrl,
            workflowType,
          }),
        ),
      );
    this.stateMachine = this.createStateMachine(name, args, workflowType, logRetentionDays);
    this.pipe = this.createPipe(name, args, workflowType);

    this.conversationRule = new aws.cloudwatch.EventRule(
      `${name}-conversation-rule`,
      {
        eventBusName: this.eventBus.name,
        description: "Every subscribed conversation detail event from this org's Genesys source",
        eventPattern: source.apply((s) =>
          stableStringify(conversationEventPattern(s, args.topics)),
        ),
      },
      { parent: this },
    );
    const bufferPolicy = new aws.sqs.QueuePolicy(
      `${name}-buffer-policy`,
      {
        queueUrl: this.bufferQueue.url,
        policy: pulumi
          .all([this.bufferQueue.arn, this.conversationRule.arn])
          .apply(([queue, rule]) => eventBridgeSendPolicy(queue, [rule])),
      },
      { parent: this },
    );
    this.conversationTarget = new aws.cloudwatch.EventTarget(
      `${name}-conversation-target`,
      {
        rule: this.conversationRule.name,
        eventBusName: this.eventBus.name,
        arn: this.bufferQueue.arn,
        inputTransformer: RULE_INPUT_TRANSFORMER,
        retryPolicy: RULE_TARGET_RETRY_POLICY,
        deadLetterConfig: { arn: this.deadLetterQueue.arn },
      },
      { parent: this, dependsOn: [bufferPolicy] },
    );

    new aws.sqs.QueuePolicy(
      `${name}-dlq-policy`,
      {
        queueUrl: this.deadLetterQueue.url,
        policy: pulumi
          .all([this.deadLetterQueue.arn, this.conversationRule.arn])
          .apply(([queue, rule]) => eventBridgeSendPolicy(queue, [rule])),
      },
      { parent: this },
    );
    this.monitoring = eventPipelineMonitoring({
      // The bus's output, not the computed name, so the dashboard is deleted before the bus.
      eventSourceName: this.eventBus.eventSourceName.apply((n) => n ?? ""),
      bufferQueueName: this.bufferQueue.name,
      deadLetterQueueName: this.deadLetterQueue.name,
      malformedQueueName: this.malformedQueue.name,
      outageToleranceHours,
      stateMachineArn: this.stateMachine.arn,
      pipeName: this.pipe.name,
      processorFunctionName: this.processor.functionName,
      eventsTableName: this.eventsTable.name,
      queueEndsTableName: this.queueEndsTable?.name,
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
      integrationId: this.integration.id,
      eventSourceName: this.eventSourceName,
      eventBusName: this.eventBus.name,
      stateMachineArn: this.stateMachine.arn,
      bufferQueueUrl: this.bufferQueue.url,
      deadLetterQueueUrl: this.deadLetterQueue.url,
      malformedQueueUrl: this.malformedQueue.url,
      eventsTableName: this.eventsTable.name,
      queueEndsTableName: this.queueEndsTable?.name,
    });
  }

  /** A table keyed by `pk` alone, paid per request, expiring items through `expiresAt`. */
  private createTable(name: string): aws.dynamodb.Table {
    return new aws.dynamodb.Table(
      name,
      {
        billingMode: "PAY_PER_REQUEST",
        hashKey: "pk",
        attributes: [{ name: "pk", type: "S" }],
        ttl: { attributeName: "expiresAt", enabled: true },
        pointInTimeRecovery: { enabled: true },
      },
      { parent: this },
    );
  }

  private createStateMachine(
    name: string,
    args: EventBridgePipelineArgs,
    workflowType: WorkflowType,
    logRetentionDays: number,
  ): aws.sfn.StateMachine {
    // Express keeps no execution history: its logs are the only record of a failed execution.
    const logs = new aws.cloudwatch.LogGroup(
      `${name}-state-machine-logs`,
      {
        namePrefix: `/aws/vendedlogs/states/${name}-`,
        retentionInDays: logRetentionDays,
      },
      { parent: this },
    );
    const role = new aws.iam.Role(
      `${name}-state-machine-role`,
      {
        assumeRolePolicy: pulumi
          .all([args.awsRegion, args.awsAccountId])
          .apply(([region, account]) =>
            serviceTrustPolicy(
              "states.amazonaws.com",
              account,
              stateMachineArnPattern(region, account, `${name}-state-machine`),
            ),
          ),
      },
      { parent: this },
    );
    const policy = new aws.iam.RolePolicy(
      `${name}-state-machine-policy`,
      {
        role: role.id,
        policy: pulumi
          .all([this.processor.functionArn, this.deadLetterQueue.arn, this.malformedQueue.arn])
          .apply(([fn, dlq, malformed]) => stateMachinePolicy(fn, [dlq, malformed])),
      },
      { parent: this },
    );
    return new aws.sfn.StateMachine(
      `${name}-state-machine`,
      {
        type: workflowType,
        roleArn: role.arn,
        definition: this.definition,
        // Event bodies carry phone numbers: log errors without execution data.
        loggingConfiguration: {
          level: "ERROR",
          includeExecutionData: false,
          logDestination: pulumi.interpolate`${logs.arn}:*`,
        },
      },
      { parent: this, dependsOn: [policy] },
    );
  }

  private createPipe(
    name: string,
    args: EventBridgePipelineArgs,
    workflowType: WorkflowType,
  ): aws.pipes.Pipe {
    const role = new aws.iam.Role(
      `${name}-pipe-role`,
      {
        assumeRolePolicy: pulumi
          .all([args.awsRegion, args.awsAccountId])
          .apply(([region, account]) =>
            serviceTrustPolicy(
              "pipes.amazonaws.com",
              account,
              pipeArnPattern(region, account, `${name}-pipe`),
            ),
          ),
      },
      { parent: this },
    );
    const policy = new aws.iam.RolePolicy(
      `${name}-pipe-policy`,
      {
        role: role.id,
        policy: pulumi
          .all([this.bufferQueue.arn, this.stateMachine.arn])
          .apply(([queue, machine]) => pipePolicy(queue, machine, workflowType)),
      },
      { parent: this },
    );
    return new aws.pipes.Pipe(
      `${name}-pipe`,
      {
        description:
          "Starts the conversation-events state machine with batches from the buffer queue",
        roleArn: role.arn,
        source: this.bufferQueue.arn,
        sourceParameters: {
          sqsQueueParameters: {
            batchSize: PIPE_BATCH_SIZE,
            maximumBatchingWindowInSeconds: 0,
          },
        },
        target: this.stateMachine.arn,
        // Pipes waits for an Express execution and retries only the records its answer lists in
        // batchItemFailures; it can start Standard only asynchronously, so that state machine
        // dead-letters what it cannot store itself.
        targetParameters: {
          stepFunctionStateMachineParameters: {
            invocationType: workflowType === "EXPRESS" ? "REQUEST_RESPONSE" : "FIRE_AND_FORGET",
          },
        },
      },
      { parent: this, dependsOn: [policy] },
    );
  }
}
