/** Most numbers one IVR is given from a DID range; each becomes a DNIS entry. */
export const MAX_DID_RANGE_SIZE = 100;

/**
 * Every E.164 number from start to end inclusive. The seed IVR listed only the two ends, so calls
 * to the numbers in between reached no flow.
 */
export function expandDidRange(start: string, end: string): string[] {
  const pattern = /^\+[1-9]\d{7,14}$/;
  for (const [field, value] of [
    ["start", start],
    ["end", end],
  ] as const) {
    if (!pattern.test(value)) {
      throw new Error(
        `didNumbers.${field}: "${value}" is not an E.164 number; fix: write it as + and 8–15 digits, e.g. +13175550100`,
      );
    }
  }
  if (start.length !== end.length) {
    throw new Error(
      `didNumbers: "${start}" and "${end}" differ in length; fix: a range runs between numbers of the same length`,
    );
  }
  const first = BigInt(start.slice(1));
  const last = BigInt(end.slice(1));
  if (first > last) {
    throw new Error(`didNumbers: start "${start}" is after end "${end}"; fix: swap them`);
  }
  const size = last - first + 1n;
  if (size > BigInt(MAX_DID_RANGE_SIZE)) {
    throw new Error(
      `didNumbers: the range holds ${size} numbers; fix: use at most ${MAX_DID_RANGE_SIZE} (each is an IVR DNIS)`,
    );
  }
  const numbers: string[] = [];
  for (let n = first; n <= last; n++)
    numbers.push(`+${n.toString().padStart(start.length - 1, "0")}`);
  return numbers;
}
