// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Manages a Genesys Cloud `genesyscloud_oauth_client` through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export class OauthClient extends pulumi.CustomResource {
    /**
     * Get an existing OauthClient resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: OauthClientState, opts?: pulumi.CustomResourceOptions): OauthClient {
        return new OauthClient(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/oauthClient:OauthClient';

    /**
     * Returns true if the given object is an instance of OauthClient.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is OauthClient {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === OauthClient.__pulumiType;
    }

    /**
     * Terraform `access_token_validity_seconds`. Optional.
     */
    declare public readonly accessTokenValiditySeconds: pulumi.Output<number | undefined>;
    /**
     * Terraform `authorized_grant_type`. Required.
     */
    declare public readonly authorizedGrantType: pulumi.Output<string>;
    /**
     * Terraform `client_id`. Computed by the provider.
     */
    declare public readonly clientId: pulumi.Output<string>;
    /**
     * Terraform `client_secret`. Optional. Sensitive: stored as a secret.
     */
    declare public readonly clientSecret: pulumi.Output<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    declare public readonly description: pulumi.Output<string | undefined>;
    /**
     * Terraform `directory_client_secret`. Optional.
     */
    declare public readonly directoryClientSecret: pulumi.Output<string | undefined>;
    /**
     * Terraform `expose_client_secret`. Optional.
     */
    declare public readonly exposeClientSecret: pulumi.Output<boolean | undefined>;
    /**
     * Terraform `integration_credential_id`. Computed by the provider.
     */
    declare public readonly integrationCredentialId: pulumi.Output<string>;
    /**
     * Terraform `integration_credential_name`. Optional.
     */
    declare public readonly integrationCredentialName: pulumi.Output<string | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    declare public readonly oauthClientId: pulumi.Output<string>;
    /**
     * Terraform `registered_redirect_uris`. Optional.
     */
    declare public readonly registeredRedirectUris: pulumi.Output<string[] | undefined>;
    /**
     * Terraform `roles`. Optional.
     */
    declare public readonly roles: pulumi.Output<outputs.OauthClientRole[] | undefined>;
    /**
     * Terraform `scopes`. Optional.
     */
    declare public readonly scopes: pulumi.Output<string[] | undefined>;
    /**
     * Terraform `state`. Optional.
     */
    declare public readonly state: pulumi.Output<string | undefined>;

    /**
     * Create a OauthClient resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: OauthClientArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: OauthClientArgs | OauthClientState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as OauthClientState | undefined;
            resourceInputs["accessTokenValiditySeconds"] = state?.accessTokenValiditySeconds;
            resourceInputs["authorizedGrantType"] = state?.authorizedGrantType;
            resourceInputs["clientId"] = state?.clientId;
            resourceInputs["clientSecret"] = state?.clientSecret;
            resourceInputs["description"] = state?.description;
            resourceInputs["directoryClientSecret"] = state?.directoryClientSecret;
            resourceInputs["exposeClientSecret"] = state?.exposeClientSecret;
            resourceInputs["integrationCredentialId"] = state?.integrationCredentialId;
            resourceInputs["integrationCredentialName"] = state?.integrationCredentialName;
            resourceInputs["name"] = state?.name;
            resourceInputs["oauthClientId"] = state?.oauthClientId;
            resourceInputs["registeredRedirectUris"] = state?.registeredRedirectUris;
            resourceInputs["roles"] = state?.roles;
            resourceInputs["scopes"] = state?.scopes;
            resourceInputs["state"] = state?.state;
        } else {
            const args = argsOrState as OauthClientArgs | undefined;
            if (args?.authorizedGrantType === undefined && !opts.urn) {
                throw new Error("Missing required property 'authorizedGrantType'");
            }
            resourceInputs["accessTokenValiditySeconds"] = args?.accessTokenValiditySeconds;
            resourceInputs["authorizedGrantType"] = args?.authorizedGrantType;
            resourceInputs["clientId"] = undefined /*out*/;
            resourceInputs["clientSecret"] = args?.clientSecret ? pulumi.secret(args.clientSecret) : undefined;
            resourceInputs["description"] = args?.description;
            resourceInputs["directoryClientSecret"] = args?.directoryClientSecret;
            resourceInputs["exposeClientSecret"] = args?.exposeClientSecret;
            resourceInputs["integrationCredentialId"] = undefined /*out*/;
            resourceInputs["integrationCredentialName"] = args?.integrationCredentialName;
            resourceInputs["name"] = args?.name;
            resourceInputs["oauthClientId"] = args?.oauthClientId;
            resourceInputs["registeredRedirectUris"] = args?.registeredRedirectUris;
            resourceInputs["roles"] = args?.roles;
            resourceInputs["scopes"] = args?.scopes;
            resourceInputs["state"] = args?.state;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["clientSecret"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(OauthClient.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering OauthClient resources.
 */
export interface OauthClientState {
    /**
     * Terraform `access_token_validity_seconds`. Optional.
     */
    accessTokenValiditySeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `authorized_grant_type`. Required.
     */
    authorizedGrantType?: pulumi.Input<string | undefined>;
    /**
     * Terraform `client_id`. Computed by the provider.
     */
    clientId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `client_secret`. Optional. Sensitive: stored as a secret.
     */
    clientSecret?: pulumi.Input<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `directory_client_secret`. Optional.
     */
    directoryClientSecret?: pulumi.Input<string | undefined>;
    /**
     * Terraform `expose_client_secret`. Optional.
     */
    exposeClientSecret?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `integration_credential_id`. Computed by the provider.
     */
    integrationCredentialId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `integration_credential_name`. Optional.
     */
    integrationCredentialName?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    oauthClientId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `registered_redirect_uris`. Optional.
     */
    registeredRedirectUris?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `roles`. Optional.
     */
    roles?: pulumi.Input<pulumi.Input<inputs.OauthClientRole>[] | undefined>;
    /**
     * Terraform `scopes`. Optional.
     */
    scopes?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `state`. Optional.
     */
    state?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a OauthClient resource.
 */
export interface OauthClientArgs {
    /**
     * Terraform `access_token_validity_seconds`. Optional.
     */
    accessTokenValiditySeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `authorized_grant_type`. Required.
     */
    authorizedGrantType: pulumi.Input<string>;
    /**
     * Terraform `client_secret`. Optional. Sensitive: stored as a secret.
     */
    clientSecret?: pulumi.Input<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `directory_client_secret`. Optional.
     */
    directoryClientSecret?: pulumi.Input<string | undefined>;
    /**
     * Terraform `expose_client_secret`. Optional.
     */
    exposeClientSecret?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `integration_credential_name`. Optional.
     */
    integrationCredentialName?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    oauthClientId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `registered_redirect_uris`. Optional.
     */
    registeredRedirectUris?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `roles`. Optional.
     */
    roles?: pulumi.Input<pulumi.Input<inputs.OauthClientRole>[] | undefined>;
    /**
     * Terraform `scopes`. Optional.
     */
    scopes?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `state`. Optional.
     */
    state?: pulumi.Input<string | undefined>;
}
