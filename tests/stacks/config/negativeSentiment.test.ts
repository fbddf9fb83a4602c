// Pure tests of the negativeSentiment config section: every key's bad values name the key, the
// value (never a secret's) and the fix; good values parse exactly, with defaults.
import * as assert from "node:assert/strict";
import { DEFAULT_ACKNOWLEDGEMENT_TEXT } from "../../../components/negativeSentimentRules";
import {
  chatWebhookUrlProblem,
  NegativeSentimentConfig,
  PROJECT,
  parseStackConfig,
} from "../../../stacks/config";
import { configError } from "../../support/configError";

const G = `${PROJECT}:genesys`;
const NS = `${PROJECT}:negativeSentiment`;
const WEBHOOK =
  "https://apps.mypurecloud.com/webhooks/api/v1/webhook/0f8fad5b-d9cb-469f-a165-70867728950e";
const CLIENT_ID = "7de3af06-c0b3-4f9b-af45-3a7ec0a5d1a1";
const MINIMAL = {
  enabled: true,
  smsNumber: "+13175550199",
  callbackQueue: { name: "Supervisor Callbacks" },
  wrapupCode: { name: "Negative Sentiment" },
};

/** Parses a stack whose negativeSentiment section is MINIMAL with `fields` merged in (undefined removes one). */
function parse(
  fields: Record<string, unknown>,
  secret = false,
): NegativeSentimentConfig | undefined {
  const section = Object.fromEntries(
    Object.entries({ ...MINIMAL, ...fields }).filter(([, v]) => v !== undefined),
  );
  return parseStackConfig({
    stack: "dev",
    values: {
      "aws:region": "us-east-1",
      [G]: JSON.stringify({
        environment: "mypurecloud.com",
        orgId: "32aa07aa-db1b-4987-abd0-9483601ec29d",
      }),
      [NS]: JSON.stringify(section),
    },
    secretKeys: secret ? [NS] : [],
  }).negativeSentiment;
}

interface BadCase {
  readonly name: string;
  readonly fields: Record<string, unknown>;
  readonly secret?: boolean;
  /** Exact key path the error must name. */
  readonly key: string;
  /** Exact value as shown in the message. */
  readonly value: string;
  /** Text the fix must contain. */
  readonly fix: string;
}

