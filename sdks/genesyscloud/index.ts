// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

// Export members:
export { ArchitectDatatableArgs, ArchitectDatatableState } from "./architectDatatable";
export type ArchitectDatatable = import("./architectDatatable").ArchitectDatatable;
export const ArchitectDatatable: typeof import("./architectDatatable").ArchitectDatatable = null as any;
utilities.lazyLoad(exports, ["ArchitectDatatable"], () => require("./architectDatatable"));

export { ArchitectIvrArgs, ArchitectIvrState } from "./architectIvr";
export type ArchitectIvr = import("./architectIvr").ArchitectIvr;
export const ArchitectIvr: typeof import("./architectIvr").ArchitectIvr = null as any;
utilities.lazyLoad(exports, ["ArchitectIvr"], () => require("./architectIvr"));

export { AuthRoleArgs, AuthRoleState } from "./authRole";
export type AuthRole = import("./authRole").AuthRole;
export const AuthRole: typeof import("./authRole").AuthRole = null as any;
utilities.lazyLoad(exports, ["AuthRole"], () => require("./authRole"));

export { FlowArgs, FlowState } from "./flow";
export type Flow = import("./flow").Flow;
export const Flow: typeof import("./flow").Flow = null as any;
utilities.lazyLoad(exports, ["Flow"], () => require("./flow"));

export { GetAuthDivisionHomeArgs, GetAuthDivisionHomeResult, GetAuthDivisionHomeOutputArgs } from "./getAuthDivisionHome";
export const getAuthDivisionHome: typeof import("./getAuthDivisionHome").getAuthDivisionHome = null as any;
export const getAuthDivisionHomeOutput: typeof import("./getAuthDivisionHome").getAuthDivisionHomeOutput = null as any;
utilities.lazyLoad(exports, ["getAuthDivisionHome", "getAuthDivisionHomeOutput"], () => require("./getAuthDivisionHome"));

export { GetAuthRoleArgs, GetAuthRoleResult, GetAuthRoleOutputArgs } from "./getAuthRole";
export const getAuthRole: typeof import("./getAuthRole").getAuthRole = null as any;
export const getAuthRoleOutput: typeof import("./getAuthRole").getAuthRoleOutput = null as any;
utilities.lazyLoad(exports, ["getAuthRole", "getAuthRoleOutput"], () => require("./getAuthRole"));

export { GetFlowArgs, GetFlowResult, GetFlowOutputArgs } from "./getFlow";
export const getFlow: typeof import("./getFlow").getFlow = null as any;
export const getFlowOutput: typeof import("./getFlow").getFlowOutput = null as any;
utilities.lazyLoad(exports, ["getFlow", "getFlowOutput"], () => require("./getFlow"));

export { GetIntegrationArgs, GetIntegrationResult, GetIntegrationOutputArgs } from "./getIntegration";
export const getIntegration: typeof import("./getIntegration").getIntegration = null as any;
export const getIntegrationOutput: typeof import("./getIntegration").getIntegrationOutput = null as any;
utilities.lazyLoad(exports, ["getIntegration", "getIntegrationOutput"], () => require("./getIntegration"));

export { GetOrganizationsMeArgs, GetOrganizationsMeResult, GetOrganizationsMeOutputArgs } from "./getOrganizationsMe";
export const getOrganizationsMe: typeof import("./getOrganizationsMe").getOrganizationsMe = null as any;
export const getOrganizationsMeOutput: typeof import("./getOrganizationsMe").getOrganizationsMeOutput = null as any;
utilities.lazyLoad(exports, ["getOrganizationsMe", "getOrganizationsMeOutput"], () => require("./getOrganizationsMe"));

export { GetRoutingQueueArgs, GetRoutingQueueResult, GetRoutingQueueOutputArgs } from "./getRoutingQueue";
export const getRoutingQueue: typeof import("./getRoutingQueue").getRoutingQueue = null as any;
export const getRoutingQueueOutput: typeof import("./getRoutingQueue").getRoutingQueueOutput = null as any;
utilities.lazyLoad(exports, ["getRoutingQueue", "getRoutingQueueOutput"], () => require("./getRoutingQueue"));

export { GetRoutingWrapupcodeArgs, GetRoutingWrapupcodeResult, GetRoutingWrapupcodeOutputArgs } from "./getRoutingWrapupcode";
export const getRoutingWrapupcode: typeof import("./getRoutingWrapupcode").getRoutingWrapupcode = null as any;
export const getRoutingWrapupcodeOutput: typeof import("./getRoutingWrapupcode").getRoutingWrapupcodeOutput = null as any;
utilities.lazyLoad(exports, ["getRoutingWrapupcode", "getRoutingWrapupcodeOutput"], () => require("./getRoutingWrapupcode"));

export { GroupArgs, GroupState } from "./group";
export type Group = import("./group").Group;
export const Group: typeof import("./group").Group = null as any;
utilities.lazyLoad(exports, ["Group"], () => require("./group"));

export { IntegrationArgs, IntegrationState } from "./integration";
export type Integration = import("./integration").Integration;
export const Integration: typeof import("./integration").Integration = null as any;
utilities.lazyLoad(exports, ["Integration"], () => require("./integration"));

export { IntegrationActionArgs, IntegrationActionState } from "./integrationAction";
export type IntegrationAction = import("./integrationAction").IntegrationAction;
export const IntegrationAction: typeof import("./integrationAction").IntegrationAction = null as any;
utilities.lazyLoad(exports, ["IntegrationAction"], () => require("./integrationAction"));

