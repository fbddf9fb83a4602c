// *** Hand-written to the contract of the SDK that `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates. ***
// *** Produced by scripts/generate.js; change the generator, not this file. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "../types/input";
import * as outputs from "../types/output";

export interface ArchitectDatatableProperty {
    /**
     * Terraform `default`. Optional.
     */
    default?: pulumi.Input<string | undefined>;
    /**
     * Terraform `name`. Required.
     */
    name: pulumi.Input<string>;
    /**
     * Terraform `title`. Optional.
     */
    title?: pulumi.Input<string | undefined>;
    /**
     * Terraform `type`. Required.
     */
    type: pulumi.Input<string>;
}

export interface AuthRolePermissionPolicy {
    /**
     * Terraform `action_set`. Required.
     */
    actionSets: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Terraform `conditions`. Optional.
     */
    conditions?: pulumi.Input<inputs.AuthRolePermissionPolicyConditions | undefined>;
    /**
     * Terraform `domain`. Required.
     */
    domain: pulumi.Input<string>;
    /**
     * Terraform `entity_name`. Required.
     */
    entityName: pulumi.Input<string>;
}

export interface AuthRolePermissionPolicyConditions {
    /**
     * Terraform `conjunction`. Required.
     */
    conjunction: pulumi.Input<string>;
    /**
     * Terraform `terms`. Required.
     */
    terms: pulumi.Input<pulumi.Input<inputs.AuthRolePermissionPolicyConditionsTerm>[]>;
}

export interface AuthRolePermissionPolicyConditionsTerm {
    /**
     * Terraform `operands`. Required.
     */
    operands: pulumi.Input<pulumi.Input<inputs.AuthRolePermissionPolicyConditionsTermOperand>[]>;
    /**
     * Terraform `operator`. Required.
     */
    operator: pulumi.Input<string>;
    /**
     * Terraform `variable_name`. Required.
     */
    variableName: pulumi.Input<string>;
}

export interface AuthRolePermissionPolicyConditionsTermOperand {
    /**
     * Terraform `queue_id`. Optional.
     */
    queueId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `type`. Required.
     */
    type: pulumi.Input<string>;
    /**
     * Terraform `user_id`. Optional.
     */
    userId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `value`. Optional.
     */
    value?: pulumi.Input<string | undefined>;
}

export interface GroupAddress {
    /**
     * Terraform `extension`. Optional.
     */
    extension?: pulumi.Input<string | undefined>;
    /**
     * Terraform `number`. Optional.
     */
    number?: pulumi.Input<string | undefined>;
    /**
     * Terraform `type`. Required.
     */
    type: pulumi.Input<string>;
}

export interface GroupVoicemailPolicy {
    /**
     * Terraform `disable_email_pii`. Optional.
     */
    disableEmailPii?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `include_email_transcriptions`. Optional.
     */
    includeEmailTranscriptions?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `send_email_notifications`. Optional.
     */
    sendEmailNotifications?: pulumi.Input<boolean | undefined>;
}

export interface IntegrationActionConfigRequest {
    /**
     * Terraform `headers`. Optional.
     */
    headers?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    /**
     * Terraform `request_template`. Optional.
     */
    requestTemplate?: pulumi.Input<string | undefined>;
    /**
     * Terraform `request_type`. Required.
     */
    requestType: pulumi.Input<string>;
    /**
     * Terraform `request_url_template`. Optional.
     */
    requestUrlTemplate?: pulumi.Input<string | undefined>;
}

export interface IntegrationActionConfigResponse {
    /**
     * Terraform `success_template`. Optional.
     */
    successTemplate?: pulumi.Input<string | undefined>;
    /**
     * Terraform `translation_map`. Optional.
     */
    translationMap?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    /**
     * Terraform `translation_map_defaults`. Optional.
     */
    translationMapDefaults?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
}

export interface IntegrationActionFunctionConfig {
    /**
     * Terraform `description`. Optional.
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Terraform `file_path`. Required.
     */
    filePath: pulumi.Input<string>;
    /**
     * Terraform `handler`. Optional.
     */
    handler?: pulumi.Input<string | undefined>;
    /**
     * Terraform `runtime`. Optional.
     */
    runtime?: pulumi.Input<string | undefined>;
    /**
     * Terraform `timeout_seconds`. Optional.
     */
    timeoutSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `zip_id`. Optional.
     */
    zipId?: pulumi.Input<string | undefined>;
}

