// The Genesys policies of the pack fail on resources built to break them; messages asserted exactly.
import * as assert from "node:assert/strict";
import {
  genesysCardDataSecure,
  genesysTriggerTiming,
  isCardOrPaymentField,
} from "../../policy/policies/genesys";
import { policies } from "../../policy/policies";
import {
  editedStack,
  resource,
  runPolicies,
  set,
  stackSnapshot,
  type SnapshotResource,
  type StackSnapshot,
} from "../support/policyRunner";

const SECRET = "[secret]";
const ACTION = "genesyscloud:index/integrationAction:IntegrationAction";
const TRIGGER = "pulumi-nodejs:dynamic/genesys:ProcessAutomationTrigger";

async function messages(
  resources: readonly SnapshotResource[],
  only = policies,
): Promise<string[]> {
  return (await runPolicies(only, resources)).violations.map((v) => v.message);
}

describe("CrossGuard Genesys policies fail on resources built to break them", function () {
  this.timeout(120_000);
  let dev: StackSnapshot;
  before(async () => {
    dev = await stackSnapshot("dev");
  });

  describe("genesys-card-data-secure", () => {
    const FIX =
      "Fix: set secure: true on the action (LambdaDataActionSpec.secure or DataActionSpec.secure).";

    it("fails the payment-id action once it is not secure, naming the card field", async () => {
      const stack = editedStack(dev, (named) =>
        set(named("participant-attributes-actions-payment-id"), ["secure"], false),
      );
      const run = await runPolicies(policies, stack);
      assert.deepEqual(run.violations, [
        {
          policy: "genesys-card-data-secure",
          urn: stack.find((r) => r.name === "participant-attributes-actions-payment-id")!.urn,
          message: `Genesys data action "participant-attributes-actions-payment-id" carries card or payment data (input.cardNumber) but secure is false, so Genesys keeps those values in logs and execution history. ${FIX}`,
        },
      ]);
    });

    it("finds card fields nested in objects and arrays, in either contract", async () => {
      const contract = (properties: Record<string, unknown>) =>
        JSON.stringify({ type: "object", properties });
      const action = resource(ACTION, "pay", {
        secure: false,
        contractInput: contract({
          payment: {
            type: "object",
            properties: { method: { type: "string" }, CVV2: { type: "string" } },
          },
        }),
        contractOutput: contract({
          receipts: {
            type: "array",
            items: { type: "object", properties: { maskedPan: { type: "string" } } },
          },
        }),
      });
      assert.deepEqual(await messages([action], [genesysCardDataSecure]), [
        `Genesys data action "pay" carries card or payment data (input.payment, input.payment.CVV2, output.receipts.maskedPan) but secure is false, so Genesys keeps those values in logs and execution history. ${FIX}`,
      ]);
    });

    it("fails a contract it cannot read unless the action is secure anyway", async () => {
      const action = (secure: unknown) =>
        resource(ACTION, "opaque", {
          secure,
          contractInput: SECRET,
          contractOutput: JSON.stringify({ type: "object", properties: {} }),
        });
      assert.deepEqual(await messages([action(SECRET)], [genesysCardDataSecure]), [
        'Genesys data action "opaque" contractInput is a secret the pack cannot read, so the pack cannot tell whether it carries card or payment data, and secure is a secret the pack cannot read. Fix: pass the contract as a JSON schema, or set secure: true.',
      ]);
      assert.deepEqual(await messages([action(true)], [genesysCardDataSecure]), []);
    });

    it("reads card and payment words in field names, but not a payment id or look-alike words", () => {
      const table: [string, boolean][] = [
        ["cardNumber", true],
        ["card_number", true],
        ["CardHolderName", true],
        ["creditcardnumber", true],
        ["pan", true],
        ["PAN", true],
        ["cvv", true],
        ["CVV2", true],
        ["securityCvc", true],
        ["iban", true],
        ["paymentMethod", true],
        ["payment", true],
        ["payments", true],
        ["paymentCardId", true],
        ["paymentId", false],
        ["PaymentID", false],
        ["payment_id", false],
        ["company", false],
        ["expand", false],
        ["discarded", false],
        ["conversationId", false],
        ["phoneNumber", false],
      ];
      for (const [name, card] of table) assert.equal(isCardOrPaymentField(name), card, name);
    });
  });

  describe("genesys-trigger-ttl-or-delay", () => {
    const FIX =
      "Fix: set exactly one of eventTTLSeconds (an integer of at least 10, e.g. 60, to drop stale events) and delayBySeconds (an integer from 60 to 900, to wait before starting the workflow).";
    const trigger = 'Genesys trigger "participant-attributes-trigger"';
    const withTiming = (timing: Record<string, unknown>) =>
      editedStack(dev, (named) => {
        const r = named("participant-attributes-trigger");
        set(r, ["eventTTLSeconds"], undefined);
        for (const [key, value] of Object.entries(timing)) set(r, [key], value);
      });

    it("fails a trigger that sets both a TTL and a delay", async () => {
      const stack = withTiming({ eventTTLSeconds: 60, delayBySeconds: 120 });
      const run = await runPolicies(policies, stack);
      assert.deepEqual(run.violations, [
        {
          policy: "genesys-trigger-ttl-or-delay",
          urn: stack.find((r) => r.name === "participant-attributes-trigger")!.urn,
          message: `${trigger} sets both eventTTLSeconds (60) and delayBySeconds (120), which Genesys rejects as mutually exclusive. ${FIX}`,
        },
      ]);
    });

    it("fails a trigger that sets neither", async () => {
      assert.deepEqual(await messages(withTiming({})), [
        `${trigger} sets neither eventTTLSeconds nor delayBySeconds, so an event Genesys cannot deliver never expires. ${FIX}`,
      ]);
    });

    it("fails values outside Genesys' ranges and values it cannot read", async () => {
      assert.deepEqual(await messages(withTiming({ eventTTLSeconds: 5 })), [
        `${trigger} eventTTLSeconds is 5; it must be an integer of at least 10. ${FIX}`,
      ]);
      assert.deepEqual(await messages(withTiming({ delayBySeconds: 30 })), [
        `${trigger} delayBySeconds is 30; it must be an integer from 60 to 900. ${FIX}`,
      ]);
      assert.deepEqual(await messages(withTiming({ delayBySeconds: 901 })), [
        `${trigger} delayBySeconds is 901; it must be an integer from 60 to 900. ${FIX}`,
      ]);
      assert.deepEqual(await messages(withTiming({ eventTTLSeconds: SECRET })), [
        `${trigger} eventTTLSeconds is a secret the pack cannot read; it must be an integer of at least 10. ${FIX}`,
      ]);
    });

    it("passes a trigger that only delays, within range", async () => {
      const delayed = resource(TRIGGER, "t", { name: "t", delayBySeconds: 900 });
      assert.deepEqual(await messages([delayed], [genesysTriggerTiming]), []);
    });
  });
});
