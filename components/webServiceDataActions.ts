import * as genesyscloud from "@pulumi/genesyscloud";
import * as pulumi from "@pulumi/pulumi";
import { createDataActions, DataActionSpec, validateDataActionSpecs } from "./dataActions";

export interface WebServiceDataActionsArgs {
  /** Display name of the integration. */
  readonly integrationName: pulumi.Input<string>;
  /** Category the actions are filed under; flows find actions by category and name. @default the integration name */
  readonly category?: pulumi.Input<string>;
  /**
   * The actions, keyed by a stable id used in child resource names. URLs are https; pass one that
   * embeds a token (a webhook URL) as a Pulumi secret.
   */
  readonly actions: Record<string, DataActionSpec>;
}

/** Throws naming the action unless every plain URL is https. */
export function validateWebServiceDataActionsArgs(args: WebServiceDataActionsArgs): void {
  validateDataActionSpecs("WebServiceDataActions", args.actions);
  for (const [key, spec] of Object.entries(args.actions)) {
    const url = spec.requestUrlTemplate;
    // Only a plain string can be checked here; a secret URL is validated where it is configured.
    if (typeof url === "string" && !url.startsWith("https://")) {
      throw new Error(
        `WebServiceDataActions: actions.${key}.requestUrlTemplate is not an https URL; fix: call web services over https`,
      );
    }
  }
}

/**
 * Web services data actions (`custom-rest-actions`) that call endpoints which authenticate the
 * request by its URL alone, such as Genesys chat-room webhooks: the integration has no credential.
 */
export class WebServiceDataActions extends pulumi.ComponentResource {
  public readonly integration: genesyscloud.Integration;
  /** The data actions, by the keys given in args. */
  public readonly actions: Record<string, genesyscloud.IntegrationAction>;
  /** The category the actions are filed under. */
  public readonly category: pulumi.Output<string>;

  constructor(
    name: string,
    args: WebServiceDataActionsArgs,
    opts?: pulumi.ComponentResourceOptions,
  ) {
    // Checked before anything registers, so bad args leave no half-built component behind.
    validateWebServiceDataActionsArgs(args);
    super("geo:index:WebServiceDataActions", name, {}, opts);

    this.integration = new genesyscloud.Integration(
      `${name}-integration`,
      {
        integrationType: "custom-rest-actions",
        intendedState: "ENABLED",
        config: {
          name: args.integrationName,
          properties: "{}",
          advanced: "{}",
          notes: "Managed by Pulumi (genesys-event-orchestration)",
        },
      },
      { parent: this },
    );

    this.category = pulumi.output(args.category ?? args.integrationName);
    this.actions = createDataActions(name, args.actions, this.integration.id, this.category, this);
    this.registerOutputs({
      integration: this.integration,
      actions: this.actions,
      category: this.category,
    });
  }
}
