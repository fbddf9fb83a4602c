/**
 * No IAM statement allows a wildcard action, a wildcard resource or a wildcard principal, except the
 * few actions AWS gives no narrower resource (listed below with their source). Identity policies
 * (RolePolicy, Policy, UserPolicy, GroupPolicy, a Role's inline policies), trust policies and the
 * resource policies this program writes (bucket, queue, topic) are all checked; Deny statements
 * only take access away, so they may use wildcards (the TLS-only bucket statement does).
 */
import type { ReportViolation, ResourceValidationPolicy } from "@pulumi/policy";
import { asList, dig, parseJsonDocument, show, validateTypes } from "./support";

/**
 * Actions allowed on `"Resource": "*"`, each with why. Sources:
 * - Service Authorization Reference, "Actions, resources, and condition keys for Amazon CloudWatch
 *   Logs" (docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html):
 *   the rows for CreateLogDelivery, GetLogDelivery, UpdateLogDelivery, DeleteLogDelivery and
 *   ListLogDeliveries ("[permission only]"), DescribeResourcePolicies and PutResourcePolicy list no
 *   resource type, and "if there is no value for this column, you must specify all resources ("*")".
 * - Step Functions developer guide, "Logging using CloudWatch Logs" > "IAM Policies for logging to
 *   CloudWatch Logs" (docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html): the role of a
 *   state machine that logs needs exactly these eight actions, shown on "Resource": "*".
 * None of them reads or writes log events; they configure where a service's vended logs go.
 */
export const RESOURCE_WILDCARD_EXCEPTIONS: Readonly<Record<string, string>> = {
  "logs:CreateLogDelivery":
    "vended-log delivery API; the Service Authorization Reference lists no resource type",
  "logs:GetLogDelivery":
    "vended-log delivery API; the Service Authorization Reference lists no resource type",
  "logs:UpdateLogDelivery":
    "vended-log delivery API; the Service Authorization Reference lists no resource type",
  "logs:DeleteLogDelivery":
    "vended-log delivery API; the Service Authorization Reference lists no resource type",
  "logs:ListLogDeliveries":
    "vended-log delivery API; the Service Authorization Reference lists no resource type",
  "logs:DescribeResourcePolicies":
    "lists the account's CloudWatch Logs resource policies; no resource type",
  "logs:PutResourcePolicy":
    "writes the account-level CloudWatch Logs resource policy that lets the service deliver; no resource type for that account-level call",
  "logs:DescribeLogGroups":
    'lists the account\'s log groups; its only resource form is log-group:* in the account and region, and the Step Functions guide grants it on "*"',
};

const EXEMPT_LIST = Object.keys(RESOURCE_WILDCARD_EXCEPTIONS).join(", ");

/** Policy types where the document sits in `policy` (identity and resource policies). */
const IDENTITY_POLICY_TYPES: Readonly<Record<string, string>> = {
  "aws:iam/rolePolicy:RolePolicy": "IAM RolePolicy",
  "aws:iam/policy:Policy": "IAM Policy",
  "aws:iam/userPolicy:UserPolicy": "IAM UserPolicy",
  "aws:iam/groupPolicy:GroupPolicy": "IAM GroupPolicy",
};
const RESOURCE_POLICY_TYPES: Readonly<Record<string, string>> = {
  "aws:s3/bucketPolicy:BucketPolicy": "S3 BucketPolicy",
  "aws:sqs/queuePolicy:QueuePolicy": "SQS QueuePolicy",
  "aws:sns/topicPolicy:TopicPolicy": "SNS TopicPolicy",
};

type DocumentKind = "identity" | "resource" | "trust";

/** True for "*" and for an ARN that names every resource of its service (arn:aws:s3:::*, …:table/*). */
export function isWildcardResource(resource: string): boolean {
  if (resource === "*") return true;
  const parts = resource.split(":");
  if (parts[0] !== "arn" || parts.length < 6) return false;
  const service = parts[2];
  if (service.includes("*")) return true;
  const resourcePart = parts.slice(5).join(":");
  if (/^[*/:?]+$/.test(resourcePart)) return true;
  // S3 names buckets directly ("bucket/key"); other services put a resource type first ("table/name").
  const segments = resourcePart.split(/[:/]/);
  const named = service === "s3" ? segments.slice(0, 1) : segments.slice(1, 2);
  return named.length > 0 && named.every((s) => /^[*?]+$/.test(s));
}

export function isWildcardAction(action: string): boolean {
  return action.includes("*") || action.includes("?");
}

function isWildcardPrincipal(principal: unknown): boolean {
  if (principal === "*") return true;
  if (principal === null || typeof principal !== "object") return false;
  return Object.values(principal as Record<string, unknown>).some((v) =>
    asList(v as unknown[]).includes("*"),
  );
}

