// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Reads a Genesys Cloud `genesyscloud_flow` data source through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export function getFlow(args: GetFlowArgs, opts?: pulumi.InvokeOptions): Promise<GetFlowResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("genesyscloud:index/getFlow:getFlow", {
        "id": args.id,
        "name": args.name,
        "type": args.type,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getFlow.
 */
export interface GetFlowArgs {
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    id?: string;
    /**
     * Terraform `name`. Required.
     */
    name: string;
    /**
     * Terraform `type`. Optional.
     */
    type?: string;
}

/**
 * A collection of values returned by getFlow.
 */
export interface GetFlowResult {
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    readonly id: string;
    /**
     * Terraform `name`. Required.
     */
    readonly name: string;
    /**
     * Terraform `type`. Optional.
     */
    readonly type: string;
}
/**
 * Reads a Genesys Cloud `genesyscloud_flow` data source through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export function getFlowOutput(args: GetFlowOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetFlowResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("genesyscloud:index/getFlow:getFlow", {
        "id": args.id,
        "name": args.name,
        "type": args.type,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getFlow.
 */
export interface GetFlowOutputArgs {
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    id?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Required.
     */
    name: pulumi.Input<string>;
    /**
     * Terraform `type`. Optional.
     */
    type?: pulumi.Input<string | undefined>;
}
