// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "../types/input";
import * as outputs from "../types/output";

export interface ArchitectDatatableProperty {
    /**
     * Terraform `default`. Optional.
     */
    default?: string;
    /**
     * Terraform `name`. Required.
     */
    name: string;
    /**
     * Terraform `title`. Optional.
     */
    title?: string;
    /**
     * Terraform `type`. Required.
     */
    type: string;
}

export interface AuthRolePermissionPolicy {
    /**
     * Terraform `action_set`. Required.
     */
    actionSets: string[];
    /**
     * Terraform `conditions`. Optional.
     */
    conditions?: outputs.AuthRolePermissionPolicyConditions;
    /**
     * Terraform `domain`. Required.
     */
    domain: string;
    /**
     * Terraform `entity_name`. Required.
     */
    entityName: string;
}

export interface AuthRolePermissionPolicyConditions {
    /**
     * Terraform `conjunction`. Required.
     */
    conjunction: string;
    /**
     * Terraform `terms`. Required.
     */
    terms: outputs.AuthRolePermissionPolicyConditionsTerm[];
}

export interface AuthRolePermissionPolicyConditionsTerm {
    /**
     * Terraform `operands`. Required.
     */
    operands: outputs.AuthRolePermissionPolicyConditionsTermOperand[];
    /**
     * Terraform `operator`. Required.
     */
    operator: string;
    /**
     * Terraform `variable_name`. Required.
     */
    variableName: string;
}

export interface AuthRolePermissionPolicyConditionsTermOperand {
    /**
     * Terraform `queue_id`. Optional.
     */
    queueId?: string;
    /**
     * Terraform `type`. Required.
     */
    type: string;
    /**
     * Terraform `user_id`. Optional.
     */
    userId?: string;
    /**
     * Terraform `value`. Optional.
     */
    value?: string;
}

export interface GroupAddress {
    /**
     * Terraform `extension`. Optional.
     */
    extension?: string;
    /**
     * Terraform `number`. Optional.
     */
    number?: string;
    /**
     * Terraform `type`. Required.
     */
    type: string;
}

export interface GroupVoicemailPolicy {
    /**
     * Terraform `disable_email_pii`. Optional.
     */
    disableEmailPii?: boolean;
    /**
     * Terraform `include_email_transcriptions`. Optional.
     */
    includeEmailTranscriptions?: boolean;
    /**
     * Terraform `send_email_notifications`. Optional.
     */
    sendEmailNotifications?: boolean;
}

export interface IntegrationActionConfigRequest {
    /**
     * Terraform `headers`. Optional.
     */
    headers?: {[key: string]: string};
    /**
     * Terraform `request_template`. Optional.
     */
    requestTemplate?: string;
    /**
     * Terraform `request_type`. Required.
     */
    requestType: string;
    /**
     * Terraform `request_url_template`. Optional.
     */
    requestUrlTemplate?: string;
}

export interface IntegrationActionConfigResponse {
    /**
     * Terraform `success_template`. Optional.
     */
    successTemplate?: string;
    /**
     * Terraform `translation_map`. Optional.
     */
    translationMap?: {[key: string]: string};
    /**
     * Terraform `translation_map_defaults`. Optional.
     */
    translationMapDefaults?: {[key: string]: string};
}

export interface IntegrationActionFunctionConfig {
    /**
     * Terraform `description`. Optional.
     */
    description?: string;
    /**
     * Terraform `file_path`. Required.
     */
    filePath: string;
    /**
     * Terraform `handler`. Optional.
     */
    handler?: string;
    /**
     * Terraform `runtime`. Optional.
     */
    runtime?: string;
    /**
     * Terraform `timeout_seconds`. Optional.
     */
    timeoutSeconds?: number;
    /**
     * Terraform `zip_id`. Optional.
     */
    zipId?: string;
}

export interface IntegrationConfig {
    /**
     * Terraform `advanced`. Optional.
     */
    advanced?: string;
    /**
     * Terraform `credentials`. Optional.
     */
    credentials?: {[key: string]: string};
    /**
     * Terraform `name`. Optional.
     */
    name?: string;
    /**
     * Terraform `notes`. Optional.
     */
    notes?: string;
    /**
     * Terraform `properties`. Optional.
     */
    properties?: string;
}

export interface OauthClientRole {
    /**
     * Terraform `division_id`. Optional.
     */
    divisionId?: string;
    /**
     * Terraform `role_id`. Required.
     */
    roleId: string;
}

export interface ProcessautomationTriggerTarget {
    /**
     * Terraform `id`. Required.
     */
    id: string;
    /**
     * Terraform `type`. Required.
     */
    type: string;
    /**
     * Terraform `workflow_target_settings`. Optional.
     */
    workflowTargetSettings?: outputs.ProcessautomationTriggerTargetWorkflowTargetSettings;
}

