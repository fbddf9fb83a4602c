import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import {
  compileEventPattern,
  EVENT_PATTERN_MAX_LENGTH,
  matchesEventPattern,
  validateEventPattern,
} from "../../../tools/eventbridge";

// Cases are [description, pattern, event, expected match]. Each group names where the behaviour is
// documented; "AWS-recorded" cases come from localstack's tests/aws/services/events/
// event_pattern_templates/<name>.json5, which were run against AWS's TestEventPattern.
type Case = [string, unknown, unknown, boolean];

function runCases(cases: Case[]): void {
  for (const [name, pattern, event, expected] of cases) {
    it(`${expected ? "matches" : "does not match"}: ${name}`, () => {
      assert.equal(compileEventPattern(pattern)(event), expected);
    });
  }
}

const ec2Event = {
  version: "0",
  id: "6a7e8feb-b491-4cf7-a9f1-bf3703467718",
  "detail-type": "EC2 Instance State-change Notification",
  source: "aws.ec2",
  account: "111122223333",
  time: "2017-12-22T18:43:48Z",
  region: "us-west-1",
  resources: ["arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0"],
  detail: { "instance-id": "i-1234567890abcdef0", state: "terminated" },
};

describe("EventBridge event patterns: structure", () => {
  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html
  const termination = {
    source: ["aws.ec2"],
    "detail-type": ["EC2 Instance State-change Notification"],
    detail: { state: ["terminated"] },
  };
  runCases([
    ["the guide's EC2 termination pattern", termination, ec2Event, true],
    [
      "the same pattern when the state differs",
      termination,
      { ...ec2Event, detail: { state: "running" } },
      false,
    ],
    ["a field the event lacks", { detail: { missing: ["x"] } }, ec2Event, false],
    [
      "field names are case sensitive (AWS-recorded key_case_sensitive_NEG)",
      { Source: ["aws.ec2"] },
      ec2Event,
      false,
    ],
    ["values are case sensitive", { source: ["AWS.EC2"] }, ec2Event, false],
    ["any of the listed values (OR)", { source: ["aws.fargate", "aws.ec2"] }, ec2Event, true],
    [
      "nested fields of the Macie example",
      { detail: { "risk-score": [80], trigger: { risk: [8] } } },
      { detail: { "risk-score": 80, trigger: { risk: 8, "alert-type": "basic" } } },
      true,
    ],
    ["an event that is not an object", { source: ["aws.ec2"] }, [1, 2, 3], false],
    ["an event given as JSON text", termination, JSON.stringify(ec2Event), true],
    // "has dots in keys" caveat: https://github.com/aws/event-ruler#caveat-compiled-rules-and-json-keys-with-dots
    // (AWS-recorded dot_joining_pattern / dot_joining_pattern_NEG)
    [
      "a dotted pattern key against nested event objects",
      { detail: { "state.status": ["running"] } },
      { detail: { state: { status: "running" } } },
      true,
    ],
    [
      "a nested pattern against a dotted event key",
      { detail: { state: { status: ["running"] } } },
      { detail: { "state.status": "running" } },
      true,
    ],
    [
      "a dotted key that does not line up",
      { detail: { "state.status": { status: ["running"] } } },
      { detail: { state: { status: "running" } } },
      false,
    ],
  ]);
});

describe("EventBridge event patterns: null, empty strings and exact values", () => {
  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns-null-values.html
  const autoscaling = {
    source: "aws.autoscaling",
    detail: { eventVersion: "", responseElements: null },
  };
  runCases([
    ["[null] against null", { detail: { responseElements: [null] } }, autoscaling, true],
    ['[""] against an empty string', { detail: { eventVersion: [""] } }, autoscaling, true],
    [
      '[""] against null: not interchangeable',
      { detail: { responseElements: [""] } },
      autoscaling,
      false,
    ],
    [
      '[null] against the string "null" (AWS-recorded null_value_NEG)',
      { detail: { responseElements: [null] } },
      { detail: { responseElements: "null" } },
      false,
    ],
    ["true against true", { flag: [true] }, { flag: true }, true],
    ['true against "true"', { flag: [true] }, { flag: "true" }, false],
    // AWS-recorded number_comparison_float: 300.0 matches [300] although the guide says it does not.
    ["[300] against 300.0", { number: [300] }, JSON.parse('{"number": 300.0}'), true],
    ['[300] against the string "300"', { number: [300] }, { number: "300" }, false],
    ['["300"] against the number 300', { number: ["300"] }, { number: 300 }, false],
    ["[0] against 1e-7 (beyond the 6 compared decimals)", { number: [0] }, { number: 1e-7 }, false],
    // Account ids written as numbers exceed the numeric range; event-ruler keeps a literal match for them.
    [
      "[123456789012] against the same out-of-range number",
      { account: [123456789012] },
      { account: 123456789012 },
      true,
    ],
    // A string that is an IP literal is compared as an address (event-ruler JsonRuleCompiler.writeRules).
    ['["10.0.0.1"] against "10.0.0.1"', { ip: ["10.0.0.1"] }, { ip: "10.0.0.1" }, true],
    [
      '["2001:db8::1"] against its expanded spelling',
      { ip: ["2001:db8::1"] },
      { ip: "2001:0db8:0:0:0:0:0:1" },
      true,
    ],
    ['["10.0.0.1"] against "10.0.0.2"', { ip: ["10.0.0.1"] }, { ip: "10.0.0.2" }, false],
  ]);
});

