// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Reads a Genesys Cloud `genesyscloud_auth_division_home` data source through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export function getAuthDivisionHome(args?: GetAuthDivisionHomeArgs, opts?: pulumi.InvokeOptions): Promise<GetAuthDivisionHomeResult> {
    args = args || {};
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("genesyscloud:index/getAuthDivisionHome:getAuthDivisionHome", {
        "description": args.description,
        "id": args.id,
        "name": args.name,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getAuthDivisionHome.
 */
export interface GetAuthDivisionHomeArgs {
    /**
     * Terraform `description`. Optional.
     */
    description?: string;
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    id?: string;
    /**
     * Terraform `name`. Optional.
     */
    name?: string;
}

/**
 * A collection of values returned by getAuthDivisionHome.
 */
export interface GetAuthDivisionHomeResult {
    /**
     * Terraform `description`. Optional.
     */
    readonly description: string;
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    readonly id: string;
    /**
     * Terraform `name`. Optional.
     */
    readonly name: string;
}
/**
 * Reads a Genesys Cloud `genesyscloud_auth_division_home` data source through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export function getAuthDivisionHomeOutput(args?: GetAuthDivisionHomeOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetAuthDivisionHomeResult> {
    args = args || {};
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("genesyscloud:index/getAuthDivisionHome:getAuthDivisionHome", {
        "description": args.description,
        "id": args.id,
        "name": args.name,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getAuthDivisionHome.
 */
export interface GetAuthDivisionHomeOutputArgs {
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    id?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Optional.
     */
    name?: pulumi.Input<string | undefined>;
}
