/**
 * The data actions of the negative-sentiment callback pipeline, as data: requests, responses and
 * contracts (architect/negative-sentiment/contracts/, beside the workflow that calls them), and the
 * permissions each Genesys API call needs.
 *
 * Velocity notes (Genesys "Velocity macros for data actions"): `${input.x}` prints its own name when
 * x is null, so every input a template prints is required by its contract; strings inside JSON
 * bodies go through `$esc.jsonString(...)` and path segments through `$esc.url(...)`, so no value
 * can break the body or leave its path segment. Templates are plain strings, never JS template
 * literals.
 */
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { ARCHITECT_DIR } from "./archy/template";
import { DataActionSpec, readDataActionContract } from "./dataActions";
import type { PermissionPolicy } from "./genesysApiDataActions";

/** Where the contracts live: next to the workflow, whose callData inputs and outputs must match them. */
export const NEGATIVE_SENTIMENT_CONTRACTS_DIR = path.join(
  ARCHITECT_DIR,
  "negative-sentiment",
  "contracts",
);

/** Keys of the Genesys API actions; they name child resources and contract files. */
export const GENESYS_API_ACTION_KEYS = [
  "get-sentiment",
  "send-sms",
  "create-callback",
  "tag-conversation",
] as const;
export type GenesysApiActionKey = (typeof GENESYS_API_ACTION_KEYS)[number];
export const NOTIFY_ACTION_KEY = "notify-supervisors";

const JSON_HEADERS = { "Content-Type": "application/json" } as const;

/**
 * Permissions of the four Genesys API calls (MyPureCloud/platform-client-sdk-javascript
 * build/docs/SpeechTextAnalyticsApi.md and ConversationsApi.md; platform-client-sdk-cli for the
 * agentless message):
 * - GET /api/v2/speechandtextanalytics/conversations/{id}: ALL of recording:recording:view and
 *   speechAndTextAnalytics:data:view
 * - POST /api/v2/conversations/messages/agentless: conversation:message:create
 * - POST /api/v2/conversations/callbacks: conversation:callback:create
 * - PUT /api/v2/conversations/{id}/tags: conversation:externalTag:edit
 */
export const NEGATIVE_SENTIMENT_PERMISSIONS: readonly PermissionPolicy[] = [
  { domain: "conversation", entityName: "callback", actionSets: ["create"] },
  { domain: "conversation", entityName: "externalTag", actionSets: ["edit"] },
  { domain: "conversation", entityName: "message", actionSets: ["create"] },
  { domain: "recording", entityName: "recording", actionSets: ["view"] },
  { domain: "speechAndTextAnalytics", entityName: "data", actionSets: ["view"] },
];

function contract(key: string) {
  return readDataActionContract(NEGATIVE_SENTIMENT_CONTRACTS_DIR, `${key}.json`);
}

/** The four Genesys API actions, named as given. */
export function genesysApiActionSpecs(
  names: Readonly<Record<GenesysApiActionKey, pulumi.Input<string>>>,
): Record<GenesysApiActionKey, DataActionSpec> {
  return {
    "get-sentiment": {
      name: names["get-sentiment"],
      contract: contract("get-sentiment"),
      requestType: "GET",
      requestUrlTemplate:
        "/api/v2/speechandtextanalytics/conversations/$esc.url(${input.conversationId})",
      // GET sends no body; this is the value Genesys itself stores for one.
      requestTemplate: "${input.rawRequest}",
      successTemplate: "${rawResult}",
    },
    "send-sms": {
      name: names["send-sms"],
      contract: contract("send-sms"),
      requestType: "POST",
      requestUrlTemplate: "/api/v2/conversations/messages/agentless",
      requestTemplate:
        '{"fromAddress": "$esc.jsonString(${input.fromAddress})", "toAddress": "$esc.jsonString(${input.toAddress})", "toAddressMessengerType": "sms", "textBody": "$esc.jsonString(${input.textBody})"}',
      headers: JSON_HEADERS,
      translationMap: { messageId: "$.id" },
      successTemplate: '{"messageId": ${messageId}}',
    },
    "create-callback": {
      name: names["create-callback"],
      contract: contract("create-callback"),
      requestType: "POST",
      requestUrlTemplate: "/api/v2/conversations/callbacks",
      requestTemplate:
        '{"queueId": "$esc.jsonString(${input.queueId})", "callbackNumbers": ["$esc.jsonString(${input.callbackNumber})"], "callbackScheduledTime": "$esc.jsonString(${input.callbackScheduledTime})", "data": {"originalConversationId": "$esc.jsonString(${input.conversationId})"}}',
      headers: JSON_HEADERS,
      translationMap: { callbackConversationId: "$.conversation.id" },
      successTemplate: '{"callbackConversationId": ${callbackConversationId}}',
    },
    "tag-conversation": {
      name: names["tag-conversation"],
      contract: contract("tag-conversation"),
      requestType: "PUT",
      requestUrlTemplate: "/api/v2/conversations/$esc.url(${input.conversationId})/tags",
      requestTemplate: '{"externalTag": "$esc.jsonString(${input.externalTag})"}',
      headers: JSON_HEADERS,
      // The API answers 202 with a bare string. No translation map reads it and the success
      // template is a constant, so the resolved response {} meets the empty output contract
      // whatever the body is: success means the tag was set (Resource Center "Response
      // configuration for data actions", https://help.mypurecloud.com/articles/response-configuration-data-actions/).
      successTemplate: "{}",
    },
  };
}

/** The chat-room notification, posted to the webhook URL (a secret: the URL is the credential). */
export function notifyActionSpec(
  name: pulumi.Input<string>,
  webhookUrl: pulumi.Input<string>,
): DataActionSpec {
  return {
    name,
    contract: contract(NOTIFY_ACTION_KEY),
    requestType: "POST",
    requestUrlTemplate: pulumi.secret(webhookUrl),
    requestTemplate:
      '{"message": "$esc.jsonString(${input.message})", "metadata": "$esc.jsonString(${input.metadata})"}',
    headers: JSON_HEADERS,
    successTemplate: "{}",
  };
}