export interface IntegrationConfig {
    /**
     * Terraform `advanced`. Optional.
     */
    advanced?: pulumi.Input<string | undefined>;
    /**
     * Terraform `credentials`. Optional.
     */
    credentials?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    /**
     * Terraform `name`. Optional.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Terraform `notes`. Optional.
     */
    notes?: pulumi.Input<string | undefined>;
    /**
     * Terraform `properties`. Optional.
     */
    properties?: pulumi.Input<string | undefined>;
}

export interface OauthClientRole {
    /**
     * Terraform `division_id`. Optional.
     */
    divisionId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `role_id`. Required.
     */
    roleId: pulumi.Input<string>;
}

export interface ProcessautomationTriggerTarget {
    /**
     * Terraform `id`. Required.
     */
    id: pulumi.Input<string>;
    /**
     * Terraform `type`. Required.
     */
    type: pulumi.Input<string>;
    /**
     * Terraform `workflow_target_settings`. Optional.
     */
    workflowTargetSettings?: pulumi.Input<inputs.ProcessautomationTriggerTargetWorkflowTargetSettings | undefined>;
}

export interface ProcessautomationTriggerTargetWorkflowTargetSettings {
    /**
     * Terraform `data_format`. Optional.
     */
    dataFormat?: pulumi.Input<string | undefined>;
}

export interface ProviderGateway {
    /**
     * Terraform `auth`. Optional.
     */
    auth?: pulumi.Input<inputs.ProviderGatewayAuth | undefined>;
    /**
     * Terraform `host`. Optional.
     */
    host?: pulumi.Input<string | undefined>;
    /**
     * Terraform `path_params`. Optional.
     */
    pathParams?: pulumi.Input<pulumi.Input<inputs.ProviderGatewayPathParam>[] | undefined>;
    /**
     * Terraform `port`. Optional.
     */
    port?: pulumi.Input<string | undefined>;
    /**
     * Terraform `protocol`. Optional.
     */
    protocol?: pulumi.Input<string | undefined>;
}

export interface ProviderGatewayAuth {
    /**
     * Terraform `password`. Optional.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * Terraform `username`. Optional.
     */
    username?: pulumi.Input<string | undefined>;
}

export interface ProviderGatewayPathParam {
    /**
     * Terraform `path_name`. Required.
     */
    pathName: pulumi.Input<string>;
    /**
     * Terraform `path_value`. Required.
     */
    pathValue: pulumi.Input<string>;
}

export interface ProviderProxy {
    /**
     * Terraform `auth`. Optional.
     */
    auth?: pulumi.Input<inputs.ProviderProxyAuth | undefined>;
    /**
     * Terraform `host`. Optional.
     */
    host?: pulumi.Input<string | undefined>;
    /**
     * Terraform `port`. Optional.
     */
    port?: pulumi.Input<string | undefined>;
    /**
     * Terraform `protocol`. Optional.
     */
    protocol?: pulumi.Input<string | undefined>;
}

export interface ProviderProxyAuth {
    /**
     * Terraform `password`. Optional.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * Terraform `username`. Optional.
     */
    username?: pulumi.Input<string | undefined>;
}

export interface RoutingQueueAgentOwnedRouting {
    /**
     * Terraform `enable_agent_owned_callbacks`. Optional.
     */
    enableAgentOwnedCallbacks?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `max_owned_callback_delay_hours`. Optional.
     */
    maxOwnedCallbackDelayHours?: pulumi.Input<number | undefined>;
    /**
     * Terraform `max_owned_callback_hours`. Optional.
     */
    maxOwnedCallbackHours?: pulumi.Input<number | undefined>;
}

export interface RoutingQueueBullseyeRing {
    /**
     * Terraform `expansion_timeout_seconds`. Required.
     */
    expansionTimeoutSeconds: pulumi.Input<number>;
    /**
     * Terraform `member_groups`. Optional.
     */
    memberGroups?: pulumi.Input<pulumi.Input<inputs.RoutingQueueBullseyeRingMemberGroup>[] | undefined>;
    /**
     * Terraform `skills_to_remove`. Optional.
     */
    skillsToRemoves?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}

