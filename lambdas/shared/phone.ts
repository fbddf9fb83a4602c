/**
 * The one home of the E.164 rule: "+", a country code that does not start with 0, and 7 to 15
 * digits in all. ITU-T E.164 (11/2010) §6 caps an international number at 15 digits and sets no
 * minimum; the shortest numbers in use are 7 digits (a 3-digit country code and a 4-digit
 * subscriber number, e.g. Niue +683 4002; Google libphonenumber, resources/PhoneNumberMetadata.xml,
 * territory NU). The save-attributes Lambda must accept every real caller, so the minimum is 7, and
 * the config and components use this same pattern: a number a Lambda accepts is never refused
 * by the config, or the other way round (tests/stacks/config/sharedRules.test.ts).
 */
export const E164 = /^\+[1-9][0-9]{6,14}$/;

/** The rule in words, for the fix part of an error message. */
export const E164_RULE = "+ and 7–15 digits";

/** True when `value` is a string holding an E.164 number exactly (no separators). */
export function isE164(value: unknown): value is string {
  return typeof value === "string" && E164.test(value);
}

/**
 * Normalises a Genesys ANI or a typed phone number to E.164, or returns undefined when the result
 * is not E.164. Voice ANIs arrive as "tel:+13175550123" or "sip:+13175550123@host;user=phone"; the
 * visual separators RFC 3966 allows ("-", ".", "(", ")") and spaces are dropped. A number without
 * a leading "+" is refused rather than guessed at: its country is unknown.
 */
export function normalizeE164(raw: string): string | undefined {
  let value = raw.trim();
  const scheme = /^(tel|sip|sips):/i.exec(value);
  if (scheme) {
    value = value.slice(scheme[0].length);
    // A SIP URI's user part is the number; the host and URI parameters are not part of it.
    value = value.split(/[@;]/, 1)[0];
  }
  value = value.replace(/[\s\-.()]/g, "");
  return E164.test(value) ? value : undefined;
}

/** What an error message may show of a phone number: only its last four digits. */
export function redactPhoneNumber(raw: string): string {
  const digits = raw.replace(/[^0-9]/g, "");
  return digits.length > 4 ? `…${digits.slice(-4)}` : "…";
}
