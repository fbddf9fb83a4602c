import * as assert from "node:assert/strict";
import { ConfigError, parseStackConfig } from "../../../stacks/config";

// The alarms section on plain values: defaults, and each bad value refused naming its key.

const BASE = {
  "aws:region": "us-east-1",
  "genesys-event-orchestration:genesys": '{"environment":"mypurecloud.com"}',
};
const KEY = "genesys-event-orchestration:alarms";

function parse(alarms: unknown, secret = false) {
  return parseStackConfig({
    stack: "dev",
    values: { ...BASE, ...(alarms === undefined ? {} : { [KEY]: JSON.stringify(alarms) }) },
    secretKeys: secret ? [KEY] : [],
  });
}

function refusal(alarms: unknown, secret = false): ConfigError {
  try {
    parse(alarms, secret);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error;
  }
  throw new Error("expected a ConfigError");
}

describe("alarms config", () => {
  it("defaults to alarms on with no subscription", () => {
    assert.deepEqual(parse(undefined).alarms, { enabled: true });
    assert.deepEqual(parse({}).alarms, { enabled: true });
  });

  it("takes an email and a secret https webhook", () => {
    assert.deepEqual(
      parse(
        {
          enabled: true,
          email: "oncall@example.com",
          httpsEndpoint: "https://hooks.example.com/x",
        },
        true,
      ).alarms,
      {
        enabled: true,
        email: "oncall@example.com",
        httpsEndpoint: "https://hooks.example.com/x",
      },
    );
    assert.deepEqual(parse({ enabled: false }).alarms, { enabled: false });
  });

  it("refuses a bad address, naming the key and the fix", () => {
    const error = refusal({ email: "oncall at example.com" });
    assert.equal(error.key, `${KEY}.email`);
    assert.equal(
      error.message,
      `${KEY}.email: "oncall at example.com" is not an email address; fix: write one address, e.g. "oncall@example.com", or remove it`,
    );
  });

  it("refuses a webhook that is not https, without showing it", () => {
    const error = refusal({ httpsEndpoint: "http://hooks.example.com/token-123" }, true);
    assert.equal(error.key, `${KEY}.httpsEndpoint`);
    assert.match(
      error.message,
      /^genesys-event-orchestration:alarms\.httpsEndpoint: \[secret\] is not an https URL; fix: /,
    );
    assert.ok(!error.message.includes("token-123"));
  });

  it("refuses a webhook stored in plain text", () => {
    const error = refusal({ httpsEndpoint: "https://hooks.example.com/token-123" });
    assert.match(
      error.message,
      /^genesys-event-orchestration:alarms\.httpsEndpoint: \[secret\] is stored in plain text; fix: webhook URLs carry tokens/,
    );
    assert.ok(!error.message.includes("token-123"));
  });

  it("refuses a non-boolean enabled and an unknown field", () => {
    assert.equal(refusal({ enabled: "no" }).key, `${KEY}.enabled`);
    assert.match(
      refusal({ mail: "a@example.com" }).message,
      /alarms\.mail: .* is not a known field of genesys-event-orchestration:alarms; fix: rename it to email/,
    );
  });
});
