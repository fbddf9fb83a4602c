import * as assert from "node:assert/strict";
import { handler, parsePaymentIdInput } from "../../lambdas/payment-id/handler";
import contract = require("../../lambdas/payment-id/contract.json");

const CARD = "4111111111111111";
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CONSOLE_METHODS = ["log", "info", "warn", "error", "debug", "trace", "dir"] as const;

/** Runs `fn` with every console method recording its arguments as text instead of printing. */
async function captureConsole<T>(
  fn: () => Promise<T>,
): Promise<{ lines: string[]; result?: T; error?: unknown }> {
  const lines: string[] = [];
  const saved = CONSOLE_METHODS.map((m) => [m, console[m]] as const);
  for (const m of CONSOLE_METHODS) {
    console[m] = (...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
    };
  }
  try {
    return { lines, result: await fn() };
  } catch (error) {
    return { lines, error };
  } finally {
    for (const [m, original] of saved) console[m] = original as never;
  }
}

describe("payment-id handler", () => {
  it("returns a v4 UUID as paymentId", async () => {
    const { result, lines } = await captureConsole(() => handler({ cardNumber: CARD }));
    assert.deepEqual(Object.keys(result!), ["paymentId"]);
    assert.match(result!.paymentId, UUID_V4);
    assert.deepEqual(
      lines.map((l) => JSON.parse(l)),
      [{ message: "issued payment id", paymentId: result!.paymentId }],
    );
  });

  it("issues a different id on each of 5000 calls, even for the same card", async () => {
    const ids = new Set<string>();
    await captureConsole(async () => {
      for (let i = 0; i < 5000; i++) ids.add((await handler({ cardNumber: CARD })).paymentId);
    });
    assert.equal(ids.size, 5000);
  });

  it("never writes the card number to the console", async () => {
    const cards = ["4111111111111111", "5500005555555559", "340000000000009"];
    for (const cardNumber of cards) {
      const { lines, error } = await captureConsole(() => handler({ cardNumber }));
      assert.equal(error, undefined);
      assert.ok(lines.length > 0, "the handler logs something, so this check is not vacuous");
      for (const line of lines) {
        assert.ok(!line.includes(cardNumber), `card number logged: ${line}`);
      }
    }
  });

  it("does not log or echo a malformed card number when rejecting it", async () => {
    const cardNumber = "4111 1111 1111 1111";
    const { lines, error } = await captureConsole(() => handler({ cardNumber }));
    assert.ok(error instanceof Error);
    assert.equal(error.name, "InputValidationError");
    assert.equal(
      error.message,
      "cardNumber must be a string of 12 to 19 digits (no spaces or dashes); got a string of 19 characters",
    );
    assert.deepEqual(
      lines.map((l) => JSON.parse(l)),
      [{ message: "rejected payment id request", field: "cardNumber" }],
    );
  });

  const bad: [string, unknown, string][] = [
    ["a missing cardNumber", {}, "nothing (the field is missing)"],
    ["a numeric cardNumber", { cardNumber: 4111111111111111 }, "a number"],
    ["too few digits", { cardNumber: "41111111111" }, "a string of 11 characters"],
    ["too many digits", { cardNumber: "41111111111111111111" }, "a string of 20 characters"],
    ["dashes", { cardNumber: "4111-1111-1111-1111" }, "a string of 19 characters"],
    ["an empty string", { cardNumber: "" }, "a string of 0 characters"],
  ];
  for (const [what, event, got] of bad) {
    it(`rejects ${what}, naming cardNumber`, async () => {
      await assert.rejects(
        captureConsole(async () => handler(event as never)).then((r) => {
          if (r.error) throw r.error;
        }),
        {
          name: "InputValidationError",
          field: "cardNumber",
          message: `cardNumber must be a string of 12 to 19 digits (no spaces or dashes); got ${got}`,
        },
      );
    });
  }

  it("rejects an event that is not an object", () => {
    assert.throws(() => parsePaymentIdInput("4111111111111111"), {
      field: "event",
      message: "event must be a JSON object with cardNumber; got a string of 16 characters",
    });
  });
});

describe("payment-id contract.json", () => {
  it("is a draft-04 object schema requiring cardNumber as a string, and nothing else", () => {
    assert.equal(contract.input.$schema, "http://json-schema.org/draft-04/schema#");
    assert.equal(contract.input.type, "object");
    assert.deepEqual(contract.input.required, ["cardNumber"]);
    assert.deepEqual(Object.keys(contract.input.properties), ["cardNumber"]);
    assert.equal(contract.input.properties.cardNumber.type, "string");
    assert.match(contract.input.properties.cardNumber.description, /12 to 19 digits/);
    assert.equal(contract.input.additionalProperties, false);
  });

  it("declares exactly the output the handler returns", async () => {
    const { result } = await captureConsole(() => handler({ cardNumber: CARD }));
    assert.equal(contract.output.$schema, "http://json-schema.org/draft-04/schema#");
    assert.equal(contract.output.type, "object");
    assert.deepEqual(Object.keys(contract.output.properties), Object.keys(result!));
    assert.deepEqual(contract.output.required, ["paymentId"]);
    assert.equal(contract.output.properties.paymentId.type, "string");
  });
});
