import * as assert from "node:assert/strict";
import { partnerEventSourceName, USER_END_TOPIC } from "../../components/eventbridge/events";
import {
  conversationStateMachineDefinition,
  type WorkflowType,
} from "../../components/eventbridge/stateMachine";
import { stableStringify } from "../../components/stableJson";
import {
  installMocks,
  MOCK_ACCOUNT_ID,
  RecordedResource,
  ResourceRecorder,
  revealSecrets,
  settle,
} from "../../tools/mocks";

const ORG = "32aa07aa-db1b-4987-abd0-9483601ec29d";
const QUEUE = "5c9d1a7e-8f3b-4c2d-9e61-0a4b7c3d2e10";
const SOURCE = partnerEventSourceName(ORG, "dev-conversations");
const TOPICS = [
  "customer.start",
  "customer.end",
  "acd.start",
  "acd.end",
  "user.start",
  "user.end",
  "acw",
].map((t) => `v2.detail.events.conversation.{id}.${t}`);
const COMPONENT = "geo:index:EventBridgePipeline";
const REGION = "us-east-1";
const arn = (service: string, resource: string) =>
  `arn:aws:${service}:${REGION}:${MOCK_ACCOUNT_ID}:${resource}`;
/** Mock physical names: the logical name plus the mock's fixed suffix. */
const physical = (name: string) => `${name}-0000000`;
const queueArn = (name: string) => arn("sqs", physical(name));
const queueUrl = (name: string) =>
  `https://sqs.${REGION}.amazonaws.com/${MOCK_ACCOUNT_ID}/${physical(name)}`;
const functionArn = (name: string) => arn("lambda", `function:${physical(name)}`);
const tableArn = (name: string) => arn("dynamodb", `table/${physical(name)}`);
const ruleArn = (name: string) => arn("events", `rule/${physical(name)}`);
const machineArn = (name: string) => arn("states", `stateMachine:${physical(name)}`);