describe("EventBridge event patterns: arrays", () => {
  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns-arrays.html
  const resources = {
    resources: [
      "arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f",
      "arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f",
      "arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f",
    ],
  };
  // https://github.com/aws/event-ruler#json-array-matching (rulesForJSONEvent is array-consistent)
  const employees = {
    employees: [
      { firstName: "John", lastName: "Doe" },
      { firstName: "Anna", lastName: "Smith" },
      { firstName: "Peter", lastName: "Jones" },
    ],
  };
  runCases([
    [
      "an event array sharing one value with the pattern",
      resources,
      {
        resources: [
          "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:eb56d16b:autoScalingGroupName/ASGTerminate",
          "arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f",
        ],
      },
      true,
    ],
    [
      "an event array sharing none (AWS-recorded arrays_NEG)",
      resources,
      { resources: ["arn:aws:autoscaling:us-east-1:1:x"] },
      false,
    ],
    [
      "[null] against an empty array (AWS-recorded arrays_empty_null_NEG)",
      { resources: [null] },
      { resources: [] },
      false,
    ],
    ["a field inside objects of an array", { employees: { firstName: ["Anna"] } }, employees, true],
    [
      "two fields from the same array element",
      { employees: { firstName: ["Anna"], lastName: ["Smith"] } },
      employees,
      true,
    ],
    [
      "two fields from different array elements",
      { employees: { firstName: ["Anna"], lastName: ["Jones"] } },
      employees,
      false,
    ],
    [
      "nested arrays of objects",
      { employees: { firstName: ["Peter"] } },
      { employees: [[{ firstName: "John" }], [{ firstName: "Peter" }]] },
      true,
    ],
  ]);
});

