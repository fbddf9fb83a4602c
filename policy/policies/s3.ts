/**
 * S3 buckets are private, encrypted at rest and reachable only over TLS. Since @pulumi/aws v7 each
 * of those is its own resource pointing at the bucket, so these are stack policies: they find the
 * companions of every bucket through the engine's property dependencies (or, for a bucket named by
 * hand, its name).
 */
import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { asList, dig, ofType, parseJsonDocument, refersTo, show, whenKnown } from "./support";

export const BUCKET = "aws:s3/bucket:Bucket";
export const PUBLIC_ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
export const ENCRYPTION =
  "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
export const BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";

/** All four must be true for S3 to refuse public ACLs and policies (S3 user guide, access-control-block-public-access). */
export const PUBLIC_ACCESS_FLAGS = [
  "blockPublicAcls",
  "blockPublicPolicy",
  "ignorePublicAcls",
  "restrictPublicBuckets",
] as const;

const ALL_FLAGS = `${PUBLIC_ACCESS_FLAGS.slice(0, -1).join(", ")} and ${PUBLIC_ACCESS_FLAGS[PUBLIC_ACCESS_FLAGS.length - 1]}`;

/** Server-side encryption algorithms S3 accepts as a bucket default. */
export const SSE_ALGORITHMS: readonly string[] = ["aws:kms", "aws:kms:dsse", "AES256"];

/** Canned ACLs that open a bucket to everyone or to every AWS account. */
const PUBLIC_CANNED_ACLS: readonly string[] = [
  "public-read",
  "public-read-write",
  "authenticated-read",
];

/** The resources of `type` whose `bucket` property points at `bucket` (its id is its name). */
function companions(
  resources: readonly PolicyResource[],
  type: string,
  bucket: PolicyResource,
): PolicyResource[] {
  return ofType(resources, type).filter((r) => refersTo(r, "bucket", [], bucket, ["bucket", "id"]));
}

export const s3BucketPublicAccessBlocked: StackValidationPolicy = {
  name: "s3-bucket-public-access-blocked",
  description:
    "Every S3 bucket has a BucketPublicAccessBlock with all four settings true, and no public canned ACL.",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const buckets = ofType(args.resources, BUCKET);
    if (buckets.length === 0) return args.notApplicable("no S3 buckets in the stack");
    for (const bucket of buckets) {
      const acl = bucket.props.acl;
      if (typeof acl === "string" && PUBLIC_CANNED_ACLS.includes(acl)) {
        report(
          `S3 bucket "${bucket.name}" has the public canned ACL ${show(acl)}. Fix: remove acl and keep access to IAM policies; set objectOwnership "BucketOwnerEnforced" on an aws.s3.BucketOwnershipControls.`,
          bucket.urn,
        );
      }
      const blocks = companions(args.resources, PUBLIC_ACCESS_BLOCK, bucket);
      const missingFlags = (block: PolicyResource) =>
        PUBLIC_ACCESS_FLAGS.filter((flag) => block.props[flag] !== true);
      if (blocks.some((block) => missingFlags(block).length === 0)) continue;
      if (blocks.length === 0) {
        report(
          `S3 bucket "${bucket.name}" has no BucketPublicAccessBlock, so a bucket policy or ACL could make it public. Fix: add an aws.s3.BucketPublicAccessBlock with bucket: <bucket>.id and ${ALL_FLAGS} all true.`,
          bucket.urn,
        );
      }
      for (const block of blocks) {
        report(
          `S3 bucket "${bucket.name}": BucketPublicAccessBlock "${block.name}" leaves ${missingFlags(block).join(", ")} not true, so the bucket can still be made public. Fix: set ${ALL_FLAGS} all to true.`,
          bucket.urn,
        );
      }
    }
  },
};

/** The default algorithm of an encryption rule block, from the separate resource or the bucket's own (deprecated) block. */
function algorithms(configuration: unknown): unknown[] {
  return asList(configuration as unknown[]).map((rule) =>
    dig(rule, ["applyServerSideEncryptionByDefault", "sseAlgorithm"]),
  );
}

