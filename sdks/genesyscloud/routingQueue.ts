// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Manages a Genesys Cloud `genesyscloud_routing_queue` through the bridged Terraform provider (mypurecloud/genesyscloud 1.84.1).
 */
export class RoutingQueue extends pulumi.CustomResource {
    /**
     * Get an existing RoutingQueue resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: RoutingQueueState, opts?: pulumi.CustomResourceOptions): RoutingQueue {
        return new RoutingQueue(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/routingQueue:RoutingQueue';

    /**
     * Returns true if the given object is an instance of RoutingQueue.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is RoutingQueue {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === RoutingQueue.__pulumiType;
    }

    /**
     * Terraform `acw_timeout_ms`. Optional.
     */
    declare public readonly acwTimeoutMs: pulumi.Output<number | undefined>;
    /**
     * Terraform `acw_wrapup_prompt`. Optional.
     */
    declare public readonly acwWrapupPrompt: pulumi.Output<string | undefined>;
    /**
     * Terraform `agent_owned_routing`. Optional.
     */
    declare public readonly agentOwnedRouting: pulumi.Output<outputs.RoutingQueueAgentOwnedRouting | undefined>;
    /**
     * Terraform `auto_answer_only`. Optional.
     */
    declare public readonly autoAnswerOnly: pulumi.Output<boolean | undefined>;
    /**
     * Terraform `bullseye_rings`. Optional.
     */
    declare public readonly bullseyeRings: pulumi.Output<outputs.RoutingQueueBullseyeRing[] | undefined>;
    /**
     * Terraform `calling_party_name`. Optional.
     */
    declare public readonly callingPartyName: pulumi.Output<string | undefined>;
    /**
     * Terraform `calling_party_number`. Optional.
     */
    declare public readonly callingPartyNumber: pulumi.Output<string | undefined>;
    /**
     * Terraform `canned_response_libraries`. Optional.
     */
    declare public readonly cannedResponseLibraries: pulumi.Output<outputs.RoutingQueueCannedResponseLibraries | undefined>;
    /**
     * Terraform `conditional_group_activation`. Optional.
     */
    declare public readonly conditionalGroupActivation: pulumi.Output<outputs.RoutingQueueConditionalGroupActivation | undefined>;
    /**
     * Terraform `conditional_group_routing_rules`. Optional.
     */
    declare public readonly conditionalGroupRoutingRules: pulumi.Output<outputs.RoutingQueueConditionalGroupRoutingRule[] | undefined>;
    /**
     * Terraform `default_script_ids`. Optional.
     */
    declare public readonly defaultScriptIds: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    declare public readonly description: pulumi.Output<string | undefined>;
    /**
     * Terraform `direct_routing`. Optional.
     */
    declare public readonly directRouting: pulumi.Output<outputs.RoutingQueueDirectRouting | undefined>;
    /**
     * Terraform `division_id`. Optional.
     */
    declare public readonly divisionId: pulumi.Output<string | undefined>;
    /**
     * Terraform `email_in_queue_flow_id`. Optional.
     */
    declare public readonly emailInQueueFlowId: pulumi.Output<string | undefined>;
    /**
     * Terraform `enable_audio_monitoring`. Optional.
     */
    declare public readonly enableAudioMonitoring: pulumi.Output<boolean | undefined>;
    /**
     * Terraform `enable_manual_assignment`. Optional.
     */
    declare public readonly enableManualAssignment: pulumi.Output<boolean | undefined>;
    /**
     * Terraform `enable_transcription`. Optional.
     */
    declare public readonly enableTranscription: pulumi.Output<boolean | undefined>;
    /**
     * Terraform `groups`. Optional.
     */
    declare public readonly groups: pulumi.Output<string[] | undefined>;
    /**
     * Terraform `ignore_members`. Optional.
     */
    declare public readonly ignoreMembers: pulumi.Output<boolean | undefined>;
    /**
     * Terraform `last_agent_routing_mode`. Optional.
     */
    declare public readonly lastAgentRoutingMode: pulumi.Output<string | undefined>;
    /**
     * Terraform `media_settings_call`. Optional.
     */
    declare public readonly mediaSettingsCall: pulumi.Output<outputs.RoutingQueueMediaSettingsCall | undefined>;
    /**
     * Terraform `media_settings_callback`. Optional.
     */
    declare public readonly mediaSettingsCallback: pulumi.Output<outputs.RoutingQueueMediaSettingsCallback | undefined>;
    /**
     * Terraform `media_settings_chat`. Optional.
     */
    declare public readonly mediaSettingsChat: pulumi.Output<outputs.RoutingQueueMediaSettingsChat | undefined>;
    /**
     * Terraform `media_settings_email`. Optional.
     */
    declare public readonly mediaSettingsEmail: pulumi.Output<outputs.RoutingQueueMediaSettingsEmail | undefined>;
    /**
     * Terraform `media_settings_message`. Optional.
     */
    declare public readonly mediaSettingsMessage: pulumi.Output<outputs.RoutingQueueMediaSettingsMessage | undefined>;
    /**
     * Terraform `members`. Optional.
     */
    declare public readonly members: pulumi.Output<outputs.RoutingQueueMember[] | undefined>;
    /**
     * Terraform `message_in_queue_flow_id`. Optional.
     */
    declare public readonly messageInQueueFlowId: pulumi.Output<string | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Terraform `on_hold_prompt_id`. Optional.
     */
    declare public readonly onHoldPromptId: pulumi.Output<string | undefined>;
    /**
     * Terraform `outbound_email_address`. Optional.
     */
    declare public readonly outboundEmailAddress: pulumi.Output<outputs.RoutingQueueOutboundEmailAddress | undefined>;
    /**
     * Terraform `outbound_messaging_open_messaging_recipient_id`. Optional.
     */
    declare public readonly outboundMessagingOpenMessagingRecipientId: pulumi.Output<string | undefined>;
    /**
     * Terraform `outbound_messaging_sms_address_id`. Optional.
     */
    declare public readonly outboundMessagingSmsAddressId: pulumi.Output<string | undefined>;
    /**
     * Terraform `outbound_messaging_whatsapp_recipient_id`. Optional.
     */
    declare public readonly outboundMessagingWhatsappRecipientId: pulumi.Output<string | undefined>;
    /**
     * Terraform `peer_id`. Optional.
     */
    declare public readonly peerId: pulumi.Output<string | undefined>;
    /**
     * Terraform `queue_flow_id`. Optional.
     */
    declare public readonly queueFlowId: pulumi.Output<string | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    declare public readonly routingQueueId: pulumi.Output<string>;
    /**
     * Terraform `routing_rules`. Optional.
     */
    declare public readonly routingRules: pulumi.Output<outputs.RoutingQueueRoutingRule[] | undefined>;
    /**
     * Terraform `scoring_method`. Optional.
     */
    declare public readonly scoringMethod: pulumi.Output<string | undefined>;
    /**
     * Terraform `skill_evaluation_method`. Optional.
     */
    declare public readonly skillEvaluationMethod: pulumi.Output<string | undefined>;
    /**
     * Terraform `skill_groups`. Optional.
     */
    declare public readonly skillGroups: pulumi.Output<string[] | undefined>;
    /**
     * Terraform `source_queue_id`. Optional.
     */
    declare public readonly sourceQueueId: pulumi.Output<string | undefined>;
    /**
     * Terraform `suppress_in_queue_call_recording`. Optional.
     */
    declare public readonly suppressInQueueCallRecording: pulumi.Output<boolean | undefined>;
    /**
     * Terraform `teams`. Optional.
     */
    declare public readonly teams: pulumi.Output<string[] | undefined>;
    /**
     * Terraform `whisper_prompt_id`. Optional.
     */
    declare public readonly whisperPromptId: pulumi.Output<string | undefined>;
    /**
     * Terraform `wrapup_codes`. Optional.
     */
    declare public readonly wrapupCodes: pulumi.Output<string[] | undefined>;

