import * as assert from "node:assert/strict";
import { StateMachine, type StateMachineDefinition } from "aws-local-stepfunctions";
import {
  allStates,
  awsDefinitionProblems,
  EXPRESS_MAX_EXECUTION_SECONDS,
  pipelineDefinitionProblems,
  worstCaseSeconds,
} from "../../../components/eventbridge/aslChecks";
import { PIPE_BATCH_SIZE } from "../../../components/eventbridge/settings";
import {
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
const MALFORMED_URL = "https://sqs.us-east-1.amazonaws.com/123456789012/geo-dev-malformed";
const build = (workflowType: WorkflowType) =>
  conversationStateMachineDefinition({
    processorArn: PROCESSOR,
    malformedQueueUrl: MALFORMED_URL,
    deadLetterQueueUrl: DLQ_URL,
    workflowType,
  });
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** asl-validator adds QueryLanguage to the states it is given, so it always gets a copy. */
const validate = (definition: unknown) =>
  aslValidator(clone(definition), { checkArn: true, checkPaths: true });
const states = (definition: Record<string, unknown>) => definition.States as Record<string, any>;

describe("conversation state machine definition", () => {
  for (const type of ["EXPRESS", "STANDARD"] as const) {
    it(`${type}: passes asl-validator, the AWS checks it misses and the pipeline rules`, () => {
      const definition = build(type);
      const result = validate(definition);
      assert.deepEqual([result.isValid, result.errors], [true, []]);
      assert.deepEqual(awsDefinitionProblems(definition, type), []);
      assert.deepEqual(pipelineDefinitionProblems(definition, type, PIPE_BATCH_SIZE), []);
    });
  }

  it("hands the whole batch to ONE processor invocation and answers the pipe with batchItemFailures", () => {
    const definition = build("EXPRESS");
    const all = states(definition);
    assert.deepEqual(all[STATE_NAMES.read], {
      Type: "Pass",
      Parameters: { "records.$": "$" },
      Next: STATE_NAMES.store,
    });
    assert.equal(all[STATE_NAMES.store].Resource, PROCESSOR);
    assert.deepEqual(all[STATE_NAMES.store].Parameters, { "records.$": "$.records" });
    assert.deepEqual(all[STATE_NAMES.answer].Parameters, {
      "batchItemFailures.$": "$.result.batchItemFailures",
    });
    // One Lambda Task in the whole machine: no Map of one call per event.
    const lambdas = allStates(definition).filter((s) => s.state.Resource === PROCESSOR);
    assert.deepEqual(
      lambdas.map((s) => s.name),
      [STATE_NAMES.store],
    );
    for (const { state } of allStates(definition).filter((s) => s.state.Type === "Map")) {
      assert.equal(state.MaxConcurrency, PIPE_BATCH_SIZE);
      assert.deepEqual((state.ItemProcessor as any).ProcessorConfig, { Mode: "INLINE" });
    }
  });

  it("times out the execution at its worst case rounded up to a minute, within Express's 5 minutes", () => {
    // StoreBatch: 4 attempts × 15 s + waits 1+2+4 = 67 s; then one wave of sends: 4 × 10 s + 1+2+4 = 47 s.
    assert.equal(worstCaseSeconds(build("EXPRESS"), PIPE_BATCH_SIZE), 114);
    assert.equal(build("EXPRESS").TimeoutSeconds, 120);
    assert.ok((build("EXPRESS").TimeoutSeconds as number) <= EXPRESS_MAX_EXECUTION_SECONDS);
  });

  it("names exactly the documented Task states, each timed and retried with backoff and a limit", () => {
    const tasks = allStates(build("EXPRESS")).filter((s) => s.state.Type === "Task");
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

  it("retries Lambda's throttles, faults and client timeout, then hands the whole batch back (Express) or dead-letters it (Standard)", () => {
    assert.ok(RETRYABLE_ERRORS.includes("Lambda.ClientExecutionTimeoutException"));
    assert.ok(RETRYABLE_ERRORS.includes("Lambda.TooManyRequestsException"));
    for (const [type, exhausted] of [
      ["EXPRESS", STATE_NAMES.returnBatch],
      ["STANDARD", STATE_NAMES.deadLetterBatch],
    ] as const) {
      const store = states(build(type))[STATE_NAMES.store];
      assert.deepEqual(store.Retry[0].ErrorEquals, RETRYABLE_ERRORS);
      assert.deepEqual(
        store.Catch.map((c: any) => [c.ErrorEquals, c.Next]),
        [
          [RETRYABLE_ERRORS, exhausted],
          [["States.ALL"], STATE_NAMES.deadLetterBatch],
        ],
      );
    }
    assert.equal(states(build("STANDARD"))[STATE_NAMES.returnBatch], undefined);
    assert.equal(states(build("STANDARD"))[STATE_NAMES.store].Parameters.retriesToDeadLetter, true);
  });

  it("sends each dead letter's original body unchanged, the reason in message attributes, malformed ones to their own queue", () => {
    const route = states(build("EXPRESS"))[STATE_NAMES.route];
    const inner = route.ItemProcessor.States;
    assert.equal(inner[STATE_NAMES.sendMalformed].Parameters.QueueUrl, MALFORMED_URL);
    assert.equal(inner[STATE_NAMES.sendDeadLetter].Parameters.QueueUrl, DLQ_URL);
    for (const send of [inner[STATE_NAMES.sendMalformed], inner[STATE_NAMES.sendDeadLetter]]) {
      assert.equal(send.Parameters["MessageBody.$"], "$.record.body");
      assert.deepEqual(Object.keys(send.Parameters.MessageAttributes).sort(), [
        "originalMessageId",
        "reason",
      ]);
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
  const records = (...ids: string[]) =>
    ids.map((id) => ({ messageId: id, body: JSON.stringify({ event: { id } }) }));
  const named = (name: string, message: string) => Object.assign(new Error(message), { name });

  async function run(
    type: WorkflowType,
    batch: { messageId: string; body: string }[],
    store: (input: any) => Promise<unknown>,
  ) {
    const sent: any[] = [];
    const send = (state: string) => async (input: any) => {
      sent.push({ state, ...input });
      return { MessageId: `sent-${sent.length}` };
    };
    const machine = new StateMachine(build(type) as unknown as StateMachineDefinition);
    const execution = machine.run(batch as never, {
      overrides: {
        taskResourceLocalHandlers: {
          [STATE_NAMES.store]: store as never,
          [STATE_NAMES.sendMalformed]: send(STATE_NAMES.sendMalformed),
          [STATE_NAMES.sendDeadLetter]: send(STATE_NAMES.sendDeadLetter),
          [STATE_NAMES.sendBatchDeadLetter]: send(STATE_NAMES.sendBatchDeadLetter),
        },
        retryIntervalOverrides: { [STATE_NAMES.store]: 0, [STATE_NAMES.sendMalformed]: 0 },
      },
    });
    try {
      return { output: await execution.result, sent };
    } catch (error) {
      return { error, sent };
    }
  }

  it("one call for the batch: only the records to retry go back; malformed and failed ones go to their queues, bodies unchanged", async () => {
    const batch = records("m1", "m2", "m3", "m4", "m5");
    let calls = 0;
    const { output, sent } = await run("EXPRESS", batch, async (input) => {
      calls += 1;
      assert.deepEqual(input, { records: batch });
      return {
        outcomes: [],
        batchItemFailures: [{ itemIdentifier: "m4" }],
        deadLetters: [
          { index: 2, queue: "malformed", reason: "MalformedEvent: participantId is missing" },
          { index: 4, queue: "failed", reason: "AccessDeniedException: not allowed" },
        ],
      };
    });
    assert.equal(calls, 1);
    assert.deepEqual(output, { batchItemFailures: [{ itemIdentifier: "m4" }] });
    const byState = (state: string) => sent.filter((m) => m.state === state);
    assert.deepEqual(byState(STATE_NAMES.sendMalformed), [
      {
        state: STATE_NAMES.sendMalformed,
        QueueUrl: MALFORMED_URL,
        MessageBody: batch[2].body,
        MessageAttributes: {
          reason: { DataType: "String", StringValue: "MalformedEvent: participantId is missing" },
          originalMessageId: { DataType: "String", StringValue: "m3" },
        },
      },
    ]);
    assert.equal(byState(STATE_NAMES.sendDeadLetter).length, 1);
    assert.equal(byState(STATE_NAMES.sendDeadLetter)[0].QueueUrl, DLQ_URL);
    assert.equal(byState(STATE_NAMES.sendDeadLetter)[0].MessageBody, batch[4].body);
  });

  it("Express: hands every record back once throttling outlasts the retries (4 calls), sending nothing", async () => {
    let calls = 0;
    const { output, sent } = await run("EXPRESS", records("m1", "m2"), async () => {
      calls += 1;
      throw named("Lambda.TooManyRequestsException", "Rate exceeded");
    });
    assert.equal(calls, 4);
    assert.deepEqual(output, {
      batchItemFailures: [{ itemIdentifier: "m1" }, { itemIdentifier: "m2" }],
    });
    assert.deepEqual(sent, []);
  });

  it("dead-letters every record of a batch the processor fails on with a bug, with the error as the reason", async () => {
    for (const type of ["EXPRESS", "STANDARD"] as const) {
      const batch = records("m1", "m2");
      const { output, sent } = await run(type, batch, async () => {
        throw named("TypeError", "TABLE_NAME is not set");
      });
      assert.deepEqual(output, { batchItemFailures: [] }, type);
      assert.deepEqual(
        sent.map((m) => [
          m.state,
          m.QueueUrl,
          m.MessageBody,
          m.MessageAttributes.reason.StringValue,
        ]),
        batch.map((r) => [
          STATE_NAMES.sendBatchDeadLetter,
          DLQ_URL,
          r.body,
          "TypeError: TABLE_NAME is not set",
        ]),
        type,
      );
    }
  });
});
