/**
 * A read-only check, run by the program before it declares any resource (so in `pulumi preview`
 * too), that the deploying OAuth client can do what the stack will ask of it. It fails naming
 * every missing permission and how to grant it, instead of a `pulumi up` stopping half-way.
 *
 * Reads only: GET /api/v2/tokens/me (no permission), GET /api/v2/oauth/clients/{id}
 * (oauth:client:view) and GET /api/v2/authorization/roles/{id} (authorization:role:view), in
 * the SDK's TokensApi, OAuthApi and AuthorizationApi.
 */
import type { GenesysClient } from "./client";
import {
  type PermissionGroup,
  type PermissionPolicy,
  PREFLIGHT_PERMISSIONS,
  missingPermissions,
} from "./permissions";
import { type RetryBudget, permanentError } from "./retry";

export interface PreflightNeeds {
  /** Every permission the enabled pipelines need, grouped by what needs them. */
  readonly permissions: readonly PermissionGroup[];
  /**
   * Set when the stack creates an OAuth client with a role it also creates: the role's name. A
   * client-credentials deployer can grant only roles it holds itself, so it must already hold
   * a role of this name (as after an earlier run), or the stack must use an existing client.
   */
  readonly newClientRoleName?: string;
  /**
   * OAuth clients the stack uses but does not manage (e.g. negativeSentiment.oauthClient), with
   * the permissions their calls need: a missing one would not stop the deploy, but every call.
   */
  readonly existingClients?: readonly {
    readonly key: string;
    readonly clientId: string;
    readonly permissions: PermissionGroup;
  }[];
  /** Set when flows are published: where Archy must be found. */
  readonly archy?: { readonly path: string; readonly found: boolean };
}

export interface PreflightResult {
  /** The org the deployer's token belongs to. */
  readonly orgId: string;
  /** "<client name>" (<client id>), for messages. */
  readonly deployer: string;
}

interface TokenInfo {
  organization?: { id?: string };
  OAuthClient?: { id?: string; name?: string; organization?: { id?: string } };
}

interface OAuthClientInfo {
  name?: string;
  roleDivisions?: { roleId?: string; divisionId?: string }[];
}

interface RoleInfo {
  id?: string;
  name?: string;
  permissionPolicies?: PermissionPolicy[];
}

