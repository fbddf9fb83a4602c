import * as assert from "node:assert/strict";
import { CONVERSATION_DETAIL_TOPICS } from "../../../components/eventbridge/events";
import { ConfigObject, PROJECT } from "../../../stacks/config/configObject";
import { eventPipeline, EventPipelineConfig } from "../../../stacks/config/eventPipeline";
import type { GenesysConfig } from "../../../stacks/config/genesys";
import { configError } from "../../support/configError";

const KEY = `${PROJECT}:eventPipeline`;
const T = (event: string) => `v2.detail.events.conversation.{id}.${event}`;
const FIXTURE_TOPICS = [
  "customer.start",
  "customer.end",
  "acd.start",
  "acd.end",
  "user.start",
  "user.end",
  "acw",
].map(T);
const QUEUE = "5c9d1a7e-8f3b-4c2d-9e61-0a4b7c3d2e10";
const GENESYS: GenesysConfig = {
  environment: "mypurecloud.com",
  providerRegion: "us-east-1",
  orgId: "32aa07aa-db1b-4987-abd0-9483601ec29d",
  archyPath: "archy",
  lambdaTrustAccountId: "765628985471",
  namePrefix: "dev",
};

/** Parses the section as parseStackConfig would: `enabled` is read first, then the section's fields. */
function parse(fields: Record<string, unknown>, stack = "dev"): EventPipelineConfig {
  const object = ConfigObject.of(
    KEY,
    { enabled: true, ...fields },
    false,
    ["enabled", ...eventPipeline.fields],
    eventPipeline.example,
  );
  const enabled = object.boolean("enabled") ?? false;
  return eventPipeline.parse(object, { stack, awsRegion: "us-east-1", genesys: GENESYS, enabled });
}