describe("EventBridge event patterns: comparison operators", () => {
  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
  describe("prefix and suffix", () => {
    runCases([
      [
        "prefix 2017-10-02",
        { time: [{ prefix: "2017-10-02" }] },
        { time: "2017-10-02T18:43:48Z" },
        true,
      ],
      [
        "prefix 2017-10-02 against another day",
        { time: [{ prefix: "2017-10-02" }] },
        { time: "2017-10-03T18:43:48Z" },
        false,
      ],
      ["prefix against a number", { code: [{ prefix: "12" }] }, { code: 123 }, false],
      [
        "prefix ignoring case",
        { detail: { service: [{ prefix: { "equals-ignore-case": "EventB" } }] } },
        { detail: { service: "eventbridge" } },
        true,
      ],
      [
        "prefix ignoring case, other text",
        { detail: { service: [{ prefix: { "equals-ignore-case": "EventB" } }] } },
        { detail: { service: "sqs" } },
        false,
      ],
      ["suffix .png", { FileName: [{ suffix: ".png" }] }, { FileName: "image.png" }, true],
      [
        "suffix .png is case sensitive",
        { FileName: [{ suffix: ".png" }] },
        { FileName: "image.PNG" },
        false,
      ],
      [
        "suffix ignoring case",
        { FileName: [{ suffix: { "equals-ignore-case": ".png" } }] },
        { FileName: "image.PNG" },
        true,
      ],
    ]);
  });

  describe("anything-but", () => {
    const notInitializing = { detail: { state: [{ "anything-but": "initializing" }] } };
    const notPrefixInit = { detail: { state: [{ "anything-but": { prefix: "init" } }] } };
    runCases([
      [
        "anything-but a string, other value",
        notInitializing,
        { detail: { state: "running" } },
        true,
      ],
      [
        "anything-but a string, that value",
        notInitializing,
        { detail: { state: "initializing" } },
        false,
      ],
      [
        "anything-but on a missing field (AWS-recorded content_anything_but_string_missing_NEG)",
        notInitializing,
        { detail: {} },
        false,
      ],
      [
        "anything-but on null (AWS-recorded content_anything_but_string_null)",
        notInitializing,
        { detail: { state: null } },
        true,
      ],
      ["anything-but a string against a number", notInitializing, { detail: { state: 5 } }, true],
      [
        "anything-but 123, other number",
        { detail: { "x-limit": [{ "anything-but": 123 }] } },
        { detail: { "x-limit": 456 } },
        true,
      ],
      [
        "anything-but 123, that number",
        { detail: { "x-limit": [{ "anything-but": 123 }] } },
        { detail: { "x-limit": 123 } },
        false,
      ],
      [
        "anything-but 0 against 789 (AWS-recorded content_anything_but_number_zero)",
        { detail: { "x-limit": [{ "anything-but": 0 }] } },
        { detail: { "x-limit": 789 } },
        true,
      ],
      [
        'anything-but 123 against the string "123"',
        { detail: { "x-limit": [{ "anything-but": 123 }] } },
        { detail: { "x-limit": "123" } },
        true,
      ],
      [
        "anything-but a string list, listed",
        { detail: { state: [{ "anything-but": ["stopped", "overloaded"] }] } },
        { detail: { state: "stopped" } },
        false,
      ],
      [
        "anything-but a string list, unlisted",
        { detail: { state: [{ "anything-but": ["stopped", "overloaded"] }] } },
        { detail: { state: "running" } },
        true,
      ],
      [
        "anything-but a number list, listed",
        { detail: { "x-limit": [{ "anything-but": [100, 200, 300] }] } },
        { detail: { "x-limit": 200 } },
        false,
      ],
      [
        "anything-but a number list, unlisted",
        { detail: { "x-limit": [{ "anything-but": [100, 200, 300] }] } },
        { detail: { "x-limit": 150 } },
        true,
      ],
      ["anything-but prefix, other prefix", notPrefixInit, { detail: { state: "running" } }, true],
      [
        "anything-but prefix, that prefix",
        notPrefixInit,
        { detail: { state: "initializing" } },
        false,
      ],
      [
        "anything-but prefix against a number (AWS-recorded content_anything_prefix_int_value)",
        notPrefixInit,
        { detail: { state: 12 } },
        true,
      ],
      [
        "anything-but prefix against null (AWS-recorded content_anything_prefix_null)",
        notPrefixInit,
        { detail: { state: null } },
        true,
      ],
      [
        "anything-but prefix on a missing field (AWS-recorded content_anything_prefix_missing_NEG)",
        notPrefixInit,
        { detail: {} },
        false,
      ],
      [
        "anything-but suffix, that suffix",
        { FileName: [{ "anything-but": { suffix: ".png" } }] },
        { FileName: "a.png" },
        false,
      ],
      [
        "anything-but suffix, other suffix",
        { FileName: [{ "anything-but": { suffix: ".png" } }] },
        { FileName: "a.txt" },
        true,
      ],
      [
        "anything-but ignoring case, other casing",
        { state: [{ "anything-but": { "equals-ignore-case": "initializing" } }] },
        { state: "INITIALIZING" },
        false,
      ],
      [
        "anything-but ignoring case, other value",
        { state: [{ "anything-but": { "equals-ignore-case": ["initializing", "stopped"] } }] },
        { state: "running" },
        true,
      ],
      [
        "anything-but wildcard, matching path",
        { FilePath: [{ "anything-but": { wildcard: "*/lib/*" } }] },
        { FilePath: "dir/lib/file" },
        false,
      ],
      [
        "anything-but wildcard, other path",
        { FilePath: [{ "anything-but": { wildcard: "*/lib/*" } }] },
        { FilePath: "dir/src/file" },
        true,
      ],
      [
        "anything-but wildcard against a number (AWS-recorded content_anything_wildcard_int)",
        { FilePath: [{ "anything-but": { wildcard: "*/dir/*" } }] },
        { FilePath: 123 },
        true,
      ],
      [
        'anything-but wildcard "" (AWS-recorded content_anything_wildcard_empty)',
        { FilePath: [{ "anything-but": { wildcard: "" } }] },
        { FilePath: "dir/init/file" },
        true,
      ],
    ]);
  });

  describe("numeric", () => {
    const counts = {
      detail: {
        "c-count": [{ numeric: [">", 0, "<=", 5] }],
        "d-count": [{ numeric: ["<", 10] }],
        "x-limit": [{ numeric: ["=", 3.018e2] }],
      },
    };
    runCases([
      [
        "the guide's c-count/d-count/x-limit example",
        counts,
        { detail: { "c-count": 5, "d-count": 3, "x-limit": 301.8 } },
        true,
      ],
      [
        "c-count 0 is not > 0",
        counts,
        { detail: { "c-count": 0, "d-count": 3, "x-limit": 301.8 } },
        false,
      ],
      [
        "c-count 6 is not <= 5",
        counts,
        { detail: { "c-count": 6, "d-count": 3, "x-limit": 301.8 } },
        false,
      ],
      [
        "101.0 > 100 (AWS-recorded numeric-int-float)",
        { number: [{ numeric: [">", 100] }] },
        JSON.parse('{"number": 101.0}'),
        true,
      ],
      [
        'numeric against the string "300" (AWS-recorded numeric-string_NEG)',
        { number: [{ numeric: [">", 100] }] },
        { number: "300" },
        false,
      ],
      [
        "numeric against null (AWS-recorded numeric-null_NEG)",
        { number: [{ numeric: [">", 100] }] },
        { number: null },
        false,
      ],
      ["numeric >= and < bounds", { n: [{ numeric: [">=", -1.5, "<", 2] }] }, { n: -1.5 }, true],
      ["numeric < excludes its bound", { n: [{ numeric: [">=", -1.5, "<", 2] }] }, { n: 2 }, false],
    ]);
  });

  describe("exists", () => {
    runCases([
      [
        "exists true on a present leaf",
        { detail: { "c-count": [{ exists: true }] } },
        { detail: { "c-count": 5 } },
        true,
      ],
      [
        "exists true on a missing field",
        { detail: { "c-count": [{ exists: true }] } },
        { detail: {} },
        false,
      ],
      [
        "exists true on an object (AWS-recorded exists_dynamodb_NEG)",
        { dynamodb: { presentKey: [{ exists: true }] } },
        { dynamodb: { presentKey: { S: "x" } } },
        false,
      ],
      [
        "exists true below that object (AWS-recorded exists_dynamodb)",
        { dynamodb: { presentKey: { S: [{ exists: true }] } } },
        { dynamodb: { presentKey: { S: "x" } } },
        true,
      ],
      [
        "exists true on an empty array (AWS-recorded exists_list_empty_NEG)",
        { resources: [{ exists: true }] },
        { resources: [] },
        false,
      ],
      [
        "exists true in one element of an array (AWS-recorded list_within_dict)",
        { detail: { automations: { id: [{ exists: true }] } } },
        { detail: { automations: [{ key1: "v" }, { id: "x" }] } },
        true,
      ],
      // event-ruler treats null as a value, so the field exists.
      ["exists true on null", { detail: { x: [{ exists: true }] } }, { detail: { x: null } }, true],
      [
        "exists false on a missing field",
        { detail: { "c-count": [{ exists: false }] } },
        { detail: { state: "running" } },
        true,
      ],
      [
        "exists false on an object, which is not a leaf (guide example)",
        { detail: { "c-count": [{ exists: false }] } },
        { detail: { "c-count": { c1: 100 } } },
        true,
      ],
      [
        "exists false on a present leaf (AWS-recorded content_exists_false_NEG)",
        { detail: { "c-count": [{ exists: false }] } },
        { detail: { "c-count": 5 } },
        false,
      ],
      [
        "exists false on an empty array",
        { resources: [{ exists: false }] },
        { resources: [] },
        true,
      ],
      [
        "anything-but or exists:false when the parent is missing (AWS-recorded or-exists-parent)",
        {
          dynamodb: {
            NewImage: { homemade: { S: [{ "anything-but": ["roses"] }, { exists: false }] } },
          },
        },
        { dynamodb: { NewImage: { purchased: { N: "789" } } } },
        true,
      ],
      [
        "anything-but or exists:false when the value is present (AWS-recorded or-anything-but)",
        {
          dynamodb: {
            NewImage: { homemade: { S: [{ "anything-but": ["roses"] }, { exists: false }] } },
          },
        },
        { dynamodb: { NewImage: { homemade: { S: "ABCD" } } } },
        true,
      ],
    ]);
  });

  describe("equals-ignore-case, cidr and wildcard", () => {
    runCases([
      [
        "equals-ignore-case",
        { "detail-type": [{ "equals-ignore-case": "ec2 instance state-change notification" }] },
        ec2Event,
        true,
      ],
      [
        'equals-ignore-case "" (AWS-recorded content_ignorecase_empty_NEG)',
        { detail: { value: [{ "equals-ignore-case": "" }] } },
        { detail: { value: "test-value" } },
        false,
      ],
      [
        "cidr 10.0.0.0/24, inside",
        { detail: { "source-ip": [{ cidr: "10.0.0.0/24" }] } },
        { detail: { "source-ip": "10.0.0.255" } },
        true,
      ],
      [
        "cidr 10.0.0.0/24, outside",
        { detail: { "source-ip": [{ cidr: "10.0.0.0/24" }] } },
        { detail: { "source-ip": "10.0.1.0" } },
        false,
      ],
      [
        "cidr against a number",
        { detail: { "source-ip": [{ cidr: "10.0.0.0/24" }] } },
        { detail: { "source-ip": 10 } },
        false,
      ],
      [
        "cidr IPv6, inside",
        { ip: [{ cidr: "2001:db8:1234:1a00::/64" }] },
        { ip: "2001:0db8:1234:1a00:0000:0000:0000:0001" },
        true,
      ],
      [
        "cidr IPv6, outside",
        { ip: [{ cidr: "2001:db8:1234:1a00::/64" }] },
        { ip: "2001:db8:1234:1a01::1" },
        false,
      ],
      [
        "cidr IPv4 range against an IPv6 address",
        { ip: [{ cidr: "0.0.0.0/0" }] },
        { ip: "::1" },
        false,
      ],
      // event-ruler CIDR.cidr starts the range at the address as written, not at the network address.
      [
        "cidr 10.0.0.5/24 below the written address",
        { ip: [{ cidr: "10.0.0.5/24" }] },
        { ip: "10.0.0.1" },
        false,
      ],
      [
        "wildcard Simple*Service",
        { source: [{ wildcard: "Simple*Service" }] },
        { source: "SimpleQueueService" },
        true,
      ],
      // "*" matches zero or more characters: https://aws.amazon.com/blogs/compute/filtering-events-in-amazon-eventbridge-with-wildcard-pattern-matching/
      [
        "wildcard star matching nothing",
        { source: [{ wildcard: "Simple*Service" }] },
        { source: "SimpleService" },
        true,
      ],
      [
        "wildcard over ARNs (AWS-recorded content_wildcard_simplified)",
        { EventBusArn: [{ wildcard: "arn:aws:events:us-east-1:*:event-bus/*" }] },
        { EventBusArn: "arn:aws:events:us-east-1:123456789012:event-bus/myEventBus" },
        true,
      ],
      [
        "wildcard with a different tail (AWS-recorded content_wildcard_repeating_NEG)",
        { FileName: [{ wildcard: "/Users/*/dir/dir/dir/dir/dir/doc.txt" }] },
        { FileName: "/Users/ls_user/dir/dir/dir/dir/otherdir/doc.txt" },
        false,
      ],
      ["escaped star is literal", { name: [{ wildcard: "a\\*b" }] }, { name: "a*b" }, true],
      [
        "escaped star does not match other text",
        { name: [{ wildcard: "a\\*b" }] },
        { name: "axb" },
        false,
      ],
      ["wildcard against a number", { n: [{ wildcard: "1*" }] }, { n: 12 }, false],
    ]);
  });

  describe("$or", () => {
    // https://github.com/aws/event-ruler#the-or-primitive and the guide's "Or" row
    const sourceAndOr = {
      source: ["aws.cloudwatch"],
      $or: [
        { metricName: ["CPUUtilization", "ReadLatency"] },
        { namespace: ["AWS/EC2", "AWS/ES"] },
      ],
    };
    const nested = {
      source: ["aws.cloudwatch"],
      $or: [
        { metricName: ["CPUUtilization"] },
        {
          metricType: ["MetricType"],
          namespace: ["AWS/EC2"],
          $or: [{ metricId: [1234] }, { spaceId: [1000] }],
        },
      ],
    };
    runCases([
      [
        "source and the first alternative",
        sourceAndOr,
        { source: "aws.cloudwatch", metricName: "ReadLatency" },
        true,
      ],
      [
        "source and the second alternative",
        sourceAndOr,
        { source: "aws.cloudwatch", namespace: "AWS/ES" },
        true,
      ],
      ["no alternative", sourceAndOr, { source: "aws.cloudwatch", namespace: "AWS/S3" }, false],
      [
        "an alternative without the source",
        sourceAndOr,
        { source: "aws.ec2", metricName: "ReadLatency" },
        false,
      ],
      [
        "nested $or, inner second branch",
        nested,
        { source: "aws.cloudwatch", metricType: "MetricType", namespace: "AWS/EC2", spaceId: 1000 },
        true,
      ],
      [
        "nested $or, inner branches unmet",
        nested,
        { source: "aws.cloudwatch", metricType: "MetricType", namespace: "AWS/EC2", spaceId: 1 },
        false,
      ],
    ]);
  });
});

