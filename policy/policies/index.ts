/**
 * Every policy of the pack, in one list. index.ts hands this list to the PolicyPack; tests import it
 * from here, so they never construct a PolicyPack (which starts a policy server).
 */
import type { Policies } from "@pulumi/policy";
import { eventBridgePolicies } from "./eventbridge";
import { genesysPolicies } from "./genesys";
import { iamPolicies } from "./iam";
import { lambdaPolicies } from "./lambda";
import { s3Policies } from "./s3";
import { stepFunctionsPolicies } from "./stepFunctions";

export const policies: Policies = [
  ...s3Policies,
  ...iamPolicies,
  ...lambdaPolicies,
  ...eventBridgePolicies,
  ...stepFunctionsPolicies,
  ...genesysPolicies,
];
