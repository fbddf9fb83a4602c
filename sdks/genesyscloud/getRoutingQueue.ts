// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Reads a Genesys Cloud `genesyscloud_routing_queue` data source through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export function getRoutingQueue(args: GetRoutingQueueArgs, opts?: pulumi.InvokeOptions): Promise<GetRoutingQueueResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("genesyscloud:index/getRoutingQueue:getRoutingQueue", {
        "id": args.id,
        "name": args.name,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getRoutingQueue.
 */
export interface GetRoutingQueueArgs {
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
 * A collection of values returned by getRoutingQueue.
 */
export interface GetRoutingQueueResult {
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
 * Reads a Genesys Cloud `genesyscloud_routing_queue` data source through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export function getRoutingQueueOutput(args: GetRoutingQueueOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetRoutingQueueResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("genesyscloud:index/getRoutingQueue:getRoutingQueue", {
        "id": args.id,
        "name": args.name,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getRoutingQueue.
 */
export interface GetRoutingQueueOutputArgs {
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    id?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Required.
     */
    name: pulumi.Input<string>;
}
