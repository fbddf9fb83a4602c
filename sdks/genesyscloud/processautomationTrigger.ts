// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Manages a Genesys Cloud `genesyscloud_processautomation_trigger` through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export class ProcessautomationTrigger extends pulumi.CustomResource {
    /**
     * Get an existing ProcessautomationTrigger resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ProcessautomationTriggerState, opts?: pulumi.CustomResourceOptions): ProcessautomationTrigger {
        return new ProcessautomationTrigger(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/processautomationTrigger:ProcessautomationTrigger';

    /**
     * Returns true if the given object is an instance of ProcessautomationTrigger.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is ProcessautomationTrigger {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === ProcessautomationTrigger.__pulumiType;
    }

    /**
     * Terraform `delay_by_seconds`. Optional.
     */
    declare public readonly delayBySeconds: pulumi.Output<number | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    declare public readonly description: pulumi.Output<string | undefined>;
    /**
     * Terraform `enabled`. Required.
     */
    declare public readonly enabled: pulumi.Output<boolean>;
    /**
     * Terraform `event_ttl_seconds`. Optional.
     */
    declare public readonly eventTtlSeconds: pulumi.Output<number | undefined>;
    /**
     * Terraform `match_criteria`. Optional.
     */
    declare public readonly matchCriteria: pulumi.Output<string | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    declare public readonly processautomationTriggerId: pulumi.Output<string>;
    /**
     * Terraform `target`. Required.
     */
    declare public readonly target: pulumi.Output<outputs.ProcessautomationTriggerTarget>;
    /**
     * Terraform `topic_name`. Required.
     */
    declare public readonly topicName: pulumi.Output<string>;

    /**
     * Create a ProcessautomationTrigger resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ProcessautomationTriggerArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: ProcessautomationTriggerArgs | ProcessautomationTriggerState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as ProcessautomationTriggerState | undefined;
            resourceInputs["delayBySeconds"] = state?.delayBySeconds;
            resourceInputs["description"] = state?.description;
            resourceInputs["enabled"] = state?.enabled;
            resourceInputs["eventTtlSeconds"] = state?.eventTtlSeconds;
            resourceInputs["matchCriteria"] = state?.matchCriteria;
            resourceInputs["name"] = state?.name;
            resourceInputs["processautomationTriggerId"] = state?.processautomationTriggerId;
            resourceInputs["target"] = state?.target;
            resourceInputs["topicName"] = state?.topicName;
        } else {
            const args = argsOrState as ProcessautomationTriggerArgs | undefined;
            if (args?.enabled === undefined && !opts.urn) {
                throw new Error("Missing required property 'enabled'");
            }
            if (args?.target === undefined && !opts.urn) {
                throw new Error("Missing required property 'target'");
            }
            if (args?.topicName === undefined && !opts.urn) {
                throw new Error("Missing required property 'topicName'");
            }
            resourceInputs["delayBySeconds"] = args?.delayBySeconds;
            resourceInputs["description"] = args?.description;
            resourceInputs["enabled"] = args?.enabled;
            resourceInputs["eventTtlSeconds"] = args?.eventTtlSeconds;
            resourceInputs["matchCriteria"] = args?.matchCriteria;
            resourceInputs["name"] = args?.name;
            resourceInputs["processautomationTriggerId"] = args?.processautomationTriggerId;
            resourceInputs["target"] = args?.target;
            resourceInputs["topicName"] = args?.topicName;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(ProcessautomationTrigger.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering ProcessautomationTrigger resources.
 */
export interface ProcessautomationTriggerState {
    /**
     * Terraform `delay_by_seconds`. Optional.
     */
    delayBySeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `enabled`. Required.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `event_ttl_seconds`. Optional.
     */
    eventTtlSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `match_criteria`. Optional.
     */
    matchCriteria?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    processautomationTriggerId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `target`. Required.
     */
    target?: pulumi.Input<inputs.ProcessautomationTriggerTarget | undefined>;
    /**
     * Terraform `topic_name`. Required.
     */
    topicName?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a ProcessautomationTrigger resource.
 */
export interface ProcessautomationTriggerArgs {
    /**
     * Terraform `delay_by_seconds`. Optional.
     */
    delayBySeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `enabled`. Required.
     */
    enabled: pulumi.Input<boolean>;
    /**
     * Terraform `event_ttl_seconds`. Optional.
     */
    eventTtlSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `match_criteria`. Optional.
     */
    matchCriteria?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    processautomationTriggerId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `target`. Required.
     */
    target: pulumi.Input<inputs.ProcessautomationTriggerTarget>;
    /**
     * Terraform `topic_name`. Required.
     */
    topicName: pulumi.Input<string>;
}
