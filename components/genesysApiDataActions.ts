import * as genesyscloud from "@pulumi/genesyscloud";
import * as pulumi from "@pulumi/pulumi";
import { createDataActions, DataActionSpec, validateDataActionSpecs } from "./dataActions";

/** One permission policy of a Genesys role: `domain:entityName:action` for each action. */
export interface PermissionPolicy {
  readonly domain: string;
  readonly entityName: string;
  readonly actionSets: readonly string[];
}

/** Credentials of an OAuth client managed elsewhere. */
export interface OAuthClientCredentials {
  /** The client's id. */
  readonly clientId: pulumi.Input<string>;
  /** The client's secret; stored only as a Pulumi secret. */
  readonly clientSecret: pulumi.Input<string>;
}

export interface GenesysApiDataActionsArgs {
  /** Display name of the integration, its role, OAuth client and credential. */
  readonly integrationName: pulumi.Input<string>;
  /** Category the actions are filed under; flows find actions by category and name. @default the integration name */
  readonly category?: pulumi.Input<string>;
  /** The actions, keyed by a stable id used in child resource names; URLs are paths under /api/v2. */
  readonly actions: Record<string, DataActionSpec>;
  /** Exactly the permissions the actions need; the created role holds these and nothing else. */
  readonly permissionPolicies: readonly PermissionPolicy[];
  /** Division the role is granted in; "*" grants it in every division. @default the home division */
  readonly roleDivisionId?: pulumi.Input<string>;
  /**
   * An existing OAuth client to call the API with.
   * @default a client-credentials OAuth client created here with the role above, whose secret
   * Genesys writes straight into the integration's credential
   */
  readonly existingClient?: OAuthClientCredentials;
}

/** Genesys Cloud's own permission domains are camelCase words; actions are words or "*". */
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** Throws naming the field unless the args can create a least-privilege integration. */
export function validateGenesysApiDataActionsArgs(args: GenesysApiDataActionsArgs): void {
  validateDataActionSpecs("GenesysApiDataActions", args.actions);
  for (const [key, spec] of Object.entries(args.actions)) {
    const url = spec.requestUrlTemplate;
    if (typeof url === "string" && !url.startsWith("/api/v2/")) {
      throw new Error(
        `GenesysApiDataActions: actions.${key}.requestUrlTemplate "${url}" is not a Genesys API path; fix: start it with /api/v2/ (the integration calls its own org's API)`,
      );
    }
  }
  if (args.existingClient) return;
  if (args.permissionPolicies.length === 0) {
    throw new Error(
      "GenesysApiDataActions: permissionPolicies is empty; fix: list the permissions the actions need",
    );
  }
  const seen = new Set<string>();
  for (const policy of args.permissionPolicies) {
    const id = `${policy.domain}:${policy.entityName}`;
    if (!NAME.test(policy.domain) || !NAME.test(policy.entityName)) {
      throw new Error(
        `GenesysApiDataActions: permission policy "${id}" must name one domain and one entity; fix: no wildcards, e.g. { domain: "conversation", entityName: "callback" }`,
      );
    }
    if (policy.actionSets.length === 0 || policy.actionSets.some((a) => !NAME.test(a))) {
      throw new Error(
        `GenesysApiDataActions: permission policy "${id}" actionSets ${JSON.stringify(policy.actionSets)} must name actions; fix: list them, e.g. ["view"], never "*"`,
      );
    }
    if (seen.has(id))
      throw new Error(
        `GenesysApiDataActions: permission policy "${id}" is listed twice; fix: merge its actionSets`,
      );
    seen.add(id);
  }
}

/** The name of the role created for an integration's data actions; the preflight looks for it. */
export function dataActionsRoleName(integrationName: string): string {
  return `${integrationName} data actions`;
}

/** The policies in a canonical order, so the role's inputs never change by reordering. */
export function sortedPermissionPolicies(
  policies: readonly PermissionPolicy[],
): { domain: string; entityName: string; actionSets: string[] }[] {
  return (
    [...policies]
      .map((p) => ({
        domain: p.domain,
        entityName: p.entityName,
        actionSets: [...new Set(p.actionSets)].sort(),
      }))
      // Code-point order: localeCompare follows the machine's locale (LANG=haw_US orders "externalTag"
      // before "callback"), which would reorder the role's inputs between teammates' previews.
      .sort((a, b) => {
        const [x, y] = [`${a.domain}:${a.entityName}`, `${b.domain}:${b.entityName}`];
        return x < y ? -1 : x > y ? 1 : 0;
      })
  );
}

