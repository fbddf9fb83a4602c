/**
 * The Genesys permissions the deploying OAuth client needs, per part of the program: the one list
 * the preflight checks and docs/deploying.md prints. Each comes from the "Requires ALL/ANY
 * permissions" line of the API the part calls, in MyPureCloud/platform-client-sdk-javascript
 * build/docs/<Api>.md (IntegrationsApi, ArchitectApi, ProcessAutomationApi, AuthorizationApi,
 * OAuthApi, RoutingApi, TelephonyProvidersEdgeApi), and from the Terraform provider's resource
 * docs for what it calls on our behalf (docs/resources/<resource>.md, "API Usage").
 */

/** A permission as Genesys writes it: domain:entity:action. */
export type Permission = `${string}:${string}:${string}`;

export interface PermissionGroup {
  /** What needs them, as the preflight's message says it. */
  readonly what: string;
  readonly permissions: readonly Permission[];
}

const crud = (domain: string, entity: string, extra: readonly string[] = []): Permission[] =>
  ["add", "edit", "view", "delete", ...extra].map(
    (action) => `${domain}:${entity}:${action}` as Permission,
  );

export const INTEGRATION_PERMISSIONS: PermissionGroup = {
  what: "integrations and their credentials",
  permissions: [...crud("integrations", "integration")],
};

export const DATA_ACTION_PERMISSIONS: PermissionGroup = {
  what: "data actions",
  permissions: [...crud("integrations", "action"), "bridge:actions:view"],
};

export const FLOW_PERMISSIONS: PermissionGroup = {
  what: "flows (Archy publish, lookup and delete)",
  permissions: [
    ...crud("architect", "flow", ["publish", "unlock"]),
    "architect:dependencyTracking:view",
  ],
};

export const TRIGGER_PERMISSIONS: PermissionGroup = {
  what: "process-automation triggers",
  permissions: [...crud("processautomation", "trigger")],
};

export const TELEPHONY_PERMISSIONS: PermissionGroup = {
  what: "the DID pool and IVR",
  permissions: ["telephony:plugin:all"],
};

export const ROLE_AND_CLIENT_PERMISSIONS: PermissionGroup = {
  what: "the negative-sentiment role and OAuth client",
  permissions: [
    ...crud("authorization", "role"),
    ...crud("oauth", "client"),
    "authorization:grant:add",
    "authorization:grant:view",
  ],
};

export const WRAPUP_CODE_PERMISSIONS: PermissionGroup = {
  what: "the wrap-up code",
  permissions: [...crud("routing", "wrapupCode")],
};

export const QUEUE_PERMISSIONS: PermissionGroup = {
  what: "the callback queue",
  permissions: [...crud("routing", "queue")],
};
export const QUEUE_LOOKUP_PERMISSIONS: PermissionGroup = {
  what: "looking up the callback queue by name",
  permissions: ["routing:queue:view"],
};
export const WRAPUP_CODE_LOOKUP_PERMISSIONS: PermissionGroup = {
  what: "looking up the wrap-up code by name",
  permissions: ["routing:wrapupCode:view"],
};

/**
 * What the preflight itself reads to learn the deployer's permissions: its own OAuth client
 * (GET /api/v2/oauth/clients/{id}: oauth:client:view) and that client's roles
 * (GET /api/v2/authorization/roles/{id}: authorization:role:view). Read-only.
 */
export const PREFLIGHT_PERMISSIONS: PermissionGroup = {
  what: "the preflight's read of the deployer's own roles",
  permissions: ["oauth:client:view", "authorization:role:view"],
};

/** A role's permission policy as GET /api/v2/authorization/roles/{id} returns it (SDK `DomainPermissionPolicy`). */
export interface PermissionPolicy {
  readonly domain?: string;
  readonly entityName?: string;
  readonly actionSet?: readonly string[];
}

/** Whether the policies grant `permission`; "*" in an entity or action matches anything, as Genesys' own role editor shows it. */
export function grants(policies: readonly PermissionPolicy[], permission: Permission): boolean {
  const [domain, entity, action] = permission.split(":");
  return policies.some(
    (p) =>
      p.domain === domain &&
      (p.entityName === entity || p.entityName === "*") &&
      (p.actionSet ?? []).some((a) => a === action || a === "*"),
  );
}

/** The permissions of `groups` that `policies` lack, grouped as given; empty when all are held. */
export function missingPermissions(
  policies: readonly PermissionPolicy[],
  groups: readonly PermissionGroup[],
): PermissionGroup[] {
  return groups
    .map((g) => ({ what: g.what, permissions: g.permissions.filter((p) => !grants(policies, p)) }))
    .filter((g) => g.permissions.length > 0);
}

/** A role's policies as the components declare them ({domain, entityName, actionSets}), as permissions. */
export function permissionsOf(
  policies: readonly { domain: string; entityName: string; actionSets: readonly string[] }[],
): Permission[] {
  return policies.flatMap((p) =>
    p.actionSets.map((a) => `${p.domain}:${p.entityName}:${a}` as Permission),
  );
}