describe("eventPipeline config section", () => {
  it("reads the dev fixture's settings", () => {
    assert.deepEqual(
      parse({ eventSourceSuffix: "dev-conversations", topics: FIXTURE_TOPICS, queueIds: [QUEUE] }),
      {
        eventSourceSuffix: "dev-conversations",
        topics: FIXTURE_TOPICS,
        queueIds: [QUEUE],
        workflowType: "EXPRESS",
        maxConcurrency: 10,
        outageToleranceHours: 24,
        retentionDays: 30,
      },
    );
  });

  it("applies defaults, derives the suffix from the stack, and lowercases queue ids", () => {
    const parsed = parse(
      {
        topics: [T("user.end")],
        queueIds: [QUEUE.toUpperCase()],
        workflowType: "STANDARD",
        maxConcurrency: 900,
        retentionDays: 3650,
      },
      "prod",
    );
    assert.equal(parsed.eventSourceSuffix, "geo-prod");
    assert.deepEqual(parsed.queueIds, [QUEUE]);
    assert.equal(parsed.workflowType, "STANDARD");
    assert.equal(parsed.maxConcurrency, 900);
    assert.equal(parsed.retentionDays, 3650);
  });

  it("accepts every known topic", () => {
    assert.deepEqual(
      parse({ topics: CONVERSATION_DETAIL_TOPICS }).topics,
      CONVERSATION_DETAIL_TOPICS,
    );
  });

  it("lets a disabled section leave topics out, but still checks the values it has", () => {
    const object = ConfigObject.of(
      KEY,
      { enabled: false, maxConcurrency: 10 },
      false,
      ["enabled", ...eventPipeline.fields],
      eventPipeline.example,
    );
    assert.deepEqual(
      eventPipeline.parse(object, {
        stack: "dev",
        awsRegion: "us-east-1",
        genesys: GENESYS,
        enabled: false,
      }).topics,
      [],
    );
    const bad = ConfigObject.of(
      KEY,
      { enabled: false, maxConcurrency: 0 },
      false,
      ["enabled", ...eventPipeline.fields],
      eventPipeline.example,
    );
    assert.equal(
      configError(() =>
        eventPipeline.parse(bad, {
          stack: "dev",
          awsRegion: "us-east-1",
          genesys: GENESYS,
          enabled: false,
        }),
      ).key,
      `${KEY}.maxConcurrency`,
    );
  });

  const tooManyQueues = Array.from(
    { length: 60 },
    (_, i) => `5c9d1a7e-8f3b-4c2d-9e61-${String(i).padStart(12, "0")}`,
  );
  const bad: [string, Record<string, unknown>, string, string, string][] = [
    // [what, fields, key, shown value, text the fix contains]
    [
      "a suffix with a slash",
      { eventSourceSuffix: "dev/conversations", topics: [T("acw")] },
      `${KEY}.eventSourceSuffix`,
      '"dev/conversations"',
      "1–64 letters, digits, '.', '-' or '_'",
    ],
    [
      "a 65-character suffix",
      { eventSourceSuffix: "a".repeat(65), topics: [T("acw")] },
      `${KEY}.eventSourceSuffix`,
      `"${"a".repeat(65)}"`,
      "1–64",
    ],
    [
      "an empty suffix",
      { eventSourceSuffix: "", topics: [T("acw")] },
      `${KEY}.eventSourceSuffix`,
      '""',
      "1–64",
    ],
    [
      "a numeric suffix",
      { eventSourceSuffix: 7, topics: [T("acw")] },
      `${KEY}.eventSourceSuffix`,
      "7",
      "quoted string",
    ],
    ["no topics", {}, `${KEY}.topics`, "(not set)", "every subscribed event is billed"],
    ["empty topics", { topics: [] }, `${KEY}.topics`, "[]", "at least one topic"],
    [
      "topics as a string",
      { topics: T("acw") },
      `${KEY}.topics`,
      JSON.stringify(T("acw")),
      "YAML list",
    ],
    [
      "a topic that is not a string",
      { topics: [T("acw"), 3] },
      `${KEY}.topics[1]`,
      "3",
      "quoted string",
    ],
    [
      "a short topic name",
      { topics: ["customer.end"] },
      `${KEY}.topics[0]`,
      '"customer.end"',
      `write "${T("customer.end")}"`,
    ],
    [
      "a resolved topic",
      { topics: ["v2.detail.events.conversation.2f7bf00a-0fc2-4d6a-9b56-92238191433e.acw"] },
      `${KEY}.topics[0]`,
      '"v2.detail.events.conversation.2f7bf00a-0fc2-4d6a-9b56-92238191433e.acw"',
      `write "${T("acw")}"`,
    ],
    [
      "seed 004's invented topic",
      { topics: ["conversation.end"] },
      `${KEY}.topics[0]`,
      '"conversation.end"',
      "use a conversation detail topic template (known: acd.start",
    ],
    [
      "a non-detail topic",
      { topics: ["v2.users.{id}.presence"] },
      `${KEY}.topics[0]`,
      '"v2.users.{id}.presence"',
      "conversation detail topic",
    ],
    [
      "a repeated topic",
      { topics: [T("acw"), T("acw")] },
      `${KEY}.topics[1]`,
      JSON.stringify(T("acw")),
      "remove the repeat",
    ],
    [
      "a queue id that is not a UUID",
      { topics: [T("user.end")], queueIds: ["support"] },
      `${KEY}.queueIds[0]`,
      '"support"',
      "8-4-4-4-12",
    ],
    [
      "queueIds as a string",
      { topics: [T("user.end")], queueIds: QUEUE },
      `${KEY}.queueIds`,
      `"${QUEUE}"`,
      "YAML list",
    ],
    [
      "a repeated queue id, differing in case",
      { topics: [T("user.end")], queueIds: [QUEUE, QUEUE.toUpperCase()] },
      `${KEY}.queueIds[1]`,
      `"${QUEUE.toUpperCase()}"`,
      "remove the repeat",
    ],
    [
      "queues without the user.end topic",
      { topics: [T("customer.end")], queueIds: [QUEUE] },
      `${KEY}.queueIds`,
      `["${QUEUE}"]`,
      `add "${T("user.end")}" to topics`,
    ],
    [
      "more queues than the processor's environment holds",
      { topics: [T("user.end")], queueIds: tooManyQueues },
      `${KEY}.queueIds`,
      JSON.stringify(tooManyQueues).slice(0, 97) + "...",
      "watch fewer queues",
    ],
    [
      "a lowercase workflow type",
      { topics: [T("acw")], workflowType: "express" },
      `${KEY}.workflowType`,
      '"express"',
      "write EXPRESS, in capitals",
    ],
    [
      "an unknown workflow type",
      { topics: [T("acw")], workflowType: "SYNC" },
      `${KEY}.workflowType`,
      '"SYNC"',
      "EXPRESS (the default, for high volume) or STANDARD",
    ],
    [
      "a zero maxConcurrency",
      { topics: [T("acw")], maxConcurrency: 0 },
      `${KEY}.maxConcurrency`,
      "0",
      "processor invocations to run at once",
    ],
    [
      "a negative maxConcurrency",
      { topics: [T("acw")], maxConcurrency: -5 },
      `${KEY}.maxConcurrency`,
      "-5",
      "processor invocations to run at once",
    ],
    [
      "a fractional maxConcurrency",
      { topics: [T("acw")], maxConcurrency: 2.5 },
      `${KEY}.maxConcurrency`,
      "2.5",
      "whole number",
    ],
    [
      "a quoted maxConcurrency",
      { topics: [T("acw")], maxConcurrency: "10" },
      `${KEY}.maxConcurrency`,
      '"10"',
      "remove the quotes: 10",
    ],
    [
      "a maxConcurrency over the reservable 900",
      { topics: [T("acw")], maxConcurrency: 901 },
      `${KEY}.maxConcurrency`,
      "901",
      "Lambda keeps 100",
    ],
    [
      "a zero outageToleranceHours",
      { topics: [T("acw")], outageToleranceHours: 0 },
      `${KEY}.outageToleranceHours`,
      "0",
      "at most 336",
    ],
    [
      "an outageToleranceHours over SQS's 14 days",
      { topics: [T("acw")], outageToleranceHours: 337 },
      `${KEY}.outageToleranceHours`,
      "337",
      "SQS keeps a message 14 days",
    ],
    [
      "a quoted outageToleranceHours",
      { topics: [T("acw")], outageToleranceHours: "24" },
      `${KEY}.outageToleranceHours`,
      '"24"',
      "remove the quotes: 24",
    ],
    [
      "a zero retentionDays",
      { topics: [T("acw")], retentionDays: 0 },
      `${KEY}.retentionDays`,
      "0",
      "1 to 3650",
    ],
    [
      "a retentionDays over ten years",
      { topics: [T("acw")], retentionDays: 3651 },
      `${KEY}.retentionDays`,
      "3651",
      "1 to 3650",
    ],
    [
      "an unknown field",
      { topics: [T("acw")], maxConcurency: 5 },
      `${KEY}.maxConcurency`,
      "5",
      "rename it to maxConcurrency",
    ],
  ];
  for (const [what, fields, key, value, fix] of bad) {
    it(`refuses ${what}, naming ${key.slice(KEY.length + 1)}`, () => {
      const error = configError(() => parse(fields));
      assert.equal(error.key, key);
      assert.equal(error.value, value);
      assert.ok(error.fix.includes(fix), `fix "${error.fix}" lacks "${fix}"`);
      assert.ok(error.message.startsWith(`${key}: `), error.message);
    });
  }

  it("refuses a default suffix the stack name makes invalid, naming eventSourceSuffix", () => {
    const error = configError(() => parse({ topics: [T("acw")] }, "team/dev"));
    assert.equal(error.key, `${KEY}.eventSourceSuffix`);
    assert.equal(error.value, '"geo-team/dev"');
  });
});
