import * as assert from "node:assert/strict";
import { ExecutionError, StateMachine, type StateMachineDefinition } from "aws-local-stepfunctions";
import {
  allStates,
  awsDefinitionProblems,
  EXPRESS_MAX_EXECUTION_SECONDS,
  pipelineDefinitionProblems,
  worstCaseSeconds,
} from "../../../components/eventbridge/aslChecks";
import { pipeBatchSize } from "../../../components/eventbridge/settings";
import {
  type AslDefinition,
  conversationStateMachineDefinition,
  RETRYABLE_ERRORS,
  STATE_NAMES,
  TASK_STATES,
  type WorkflowType,
} from "../../../components/eventbridge/stateMachine";

// asl-validator ships no type declarations.
const aslValidator: (
  definition: unknown,
  options?: { checkArn?: boolean; checkPaths?: boolean },
) => { isValid: boolean; errors: unknown[] } = require("asl-validator");

const PROCESSOR = "arn:aws:lambda:us-east-1:123456789012:function:geo-dev-processor";
const DLQ_URL = "https://sqs.us-east-1.amazonaws.com/123456789012/geo-dev-dlq";
const build = (workflowType: WorkflowType, maxConcurrency = 10) =>
  conversationStateMachineDefinition({
    processorArn: PROCESSOR,
    deadLetterQueueUrl: DLQ_URL,
    workflowType,
    maxConcurrency,
  });
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** asl-validator adds QueryLanguage to the states it is given, so it always gets a copy. */
const validate = (definition: unknown) =>
  aslValidator(clone(definition), { checkArn: true, checkPaths: true });
const iteration = (definition: AslDefinition) =>
  (definition.States as Record<string, any>)[STATE_NAMES.map].ItemProcessor.States as Record<
    string,
    any
  >;

describe("conversation state machine definition", () => {
  for (const type of ["EXPRESS", "STANDARD"] as const) {
    it(`${type}: passes asl-validator, the AWS checks it misses and the pipeline rules`, () => {
      const definition = build(type);
      const result = validate(definition);
      assert.deepEqual([result.isValid, result.errors], [true, []]);
      assert.deepEqual(awsDefinitionProblems(definition, type), []);
      assert.deepEqual(pipelineDefinitionProblems(definition, type, pipeBatchSize(10)), []);
    });
  }

  it("bounds the Map by maxConcurrency and runs it inline, with no .sync or callback integration", () => {
    const definition = build("EXPRESS", 7);
    const map = (definition.States as Record<string, any>)[STATE_NAMES.map];
    assert.equal(map.Type, "Map");
    assert.equal(map.MaxConcurrency, 7);
    assert.deepEqual(map.ItemProcessor.ProcessorConfig, { Mode: "INLINE" });
    assert.deepEqual(map.ItemSelector, {
      "messageId.$": "$$.Map.Item.Value.messageId",
      "message.$": "States.StringToJson($$.Map.Item.Value.body)",
    });
    assert.equal(definition.TimeoutSeconds, EXPRESS_MAX_EXECUTION_SECONDS);
    const resources = allStates(definition)
      .map((s) => s.state.Resource)
      .filter((r) => r !== undefined);
    assert.deepEqual(resources, [
      PROCESSOR,
      "arn:aws:states:::sqs:sendMessage",
      "arn:aws:states:::sqs:sendMessage",
    ]);
  });

  it("names exactly the documented Task states, each timed and retried with backoff and a limit", () => {
    const tasks = allStates(build("STANDARD")).filter((s) => s.state.Type === "Task");
    assert.deepEqual(tasks.map((t) => t.name).sort(), Object.keys(TASK_STATES).sort());
    for (const { name, state } of tasks) {
      assert.equal(typeof state.TimeoutSeconds, "number", name);
      const retrying = (state.Retry as any[]).filter((r) => r.MaxAttempts !== 0);
      assert.ok(retrying.length > 0, name);
      for (const r of retrying) {
        assert.ok(
          r.MaxAttempts > 0 && r.BackoffRate > 1 && r.IntervalSeconds >= 1 && r.MaxDelaySeconds > 0,
          `${name}: ${JSON.stringify(r)}`,
        );
      }
    }
  });

  it("never retries a malformed event, retries throttling with backoff, and routes failures by kind", () => {
    for (const [type, exhausted] of [
      ["EXPRESS", STATE_NAMES.redeliver],
      ["STANDARD", STATE_NAMES.deadLetter],
    ] as const) {
      const store = iteration(build(type))[STATE_NAMES.store];
      assert.deepEqual(store.Retry[0], { ErrorEquals: ["MalformedEvent"], MaxAttempts: 0 });
      assert.deepEqual(store.Retry[1].ErrorEquals, RETRYABLE_ERRORS);
      assert.ok(store.Retry[1].ErrorEquals.includes("Lambda.TooManyRequestsException"));
      assert.deepEqual(
        store.Catch.map((c: any) => [c.ErrorEquals, c.Next]),
        [
          [["MalformedEvent"], STATE_NAMES.reject],
          [RETRYABLE_ERRORS, exhausted],
          [["States.ALL"], STATE_NAMES.deadLetter],
        ],
      );
    }
    assert.deepEqual(iteration(build("EXPRESS"))[STATE_NAMES.redeliver].Type, "Fail");
    assert.equal(iteration(build("STANDARD"))[STATE_NAMES.redeliver], undefined);
  });

  it("fits its worst case in an Express execution only while a batch is one wave of iterations", () => {
    // StoreEvent: 7 attempts × 15 s + waits 1+2+4+8+16+20; then a dead-letter send: 6 × 10 s + 1+2+4+8+10.
    assert.equal(worstCaseSeconds(build("EXPRESS", 10), 10), 156 + 85);
    assert.equal(worstCaseSeconds(build("EXPRESS", 5), 10), 2 * (156 + 85));
    assert.deepEqual(pipelineDefinitionProblems(build("EXPRESS", 5), "EXPRESS", 10), [
      "the worst case of 482 s (every attempt timing out, every retry at its longest wait) exceeds Express's 300 s",
    ]);
    assert.equal(pipeBatchSize(5), 5);
    assert.equal(pipeBatchSize(50), 10);
  });

  it("refuses an unbounded or fractional maxConcurrency", () => {
    for (const bad of [0, -1, 2.5]) {
      assert.throws(() => build("EXPRESS", bad), /maxConcurrency must be an integer of 1 or more/);
    }
  });
});