const bad: BadCase[] = [
  {
    name: "enabled quoted",
    fields: { enabled: "true" },
    key: `${NS}.enabled`,
    value: '"true"',
    fix: "true or false without quotes",
  },
  {
    name: "unknown field",
    fields: { smsNumbr: "+13175550199" },
    key: `${NS}.smsNumbr`,
    value: '"+13175550199"',
    fix: "rename it to smsNumber",
  },

  {
    name: "smsNumber missing",
    fields: { smsNumber: undefined },
    key: `${NS}.smsNumber`,
    value: "(not set)",
    fix: "E.164 number the SMS is sent from",
  },
  {
    name: "smsNumber without +",
    fields: { smsNumber: "13175550199" },
    key: `${NS}.smsNumber`,
    value: '"13175550199"',
    fix: "+ and 7–15 digits",
  },
  {
    name: "smsNumber with separators",
    fields: { smsNumber: "+1 317 555 0199" },
    key: `${NS}.smsNumber`,
    value: '"+1 317 555 0199"',
    fix: "+ and 7–15 digits",
  },
  {
    name: "smsNumber unquoted in YAML",
    fields: { smsNumber: 13175550199 },
    key: `${NS}.smsNumber`,
    value: "13175550199",
    fix: 'quote it: "+13175550199"',
  },

  {
    name: "callbackQueue missing",
    fields: { callbackQueue: undefined },
    key: `${NS}.callbackQueue`,
    value: "(not set)",
    fix: "{ create: { name",
  },
  {
    name: "callbackQueue a string",
    fields: { callbackQueue: "Supervisor Callbacks" },
    key: `${NS}.callbackQueue`,
    value: '"Supervisor Callbacks"',
    fix: "write it as a map",
  },
  {
    name: "callbackQueue empty",
    fields: { callbackQueue: {} },
    key: `${NS}.callbackQueue`,
    value: "{}",
    fix: "set exactly one",
  },
  {
    name: "callbackQueue id and name",
    fields: { callbackQueue: { id: CLIENT_ID, name: "Q" } },
    key: `${NS}.callbackQueue`,
    value: `{"id":"${CLIENT_ID}","name":"Q"}`,
    fix: "set exactly one",
  },
  {
    name: "callbackQueue id not a UUID",
    fields: { callbackQueue: { id: "queue-1" } },
    key: `${NS}.callbackQueue.id`,
    value: '"queue-1"',
    fix: "8-4-4-4-12 hex digits",
  },
  {
    name: "callbackQueue name blank",
    fields: { callbackQueue: { name: " " } },
    key: `${NS}.callbackQueue.name`,
    value: '" "',
    fix: "1–256 characters",
  },
  {
    name: "callbackQueue unknown field",
    fields: { callbackQueue: { queueId: CLIENT_ID } },
    key: `${NS}.callbackQueue.queueId`,
    value: `"${CLIENT_ID}"`,
    fix: "known fields: id, name, create",
  },
  {
    name: "callbackQueue create not a map",
    fields: { callbackQueue: { create: "Q" } },
    key: `${NS}.callbackQueue.create`,
    value: '"Q"',
    fix: "write it as a map",
  },
  {
    name: "callbackQueue create without name",
    fields: { callbackQueue: { create: {} } },
    key: `${NS}.callbackQueue.create.name`,
    value: "(not set)",
    fix: "callback queue's name",
  },

  {
    name: "wrapupCode missing",
    fields: { wrapupCode: undefined },
    key: `${NS}.wrapupCode`,
    value: "(not set)",
    fix: "wrap-up code to use",
  },
  {
    name: "wrapupCode id not a UUID",
    fields: { wrapupCode: { id: 42 } },
    key: `${NS}.wrapupCode.id`,
    value: "42",
    fix: "quoted string",
  },
  {
    name: "wrapupCode name with a line break",
    fields: { wrapupCode: { name: "Neg\nSent" } },
    key: `${NS}.wrapupCode.name`,
    value: '"Neg\\nSent"',
    fix: "control characters",
  },
  {
    name: "wrapupCode create name too long",
    fields: { wrapupCode: { create: { name: "x".repeat(257) } } },
    key: `${NS}.wrapupCode.create.name`,
    value: `"${"x".repeat(96)}...`,
    fix: "1–256 characters",
  },

  {
    name: "sentimentThreshold on the UI scale",
    fields: { sentimentThreshold: -25 },
    key: `${NS}.sentimentThreshold`,
    value: "-25",
    fix: "above -1 and below 1",
  },
  {
    name: "sentimentThreshold 1 (the blueprint's `< 1`)",
    fields: { sentimentThreshold: 1 },
    key: `${NS}.sentimentThreshold`,
    value: "1",
    fix: "above -1 and below 1",
  },
  {
    name: "sentimentThreshold -1 never matches",
    fields: { sentimentThreshold: -1 },
    key: `${NS}.sentimentThreshold`,
    value: "-1",
    fix: "above -1 and below 1",
  },
  {
    name: "sentimentThreshold quoted",
    fields: { sentimentThreshold: "-0.2" },
    key: `${NS}.sentimentThreshold`,
    value: '"-0.2"',
    fix: "remove the quotes: -0.2",
  },
  {
    name: "sentimentThreshold a word",
    fields: { sentimentThreshold: "negative" },
    key: `${NS}.sentimentThreshold`,
    value: '"negative"',
    fix: "e.g. -0.25",
  },
  {
    name: "sentimentThreshold too precise",
    fields: { sentimentThreshold: -0.123456 },
    key: `${NS}.sentimentThreshold`,
    value: "-0.123456",
    fix: "round it, e.g. -0.1235",
  },

  {
    name: "callbackDelayMinutes negative",
    fields: { callbackDelayMinutes: -1 },
    key: `${NS}.callbackDelayMinutes`,
    value: "-1",
    fix: "0 (call back now) to 1440",
  },
  {
    name: "callbackDelayMinutes over a day",
    fields: { callbackDelayMinutes: 1441 },
    key: `${NS}.callbackDelayMinutes`,
    value: "1441",
    fix: "0 (call back now) to 1440",
  },
  {
    name: "callbackDelayMinutes fractional",
    fields: { callbackDelayMinutes: 2.5 },
    key: `${NS}.callbackDelayMinutes`,
    value: "2.5",
    fix: "whole number",
  },
  {
    name: "callbackDelayMinutes quoted",
    fields: { callbackDelayMinutes: "5" },
    key: `${NS}.callbackDelayMinutes`,
    value: '"5"',
    fix: "remove the quotes: 5",
  },

  {
    name: "acknowledgementText empty",
    fields: { acknowledgementText: "  " },
    key: `${NS}.acknowledgementText`,
    value: '"  "',
    fix: "on one line",
  },
  {
    name: "acknowledgementText with a quote",
    fields: { acknowledgementText: 'We said "sorry"' },
    key: `${NS}.acknowledgementText`,
    value: '"We said \\"sorry\\""',
    fix: "without double quotes",
  },
  {
    name: "acknowledgementText two lines",
    fields: { acknowledgementText: "Sorry.\nBye" },
    key: `${NS}.acknowledgementText`,
    value: '"Sorry.\\nBye"',
    fix: "on one line",
  },
  {
    name: "acknowledgementText too long",
    fields: { acknowledgementText: "a".repeat(307) },
    key: `${NS}.acknowledgementText`,
    value: `"${"a".repeat(96)}...`,
    fix: "at most 306 characters",
  },
  {
    name: "acknowledgementText not a string",
    fields: { acknowledgementText: 5 },
    key: `${NS}.acknowledgementText`,
    value: "5",
    fix: "quoted string",
  },

  {
    name: "chatWebhookUrl in plain text",
    fields: { chatWebhookUrl: WEBHOOK },
    key: `${NS}.chatWebhookUrl`,
    value: "[secret]",
    fix: "pulumi config set --secret --path",
  },
  {
    name: "chatWebhookUrl over http",
    secret: true,
    fields: { chatWebhookUrl: WEBHOOK.replace("https", "http") },
    key: `${NS}.chatWebhookUrl`,
    value: "[secret]",
    fix: "webhook integration",
  },
  {
    name: "chatWebhookUrl of another region",
    secret: true,
    fields: { chatWebhookUrl: WEBHOOK.replace("mypurecloud.com", "mypurecloud.ie") },
    key: `${NS}.chatWebhookUrl`,
    value: "[secret]",
    fix: "https://apps.mypurecloud.com/webhooks",
  },
  {
    name: "chatWebhookUrl not a URL",
    secret: true,
    fields: { chatWebhookUrl: "webhook" },
    key: `${NS}.chatWebhookUrl`,
    value: "[secret]",
    fix: "remove it to skip the chat notification",
  },
  {
    name: "chatWebhookUrl empty",
    secret: true,
    fields: { chatWebhookUrl: "" },
    key: `${NS}.chatWebhookUrl`,
    value: "[secret]",
    fix: "quoted string",
  },

  {
    name: "oauthClient not a map",
    fields: { oauthClient: CLIENT_ID },
    key: `${NS}.oauthClient`,
    value: `"${CLIENT_ID}"`,
    fix: "write it as a map",
  },
  {
    name: "oauthClient id missing",
    secret: true,
    fields: { oauthClient: { secret: "s3cr3t" } },
    key: `${NS}.oauthClient.id`,
    value: "(not set)",
    fix: "remove oauthClient to let the pipeline create one",
  },
  {
    name: "oauthClient id not a UUID",
    secret: true,
    fields: { oauthClient: { id: "client", secret: "s3cr3t" } },
    key: `${NS}.oauthClient.id`,
    value: "[secret]",
    fix: "8-4-4-4-12 hex digits",
  },
  {
    name: "oauthClient secret missing",
    secret: true,
    fields: { oauthClient: { id: CLIENT_ID } },
    key: `${NS}.oauthClient.secret`,
    value: "(not set)",
    fix: "pulumi config set --secret --path",
  },
  {
    name: "oauthClient secret in plain text",
    fields: { oauthClient: { id: CLIENT_ID, secret: "s3cr3t" } },
    key: `${NS}.oauthClient.secret`,
    value: "[secret]",
    fix: "pulumi config set --secret --path",
  },
  {
    name: "oauthClient unknown field",
    secret: true,
    fields: { oauthClient: { id: CLIENT_ID, clientSecret: "s3cr3t" } },
    key: `${NS}.oauthClient.clientSecret`,
    value: "[secret]",
    fix: "known fields: id, secret",
  },
  {
    name: "divisionId not a UUID",
    fields: { divisionId: "Home" },
    key: `${NS}.divisionId`,
    value: '"Home"',
    fix: "Admin > Divisions",
  },
  {
    name: "divisionId with oauthClient",
    secret: true,
    fields: {
      divisionId: "9c6a2f4e-1b3d-4e5f-8a7b-0c1d2e3f4a5b",
      oauthClient: { id: CLIENT_ID, secret: "s3cr3t" },
    },
    key: `${NS}.divisionId`,
    // The section holds a secret, so no value of it is shown.
    value: "[secret]",
    fix: "remove oauthClient to let the pipeline create the client",
  },
];