export const s3BucketEncrypted: StackValidationPolicy = {
  name: "s3-bucket-encrypted",
  description:
    "Every S3 bucket has a default server-side encryption configuration (aws:kms, aws:kms:dsse or AES256).",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const buckets = ofType(args.resources, BUCKET);
    if (buckets.length === 0) return args.notApplicable("no S3 buckets in the stack");
    for (const bucket of buckets) {
      const configurations = companions(args.resources, ENCRYPTION, bucket);
      const found = [
        ...configurations.flatMap((c) => algorithms(c.props.rules)),
        ...algorithms(dig(bucket.props, ["serverSideEncryptionConfiguration", "rule"])),
      ];
      if (
        found.some(
          (algorithm) => typeof algorithm === "string" && SSE_ALGORITHMS.includes(algorithm),
        )
      )
        continue;
      const fix = `Fix: add an aws.s3.BucketServerSideEncryptionConfiguration with bucket: <bucket>.id and rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }] (or "AES256").`;
      if (configurations.length === 0) {
        report(
          `S3 bucket "${bucket.name}" has no BucketServerSideEncryptionConfiguration, so its default encryption is not stated. ${fix}`,
          bucket.urn,
        );
      } else {
        report(
          `S3 bucket "${bucket.name}": BucketServerSideEncryptionConfiguration "${configurations[0].name}" sets no sseAlgorithm of ${SSE_ALGORITHMS.join(", ")} (found ${found.map(show).join(", ") || "none"}). ${fix}`,
          bucket.urn,
        );
      }
    }
  },
};

/** The bucket's ARN, or undefined while the engine does not know it. */
function bucketArn(bucket: PolicyResource): string | undefined {
  const arn = whenKnown(() => bucket.props.arn);
  if (arn.known && typeof arn.value === "string") return arn.value;
  const name = whenKnown(() => bucket.props.bucket);
  return name.known && typeof name.value === "string" ? `arn:aws:s3:::${name.value}` : undefined;
}

/** True for a statement denying every S3 action to everyone on the bucket and its objects over plain HTTP. */
function deniesInsecureTransport(
  statement: Record<string, unknown>,
  arn: string | undefined,
): boolean {
  const principal = statement.Principal;
  const everyone =
    principal === "*" ||
    (principal !== null &&
      typeof principal === "object" &&
      asList((principal as Record<string, unknown>).AWS as string[]).includes("*"));
  const actions = asList(statement.Action as string[]);
  const resources = asList(statement.Resource as string[]);
  const covers = (target: (r: string) => boolean) =>
    resources.some((r) => r === "*" || r === "arn:aws:s3:::*" || target(r));
  const bucketCovered = covers((r) => (arn ? r === arn : !r.includes("/")));
  const objectsCovered = covers((r) => (arn ? r === `${arn}/*` : r.endsWith("/*")));
  const secure = asList(dig(statement, ["Condition", "Bool", "aws:SecureTransport"]) as unknown[]);
  return (
    statement.Effect === "Deny" &&
    everyone &&
    (actions.includes("s3:*") || actions.includes("*")) &&
    bucketCovered &&
    objectsCovered &&
    secure.some((v) => v === "false" || v === false)
  );
}

const TLS_FIX =
  'Fix: add to an aws.s3.BucketPolicy for the bucket the statement { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [<bucket arn>, "<bucket arn>/*"], Condition: { Bool: { "aws:SecureTransport": "false" } } }.';

export const s3BucketTlsOnly: StackValidationPolicy = {
  name: "s3-bucket-tls-only",
  description:
    "Every S3 bucket has a bucket policy that denies any request made without TLS (aws:SecureTransport false).",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const buckets = ofType(args.resources, BUCKET);
    if (buckets.length === 0) return args.notApplicable("no S3 buckets in the stack");
    for (const bucket of buckets) {
      const arn = bucketArn(bucket);
      const documents: { source: string; policy: unknown }[] = companions(
        args.resources,
        BUCKET_POLICY,
        bucket,
      ).map((p) => ({ source: `BucketPolicy "${p.name}"`, policy: p.props.policy }));
      if (bucket.props.policy !== undefined)
        documents.push({ source: "its inline policy", policy: bucket.props.policy });
      if (documents.length === 0) {
        report(
          `S3 bucket "${bucket.name}" has no bucket policy, so it accepts requests over plain HTTP. ${TLS_FIX}`,
          bucket.urn,
        );
        continue;
      }
      let enforced = false;
      const problems: string[] = [];
      for (const { source, policy } of documents) {
        const parsed = parseJsonDocument(policy);
        if (!parsed.ok) {
          problems.push(`${source} ${parsed.problem}`);
          continue;
        }
        const statements = asList(dig(parsed.value, ["Statement"]) as Record<string, unknown>[]);
        if (statements.some((s) => deniesInsecureTransport(s, arn))) enforced = true;
        else
          problems.push(
            `${source} has no statement denying s3:* to every principal on the bucket and its objects when aws:SecureTransport is false`,
          );
      }
      if (!enforced)
        report(
          `S3 bucket "${bucket.name}" accepts requests over plain HTTP: ${problems.join("; ")}. ${TLS_FIX}`,
          bucket.urn,
        );
    }
  },
};

export const s3Policies = [s3BucketPublicAccessBlocked, s3BucketEncrypted, s3BucketTlsOnly];
