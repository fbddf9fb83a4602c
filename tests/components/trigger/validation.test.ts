import * as assert from "node:assert/strict";
import {
  normalizeMatchCriteria,
  normalizeTriggerSpec,
  triggerInputProblems,
  triggerRequestBody,
  validateTriggerInputs,
} from "../../../components/trigger/validation";

const valid = {
  genesysEnvironment: "mypurecloud.com",
  name: "Call ended",
  topicName: "v2.detail.events.conversation.{id}.customer.end",
  workflowId: "wf-1",
  matchCriteria: [{ jsonPath: "mediaType", operator: "Equal", value: "VOICE" }],
};

const messages = (overrides: Record<string, unknown>) =>
  triggerInputProblems({ ...valid, ...overrides }).map((p) => p.message);

describe("trigger input validation", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    [
      "eventTTLSeconds below 10",
      { eventTTLSeconds: 9 },
      "eventTTLSeconds: 9 is invalid; use an integer of at least 10, or leave it unset so events never expire.",
    ],
    [
      "eventTTLSeconds not an integer",
      { eventTTLSeconds: 10.5 },
      "eventTTLSeconds: 10.5 is invalid; use an integer of at least 10, or leave it unset so events never expire.",
    ],
    [
      "eventTTLSeconds as a string",
      { eventTTLSeconds: "60" },
      'eventTTLSeconds: "60" is invalid; use an integer of at least 10, or leave it unset so events never expire.',
    ],
    [
      "delayBySeconds below 60",
      { delayBySeconds: 59 },
      "delayBySeconds: 59 is invalid; use an integer from 60 to 900, or leave it unset.",
    ],
    [
      "delayBySeconds above 900",
      { delayBySeconds: 901 },
      "delayBySeconds: 901 is invalid; use an integer from 60 to 900, or leave it unset.",
    ],
    [
      "delayBySeconds not an integer",
      { delayBySeconds: 60.5 },
      "delayBySeconds: 60.5 is invalid; use an integer from 60 to 900, or leave it unset.",
    ],
    [
      "TTL and delay together",
      { eventTTLSeconds: 60, delayBySeconds: 120 },
      "eventTTLSeconds (60) and delayBySeconds (120) are mutually exclusive; set only one of them.",
    ],
    ["empty name", { name: "" }, 'name: "" is invalid; use a string of 1 to 256 characters.'],
    [
      "missing name",
      { name: undefined },
      "name: undefined is invalid; use a string of 1 to 256 characters.",
    ],
    [
      "name too long",
      { name: "n".repeat(257) },
      "name: a 257-character string is too long; use 1 to 256 characters.",
    ],
    [
      "description too long",
      { description: "d".repeat(513) },
      "description: a 513-character string is too long; use at most 512 characters.",
    ],
    [
      "empty topicName",
      { topicName: "" },
      'topicName: "" is invalid; use a topic such as "v2.detail.events.conversation.{id}.customer.end".',
    ],
    [
      "topicName too long",
      { topicName: "t".repeat(257) },
      "topicName: a 257-character string is too long; use at most 256 characters.",
    ],
    [
      "dataFormat in the wrong case",
      { dataFormat: "json" },
      'dataFormat: "json" is invalid; use "Json" or "TopLevelPrimitives".',
    ],
    [
      "empty workflowId",
      { workflowId: "" },
      'workflowId: "" is invalid; use the id of a published Architect workflow (e.g. ArchyFlow.flowId).',
    ],
    [
      "enabled as a string",
      { enabled: "true" },
      'enabled: "true" is invalid; use the boolean true or false (not a string).',
    ],
    [
      "empty environment",
      { genesysEnvironment: " " },
      'genesysEnvironment: " " is invalid; use a Genesys Cloud environment domain such as "mypurecloud.com" or "usw2.pure.cloud".',
    ],
    [
      "unknown operator",
      { matchCriteria: [{ jsonPath: "mediaType", operator: "Equals", value: "VOICE" }] },
      'matchCriteria[0].operator: "Equals" is invalid; use one of Equal, NotEqual, GreaterThan, GreaterThanOrEqual, LessThan, LessThanOrEqual, In, NotIn, Contains, All, Exists, Size.',
    ],
    [
      "both value and values",
      {
        matchCriteria: [
          { jsonPath: "mediaType", operator: "In", value: "VOICE", values: ["VOICE"] },
        ],
      },
      "matchCriteria[0]: sets both value and values; set exactly one (values for list operators such as In, NotIn and All; value otherwise).",
    ],
    [
      "neither value nor values",
      { matchCriteria: [valid.matchCriteria[0], { jsonPath: "queueId", operator: "Equal" }] },
      "matchCriteria[1]: sets neither value nor values; set exactly one (values for list operators such as In, NotIn and All; value otherwise).",
    ],
    [
      "values not an array",
      { matchCriteria: [{ jsonPath: "mediaType", operator: "In", values: "VOICE" }] },
      'matchCriteria[0].values: "VOICE" is invalid; use an array, or use value for a single value.',
    ],
    [
      "empty jsonPath",
      { matchCriteria: [{ jsonPath: "", operator: "Exists", value: true }] },
      'matchCriteria[0].jsonPath: "" is invalid; use a JSONPath into the event body such as "mediaType".',
    ],
    [
      "criteria not an array",
      { matchCriteria: { jsonPath: "mediaType" } },
      'matchCriteria: {"jsonPath":"mediaType"} is invalid; use an array of {jsonPath, operator, value | values}, or leave it unset to match every event.',
    ],
  ];
  for (const [title, overrides, expected] of cases) {
    it(`rejects ${title}`, () => assert.deepEqual(messages(overrides), [expected]));
  }

  const accepted: [string, Record<string, unknown>][] = [
    ["the minimum TTL", { eventTTLSeconds: 10 }],
    ["the shortest delay", { delayBySeconds: 60 }],
    ["the longest delay", { delayBySeconds: 900 }],
    ["a 256-character name and topic", { name: "n".repeat(256), topicName: "t".repeat(256) }],
    ["a 512-character description", { description: "d".repeat(512) }],
    ["no criteria", { matchCriteria: undefined }],
    [
      "every operator",
      {
        matchCriteria: [
          "Equal",
          "NotEqual",
          "GreaterThan",
          "GreaterThanOrEqual",
          "LessThan",
          "LessThanOrEqual",
          "In",
          "NotIn",
          "Contains",
          "All",
          "Exists",
          "Size",
        ].map((operator) => ({ jsonPath: "x", operator, values: [1] })),
      },
    ],
    ["Json data format and disabled", { dataFormat: "Json", enabled: false }],
  ];
  for (const [title, overrides] of accepted) {
    it(`accepts ${title}`, () => assert.deepEqual(messages(overrides), []));
  }

  it("reports every problem at once, one per line, naming the resource", () => {
    assert.throws(
      () => validateTriggerInputs({ ...valid, name: "", eventTTLSeconds: 5, delayBySeconds: 30 }),
      {
        message:
          'ProcessAutomationTrigger: name: "" is invalid; use a string of 1 to 256 characters.\n' +
          "eventTTLSeconds: 5 is invalid; use an integer of at least 10, or leave it unset so events never expire.\n" +
          "delayBySeconds: 30 is invalid; use an integer from 60 to 900, or leave it unset.\n" +
          "eventTTLSeconds (5) and delayBySeconds (30) are mutually exclusive; set only one of them.",
      },
    );
  });

  it("names the failing field for the provider's check failures", () => {
    assert.deepEqual(
      triggerInputProblems({
        ...valid,
        matchCriteria: [{ jsonPath: "a", operator: "Nope", value: 1 }],
      }).map((p) => p.field),
      ["matchCriteria[0].operator"],
    );
  });

  it("skips values not yet known, but still checks the known ones", () => {
    const pending = Symbol("pending");
    const problems = triggerInputProblems(
      { ...valid, workflowId: pending, eventTTLSeconds: pending, delayBySeconds: 5 },
      (v) => v === pending,
    );
    assert.deepEqual(
      problems.map((p) => p.message),
      ["delayBySeconds: 5 is invalid; use an integer from 60 to 900, or leave it unset."],
    );
  });
});

