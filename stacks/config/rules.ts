/**
 * Value rules of the config sections. Rules a Lambda or a component also applies have their one
 * home there and are re-exported here, so a config section imports every rule from one place.
 */
export { UUID, UUID_PATTERN_SOURCE } from "../../lambdas/shared/uuid";
export { E164, E164_RULE, isE164 } from "../../lambdas/shared/phone";
export {
  DEFAULT_LOG_RETENTION_DAYS,
  isLogRetentionDays,
  LOG_RETENTION_DAYS,
  nearestLogRetentionDays,
} from "../../components/logRetention";
export { didRangeSize, MAX_DID_RANGE_SIZE as MAX_DID_NUMBERS } from "../../components/didRange";
export { GENESYS_NAME_RULE, genesysNameProblem } from "../../components/genesysNames";
export {
  DEFAULT_TRIGGER_EVENT_TTL_SECONDS,
  isTriggerDelay,
  isTriggerEventTtl,
  TRIGGER_DELAY_MAX_SECONDS,
  TRIGGER_DELAY_MIN_SECONDS,
  TRIGGER_EVENT_TTL_MIN_SECONDS,
} from "../../components/trigger/validation";

export const ACCOUNT_ID = /^\d{12}$/;
export const NAME_PREFIX = /^[A-Za-z0-9_-](?:[A-Za-z0-9 _-]{0,38}[A-Za-z0-9_-])?$/;
export const AWS_REGION = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;

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
