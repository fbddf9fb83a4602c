import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import {
  applyInputTransformer,
  INPUT_PATHS_MAX_ENTRIES,
  isValidJsonTemplateResult,
  validateInputTransformer,
} from "../../../tools/eventbridge";

// The EC2 event and input paths of the guide's "Input transform examples":
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html#eb-transform-input-examples
const ec2Event = {
  version: "0",
  id: "7bf73129-1428-4cd3-a780-95db273d1602",
  "detail-type": "EC2 Instance State-change Notification",
  source: "aws.ec2",
  account: "123456789012",
  time: "2015-11-11T21:29:54Z",
  region: "us-east-1",
  resources: ["arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111"],
  detail: { "instance-id": "i-0123456789", state: "RUNNING" },
};
const inputPaths = {
  timestamp: "$.time",
  instance: "$.detail.instance-id",
  state: "$.detail.state",
  resource: "$.resources[0]",
};
const rule = { ruleName: "example", ruleArn: "arn:aws:events:us-east-2:123456789012:rule/example" };
const transform = (
  inputTemplate: string,
  paths: Record<string, string> = inputPaths,
  event: unknown = ec2Event,
) => applyInputTransformer({ inputPaths: paths, inputTemplate }, event, rule);

describe("applyInputTransformer: the guide's examples table", () => {
  const table: Array<[string, string, string]> = [
    [
      "simple string",
      '"instance <instance> is in <state>"',
      '"instance i-0123456789 is in RUNNING"',
    ],
    [
      "string with escaped quotes",
      '"instance \\"<instance>\\" is in <state>"',
      '"instance \\"i-0123456789\\" is in RUNNING"',
    ],
    [
      "simple JSON",
      '{"instance" : <instance>,"state": <state>}',
      '{"instance" : "i-0123456789","state": "RUNNING"}',
    ],
    [
      "JSON with strings and variables",
      '{"instance" : <instance>,"state": "<state>","instanceStatus": "instance \\"<instance>\\" is in <state>"}',
      '{"instance" : "i-0123456789","state": "RUNNING","instanceStatus": "instance \\"i-0123456789\\" is in RUNNING"}',
    ],
    [
      "JSON with a mix of variables and static information",
      '{"instance" : <instance>,"state": [ 9, <state>, true ],"Transformed" : "Yes"}',
      '{"instance" : "i-0123456789","state": [ 9, "RUNNING", true ],"Transformed" : "Yes"}',
    ],
    ["reserved variables in a string", '"<aws.events.rule-name> triggered"', '"example triggered"'],
    [
      "an array index path",
      '{"resource": <resource>}',
      '{"resource": "arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111"}',
    ],
  ];
  for (const [name, template, expected] of table) {
    it(name, () => assert.equal(transform(template), expected));
  }

  it("reserved variables in JSON, with the original event as a JSON value", () => {
    const out = transform(
      '{"instance" : <instance>,"state": <state>,"ruleArn" : <aws.events.rule-arn>,"ruleName" : <aws.events.rule-name>,"originalEvent" : <aws.events.event.json>}',
    );
    assert.deepEqual(JSON.parse(out), {
      instance: "i-0123456789",
      state: "RUNNING",
      ruleArn: "arn:aws:events:us-east-2:123456789012:rule/example",
      ruleName: "example",
      originalEvent: ec2Event,
    });
  });
});

describe("applyInputTransformer: behaviour recorded against AWS", () => {
  // localstack tests/aws/services/events/test_events_inputs.py + .snapshot.json (aws.validated).
  const paths = {
    "detail-type": "$.detail-type",
    timestamp: "$.time",
    command: "$.detail.notinmessage",
  };

  it("drops a path missing from the event inside a string", () => {
    assert.equal(
      transform(
        '"Event of <detail-type> type, at time <timestamp>, info extracted from detail <command>"',
        paths,
      ),
      '"Event of EC2 Instance State-change Notification type, at time 2015-11-11T21:29:54Z, info extracted from detail "',
    );
  });

  it('writes a path missing from the event as "" where a JSON value goes', () => {
    const out = transform(
      '{"detailType": <detail-type>,  "time": <timestamp>, "command": <command>}',
      paths,
    );
    assert.deepEqual(JSON.parse(out), {
      detailType: "EC2 Instance State-change Notification",
      time: "2015-11-11T21:29:54Z",
      command: "",
    });
  });

  it("delivers <aws.events.event> as the envelope without detail, with detailType and the ingestion time", () => {
    const out = applyInputTransformer(
      { inputTemplate: '{"originalEvent": <aws.events.event>}' },
      ec2Event,
      {
        ingestionTime: "2015-11-11T21:29:55.123Z",
      },
    );
    assert.deepEqual(JSON.parse(out), {
      originalEvent: {
        id: "7bf73129-1428-4cd3-a780-95db273d1602",
        account: "123456789012",
        detailType: "EC2 Instance State-change Notification",
        time: "2015-11-11T21:29:55.123Z",
        source: "aws.ec2",
        region: "us-east-1",
        resources: ["arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111"],
        version: "0",
      },
    });
  });

  it("refuses a placeholder that is neither an input path nor predefined, as PutTargets does", () => {
    assert.throws(
      () => transform('"Event of <detail-type> type, with not defined key <notdefinedkey>"', paths),
      /contains invalid placeholder <notdefinedkey>.*Fix: add "notdefinedkey" to inputPaths/,
    );
  });
});

