/**
 * The one home of the DID range rules (pure: no Pulumi), used by the participant-attributes
 * component and its config section.
 */
import { E164_RULE, isE164 } from "../lambdas/shared/phone";

/** Each DID becomes one DNIS of one IVR; keep the list reviewable and the IVR update small. */
export const MAX_DID_RANGE_SIZE = 100;

/** How many numbers an E.164 range holds (inclusive); both ends must already be valid. */
export function didRangeSize(range: { readonly start: string; readonly end: string }): bigint {
  return BigInt(range.end.slice(1)) - BigInt(range.start.slice(1)) + 1n;
}

/**
 * Every E.164 number from start to end inclusive. The Genesys participant-attributes blueprint's IVR
 * (process-participant-attributes-event-triggers-blueprint) listed only the two ends, so calls to the numbers in between reached no flow.
 */
export function expandDidRange(start: string, end: string): string[] {
  for (const [field, value] of [
    ["start", start],
    ["end", end],
  ] as const) {
    if (!isE164(value)) {
      throw new Error(
        `didNumbers.${field}: "${value}" is not an E.164 number; fix: write it as ${E164_RULE}, e.g. +13175550100`,
      );
    }
  }
  if (start.length !== end.length) {
    throw new Error(
      `didNumbers: "${start}" and "${end}" differ in length; fix: a range runs between numbers of the same length`,
    );
  }
  const size = didRangeSize({ start, end });
  if (size < 1n) {
    throw new Error(`didNumbers: start "${start}" is after end "${end}"; fix: swap them`);
  }
  if (size > BigInt(MAX_DID_RANGE_SIZE)) {
    throw new Error(
      `didNumbers: the range holds ${size} numbers; fix: use at most ${MAX_DID_RANGE_SIZE} (each is an IVR DNIS)`,
    );
  }
  const first = BigInt(start.slice(1));
  const numbers: string[] = [];
  for (let n = 0n; n < size; n++)
    numbers.push(`+${(first + n).toString().padStart(start.length - 1, "0")}`);
  return numbers;
}
