/**
 * Genesys Cloud objects: a data action whose contract carries card or payment data is `secure`
 * (Genesys then keeps its inputs and outputs out of logs and execution history), and every process
 * automation trigger either expires stale events or delays them, within Genesys' limits.
 */
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { isIntegerIn, parseJsonDocument, show, validateTypes } from "./support";

export const INTEGRATION_ACTION = "genesyscloud:index/integrationAction:IntegrationAction";
export const TRIGGER = "pulumi-nodejs:dynamic/genesys:ProcessAutomationTrigger";

/** Words that mark a field as card data wherever they appear in its name (trailing digits ignored: cvv2). */
export const CARD_WORDS: readonly string[] = ["card", "pan", "cvv", "cvc", "cvn", "csc", "iban"];
/** Card terms written as one lower-case word, found anywhere in the name ("creditcardnumber"). */
export const CARD_SUBSTRINGS: readonly string[] = [
  "cardnumber",
  "creditcard",
  "debitcard",
  "cardholder",
  "cvv",
  "cvc",
];

/** The words of a field name: camelCase, PascalCase, snake_case and kebab-case split and lower-cased. */
export function nameWords(name: string): string[] {
  return (name.match(/[A-Z]+\d*(?![a-z])|[A-Z]?[a-z]+\d*|\d+/g) ?? []).map((w) => w.toLowerCase());
}

/**
 * True for a field name that carries card or payment data: a card word or term, or "payment" unless
 * the name ends in "id". A payment id is the random stand-in the secure payment-id action issues in
 * place of the card (lambdas/payment-id/contract.json); carrying it instead of the card is the point.
 */
export function isCardOrPaymentField(name: string): boolean {
  const words = nameWords(name).map((w) => w.replace(/\d+$/, ""));
  const joined = name.toLowerCase();
  if (
    words.some((w) => CARD_WORDS.includes(w)) ||
    CARD_SUBSTRINGS.some((term) => joined.includes(term))
  )
    return true;
  return words.some((w) => w === "payment" || w === "payments") && words[words.length - 1] !== "id";
}

/** Paths (e.g. "input.card.number") of every property in a JSON schema whose name carries card or payment data. */
export function cardDataFields(schema: unknown, path: string): string[] {
  if (schema === null || typeof schema !== "object") return [];
  const found: string[] = [];
  const node = schema as Record<string, unknown>;
  const properties = node.properties;
  if (properties !== null && typeof properties === "object" && !Array.isArray(properties)) {
    for (const [name, child] of Object.entries(properties as Record<string, unknown>)) {
      if (isCardOrPaymentField(name)) found.push(`${path}.${name}`);
      found.push(...cardDataFields(child, `${path}.${name}`));
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties") continue;
    if (Array.isArray(value)) value.forEach((item) => found.push(...cardDataFields(item, path)));
    else if (value !== null && typeof value === "object")
      found.push(...cardDataFields(value, path));
  }
  return found;
}

export const genesysCardDataSecure: ResourceValidationPolicy = {
  name: "genesys-card-data-secure",
  description:
    "A Genesys data action whose input or output contract has a card or payment field (card, pan, cvv, payment…) is secure.",
  enforcementLevel: "mandatory",
  validateResource: validateTypes({
    [INTEGRATION_ACTION]: (props, args, report) => {
      if (props.secure === true) return;
      const action = `Genesys data action "${args.name}"`;
      const fields: string[] = [];
      for (const [side, key] of [
        ["input", "contractInput"],
        ["output", "contractOutput"],
      ] as const) {
        const parsed = parseJsonDocument(props[key]);
        if (!parsed.ok) {
          report(
            `${action} ${key} ${parsed.problem}, so the pack cannot tell whether it carries card or payment data, and secure is ${show(props.secure)}. Fix: pass the contract as a JSON schema, or set secure: true.`,
          );
          continue;
        }
        fields.push(...cardDataFields(parsed.value, side));
      }
      if (fields.length > 0) {
        report(
          `${action} carries card or payment data (${fields.join(", ")}) but secure is ${show(props.secure)}, so Genesys keeps those values in logs and execution history. Fix: set secure: true on the action (LambdaDataActionSpec.secure or DataActionSpec.secure).`,
        );
      }
    },
  }),
};

/** Genesys' limits on a trigger (process automation API: eventTTLSeconds ≥ 10, delayBySeconds 60–900, not both). */
export const MIN_EVENT_TTL_SECONDS = 10;
export const MIN_DELAY_SECONDS = 60;
export const MAX_DELAY_SECONDS = 900;

const TIMING_FIX = `Fix: set exactly one of eventTTLSeconds (an integer of at least ${MIN_EVENT_TTL_SECONDS}, e.g. 60, to drop stale events) and delayBySeconds (an integer from ${MIN_DELAY_SECONDS} to ${MAX_DELAY_SECONDS}, to wait before starting the workflow).`;

export const genesysTriggerTiming: ResourceValidationPolicy = {
  name: "genesys-trigger-ttl-or-delay",
  description: `Every process automation trigger sets exactly one of eventTTLSeconds (≥ ${MIN_EVENT_TTL_SECONDS}) and delayBySeconds (${MIN_DELAY_SECONDS}–${MAX_DELAY_SECONDS}).`,
  enforcementLevel: "mandatory",
  validateResource: validateTypes({
    [TRIGGER]: (props, args, report) => {
      const trigger = `Genesys trigger "${args.name}"`;
      const ttl = props.eventTTLSeconds;
      const delay = props.delayBySeconds;
      const isSet = (v: unknown) => v !== undefined && v !== null;
      if (!isSet(ttl) && !isSet(delay)) {
        report(
          `${trigger} sets neither eventTTLSeconds nor delayBySeconds, so an event Genesys cannot deliver never expires. ${TIMING_FIX}`,
        );
        return;
      }
      if (isSet(ttl) && isSet(delay)) {
        report(
          `${trigger} sets both eventTTLSeconds (${show(ttl)}) and delayBySeconds (${show(delay)}), which Genesys rejects as mutually exclusive. ${TIMING_FIX}`,
        );
        return;
      }
      if (isSet(ttl) && !isIntegerIn(ttl, MIN_EVENT_TTL_SECONDS, Number.MAX_SAFE_INTEGER)) {
        report(
          `${trigger} eventTTLSeconds is ${show(ttl)}; it must be an integer of at least ${MIN_EVENT_TTL_SECONDS}. ${TIMING_FIX}`,
        );
      }
      if (isSet(delay) && !isIntegerIn(delay, MIN_DELAY_SECONDS, MAX_DELAY_SECONDS)) {
        report(
          `${trigger} delayBySeconds is ${show(delay)}; it must be an integer from ${MIN_DELAY_SECONDS} to ${MAX_DELAY_SECONDS}. ${TIMING_FIX}`,
        );
      }
    },
  }),
};

export const genesysPolicies = [genesysCardDataSecure, genesysTriggerTiming];