export interface ProcessautomationTriggerTargetWorkflowTargetSettings {
    /**
     * Terraform `data_format`. Optional.
     */
    dataFormat?: string;
}

export interface RoutingQueueAgentOwnedRouting {
    /**
     * Terraform `enable_agent_owned_callbacks`. Optional.
     */
    enableAgentOwnedCallbacks?: boolean;
    /**
     * Terraform `max_owned_callback_delay_hours`. Optional.
     */
    maxOwnedCallbackDelayHours?: number;
    /**
     * Terraform `max_owned_callback_hours`. Optional.
     */
    maxOwnedCallbackHours?: number;
}

export interface RoutingQueueBullseyeRing {
    /**
     * Terraform `expansion_timeout_seconds`. Required.
     */
    expansionTimeoutSeconds: number;
    /**
     * Terraform `member_groups`. Optional.
     */
    memberGroups?: outputs.RoutingQueueBullseyeRingMemberGroup[];
    /**
     * Terraform `skills_to_remove`. Optional.
     */
    skillsToRemoves?: string[];
}

export interface RoutingQueueBullseyeRingMemberGroup {
    /**
     * Terraform `member_group_id`. Required.
     */
    memberGroupId: string;
    /**
     * Terraform `member_group_type`. Required.
     */
    memberGroupType: string;
}

export interface RoutingQueueCannedResponseLibraries {
    /**
     * Terraform `library_ids`. Optional.
     */
    libraryIds?: string[];
    /**
     * Terraform `mode`. Optional.
     */
    mode?: string;
}

export interface RoutingQueueConditionalGroupActivation {
    /**
     * Terraform `pilot_rule`. Optional.
     */
    pilotRule?: outputs.RoutingQueueConditionalGroupActivationPilotRule;
    /**
     * Terraform `rules`. Required.
     */
    rules: outputs.RoutingQueueConditionalGroupActivationRule[];
}

export interface RoutingQueueConditionalGroupActivationPilotRule {
    /**
     * Terraform `condition_expression`. Required.
     */
    conditionExpression: string;
    /**
     * Terraform `conditions`. Required.
     */
    conditions: outputs.RoutingQueueConditionalGroupActivationPilotRuleCondition[];
}

export interface RoutingQueueConditionalGroupActivationPilotRuleCondition {
    /**
     * Terraform `operator`. Required.
     */
    operator: string;
    /**
     * Terraform `simple_metric`. Required.
     */
    simpleMetric: outputs.RoutingQueueConditionalGroupActivationPilotRuleConditionSimpleMetric;
    /**
     * Terraform `value`. Required.
     */
    value: number;
}

export interface RoutingQueueConditionalGroupActivationPilotRuleConditionSimpleMetric {
    /**
     * Terraform `metric`. Required.
     */
    metric: string;
    /**
     * Terraform `queue_id`. Optional.
     */
    queueId?: string;
}

export interface RoutingQueueConditionalGroupActivationRule {
    /**
     * Terraform `condition_expression`. Required.
     */
    conditionExpression: string;
    /**
     * Terraform `conditions`. Required.
     */
    conditions: outputs.RoutingQueueConditionalGroupActivationRuleCondition[];
    /**
     * Terraform `groups`. Required.
     */
    groups: outputs.RoutingQueueConditionalGroupActivationRuleGroup[];
}

export interface RoutingQueueConditionalGroupActivationRuleCondition {
    /**
     * Terraform `operator`. Required.
     */
    operator: string;
    /**
     * Terraform `simple_metric`. Required.
     */
    simpleMetric: outputs.RoutingQueueConditionalGroupActivationRuleConditionSimpleMetric;
    /**
     * Terraform `value`. Required.
     */
    value: number;
}

export interface RoutingQueueConditionalGroupActivationRuleConditionSimpleMetric {
    /**
     * Terraform `metric`. Required.
     */
    metric: string;
    /**
     * Terraform `queue_id`. Optional.
     */
    queueId?: string;
}

export interface RoutingQueueConditionalGroupActivationRuleGroup {
    /**
     * Terraform `member_group_id`. Required.
     */
    memberGroupId: string;
    /**
     * Terraform `member_group_type`. Required.
     */
    memberGroupType: string;
}

export interface RoutingQueueConditionalGroupRoutingRule {
    /**
     * Terraform `condition_value`. Optional.
     */
    conditionValue?: number;
    /**
     * Terraform `groups`. Required.
     */
    groups: outputs.RoutingQueueConditionalGroupRoutingRuleGroup[];
    /**
     * Terraform `metric`. Optional.
     */
    metric?: string;
    /**
     * Terraform `operator`. Optional.
     */
    operator?: string;
    /**
     * Terraform `queue_id`. Optional.
     */
    queueId?: string;
    /**
     * Terraform `wait_seconds`. Optional.
     */
    waitSeconds?: number;
}