export { IntegrationCredentialArgs, IntegrationCredentialState } from "./integrationCredential";
export type IntegrationCredential = import("./integrationCredential").IntegrationCredential;
export const IntegrationCredential: typeof import("./integrationCredential").IntegrationCredential = null as any;
utilities.lazyLoad(exports, ["IntegrationCredential"], () => require("./integrationCredential"));

export { OauthClientArgs, OauthClientState } from "./oauthClient";
export type OauthClient = import("./oauthClient").OauthClient;
export const OauthClient: typeof import("./oauthClient").OauthClient = null as any;
utilities.lazyLoad(exports, ["OauthClient"], () => require("./oauthClient"));

export { ProcessautomationTriggerArgs, ProcessautomationTriggerState } from "./processautomationTrigger";
export type ProcessautomationTrigger = import("./processautomationTrigger").ProcessautomationTrigger;
export const ProcessautomationTrigger: typeof import("./processautomationTrigger").ProcessautomationTrigger = null as any;
utilities.lazyLoad(exports, ["ProcessautomationTrigger"], () => require("./processautomationTrigger"));

export { ProviderArgs } from "./provider";
export type Provider = import("./provider").Provider;
export const Provider: typeof import("./provider").Provider = null as any;
utilities.lazyLoad(exports, ["Provider"], () => require("./provider"));

export { RoutingQueueArgs, RoutingQueueState } from "./routingQueue";
export type RoutingQueue = import("./routingQueue").RoutingQueue;
export const RoutingQueue: typeof import("./routingQueue").RoutingQueue = null as any;
utilities.lazyLoad(exports, ["RoutingQueue"], () => require("./routingQueue"));

export { RoutingWrapupcodeArgs, RoutingWrapupcodeState } from "./routingWrapupcode";
export type RoutingWrapupcode = import("./routingWrapupcode").RoutingWrapupcode;
export const RoutingWrapupcode: typeof import("./routingWrapupcode").RoutingWrapupcode = null as any;
utilities.lazyLoad(exports, ["RoutingWrapupcode"], () => require("./routingWrapupcode"));

export { TelephonyProvidersEdgesDidPoolArgs, TelephonyProvidersEdgesDidPoolState } from "./telephonyProvidersEdgesDidPool";
export type TelephonyProvidersEdgesDidPool = import("./telephonyProvidersEdgesDidPool").TelephonyProvidersEdgesDidPool;
export const TelephonyProvidersEdgesDidPool: typeof import("./telephonyProvidersEdgesDidPool").TelephonyProvidersEdgesDidPool = null as any;
utilities.lazyLoad(exports, ["TelephonyProvidersEdgesDidPool"], () => require("./telephonyProvidersEdgesDidPool"));

// Export sub-modules:
import * as config from "./config";
import * as types from "./types";

export {
    config,
    types,
};

const _module = {
    version: utilities.getVersion(),
    construct: (name: string, type: string, urn: string): pulumi.Resource => {
        switch (type) {
            case "genesyscloud:index/architectDatatable:ArchitectDatatable":
                return new ArchitectDatatable(name, <any>undefined, { urn })
            case "genesyscloud:index/architectIvr:ArchitectIvr":
                return new ArchitectIvr(name, <any>undefined, { urn })
            case "genesyscloud:index/authRole:AuthRole":
                return new AuthRole(name, <any>undefined, { urn })
            case "genesyscloud:index/flow:Flow":
                return new Flow(name, <any>undefined, { urn })
            case "genesyscloud:index/group:Group":
                return new Group(name, <any>undefined, { urn })
            case "genesyscloud:index/integration:Integration":
                return new Integration(name, <any>undefined, { urn })
            case "genesyscloud:index/integrationAction:IntegrationAction":
                return new IntegrationAction(name, <any>undefined, { urn })
            case "genesyscloud:index/integrationCredential:IntegrationCredential":
                return new IntegrationCredential(name, <any>undefined, { urn })
            case "genesyscloud:index/oauthClient:OauthClient":
                return new OauthClient(name, <any>undefined, { urn })
            case "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger":
                return new ProcessautomationTrigger(name, <any>undefined, { urn })
            case "genesyscloud:index/routingQueue:RoutingQueue":
                return new RoutingQueue(name, <any>undefined, { urn })
            case "genesyscloud:index/routingWrapupcode:RoutingWrapupcode":
                return new RoutingWrapupcode(name, <any>undefined, { urn })
            case "genesyscloud:index/telephonyProvidersEdgesDidPool:TelephonyProvidersEdgesDidPool":
                return new TelephonyProvidersEdgesDidPool(name, <any>undefined, { urn })
            default:
                throw new Error(`unknown resource type ${type}`);
        }
    },
};
pulumi.runtime.registerResourceModule("genesyscloud", "index/architectDatatable", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/architectIvr", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/authRole", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/flow", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/group", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/integration", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/integrationAction", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/integrationCredential", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/oauthClient", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/processautomationTrigger", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/routingQueue", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/routingWrapupcode", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/telephonyProvidersEdgesDidPool", _module)
pulumi.runtime.registerResourcePackage("genesyscloud", {
    version: utilities.getVersion(),
    constructProvider: (name: string, type: string, urn: string): pulumi.ProviderResource => {
        if (type !== "pulumi:providers:genesyscloud") {
            throw new Error(`unknown provider type ${type}`);
        }
        return new Provider(name, <any>undefined, { urn });
    },
});