describe("awsDefinitionProblems: what asl-validator 4 lets through", () => {
  const task = (extra: Record<string, unknown>) => ({
    StartAt: "A",
    States: {
      A: { Type: "Task", Resource: PROCESSOR, TimeoutSeconds: 10, End: true, ...extra },
      B: { Type: "Pass", End: true },
    },
  });
  const cases: [string, unknown, WorkflowType, string][] = [
    [
      "States.ALL beside another error",
      task({ Catch: [{ ErrorEquals: ["States.ALL", "X"], Next: "B" }] }),
      "STANDARD",
      "A: Catch[0]: States.ALL must appear alone in ErrorEquals and only in the last catcher",
    ],
    [
      "States.ALL in a catcher that is not last",
      task({
        Catch: [
          { ErrorEquals: ["States.ALL"], Next: "B" },
          { ErrorEquals: ["X"], Next: "B" },
        ],
      }),
      "STANDARD",
      "A: Catch[0]: States.ALL must appear alone in ErrorEquals and only in the last catcher",
    ],
    [
      "States.ALL in a retrier that is not last",
      task({ Retry: [{ ErrorEquals: ["States.ALL"] }, { ErrorEquals: ["X"] }] }),
      "STANDARD",
      "A: Retry[0]: States.ALL must appear alone in ErrorEquals and only in the last retrier",
    ],
    [
      "an unknown States error",
      task({ Retry: [{ ErrorEquals: ["States.Throttled"] }] }),
      "STANDARD",
      "A: Retry[0]: States.Throttled is not a predefined States error",
    ],
    [
      "a zero IntervalSeconds",
      task({ Retry: [{ ErrorEquals: ["X"], IntervalSeconds: 0 }] }),
      "STANDARD",
      "A: Retry[0].IntervalSeconds must be an integer from 1 to 99999999; got 0",
    ],
    [
      "a fractional MaxAttempts",
      task({ Retry: [{ ErrorEquals: ["X"], MaxAttempts: 1.5 }] }),
      "STANDARD",
      "A: Retry[0].MaxAttempts must be an integer from 0 to 99999999; got 1.5",
    ],
    [
      "a BackoffRate below 1",
      task({ Retry: [{ ErrorEquals: ["X"], BackoffRate: 0.5 }] }),
      "STANDARD",
      "A: Retry[0].BackoffRate must be a number of 1.0 or more; got 0.5",
    ],
    [
      "a zero MaxDelaySeconds",
      task({ Retry: [{ ErrorEquals: ["X"], MaxDelaySeconds: 0 }] }),
      "STANDARD",
      "A: Retry[0].MaxDelaySeconds must be an integer from 1 to 31622400; got 0",
    ],
    [
      "a .sync integration in Express",
      task({ Resource: "arn:aws:states:::states:startExecution.sync:2" }),
      "EXPRESS",
      "A: arn:aws:states:::states:startExecution.sync:2 is a .sync or .waitForTaskToken integration, which Express workflows do not support",
    ],
    [
      "a callback integration in Express",
      task({ Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken" }),
      "EXPRESS",
      "A: arn:aws:states:::sqs:sendMessage.waitForTaskToken is a .sync or .waitForTaskToken integration, which Express workflows do not support",
    ],
    [
      "an activity in Express",
      task({ Resource: "arn:aws:states:us-east-1:123456789012:activity:review" }),
      "EXPRESS",
      "A: activities are not supported in Express workflows",
    ],
    [
      "a heartbeat as long as the timeout",
      task({ HeartbeatSeconds: 10 }),
      "STANDARD",
      "A: HeartbeatSeconds must be smaller than TimeoutSeconds",
    ],
    [
      "a state name reused inside a Map",
      {
        StartAt: "A",
        States: {
          A: {
            Type: "Map",
            MaxConcurrency: 2,
            ItemProcessor: { StartAt: "A", States: { A: { Type: "Pass", End: true } } },
            End: true,
          },
        },
      },
      "STANDARD",
      "A: state names must be unique across the state machine",
    ],
  ];
  for (const [what, definition, type, problem] of cases) {
    it(`finds ${what}`, () => {
      assert.deepEqual(awsDefinitionProblems(definition, type), [problem]);
    });
  }

  it("shows asl-validator accepting States.ALL beside another error", () => {
    const definition = task({ Catch: [{ ErrorEquals: ["States.ALL", "X"], Next: "B" }] });
    assert.equal(validate(definition).isValid, true);
  });

  it("allows .sync in Standard workflows", () => {
    assert.deepEqual(
      awsDefinitionProblems(
        task({ Resource: "arn:aws:states:::states:startExecution.sync:2" }),
        "STANDARD",
      ),
      [],
    );
  });

  it("pipeline rules: untimed or unretried Tasks, unbounded Maps and long Express timeouts", () => {
    const definition = {
      StartAt: "M",
      TimeoutSeconds: 600,
      States: {
        M: {
          Type: "Map",
          ItemProcessor: {
            StartAt: "T",
            States: { T: { Type: "Task", Resource: PROCESSOR, End: true } },
          },
          End: true,
        },
      },
    };
    assert.deepEqual(pipelineDefinitionProblems(definition, "EXPRESS", 10), [
      "M: a Map needs MaxConcurrency of 1 or more; 0 or none is unbounded",
      "T: every Task needs TimeoutSeconds, or a hung call holds the execution until it times out",
      "T: every Task needs a Retry with backoff",
      "TimeoutSeconds must be set and at most 300 for an Express workflow; got 600",
      "the worst case of Infinity s (every attempt timing out, every retry at its longest wait) exceeds Express's 300 s",
    ]);
  });
});

describe("conversation state machine under aws-local-stepfunctions", () => {
  const record = (messageId: string, event: Record<string, unknown>) => ({
    messageId,
    body: JSON.stringify({ event }),
  });
  const named = (name: string, message: string) => Object.assign(new Error(message), { name });

  async function run(
    type: WorkflowType,
    records: unknown[],
    store: (input: any) => Promise<unknown>,
    maxConcurrency = 10,
  ) {
    const sent: any[] = [];
    const send = (state: string) => async (input: any) => {
      sent.push({ state, ...input });
      return { MessageId: `sent-${sent.length}` };
    };
    const machine = new StateMachine(
      build(type, maxConcurrency) as unknown as StateMachineDefinition,
    );
    const execution = machine.run(records as never, {
      overrides: {
        taskResourceLocalHandlers: {
          StoreEvent: store as never,
          RejectEvent: send("RejectEvent"),
          DeadLetterEvent: send("DeadLetterEvent"),
        },
        retryIntervalOverrides: { StoreEvent: 0, RejectEvent: 0, DeadLetterEvent: 0 },
      },
    });
    try {
      return { output: await execution.result, sent };
    } catch (error) {
      return { error, sent };
    }
  }

  it("stores, skips duplicates, rejects malformed events to the dead-letter queue with the reason, and retries throttling", async () => {
    const attempts = new Map<string, number>();
    const { output, sent } = await run(
      "EXPRESS",
      [
        record("m1", { id: "new" }),
        record("m2", { id: "again" }),
        record("m3", { id: "bad" }),
        record("m4", { id: "busy" }),
      ],
      async (input) => {
        const id = input.event.id as string;
        attempts.set(id, (attempts.get(id) ?? 0) + 1);
        if (id === "bad")
          throw named(
            "MalformedEvent",
            "malformed Genesys event: detail.eventBody.participantId is missing",
          );
        if (id === "busy" && attempts.get(id)! < 3)
          throw named("Lambda.TooManyRequestsException", "Rate exceeded");
        return { outcome: id === "again" ? "duplicate" : "stored", key: id };
      },
    );
    assert.deepEqual(output, [
      { outcome: "stored" },
      { outcome: "duplicate" },
      { outcome: "rejected" },
      { outcome: "stored" },
    ]);
    assert.deepEqual(Object.fromEntries(attempts), { new: 1, again: 1, bad: 1, busy: 3 });
    assert.deepEqual(sent, [
      {
        state: "RejectEvent",
        QueueUrl: DLQ_URL,
        MessageBody: {
          reason: "malformed event",
          error: {
            Error: "MalformedEvent",
            Cause: "malformed Genesys event: detail.eventBody.participantId is missing",
          },
          messageId: "m3",
          message: { event: { id: "bad" } },
        },
      },
    ]);
  });

  it("Express: fails the execution once throttling outlasts every retry, so the pipe returns the batch to the queue", async () => {
    let calls = 0;
    const { error, sent } = await run("EXPRESS", [record("m1", { id: "busy" })], async () => {
      calls += 1;
      throw named("Lambda.TooManyRequestsException", "Rate exceeded");
    });
    assert.ok(error instanceof ExecutionError, String(error));
    assert.equal(((error as Error).cause as Error).name, "RetriesExhausted");
    assert.equal(calls, 7);
    assert.deepEqual(sent, []);
  });

  it("Standard: dead-letters an event whose throttling outlasts every retry, since nothing would retry the execution", async () => {
    const { output, sent } = await run("STANDARD", [record("m1", { id: "busy" })], async () => {
      throw named(
        "StoreUnavailable",
        "DynamoDB did not store the event (ThrottlingException: slow down)",
      );
    });
    assert.deepEqual(output, [{ outcome: "deadLettered" }]);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].state, "DeadLetterEvent");
    assert.equal(sent[0].MessageBody.reason, "processing failed");
    assert.equal(sent[0].MessageBody.error.Error, "StoreUnavailable");
  });

  it("dead-letters an unexpected error at once instead of failing the batch", async () => {
    let calls = 0;
    const { output, sent } = await run(
      "EXPRESS",
      [record("m1", { id: "x" }), record("m2", { id: "y" })],
      async (input) => {
        calls += 1;
        if (input.event.id === "x")
          throw named("AccessDeniedException", "not authorized to perform dynamodb:PutItem");
        return { outcome: "stored" };
      },
    );
    assert.deepEqual(output, [{ outcome: "deadLettered" }, { outcome: "stored" }]);
    assert.equal(calls, 2);
    assert.deepEqual(
      sent.map((s) => [s.state, s.MessageBody.error.Error, s.MessageBody.messageId]),
      [["DeadLetterEvent", "AccessDeniedException", "m1"]],
    );
  });

  it("keeps at most maxConcurrency processor calls in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const records = Array.from({ length: 9 }, (_, i) => record(`m${i}`, { id: `e${i}` }));
    const { output } = await run(
      "EXPRESS",
      records,
      async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;
        return { outcome: "stored" };
      },
      3,
    );
    assert.equal((output as unknown[]).length, 9);
    assert.equal(most, 3);
  });
});
