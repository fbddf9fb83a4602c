/**
 * IP address handling for the `cidr` operator and for exact string values that are IP literals,
 * following aws/event-ruler `CIDR.java`: an address is recognised only when it looks like dotted
 * IPv4 or colon-hex IPv6 (no hostnames, no embedded IPv4 in IPv6), and a CIDR range starts at the
 * address as written (it is not masked down), ending at that address with every host bit set.
 */

const IPV4_SHAPE = /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/;
const IPV6_SHAPE = /^[0-9a-fA-F:]*:[0-9a-fA-F:]*$/;

/** Why an alleged IP literal was refused, in event-ruler's words. */
export class IpError extends Error {}

/** Bytes of an IP literal (4 or 16), `undefined` when the text does not even look like one. */
export function ipBytes(text: string): Uint8Array | undefined {
  if (IPV4_SHAPE.test(text)) return parseIpv4(text);
  if (IPV6_SHAPE.test(text)) return parseIpv6(text);
  return undefined;
}

/** Like {@link ipBytes} but never throws: event values that are not valid addresses simply do not match. */
export function ipBytesOrUndefined(text: string): Uint8Array | undefined {
  try {
    return ipBytes(text);
  } catch {
    return undefined;
  }
}

function parseIpv4(text: string): Uint8Array {
  const parts = text.split(".").map((p) => Number.parseInt(p, 10));
  if (parts.some((p) => p > 255)) throw new IpError(`Invalid IP address: ${text}`);
  return Uint8Array.from(parts);
}

function parseIpv6(text: string): Uint8Array {
  const invalid = () => new IpError(`Invalid IP address: ${text}`);
  const halves = text.split("::");
  if (halves.length > 2) throw invalid();
  const groups = (half: string) => (half === "" ? [] : half.split(":"));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) throw invalid();
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  const bytes = new Uint8Array(16);
  all.forEach((group, i) => {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) throw invalid();
    const value = Number.parseInt(group, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  });
  // Java's InetAddress turns IPv4-mapped IPv6 (::ffff:a.b.c.d) into a 4-byte address.
  const mapped =
    bytes.subarray(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  return mapped ? bytes.slice(12) : bytes;
}

/** Inclusive byte range of a CIDR block; throws {@link IpError} with event-ruler's message when malformed. */
export function cidrRange(cidr: string): { bottom: Uint8Array; top: Uint8Array } {
  // Java's String.split drops trailing empty strings, so "10.0.0.0/" has one part, not two.
  const parts = cidr.split("/");
  while (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  if (parts.length !== 2) throw new IpError("Malformed CIDR, one '/' required");
  if (!/^[+-]?[0-9]+$/.test(parts[1]) || Math.abs(Number(parts[1])) > 2147483647) {
    throw new IpError("Malformed CIDR, mask bits must be an integer");
  }
  const maskBits = Number(parts[1]);
  if (maskBits < 0) throw new IpError("Malformed CIDR, mask bits must not be negative");
  const bottom = ipBytes(parts[0]);
  if (bottom === undefined) throw new IpError(`Nonstandard IP address: ${parts[0]}`);
  if (bottom.length === 4 && maskBits > 31) throw new IpError("IPv4 mask bits must be < 32");
  if (bottom.length === 16 && maskBits > 127) throw new IpError("IPv6 mask bits must be < 128");
  const top = bottom.slice();
  let hostBits = bottom.length * 8 - maskBits;
  for (let i = top.length - 1; i >= 0 && hostBits > 0; i--, hostBits -= 8) {
    top[i] |= hostBits >= 8 ? 0xff : (1 << hostBits) - 1;
  }
  return { bottom, top };
}

/** Lexicographic byte comparison of two addresses of the same family. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return 0;
}