describe("EventBridgePipeline under mocks", () => {
  const recorder = new ResourceRecorder();
  const one = (type: string, name: string): RecordedResource => recorder.one(type, name);
  const inputs = (type: string, name: string) =>
    revealSecrets(one(type, name).inputs) as Record<string, any>;
  const policyOf = (type: string, name: string, field = "policy") =>
    JSON.parse(inputs(type, name)[field]);

  before(async () => {
    await installMocks(recorder, "genesys-event-orchestration", "test");
    const { EventBridgePipeline } = await import("../../components/eventBridgePipeline");
    new EventBridgePipeline("ebptest", {
      orgId: ORG,
      awsAccountId: MOCK_ACCOUNT_ID,
      awsRegion: REGION,
      namePrefix: "dev",
      eventSourceSuffix: "dev-conversations",
      topics: TOPICS,
      queueIds: [QUEUE],
      maxConcurrency: 25,
      retentionDays: 14,
    });
    new EventBridgePipeline("ebpstd", {
      orgId: ORG,
      awsAccountId: MOCK_ACCOUNT_ID,
      awsRegion: REGION,
      namePrefix: "prod",
      eventSourceSuffix: "prod-conversations",
      topics: [TOPICS[1]],
      workflowType: "STANDARD",
      maxConcurrency: 4,
      outageToleranceHours: 2,
    });
    await settle();
  });

  it("parents every child to the pipeline, directly or through a BundledLambda or its monitor", () => {
    const root = one(COMPONENT, "ebptest");
    const direct = recorder.resources
      .filter((r) => r.parent === root.urn)
      .map((r) => `${r.type}::${r.name}`)
      .sort();
    assert.deepEqual(direct, [
      "aws:cloudwatch/eventArchive:EventArchive::ebptest-archive",
      "aws:cloudwatch/eventBus:EventBus::ebptest-bus",
      "aws:cloudwatch/eventRule:EventRule::ebptest-conversation-rule",
      "aws:cloudwatch/eventTarget:EventTarget::ebptest-conversation-target",
      "aws:cloudwatch/logGroup:LogGroup::ebptest-state-machine-logs",
      "aws:dynamodb/table:Table::ebptest-events",
      "aws:dynamodb/table:Table::ebptest-queue-ends",
      "aws:iam/role:Role::ebptest-pipe-role",
      "aws:iam/role:Role::ebptest-state-machine-role",
      "aws:iam/rolePolicy:RolePolicy::ebptest-pipe-policy",
      "aws:iam/rolePolicy:RolePolicy::ebptest-state-machine-policy",
      "aws:pipes/pipe:Pipe::ebptest-pipe",
      "aws:sfn/stateMachine:StateMachine::ebptest-state-machine",
      "aws:sqs/queue:Queue::ebptest-buffer",
      "aws:sqs/queue:Queue::ebptest-dlq",
      "aws:sqs/queue:Queue::ebptest-malformed",
      "aws:sqs/queuePolicy:QueuePolicy::ebptest-buffer-policy",
      "aws:sqs/queuePolicy:QueuePolicy::ebptest-dlq-policy",
      "aws:sqs/redriveAllowPolicy:RedriveAllowPolicy::ebptest-dlq-redrive-allow",
      "genesyscloud:index/integration:Integration::ebptest-integration",
      "geo:index:BundledLambda::ebptest-processor",
      "geo:monitoring:PipelineMonitor::ebptest-monitor",
    ]);
  });

  it("configures the Genesys amazon-eventbridge-source integration, enabled, for this account, region, suffix and topics", () => {
    const integration = inputs("genesyscloud:index/integration:Integration", "ebptest-integration");
    assert.equal(integration.integrationType, "amazon-eventbridge-source");
    assert.equal(integration.intendedState, "ENABLED");
    assert.equal(integration.config.name, "dev Amazon EventBridge Source");
    assert.equal(integration.config.advanced, "{}");
    assert.equal(
      integration.config.properties,
      stableStringify({
        awsAccountId: MOCK_ACCOUNT_ID,
        awsAccountRegion: REGION,
        eventFilter: TOPICS,
        eventSourceSuffix: "dev-conversations",
      }),
    );
  });

  it("associates a bus with the partner event source it looks up once the integration exists, and archives it", () => {
    const lookups = recorder.calls
      .filter((c) => c.token === "aws:cloudwatch/getEventSource:getEventSource")
      .map((c) => c.inputs.namePrefix);
    assert.deepEqual(
      lookups.sort(),
      [SOURCE, partnerEventSourceName(ORG, "prod-conversations")].sort(),
    );
    const bus = inputs("aws:cloudwatch/eventBus:EventBus", "ebptest-bus");
    assert.deepEqual([bus.name, bus.eventSourceName], [SOURCE, SOURCE]);
    const archive = inputs("aws:cloudwatch/eventArchive:EventArchive", "ebptest-archive");
    assert.equal(archive.eventSourceArn, arn("events", `event-bus/${SOURCE}`));
    assert.equal(archive.retentionDays, 14);
    assert.equal(archive.eventPattern, undefined);
  });

  it("routes every subscribed topic of this org's source through the buffer queue, with a transformer, a retry policy and a DLQ", () => {
    const rule = inputs("aws:cloudwatch/eventRule:EventRule", "ebptest-conversation-rule");
    assert.equal(rule.eventBusName, SOURCE);
    assert.deepEqual(JSON.parse(rule.eventPattern), { "detail-type": TOPICS, source: [SOURCE] });
    const target = inputs("aws:cloudwatch/eventTarget:EventTarget", "ebptest-conversation-target");
    assert.equal(target.rule, physical("ebptest-conversation-rule"));
    assert.equal(target.eventBusName, SOURCE);
    assert.equal(target.arn, queueArn("ebptest-buffer"));
    assert.deepEqual(target.inputTransformer, {
      inputTemplate: '{"event":<aws.events.event.json>}',
    });
    assert.deepEqual(target.retryPolicy, {
      maximumEventAgeInSeconds: 86400,
      maximumRetryAttempts: 185,
    });
    assert.deepEqual(target.deadLetterConfig, { arn: queueArn("ebptest-dlq") });
    assert.equal(target.roleArn, undefined);
  });

  it("records queue ends through the buffer, not a rule of their own: the conversation rule already buffers user.end", () => {
    const rules = recorder.resources
      .filter(
        (r) => r.type === "aws:cloudwatch/eventRule:EventRule" && r.name.startsWith("ebptest-"),
      )
      .map((r) => r.name);
    assert.deepEqual(rules, ["ebptest-conversation-rule"]);
    const pattern = JSON.parse(
      inputs("aws:cloudwatch/eventRule:EventRule", "ebptest-conversation-rule").eventPattern,
    );
    assert.ok(pattern["detail-type"].includes(USER_END_TOPIC));
    const functions = recorder.resources
      .filter((r) => r.type === "aws:lambda/function:Function" && r.name.startsWith("ebptest-"))
      .map((r) => r.name);
    assert.deepEqual(functions, ["ebptest-processor"]);
  });

  it("sizes the buffer from outageToleranceHours: 6 × the execution timeout, a dead letter only after the tolerance", () => {
    const buffer = inputs("aws:sqs/queue:Queue", "ebptest-buffer");
    // The definition's worst case, 114 s, rounded up to 120 s; 6 × 120 s; 24 h ÷ 720 s (deriveBufferSettings).
    assert.equal(buffer.visibilityTimeoutSeconds, 720);
    assert.equal(buffer.messageRetentionSeconds, 14 * 86400);
    assert.deepEqual(JSON.parse(buffer.redrivePolicy), {
      deadLetterTargetArn: queueArn("ebptest-dlq"),
      maxReceiveCount: 120,
    });
    assert.equal(buffer.sqsManagedSseEnabled, true);
    // ebpstd tolerates 2 h: 7,200 s ÷ 720 s.
    const standard = JSON.parse(inputs("aws:sqs/queue:Queue", "ebpstd-buffer").redrivePolicy);
    assert.equal(standard.maxReceiveCount, 10);
    for (const name of ["ebptest-dlq", "ebptest-malformed"]) {
      const queue = inputs("aws:sqs/queue:Queue", name);
      assert.equal(queue.messageRetentionSeconds, 14 * 86400, name);
      assert.equal(queue.sqsManagedSseEnabled, true, name);
    }
    const allow = inputs(
      "aws:sqs/redriveAllowPolicy:RedriveAllowPolicy",
      "ebptest-dlq-redrive-allow",
    );
    assert.equal(allow.queueUrl, queueUrl("ebptest-dlq"));
    assert.deepEqual(JSON.parse(allow.redriveAllowPolicy), {
      redrivePermission: "byQueue",
      sourceQueueArns: [queueArn("ebptest-buffer")],
    });
  });

  it("lets EventBridge send to the buffer and the DLQ only for the conversation rule", () => {
    const statement = (name: string) => policyOf("aws:sqs/queuePolicy:QueuePolicy", name).Statement;
    assert.deepEqual(statement("ebptest-buffer-policy"), [
      {
        Sid: "EventBridgeRules",
        Effect: "Allow",
        Principal: { Service: "events.amazonaws.com" },
        Action: "sqs:SendMessage",
        Resource: queueArn("ebptest-buffer"),
        Condition: { ArnEquals: { "aws:SourceArn": [ruleArn("ebptest-conversation-rule")] } },
      },
    ]);
    assert.equal(
      inputs("aws:sqs/queuePolicy:QueuePolicy", "ebptest-buffer-policy").queueUrl,
      queueUrl("ebptest-buffer"),
    );
    assert.deepEqual(statement("ebptest-dlq-policy")[0].Condition, {
      ArnEquals: { "aws:SourceArn": [ruleArn("ebptest-conversation-rule")] },
    });
    assert.deepEqual(statement("ebpstd-dlq-policy")[0].Condition, {
      ArnEquals: { "aws:SourceArn": [ruleArn("ebpstd-conversation-rule")] },
    });
  });

  it("deploys the definition built from the processor's ARN and the two dead-letter queues' URLs, with error logging", () => {
    for (const [name, type] of [
      ["ebptest", "EXPRESS"],
      ["ebpstd", "STANDARD"],
    ] as [string, WorkflowType][]) {
      const machine = inputs("aws:sfn/stateMachine:StateMachine", `${name}-state-machine`);
      assert.equal(machine.type, type);
      assert.equal(
        machine.roleArn,
        `arn:aws:iam::${MOCK_ACCOUNT_ID}:role/${physical(`${name}-state-machine-role`)}`,
      );
      assert.equal(
        machine.definition,
        stableStringify(
          conversationStateMachineDefinition({
            processorArn: functionArn(`${name}-processor`),
            malformedQueueUrl: queueUrl(`${name}-malformed`),
            deadLetterQueueUrl: queueUrl(`${name}-dlq`),
            workflowType: type,
          }),
        ),
      );
      assert.deepEqual(machine.loggingConfiguration, {
        level: "ERROR",
        includeExecutionData: false,
        logDestination: `${arn("logs", `log-group:${physical(`${name}-state-machine-logs`)}`)}:*`,
      });
    }
    assert.equal(
      inputs("aws:cloudwatch/logGroup:LogGroup", "ebptest-state-machine-logs").namePrefix,
      "/aws/vendedlogs/states/ebptest-",
    );
  });

  it("lets only this account's state machine assume its role, and it invoke only its processor and send only to its two DLQs", () => {
    const trust = policyOf("aws:iam/role:Role", "ebptest-state-machine-role", "assumeRolePolicy");
    assert.deepEqual(trust.Statement, [
      {
        Effect: "Allow",
        Action: "sts:AssumeRole",
        Principal: { Service: "states.amazonaws.com" },
        Condition: {
          StringEquals: { "aws:SourceAccount": MOCK_ACCOUNT_ID },
          ArnLike: { "aws:SourceArn": arn("states", "stateMachine:ebptest-state-machine-*") },
        },
      },
    ]);
    // The pattern matches the physical name Pulumi gives the state machine.
    assert.ok(
      machineArn("ebptest-state-machine").startsWith(
        arn("states", "stateMachine:ebptest-state-machine-"),
      ),
    );
    const statements = policyOf(
      "aws:iam/rolePolicy:RolePolicy",
      "ebptest-state-machine-policy",
    ).Statement;
    assert.deepEqual(statements.slice(0, 2), [
      {
        Sid: "InvokeProcessor",
        Effect: "Allow",
        Action: "lambda:InvokeFunction",
        Resource: functionArn("ebptest-processor"),
      },
      {
        Sid: "DeadLetter",
        Effect: "Allow",
        Action: "sqs:SendMessage",
        Resource: [queueArn("ebptest-dlq"), queueArn("ebptest-malformed")].sort(),
      },
    ]);
    // The third grants log delivery, which has no resource-level permissions.
    assert.equal(statements.length, 3);
    assert.ok(
      statements[2].Action.every((a: string) => a.startsWith("logs:")),
      JSON.stringify(statements[2]),
    );
  });

  it("has the pipe read the buffer in batches and start only this state machine, synchronously for Express", () => {
    const pipe = inputs("aws:pipes/pipe:Pipe", "ebptest-pipe");
    assert.equal(pipe.source, queueArn("ebptest-buffer"));
    assert.equal(pipe.target, machineArn("ebptest-state-machine"));
    assert.deepEqual(pipe.sourceParameters, {
      sqsQueueParameters: { batchSize: 10, maximumBatchingWindowInSeconds: 0 },
    });
    assert.deepEqual(pipe.targetParameters, {
      stepFunctionStateMachineParameters: { invocationType: "REQUEST_RESPONSE" },
    });
    assert.deepEqual(
      policyOf("aws:iam/role:Role", "ebptest-pipe-role", "assumeRolePolicy").Statement,
      [
        {
          Effect: "Allow",
          Action: "sts:AssumeRole",
          Principal: { Service: "pipes.amazonaws.com" },
          Condition: {
            StringEquals: { "aws:SourceAccount": MOCK_ACCOUNT_ID },
            ArnLike: { "aws:SourceArn": arn("pipes", "pipe/ebptest-pipe-*") },
          },
        },
      ],
    );
    assert.deepEqual(policyOf("aws:iam/rolePolicy:RolePolicy", "ebptest-pipe-policy").Statement, [
      {
        Sid: "ReadBuffer",
        Effect: "Allow",
        Action: [
          "sqs:ChangeMessageVisibility",
          "sqs:DeleteMessage",
          "sqs:GetQueueAttributes",
          "sqs:ReceiveMessage",
        ],
        Resource: queueArn("ebptest-buffer"),
      },
      {
        Sid: "StartStateMachine",
        Effect: "Allow",
        Action: "states:StartSyncExecution",
        Resource: machineArn("ebptest-state-machine"),
      },
    ]);
    // Standard: Pipes can only start it asynchronously; batches are 10 whatever maxConcurrency is.
    const standard = inputs("aws:pipes/pipe:Pipe", "ebpstd-pipe");
    assert.deepEqual(standard.targetParameters, {
      stepFunctionStateMachineParameters: { invocationType: "FIRE_AND_FORGET" },
    });
    assert.equal(standard.sourceParameters.sqsQueueParameters.batchSize, 10);
    assert.equal(
      policyOf("aws:iam/rolePolicy:RolePolicy", "ebpstd-pipe-policy").Statement[1].Action,
      "states:StartExecution",
    );
  });

  it("caps the processor at maxConcurrency and lets it write only its table and the queue-ends table", () => {
    const fn = inputs("aws:lambda/function:Function", "ebptest-processor");
    assert.equal(fn.reservedConcurrentExecutions, 25);
    assert.equal(fn.memorySize, 256);
    assert.equal(fn.timeout, 10);
    assert.deepEqual(fn.environment.variables, {
      NODE_OPTIONS: "--enable-source-maps",
      TABLE_NAME: physical("ebptest-events"),
      RETENTION_DAYS: "14",
      QUEUE_ENDS_TABLE_NAME: physical("ebptest-queue-ends"),
      WATCHED_QUEUE_IDS: QUEUE,
    });
    const statements = policyOf(
      "aws:iam/rolePolicy:RolePolicy",
      "ebptest-processor-policy",
    ).Statement;
    assert.deepEqual(statements.slice(1), [
      {
        Effect: "Allow",
        Action: ["dynamodb:PutItem"],
        Resource: [tableArn("ebptest-events"), tableArn("ebptest-queue-ends")],
      },
    ]);
    assert.deepEqual(statements[0].Action, ["logs:CreateLogStream", "logs:PutLogEvents"]);
    // Without queueIds: only its own table.
    const standard = inputs("aws:lambda/function:Function", "ebpstd-processor");
    assert.deepEqual(Object.keys(standard.environment.variables).sort(), [
      "NODE_OPTIONS",
      "RETENTION_DAYS",
      "TABLE_NAME",
    ]);
    assert.deepEqual(
      policyOf("aws:iam/rolePolicy:RolePolicy", "ebpstd-processor-policy").Statement[1].Resource,
      [tableArn("ebpstd-events")],
    );
  });

  it("keys both tables by pk, pays per request and expires items through expiresAt", () => {
    for (const name of ["ebptest-events", "ebptest-queue-ends"]) {
      const table = inputs("aws:dynamodb/table:Table", name);
      assert.deepEqual(
        [table.billingMode, table.hashKey, table.attributes, table.ttl, table.pointInTimeRecovery],
        [
          "PAY_PER_REQUEST",
          "pk",
          [{ name: "pk", type: "S" }],
          { attributeName: "expiresAt", enabled: true },
          { enabled: true },
        ],
      );
    }
  });

  it("creates no queue-ends table (nor any queue-end rule or Lambda) without queueIds", () => {
    const names = recorder.resources
      .filter((r) => r.name.startsWith("ebpstd-queue-end"))
      .map((r) => r.name);
    assert.deepEqual(names, []);
  });
});

