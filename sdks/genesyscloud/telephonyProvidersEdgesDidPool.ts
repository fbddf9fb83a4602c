// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Manages a Genesys Cloud `genesyscloud_telephony_providers_edges_did_pool` through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export class TelephonyProvidersEdgesDidPool extends pulumi.CustomResource {
    /**
     * Get an existing TelephonyProvidersEdgesDidPool resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: TelephonyProvidersEdgesDidPoolState, opts?: pulumi.CustomResourceOptions): TelephonyProvidersEdgesDidPool {
        return new TelephonyProvidersEdgesDidPool(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/telephonyProvidersEdgesDidPool:TelephonyProvidersEdgesDidPool';

    /**
     * Returns true if the given object is an instance of TelephonyProvidersEdgesDidPool.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is TelephonyProvidersEdgesDidPool {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === TelephonyProvidersEdgesDidPool.__pulumiType;
    }

    /**
     * Terraform `comments`. Optional.
     */
    declare public readonly comments: pulumi.Output<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    declare public readonly description: pulumi.Output<string | undefined>;
    /**
     * Terraform `end_phone_number`. Required.
     */
    declare public readonly endPhoneNumber: pulumi.Output<string>;
    /**
     * Terraform `pool_provider`. Optional.
     */
    declare public readonly poolProvider: pulumi.Output<string | undefined>;
    /**
     * Terraform `start_phone_number`. Required.
     */
    declare public readonly startPhoneNumber: pulumi.Output<string>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    declare public readonly telephonyProvidersEdgesDidPoolId: pulumi.Output<string>;

    /**
     * Create a TelephonyProvidersEdgesDidPool resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: TelephonyProvidersEdgesDidPoolArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: TelephonyProvidersEdgesDidPoolArgs | TelephonyProvidersEdgesDidPoolState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as TelephonyProvidersEdgesDidPoolState | undefined;
            resourceInputs["comments"] = state?.comments;
            resourceInputs["description"] = state?.description;
            resourceInputs["endPhoneNumber"] = state?.endPhoneNumber;
            resourceInputs["poolProvider"] = state?.poolProvider;
            resourceInputs["startPhoneNumber"] = state?.startPhoneNumber;
            resourceInputs["telephonyProvidersEdgesDidPoolId"] = state?.telephonyProvidersEdgesDidPoolId;
        } else {
            const args = argsOrState as TelephonyProvidersEdgesDidPoolArgs | undefined;
            if (args?.endPhoneNumber === undefined && !opts.urn) {
                throw new Error("Missing required property 'endPhoneNumber'");
            }
            if (args?.startPhoneNumber === undefined && !opts.urn) {
                throw new Error("Missing required property 'startPhoneNumber'");
            }
            resourceInputs["comments"] = args?.comments;
            resourceInputs["description"] = args?.description;
            resourceInputs["endPhoneNumber"] = args?.endPhoneNumber;
            resourceInputs["poolProvider"] = args?.poolProvider;
            resourceInputs["startPhoneNumber"] = args?.startPhoneNumber;
            resourceInputs["telephonyProvidersEdgesDidPoolId"] = args?.telephonyProvidersEdgesDidPoolId;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(TelephonyProvidersEdgesDidPool.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering TelephonyProvidersEdgesDidPool resources.
 */
export interface TelephonyProvidersEdgesDidPoolState {
    /**
     * Terraform `comments`. Optional.
     */
    comments?: pulumi.Input<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `end_phone_number`. Required.
     */
    endPhoneNumber?: pulumi.Input<string | undefined>;
    /**
     * Terraform `pool_provider`. Optional.
     */
    poolProvider?: pulumi.Input<string | undefined>;
    /**
     * Terraform `start_phone_number`. Required.
     */
    startPhoneNumber?: pulumi.Input<string | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    telephonyProvidersEdgesDidPoolId?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a TelephonyProvidersEdgesDidPool resource.
 */
export interface TelephonyProvidersEdgesDidPoolArgs {
    /**
     * Terraform `comments`. Optional.
     */
    comments?: pulumi.Input<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `end_phone_number`. Required.
     */
    endPhoneNumber: pulumi.Input<string>;
    /**
     * Terraform `pool_provider`. Optional.
     */
    poolProvider?: pulumi.Input<string | undefined>;
    /**
     * Terraform `start_phone_number`. Required.
     */
    startPhoneNumber: pulumi.Input<string>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    telephonyProvidersEdgesDidPoolId?: pulumi.Input<string | undefined>;
}