/** Problems of one Allow statement, each a sentence without the resource's name. */
function statementProblems(statement: Record<string, unknown>, kind: DocumentKind): string[] {
  const problems: string[] = [];
  if (statement.NotAction !== undefined) {
    problems.push(
      `uses NotAction ${show(statement.NotAction)} in an Allow, which grants every other action. Fix: list the actions in Action instead`,
    );
  }
  const actions = asList(statement.Action as unknown[]).map(String);
  const wildcardActions = actions.filter(isWildcardAction);
  if (wildcardActions.length > 0) {
    problems.push(
      `allows the wildcard action${wildcardActions.length > 1 ? "s" : ""} ${wildcardActions.map(show).join(", ")}. Fix: list the exact actions needed, e.g. "s3:PutObject"`,
    );
  }
  if (kind !== "identity" && isWildcardPrincipal(statement.Principal)) {
    problems.push(
      `allows the wildcard principal ${show(statement.Principal)}. Fix: name the account, role or service principal`,
    );
  }
  if (kind === "trust") return problems;
  if (statement.NotResource !== undefined) {
    problems.push(
      `uses NotResource ${show(statement.NotResource)} in an Allow, which grants every other resource. Fix: list the ARNs in Resource instead`,
    );
  }
  if (statement.Resource === undefined && statement.NotResource === undefined) {
    problems.push("names no Resource. Fix: list the ARNs the statement applies to");
  }
  const wildcardResources = asList(statement.Resource as unknown[])
    .map(String)
    .filter(isWildcardResource);
  const notExempt = actions.filter((a) => RESOURCE_WILDCARD_EXCEPTIONS[a] === undefined);
  if (wildcardResources.length > 0 && notExempt.length > 0) {
    problems.push(
      `allows ${notExempt.map(show).join(", ")} on the wildcard resource ${wildcardResources.map(show).join(", ")}. ` +
        `Fix: name the ARNs of the resources; a wildcard resource is allowed only for actions AWS gives no narrower resource (${EXEMPT_LIST})`,
    );
  }
  return problems;
}

/** Reports every problem of one policy document; `where` names the document, e.g. `IAM Role "x" assumeRolePolicy`. */
function checkDocument(
  where: string,
  document: unknown,
  kind: DocumentKind,
  report: ReportViolation,
): void {
  const parsed = parseJsonDocument(document);
  if (!parsed.ok) {
    report(
      `${where} ${parsed.problem}, so its statements cannot be checked. Fix: pass the policy as a JSON document.`,
    );
    return;
  }
  const statements = asList(dig(parsed.value, ["Statement"]) as Record<string, unknown>[]);
  statements.forEach((statement, i) => {
    if (statement?.Effect !== "Allow") return;
    const label = `${where} statement ${i}${typeof statement.Sid === "string" ? ` (Sid "${statement.Sid}")` : ""}`;
    for (const problem of statementProblems(statement, kind)) report(`${label} ${problem}.`);
  });
}

const AWS_MANAGED_POLICY = /^arn:aws[\w-]*:iam::aws:policy\//;

function awsManagedProblem(where: string, arn: string): string {
  return `${where} attaches the AWS managed policy ${show(arn)}, whose statements the pack cannot check (most use wildcards). Fix: grant the needed actions in a RolePolicy that names its resources.`;
}

const validations: Record<string, Parameters<typeof validateTypes>[0][string]> = {};
for (const [type, label] of Object.entries(IDENTITY_POLICY_TYPES)) {
  validations[type] = (props, args, report) =>
    checkDocument(`${label} "${args.name}" policy`, props.policy, "identity", report);
}
for (const [type, label] of Object.entries(RESOURCE_POLICY_TYPES)) {
  validations[type] = (props, args, report) =>
    checkDocument(`${label} "${args.name}" policy`, props.policy, "resource", report);
}
validations["aws:s3/bucket:Bucket"] = (props, args, report) => {
  if (props.policy !== undefined)
    checkDocument(`S3 bucket "${args.name}" inline policy`, props.policy, "resource", report);
};
validations["aws:iam/role:Role"] = (props, args, report) => {
  checkDocument(
    `IAM Role "${args.name}" assumeRolePolicy`,
    props.assumeRolePolicy,
    "trust",
    report,
  );
  asList(props.inlinePolicies as Record<string, unknown>[]).forEach((inline, i) => {
    checkDocument(
      `IAM Role "${args.name}" inlinePolicies[${i}]`,
      inline?.policy,
      "identity",
      report,
    );
  });
  for (const arn of asList(props.managedPolicyArns as unknown[])) {
    if (typeof arn === "string" && AWS_MANAGED_POLICY.test(arn))
      report(awsManagedProblem(`IAM Role "${args.name}"`, arn));
  }
};
validations["aws:iam/rolePolicyAttachment:RolePolicyAttachment"] = (props, args, report) => {
  const arn = props.policyArn;
  if (typeof arn === "string" && AWS_MANAGED_POLICY.test(arn))
    report(awsManagedProblem(`IAM RolePolicyAttachment "${args.name}"`, arn));
};

export const iamNoWildcards: ResourceValidationPolicy = {
  name: "iam-no-wildcards",
  description:
    "No IAM statement allows a wildcard action, resource or principal, except the CloudWatch Logs delivery actions AWS gives no narrower resource.",
  enforcementLevel: "mandatory",
  validateResource: validateTypes(validations),
};

export const iamPolicies = [iamNoWildcards];
