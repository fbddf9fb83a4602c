// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Reads a Genesys Cloud `genesyscloud_routing_wrapupcode` data source through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export function getRoutingWrapupcode(args: GetRoutingWrapupcodeArgs, opts?: pulumi.InvokeOptions): Promise<GetRoutingWrapupcodeResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("genesyscloud:index/getRoutingWrapupcode:getRoutingWrapupcode", {
        "id": args.id,
        "name": args.name,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getRoutingWrapupcode.
 */
export interface GetRoutingWrapupcodeArgs {
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    id?: string;
    /**
     * Terraform `name`. Required.
     */
    name: string;
}

/**
 * A collection of values returned by getRoutingWrapupcode.
 */
export interface GetRoutingWrapupcodeResult {
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    readonly id: string;
    /**
     * Terraform `name`. Required.
     */
    readonly name: string;
}
/**
 * Reads a Genesys Cloud `genesyscloud_routing_wrapupcode` data source through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export function getRoutingWrapupcodeOutput(args: GetRoutingWrapupcodeOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetRoutingWrapupcodeResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("genesyscloud:index/getRoutingWrapupcode:getRoutingWrapupcode", {
        "id": args.id,
        "name": args.name,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getRoutingWrapupcode.
 */
export interface GetRoutingWrapupcodeOutputArgs {
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    id?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Required.
     */
    name: pulumi.Input<string>;
}
