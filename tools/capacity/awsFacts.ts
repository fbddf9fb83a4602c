/**
 * AWS's documented default quotas and us-east-1 list prices the capacity model uses, each with the
 * page it comes from. Quotas are per account and region, and most can be raised (Service Quotas
 * console); the model reports what holds before any request. Free tiers are ignored.
 */

/** A number with the AWS page that documents it. */
export interface Documented {
  readonly value: number;
  readonly source: string;
}
const doc = (value: number, source: string): Documented => ({ value, source });

const EB_QUOTAS = "EventBridge user guide, eb-quota.html";
const SFN_QUOTAS = "Step Functions developer guide, service-quotas.html (limits-overview.md)";
const LAMBDA_SCALING = "Lambda developer guide, scaling-behavior.html";
const LAMBDA_CONCURRENCY =
  "Lambda developer guide, lambda-concurrency.html and configuration-concurrency.html";
const DDB_ON_DEMAND =
  "DynamoDB developer guide, on-demand-capacity-mode.html and pre-warming-on-demand-capacity-mode.html";
const DDB_QUOTAS = "DynamoDB developer guide, ServiceQuotas.html (throughput default quotas)";
const PIPES_CONCURRENCY = "EventBridge user guide, eb-pipes-batching-concurrency.html";
const SQS_QUOTAS = "SQS developer guide, quotas-messages.html";

// ---------------------------------------------------------------------------------------------
// Quotas

/**
 * "Invocations throttle limit in transactions per second" by region: every rule target an event
 * reaches is one invocation; above it invocations are delayed, not dropped. The PutEvents quota
 * does not bound this pipeline: Genesys puts partner events from its own side (PutPartnerEvents).
 */
export const EVENTBRIDGE_INVOCATIONS_PER_SECOND: Readonly<Record<string, number>> = {
  "us-east-1": 18750,
  "us-west-2": 18750,
  "eu-west-1": 18750,
  "us-east-2": 4500,
  "eu-central-1": 4500,
  "us-west-1": 2250,
  "ap-northeast-1": 2250,
  "ap-southeast-1": 2250,
  "ap-southeast-2": 2250,
  "eu-west-2": 2250,
  "af-south-1": 750,
  "ap-northeast-3": 750,
  "ap-southeast-3": 750,
  "eu-south-1": 750,
};
export const EVENTBRIDGE_INVOCATIONS_OTHER_REGIONS = doc(1100, EB_QUOTAS);
export const EVENTBRIDGE_INVOCATIONS_SOURCE = EB_QUOTAS;

/** Regions with Step Functions' larger Standard quotas. */
export const SFN_LARGE_REGIONS: readonly string[] = ["us-east-1", "us-west-2", "eu-west-1"];
export const SFN_STANDARD_START_EXECUTION_PER_SECOND = {
  large: doc(300, SFN_QUOTAS),
  other: doc(150, SFN_QUOTAS),
} as const;
export const SFN_STANDARD_STATE_TRANSITIONS_PER_SECOND = {
  large: doc(1500, SFN_QUOTAS),
  other: doc(500, SFN_QUOTAS),
} as const;
export const SFN_EXPRESS_START_EXECUTION_PER_SECOND = doc(6000, SFN_QUOTAS);
/**
 * "Synchronous Express Workflows concurrent executions: 1,000–3,700 (varies per region)": the
 * lowest. StartSyncExecution calls "do not contribute to the existing account capacity limits", so
 * the StartExecution bucket does not bound a pipe's synchronous starts.
 */
export const SFN_SYNC_EXPRESS_CONCURRENT_EXECUTIONS = doc(1000, SFN_QUOTAS);

/** Concurrent executions per account and region, by default. */
export const LAMBDA_ACCOUNT_CONCURRENCY = doc(1000, LAMBDA_CONCURRENCY);
/** Lambda keeps this much of the account's concurrency unreserved: reserved concurrency totals at most 900. */
export const LAMBDA_UNRESERVED_MINIMUM = doc(100, LAMBDA_CONCURRENCY);
/** "Each instance of your execution environment can handle at most 10 requests per second." */
export const LAMBDA_REQUESTS_PER_SECOND_PER_INSTANCE = doc(10, LAMBDA_SCALING);