export interface RoutingQueueBullseyeRingMemberGroup {
    /**
     * Terraform `member_group_id`. Required.
     */
    memberGroupId: pulumi.Input<string>;
    /**
     * Terraform `member_group_type`. Required.
     */
    memberGroupType: pulumi.Input<string>;
}

export interface RoutingQueueCannedResponseLibraries {
    /**
     * Terraform `library_ids`. Optional.
     */
    libraryIds?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Terraform `mode`. Optional.
     */
    mode?: pulumi.Input<string | undefined>;
}

export interface RoutingQueueConditionalGroupActivation {
    /**
     * Terraform `pilot_rule`. Optional.
     */
    pilotRule?: pulumi.Input<inputs.RoutingQueueConditionalGroupActivationPilotRule | undefined>;
    /**
     * Terraform `rules`. Required.
     */
    rules: pulumi.Input<pulumi.Input<inputs.RoutingQueueConditionalGroupActivationRule>[]>;
}

export interface RoutingQueueConditionalGroupActivationPilotRule {
    /**
     * Terraform `condition_expression`. Required.
     */
    conditionExpression: pulumi.Input<string>;
    /**
     * Terraform `conditions`. Required.
     */
    conditions: pulumi.Input<pulumi.Input<inputs.RoutingQueueConditionalGroupActivationPilotRuleCondition>[]>;
}

export interface RoutingQueueConditionalGroupActivationPilotRuleCondition {
    /**
     * Terraform `operator`. Required.
     */
    operator: pulumi.Input<string>;
    /**
     * Terraform `simple_metric`. Required.
     */
    simpleMetric: pulumi.Input<inputs.RoutingQueueConditionalGroupActivationPilotRuleConditionSimpleMetric>;
    /**
     * Terraform `value`. Required.
     */
    value: pulumi.Input<number>;
}

export interface RoutingQueueConditionalGroupActivationPilotRuleConditionSimpleMetric {
    /**
     * Terraform `metric`. Required.
     */
    metric: pulumi.Input<string>;
    /**
     * Terraform `queue_id`. Optional.
     */
    queueId?: pulumi.Input<string | undefined>;
}

export interface RoutingQueueConditionalGroupActivationRule {
    /**
     * Terraform `condition_expression`. Required.
     */
    conditionExpression: pulumi.Input<string>;
    /**
     * Terraform `conditions`. Required.
     */
    conditions: pulumi.Input<pulumi.Input<inputs.RoutingQueueConditionalGroupActivationRuleCondition>[]>;
    /**
     * Terraform `groups`. Required.
     */
    groups: pulumi.Input<pulumi.Input<inputs.RoutingQueueConditionalGroupActivationRuleGroup>[]>;
}

export interface RoutingQueueConditionalGroupActivationRuleCondition {
    /**
     * Terraform `operator`. Required.
     */
    operator: pulumi.Input<string>;
    /**
     * Terraform `simple_metric`. Required.
     */
    simpleMetric: pulumi.Input<inputs.RoutingQueueConditionalGroupActivationRuleConditionSimpleMetric>;
    /**
     * Terraform `value`. Required.
     */
    value: pulumi.Input<number>;
}

export interface RoutingQueueConditionalGroupActivationRuleConditionSimpleMetric {
    /**
     * Terraform `metric`. Required.
     */
    metric: pulumi.Input<string>;
    /**
     * Terraform `queue_id`. Optional.
     */
    queueId?: pulumi.Input<string | undefined>;
}

export interface RoutingQueueConditionalGroupActivationRuleGroup {
    /**
     * Terraform `member_group_id`. Required.
     */
    memberGroupId: pulumi.Input<string>;
    /**
     * Terraform `member_group_type`. Required.
     */
    memberGroupType: pulumi.Input<string>;
}

export interface RoutingQueueConditionalGroupRoutingRule {
    /**
     * Terraform `condition_value`. Optional.
     */
    conditionValue?: pulumi.Input<number | undefined>;
    /**
     * Terraform `groups`. Required.
     */
    groups: pulumi.Input<pulumi.Input<inputs.RoutingQueueConditionalGroupRoutingRuleGroup>[]>;
    /**
     * Terraform `metric`. Optional.
     */
    metric?: pulumi.Input<string | undefined>;
    /**
     * Terraform `operator`. Optional.
     */
    operator?: pulumi.Input<string | undefined>;
    /**
     * Terraform `queue_id`. Optional.
     */
    queueId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `wait_seconds`. Optional.
     */
    waitSeconds?: pulumi.Input<number | undefined>;
}

