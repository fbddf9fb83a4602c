// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Manages a Genesys Cloud `genesyscloud_integration_action` through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export class IntegrationAction extends pulumi.CustomResource {
    /**
     * Get an existing IntegrationAction resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: IntegrationActionState, opts?: pulumi.CustomResourceOptions): IntegrationAction {
        return new IntegrationAction(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/integrationAction:IntegrationAction';

    /**
     * Returns true if the given object is an instance of IntegrationAction.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is IntegrationAction {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === IntegrationAction.__pulumiType;
    }

    /**
     * Terraform `category`. Required.
     */
    declare public readonly category: pulumi.Output<string>;
    /**
     * Terraform `config_request`. Optional.
     */
    declare public readonly configRequest: pulumi.Output<outputs.IntegrationActionConfigRequest | undefined>;
    /**
     * Terraform `config_response`. Optional.
     */
    declare public readonly configResponse: pulumi.Output<outputs.IntegrationActionConfigResponse | undefined>;
    /**
     * Terraform `config_timeout_seconds`. Optional.
     */
    declare public readonly configTimeoutSeconds: pulumi.Output<number | undefined>;
    /**
     * Terraform `contract_input`. Required.
     */
    declare public readonly contractInput: pulumi.Output<string>;
    /**
     * Terraform `contract_output`. Required.
     */
    declare public readonly contractOutput: pulumi.Output<string>;
    /**
     * Terraform `function_config`. Optional.
     */
    declare public readonly functionConfig: pulumi.Output<outputs.IntegrationActionFunctionConfig | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    declare public readonly integrationActionId: pulumi.Output<string>;
    /**
     * Terraform `integration_id`. Required.
     */
    declare public readonly integrationId: pulumi.Output<string>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Terraform `secure`. Optional.
     */
    declare public readonly secure: pulumi.Output<boolean | undefined>;

    /**
     * Create a IntegrationAction resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: IntegrationActionArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: IntegrationActionArgs | IntegrationActionState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as IntegrationActionState | undefined;
            resourceInputs["category"] = state?.category;
            resourceInputs["configRequest"] = state?.configRequest;
            resourceInputs["configResponse"] = state?.configResponse;
            resourceInputs["configTimeoutSeconds"] = state?.configTimeoutSeconds;
            resourceInputs["contractInput"] = state?.contractInput;
            resourceInputs["contractOutput"] = state?.contractOutput;
            resourceInputs["functionConfig"] = state?.functionConfig;
            resourceInputs["integrationActionId"] = state?.integrationActionId;
            resourceInputs["integrationId"] = state?.integrationId;
            resourceInputs["name"] = state?.name;
            resourceInputs["secure"] = state?.secure;
        } else {
            const args = argsOrState as IntegrationActionArgs | undefined;
            if (args?.category === undefined && !opts.urn) {
                throw new Error("Missing required property 'category'");
            }
            if (args?.contractInput === undefined && !opts.urn) {
                throw new Error("Missing required property 'contractInput'");
            }
            if (args?.contractOutput === undefined && !opts.urn) {
                throw new Error("Missing required property 'contractOutput'");
            }
            if (args?.integrationId === undefined && !opts.urn) {
                throw new Error("Missing required property 'integrationId'");
            }
            resourceInputs["category"] = args?.category;
            resourceInputs["configRequest"] = args?.configRequest;
            resourceInputs["configResponse"] = args?.configResponse;
            resourceInputs["configTimeoutSeconds"] = args?.configTimeoutSeconds;
            resourceInputs["contractInput"] = args?.contractInput;
            resourceInputs["contractOutput"] = args?.contractOutput;
            resourceInputs["functionConfig"] = args?.functionConfig;
            resourceInputs["integrationActionId"] = args?.integrationActionId;
            resourceInputs["integrationId"] = args?.integrationId;
            resourceInputs["name"] = args?.name;
            resourceInputs["secure"] = args?.secure;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(IntegrationAction.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering IntegrationAction resources.
 */
export interface IntegrationActionState {
    /**
     * Terraform `category`. Required.
     */
    category?: pulumi.Input<string | undefined>;
    /**
     * Terraform `config_request`. Optional.
     */
    configRequest?: pulumi.Input<inputs.IntegrationActionConfigRequest | undefined>;
    /**
     * Terraform `config_response`. Optional.
     */
    configResponse?: pulumi.Input<inputs.IntegrationActionConfigResponse | undefined>;
    /**
     * Terraform `config_timeout_seconds`. Optional.
     */
    configTimeoutSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `contract_input`. Required.
     */
    contractInput?: pulumi.Input<string | undefined>;
    /**
     * Terraform `contract_output`. Required.
     */
    contractOutput?: pulumi.Input<string | undefined>;
    /**
     * Terraform `function_config`. Optional.
     */
    functionConfig?: pulumi.Input<inputs.IntegrationActionFunctionConfig | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    integrationActionId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `integration_id`. Required.
     */
    integrationId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `secure`. Optional.
     */
    secure?: pulumi.Input<boolean | undefined>;
}

/**
 * The set of arguments for constructing a IntegrationAction resource.
 */
export interface IntegrationActionArgs {
    /**
     * Terraform `category`. Required.
     */
    category: pulumi.Input<string>;
    /**
     * Terraform `config_request`. Optional.
     */
    configRequest?: pulumi.Input<inputs.IntegrationActionConfigRequest | undefined>;
    /**
     * Terraform `config_response`. Optional.
     */
    configResponse?: pulumi.Input<inputs.IntegrationActionConfigResponse | undefined>;
    /**
     * Terraform `config_timeout_seconds`. Optional.
     */
    configTimeoutSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `contract_input`. Required.
     */
    contractInput: pulumi.Input<string>;
    /**
     * Terraform `contract_output`. Required.
     */
    contractOutput: pulumi.Input<string>;
    /**
     * Terraform `function_config`. Optional.
     */
    functionConfig?: pulumi.Input<inputs.IntegrationActionFunctionConfig | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    integrationActionId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `integration_id`. Required.
     */
    integrationId: pulumi.Input<string>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `secure`. Optional.
     */
    secure?: pulumi.Input<boolean | undefined>;
}
