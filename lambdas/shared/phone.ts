/** E.164: "+", a country code that does not start with 0, and at most 15 digits in all (ITU-T E.164 §6). */
const E164 = /^\+[1-9][0-9]{6,14}$/;

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