describe("EventBridge event patterns: Genesys Cloud events", () => {
  // Twelve lines of tests/fixtures/genesys-events/sample.jsonl, kept in sample-subset.jsonl (index: topic, queue):
  // 0 customer.start; 1 acd.end queue 6b0d549b; 2 user.start queue 6b0d549b; 3 acw of another org;
  // 4 customer.end without participantId; 5-9 acd.start, acd.end, user.start, user.end, acw in the
  // watched queue 5c9d1a7e; 10 voicemail.end; 11 a line that is not an event.
  const lines = readFileSync(
    path.join(__dirname, "..", "..", "fixtures", "genesys-events", "sample-subset.jsonl"),
    "utf8",
  )
    .trim()
    .split("\n");
  const events: unknown[] = lines.map((line) => JSON.parse(line));
  const matching = (pattern: unknown) => {
    const matches = compileEventPattern(pattern);
    return events.flatMap((event, i) => (matches(event) ? [i] : []));
  };
  const orgSource =
    "aws.partner/genesys.com/cloud/32aa07aa-db1b-4987-abd0-9483601ec29d/dev-conversations";

  it("prefix on source and detail-type keeps every conversation event from any org", () => {
    const pattern = {
      source: [{ prefix: "aws.partner/genesys.com/cloud/" }],
      "detail-type": [{ prefix: "v2.detail.events.conversation." }],
    };
    assert.deepEqual(matching(pattern), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("matches a detail-type holding a literal {id} exactly, and only from the org's source", () => {
    const pattern = {
      source: [orgSource],
      "detail-type": ["v2.detail.events.conversation.{id}.acw"],
    };
    assert.deepEqual(matching(pattern), [9]);
  });

  it("selects the watched queue by detail.eventBody.queueId", () => {
    const pattern = {
      detail: { eventBody: { queueId: ["5c9d1a7e-8f3b-4c2d-9e61-0a4b7c3d2e10"] } },
    };
    assert.deepEqual(matching(pattern), [5, 6, 7, 8, 9]);
  });

  it("combines topic and queue, as the queue-end rule does", () => {
    const pattern = {
      source: [orgSource],
      "detail-type": ["v2.detail.events.conversation.{id}.user.end"],
      detail: { eventBody: { queueId: ["5c9d1a7e-8f3b-4c2d-9e61-0a4b7c3d2e10"] } },
    };
    assert.deepEqual(matching(pattern), [8]);
  });

  it("finds bodies lacking participantId with exists:false", () => {
    const pattern = {
      source: [orgSource],
      detail: { eventBody: { participantId: [{ exists: false }] } },
    };
    assert.deepEqual(matching(pattern), [4, 10]);
  });

  it("compares eventTime numerically and never as a string", () => {
    assert.deepEqual(
      matching({ detail: { eventBody: { eventTime: [{ numeric: [">", 0] }] } } }),
      [],
    );
    // Epoch milliseconds exceed event-ruler's ±5e9 numeric range, so only literal equality works.
    assert.deepEqual(matching({ detail: { eventBody: { eventTime: [1764587825707] } } }), [0]);
    assert.deepEqual(matching({ detail: { eventBody: { eventTime: ["1764587825707"] } } }), []);
  });
});

describe("validateEventPattern", () => {
  // Messages are event-ruler's (JsonRuleCompiler.java); those marked AWS-recorded were returned by
  // PutRule/TestEventPattern in localstack's test_events_patterns.snapshot.json.
  const invalid: Array<[string, unknown, RegExp]> = [
    [
      "a JSON array (AWS-recorded)",
      '["not", "a", "dict"]',
      /at the pattern root: Filter is not an object/,
    ],
    ["text that is not JSON", "{'bad': 'quotation'}", /Filter is not valid JSON/],
    [
      "a scalar leaf (AWS-recorded int_nolist_EXC)",
      { int: 42 },
      /at int: "int" must be an object or an array/,
    ],
    [
      "an empty array (AWS-recorded arrays_empty_EXC)",
      { resources: [] },
      /at resources: Empty arrays are not allowed/,
    ],
    ["an empty object", { detail: {} }, /at detail: Empty objects are not allowed/],
    [
      "a nested array",
      { a: [["x"]] },
      /at a\[0\]: Match value must be String, number, true, false, or null/,
    ],
    [
      "an upper-case operator (AWS-recorded operator_case_sensitive_EXC)",
      { my_key: [{ EXISTS: true }] },
      /at my_key\[0\]\.EXISTS: Unrecognized match type EXISTS/,
    ],
    ["an unknown operator", { a: [{ contains: "x" }] }, /Unrecognized match type contains/],
    ["an empty match expression", { a: [{}] }, /at a\[0\]: Match expression name not found/],
    [
      "two operators in one expression",
      { a: [{ prefix: "x", suffix: "y" }] },
      /at a\[0\]: Only one key allowed in match expression/,
    ],
    ["numeric not an array", { a: [{ numeric: 5 }] }, /Value of numeric must be an array\./],
    [
      "numeric >, > (AWS-recorded content_numeric_EXC)",
      { detail: { "c-count": [{ numeric: [">", 0, ">", 0] }] } },
      /at detail\.c-count\[0\]\.numeric: Bad numeric range operator: >/,
    ],
    [
      "numeric missing its top (AWS-recorded content_numeric_syntax_EXC)",
      { c: [{ numeric: [">", 0, "<"] }] },
      /Value of < must be numeric/,
    ],
    [
      "numeric with an unknown operator",
      { c: [{ numeric: ["!=", 0] }] },
      /Unrecognized numeric range operator: !=/,
    ],
    [
      "numeric = with a string",
      { c: [{ numeric: ["=", "5"] }] },
      /Value of equals must be numeric/,
    ],
    [
      "numeric < with a second term",
      { c: [{ numeric: ["<", 5, ">", 1] }] },
      /Too many elements in numeric expression/,
    ],
    [
      "numeric range upside down",
      { c: [{ numeric: [">", 5, "<", 1] }] },
      /Bottom must be less than top/,
    ],
    [
      "numeric beyond 5e9",
      { c: [{ numeric: ["<", 6e9] }] },
      /Value must be between -5\.0E9 and 5\.0E9, inclusive/,
    ],
    [
      "numeric with 7 decimals",
      { c: [{ numeric: ["=", 0.1234567] }] },
      /Only values upto 6 decimals are supported/,
    ],
    [
      "prefix with a number (AWS-recorded content_prefix_int_EXC)",
      { time: [{ prefix: 123 }] },
      /prefix match pattern must be a string/,
    ],
    [
      "prefix with a list (AWS-recorded content_prefix_list_EXC)",
      { time: [{ prefix: ["2022-07-13"] }] },
      /prefix match pattern must be a string/,
    ],
    [
      "suffix with a list (AWS-recorded content_suffix_list_EXC)",
      { FileName: [{ suffix: [".png"] }] },
      /suffix match pattern must be a string/,
    ],
    [
      "prefix with another inner operator",
      { a: [{ prefix: { wildcard: "x" } }] },
      /Unsupported prefix pattern: wildcard/,
    ],
    [
      "equals-ignore-case with a list (AWS-recorded content_ignorecase_EXC)",
      { t: [{ "equals-ignore-case": ["x"] }] },
      /equals-ignore-case match pattern must be a string/,
    ],
    [
      "anything-but null (AWS-recorded content_anything_but_string_null_type_EXC)",
      { s: [{ "anything-but": null }] },
      /Value of anything-but must be an array or single string\/number value\./,
    ],
    [
      "anything-but list holding null",
      { s: [{ "anything-but": ["stopped", null] }] },
      /at s\[0\]\.anything-but\[1\]: Inside anything but list, start\|null\|boolean is not supported\./,
    ],
    [
      "anything-but mixing strings and numbers",
      { s: [{ "anything-but": ["a", 1] }] },
      /mixed type is not supported/,
    ],
    [
      "anything-but ignore-case number (AWS-recorded content_anything_but_ignorecase_EXC)",
      { s: [{ "anything-but": { "equals-ignore-case": 123 } }] },
      /Inside anything-but\/equals-ignore-case list, number\|start\|null\|boolean is not supported\./,
    ],
    [
      "anything-but prefix ignoring case (AWS-recorded content_anything_prefix_ignorecase_EXC)",
      { f: [{ "anything-but": { prefix: { "equals-ignore-case": "file" } } }] },
      /Value of anything-but must be an array or single string\/number value\./,
    ],
    [
      "anything-but empty prefix",
      { s: [{ "anything-but": { prefix: "" } }] },
      /Null prefix\/suffix not allowed/,
    ],
    [
      "anything-but prefix list with a number (AWS-recorded content_anything_prefix_list_type_EXC)",
      { s: [{ "anything-but": { prefix: [123, "test"] } }] },
      /prefix\/suffix match pattern must be a string/,
    ],
    [
      "anything-but wildcard list with a number (AWS-recorded)",
      { s: [{ "anything-but": { wildcard: [123, "*/dir/*"] } }] },
      /wildcard match pattern must be a string/,
    ],
    [
      "anything-but with an unsupported inner operator",
      { s: [{ "anything-but": { numeric: [">", 1] } }] },
      /Unsupported anything-but pattern: numeric/,
    ],
    [
      "exists with a string",
      { s: [{ exists: "true" }] },
      /exists match pattern must be either true or false\./,
    ],
    [
      "cidr without a mask (AWS-recorded content_ip_address_EXC)",
      { ip: [{ cidr: "10.0.0.0" }] },
      /Malformed CIDR, one '\/' required/,
    ],
    [
      "cidr with a bad mask (AWS-recorded content_ip_address_bad_mask_EXC)",
      { ip: [{ cidr: "10.0.0.0/a" }] },
      /Malformed CIDR, mask bits must be an integer/,
    ],
    [
      "cidr with a bad IPv4 address (AWS-recorded content_ip_address_bad_ip_EXC)",
      { ip: [{ cidr: "xx.11.xx/24" }] },
      /Nonstandard IP address: xx\.11\.xx/,
    ],
    [
      "cidr with a bad IPv6 address (AWS-recorded)",
      { ip: [{ cidr: "xxxx:db8:1234:1a00::/64" }] },
      /Nonstandard IP address: xxxx:db8:1234:1a00::/,
    ],
    [
      "cidr with a list (AWS-recorded content_ip_address_type_EXC)",
      { ip: [{ cidr: ["bad-type"] }] },
      /prefix match pattern must be a string/,
    ],
    ["cidr /32", { ip: [{ cidr: "10.0.0.1/32" }] }, /IPv4 mask bits must be < 32/],
    [
      "wildcard with a number (AWS-recorded content_wildcard_int_EXC)",
      { a: [{ wildcard: 123 }] },
      /wildcard match pattern must be a string/,
    ],
    [
      "wildcard with ** (AWS-recorded content_wildcard_repeating_star_EXC)",
      { EventBusArn: [{ wildcard: "arn:aws:events:us-east-1:**:event-bus/*" }] },
      /Consecutive wildcard characters at pos 26/,
    ],
    [
      "wildcard escaping a letter",
      { a: [{ wildcard: "a\\b" }] },
      /Invalid escape character at pos 2/,
    ],
    [
      "$or with one alternative",
      { $or: [{ a: ["x"] }] },
      /at \$or: There must have at least 2 Objects in \$or relationship\./,
    ],
    ["$or not an array", { $or: { a: ["x"] } }, /It must be an Array followed with \$or\./],
    [
      "$or holding a string",
      { $or: [{ a: ["x"] }, "b"] },
      /at \$or\[1\]: Only JSON object is allowed in array of \$or relationship\./,
    ],
    [
      "$or using an operator name as a field",
      { $or: [{ prefix: ["x"] }, { b: ["y"] }] },
      /prefix is Ruler reserved fieldName which cannot be used inside \$or\./,
    ],
  ];
  for (const [name, pattern, message] of invalid) {
    it(`rejects ${name}`, () => assert.throws(() => validateEventPattern(pattern), message));
  }

  it("names the offending path and value", () => {
    assert.throws(
      () => validateEventPattern({ detail: { state: [{ "anything-but": null }] } }),
      /at detail\.state\[0\]\.anything-but: Value of anything-but must be an array or single string\/number value\. \(got null\)/,
    );
  });

  it(`accepts ${EVENT_PATTERN_MAX_LENGTH} characters and rejects one more unless the quota is raised`, () => {
    const sized = (length: number) => {
      const skeleton = JSON.stringify({ source: [""] });
      return { source: ["x".repeat(length - skeleton.length)] };
    };
    assert.equal(JSON.stringify(sized(EVENT_PATTERN_MAX_LENGTH)).length, 2048);
    validateEventPattern(sized(2048));
    assert.throws(
      () => validateEventPattern(sized(2049)),
      /Event pattern is 2049 characters of JSON; EventBridge accepts at most 2048/,
    );
    validateEventPattern(sized(2049), { maxLength: 4096 });
    assert.throws(() => validateEventPattern(JSON.stringify(sized(2049))), /2049 characters/);
  });

  it("accepts every documented operator", () => {
    validateEventPattern({
      time: [
        { prefix: "2017" },
        { prefix: { "equals-ignore-case": "x" } },
        { suffix: { "equals-ignore-case": "y" } },
      ],
      detail: {
        a: [
          { "anything-but": { suffix: [".png", ".jpg"] } },
          { "anything-but": { wildcard: "*/lib/*" } },
        ],
        b: [
          { numeric: [">=", -5e9, "<=", 5e9] },
          { cidr: "::/0" },
          { exists: false },
          { "equals-ignore-case": "z" },
        ],
        c: [{ wildcard: "a\\\\b\\*c*" }, null, true, 1.5, ""],
      },
      $or: [{ x: ["1"] }, { y: { z: ["2"] } }],
    });
  });
});

describe("matchesEventPattern", () => {
  it("compiles an object pattern once and never serializes events", () => {
    const pattern = {
      source: [{ prefix: "aws.partner/genesys.com/cloud/" }],
      detail: { eventBody: { queueId: ["q"] } },
    };
    const event = {
      source: "aws.partner/genesys.com/cloud/x",
      detail: { eventBody: { queueId: "q" } },
    };
    const original = JSON.stringify;
    let calls = 0;
    JSON.stringify = ((...args: Parameters<typeof JSON.stringify>) => {
      calls++;
      return original(...args);
    }) as typeof JSON.stringify;
    try {
      for (let i = 0; i < 100; i++) assert.equal(matchesEventPattern(pattern, event), true);
    } finally {
      JSON.stringify = original;
    }
    assert.equal(calls, 1, "only the pattern is serialized, once, for the size check");
  });

  it("throws on an invalid pattern instead of reporting no match", () => {
    assert.throws(
      () => matchesEventPattern({ source: "aws.ec2" }, ec2Event),
      /"source" must be an object or an array/,
    );
  });
});
