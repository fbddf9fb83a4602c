// The negative-sentiment callback pipeline under the Pulumi mock runtime: exact integrations,
// actions, role, OAuth client, workflow substitutions and trigger, for the three ways of naming the
// queue and wrap-up code, with and without the chat webhook and with a bring-your-own client.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { parse } from "yaml";
import { ARCHITECT_DIR, variantLineNumbers } from "../../components/archy/template";
import {
  CHAT_NOTIFICATION_BLOCK,
  WORKFLOW_TEMPLATE,
} from "../../components/negativeSentimentCallback";
import { stableStringify } from "../../components/stableJson";
import {
  installMocks,
  isSecretValue,
  mockLookupId,
  RecordedResource,
  ResourceRecorder,
  revealSecrets,
  settle,
} from "../../tools/mocks";

const PIPELINE = "geo:index:NegativeSentimentCallback";
const TRIGGER = "pulumi-nodejs:dynamic/genesys:ProcessAutomationTrigger";
const ACTION = "genesyscloud:index/integrationAction:IntegrationAction";
const INTEGRATION = "genesyscloud:index/integration:Integration";
const WEBHOOK =
  "https://apps.mypurecloud.com/webhooks/api/v1/webhook/0f8fad5b-d9cb-469f-a165-70867728950e";
const CLIENT_SECRET = "nsctest-client-secret-9c41";
const QUEUE_ID = "6a1b2c3d-0000-4000-8000-000000000001";
const CODE_ID = "7b2c3d4e-0000-4000-8000-000000000002";
const contract = (key: string) =>
  JSON.parse(
    fs.readFileSync(
      path.join(
        __dirname,
        "..",
        "..",
        "architect",
        "negative-sentiment",
        "contracts",
        `${key}.json`,
      ),
      "utf8",
    ),
  );

