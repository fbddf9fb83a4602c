// Pure checks of the pipeline's building blocks (no mocks): argument validation names the field,
// the bad value and the fix; the threshold literal; the action specs' shape.
import * as assert from "node:assert/strict";
import type { DataActionSpec } from "../../components/dataActions";
import {
  sortedPermissionPolicies,
  validateGenesysApiDataActionsArgs,
} from "../../components/genesysApiDataActions";
import {
  genesysApiActionSpecs,
  NEGATIVE_SENTIMENT_PERMISSIONS,
} from "../../components/negativeSentimentActions";
import {
  formatThreshold,
  validateNegativeSentimentArgs,
} from "../../components/negativeSentimentCallback";
import type { NegativeSentimentCallbackArgs } from "../../components/negativeSentimentCallback";
import { validateWebServiceDataActionsArgs } from "../../components/webServiceDataActions";

const ARGS: NegativeSentimentCallbackArgs = {
  genesysEnvironment: "mypurecloud.com",
  namePrefix: "dev",
  smsNumber: "+13175550199",
  callbackQueue: { name: "Q" },
  wrapupCode: { id: "7b2c3d4e-0000-4000-8000-000000000002" },
};

const SPECS = genesysApiActionSpecs({
  "get-sentiment": "a",
  "send-sms": "b",
  "create-callback": "c",
  "tag-conversation": "d",
});

describe("validateNegativeSentimentArgs", () => {
  it("accepts the defaults and the boundaries", () => {
    validateNegativeSentimentArgs(ARGS);
    validateNegativeSentimentArgs({
      ...ARGS,
      sentimentThreshold: -0.9999,
      callbackDelayMinutes: 1440,
      triggerEventTtlSeconds: 10,
      acknowledgementText: "x".repeat(306),
    });
    validateNegativeSentimentArgs({
      ...ARGS,
      callbackQueue: { create: { name: "Q" } },
      wrapupCode: { name: "W" },
      sentimentThreshold: 0.9999,
      callbackDelayMinutes: 0,
    });
  });

  const cases: Array<[string, Partial<NegativeSentimentCallbackArgs>, RegExp]> = [
    [
      "smsNumber",
      { smsNumber: "3175550199" },
      /NegativeSentimentCallback\.smsNumber: "3175550199" is not an E\.164 number; fix: /,
    ],
    [
      "threshold on the UI scale",
      { sentimentThreshold: -30 },
      /NegativeSentimentCallback\.sentimentThreshold: -30 is outside the API's sentiment scale.*fix: use e\.g\. 0 or -0\.25/,
    ],
    [
      "threshold 1 (the blueprint's `< 1`)",
      { sentimentThreshold: 1 },
      /sentimentThreshold: 1 is outside/,
    ],
    [
      "threshold NaN",
      { sentimentThreshold: Number.NaN },
      /sentimentThreshold: null is not a number/,
    ],
    [
      "threshold too precise",
      { sentimentThreshold: 0.00001 },
      /sentimentThreshold: 0\.00001 has more than 4 decimal places/,
    ],
    [
      "delay fractional",
      { callbackDelayMinutes: 1.5 },
      /callbackDelayMinutes: 1\.5 is not a whole number from 0 to 1440/,
    ],
    ["delay over a day", { callbackDelayMinutes: 1441 }, /callbackDelayMinutes: 1441/],
    [
      "text with a quote",
      { acknowledgementText: 'a "b"' },
      /acknowledgementText: .* contains a double quote/,
    ],
    [
      "text too long",
      { acknowledgementText: "x".repeat(307) },
      /acknowledgementText: .* is 307 characters long/,
    ],
    [
      "TTL below 10",
      { triggerEventTtlSeconds: 9 },
      /triggerEventTtlSeconds: 9 is not a whole number of at least 10/,
    ],
    [
      "queue with two ways",
      { callbackQueue: { id: "x", name: "y" } as never },
      /callbackQueue: \["id","name"\] must set exactly one of id, name, create/,
    ],
    [
      "wrap-up code with none",
      { wrapupCode: {} as never },
      /wrapupCode: \[\] must set exactly one/,
    ],
    [
      "empty created name",
      { wrapupCode: { create: { name: " " } } },
      /wrapupCode\.create\.name: " " is empty/,
    ],
  ];
  for (const [label, change, message] of cases) {
    it(`rejects ${label}`, () =>
      assert.throws(() => validateNegativeSentimentArgs({ ...ARGS, ...change }), message));
  }
});

describe("formatThreshold", () => {
  it("writes a decimal literal the workflow compares with", () => {
    assert.equal(formatThreshold(0), "0.0");
    assert.equal(formatThreshold(-0), "0.0");
    assert.equal(formatThreshold(-0.25), "-0.25");
    assert.equal(formatThreshold(0.1), "0.1");
    assert.equal(formatThreshold(-0.9999), "-0.9999");
  });
});

