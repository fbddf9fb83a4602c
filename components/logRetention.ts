/**
 * The one home of the CloudWatch Logs retention rule and default (pure: no Pulumi), used by the
 * components that create log groups and by the config sections that take a retention.
 */

/**
 * Values CloudWatch Logs accepts for a retention policy (PutRetentionPolicy `retentionInDays`, the
 * `aws.cloudwatch.LogGroup` `retentionInDays` of @pulumi/aws 7.48). 0 ("never expire") is left out
 * on purpose: logs that are never deleted are a cost nobody chose.
 */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
] as const;

/** Days logs are kept when nobody says otherwise. */
export const DEFAULT_LOG_RETENTION_DAYS = 30;

/** True when CloudWatch Logs accepts `days` as a retention. */
export function isLogRetentionDays(days: number): boolean {
  return (LOG_RETENTION_DAYS as readonly number[]).includes(days);
}

/** The accepted retention nearest above `days` (the longest one past the end), for a fix hint. */
export function nearestLogRetentionDays(days: number): number {
  return (
    LOG_RETENTION_DAYS.find((d) => d >= days) ?? LOG_RETENTION_DAYS[LOG_RETENTION_DAYS.length - 1]
  );
}
