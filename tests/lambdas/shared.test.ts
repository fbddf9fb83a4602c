import * as assert from "node:assert/strict";
import { normalizeE164, redactPhoneNumber } from "../../lambdas/shared/phone";
import {
  InputValidationError,
  describeKind,
  quoteForMessage,
  requireInputObject,
  requireUuid,
} from "../../lambdas/shared/validation";

describe("lambdas/shared phone numbers", () => {
  const valid: [string, string][] = [
    ["tel:+13175550123", "+13175550123"],
    ["TEL:+13175550123", "+13175550123"],
    ["sip:+13175550123@10.0.0.1;user=phone", "+13175550123"],
    ["sips:+442071234567@carrier.example", "+442071234567"],
    ["+1 (317) 555-0123", "+13175550123"],
    ["  +44 20.7123.4567 ", "+442071234567"],
    ["tel:+1-317-555-0123", "+13175550123"],
    ["+6834002", "+6834002"], // Niue: 7 digits, the shortest E.164 numbers in use
    ["+123456789012345", "+123456789012345"], // 15 digits, the E.164 maximum
  ];
  for (const [raw, e164] of valid) {
    it(`normalises ${JSON.stringify(raw)} to ${e164}`, () =>
      assert.equal(normalizeE164(raw), e164));
  }

  const invalid = [
    "13175550123", // no "+": country unknown
    "tel:13175550123",
    "+03175550123", // country codes never start with 0
    "+1234567890123456", // 16 digits
    "+123456", // 6 digits
    "+1317555012x",
    "tel:",
    "",
    "anonymous",
    "sip:anonymous@anonymous.invalid",
    "+1 317 555 0123 ext 4",
  ];
  for (const raw of invalid) {
    it(`refuses ${JSON.stringify(raw)}`, () => assert.equal(normalizeE164(raw), undefined));
  }

  it("redacts a phone number to its last four digits", () => {
    assert.equal(redactPhoneNumber("tel:+1 (317) 555-0123"), "…0123");
    assert.equal(redactPhoneNumber("13175550123"), "…0123");
  });

  it("shows no digits of a value with four or fewer, which would otherwise be shown whole", () => {
    assert.equal(redactPhoneNumber("1234"), "…");
    assert.equal(redactPhoneNumber("anonymous"), "…");
  });
});

describe("lambdas/shared validation", () => {
  it("accepts an object event", () => {
    const event = { a: 1 };
    assert.equal(requireInputObject(event, ["a"]), event);
  });

  for (const [event, got] of [
    [null, "null"],
    [[1], "an array"],
    ["x", "a string of 1 character"],
    [undefined, "nothing"],
  ] as const) {
    it(`refuses an event that is ${got}`, () => {
      assert.throws(
        () => requireInputObject(event, ["a", "b"]),
        (err: unknown) => {
          assert.ok(err instanceof InputValidationError);
          assert.equal(err.name, "InputValidationError");
          assert.equal(err.field, "event");
          assert.equal(err.message, `event must be a JSON object with a, b; got ${got}`);
          return true;
        },
      );
    });
  }

  it("reads a UUID, trimmed and lower-cased so one id maps to one key", () => {
    assert.equal(
      requireUuid({ id: " 3FA85F64-5717-4562-B3FC-2C963F66AFA6 " }, "id"),
      "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    );
  });

  const badIds: [unknown, string][] = [
    ["../../etc", '"../../etc"'],
    ["3fa85f64-5717-4562-b3fc-2c963f66afa6/x", '"3fa85f64-5717-4562-b3fc-2c963f66afa6/x"'],
    ["", '""'],
    [42, "a number"],
    [undefined, "nothing (the field is missing)"],
    [null, "null"],
  ];
  for (const [value, got] of badIds) {
    it(`refuses the id ${JSON.stringify(value)} naming the field`, () => {
      assert.throws(() => requireUuid({ conversationId: value }, "conversationId"), {
        name: "InputValidationError",
        field: "conversationId",
        message: `conversationId must be a Genesys id (a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6); got ${got}`,
      });
    });
  }

  it("describes a value by kind and length, never by content", () => {
    assert.equal(describeKind("4111111111111111"), "a string of 16 characters");
    assert.equal(describeKind(7), "a number");
    assert.equal(describeKind({}), "an object");
    assert.equal(describeKind([]), "an array");
    assert.equal(describeKind(undefined), "nothing (the field is missing)");
  });

  it("cuts long values short when quoting them", () => {
    assert.equal(quoteForMessage("x".repeat(100)), JSON.stringify(`${"x".repeat(64)}…`));
    assert.equal(quoteForMessage("abc"), '"abc"');
  });
});
