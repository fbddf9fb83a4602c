// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Manages a Genesys Cloud `genesyscloud_architect_datatable` through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export class ArchitectDatatable extends pulumi.CustomResource {
    /**
     * Get an existing ArchitectDatatable resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ArchitectDatatableState, opts?: pulumi.CustomResourceOptions): ArchitectDatatable {
        return new ArchitectDatatable(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/architectDatatable:ArchitectDatatable';

    /**
     * Returns true if the given object is an instance of ArchitectDatatable.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is ArchitectDatatable {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === ArchitectDatatable.__pulumiType;
    }

    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    declare public readonly architectDatatableId: pulumi.Output<string>;
    /**
     * Terraform `description`. Optional.
     */
    declare public readonly description: pulumi.Output<string | undefined>;
    /**
     * Terraform `division_id`. Optional.
     */
    declare public readonly divisionId: pulumi.Output<string | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Terraform `properties`. Required.
     */
    declare public readonly properties: pulumi.Output<outputs.ArchitectDatatableProperty[]>;

    /**
     * Create a ArchitectDatatable resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ArchitectDatatableArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: ArchitectDatatableArgs | ArchitectDatatableState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as ArchitectDatatableState | undefined;
            resourceInputs["architectDatatableId"] = state?.architectDatatableId;
            resourceInputs["description"] = state?.description;
            resourceInputs["divisionId"] = state?.divisionId;
            resourceInputs["name"] = state?.name;
            resourceInputs["properties"] = state?.properties;
        } else {
            const args = argsOrState as ArchitectDatatableArgs | undefined;
            if (args?.properties === undefined && !opts.urn) {
                throw new Error("Missing required property 'properties'");
            }
            resourceInputs["architectDatatableId"] = args?.architectDatatableId;
            resourceInputs["description"] = args?.description;
            resourceInputs["divisionId"] = args?.divisionId;
            resourceInputs["name"] = args?.name;
            resourceInputs["properties"] = args?.properties;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(ArchitectDatatable.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering ArchitectDatatable resources.
 */
export interface ArchitectDatatableState {
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    architectDatatableId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `division_id`. Optional.
     */
    divisionId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `properties`. Required.
     */
    properties?: pulumi.Input<pulumi.Input<inputs.ArchitectDatatableProperty>[] | undefined>;
}

/**
 * The set of arguments for constructing a ArchitectDatatable resource.
 */
export interface ArchitectDatatableArgs {
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    architectDatatableId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `division_id`. Optional.
     */
    divisionId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `properties`. Required.
     */
    properties: pulumi.Input<pulumi.Input<inputs.ArchitectDatatableProperty>[]>;
}
