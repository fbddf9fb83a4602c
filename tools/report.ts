import * as crypto from "node:crypto";
import * as pulumi from "@pulumi/pulumi";
import { isSecretValue, RecordedResource } from "./mocks";

/** One resource as the plan's JSON reports it. */
export interface PlannedResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly parent: string | null;
  readonly inputs: Record<string, unknown>;
}

export interface PlanDocument {
  readonly project: string;
  readonly stack: string;
  readonly resources: PlannedResource[];
}

const digest = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

/** Code-point order: localeCompare follows the machine's locale (LANG), so plans would differ by machine. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Makes registered inputs printable: secrets become "[secret]", assets and archives become content
 * digests, and the serialized dynamic provider becomes a digest (it is code, and large).
 */
export async function sanitizeInputs(value: unknown, key?: string): Promise<unknown> {
  if (isSecretValue(value)) return "[secret]";
  if (key === "__provider" && typeof value === "string") {
    return `[serialized dynamic provider sha256:${digest(value)} ${value.length} bytes]`;
  }
  if (pulumi.asset.Archive.isInstance(value) && value instanceof pulumi.asset.AssetArchive) {
    const assets = await value.assets;
    const described: Record<string, unknown> = {};
    for (const name of Object.keys(assets).sort())
      described[name] = await sanitizeInputs(assets[name]);
    return { "[archive]": described };
  }
  if (pulumi.asset.Asset.isInstance(value)) {
    const text = await (value as pulumi.asset.StringAsset).text;
    if (typeof text === "string")
      return `[asset sha256:${digest(text)} ${Buffer.byteLength(text)} bytes]`;
    const file = await (value as pulumi.asset.FileAsset).path;
    return `[file asset ${file}]`;
  }
  if (Array.isArray(value))
    return Promise.all((value as unknown[]).map((item) => sanitizeInputs(item)));
  if (value !== null && typeof value === "object") {
    const source = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const k of Object.keys(source).sort()) result[k] = await sanitizeInputs(source[k], k);
    return result;
  }
  return value;
}

/** The plan document for a recorded run, sorted by URN so two runs compare byte for byte. */
export async function planDocument(
  project: string,
  stack: string,
  recorded: readonly RecordedResource[],
): Promise<PlanDocument> {
  const resources: PlannedResource[] = [];
  for (const r of [...recorded].sort((a, b) => byCodePoint(a.urn, b.urn))) {
    resources.push({
      urn: r.urn,
      type: r.type,
      name: r.name,
      parent: r.parent ?? null,
      inputs: (await sanitizeInputs(r.inputs)) as Record<string, unknown>,
    });
  }
  return { project, stack, resources };
}

/** Inputs worth a glance in the tree, per type; others show their short scalar inputs. */
const SHOWN_INPUTS: Record<string, string[]> = {
  "aws:lambda/function:Function": [
    "runtime",
    "architectures",
    "handler",
    "reservedConcurrentExecutions",
  ],
  "aws:cloudwatch/logGroup:LogGroup": ["retentionInDays"],
  "aws:s3/bucket:Bucket": ["bucket"],
  "aws:iam/role:Role": ["description"],
  "aws:iam/rolePolicy:RolePolicy": [],
  "aws:s3/bucketPolicy:BucketPolicy": [],
  "command:local:Command": ["environment.ARCHY_FLOW_TYPE", "environment.ARCHY_FLOW_NAME"],
  "genesyscloud:index/integrationAction:IntegrationAction": ["name", "category", "secure"],
  "genesyscloud:index/integration:Integration": ["integrationType", "intendedState"],
  "genesyscloud:index/integrationCredential:IntegrationCredential": ["name", "credentialTypeName"],
  "genesyscloud:index/architectIvr:ArchitectIvr": ["name", "dnis"],
  "genesyscloud:index/authRole:AuthRole": ["name"],
  "genesyscloud:index/oauthClient:OauthClient": ["name", "authorizedGrantType"],
  "genesyscloud:index/routingQueue:RoutingQueue": ["name"],
  "genesyscloud:index/routingWrapupcode:RoutingWrapupcode": ["name"],
  "pulumi-nodejs:dynamic/genesys:ProcessAutomationTrigger": [
    "name",
    "topicName",
    "eventTTLSeconds",
    "delayBySeconds",
  ],
};

function short(value: unknown): string | undefined {
  if (typeof value === "string") return value.length <= 70 ? JSON.stringify(value) : undefined;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) {
    const text = JSON.stringify(
      value.length > 3 ? [...value.slice(0, 3), `… ${value.length - 3} more`] : value,
    );
    return text.length <= 90 ? text : undefined;
  }
  return undefined;
}

function inputSummary(resource: PlannedResource): string {
  const keys =
    SHOWN_INPUTS[resource.type] ??
    Object.keys(resource.inputs)
      .filter((k) => !k.startsWith("__"))
      .slice(0, 4);
  const at = (key: string) =>
    key
      .split(".")
      .reduce<unknown>(
        (v, part) => (v as Record<string, unknown> | undefined)?.[part],
        resource.inputs,
      );
  return keys
    .map((k) => [k.split(".").pop()!, short(at(k))] as const)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
}

/** The resource tree (parent → children) and a count per type, as plain text. */
export function renderPlan(plan: PlanDocument): string {
  const byParent = new Map<string | null, PlannedResource[]>();
  for (const r of plan.resources) {
    const siblings = byParent.get(r.parent) ?? [];
    siblings.push(r);
    byParent.set(r.parent, siblings);
  }
  const lines = [
    `${plan.project} / ${plan.stack}: ${plan.resources.length} resources (offline plan, mock runtime)`,
  ];
  const walk = (parent: string | null, indent: string) => {
    const children = byParent.get(parent) ?? [];
    children.forEach((child, i) => {
      const last = i === children.length - 1;
      const summary = inputSummary(child);
      lines.push(
        `${indent}${last ? "└─ " : "├─ "}${child.name}  (${child.type})${summary ? "  " + summary : ""}`,
      );
      walk(child.urn, indent + (last ? "   " : "│  "));
    });
  };
  walk(null, "");
  const counts = new Map<string, number>();
  for (const r of plan.resources) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  lines.push("", "Resources by type:");
  for (const [type, count] of [...counts].sort((a, b) => byCodePoint(a[0], b[0]))) {
    lines.push(`  ${String(count).padStart(3)}  ${type}`);
  }
  return lines.join("\n");
}
