import { randomUUID } from "node:crypto";
import { InputValidationError, describeKind, requireInputObject } from "../shared/validation";

/** The data action's input (lambdas/payment-id/contract.json). */
export interface PaymentIdInput {
  readonly cardNumber: string;
}

/** The data action's output; Genesys maps `paymentId` into the secure flow. */
export interface PaymentIdOutput {
  readonly paymentId: string;
}

// ISO/IEC 7812 card numbers are 12 to 19 digits; the flow collects digits only.
const CARD_NUMBER = /^[0-9]{12,19}$/;

/**
 * Checks the input without ever putting the card number into an error: Genesys shows the error
 * message in the action's failure outputs and Lambda logs it.
 */
export function parsePaymentIdInput(event: unknown): PaymentIdInput {
  const input = requireInputObject(event, ["cardNumber"]);
  const cardNumber = input.cardNumber;
  if (typeof cardNumber !== "string" || !CARD_NUMBER.test(cardNumber)) {
    throw new InputValidationError(
      "cardNumber",
      `cardNumber must be a string of 12 to 19 digits (no spaces or dashes); got ${describeKind(cardNumber)}`,
    );
  }
  return { cardNumber };
}

/**
 * Genesys Lambda data action: issues a payment id for a collected card number. The id is a random
 * v4 UUID from the OS CSPRNG, unrelated to the card, so it reveals nothing about it; the card
 * number is checked and dropped, never logged or returned.
 */
export async function handler(event: PaymentIdInput): Promise<PaymentIdOutput> {
  try {
    parsePaymentIdInput(event);
  } catch (err) {
    if (err instanceof InputValidationError) {
      console.warn(JSON.stringify({ message: "rejected payment id request", field: err.field }));
    }
    throw err;
  }
  const paymentId = randomUUID();
  console.info(JSON.stringify({ message: "issued payment id", paymentId }));
  return { paymentId };
}