/**
 * Lets Genesys Cloud flows call the org's own Platform API as data actions: a role holding exactly
 * the given permissions, a client-credentials OAuth client with that role whose secret Genesys
 * writes straight into a `pureCloudOAuthClient` credential (the program never sees it), the
 * `purecloud-data-actions` integration and its actions. With `existingClient`, its credentials
 * become the credential instead and no role or client is created.
 */
export class GenesysApiDataActions extends pulumi.ComponentResource {
  /** Undefined with existingClient. */
  public readonly role: genesyscloud.AuthRole | undefined;
  /** Undefined with existingClient. */
  public readonly oauthClient: genesyscloud.OauthClient | undefined;
  /** Defined only with existingClient. */
  public readonly credential: genesyscloud.IntegrationCredential | undefined;
  public readonly integration: genesyscloud.Integration;
  /** The data actions, by the keys given in args. */
  public readonly actions: Record<string, genesyscloud.IntegrationAction>;
  /** The category the actions are filed under. */
  public readonly category: pulumi.Output<string>;

  constructor(
    name: string,
    args: GenesysApiDataActionsArgs,
    opts?: pulumi.ComponentResourceOptions,
  ) {
    // Checked before anything registers, so bad args leave no half-built component behind.
    validateGenesysApiDataActionsArgs(args);
    super("geo:index:GenesysApiDataActions", name, {}, opts);

    let credentialId: pulumi.Output<string>;
    if (args.existingClient) {
      this.credential = new genesyscloud.IntegrationCredential(
        `${name}-credential`,
        {
          name: pulumi.interpolate`${args.integrationName} OAuth client`,
          credentialTypeName: "pureCloudOAuthClient",
          fields: pulumi.secret({
            clientId: pulumi.output(args.existingClient.clientId),
            clientSecret: pulumi.output(args.existingClient.clientSecret),
          }),
        },
        { parent: this },
      );
      credentialId = this.credential.id;
    } else {
      this.role = new genesyscloud.AuthRole(
        `${name}-role`,
        {
          name: pulumi.output(args.integrationName).apply(dataActionsRoleName),
          description:
            "Only the permissions of the data actions of this integration; managed by Pulumi",
          permissionPolicies: sortedPermissionPolicies(args.permissionPolicies),
        },
        { parent: this },
      );
      this.oauthClient = new genesyscloud.OauthClient(
        `${name}-oauth-client`,
        {
          name: pulumi.interpolate`${args.integrationName} data actions`,
          description: "Client of the data actions integration of the same name; managed by Pulumi",
          authorizedGrantType: "CLIENT-CREDENTIALS",
          roles: [
            {
              roleId: this.role.id,
              ...(args.roleDivisionId !== undefined && { divisionId: args.roleDivisionId }),
            },
          ],
          // Genesys creates the credential from the new client itself, so its secret never reaches
          // the program, the state or the plan (expose_client_secret stays false).
          integrationCredentialName: pulumi.interpolate`${args.integrationName} OAuth client`,
        },
        { parent: this },
      );
      credentialId = this.oauthClient.integrationCredentialId;
    }

    this.integration = new genesyscloud.Integration(
      `${name}-integration`,
      {
        integrationType: "purecloud-data-actions",
        intendedState: "ENABLED",
        config: {
          name: args.integrationName,
          properties: "{}",
          advanced: "{}",
          credentials: { pureCloudOAuthClient: credentialId },
          notes: "Managed by Pulumi (genesys-event-orchestration)",
        },
      },
      { parent: this },
    );

    this.category = pulumi.output(args.category ?? args.integrationName);
    this.actions = createDataActions(name, args.actions, this.integration.id, this.category, this);

    this.registerOutputs({
      role: this.role,
      oauthClient: this.oauthClient,
      credential: this.credential,
      integration: this.integration,
      actions: this.actions,
      category: this.category,
    });
  }
}
