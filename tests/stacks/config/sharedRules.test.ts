// Every place that applies a shared rule must accept exactly the same values: the config validator,
// the component a program may call directly, and the Lambda that meets the value at run time. A
// table of edge cases goes through each of them; the test fails if any two disagree, or if the rule
// itself drifts from the expected verdict.
import * as assert from "node:assert/strict";
import { expandDidRange } from "../../../components/didRange";
import { validateNegativeSentimentArgs } from "../../../components/negativeSentimentCallback";
import { normalizeE164 } from "../../../lambdas/shared/phone";
import { requireUuid } from "../../../lambdas/shared/validation";
import { PROJECT, parseStackConfig } from "../../../stacks/config";

const ORG_ID = "32aa07aa-db1b-4987-abd0-9483601ec29d";

function accepts(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch {
    return false;
  }
}

function parseWith(genesys: Record<string, unknown>, sections: Record<string, unknown>) {
  return parseStackConfig({
    stack: "dev",
    values: {
      "aws:region": "us-east-1",
      [`${PROJECT}:genesys`]: JSON.stringify({ environment: "mypurecloud.com", ...genesys }),
      ...Object.fromEntries(
        Object.entries(sections).map(([key, value]) => [
          `${PROJECT}:${key}`,
          JSON.stringify(value),
        ]),
      ),
    },
    secretKeys: [],
  });
}

const negativeSentiment = (fields: Record<string, unknown>) => ({
  enabled: true,
  smsNumber: "+13175550199",
  callbackQueue: { name: "Supervisor Callbacks" },
  wrapupCode: { name: "Negative Sentiment" },
  ...fields,
});

describe("the E.164 rule is the same in the config, the components and the Lambda", () => {
  const cases: [string, boolean, string][] = [
    ["+13175550123", true, "a NANP number"],
    ["+6834002", true, "7 digits: Niue, among the shortest numbers in use"],
    ["+683400", false, "6 digits"],
    ["+123456789012345", true, "15 digits, the E.164 maximum"],
    ["+1234567890123456", false, "16 digits"],
    ["+03175550123", false, "a country code starting with 0"],
    ["13175550123", false, "no +"],
    ["+1317555012x", false, "a letter"],
    [
      "+1 317 555 0123",
      false,
      "separators (the Lambda strips them from an ANI; exact form differs)",
    ],
    ["+", false, "only the +"],
    ["", false, "empty"],
  ];
  for (const [value, expected, why] of cases) {
    it(`${expected ? "accepts" : "refuses"} ${JSON.stringify(value)} everywhere (${why})`, () => {
      const verdicts = {
        "save-attributes Lambda (normalizeE164, exact form)": normalizeE164(value) === value,
        "config negativeSentiment.smsNumber": accepts(() =>
          parseWith(
            { orgId: ORG_ID },
            { negativeSentiment: negativeSentiment({ smsNumber: value }) },
          ),
        ),
        "config participantAttributes.didNumbers": accepts(() =>
          parseWith(
            { orgId: ORG_ID },
            { participantAttributes: { enabled: true, didNumbers: { start: value, end: value } } },
          ),
        ),
        "NegativeSentimentCallback smsNumber": accepts(() =>
          validateNegativeSentimentArgs({
            genesysEnvironment: "mypurecloud.com",
            namePrefix: "dev",
            smsNumber: value,
            callbackQueue: { name: "Q" },
            wrapupCode: { name: "W" },
          }),
        ),
        "ParticipantAttributesPipeline didNumbers (expandDidRange)": accepts(() =>
          expandDidRange(value, value),
        ),
      };
      assert.deepEqual(
        verdicts,
        Object.fromEntries(Object.keys(verdicts).map((k) => [k, expected])),
      );
    });
  }
});

describe("the UUID rule is the same in the config and the Lambdas", () => {
  // Without surrounding spaces: the Lambda trims data-action inputs before applying the rule.
  const cases: [string, boolean, string][] = [
    ["3fa85f64-5717-4562-b3fc-2c963f66afa6", true, "lower case"],
    ["3FA85F64-5717-4562-B3FC-2C963F66AFA6", true, "upper case, as copied from some UIs"],
    ["3fa85f64-5717-4562-b3fc-2c963f66afa", false, "one digit short"],
    ["3fa85f64-5717-4562-b3fc-2c963f66afa6a", false, "one digit long"],
    ["3fa85f64571745 62b3fc2c963f66afa6", false, "no dashes"],
    ["{3fa85f64-5717-4562-b3fc-2c963f66afa6}", false, "braces"],
    ["3fa85f64-5717-4562-b3fc-2c963f66afg6", false, "a non-hex letter"],
    ["", false, "empty"],
  ];
  for (const [value, expected, why] of cases) {
    it(`${expected ? "accepts" : "refuses"} ${JSON.stringify(value)} everywhere (${why})`, () => {
      const verdicts = {
        "payment-id/save-attributes Lambdas (requireUuid)": accepts(() =>
          requireUuid({ conversationId: value }, "conversationId"),
        ),
        "config genesys.orgId": accepts(() => parseWith({ orgId: value }, {})),
        "config negativeSentiment.callbackQueue.id": accepts(() =>
          parseWith(
            { orgId: ORG_ID },
            { negativeSentiment: negativeSentiment({ callbackQueue: { id: value } }) },
          ),
        ),
      };
      assert.deepEqual(
        verdicts,
        Object.fromEntries(Object.keys(verdicts).map((k) => [k, expected])),
      );
    });
  }
});
