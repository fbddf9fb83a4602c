// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Manages a Genesys Cloud `genesyscloud_auth_role` through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export class AuthRole extends pulumi.CustomResource {
    /**
     * Get an existing AuthRole resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AuthRoleState, opts?: pulumi.CustomResourceOptions): AuthRole {
        return new AuthRole(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/authRole:AuthRole';

    /**
     * Returns true if the given object is an instance of AuthRole.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is AuthRole {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === AuthRole.__pulumiType;
    }

    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    declare public readonly authRoleId: pulumi.Output<string>;
    /**
     * Terraform `default_role_id`. Optional.
     */
    declare public readonly defaultRoleId: pulumi.Output<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    declare public readonly description: pulumi.Output<string | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Terraform `permission_policies`. Optional.
     */
    declare public readonly permissionPolicies: pulumi.Output<outputs.AuthRolePermissionPolicy[] | undefined>;
    /**
     * Terraform `permissions`. Optional.
     */
    declare public readonly permissions: pulumi.Output<string[] | undefined>;

    /**
     * Create a AuthRole resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: AuthRoleArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: AuthRoleArgs | AuthRoleState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as AuthRoleState | undefined;
            resourceInputs["authRoleId"] = state?.authRoleId;
            resourceInputs["defaultRoleId"] = state?.defaultRoleId;
            resourceInputs["description"] = state?.description;
            resourceInputs["name"] = state?.name;
            resourceInputs["permissionPolicies"] = state?.permissionPolicies;
            resourceInputs["permissions"] = state?.permissions;
        } else {
            const args = argsOrState as AuthRoleArgs | undefined;
            resourceInputs["authRoleId"] = args?.authRoleId;
            resourceInputs["defaultRoleId"] = args?.defaultRoleId;
            resourceInputs["description"] = args?.description;
            resourceInputs["name"] = args?.name;
            resourceInputs["permissionPolicies"] = args?.permissionPolicies;
            resourceInputs["permissions"] = args?.permissions;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(AuthRole.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering AuthRole resources.
 */
export interface AuthRoleState {
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    authRoleId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `default_role_id`. Optional.
     */
    defaultRoleId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `permission_policies`. Optional.
     */
    permissionPolicies?: pulumi.Input<pulumi.Input<inputs.AuthRolePermissionPolicy>[] | undefined>;
    /**
     * Terraform `permissions`. Optional.
     */
    permissions?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}

/**
 * The set of arguments for constructing a AuthRole resource.
 */
export interface AuthRoleArgs {
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    authRoleId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `default_role_id`. Optional.
     */
    defaultRoleId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `permission_policies`. Optional.
     */
    permissionPolicies?: pulumi.Input<pulumi.Input<inputs.AuthRolePermissionPolicy>[] | undefined>;
    /**
     * Terraform `permissions`. Optional.
     */
    permissions?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
