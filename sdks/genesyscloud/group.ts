// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Manages a Genesys Cloud `genesyscloud_group` through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export class Group extends pulumi.CustomResource {
    /**
     * Get an existing Group resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: GroupState, opts?: pulumi.CustomResourceOptions): Group {
        return new Group(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/group:Group';

    /**
     * Returns true if the given object is an instance of Group.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Group {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === Group.__pulumiType;
    }

    /**
     * Terraform `addresses`. Optional.
     */
    declare public readonly addresses: pulumi.Output<outputs.GroupAddress[] | undefined>;
    /**
     * Terraform `calls_enabled`. Optional.
     */
    declare public readonly callsEnabled: pulumi.Output<boolean | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    declare public readonly description: pulumi.Output<string | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    declare public readonly groupId: pulumi.Output<string>;
    /**
     * Terraform `include_owners`. Optional.
     */
    declare public readonly includeOwners: pulumi.Output<boolean | undefined>;
    /**
     * Terraform `member_ids`. Optional.
     */
    declare public readonly memberIds: pulumi.Output<string[] | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Terraform `owner_ids`. Optional.
     */
    declare public readonly ownerIds: pulumi.Output<string[] | undefined>;
    /**
     * Terraform `roles_enabled`. Optional.
     */
    declare public readonly rolesEnabled: pulumi.Output<boolean | undefined>;
    /**
     * Terraform `rules_visible`. Optional.
     */
    declare public readonly rulesVisible: pulumi.Output<boolean | undefined>;
    /**
     * Terraform `type`. Optional.
     */
    declare public readonly type: pulumi.Output<string | undefined>;
    /**
     * Terraform `visibility`. Optional.
     */
    declare public readonly visibility: pulumi.Output<string | undefined>;
    /**
     * Terraform `voicemail_policy`. Optional.
     */
    declare public readonly voicemailPolicy: pulumi.Output<outputs.GroupVoicemailPolicy | undefined>;

    /**
     * Create a Group resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: GroupArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: GroupArgs | GroupState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as GroupState | undefined;
            resourceInputs["addresses"] = state?.addresses;
            resourceInputs["callsEnabled"] = state?.callsEnabled;
            resourceInputs["description"] = state?.description;
            resourceInputs["groupId"] = state?.groupId;
            resourceInputs["includeOwners"] = state?.includeOwners;
            resourceInputs["memberIds"] = state?.memberIds;
            resourceInputs["name"] = state?.name;
            resourceInputs["ownerIds"] = state?.ownerIds;
            resourceInputs["rolesEnabled"] = state?.rolesEnabled;
            resourceInputs["rulesVisible"] = state?.rulesVisible;
            resourceInputs["type"] = state?.type;
            resourceInputs["visibility"] = state?.visibility;
            resourceInputs["voicemailPolicy"] = state?.voicemailPolicy;
        } else {
            const args = argsOrState as GroupArgs | undefined;
            resourceInputs["addresses"] = args?.addresses;
            resourceInputs["callsEnabled"] = args?.callsEnabled;
            resourceInputs["description"] = args?.description;
            resourceInputs["groupId"] = args?.groupId;
            resourceInputs["includeOwners"] = args?.includeOwners;
            resourceInputs["memberIds"] = args?.memberIds;
            resourceInputs["name"] = args?.name;
            resourceInputs["ownerIds"] = args?.ownerIds;
            resourceInputs["rolesEnabled"] = args?.rolesEnabled;
            resourceInputs["rulesVisible"] = args?.rulesVisible;
            resourceInputs["type"] = args?.type;
            resourceInputs["visibility"] = args?.visibility;
            resourceInputs["voicemailPolicy"] = args?.voicemailPolicy;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(Group.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering Group resources.
 */
export interface GroupState {
    /**
     * Terraform `addresses`. Optional.
     */
    addresses?: pulumi.Input<pulumi.Input<inputs.GroupAddress>[] | undefined>;
    /**
     * Terraform `calls_enabled`. Optional.
     */
    callsEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    groupId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `include_owners`. Optional.
     */
    includeOwners?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `member_ids`. Optional.
     */
    memberIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `owner_ids`. Optional.
     */
    ownerIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `roles_enabled`. Optional.
     */
    rolesEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `rules_visible`. Optional.
     */
    rulesVisible?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `type`. Optional.
     */
    type?: pulumi.Input<string | undefined>;
    /**
     * Terraform `visibility`. Optional.
     */
    visibility?: pulumi.Input<string | undefined>;
    /**
     * Terraform `voicemail_policy`. Optional.
     */
    voicemailPolicy?: pulumi.Input<inputs.GroupVoicemailPolicy | undefined>;
}

/**
 * The set of arguments for constructing a Group resource.
 */
export interface GroupArgs {
    /**
     * Terraform `addresses`. Optional.
     */
    addresses?: pulumi.Input<pulumi.Input<inputs.GroupAddress>[] | undefined>;
    /**
     * Terraform `calls_enabled`. Optional.
     */
    callsEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    groupId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `include_owners`. Optional.
     */
    includeOwners?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `member_ids`. Optional.
     */
    memberIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `owner_ids`. Optional.
     */
    ownerIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `roles_enabled`. Optional.
     */
    rolesEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `rules_visible`. Optional.
     */
    rulesVisible?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `type`. Optional.
     */
    type?: pulumi.Input<string | undefined>;
    /**
     * Terraform `visibility`. Optional.
     */
    visibility?: pulumi.Input<string | undefined>;
    /**
     * Terraform `voicemail_policy`. Optional.
     */
    voicemailPolicy?: pulumi.Input<inputs.GroupVoicemailPolicy | undefined>;
}