export interface RoutingQueueConditionalGroupRoutingRuleGroup {
    /**
     * Terraform `member_group_id`. Required.
     */
    memberGroupId: pulumi.Input<string>;
    /**
     * Terraform `member_group_type`. Required.
     */
    memberGroupType: pulumi.Input<string>;
}

export interface RoutingQueueDirectRouting {
    /**
     * Terraform `agent_wait_seconds`. Optional.
     */
    agentWaitSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `backup_queue_id`. Optional.
     */
    backupQueueId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `call_use_agent_address_outbound`. Optional.
     */
    callUseAgentAddressOutbound?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `email_use_agent_address_outbound`. Optional.
     */
    emailUseAgentAddressOutbound?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `message_use_agent_address_outbound`. Optional.
     */
    messageUseAgentAddressOutbound?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `wait_for_agent`. Optional.
     */
    waitForAgent?: pulumi.Input<boolean | undefined>;
}

export interface RoutingQueueMediaSettingsCall {
    /**
     * Terraform `alerting_timeout_sec`. Optional.
     */
    alertingTimeoutSec?: pulumi.Input<number | undefined>;
    /**
     * Terraform `auto_answer_alert_tone_seconds`. Optional.
     */
    autoAnswerAlertToneSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `enable_auto_answer`. Optional.
     */
    enableAutoAnswer?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `manual_answer_alert_tone_seconds`. Optional.
     */
    manualAnswerAlertToneSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `service_level_duration_ms`. Optional.
     */
    serviceLevelDurationMs?: pulumi.Input<number | undefined>;
    /**
     * Terraform `service_level_percentage`. Optional.
     */
    serviceLevelPercentage?: pulumi.Input<number | undefined>;
}

export interface RoutingQueueMediaSettingsCallback {
    /**
     * Terraform `alerting_timeout_sec`. Optional.
     */
    alertingTimeoutSec?: pulumi.Input<number | undefined>;
    /**
     * Terraform `answering_machine_flow_id`. Optional.
     */
    answeringMachineFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `answering_machine_reaction_type`. Optional.
     */
    answeringMachineReactionType?: pulumi.Input<string | undefined>;
    /**
     * Terraform `auto_answer_alert_tone_seconds`. Optional.
     */
    autoAnswerAlertToneSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `auto_dial_delay_seconds`. Optional.
     */
    autoDialDelaySeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `auto_end_delay_seconds`. Optional.
     */
    autoEndDelaySeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `enable_auto_answer`. Optional.
     */
    enableAutoAnswer?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `enable_auto_dial_and_end`. Optional.
     */
    enableAutoDialAndEnd?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `live_voice_flow_id`. Optional.
     */
    liveVoiceFlowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `live_voice_reaction_type`. Optional.
     */
    liveVoiceReactionType?: pulumi.Input<string | undefined>;
    /**
     * Terraform `manual_answer_alert_tone_seconds`. Optional.
     */
    manualAnswerAlertToneSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `max_retry_count`. Optional.
     */
    maxRetryCount?: pulumi.Input<number | undefined>;
    /**
     * Terraform `mode`. Optional.
     */
    mode?: pulumi.Input<string | undefined>;
    /**
     * Terraform `pacing_modifier`. Optional.
     */
    pacingModifier?: pulumi.Input<number | undefined>;
    /**
     * Terraform `retry_delay_seconds`. Optional.
     */
    retryDelaySeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `service_level_duration_ms`. Optional.
     */
    serviceLevelDurationMs?: pulumi.Input<number | undefined>;
    /**
     * Terraform `service_level_percentage`. Optional.
     */
    serviceLevelPercentage?: pulumi.Input<number | undefined>;
}