describe("applyInputTransformer: value types and positions", () => {
  // "Common issues with transforming input" in eb-transform-target-input.html, and the same list in
  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-input-transformation.html
  const event = {
    ...ec2Event,
    detail: {
      body: { attr: "value" },
      count: 3,
      ok: true,
      none: null,
      items: [{ id: "a" }, { id: "b" }],
    },
  };
  const paths = {
    body: "$.detail.body",
    count: "$.detail.count",
    ok: "$.detail.ok",
    none: "$.detail.none",
    ids: "$.detail.items[*].id",
    all: "$",
  };
  const cases: Array<[string, string, string]> = [
    ["an object as a JSON value", '{"body": <body>}', '{"body": {"attr":"value"}}'],
    [
      "an object inside a string loses its internal quotes",
      '"Body is <body>"',
      '"Body is {attr:value}"',
    ],
    ["a number as a JSON value", '{"n": <count>}', '{"n": 3}'],
    ["a number inside a string", '{"n": "<count> items"}', '{"n": "3 items"}'],
    ["a boolean as a JSON value", '{"ok": <ok>}', '{"ok": true}'],
    ["null as a JSON value", '{"none": <none>}', '{"none": null}'],
    ["a wildcard path yields an array", '{"ids": <ids>}', '{"ids": ["a","b"]}'],
    [
      "a free-text template inserts strings raw",
      "<count> items, body <body>",
      '3 items, body {"attr":"value"}',
    ],
  ];
  for (const [name, template, expected] of cases) {
    it(name, () => assert.equal(transform(template, paths, event), expected));
  }

  it("$ is the whole event", () => {
    assert.deepEqual(JSON.parse(transform('{"e": <all>}', paths, event)), { e: event });
  });

  it("fills <aws.events.event.ingestion-time> from the context, else from the event's time", () => {
    const template = { inputTemplate: '{"at": <aws.events.event.ingestion-time>}' };
    assert.equal(
      applyInputTransformer(template, ec2Event, { ingestionTime: "2026-01-01T00:00:00Z" }),
      '{"at": "2026-01-01T00:00:00Z"}',
    );
    assert.equal(applyInputTransformer(template, ec2Event), '{"at": "2015-11-11T21:29:54Z"}');
  });

  it("needs the rule name from the context", () => {
    assert.throws(
      () => applyInputTransformer({ inputTemplate: '"<aws.events.rule-name>"' }, ec2Event),
      /<aws\.events\.rule-name> needs context\.ruleName/,
    );
  });
});

describe("applyInputTransformer: JSON output check", () => {
  // "EventBridge doesn't escape values extracted by Input Path" (eb-transform-target-input.html):
  // a quote inside a string value breaks a JSON template. AWS delivers whatever results; the
  // replay throws so the rule can be fixed.
  const quoted = { ...ec2Event, detail: { ...ec2Event.detail, state: 'say "hi"' } };

  it("names the placeholder whose value broke the JSON", () => {
    assert.throws(
      () => transform('{"state": "<state>"}', inputPaths, quoted),
      /not valid JSON: <state> = "say \\"hi\\"" holds a quote.*Output: \{"state": "say "hi""\}/,
    );
  });

  it("also when the value sits where a JSON value goes, because the added quotes do not escape it", () => {
    assert.throws(() => transform('{"state": <state>}', inputPaths, quoted), /<state> = /);
  });

  it("returns the unescaped text when the check is switched off", () => {
    const out = applyInputTransformer(
      { inputPaths, inputTemplate: '{"state": "<state>"}' },
      quoted,
      { expectJson: false },
    );
    assert.equal(out, '{"state": "say "hi""}');
    assert.equal(isValidJsonTemplateResult(out), false);
  });

  it("reports a template that is not JSON by itself", () => {
    assert.throws(
      () => transform('{"state": <state>,}'),
      /not valid JSON: \{"state": "RUNNING",\}\. Fix: the template itself/,
    );
  });

  it("does not check string templates unless asked", () => {
    assert.equal(transform("state <state>", inputPaths, quoted), 'state say "hi"');
    assert.throws(
      () =>
        applyInputTransformer({ inputPaths, inputTemplate: "state <state>" }, quoted, {
          expectJson: true,
        }),
      /not valid JSON/,
    );
  });
});

