// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Manages a Genesys Cloud `genesyscloud_architect_ivr` through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export class ArchitectIvr extends pulumi.CustomResource {
    /**
     * Get an existing ArchitectIvr resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ArchitectIvrState, opts?: pulumi.CustomResourceOptions): ArchitectIvr {
        return new ArchitectIvr(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/architectIvr:ArchitectIvr';

    /**
     * Returns true if the given object is an instance of ArchitectIvr.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is ArchitectIvr {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === ArchitectIvr.__pulumiType;
    }

    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    declare public readonly architectIvrId: pulumi.Output<string>;
    /**
     * Terraform `closed_hours_flow_id`. Optional.
     */
    declare public readonly closedHoursFlowId: pulumi.Output<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    declare public readonly description: pulumi.Output<string | undefined>;
    /**
     * Terraform `division_id`. Optional.
     */
    declare public readonly divisionId: pulumi.Output<string | undefined>;
    /**
     * Terraform `dnis`. Optional.
     */
    declare public readonly dnis: pulumi.Output<string[] | undefined>;
    /**
     * Terraform `holiday_hours_flow_id`. Optional.
     */
    declare public readonly holidayHoursFlowId: pulumi.Output<string | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Terraform `open_hours_flow_id`. Optional.
     */
    declare public readonly openHoursFlowId: pulumi.Output<string | undefined>;
    /**
     * Terraform `schedule_group_id`. Optional.
     */
    declare public readonly scheduleGroupId: pulumi.Output<string | undefined>;

    /**
     * Create a ArchitectIvr resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ArchitectIvrArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: ArchitectIvrArgs | ArchitectIvrState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as ArchitectIvrState | undefined;
            resourceInputs["architectIvrId"] = state?.architectIvrId;
            resourceInputs["closedHoursFlowId"] = state?.closedHoursFlowId;
            resourceInputs["description"] = state?.description;
            resourceInputs["divisionId"] = state?.divisionId;
            resourceInputs["dnis"] = state?.dnis;
            resourceInputs["holidayHoursFlowId"] = state?.holidayHoursFlowId;
            resourceInputs["name"] = state?.name;
            resourceInputs["openHoursFlowId"] = state?.openHoursFlowId;
            resourceInputs["scheduleGroupId"] = state?.scheduleGroupId;
        } else {
            const args = argsOrState as ArchitectIvrArgs | undefined;
            resourceInputs["architectIvrId"] = args?.architectIvrId;
            resourceInputs["closedHoursFlowId"] = args?.closedHoursFlowId;
            resourceInputs["description"] = args?.description;
            resourceInputs["divisionId"] = args?.divisionId;
            resourceInputs["dnis"] = args?.dnis;
            resourceInputs["holidayHoursFlowId"] = args?.holidayHoursFlowId;
            resourceInputs["name"] = args?.name;
            resourceInputs["openHoursFlowId"] = args?.openHoursFlowId;
            resourceInputs["scheduleGroupId"] = args?.scheduleGroupId;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(ArchitectIvr.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering ArchitectIvr resources.
 */
export interface ArchitectIvrState {
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    architectIvrId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `closed_hours_flow_id`. Optional.
     */
    closedHoursFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `division_id`. Optional.
     */
    divisionId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `dnis`. Optional.
     */
    dnis?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `holiday_hours_flow_id`. Optional.
     */
    holidayHoursFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `open_hours_flow_id`. Optional.
     */
    openHoursFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `schedule_group_id`. Optional.
     */
    scheduleGroupId?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a ArchitectIvr resource.
 */
export interface ArchitectIvrArgs {
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    architectIvrId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `closed_hours_flow_id`. Optional.
     */
    closedHoursFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `division_id`. Optional.
     */
    divisionId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `dnis`. Optional.
     */
    dnis?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `holiday_hours_flow_id`. Optional.
     */
    holidayHoursFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `open_hours_flow_id`. Optional.
     */
    openHoursFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `schedule_group_id`. Optional.
     */
    scheduleGroupId?: pulumi.Input<string | undefined>;
}
