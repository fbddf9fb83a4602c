// Entry point of the CrossGuard pack: `pulumi preview --policy-pack policy` loads this file, and the
// PolicyPack starts the policy server the CLI talks to. Tests import ./policies instead.
import { PolicyPack } from "@pulumi/policy";
import { policies } from "./policies";

new PolicyPack("genesys-event-orchestration", {
  description:
    "What the genesys-event-orchestration program promises about S3, IAM, Lambda, EventBridge, Step Functions and Genesys Cloud.",
  enforcementLevel: "mandatory",
  policies,
});