/** A failed preflight: every problem found, each with its fix. Nothing has been created. */
export class PreflightError extends Error {
  readonly name = "PreflightError";
  constructor(readonly problems: readonly string[]) {
    super(
      `Preflight: the deployment would stop half-way, so nothing was created:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
}

const GRANT_HOW =
  "add them to one of the client's roles (Admin > People & Permissions > Roles/Permissions > the role > Permissions), " +
  "or give the client a role that has them (Admin > Integrations > OAuth > the client > Roles)";

/**
 * The roles of an OAuth client (GET /api/v2/oauth/clients/{id}, then each role), or the problem
 * that stopped reading them, starting with `who`.
 */
async function rolesOf(
  client: GenesysClient,
  clientId: string,
  who: string,
  budget: RetryBudget,
): Promise<RoleInfo[] | string> {
  const read = `grant the deploying client ${PREFLIGHT_PERMISSIONS.permissions.join(" and ")}: ${GRANT_HOW}`;
  const info = await client.call<OAuthClientInfo>(
    { method: "GET", path: `/api/v2/oauth/clients/${encodeURIComponent(clientId)}` },
    budget,
  );
  if (!info.ok) {
    if (info.kind === "http" && (info.status === 403 || info.status === 401)) {
      return `${who} cannot be read (HTTP ${info.status}), so its roles cannot be checked; ${read}`;
    }
    if (info.kind === "http" && info.status === 404) {
      return `${who} does not exist in this org (HTTP 404); copy the id from Admin > Integrations > OAuth`;
    }
    throw permanentError(budget.what, info);
  }
  const roleIds = [
    ...new Set(
      (info.value?.roleDivisions ?? [])
        .map((r) => r.roleId)
        .filter((id): id is string => typeof id === "string"),
    ),
  ];
  const roles: RoleInfo[] = [];
  for (const roleId of roleIds) {
    const role = await client.call<RoleInfo>(
      { method: "GET", path: `/api/v2/authorization/roles/${encodeURIComponent(roleId)}` },
      budget,
    );
    if (role.ok) {
      if (role.value) roles.push(role.value);
      continue;
    }
    if (role.kind === "http" && (role.status === 403 || role.status === 401)) {
      return `${who}: its role ${roleId} cannot be read (HTTP ${role.status}); ${read}`;
    }
    throw permanentError(budget.what, role);
  }
  return roles;
}

/** Runs the checks and resolves with the org id, or rejects with a PreflightError listing every problem. */
export async function runPreflight(
  client: GenesysClient,
  needs: PreflightNeeds,
  budget: RetryBudget,
): Promise<PreflightResult> {
  const problems: string[] = [];
  if (needs.archy && !needs.archy.found) {
    problems.push(
      `Archy was not found at '${needs.archy.path}', and this stack publishes flows with it; install it (https://developer.genesys.cloud/devapps/archy/) and put it on PATH or set genesys-event-orchestration:genesys.archyPath`,
    );
  }

  const token = await client.call<TokenInfo>({ method: "GET", path: "/api/v2/tokens/me" }, budget);
  if (!token.ok)
    throw permanentError(
      budget.what,
      token,
      "GET /api/v2/tokens/me needs no permission; check the OAuth client is active",
    );
  const orgId = token.value?.organization?.id ?? "";
  const clientId = token.value?.OAuthClient?.id ?? "";
  const deployer = `"${token.value?.OAuthClient?.name ?? "?"}" (${clientId})`;

  const own = await rolesOf(client, clientId, `the deploying OAuth client ${deployer}`, budget);
  if (typeof own === "string") {
    problems.push(own);
    throw new PreflightError(problems);
  }
  const roles = own;
  const policies = roles.flatMap((r) => r.permissionPolicies ?? []);
  for (const group of missingPermissions(policies, needs.permissions)) {
    problems.push(
      `the deploying OAuth client ${deployer} lacks, for ${group.what}: ${group.permissions.join(", ")}; ${GRANT_HOW}`,
    );
  }

  if (
    needs.newClientRoleName !== undefined &&
    !roles.some((r) => r.name === needs.newClientRoleName)
  ) {
    problems.push(
      `the negative-sentiment pipeline would create the role "${needs.newClientRoleName}" and an OAuth client holding it, but Genesys lets a client-credentials caller ` +
        `grant only roles it holds itself (https://developer.genesys.cloud/api/rest/authorization/use-client-credentials: a client's role-division pairs are "limited to a necessary subset" of its creator's), ` +
        `so the first pulumi up would stop at the OAuth client. Either set negativeSentiment.oauthClient to an existing client-credentials client whose role has the permissions in docs/negative-sentiment.md ` +
        `(pulumi config set --path genesys-event-orchestration:negativeSentiment.oauthClient.id <id>; pulumi config set --secret --path genesys-event-orchestration:negativeSentiment.oauthClient.secret <secret>), ` +
        `or, if a role of exactly that name already exists (from an earlier run), assign it to ${deployer} (Admin > Integrations > OAuth > the client > Roles) and this check passes`,
    );
  }

  for (const other of needs.existingClients ?? []) {
    const who = `the OAuth client ${other.clientId} set in ${other.key}`;
    const found = await rolesOf(client, other.clientId, who, budget);
    if (typeof found === "string") {
      problems.push(found);
      continue;
    }
    const otherPolicies = found.flatMap((r) => r.permissionPolicies ?? []);
    for (const group of missingPermissions(otherPolicies, [other.permissions])) {
      problems.push(
        `${who} lacks, for ${group.what}: ${group.permissions.join(", ")}, so those calls would fail on every run; ${GRANT_HOW}`,
      );
    }
  }

  if (problems.length > 0) throw new PreflightError(problems);
  return { orgId, deployer };
}