describe("NegativeSentimentCallback", () => {
  const recorder = new ResourceRecorder();
  const mine = (prefix: string) =>
    recorder.resources.filter((r) => r.name === prefix || r.name.startsWith(`${prefix}-`));
  const one = (type: string, name: string): RecordedResource => recorder.one(type, name);
  const inputs = (type: string, name: string) =>
    revealSecrets(one(type, name).inputs) as Record<string, any>;
  /** The workflow the pipeline publishes: its template (from the command's environment) and rendered YAML. */
  const workflowOf = (prefix: string) => {
    const command = mine(`${prefix}-workflow`).find((r) => r.type === "command:local:Command")!;
    const cmd = revealSecrets(command.inputs) as Record<string, any>;
    return {
      command,
      yaml: cmd.stdin as string,
      flow: parse(cmd.stdin).workflow,
      env: cmd.environment,
    };
  };

  before(async () => {
    await installMocks(recorder, "genesys-event-orchestration", "test");
    const { NegativeSentimentCallback } =
      await import("../../components/negativeSentimentCallback");
    new NegativeSentimentCallback("nsctest", {
      genesysEnvironment: "mypurecloud.com",
      namePrefix: "dev",
      smsNumber: "+13175550199",
      callbackQueue: { id: QUEUE_ID },
      wrapupCode: { create: { name: "dev Negative Sentiment" } },
      sentimentThreshold: -0.25,
      callbackDelayMinutes: 7,
      acknowledgementText: "Sorry about today: we will call you back.",
      chatWebhookUrl: pulumi.secret(WEBHOOK),
    });
    new NegativeSentimentCallback("nsctestnochat", {
      genesysEnvironment: "usw2.pure.cloud",
      namePrefix: "prod",
      smsNumber: "+13175550120",
      callbackQueue: { name: "Supervisor Callbacks" },
      wrapupCode: { name: "Negative Sentiment Review" },
      existingOAuthClient: {
        clientId: "7de3af06-c0b3-4f9b-af45-3a7ec0a5d1a1",
        clientSecret: pulumi.secret(CLIENT_SECRET),
      },
      triggerEventTtlSeconds: 30,
    });
    new NegativeSentimentCallback("nsctestcreate", {
      genesysEnvironment: "mypurecloud.com",
      namePrefix: "qa",
      smsNumber: "+13175550121",
      callbackQueue: { create: { name: "qa Supervisor Callbacks" } },
      wrapupCode: { id: CODE_ID },
      roleDivisionId: "*",
      // Plain on purpose: the component must make it secret itself.
      chatWebhookUrl: WEBHOOK,
    });
    await settle();
  });

  it("parents every child to the pipeline, directly or through its building blocks", () => {
    const root = one(PIPELINE, "nsctest");
    const byUrn = new Map(recorder.resources.map((r) => [r.urn, r]));
    for (const r of mine("nsctest").filter((x) => x !== root)) {
      let ancestor = r.parent;
      while (ancestor && ancestor !== root.urn) ancestor = byUrn.get(ancestor)?.parent;
      assert.equal(ancestor, root.urn, `${r.name} is not under the pipeline`);
    }
    const direct = mine("nsctest")
      .filter((r) => r.parent === root.urn)
      .map((r) => `${r.type}::${r.name}`)
      .sort();
    assert.deepEqual(
      direct,
      [
        "geo:index:ArchyFlow::nsctest-workflow",
        "geo:index:GenesysApiDataActions::nsctest-actions",
        "geo:index:WebServiceDataActions::nsctest-chat",
        "genesyscloud:index/routingWrapupcode:RoutingWrapupcode::nsctest-wrapup-code",
        `${TRIGGER}::nsctest-trigger`,
      ].sort(),
    );
  });

  it("puts the Genesys API actions on a purecloud-data-actions integration whose credential Genesys creates from the new client", () => {
    assert.deepEqual(inputs(INTEGRATION, "nsctest-actions-integration"), {
      integrationType: "purecloud-data-actions",
      intendedState: "ENABLED",
      config: {
        name: "dev Negative Sentiment",
        properties: "{}",
        advanced: "{}",
        credentials: { pureCloudOAuthClient: "nsctest-actions-oauth-client-credential-id" },
        notes: "Managed by Pulumi (genesys-event-orchestration)",
      },
    });
  });

  it("creates a client-credentials OAuth client holding only the pipeline's role, whose secret never reaches the program", () => {
    const client = inputs(
      "genesyscloud:index/oauthClient:OauthClient",
      "nsctest-actions-oauth-client",
    );
    assert.deepEqual(client, {
      name: "dev Negative Sentiment data actions",
      description: "Client of the data actions integration of the same name; managed by Pulumi",
      authorizedGrantType: "CLIENT-CREDENTIALS",
      roles: [{ roleId: "nsctest-actions-role-id" }],
      integrationCredentialName: "dev Negative Sentiment OAuth client",
    });
    assert.deepEqual(
      inputs("genesyscloud:index/oauthClient:OauthClient", "nsctestcreate-actions-oauth-client")
        .roles,
      [{ roleId: "nsctestcreate-actions-role-id", divisionId: "*" }],
    );
    assert.deepEqual(
      mine("nsctest").filter(
        (r) => r.type === "genesyscloud:index/integrationCredential:IntegrationCredential",
      ),
      [],
    );
  });

  it("grants the role exactly the permissions of the four API calls, no more", () => {
    assert.deepEqual(inputs("genesyscloud:index/authRole:AuthRole", "nsctest-actions-role"), {
      name: "dev Negative Sentiment data actions",
      description:
        "Only the permissions of the data actions of this integration; managed by Pulumi",
      permissionPolicies: [
        { domain: "conversation", entityName: "callback", actionSets: ["create"] },
        { domain: "conversation", entityName: "externalTag", actionSets: ["edit"] },
        { domain: "conversation", entityName: "message", actionSets: ["create"] },
        { domain: "recording", entityName: "recording", actionSets: ["view"] },
        { domain: "speechAndTextAnalytics", entityName: "data", actionSets: ["view"] },
      ],
    });
  });

  it("defines every Genesys API action with its contract, request and response exactly", () => {
    const json = { "Content-Type": "application/json" };
    const expected: Record<
      string,
      { name: string; request: Record<string, unknown>; response: Record<string, unknown> }
    > = {
      "get-sentiment": {
        name: "dev Get Conversation Sentiment",
        request: {
          requestType: "GET",
          requestUrlTemplate:
            "/api/v2/speechandtextanalytics/conversations/$esc.url(${input.conversationId})",
          requestTemplate: "${input.rawRequest}",
          headers: {},
        },
        response: {
          successTemplate: "${rawResult}",
          translationMap: {},
          translationMapDefaults: {},
        },
      },
      "send-sms": {
        name: "dev Send Agentless SMS",
        request: {
          requestType: "POST",
          requestUrlTemplate: "/api/v2/conversations/messages/agentless",
          requestTemplate:
            '{"fromAddress": "$esc.jsonString(${input.fromAddress})", "toAddress": "$esc.jsonString(${input.toAddress})", "toAddressMessengerType": "sms", "textBody": "$esc.jsonString(${input.textBody})"}',
          headers: json,
        },
        response: {
          successTemplate: '{"messageId": ${messageId}}',
          translationMap: { messageId: "$.id" },
          translationMapDefaults: {},
        },
      },
      "create-callback": {
        name: "dev Create Scheduled Callback",
        request: {
          requestType: "POST",
          requestUrlTemplate: "/api/v2/conversations/callbacks",
          requestTemplate:
            '{"queueId": "$esc.jsonString(${input.queueId})", "callbackNumbers": ["$esc.jsonString(${input.callbackNumber})"], "callbackScheduledTime": "$esc.jsonString(${input.callbackScheduledTime})", "data": {"originalConversationId": "$esc.jsonString(${input.conversationId})"}}',
          headers: json,
        },
        response: {
          successTemplate: '{"callbackConversationId": ${callbackConversationId}}',
          translationMap: { callbackConversationId: "$.conversation.id" },
          translationMapDefaults: {},
        },
      },
      "tag-conversation": {
        name: "dev Tag Conversation",
        request: {
          requestType: "PUT",
          requestUrlTemplate: "/api/v2/conversations/$esc.url(${input.conversationId})/tags",
          requestTemplate: '{"externalTag": "$esc.jsonString(${input.externalTag})"}',
          headers: json,
        },
        response: { successTemplate: "{}", translationMap: {}, translationMapDefaults: {} },
      },
    };
    for (const [key, want] of Object.entries(expected)) {
      const action = inputs(ACTION, `nsctest-actions-${key}`);
      assert.deepEqual(
        action,
        {
          name: want.name,
          category: "dev Negative Sentiment",
          integrationId: "nsctest-actions-integration-id",
          secure: false,
          contractInput: stableStringify(contract(key).input),
          contractOutput: stableStringify(contract(key).output),
          configRequest: want.request,
          configResponse: want.response,
        },
        key,
      );
      assert.equal(
        one(ACTION, `nsctest-actions-${key}`).parent,
        one("geo:index:GenesysApiDataActions", "nsctest-actions").urn,
      );
    }
  });

  it("posts the chat notification through its own custom-rest-actions integration, with no credential", () => {
    assert.deepEqual(inputs(INTEGRATION, "nsctest-chat-integration"), {
      integrationType: "custom-rest-actions",
      intendedState: "ENABLED",
      config: {
        name: "dev Supervisor Chat",
        properties: "{}",
        advanced: "{}",
        notes: "Managed by Pulumi (genesys-event-orchestration)",
      },
    });
    assert.deepEqual(inputs(ACTION, "nsctest-chat-notify-supervisors"), {
      name: "dev Notify Supervisors",
      category: "dev Supervisor Chat",
      integrationId: "nsctest-chat-integration-id",
      secure: false,
      contractInput: stableStringify(contract("notify-supervisors").input),
      contractOutput: stableStringify(contract("notify-supervisors").output),
      configRequest: {
        requestType: "POST",
        requestUrlTemplate: WEBHOOK,
        requestTemplate:
          '{"message": "$esc.jsonString(${input.message})", "metadata": "$esc.jsonString(${input.metadata})"}',
        headers: { "Content-Type": "application/json" },
      },
      configResponse: { successTemplate: "{}", translationMap: {}, translationMapDefaults: {} },
    });
  });

  it("keeps the webhook URL secret wherever it appears", () => {
    for (const prefix of ["nsctest", "nsctestcreate"]) {
      const action = one(ACTION, `${prefix}-chat-notify-supervisors`);
      assert.ok(isSecretValue(action.inputs.configRequest), prefix);
      assert.equal((revealSecrets(action.inputs) as any).configRequest.requestUrlTemplate, WEBHOOK);
    }
    /** Every string reachable without unwrapping a secret. */
    const plainStrings = (value: unknown): string[] => {
      if (isSecretValue(value)) return [];
      if (typeof value === "string") return [value];
      if (Array.isArray(value)) return value.flatMap(plainStrings);
      if (value && typeof value === "object") return Object.values(value).flatMap(plainStrings);
      return [];
    };
    for (const r of recorder.resources) {
      for (const text of plainStrings(r.inputs))
        assert.ok(
          !text.includes("0f8fad5b-d9cb-469f"),
          `${r.name} holds the webhook URL in plain text`,
        );
    }
  });

  it("publishes the chat workflow with substitutions resolved from the actions, the queue id and the config", () => {
    const { flow, env, yaml } = workflowOf("nsctest");
    assert.equal(env.ARCHY_FLOW_NAME, "dev Negative Sentiment Callback");
    assert.equal(env.ARCHY_FLOW_TYPE, "workflow");
    assert.equal(flow.name, "dev Negative Sentiment Callback");
    const calls = yaml
      .match(/"dev [A-Za-z ]+":\n\s+dataAction:\n\s+"[^"]+"/g)!
      .map((m) => m.replace(/\s+/g, " "));
    assert.deepEqual([...new Set(calls)].sort(), [
      '"dev Negative Sentiment": dataAction: "dev Create Scheduled Callback"',
      '"dev Negative Sentiment": dataAction: "dev Get Conversation Sentiment"',
      '"dev Negative Sentiment": dataAction: "dev Send Agentless SMS"',
      '"dev Negative Sentiment": dataAction: "dev Tag Conversation"',
      '"dev Supervisor Chat": dataAction: "dev Notify Supervisors"',
    ]);
    assert.match(yaml, /lit: "\+13175550199"/);
    assert.match(yaml, new RegExp(`queueId:\\n\\s+lit: "${QUEUE_ID}"`));
    assert.match(yaml, /exp: "Flow\.sentimentScore < -0\.25"/);
    assert.match(yaml, /AddMinutes\(GetCurrentDateTimeUtc\(\), 7\)/);
    assert.match(yaml, /textBody:\n\s+lit: "Sorry about today: we will call you back\."/);
    assert.ok(!yaml.includes("{{"), "every placeholder filled");
  });

  it("without a webhook: no custom-rest-actions integration, and the workflow without the notification", () => {
    assert.deepEqual(
      mine("nsctestnochat")
        .filter((r) => r.type === INTEGRATION)
        .map((r) => inputs(INTEGRATION, r.name).integrationType),
      ["purecloud-data-actions"],
    );
    assert.deepEqual(
      mine("nsctestnochat").filter((r) => r.type === "geo:index:WebServiceDataActions"),
      [],
    );
    const { yaml } = workflowOf("nsctestnochat");
    assert.ok(!yaml.includes("Notify Supervisors") && !yaml.includes("Supervisor Chat"));
    // It is the one template with the chat-notification block left out, line for line.
    const flowInputs = (prefix: string) =>
      recorder.one("geo:index:ArchyFlow", `${prefix}-workflow`).inputs;
    assert.deepEqual(flowInputs("nsctestnochat"), {
      template: WORKFLOW_TEMPLATE,
      omitBlocks: [CHAT_NOTIFICATION_BLOCK],
    });
    assert.deepEqual(flowInputs("nsctest"), { template: WORKFLOW_TEMPLATE, omitBlocks: [] });
    const template = fs
      .readFileSync(path.join(ARCHITECT_DIR, WORKFLOW_TEMPLATE), "utf8")
      .split("\n");
    const kept = variantLineNumbers(template.join("\n"), [CHAT_NOTIFICATION_BLOCK]);
    const published = yaml.split("\n");
    assert.equal(published.length, kept.length);
    published.forEach((line, i) => {
      const source = template[kept[i] - 1];
      const pattern = source
        .split(/\{\{[A-Za-z]+\}\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
      assert.match(
        line,
        new RegExp(`^${pattern.join(".+")}$`),
        `line ${i + 1} is not template line ${kept[i]}`,
      );
    });
    assert.match(yaml, /lit: "no chat notification configured"/);
    assert.match(
      yaml,
      /exp: "Flow\.sentimentScore < 0\.0"/,
      "the default threshold is below zero, never the blueprint's < 1",
    );
    assert.match(yaml, /AddMinutes\(GetCurrentDateTimeUtc\(\), 5\)/);
    assert.match(yaml, /textBody:\n\s+lit: "Thank you for your call today\./);
  });

  it("looks queues and wrap-up codes up by name when named, and uses ids given or created", () => {
    const lookups = recorder.calls
      .map((c) => `${c.token.split(":").pop()}(${String(c.inputs.name)})`)
      .filter((c) => c.startsWith("getRouting"));
    assert.deepEqual(lookups.sort(), [
      "getRoutingQueue(Supervisor Callbacks)",
      "getRoutingWrapupcode(Negative Sentiment Review)",
    ]);
    assert.match(
      workflowOf("nsctestnochat").yaml,
      new RegExp(`queueId:\\n\\s+lit: "${mockLookupId("queue", "Supervisor Callbacks")}"`),
    );
    assert.match(
      workflowOf("nsctestcreate").yaml,
      /queueId:\n\s+lit: "nsctestcreate-callback-queue-id"/,
    );
    assert.deepEqual(
      inputs("genesyscloud:index/routingQueue:RoutingQueue", "nsctestcreate-callback-queue"),
      {
        name: "qa Supervisor Callbacks",
        description:
          "Callbacks to customers whose call scored negative sentiment; managed by Pulumi",
      },
    );
    assert.deepEqual(
      inputs("genesyscloud:index/routingWrapupcode:RoutingWrapupcode", "nsctest-wrapup-code"),
      {
        name: "dev Negative Sentiment",
        description: "Marks a call for the negative-sentiment callback workflow; managed by Pulumi",
      },
    );
    assert.deepEqual(
      mine("nsctestcreate").filter((r) => r.type.includes("routingWrapupcode")),
      [],
    );
  });

  it("triggers the workflow on acw of voice calls with the wrap-up code's id, top-level primitives, a short TTL", () => {
    const cases: Array<[string, string, number, string]> = [
      ["nsctest", "nsctest-wrapup-code-id", 60, "mypurecloud.com"],
      [
        "nsctestnochat",
        mockLookupId("wrapupcode", "Negative Sentiment Review"),
        30,
        "usw2.pure.cloud",
      ],
      ["nsctestcreate", CODE_ID, 60, "mypurecloud.com"],
    ];
    for (const [prefix, codeId, ttl, environment] of cases) {
      const trigger = inputs(TRIGGER, `${prefix}-trigger`);
      const { command } = workflowOf(prefix);
      const { __provider, ...rest } = trigger;
      assert.equal(typeof __provider, "string");
      assert.deepEqual(
        rest,
        {
          genesysEnvironment: environment,
          name: `${prefix === "nsctest" ? "dev" : prefix === "nsctestnochat" ? "prod" : "qa"} Negative sentiment callback on wrap-up`,
          description:
            "Starts the negative-sentiment callback workflow when a voice call is wrapped up with the pipeline's wrap-up code",
          topicName: "v2.detail.events.conversation.{id}.acw",
          enabled: true,
          workflowId: `${command.name}-flow-id`,
          dataFormat: "TopLevelPrimitives",
          matchCriteria: [
            { jsonPath: "mediaType", operator: "Equal", value: "VOICE" },
            { jsonPath: "wrapupCode", operator: "Equal", value: codeId },
          ],
          eventTTLSeconds: ttl,
        },
        prefix,
      );
    }
  });

  it("with a bring-your-own client: its credentials as a secret credential, and no role or client created", () => {
    assert.deepEqual(
      mine("nsctestnochat").filter(
        (r) => r.type.includes("authRole") || r.type.includes("oauthClient"),
      ),
      [],
    );
    const credential = one(
      "genesyscloud:index/integrationCredential:IntegrationCredential",
      "nsctestnochat-actions-credential",
    );
    assert.ok(isSecretValue(credential.inputs.fields));
    assert.deepEqual(revealSecrets(credential.inputs), {
      name: "prod Negative Sentiment OAuth client",
      credentialTypeName: "pureCloudOAuthClient",
      fields: { clientId: "7de3af06-c0b3-4f9b-af45-3a7ec0a5d1a1", clientSecret: CLIENT_SECRET },
    });
    assert.deepEqual(inputs(INTEGRATION, "nsctestnochat-actions-integration").config.credentials, {
      pureCloudOAuthClient: "nsctestnochat-actions-credential-id",
    });
  });
});
