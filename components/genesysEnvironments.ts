/**
 * The Genesys Cloud environments (login/API domains) this program can deploy to.
 *
 * Sources:
 * - Domains: the Genesys JS SDK's `PureCloudRegionHosts`
 *   (MyPureCloud/platform-client-sdk-javascript `build/src/purecloud-platform-client-v2/PureCloudRegionHosts.js`).
 * - `providerRegion`: the Genesys Terraform provider's `aws_region` value for that domain
 *   (MyPureCloud/terraform-provider-genesyscloud `genesyscloud/provider/provider.go`, `getRegionMap`, v1.84.x).
 *   The provider accepts only these codes and derives the API domain from them, so the domain
 *   in config and `genesyscloud:awsRegion` must agree.
 * - `lambdaTrustAccountId`: the AWS account Genesys assumes a role from to invoke Lambda data
 *   actions: 765628985471 for commercial regions, 325654371633 for FedRAMP (use2.us-gov-pure.cloud)
 *   (GenesysCloudBlueprints/scheduling-bot-blueprint `main.tf` comment). Non-production Genesys
 *   environments use other accounts, hence `genesys.lambdaTrustAccountId` in config.
 */

/** One Genesys Cloud environment. */
export interface GenesysEnvironment {
  /** Login/API domain, also Archy's `--location`, e.g. "mypurecloud.com". */
  readonly domain: string;
  /** The Terraform provider's `aws_region` code for this domain, e.g. "us-east-1". */
  readonly providerRegion: string;
  /** AWS account Genesys invokes Lambda data actions from (trust-policy principal). */
  readonly lambdaTrustAccountId: string;
}

/** AWS account of Genesys Cloud's commercial regions (Lambda data-action trust principal). */
export const GENESYS_COMMERCIAL_ACCOUNT_ID = "765628985471";
/** AWS account of Genesys Cloud's FedRAMP region, use2.us-gov-pure.cloud. */
export const GENESYS_FEDRAMP_ACCOUNT_ID = "325654371633";

const commercial = (domain: string, providerRegion: string): GenesysEnvironment => ({
  domain,
  providerRegion,
  lambdaTrustAccountId: GENESYS_COMMERCIAL_ACCOUNT_ID,
});

/** Every known environment, in the JS SDK's order. */
export const GENESYS_ENVIRONMENTS: readonly GenesysEnvironment[] = [
  commercial("mypurecloud.com", "us-east-1"),
  commercial("mypurecloud.ie", "eu-west-1"),
  commercial("mypurecloud.com.au", "ap-southeast-2"),
  commercial("mypurecloud.jp", "ap-northeast-1"),
  commercial("mypurecloud.de", "eu-central-1"),
  commercial("usw2.pure.cloud", "us-west-2"),
  commercial("cac1.pure.cloud", "ca-central-1"),
  commercial("apne2.pure.cloud", "ap-northeast-2"),
  commercial("euw2.pure.cloud", "eu-west-2"),
  commercial("aps1.pure.cloud", "ap-south-1"),
  {
    domain: "use2.us-gov-pure.cloud",
    providerRegion: "us-east-2",
    lambdaTrustAccountId: GENESYS_FEDRAMP_ACCOUNT_ID,
  },
  commercial("sae1.pure.cloud", "sa-east-1"),
  commercial("mec1.pure.cloud", "me-central-1"),
  commercial("apne3.pure.cloud", "ap-northeast-3"),
  commercial("euc2.pure.cloud", "eu-central-2"),
  commercial("mxc1.pure.cloud", "mx-central-1"),
  commercial("apse1.pure.cloud", "ap-southeast-1"),
];

/** The environment with this exact domain, or undefined. */
export function findGenesysEnvironment(domain: string): GenesysEnvironment | undefined {
  return GENESYS_ENVIRONMENTS.find((env) => env.domain === domain);
}