export interface RoutingQueueConditionalGroupRoutingRuleGroup {
    /**
     * Terraform `member_group_id`. Required.
     */
    memberGroupId: string;
    /**
     * Terraform `member_group_type`. Required.
     */
    memberGroupType: string;
}

export interface RoutingQueueDirectRouting {
    /**
     * Terraform `agent_wait_seconds`. Optional.
     */
    agentWaitSeconds?: number;
    /**
     * Terraform `backup_queue_id`. Optional.
     */
    backupQueueId?: string;
    /**
     * Terraform `call_use_agent_address_outbound`. Optional.
     */
    callUseAgentAddressOutbound?: boolean;
    /**
     * Terraform `email_use_agent_address_outbound`. Optional.
     */
    emailUseAgentAddressOutbound?: boolean;
    /**
     * Terraform `message_use_agent_address_outbound`. Optional.
     */
    messageUseAgentAddressOutbound?: boolean;
    /**
     * Terraform `wait_for_agent`. Optional.
     */
    waitForAgent?: boolean;
}

export interface RoutingQueueMediaSettingsCall {
    /**
     * Terraform `alerting_timeout_sec`. Optional.
     */
    alertingTimeoutSec?: number;
    /**
     * Terraform `auto_answer_alert_tone_seconds`. Optional.
     */
    autoAnswerAlertToneSeconds?: number;
    /**
     * Terraform `enable_auto_answer`. Optional.
     */
    enableAutoAnswer?: boolean;
    /**
     * Terraform `manual_answer_alert_tone_seconds`. Optional.
     */
    manualAnswerAlertToneSeconds?: number;
    /**
     * Terraform `service_level_duration_ms`. Optional.
     */
    serviceLevelDurationMs?: number;
    /**
     * Terraform `service_level_percentage`. Optional.
     */
    serviceLevelPercentage?: number;
}

export interface RoutingQueueMediaSettingsCallback {
    /**
     * Terraform `alerting_timeout_sec`. Optional.
     */
    alertingTimeoutSec?: number;
    /**
     * Terraform `answering_machine_flow_id`. Optional.
     */
    answeringMachineFlowId?: string;
    /**
     * Terraform `answering_machine_reaction_type`. Optional.
     */
    answeringMachineReactionType?: string;
    /**
     * Terraform `auto_answer_alert_tone_seconds`. Optional.
     */
    autoAnswerAlertToneSeconds?: number;
    /**
     * Terraform `auto_dial_delay_seconds`. Optional.
     */
    autoDialDelaySeconds?: number;
    /**
     * Terraform `auto_end_delay_seconds`. Optional.
     */
    autoEndDelaySeconds?: number;
    /**
     * Terraform `enable_auto_answer`. Optional.
     */
    enableAutoAnswer?: boolean;
    /**
     * Terraform `enable_auto_dial_and_end`. Optional.
     */
    enableAutoDialAndEnd?: boolean;
    /**
     * Terraform `live_voice_flow_id`. Optional.
     */
    liveVoiceFlowId?: string;
    /**
     * Terraform `live_voice_reaction_type`. Optional.
     */
    liveVoiceReactionType?: string;
    /**
     * Terraform `manual_answer_alert_tone_seconds`. Optional.
     */
    manualAnswerAlertToneSeconds?: number;
    /**
     * Terraform `max_retry_count`. Optional.
     */
    maxRetryCount?: number;
    /**
     * Terraform `mode`. Optional.
     */
    mode?: string;
    /**
     * Terraform `pacing_modifier`. Optional.
     */
    pacingModifier?: number;
    /**
     * Terraform `retry_delay_seconds`. Optional.
     */
    retryDelaySeconds?: number;
    /**
     * Terraform `service_level_duration_ms`. Optional.
     */
    serviceLevelDurationMs?: number;
    /**
     * Terraform `service_level_percentage`. Optional.
     */
    serviceLevelPercentage?: number;
}

export interface RoutingQueueMediaSettingsChat {
    /**
     * Terraform `alerting_timeout_sec`. Optional.
     */
    alertingTimeoutSec?: number;
    /**
     * Terraform `auto_answer_alert_tone_seconds`. Optional.
     */
    autoAnswerAlertToneSeconds?: number;
    /**
     * Terraform `enable_auto_answer`. Optional.
     */
    enableAutoAnswer?: boolean;
    /**
     * Terraform `manual_answer_alert_tone_seconds`. Optional.
     */
    manualAnswerAlertToneSeconds?: number;
    /**
     * Terraform `service_level_duration_ms`. Optional.
     */
    serviceLevelDurationMs?: number;
    /**
     * Terraform `service_level_percentage`. Optional.
     */
    serviceLevelPercentage?: number;
}