export interface RoutingQueueMediaSettingsChat {
    /**
     * Terraform `alerting_timeout_sec`. Optional.
     */
    alertingTimeoutSec?: pulumi.Input<number | undefined>;
    /**
     * Terraform `auto_answer_alert_tone_seconds`. Optional.
     */
    autoAnswerAlertToneSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `enable_auto_answer`. Optional.
     */
    enableAutoAnswer?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `manual_answer_alert_tone_seconds`. Optional.
     */
    manualAnswerAlertToneSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `service_level_duration_ms`. Optional.
     */
    serviceLevelDurationMs?: pulumi.Input<number | undefined>;
    /**
     * Terraform `service_level_percentage`. Optional.
     */
    serviceLevelPercentage?: pulumi.Input<number | undefined>;
}

export interface RoutingQueueMediaSettingsEmail {
    /**
     * Terraform `alerting_timeout_sec`. Optional.
     */
    alertingTimeoutSec?: pulumi.Input<number | undefined>;
    /**
     * Terraform `auto_answer_alert_tone_seconds`. Optional.
     */
    autoAnswerAlertToneSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `enable_auto_answer`. Optional.
     */
    enableAutoAnswer?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `manual_answer_alert_tone_seconds`. Optional.
     */
    manualAnswerAlertToneSeconds?: pulumi.Input<number | undefined>;
    /**
     * Terraform `service_level_duration_ms`. Optional.
     */
    serviceLevelDurationMs?: pulumi.Input<number | undefined>;
    /**
     * Terraform `service_level_percentage`. Optional.
     */
    serviceLevelPercentage?: pulumi.Input<number | undefined>;
}

export interface RoutingQueueMediaSettingsMessage {
    /**
     * Terraform `alerting_timeout_sec`. Optional.
     */
    alertingTimeoutSec?: pulumi.Input<number | undefined>;
    /**
     * Terraform `enable_auto_answer`. Optional.
     */
    enableAutoAnswer?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `enable_inactivity_timeout`. Optional.
     */
    enableInactivityTimeout?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `inactivity_timeout_settings`. Optional.
     */
    inactivityTimeoutSettings?: pulumi.Input<inputs.RoutingQueueMediaSettingsMessageInactivityTimeoutSettings | undefined>;
    /**
     * Terraform `service_level_duration_ms`. Optional.
     */
    serviceLevelDurationMs?: pulumi.Input<number | undefined>;
    /**
     * Terraform `service_level_percentage`. Optional.
     */
    serviceLevelPercentage?: pulumi.Input<number | undefined>;
    /**
     * Terraform `sub_type_settings`. Optional.
     */
    subTypeSettings?: pulumi.Input<pulumi.Input<inputs.RoutingQueueMediaSettingsMessageSubTypeSetting>[] | undefined>;
}

export interface RoutingQueueMediaSettingsMessageInactivityTimeoutSettings {
    /**
     * Terraform `action_type`. Required.
     */
    actionType: pulumi.Input<string>;
    /**
     * Terraform `flow_id`. Optional.
     */
    flowId?: pulumi.Input<string | undefined>;
    /**
     * Terraform `timeout_seconds`. Required.
     */
    timeoutSeconds: pulumi.Input<number>;
}

export interface RoutingQueueMediaSettingsMessageSubTypeSetting {
    /**
     * Terraform `enable_auto_answer`. Required.
     */
    enableAutoAnswer: pulumi.Input<boolean>;
    /**
     * Terraform `enable_inactivity_timeout`. Optional.
     */
    enableInactivityTimeout?: pulumi.Input<boolean | undefined>;
    /**
     * Terraform `media_type`. Required.
     */
    mediaType: pulumi.Input<string>;
}

export interface RoutingQueueMember {
    /**
     * Terraform `ring_num`. Optional.
     */
    ringNum?: pulumi.Input<number | undefined>;
    /**
     * Terraform `user_id`. Required.
     */
    userId: pulumi.Input<string>;
}

export interface RoutingQueueOutboundEmailAddress {
    /**
     * Terraform `domain_id`. Required.
     */
    domainId: pulumi.Input<string>;
    /**
     * Terraform `route_id`. Required.
     */
    routeId: pulumi.Input<string>;
}

export interface RoutingQueueRoutingRule {
    /**
     * Terraform `operator`. Optional.
     */
    operator?: pulumi.Input<string | undefined>;
    /**
     * Terraform `threshold`. Optional.
     */
    threshold?: pulumi.Input<number | undefined>;
    /**
     * Terraform `wait_seconds`. Optional.
     */
    waitSeconds?: pulumi.Input<number | undefined>;
}
