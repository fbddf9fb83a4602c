/**
 * Numbers as aws/event-ruler compares them (`ComparableNumber.java`): only values in
 * [-5e9, 5e9] with at most 6 decimal places take part in numeric comparison, and they are compared
 * as integers of millionths so that 300, 300.0 and 3.0e2 are the same number.
 */

export const NUMERIC_LIMIT = 5e9;
export const NUMERIC_MAX_DECIMALS = 6;

/** The millionths of `n`, or why event-ruler cannot compare it. */
export function toComparable(n: number): number | string {
  if (!Number.isFinite(n)) return "Value must be a finite number";
  if (decimalPlaces(n) > NUMERIC_MAX_DECIMALS) return "Only values upto 6 decimals are supported";
  if (n < -NUMERIC_LIMIT || n > NUMERIC_LIMIT)
    return "Value must be between -5.0E9 and 5.0E9, inclusive";
  // |n| <= 5e9 with 6 decimals is at most 5e15 millionths, below 2^53, so rounding is exact.
  return Math.round(n * 1e6);
}

/** The millionths of an event value, `undefined` when event-ruler would compare it only as text. */
export function comparableOrUndefined(n: number): number | undefined {
  const c = toComparable(n);
  return typeof c === "number" ? c : undefined;
}

function decimalPlaces(n: number): number {
  // String(n) is the shortest round-trip form, so trailing zeros are already stripped as
  // BigDecimal.stripTrailingZeros would strip them from the JSON literal.
  const match = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (match === null) return 0;
  return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}
