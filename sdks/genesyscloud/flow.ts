// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Manages a Genesys Cloud `genesyscloud_flow` through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export class Flow extends pulumi.CustomResource {
    /**
     * Get an existing Flow resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FlowState, opts?: pulumi.CustomResourceOptions): Flow {
        return new Flow(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/flow:Flow';

    /**
     * Returns true if the given object is an instance of Flow.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Flow {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === Flow.__pulumiType;
    }

    /**
     * Terraform `file_content_hash`. Computed by the provider.
     */
    declare public readonly fileContentHash: pulumi.Output<string>;
    /**
     * Terraform `filepath`. Required.
     */
    declare public readonly filepath: pulumi.Output<string>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    declare public readonly flowId: pulumi.Output<string>;
    /**
     * Terraform `force_unlock`. Optional.
     */
    declare public readonly forceUnlock: pulumi.Output<boolean | undefined>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Terraform `substitutions`. Optional.
     */
    declare public readonly substitutions: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * Terraform `type`. Optional.
     */
    declare public readonly type: pulumi.Output<string | undefined>;
    /**
     * Terraform `update_trigger_hash`. Optional.
     */
    declare public readonly updateTriggerHash: pulumi.Output<string | undefined>;

    /**
     * Create a Flow resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: FlowArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: FlowArgs | FlowState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as FlowState | undefined;
            resourceInputs["fileContentHash"] = state?.fileContentHash;
            resourceInputs["filepath"] = state?.filepath;
            resourceInputs["flowId"] = state?.flowId;
            resourceInputs["forceUnlock"] = state?.forceUnlock;
            resourceInputs["name"] = state?.name;
            resourceInputs["substitutions"] = state?.substitutions;
            resourceInputs["type"] = state?.type;
            resourceInputs["updateTriggerHash"] = state?.updateTriggerHash;
        } else {
            const args = argsOrState as FlowArgs | undefined;
            if (args?.filepath === undefined && !opts.urn) {
                throw new Error("Missing required property 'filepath'");
            }
            resourceInputs["fileContentHash"] = undefined /*out*/;
            resourceInputs["filepath"] = args?.filepath;
            resourceInputs["flowId"] = args?.flowId;
            resourceInputs["forceUnlock"] = args?.forceUnlock;
            resourceInputs["name"] = args?.name;
            resourceInputs["substitutions"] = args?.substitutions;
            resourceInputs["type"] = args?.type;
            resourceInputs["updateTriggerHash"] = args?.updateTriggerHash;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(Flow.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering Flow resources.
 */
export interface FlowState {
    /**
     * Terraform `file_content_hash`. Computed by the provider.
     */
    fileContentHash?: pulumi.Input<string | undefined>;
    /**
     * Terraform `filepath`. Required.
     */
    filepath?: pulumi.Input<string | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    flowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `force_unlock`. Optional.
     */
    forceUnlock?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `substitutions`. Optional.
     */
    substitutions?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    /**
     * Terraform `type`. Optional.
     */
    type?: pulumi.Input<string | undefined>;
    /**
     * Terraform `update_trigger_hash`. Optional.
     */
    updateTriggerHash?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a Flow resource.
 */
export interface FlowArgs {
    /**
     * Terraform `filepath`. Required.
     */
    filepath: pulumi.Input<string>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    flowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `force_unlock`. Optional.
     */
    forceUnlock?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `substitutions`. Optional.
     */
    substitutions?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    /**
     * Terraform `type`. Optional.
     */
    type?: pulumi.Input<string | undefined>;
    /**
     * Terraform `update_trigger_hash`. Optional.
     */
    updateTriggerHash?: pulumi.Input<string | undefined>;
}