describe("validateGenesysApiDataActionsArgs", () => {
  const base = {
    integrationName: "I",
    actions: SPECS,
    permissionPolicies: NEGATIVE_SENTIMENT_PERMISSIONS,
  };

  it("accepts the pipeline's actions and permissions", () => {
    validateGenesysApiDataActionsArgs(base);
  });

  it("refuses a role that is empty, broad or ambiguous", () => {
    assert.throws(
      () => validateGenesysApiDataActionsArgs({ ...base, permissionPolicies: [] }),
      /permissionPolicies is empty/,
    );
    assert.throws(
      () =>
        validateGenesysApiDataActionsArgs({
          ...base,
          permissionPolicies: [{ domain: "*", entityName: "*", actionSets: ["*"] }],
        }),
      /permission policy "\*:\*" must name one domain and one entity; fix: no wildcards/,
    );
    assert.throws(
      () =>
        validateGenesysApiDataActionsArgs({
          ...base,
          permissionPolicies: [
            { domain: "conversation", entityName: "callback", actionSets: ["*"] },
          ],
        }),
      /permission policy "conversation:callback" actionSets \["\*"\] must name actions/,
    );
    assert.throws(
      () =>
        validateGenesysApiDataActionsArgs({
          ...base,
          permissionPolicies: [{ domain: "conversation", entityName: "callback", actionSets: [] }],
        }),
      /must name actions/,
    );
    assert.throws(
      () =>
        validateGenesysApiDataActionsArgs({
          ...base,
          permissionPolicies: [
            ...NEGATIVE_SENTIMENT_PERMISSIONS,
            NEGATIVE_SENTIMENT_PERMISSIONS[0],
          ],
        }),
      /"conversation:callback" is listed twice/,
    );
  });

  it("needs no permissions with an existing client, but still checks the actions", () => {
    validateGenesysApiDataActionsArgs({
      ...base,
      permissionPolicies: [],
      existingClient: { clientId: "c", clientSecret: "s" },
    });
    assert.throws(
      () => validateGenesysApiDataActionsArgs({ ...base, actions: {} }),
      /actions is empty/,
    );
    assert.throws(
      () => validateGenesysApiDataActionsArgs({ ...base, actions: { Bad_Key: SPECS["send-sms"] } }),
      /action key "Bad_Key"/,
    );
    const external: DataActionSpec = {
      ...SPECS["send-sms"],
      requestUrlTemplate: "https://example.com/x",
    };
    assert.throws(
      () => validateGenesysApiDataActionsArgs({ ...base, actions: { x: external } }),
      /actions\.x\.requestUrlTemplate "https:\/\/example\.com\/x" is not a Genesys API path/,
    );
    const noSchema = { ...SPECS["send-sms"], contract: { input: {}, output: { type: "object" } } };
    assert.throws(
      () => validateGenesysApiDataActionsArgs({ ...base, actions: { x: noSchema } }),
      /actions\.x\.contract\.input must be a JSON schema/,
    );
  });

  it("orders policies and their actions canonically", () => {
    assert.deepEqual(
      sortedPermissionPolicies([
        { domain: "speechAndTextAnalytics", entityName: "data", actionSets: ["view"] },
        { domain: "conversation", entityName: "message", actionSets: ["view", "create", "view"] },
      ]),
      [
        { domain: "conversation", entityName: "message", actionSets: ["create", "view"] },
        { domain: "speechAndTextAnalytics", entityName: "data", actionSets: ["view"] },
      ],
    );
  });
});

describe("validateWebServiceDataActionsArgs", () => {
  it("refuses a plain URL that is not https", () => {
    const spec: DataActionSpec = {
      ...SPECS["send-sms"],
      requestUrlTemplate: "http://example.com/hook",
    };
    assert.throws(
      () => validateWebServiceDataActionsArgs({ integrationName: "W", actions: { hook: spec } }),
      /actions\.hook\.requestUrlTemplate is not an https URL/,
    );
    validateWebServiceDataActionsArgs({
      integrationName: "W",
      actions: { hook: { ...spec, requestUrlTemplate: "https://example.com/hook" } },
    });
  });
});

describe("genesysApiActionSpecs", () => {
  it("requires every input a template prints, so Velocity never prints a variable's name", () => {
    for (const [key, spec] of Object.entries(SPECS)) {
      const printed = new Set(
        [
          ...`${spec.requestUrlTemplate} ${spec.requestTemplate}`.matchAll(
            /\$\{input\.([A-Za-z]+)\}/g,
          ),
        ].map((m) => m[1]),
      );
      printed.delete("rawRequest");
      const required = new Set(spec.contract.input.required as string[]);
      for (const name of printed)
        assert.ok(required.has(name), `${key}: ${name} is printed but not required`);
      // And the body is JSON once the inputs are in: every printed string is escaped.
      assert.doesNotMatch(
        String(spec.requestTemplate),
        /"\$\{input\./,
        `${key}: an unescaped string input`,
      );
      if (spec.requestTemplate !== "${input.rawRequest}") {
        const sample = String(spec.requestTemplate).replace(
          /\$esc\.jsonString\(\$\{input\.[A-Za-z]+\}\)/g,
          "v",
        );
        assert.doesNotThrow(() => JSON.parse(sample), key);
      }
    }
  });
});