export interface RoutingQueueMediaSettingsEmail {
    /**
     * Terraform `alerting_timeout_sec`. Optional.
     */
    alertingTimeoutSec?: number;
    /**
     * Terraform `auto_answer_alert_tone_seconds`. Optional.
     */
    autoAnswerAlertToneSeconds?: number;
    /**
     * Terraform `enable_auto_answer`. Optional.
     */
    enableAutoAnswer?: boolean;
    /**
     * Terraform `manual_answer_alert_tone_seconds`. Optional.
     */
    manualAnswerAlertToneSeconds?: number;
    /**
     * Terraform `service_level_duration_ms`. Optional.
     */
    serviceLevelDurationMs?: number;
    /**
     * Terraform `service_level_percentage`. Optional.
     */
    serviceLevelPercentage?: number;
}

export interface RoutingQueueMediaSettingsMessage {
    /**
     * Terraform `alerting_timeout_sec`. Optional.
     */
    alertingTimeoutSec?: number;
    /**
     * Terraform `enable_auto_answer`. Optional.
     */
    enableAutoAnswer?: boolean;
    /**
     * Terraform `enable_inactivity_timeout`. Optional.
     */
    enableInactivityTimeout?: boolean;
    /**
     * Terraform `inactivity_timeout_settings`. Optional.
     */
    inactivityTimeoutSettings?: outputs.RoutingQueueMediaSettingsMessageInactivityTimeoutSettings;
    /**
     * Terraform `service_level_duration_ms`. Optional.
     */
    serviceLevelDurationMs?: number;
    /**
     * Terraform `service_level_percentage`. Optional.
     */
    serviceLevelPercentage?: number;
    /**
     * Terraform `sub_type_settings`. Optional.
     */
    subTypeSettings?: outputs.RoutingQueueMediaSettingsMessageSubTypeSetting[];
}

export interface RoutingQueueMediaSettingsMessageInactivityTimeoutSettings {
    /**
     * Terraform `action_type`. Required.
     */
    actionType: string;
    /**
     * Terraform `flow_id`. Optional.
     */
    flowId?: string;
    /**
     * Terraform `timeout_seconds`. Required.
     */
    timeoutSeconds: number;
}

export interface RoutingQueueMediaSettingsMessageSubTypeSetting {
    /**
     * Terraform `enable_auto_answer`. Required.
     */
    enableAutoAnswer: boolean;
    /**
     * Terraform `enable_inactivity_timeout`. Optional.
     */
    enableInactivityTimeout?: boolean;
    /**
     * Terraform `media_type`. Required.
     */
    mediaType: string;
}

export interface RoutingQueueMember {
    /**
     * Terraform `ring_num`. Optional.
     */
    ringNum?: number;
    /**
     * Terraform `user_id`. Required.
     */
    userId: string;
}

export interface RoutingQueueOutboundEmailAddress {
    /**
     * Terraform `domain_id`. Required.
     */
    domainId: string;
    /**
     * Terraform `route_id`. Required.
     */
    routeId: string;
}

export interface RoutingQueueRoutingRule {
    /**
     * Terraform `operator`. Optional.
     */
    operator?: string;
    /**
     * Terraform `threshold`. Optional.
     */
    threshold?: number;
    /**
     * Terraform `wait_seconds`. Optional.
     */
    waitSeconds?: number;
}

export namespace config {
    export interface Gateway {
        /**
         * Terraform `auth`. Optional.
         */
        auth?: outputs.config.GatewayAuth;
        /**
         * Terraform `host`. Optional.
         */
        host?: string;
        /**
         * Terraform `path_params`. Optional.
         */
        pathParams?: outputs.config.GatewayPathParam[];
        /**
         * Terraform `port`. Optional.
         */
        port?: string;
        /**
         * Terraform `protocol`. Optional.
         */
        protocol?: string;
    }

    export interface GatewayAuth {
        /**
         * Terraform `password`. Optional.
         */
        password?: string;
        /**
         * Terraform `username`. Optional.
         */
        username?: string;
    }

    export interface GatewayPathParam {
        /**
         * Terraform `path_name`. Required.
         */
        pathName: string;
        /**
         * Terraform `path_value`. Required.
         */
        pathValue: string;
    }

    export interface Proxy {
        /**
         * Terraform `auth`. Optional.
         */
        auth?: outputs.config.ProxyAuth;
        /**
         * Terraform `host`. Optional.
         */
        host?: string;
        /**
         * Terraform `port`. Optional.
         */
        port?: string;
        /**
         * Terraform `protocol`. Optional.
         */
        protocol?: string;
    }

    export interface ProxyAuth {
        /**
         * Terraform `password`. Optional.
         */
        password?: string;
        /**
         * Terraform `username`. Optional.
         */
        username?: string;
    }
}
