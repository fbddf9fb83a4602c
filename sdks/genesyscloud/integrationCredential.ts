// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Manages a Genesys Cloud `genesyscloud_integration_credential` through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export class IntegrationCredential extends pulumi.CustomResource {
    /**
     * Get an existing IntegrationCredential resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: IntegrationCredentialState, opts?: pulumi.CustomResourceOptions): IntegrationCredential {
        return new IntegrationCredential(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/integrationCredential:IntegrationCredential';

    /**
     * Returns true if the given object is an instance of IntegrationCredential.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is IntegrationCredential {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === IntegrationCredential.__pulumiType;
    }

    /**
     * Terraform `credential_type_name`. Required.
     */
    declare public readonly credentialTypeName: pulumi.Output<string>;
    /**
     * Terraform `fields`. Optional. Sensitive: stored as a secret.
     */
    declare public readonly fields: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    declare public readonly integrationCredentialId: pulumi.Output<string>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    declare public readonly name: pulumi.Output<string>;

    /**
     * Create a IntegrationCredential resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: IntegrationCredentialArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: IntegrationCredentialArgs | IntegrationCredentialState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as IntegrationCredentialState | undefined;
            resourceInputs["credentialTypeName"] = state?.credentialTypeName;
            resourceInputs["fields"] = state?.fields;
            resourceInputs["integrationCredentialId"] = state?.integrationCredentialId;
            resourceInputs["name"] = state?.name;
        } else {
            const args = argsOrState as IntegrationCredentialArgs | undefined;
            if (args?.credentialTypeName === undefined && !opts.urn) {
                throw new Error("Missing required property 'credentialTypeName'");
            }
            resourceInputs["credentialTypeName"] = args?.credentialTypeName;
            resourceInputs["fields"] = args?.fields ? pulumi.secret(args.fields) : undefined;
            resourceInputs["integrationCredentialId"] = args?.integrationCredentialId;
            resourceInputs["name"] = args?.name;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["fields"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(IntegrationCredential.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering IntegrationCredential resources.
 */
export interface IntegrationCredentialState {
    /**
     * Terraform `credential_type_name`. Required.
     */
    credentialTypeName?: pulumi.Input<string | undefined>;
    /**
     * Terraform `fields`. Optional. Sensitive: stored as a secret.
     */
    fields?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    integrationCredentialId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a IntegrationCredential resource.
 */
export interface IntegrationCredentialArgs {
    /**
     * Terraform `credential_type_name`. Required.
     */
    credentialTypeName: pulumi.Input<string>;
    /**
     * Terraform `fields`. Optional. Sensitive: stored as a secret.
     */
    fields?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    integrationCredentialId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
}
