// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Manages a Genesys Cloud `genesyscloud_integration` through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export class Integration extends pulumi.CustomResource {
    /**
     * Get an existing Integration resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: IntegrationState, opts?: pulumi.CustomResourceOptions): Integration {
        return new Integration(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/integration:Integration';

    /**
     * Returns true if the given object is an instance of Integration.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Integration {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === Integration.__pulumiType;
    }

    /**
     * Terraform `config`. Optional.
     */
    declare public readonly config: pulumi.Output<outputs.IntegrationConfig | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    declare public readonly integrationId: pulumi.Output<string>;
    /**
     * Terraform `integration_type`. Required.
     */
    declare public readonly integrationType: pulumi.Output<string>;
    /**
     * Terraform `intended_state`. Optional.
     */
    declare public readonly intendedState: pulumi.Output<string | undefined>;

    /**
     * Create a Integration resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: IntegrationArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: IntegrationArgs | IntegrationState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as IntegrationState | undefined;
            resourceInputs["config"] = state?.config;
            resourceInputs["integrationId"] = state?.integrationId;
            resourceInputs["integrationType"] = state?.integrationType;
            resourceInputs["intendedState"] = state?.intendedState;
        } else {
            const args = argsOrState as IntegrationArgs | undefined;
            if (args?.integrationType === undefined && !opts.urn) {
                throw new Error("Missing required property 'integrationType'");
            }
            resourceInputs["config"] = args?.config;
            resourceInputs["integrationId"] = args?.integrationId;
            resourceInputs["integrationType"] = args?.integrationType;
            resourceInputs["intendedState"] = args?.intendedState;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(Integration.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering Integration resources.
 */
export interface IntegrationState {
    /**
     * Terraform `config`. Optional.
     */
    config?: pulumi.Input<inputs.IntegrationConfig | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    integrationId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `integration_type`. Required.
     */
    integrationType?: pulumi.Input<string | undefined>;
    /**
     * Terraform `intended_state`. Optional.
     */
    intendedState?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a Integration resource.
 */
export interface IntegrationArgs {
    /**
     * Terraform `config`. Optional.
     */
    config?: pulumi.Input<inputs.IntegrationConfig | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    integrationId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `integration_type`. Required.
     */
    integrationType: pulumi.Input<string>;
    /**
     * Terraform `intended_state`. Optional.
     */
    intendedState?: pulumi.Input<string | undefined>;
}