describe("negativeSentiment config: bad values", () => {
  for (const c of bad) {
    it(`${c.name} -> ${c.key}`, () => {
      const err = configError(() => parse(c.fields, c.secret));
      assert.equal(err.key, c.key);
      assert.equal(err.value, c.value);
      const shown = c.value === "(not set)" ? "" : `${c.value} `;
      assert.ok(err.message.startsWith(`${c.key}: ${shown}`), err.message);
      assert.ok(err.fix.includes(c.fix), `fix "${err.fix}" lacks "${c.fix}"`);
    });
  }

  it("never shows a secret's value, even when the error is about another field", () => {
    const token = "hunter2-token";
    for (const fields of [
      { chatWebhookUrl: `https://example.com/${token}` },
      { smsNumber: token },
      { oauthClient: { id: token, secret: token } },
    ]) {
      const err = configError(() => parse(fields, true));
      assert.ok(!err.message.includes(token), err.message);
    }
  });

  it("validates a disabled section too, so a typo surfaces before it is switched on", () => {
    const err = configError(() => parse({ enabled: false, sentimentThreshold: 50 }));
    assert.equal(err.key, `${NS}.sentimentThreshold`);
  });
});

describe("negativeSentiment config: good values", () => {
  it("applies every default to a minimal section", () => {
    assert.deepStrictEqual(parse({}), {
      smsNumber: "+13175550199",
      callbackQueue: { name: "Supervisor Callbacks" },
      wrapupCode: { name: "Negative Sentiment" },
      sentimentThreshold: 0,
      callbackDelayMinutes: 5,
      acknowledgementText: DEFAULT_ACKNOWLEDGEMENT_TEXT,
    });
  });

  it("parses a full section exactly, lower-casing ids", () => {
    assert.deepStrictEqual(
      parse(
        {
          callbackQueue: { id: CLIENT_ID.toUpperCase() },
          wrapupCode: { create: { name: "Negative Sentiment" } },
          sentimentThreshold: -0.25,
          callbackDelayMinutes: 0,
          acknowledgementText: "Sorry about today: we'll call you back.",
          chatWebhookUrl: WEBHOOK,
          oauthClient: { id: CLIENT_ID, secret: "s3cr3t" },
        },
        true,
      ),
      {
        smsNumber: "+13175550199",
        callbackQueue: { id: CLIENT_ID },
        wrapupCode: { create: { name: "Negative Sentiment" } },
        sentimentThreshold: -0.25,
        callbackDelayMinutes: 0,
        acknowledgementText: "Sorry about today: we'll call you back.",
        chatWebhookUrl: WEBHOOK,
        oauthClient: { id: CLIENT_ID, secret: "s3cr3t" },
      },
    );
  });

  it("accepts the boundary values", () => {
    assert.equal(parse({ sentimentThreshold: 0.9999 })?.sentimentThreshold, 0.9999);
    assert.equal(parse({ sentimentThreshold: -0.9999 })?.sentimentThreshold, -0.9999);
    assert.equal(parse({ callbackDelayMinutes: 1440 })?.callbackDelayMinutes, 1440);
    assert.equal(parse({ acknowledgementText: "a".repeat(306) })?.acknowledgementText.length, 306);
    assert.deepStrictEqual(parse({ callbackQueue: { name: "q".repeat(256) } })?.callbackQueue, {
      name: "q".repeat(256),
    });
  });

  it("accepts the offline plan's placeholder for a webhook URL it cannot decrypt", () => {
    const placeholder = `[offline placeholder for secret ${NS}.chatWebhookUrl]`;
    assert.equal(parse({ chatWebhookUrl: placeholder }, true)?.chatWebhookUrl, placeholder);
  });

  it("needs no other field while disabled, and leaves the pipeline out", () => {
    const config = parseStackConfig({
      stack: "dev",
      values: {
        "aws:region": "us-east-1",
        [G]: '{"environment":"mypurecloud.com"}',
        [NS]: '{"enabled":false}',
      },
      secretKeys: [],
    });
    assert.ok(!("negativeSentiment" in config));
  });
});