    /**
     * Create a RoutingQueue resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: RoutingQueueArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: RoutingQueueArgs | RoutingQueueState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as RoutingQueueState | undefined;
            resourceInputs["acwTimeoutMs"] = state?.acwTimeoutMs;
            resourceInputs["acwWrapupPrompt"] = state?.acwWrapupPrompt;
            resourceInputs["agentOwnedRouting"] = state?.agentOwnedRouting;
            resourceInputs["autoAnswerOnly"] = state?.autoAnswerOnly;
            resourceInputs["bullseyeRings"] = state?.bullseyeRings;
            resourceInputs["callingPartyName"] = state?.callingPartyName;
            resourceInputs["callingPartyNumber"] = state?.callingPartyNumber;
            resourceInputs["cannedResponseLibraries"] = state?.cannedResponseLibraries;
            resourceInputs["conditionalGroupActivation"] = state?.conditionalGroupActivation;
            resourceInputs["conditionalGroupRoutingRules"] = state?.conditionalGroupRoutingRules;
            resourceInputs["defaultScriptIds"] = state?.defaultScriptIds;
            resourceInputs["description"] = state?.description;
            resourceInputs["directRouting"] = state?.directRouting;
            resourceInputs["divisionId"] = state?.divisionId;
            resourceInputs["emailInQueueFlowId"] = state?.emailInQueueFlowId;
            resourceInputs["enableAudioMonitoring"] = state?.enableAudioMonitoring;
            resourceInputs["enableManualAssignment"] = state?.enableManualAssignment;
            resourceInputs["enableTranscription"] = state?.enableTranscription;
            resourceInputs["groups"] = state?.groups;
            resourceInputs["ignoreMembers"] = state?.ignoreMembers;
            resourceInputs["lastAgentRoutingMode"] = state?.lastAgentRoutingMode;
            resourceInputs["mediaSettingsCall"] = state?.mediaSettingsCall;
            resourceInputs["mediaSettingsCallback"] = state?.mediaSettingsCallback;
            resourceInputs["mediaSettingsChat"] = state?.mediaSettingsChat;
            resourceInputs["mediaSettingsEmail"] = state?.mediaSettingsEmail;
            resourceInputs["mediaSettingsMessage"] = state?.mediaSettingsMessage;
            resourceInputs["members"] = state?.members;
            resourceInputs["messageInQueueFlowId"] = state?.messageInQueueFlowId;
            resourceInputs["name"] = state?.name;
            resourceInputs["onHoldPromptId"] = state?.onHoldPromptId;
            resourceInputs["outboundEmailAddress"] = state?.outboundEmailAddress;
            resourceInputs["outboundMessagingOpenMessagingRecipientId"] = state?.outboundMessagingOpenMessagingRecipientId;
            resourceInputs["outboundMessagingSmsAddressId"] = state?.outboundMessagingSmsAddressId;
            resourceInputs["outboundMessagingWhatsappRecipientId"] = state?.outboundMessagingWhatsappRecipientId;
            resourceInputs["peerId"] = state?.peerId;
            resourceInputs["queueFlowId"] = state?.queueFlowId;
            resourceInputs["routingQueueId"] = state?.routingQueueId;
            resourceInputs["routingRules"] = state?.routingRules;
            resourceInputs["scoringMethod"] = state?.scoringMethod;
            resourceInputs["skillEvaluationMethod"] = state?.skillEvaluationMethod;
            resourceInputs["skillGroups"] = state?.skillGroups;
            resourceInputs["sourceQueueId"] = state?.sourceQueueId;
            resourceInputs["suppressInQueueCallRecording"] = state?.suppressInQueueCallRecording;
            resourceInputs["teams"] = state?.teams;
            resourceInputs["whisperPromptId"] = state?.whisperPromptId;
            resourceInputs["wrapupCodes"] = state?.wrapupCodes;
        } else {
            const args = argsOrState as RoutingQueueArgs | undefined;
            resourceInputs["acwTimeoutMs"] = args?.acwTimeoutMs;
            resourceInputs["acwWrapupPrompt"] = args?.acwWrapupPrompt;
            resourceInputs["agentOwnedRouting"] = args?.agentOwnedRouting;
            resourceInputs["autoAnswerOnly"] = args?.autoAnswerOnly;
            resourceInputs["bullseyeRings"] = args?.bullseyeRings;
            resourceInputs["callingPartyName"] = args?.callingPartyName;
            resourceInputs["callingPartyNumber"] = args?.callingPartyNumber;
            resourceInputs["cannedResponseLibraries"] = args?.cannedResponseLibraries;
            resourceInputs["conditionalGroupActivation"] = args?.conditionalGroupActivation;
            resourceInputs["conditionalGroupRoutingRules"] = args?.conditionalGroupRoutingRules;
            resourceInputs["defaultScriptIds"] = args?.defaultScriptIds;
            resourceInputs["description"] = args?.description;
            resourceInputs["directRouting"] = args?.directRouting;
            resourceInputs["divisionId"] = args?.divisionId;
            resourceInputs["emailInQueueFlowId"] = args?.emailInQueueFlowId;
            resourceInputs["enableAudioMonitoring"] = args?.enableAudioMonitoring;
            resourceInputs["enableManualAssignment"] = args?.enableManualAssignment;
            resourceInputs["enableTranscription"] = args?.enableTranscription;
            resourceInputs["groups"] = args?.groups;
            resourceInputs["ignoreMembers"] = args?.ignoreMembers;
            resourceInputs["lastAgentRoutingMode"] = args?.lastAgentRoutingMode;
            resourceInputs["mediaSettingsCall"] = args?.mediaSettingsCall;
            resourceInputs["mediaSettingsCallback"] = args?.mediaSettingsCallback;
            resourceInputs["mediaSettingsChat"] = args?.mediaSettingsChat;
            resourceInputs["mediaSettingsEmail"] = args?.mediaSettingsEmail;
            resourceInputs["mediaSettingsMessage"] = args?.mediaSettingsMessage;
            resourceInputs["members"] = args?.members;
            resourceInputs["messageInQueueFlowId"] = args?.messageInQueueFlowId;
            resourceInputs["name"] = args?.name;
            resourceInputs["onHoldPromptId"] = args?.onHoldPromptId;
            resourceInputs["outboundEmailAddress"] = args?.outboundEmailAddress;
            resourceInputs["outboundMessagingOpenMessagingRecipientId"] = args?.outboundMessagingOpenMessagingRecipientId;
            resourceInputs["outboundMessagingSmsAddressId"] = args?.outboundMessagingSmsAddressId;
            resourceInputs["outboundMessagingWhatsappRecipientId"] = args?.outboundMessagingWhatsappRecipientId;
            resourceInputs["peerId"] = args?.peerId;
            resourceInputs["queueFlowId"] = args?.queueFlowId;
            resourceInputs["routingQueueId"] = args?.routingQueueId;
            resourceInputs["routingRules"] = args?.routingRules;
            resourceInputs["scoringMethod"] = args?.scoringMethod;
            resourceInputs["skillEvaluationMethod"] = args?.skillEvaluationMethod;
            resourceInputs["skillGroups"] = args?.skillGroups;
            resourceInputs["sourceQueueId"] = args?.sourceQueueId;
            resourceInputs["suppressInQueueCallRecording"] = args?.suppressInQueueCallRecording;
            resourceInputs["teams"] = args?.teams;
            resourceInputs["whisperPromptId"] = args?.whisperPromptId;
            resourceInputs["wrapupCodes"] = args?.wrapupCodes;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(RoutingQueue.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering RoutingQueue resources.
 */
export interface RoutingQueueState {
    /**
     * Terraform `acw_timeout_ms`. Optional.
     */
    acwTimeoutMs?: pulumi.Input<number | undefined>;
    /**
     * Terraform `acw_wrapup_prompt`. Optional.
     */
    acwWrapupPrompt?: pulumi.Input<string | undefined>;
    /**
     * Terraform `agent_owned_routing`. Optional.
     */
    agentOwnedRouting?: pulumi.Input<inputs.RoutingQueueAgentOwnedRouting | undefined>;
    /**
     * Terraform `auto_answer_only`. Optional.
     */
    autoAnswerOnly?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `bullseye_rings`. Optional.
     */
    bullseyeRings?: pulumi.Input<pulumi.Input<inputs.RoutingQueueBullseyeRing>[] | undefined>;
    /**
     * Terraform `calling_party_name`. Optional.
     */
    callingPartyName?: pulumi.Input<string | undefined>;
    /**
     * Terraform `calling_party_number`. Optional.
     */
    callingPartyNumber?: pulumi.Input<string | undefined>;
    /**
     * Terraform `canned_response_libraries`. Optional.
     */
    cannedResponseLibraries?: pulumi.Input<inputs.RoutingQueueCannedResponseLibraries | undefined>;
    /**
     * Terraform `conditional_group_activation`. Optional.
     */
    conditionalGroupActivation?: pulumi.Input<inputs.RoutingQueueConditionalGroupActivation | undefined>;
    /**
     * Terraform `conditional_group_routing_rules`. Optional.
     */
    conditionalGroupRoutingRules?: pulumi.Input<pulumi.Input<inputs.RoutingQueueConditionalGroupRoutingRule>[] | undefined>;
    /**
     * Terraform `default_script_ids`. Optional.
     */
    defaultScriptIds?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `direct_routing`. Optional.
     */
    directRouting?: pulumi.Input<inputs.RoutingQueueDirectRouting | undefined>;
    /**
     * Terraform `division_id`. Optional.
     */
    divisionId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `email_in_queue_flow_id`. Optional.
     */
    emailInQueueFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `enable_audio_monitoring`. Optional.
     */
    enableAudioMonitoring?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `enable_manual_assignment`. Optional.
     */
    enableManualAssignment?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `enable_transcription`. Optional.
     */
    enableTranscription?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `groups`. Optional.
     */
    groups?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `ignore_members`. Optional.
     */
    ignoreMembers?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `last_agent_routing_mode`. Optional.
     */
    lastAgentRoutingMode?: pulumi.Input<string | undefined>;
    /**
     * Terraform `media_settings_call`. Optional.
     */
    mediaSettingsCall?: pulumi.Input<inputs.RoutingQueueMediaSettingsCall | undefined>;
    /**
     * Terraform `media_settings_callback`. Optional.
     */
    mediaSettingsCallback?: pulumi.Input<inputs.RoutingQueueMediaSettingsCallback | undefined>;
    /**
     * Terraform `media_settings_chat`. Optional.
     */
    mediaSettingsChat?: pulumi.Input<inputs.RoutingQueueMediaSettingsChat | undefined>;
    /**
     * Terraform `media_settings_email`. Optional.
     */
    mediaSettingsEmail?: pulumi.Input<inputs.RoutingQueueMediaSettingsEmail | undefined>;
    /**
     * Terraform `media_settings_message`. Optional.
     */
    mediaSettingsMessage?: pulumi.Input<inputs.RoutingQueueMediaSettingsMessage | undefined>;
    /**
     * Terraform `members`. Optional.
     */
    members?: pulumi.Input<pulumi.Input<inputs.RoutingQueueMember>[] | undefined>;
    /**
     * Terraform `message_in_queue_flow_id`. Optional.
     */
    messageInQueueFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Required by Terraform, optional here. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `on_hold_prompt_id`. Optional.
     */
    onHoldPromptId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `outbound_email_address`. Optional.
     */
    outboundEmailAddress?: pulumi.Input<inputs.RoutingQueueOutboundEmailAddress | undefined>;
    /**
     * Terraform `outbound_messaging_open_messaging_recipient_id`. Optional.
     */
    outboundMessagingOpenMessagingRecipientId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `outbound_messaging_sms_address_id`. Optional.
     */
    outboundMessagingSmsAddressId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `outbound_messaging_whatsapp_recipient_id`. Optional.
     */
    outboundMessagingWhatsappRecipientId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `peer_id`. Optional.
     */
    peerId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `queue_flow_id`. Optional.
     */
    queueFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    routingQueueId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `routing_rules`. Optional.
     */
    routingRules?: pulumi.Input<pulumi.Input<inputs.RoutingQueueRoutingRule>[] | undefined>;
    /**
     * Terraform `scoring_method`. Optional.
     */
    scoringMethod?: pulumi.Input<string | undefined>;
    /**
     * Terraform `skill_evaluation_method`. Optional.
     */
    skillEvaluationMethod?: pulumi.Input<string | undefined>;
    /**
     * Terraform `skill_groups`. Optional.
     */
    skillGroups?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `source_queue_id`. Optional.
     */
    sourceQueueId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `suppress_in_queue_call_recording`. Optional.
     */
    suppressInQueueCallRecording?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `teams`. Optional.
     */
    teams?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `whisper_prompt_id`. Optional.
     */
    whisperPromptId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `wrapup_codes`. Optional.
     */
    wrapupCodes?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}

/**
 * The set of arguments for constructing a RoutingQueue resource.
 */
export interface RoutingQueueArgs {
    /**
     * Terraform `acw_timeout_ms`. Optional.
     */
    acwTimeoutMs?: pulumi.Input<number | undefined>;
    /**
     * Terraform `acw_wrapup_prompt`. Optional.
     */
    acwWrapupPrompt?: pulumi.Input<string | undefined>;
    /**
     * Terraform `agent_owned_routing`. Optional.
     */
    agentOwnedRouting?: pulumi.Input<inputs.RoutingQueueAgentOwnedRouting | undefined>;
    /**
     * Terraform `auto_answer_only`. Optional.
     */
    autoAnswerOnly?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `bullseye_rings`. Optional.
     */
    bullseyeRings?: pulumi.Input<pulumi.Input<inputs.RoutingQueueBullseyeRing>[] | undefined>;
    /**
     * Terraform `calling_party_name`. Optional.
     */
    callingPartyName?: pulumi.Input<string | undefined>;
    /**
     * Terraform `calling_party_number`. Optional.
     */
    callingPartyNumber?: pulumi.Input<string | undefined>;
    /**
     * Terraform `canned_response_libraries`. Optional.
     */
    cannedResponseLibraries?: pulumi.Input<inputs.RoutingQueueCannedResponseLibraries | undefined>;
    /**
     * Terraform `conditional_group_activation`. Optional.
     */
    conditionalGroupActivation?: pulumi.Input<inputs.RoutingQueueConditionalGroupActivation | undefined>;
    /**
     * Terraform `conditional_group_routing_rules`. Optional.
     */
    conditionalGroupRoutingRules?: pulumi.Input<pulumi.Input<inputs.RoutingQueueConditionalGroupRoutingRule>[] | undefined>;
    /**
     * Terraform `default_script_ids`. Optional.
     */
    defaultScriptIds?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `direct_routing`. Optional.
     */
    directRouting?: pulumi.Input<inputs.RoutingQueueDirectRouting | undefined>;
    /**
     * Terraform `division_id`. Optional.
     */
    divisionId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `email_in_queue_flow_id`. Optional.
     */
    emailInQueueFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `enable_audio_monitoring`. Optional.
     */
    enableAudioMonitoring?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `enable_manual_assignment`. Optional.
     */
    enableManualAssignment?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `enable_transcription`. Optional.
     */
    enableTranscription?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `groups`. Optional.
     */
    groups?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `ignore_members`. Optional.
     */
    ignoreMembers?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `last_agent_routing_mode`. Optional.
     */
    lastAgentRoutingMode?: pulumi.Input<string | undefined>;
    /**
     * Terraform `media_settings_call`. Optional.
     */
    mediaSettingsCall?: pulumi.Input<inputs.RoutingQueueMediaSettingsCall | undefined>;
    /**
     * Terraform `media_settings_callback`. Optional.
     */
    mediaSettingsCallback?: pulumi.Input<inputs.RoutingQueueMediaSettingsCallback | undefined>;
    /**
     * Terraform `media_settings_chat`. Optional.
     */
    mediaSettingsChat?: pulumi.Input<inputs.RoutingQueueMediaSettingsChat | undefined>;
    /**
     * Terraform `media_settings_email`. Optional.
     */
    mediaSettingsEmail?: pulumi.Input<inputs.RoutingQueueMediaSettingsEmail | undefined>;
    /**
     * Terraform `media_settings_message`. Optional.
     */
    mediaSettingsMessage?: pulumi.Input<inputs.RoutingQueueMediaSettingsMessage | undefined>;
    /**
     * Terraform `members`. Optional.
     */
    members?: pulumi.Input<pulumi.Input<inputs.RoutingQueueMember>[] | undefined>;
    /**
     * Terraform `message_in_queue_flow_id`. Optional.
     */
    messageInQueueFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Optional. When omitted, the provider autonames it `<resource name>-<7 hex chars>` (the bridge's autonaming).
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `on_hold_prompt_id`. Optional.
     */
    onHoldPromptId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `outbound_email_address`. Optional.
     */
    outboundEmailAddress?: pulumi.Input<inputs.RoutingQueueOutboundEmailAddress | undefined>;
    /**
     * Terraform `outbound_messaging_open_messaging_recipient_id`. Optional.
     */
    outboundMessagingOpenMessagingRecipientId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `outbound_messaging_sms_address_id`. Optional.
     */
    outboundMessagingSmsAddressId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `outbound_messaging_whatsapp_recipient_id`. Optional.
     */
    outboundMessagingWhatsappRecipientId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `peer_id`. Optional.
     */
    peerId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `queue_flow_id`. Optional.
     */
    queueFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `id` (optional and computed in the SDKv2 schema), renamed by the bridge because `id` is the Pulumi resource id, which is computed from it.
     */
    routingQueueId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `routing_rules`. Optional.
     */
    routingRules?: pulumi.Input<pulumi.Input<inputs.RoutingQueueRoutingRule>[] | undefined>;
    /**
     * Terraform `scoring_method`. Optional.
     */
    scoringMethod?: pulumi.Input<string | undefined>;
    /**
     * Terraform `skill_evaluation_method`. Optional.
     */
    skillEvaluationMethod?: pulumi.Input<string | undefined>;
    /**
     * Terraform `skill_groups`. Optional.
     */
    skillGroups?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `source_queue_id`. Optional.
     */
    sourceQueueId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `suppress_in_queue_call_recording`. Optional.
     */
    suppressInQueueCallRecording?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `teams`. Optional.
     */
    teams?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `whisper_prompt_id`. Optional.
     */
    whisperPromptId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `wrapup_codes`. Optional.
     */
    wrapupCodes?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
