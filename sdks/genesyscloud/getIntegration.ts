// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Reads a Genesys Cloud `genesyscloud_integration` data source through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export function getIntegration(args: GetIntegrationArgs, opts?: pulumi.InvokeOptions): Promise<GetIntegrationResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("genesyscloud:index/getIntegration:getIntegration", {
        "id": args.id,
        "name": args.name,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getIntegration.
 */
export interface GetIntegrationArgs {
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
 * A collection of values returned by getIntegration.
 */
export interface GetIntegrationResult {
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
 * Reads a Genesys Cloud `genesyscloud_integration` data source through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export function getIntegrationOutput(args: GetIntegrationOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetIntegrationResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("genesyscloud:index/getIntegration:getIntegration", {
        "id": args.id,
        "name": args.name,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getIntegration.
 */
export interface GetIntegrationOutputArgs {
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    id?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Required.
     */
    name: pulumi.Input<string>;
}
