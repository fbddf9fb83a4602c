/** Value rules shared by the config sections, exported for components that take the same values. */
import type { DidRange } from "./participantAttributes";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ACCOUNT_ID = /^\d{12}$/;
// Country codes never start with 0; E.164 allows at most 15 digits.
export const E164 = /^\+[1-9]\d{7,14}$/;
export const NAME_PREFIX = /^[A-Za-z0-9_-](?:[A-Za-z0-9 _-]{0,38}[A-Za-z0-9_-])?$/;
export const AWS_REGION = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;

/** Values CloudWatch Logs accepts for a retention policy (aws.cloudwatch.LogGroup `retentionInDays`, @pulumi/aws 7.48). */
export const LOG_RETENTION_DAYS: readonly number[] = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
];

/** Why `name` is not a valid S3 general purpose bucket name, or undefined if it is (AWS "Bucket naming rules"). */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return `is ${name.length} characters long, not 3–63`;
  if (!/^[a-z0-9.-]+$/.test(name))
    return "has characters other than lowercase letters, digits, '.' and '-'";
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name))
    return "does not start and end with a lowercase letter or digit";
  if (name.includes("..")) return 'contains ".."';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return "is formatted as an IP address";
  const prefix = ["xn--", "sthree-", "amzn-s3-demo-"].find((p) => name.startsWith(p));
  if (prefix) return `starts with the reserved prefix "${prefix}"`;
  const suffix = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"].find((s) =>
    name.endsWith(s),
  );
  if (suffix) return `ends with the reserved suffix "${suffix}"`;
  return undefined;
}

/** The bucket name used when `participantAttributes.bucketName` is not set. */
export function participantAttributesBucketName(stack: string, accountId: string): string {
  return `geo-${stack}-attrs-${accountId}`;
}

/** How many numbers an E.164 range holds (inclusive); both ends must already be valid. */
export function didRangeSize(range: DidRange): bigint {
  return BigInt(range.end.slice(1)) - BigInt(range.start.slice(1)) + 1n;
}

/** Each DID becomes one DNIS of one IVR; keep the list reviewable and the IVR update small. */
export const MAX_DID_NUMBERS = 100;
