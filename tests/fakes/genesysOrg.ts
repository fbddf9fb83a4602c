import { randomUUID } from "node:crypto";
import { type FakeGenesysApi, error } from "./genesysApi";

/**
 * More of the platform API on the fake: the flows endpoints the ArchyFlow scripts call and the
 * token, OAuth client and role reads of the preflight. Shapes follow the SDK's models
 * (`FlowEntityListing`, `TokenInfo`, `OAuthClient`, `DomainOrganizationRole`).
 */

export const FLOWS_ROUTE = "/api/v2/flows";
export const FLOW_ROUTE = "/api/v2/flows/{flowId}";
export const TOKENS_ME_ROUTE = "/api/v2/tokens/me";
export const OAUTH_CLIENT_ROUTE = "/api/v2/oauth/clients/{clientId}";
export const ROLE_ROUTE = "/api/v2/authorization/roles/{roleId}";

export interface FakeFlow {
  readonly id: string;
  readonly name: string;
  /** As the API returns it, e.g. "INBOUNDCALL". */
  readonly type: string;
}

/** Flows by id; DELETE removes from it, GET /api/v2/flows filters it by name and type. */
export function addFlowRoutes(fake: FakeGenesysApi, flows: Map<string, FakeFlow>): void {
  fake.route("GET", FLOWS_ROUTE, (req) => {
    const name = req.query.get("name") ?? "";
    const type = (req.query.get("type") ?? "").toLowerCase();
    // The API matches name as a substring: the client must filter for the exact name itself.
    const entities = [...flows.values()].filter(
      (f) => f.name.includes(name) && (!type || f.type.toLowerCase() === type),
    );
    return {
      status: 200,
      body: { entities, pageSize: 100, pageNumber: 1, total: entities.length },
    };
  });
  fake.route("DELETE", FLOW_ROUTE, (req) => {
    if (!flows.delete(req.params.flowId)) return error(404, `flow ${req.params.flowId} not found`);
    return { status: 204 };
  });
}

export interface FakeRole {
  readonly id: string;
  readonly name: string;
  readonly permissionPolicies: { domain: string; entityName: string; actionSet: string[] }[];
}

export interface FakeIdentity {
  readonly orgId: string;
  /** The client the fake's credentials belong to. */
  readonly clientId: string;
  readonly clientName: string;
  /** Its roles; GET of any other role id answers 404. */
  readonly roles: FakeRole[];
  /** Answer the client read with this status instead (e.g. 403 without oauth:client:view). */
  readonly clientReadStatus?: number;
  /** Other OAuth clients of the org, by id, with their roles. */
  readonly otherClients?: Readonly<Record<string, FakeRole[]>>;
}

/** The deployer's identity as the preflight reads it. */
export function addIdentityRoutes(fake: FakeGenesysApi, identity: () => FakeIdentity): void {
  fake.route("GET", TOKENS_ME_ROUTE, () => {
    const me = identity();
    return {
      status: 200,
      body: {
        organization: { id: me.orgId, name: "Fake Org" },
        homeOrganization: { id: me.orgId },
        // PascalCase, as the API spells this one field.
        OAuthClient: { id: me.clientId, name: me.clientName, organization: { id: me.orgId } },
      },
    };
  });
  fake.route("GET", OAUTH_CLIENT_ROUTE, (req) => {
    const me = identity();
    if (me.clientReadStatus)
      return error(me.clientReadStatus, "Missing permission oauth:client:view");
    const other = me.otherClients?.[req.params.clientId];
    if (other) {
      const roleDivisions = other.map((r) => ({ roleId: r.id, divisionId: "home" }));
      return { status: 200, body: { id: req.params.clientId, name: "Other", roleDivisions } };
    }
    if (req.params.clientId !== me.clientId)
      return error(404, `client ${req.params.clientId} not found`);
    return {
      status: 200,
      body: {
        id: me.clientId,
        name: me.clientName,
        authorizedGrantType: "CLIENT-CREDENTIALS",
        roleDivisions: me.roles.map((r) => ({ roleId: r.id, divisionId: "home" })),
      },
    };
  });
  fake.route("GET", ROLE_ROUTE, (req) => {
    const me = identity();
    const all = [...me.roles, ...Object.values(me.otherClients ?? {}).flat()];
    const role = all.find((r) => r.id === req.params.roleId);
    return role
      ? { status: 200, body: { ...role, permissions: [] } }
      : error(404, `role ${req.params.roleId} not found`);
  });
}

/** A role granting every action of `permissions` ("domain:entity:action"), grouped as Genesys stores them. */
export function fakeRole(name: string, permissions: readonly string[]): FakeRole {
  const policies = new Map<string, { domain: string; entityName: string; actionSet: string[] }>();
  for (const permission of permissions) {
    const [domain, entityName, action] = permission.split(":");
    const key = `${domain}:${entityName}`;
    const policy = policies.get(key) ?? { domain, entityName, actionSet: [] };
    policy.actionSet.push(action);
    policies.set(key, policy);
  }
  return { id: randomUUID(), name, permissionPolicies: [...policies.values()] };
}
