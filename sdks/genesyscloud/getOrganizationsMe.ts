// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Reads a Genesys Cloud `genesyscloud_organizations_me` data source through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export function getOrganizationsMe(args?: GetOrganizationsMeArgs, opts?: pulumi.InvokeOptions): Promise<GetOrganizationsMeResult> {
    args = args || {};
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("genesyscloud:index/getOrganizationsMe:getOrganizationsMe", {
        "defaultCountryCode": args.defaultCountryCode,
        "defaultLanguage": args.defaultLanguage,
        "defaultSiteId": args.defaultSiteId,
        "domain": args.domain,
        "id": args.id,
        "name": args.name,
        "productPlatform": args.productPlatform,
        "supportUri": args.supportUri,
        "thirdPartyOrgName": args.thirdPartyOrgName,
        "voicemailEnabled": args.voicemailEnabled,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getOrganizationsMe.
 */
export interface GetOrganizationsMeArgs {
    /**
     * Terraform `default_country_code`. Optional.
     */
    defaultCountryCode?: string;
    /**
     * Terraform `default_language`. Optional.
     */
    defaultLanguage?: string;
    /**
     * Terraform `default_site_id`. Optional.
     */
    defaultSiteId?: string;
    /**
     * Terraform `domain`. Optional.
     */
    domain?: string;
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    id?: string;
    /**
     * Terraform `name`. Optional.
     */
    name?: string;
    /**
     * Terraform `product_platform`. Optional.
     */
    productPlatform?: string;
    /**
     * Terraform `support_uri`. Optional.
     */
    supportUri?: string;
    /**
     * Terraform `third_party_org_name`. Optional.
     */
    thirdPartyOrgName?: string;
    /**
     * Terraform `voicemail_enabled`. Optional.
     */
    voicemailEnabled?: boolean;
}

/**
 * A collection of values returned by getOrganizationsMe.
 */
export interface GetOrganizationsMeResult {
    /**
     * Terraform `default_country_code`. Optional.
     */
    readonly defaultCountryCode: string;
    /**
     * Terraform `default_language`. Optional.
     */
    readonly defaultLanguage: string;
    /**
     * Terraform `default_site_id`. Optional.
     */
    readonly defaultSiteId: string;
    /**
     * Terraform `domain`. Optional.
     */
    readonly domain: string;
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    readonly id: string;
    /**
     * Terraform `name`. Optional.
     */
    readonly name: string;
    /**
     * Terraform `product_platform`. Optional.
     */
    readonly productPlatform: string;
    /**
     * Terraform `support_uri`. Optional.
     */
    readonly supportUri: string;
    /**
     * Terraform `third_party_org_name`. Optional.
     */
    readonly thirdPartyOrgName: string;
    /**
     * Terraform `voicemail_enabled`. Optional.
     */
    readonly voicemailEnabled: boolean;
}
/**
 * Reads a Genesys Cloud `genesyscloud_organizations_me` data source through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export function getOrganizationsMeOutput(args?: GetOrganizationsMeOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetOrganizationsMeResult> {
    args = args || {};
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("genesyscloud:index/getOrganizationsMe:getOrganizationsMe", {
        "defaultCountryCode": args.defaultCountryCode,
        "defaultLanguage": args.defaultLanguage,
        "defaultSiteId": args.defaultSiteId,
        "domain": args.domain,
        "id": args.id,
        "name": args.name,
        "productPlatform": args.productPlatform,
        "supportUri": args.supportUri,
        "thirdPartyOrgName": args.thirdPartyOrgName,
        "voicemailEnabled": args.voicemailEnabled,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getOrganizationsMe.
 */
export interface GetOrganizationsMeOutputArgs {
    /**
     * Terraform `default_country_code`. Optional.
     */
    defaultCountryCode?: pulumi.Input<string | undefined>;
    /**
     * Terraform `default_language`. Optional.
     */
    defaultLanguage?: pulumi.Input<string | undefined>;
    /**
     * Terraform `default_site_id`. Optional.
     */
    defaultSiteId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `domain`. Optional.
     */
    domain?: pulumi.Input<string | undefined>;
    /**
     * Terraform `id`: the data source's implicit id, optional as an argument.
     */
    id?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Optional.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `product_platform`. Optional.
     */
    productPlatform?: pulumi.Input<string | undefined>;
    /**
     * Terraform `support_uri`. Optional.
     */
    supportUri?: pulumi.Input<string | undefined>;
    /**
     * Terraform `third_party_org_name`. Optional.
     */
    thirdPartyOrgName?: pulumi.Input<string | undefined>;
    /**
     * Terraform `voicemail_enabled`. Optional.
     */
    voicemailEnabled?: pulumi.Input<boolean | undefined>;
}
