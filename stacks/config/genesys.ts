/** The Genesys Cloud org section (`genesys-event-orchestration:genesys`). */
import { findGenesysEnvironment, GENESYS_ENVIRONMENTS } from "../../components/genesysEnvironments";
import { DEFAULT_ARCHY_PATH, isUsableArchyPath } from "../../components/archy/archyPath";
import { closestName, ConfigObject } from "./configObject";
import { ACCOUNT_ID, NAME_PREFIX, UUID } from "./rules";

/** Genesys Cloud org settings (`genesys-event-orchestration:genesys`). */
export interface GenesysConfig {
  /** Login/API domain, e.g. "mypurecloud.com". */
  readonly environment: string;
  /** The Genesys Terraform provider's `awsRegion` for `environment`, e.g. "us-east-1". */
  readonly providerRegion: string;
  /** Org id (lowercase UUID); absent means the program looks it up from Genesys at deploy time. */
  readonly orgId?: string;
  /** Archy executable. */
  readonly archyPath: string;
  /** AWS account Genesys assumes the Lambda data-action role from. */
  readonly lambdaTrustAccountId: string;
  /** Prefix of the names of Genesys objects this stack creates. */
  readonly namePrefix: string;
}

export const GENESYS_FIELDS = [
  "environment",
  "orgId",
  "archyPath",
  "lambdaTrustAccountId",
  "namePrefix",
] as const;
const DOMAINS = GENESYS_ENVIRONMENTS.map((e) => e.domain);

function environmentFix(value: unknown): string {
  const known = `known: ${DOMAINS.join(", ")}`;
  if (typeof value !== "string") return `use one of the known domains (${known})`;
  // People paste URLs, API hosts or the provider's region code; map those to the domain.
  const cleaned = value
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^(api|login|apps)\./, "")
    .replace(/\/.*$/, "");
  const guess =
    findGenesysEnvironment(cleaned)?.domain ??
    GENESYS_ENVIRONMENTS.find((e) => e.providerRegion === cleaned)?.domain ??
    closestName(cleaned, DOMAINS);
  return guess ? `use "${guess}" (${known})` : `use the domain of your org's login URL (${known})`;
}

export function parseGenesys(g: ConfigObject, stack: string): GenesysConfig {
  const environment =
    g.string("environment", '"mypurecloud.com"') ??
    g.missing(
      "environment",
      `set it to the domain of your org's login URL, e.g. mypurecloud.com (known: ${DOMAINS.join(", ")})`,
    );
  const env =
    findGenesysEnvironment(environment) ??
    g.fail("environment", "is not a known Genesys Cloud environment", environmentFix(environment));

  const rawOrgId = g.string("orgId", '"32aa07aa-db1b-4987-abd0-9483601ec29d"');
  if (rawOrgId !== undefined && !UUID.test(rawOrgId)) {
    g.fail(
      "orgId",
      "is not a UUID",
      "copy the Organization ID from Genesys Cloud Admin > Organization Settings (8-4-4-4-12 hex digits), or remove orgId to look it up at deploy time",
    );
  }

  const archyPath = g.string("archyPath", '"/opt/archy/archy"') ?? DEFAULT_ARCHY_PATH;
  if (!isUsableArchyPath(archyPath)) {
    g.fail(
      "archyPath",
      "is not a usable path",
      `give the Archy executable's path, or remove archyPath to use "${DEFAULT_ARCHY_PATH}" from PATH`,
    );
  }

  if (typeof g.raw().lambdaTrustAccountId === "number") {
    g.fail(
      "lambdaTrustAccountId",
      "is a number",
      `quote it so leading zeros survive, e.g. "${env.lambdaTrustAccountId}"`,
    );
  }
  const lambdaTrustAccountId =
    g.string("lambdaTrustAccountId", `"${env.lambdaTrustAccountId}"`) ?? env.lambdaTrustAccountId;
  if (!ACCOUNT_ID.test(lambdaTrustAccountId)) {
    g.fail(
      "lambdaTrustAccountId",
      "is not a 12-digit AWS account id",
      `write 12 digits, or remove it to use Genesys' account for ${env.domain} (${env.lambdaTrustAccountId})`,
    );
  }

  const prefixRule =
    "1–40 letters, digits, spaces, '-' or '_', not starting or ending with a space";
  const explicitPrefix = g.string("namePrefix", '"GEO Prod"');
  if (explicitPrefix !== undefined && !NAME_PREFIX.test(explicitPrefix)) {
    g.fail("namePrefix", "is not a valid name prefix", `use ${prefixRule}`);
  }
  if (explicitPrefix === undefined && !NAME_PREFIX.test(stack)) {
    g.fail(
      "namePrefix",
      "(the stack name, used when namePrefix is not set) is not a valid name prefix",
      `set genesys.namePrefix to ${prefixRule}`,
      stack,
    );
  }

  return {
    environment: env.domain,
    providerRegion: env.providerRegion,
    ...(rawOrgId !== undefined && { orgId: rawOrgId.toLowerCase() }),
    archyPath,
    lambdaTrustAccountId,
    namePrefix: explicitPrefix ?? stack,
  };
}