describe("trigger serialization helpers", () => {
  it("puts criteria keys in one order whatever order they were written in, keeping criteria order", () => {
    const a = normalizeMatchCriteria([
      { value: { b: 1, a: 2 }, operator: "Equal", jsonPath: "x" },
      { values: ["b", "a"], jsonPath: "y", operator: "In" },
    ]);
    assert.equal(
      JSON.stringify(a),
      '[{"jsonPath":"x","operator":"Equal","value":{"a":2,"b":1}},{"jsonPath":"y","operator":"In","values":["b","a"]}]',
    );
  });

  it("drops keys the API does not know from criteria", () => {
    const extra = [{ jsonPath: "x", operator: "Equal", value: 1, note: "mine" }] as never;
    assert.deepEqual(normalizeMatchCriteria(extra), [
      { jsonPath: "x", operator: "Equal", value: 1 },
    ]);
  });

  it("builds the API body with a boolean enabled, the Workflow target and criteria objects", () => {
    const body = triggerRequestBody(
      normalizeTriggerSpec({ ...valid, description: "d", eventTTLSeconds: 60 } as never),
    );
    assert.equal(
      JSON.stringify(body),
      JSON.stringify({
        description: "d",
        enabled: true,
        eventTTLSeconds: 60,
        matchCriteria: [{ jsonPath: "mediaType", operator: "Equal", value: "VOICE" }],
        name: "Call ended",
        target: {
          id: "wf-1",
          type: "Workflow",
          workflowTargetSettings: { dataFormat: "TopLevelPrimitives" },
        },
        topicName: "v2.detail.events.conversation.{id}.customer.end",
      }),
    );
  });

  it("defaults enabled to true, dataFormat to TopLevelPrimitives and criteria to none", () => {
    const spec = normalizeTriggerSpec({
      genesysEnvironment: "e",
      name: "n",
      topicName: "t",
      workflowId: "w",
    });
    assert.deepEqual(spec, {
      genesysEnvironment: "e",
      name: "n",
      topicName: "t",
      enabled: true,
      workflowId: "w",
      dataFormat: "TopLevelPrimitives",
      matchCriteria: [],
    });
  });
});