describe("chatWebhookUrlProblem", () => {
  it("accepts the webhook URL Genesys shows, with or without the explicit port", () => {
    assert.equal(chatWebhookUrlProblem(WEBHOOK, "mypurecloud.com"), undefined);
    assert.equal(
      chatWebhookUrlProblem(WEBHOOK.replace(".com/", ".com:443/"), "mypurecloud.com"),
      undefined,
    );
    assert.equal(
      chatWebhookUrlProblem(
        WEBHOOK.replace("mypurecloud.com", "usw2.pure.cloud"),
        "usw2.pure.cloud",
      ),
      undefined,
    );
  });

  it("names what is wrong with anything else", () => {
    assert.equal(
      chatWebhookUrlProblem(
        "https://user:pw@apps.mypurecloud.com/webhooks/api/v1/webhook/0f8fad5b-d9cb-469f-a165-70867728950e",
        "mypurecloud.com",
      ),
      "carries a user name or password",
    );
    assert.equal(
      chatWebhookUrlProblem(`${WEBHOOK}?x=1`, "mypurecloud.com"),
      "has a query or fragment",
    );
    assert.equal(
      chatWebhookUrlProblem(WEBHOOK.replace("/webhook/", "/hook/"), "mypurecloud.com"),
      "does not have the path /webhooks/api/v1/webhook/<id>",
    );
    assert.equal(
      chatWebhookUrlProblem(WEBHOOK, "mypurecloud.ie"),
      "is not on apps.mypurecloud.ie, the webhook host of genesys.environment",
    );
  });
});

describe("negativeSentiment config: divisionId", () => {
  it("defaults to the home division (no division id), and takes a division id or every division", () => {
    assert.equal(parse({})?.divisionId, undefined);
    assert.equal(
      parse({ divisionId: "9C6A2F4E-1B3D-4E5F-8A7B-0C1D2E3F4A5B" })?.divisionId,
      "9c6a2f4e-1b3d-4e5f-8a7b-0c1d2e3f4a5b",
    );
    assert.equal(parse({ divisionId: "*" })?.divisionId, "*");
  });
});