describe("validateInputTransformer", () => {
  // Limits from https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_InputTransformer.html
  const tooMany = Object.fromEntries(
    Array.from({ length: INPUT_PATHS_MAX_ENTRIES + 1 }, (_, i) => [`p${i}`, "$.id"]),
  );
  const invalid: Array<
    [string, { inputPaths?: Record<string, string>; inputTemplate: string }, RegExp]
  > = [
    [
      "an empty template",
      { inputTemplate: "" },
      /inputTemplate must be a string of 1 to 8192 characters \(got 0 characters\)/,
    ],
    ["a template over 8192 characters", { inputTemplate: "x".repeat(8193) }, /got 8193 characters/],
    [
      "101 input paths",
      { inputPaths: tooMany, inputTemplate: '"x"' },
      /has 101 entries; EventBridge allows 100/,
    ],
    [
      "a key with a dot",
      { inputPaths: { "a.b": "$.id" }, inputTemplate: '"x"' },
      /key "a\.b" is not 1-256 characters/,
    ],
    [
      "bracket notation",
      { inputPaths: { a: "$['id']" }, inputTemplate: '"<a>"' },
      /inputPaths\.a: "\$\['id'\]" uses bracket notation/,
    ],
    [
      "a path without $",
      { inputPaths: { a: "detail.id" }, inputTemplate: '"<a>"' },
      /does not start with "\$"/,
    ],
    [
      "a placeholder as an unquoted key",
      { inputPaths: { k: "$.id" }, inputTemplate: "{<k>: 1}" },
      /uses <k> as a JSON object key/,
    ],
    [
      "a placeholder inside a quoted key",
      { inputPaths: { k: "$.id" }, inputTemplate: '{"<k>" : 1}' },
      /uses <k> as a JSON object key/,
    ],
  ];
  for (const [name, transformer, message] of invalid) {
    it(`rejects ${name}`, () =>
      assert.throws(() => validateInputTransformer(transformer), message));
  }

  it("accepts predefined variables without input paths and leaves non-placeholder angle brackets alone", () => {
    validateInputTransformer({
      inputTemplate: '{"a": <aws.events.event>, "b": "<aws.events.rule-arn>", "c": "1 < 2 > 0"}',
    });
    assert.equal(
      applyInputTransformer({ inputTemplate: '{"c": "1 < 2 > 0 </b>"}' }, ec2Event),
      '{"c": "1 < 2 > 0 </b>"}',
    );
  });
});

describe("applyInputTransformer: Genesys Cloud events", () => {
  // Twelve lines of tests/fixtures/genesys-events/sample.jsonl, kept in sample-subset.jsonl (see pattern.test.ts).
  const lines = readFileSync(
    path.join(__dirname, "..", "..", "fixtures", "genesys-events", "sample-subset.jsonl"),
    "utf8",
  )
    .trim()
    .split("\n");
  const userEnd = JSON.parse(lines[8]);
  const transformer = {
    inputPaths: {
      conversationId: "$.detail.eventBody.conversationId",
      participantId: "$.detail.eventBody.participantId",
      ani: "$.detail.eventBody.ani",
      topic: "$.detail.topicName",
      eventTime: "$.detail.eventBody.eventTime",
    },
    inputTemplate:
      '{"conversationId": <conversationId>, "participantId": <participantId>, "ani": <ani>, ' +
      '"key": "<topic>/<participantId>/<eventTime>", "eventTime": <eventTime>, "body": <aws.events.event.json>}',
  };

  it("builds the workflow input from a user.end event", () => {
    const out = JSON.parse(applyInputTransformer(transformer, userEnd));
    const body = userEnd.detail.eventBody;
    assert.deepEqual(out, {
      conversationId: body.conversationId,
      participantId: body.participantId,
      ani: body.ani,
      key: `${userEnd.detail.topicName}/${body.participantId}/${body.eventTime}`,
      eventTime: body.eventTime,
      body: userEnd,
    });
  });

  it('writes "" for a participantId the body lacks', () => {
    const out = JSON.parse(applyInputTransformer(transformer, JSON.parse(lines[4])));
    assert.equal(out.participantId, "");
    assert.match(out.key, /\.customer\.end\/\/1764064123187$/);
  });
});