describe("validateEventBridgePipelineArgs", () => {
  // Imported lazily like the component, so this file's mocks are installed first.
  const validate = (overrides: Record<string, unknown>) => {
    const { validateEventBridgePipelineArgs } =
      require("../../components/eventBridgePipeline") as typeof import("../../components/eventBridgePipeline");
    return () =>
      validateEventBridgePipelineArgs({
        namePrefix: "dev",
        eventSourceSuffix: "dev-conversations",
        topics: TOPICS,
        ...overrides,
      });
  };

  it("accepts the fixture's settings", () => {
    validate({
      queueIds: [QUEUE],
      workflowType: "STANDARD",
      maxConcurrency: 900,
      retentionDays: 3650,
      logRetentionDays: 365,
    })();
  });

  const bad: [string, Record<string, unknown>, string][] = [
    [
      "a suffix with a slash",
      { eventSourceSuffix: "a/b" },
      `EventBridgePipeline eventSourceSuffix is not 1–64 letters, digits, '.', '-' or '_'; got "a/b". Fix: use a suffix such as "dev-conversations"`,
    ],
    [
      "no topics",
      { topics: [] },
      `EventBridgePipeline topics is empty; got []. Fix: subscribe at least one topic, e.g. "${USER_END_TOPIC}"`,
    ],
    [
      "an unknown topic",
      { topics: ["conversation.end"] },
      'EventBridgePipeline topics[0] is not a conversation detail topic template; got "conversation.end"',
    ],
    [
      "an uppercase queue id",
      { queueIds: [QUEUE.toUpperCase()] },
      `EventBridgePipeline queueIds[0] is not a lowercase queue id (UUID); got "${QUEUE.toUpperCase()}"`,
    ],
    [
      "queues without user.end",
      { topics: [TOPICS[1]], queueIds: [QUEUE] },
      `EventBridgePipeline queueIds need the topic ${USER_END_TOPIC} in topics`,
    ],
    [
      "more watched queues than the processor's environment holds (56)",
      {
        queueIds: Array.from(
          { length: 56 },
          (_, i) => `5c9d1a7e-8f3b-4c2d-9e61-${String(i).padStart(12, "0")}`,
        ),
      },
      "EventBridgePipeline queueIds make a 2071-character WATCHED_QUEUE_IDS environment variable, over 2048",
    ],
    [
      "a lowercase workflow type",
      { workflowType: "express" },
      'EventBridgePipeline workflowType is not EXPRESS or STANDARD; got "express"',
    ],
    [
      "a zero maxConcurrency",
      { maxConcurrency: 0 },
      "EventBridgePipeline maxConcurrency is not a whole number from 1 to 900; got 0",
    ],
    [
      "a maxConcurrency of 901",
      { maxConcurrency: 901 },
      "EventBridgePipeline maxConcurrency is not a whole number from 1 to 900; got 901",
    ],
    [
      "a zero outageToleranceHours",
      { outageToleranceHours: 0 },
      "EventBridgePipeline outageToleranceHours is not a whole number of hours from 1 to 336; got 0",
    ],
    [
      "an outageToleranceHours of 337",
      { outageToleranceHours: 337 },
      "EventBridgePipeline outageToleranceHours is not a whole number of hours from 1 to 336; got 337",
    ],
    [
      "a zero retentionDays",
      { retentionDays: 0 },
      "EventBridgePipeline retentionDays is not an integer from 1 to 3650; got 0",
    ],
    [
      "a log retention CloudWatch lacks",
      { logRetentionDays: 2 },
      "EventBridgePipeline logRetentionDays is not a CloudWatch Logs retention value; got 2",
    ],
  ];
  for (const [what, overrides, message] of bad) {
    it(`refuses ${what}`, () => {
      assert.throws(
        validate(overrides),
        (err: Error) => err.message.startsWith(message) || assert.fail(err.message),
      );
    });
  }
});