/** A new on-demand table sustains up to 4,000 writes/s, then up to double its previous peak within 30 minutes. */
export const DYNAMODB_NEW_TABLE_WRITE_UNITS_PER_SECOND = doc(4000, DDB_ON_DEMAND);
/** On-demand table-level quota: 40,000 write request units/s per table (adjustable). */
export const DYNAMODB_TABLE_WRITE_UNITS_PER_SECOND = doc(40000, DDB_QUOTAS);

/** All pipes of an account and region: 1,000 concurrent executions; one SQS pipe scales to 1,250. */
export const PIPES_ACCOUNT_CONCURRENT_EXECUTIONS = doc(1000, PIPES_CONCURRENCY);
export const PIPES_SQS_PIPE_CONCURRENT_EXECUTIONS = doc(1250, PIPES_CONCURRENCY);

/** In-flight messages (received, not yet deleted) of a standard queue: about 120,000. */
export const SQS_STANDARD_IN_FLIGHT_MESSAGES = doc(120000, SQS_QUOTAS);

// ---------------------------------------------------------------------------------------------
// Prices, us-east-1, USD

const EB_PRICING = "aws.amazon.com/eventbridge/pricing";
const SFN_PRICING = "aws.amazon.com/step-functions/pricing";
const LAMBDA_PRICING = "aws.amazon.com/lambda/pricing";
const SQS_PRICING = "aws.amazon.com/sqs/pricing";
const DDB_PRICING = "aws.amazon.com/dynamodb/pricing/on-demand (since 1 November 2024)";
const LOGS_PRICING = "aws.amazon.com/cloudwatch/pricing (Logs, Standard ingestion)";

/** Partner events published to a bus, per million (64 KB chunks); rule matching and same-account delivery are free. */
export const EVENTBRIDGE_PARTNER_EVENTS_PER_MILLION = doc(1.0, EB_PRICING);
/** Archive: events archived, per GB processed. */
export const EVENTBRIDGE_ARCHIVE_PER_GB = doc(0.1, EB_PRICING);
/** Pipes requests after filtering, per million (64 KB chunks); counted per event here, the pricier reading. */
export const PIPES_REQUESTS_PER_MILLION = doc(0.4, EB_PRICING);
/** SQS standard queue requests, per million (64 KB chunks); a batch call of up to 10 messages is one request. */
export const SQS_REQUESTS_PER_MILLION = doc(0.4, SQS_PRICING);
/** Standard: per state transition ($25 per million; retries count). */
export const SFN_STANDARD_PER_TRANSITION = doc(0.000025, SFN_PRICING);
/** Express: per execution ($1.00 per million requests). */
export const SFN_EXPRESS_PER_REQUEST = doc(0.000001, SFN_PRICING);
/** Express duration, per GB-second (first tier), billed in 64 MB and 100 ms steps. */
export const SFN_EXPRESS_PER_GB_SECOND = doc(0.00001667, SFN_PRICING);
export const SFN_EXPRESS_BILLING_MB = 64;
export const SFN_EXPRESS_BILLING_MS = 100;
/** Lambda requests, per request ($0.20 per million). */
export const LAMBDA_PER_REQUEST = doc(0.0000002, LAMBDA_PRICING);
/** Lambda duration per GB-second (first tier), billed per ms. */
export const LAMBDA_PER_GB_SECOND = {
  x86_64: doc(0.0000166667, LAMBDA_PRICING),
  arm64: doc(0.0000133334, LAMBDA_PRICING),
} as const;
/** On-demand write request units, per million; a failed conditional write is billed too. */
export const DYNAMODB_WRITE_REQUEST_UNITS_PER_MILLION = doc(0.625, DDB_PRICING);
/** CloudWatch Logs ingestion, per GB. */
export const CLOUDWATCH_LOGS_INGESTION_PER_GB = doc(0.5, LOGS_PRICING);
