import * as genesyscloud from "@pulumi/genesyscloud";
import * as pulumi from "@pulumi/pulumi";
import { ArchyFlow } from "./archyFlow";
import {
  dataActionsRoleName,
  GenesysApiDataActions,
  OAuthClientCredentials,
} from "./genesysApiDataActions";
import {
  genesysApiActionSpecs,
  NEGATIVE_SENTIMENT_PERMISSIONS,
  NOTIFY_ACTION_KEY,
  notifyActionSpec,
} from "./negativeSentimentActions";
import { ProcessAutomationTrigger } from "./processAutomationTrigger";
import {
  acknowledgementTextProblem,
  DEFAULT_ACKNOWLEDGEMENT_TEXT,
  DEFAULT_CALLBACK_DELAY_MINUTES,
  DEFAULT_SENTIMENT_THRESHOLD,
  DEFAULT_TRIGGER_EVENT_TTL_SECONDS,
  formatThreshold,
  MAX_CALLBACK_DELAY_MINUTES,
  sentimentThresholdProblem,
} from "./negativeSentimentRules";
import { WebServiceDataActions } from "./webServiceDataActions";
import { genesysNameProblem } from "./genesysNames";
import { isTriggerEventTtl, TRIGGER_EVENT_TTL_MIN_SECONDS } from "./trigger/validation";
import { E164_RULE, isE164 } from "../lambdas/shared/phone";

export * from "./negativeSentimentRules";

/** The Genesys topic that fires when an agent's after-call work on a conversation ends. */
export const ACW_TOPIC = "v2.detail.events.conversation.{id}.acw";

/** The workflow template, under architect/. */
export const WORKFLOW_TEMPLATE = "negative-sentiment/workflow.yaml";
/** The template's optional block that calls the chat action; left out when no webhook is configured. */
export const CHAT_NOTIFICATION_BLOCK = "chat-notification";

/** Optional blocks of the workflow template to leave out: the chat notification, without a webhook. */
export function workflowOmitBlocks(hasChatWebhook: boolean): string[] {
  return hasChatWebhook ? [] : [CHAT_NOTIFICATION_BLOCK];
}

/** A Genesys object: an existing one by id, one looked up by name at deploy time, or one created here. */
export type GenesysObjectRef =
  | { readonly id: pulumi.Input<string> }
  | { readonly name: pulumi.Input<string> }
  | { readonly create: { readonly name: pulumi.Input<string> } };

export interface NegativeSentimentCallbackArgs {
  /** Genesys Cloud environment domain, e.g. "mypurecloud.com"; Archy and the trigger API use it. */
  readonly genesysEnvironment: pulumi.Input<string>;
  /** Prefix of every Genesys object name, so stacks sharing an org do not collide. */
  readonly namePrefix: string;
  /** E.164 number the acknowledgement SMS is sent from; the org must own it for SMS. */
  readonly smsNumber: string;
  /** The queue scheduled callbacks are routed to (staffed by supervisors or team leads). */
  readonly callbackQueue: GenesysObjectRef;
  /** The wrap-up code that marks a call for the pipeline; the trigger matches its id. */
  readonly wrapupCode: GenesysObjectRef;
  /** A call is negative when its score (API scale -1..1) is below this. @default 0: any score below neutral */
  readonly sentimentThreshold?: number;
  /** Minutes from the workflow's run to the scheduled callback, 0–1440. @default 5 */
  readonly callbackDelayMinutes?: number;
  /** The SMS text the customer receives; one line, no double quote or backslash. @default DEFAULT_ACKNOWLEDGEMENT_TEXT */
  readonly acknowledgementText?: string;
  /** Genesys chat-room webhook URL, passed on as a secret. @default no chat integration and no notification */
  readonly chatWebhookUrl?: pulumi.Input<string>;
  /** An OAuth client managed elsewhere for the data actions. @default a client-credentials client created with only the actions' permissions */
  readonly existingOAuthClient?: OAuthClientCredentials;
  /** Division the created client's role is granted in, "*" for all. @default the home division */
  readonly roleDivisionId?: pulumi.Input<string>;
  /** Seconds after which Genesys drops an undelivered acw event (at least 10). @default 60 */
  readonly triggerEventTtlSeconds?: number;
  /** Path of the Archy executable. @default "archy", found on PATH */
  readonly archyPath?: pulumi.Input<string>;
}

/** Throws naming the field unless the plain args are usable; Outputs are checked where they resolve. */
export function validateNegativeSentimentArgs(args: NegativeSentimentCallbackArgs): void {
  const fail = (field: string, value: unknown, problem: string, fix: string): never => {
    throw new Error(
      `NegativeSentimentCallback.${field}: ${JSON.stringify(value)} ${problem}; fix: ${fix}`,
    );
  };
  if (!isE164(args.smsNumber))
    fail(
      "smsNumber",
      args.smsNumber,
      "is not an E.164 number",
      `use ${E164_RULE}, e.g. +13175550199`,
    );
  const threshold = args.sentimentThreshold ?? DEFAULT_SENTIMENT_THRESHOLD;
  const thresholdProblem = sentimentThresholdProblem(threshold);
  if (thresholdProblem)
    fail(
      "sentimentThreshold",
      threshold,
      thresholdProblem,
      "use e.g. 0 or -0.25 (the API's scale; Genesys shows it times 100)",
    );
  const delay = args.callbackDelayMinutes ?? DEFAULT_CALLBACK_DELAY_MINUTES;
  if (!Number.isInteger(delay) || delay < 0 || delay > MAX_CALLBACK_DELAY_MINUTES) {
    fail(
      "callbackDelayMinutes",
      delay,
      `is not a whole number from 0 to ${MAX_CALLBACK_DELAY_MINUTES}`,
      "use minutes from 0 (now) to 1440 (a day)",
    );
  }
  const text = args.acknowledgementText ?? DEFAULT_ACKNOWLEDGEMENT_TEXT;
  const textProblem = acknowledgementTextProblem(text);
  if (textProblem)
    fail("acknowledgementText", text, textProblem, "write one line without those characters");
  const ttl = args.triggerEventTtlSeconds ?? DEFAULT_TRIGGER_EVENT_TTL_SECONDS;
  if (!isTriggerEventTtl(ttl))
    fail(
      "triggerEventTtlSeconds",
      ttl,
      `is not a whole number of at least ${TRIGGER_EVENT_TTL_MIN_SECONDS}`,
      `use ${TRIGGER_EVENT_TTL_MIN_SECONDS} or more seconds (the Genesys minimum)`,
    );
  for (const field of ["callbackQueue", "wrapupCode"] as const) {
    const ref = args[field] as unknown as Record<string, unknown>;
    const given = ["id", "name", "create"].filter((k) => ref?.[k] !== undefined);
    if (given.length !== 1)
      fail(
        field,
        Object.keys(ref ?? {}),
        "must set exactly one of id, name, create",
        "pass { id }, { name } or { create: { name } }",
      );
    for (const [key, value] of [
      ["id", ref.id],
      ["name", ref.name],
      ["create.name", (ref.create as { name?: unknown } | undefined)?.name],
    ] as const) {
      const problem = typeof value === "string" ? genesysNameProblem(value) : undefined;
      if (problem) fail(`${field}.${key}`, value, problem, "name the Genesys object");
    }
  }
}

/** The category, integration and role-name stem of the pipeline's data actions. */
export function negativeSentimentCategory(namePrefix: string): string {
  return `${namePrefix} Negative Sentiment`;
}

/** The role the pipeline creates for its OAuth client (without an existing client). */
export function negativeSentimentRoleName(namePrefix: string): string {
  return dataActionsRoleName(negativeSentimentCategory(namePrefix));
}

/**
 * Calls back customers whose voice call scored negative sentiment: Genesys API data actions (with
 * their own least-privilege OAuth client), an optional chat-room webhook action, a workflow that
 * waits for the call's sentiment and, when it is below the threshold, acknowledges the customer by
 * SMS, schedules a callback on the supervisors' queue, tags the conversation and notifies the
 * supervisors; and a trigger on acw events of voice calls with the pipeline's wrap-up code.
 */
export class NegativeSentimentCallback extends pulumi.ComponentResource {
  public readonly dataActions: GenesysApiDataActions;
  /** Undefined when no chat webhook is configured. */
  public readonly chatActions: WebServiceDataActions | undefined;
  /** Undefined unless the stack creates the queue. */
  public readonly callbackQueue: genesyscloud.RoutingQueue | undefined;
  /** Undefined unless the stack creates the wrap-up code. */
  public readonly wrapupCode: genesyscloud.RoutingWrapupcode | undefined;
  public readonly callbackQueueId: pulumi.Output<string>;
  public readonly wrapupCodeId: pulumi.Output<string>;
  public readonly workflow: ArchyFlow;
  public readonly trigger: ProcessAutomationTrigger;

  constructor(
    name: string,
    args: NegativeSentimentCallbackArgs,
    opts?: pulumi.ComponentResourceOptions,
  ) {
    // Checked before anything registers, so bad args leave no half-built component behind.
    validateNegativeSentimentArgs(args);
    super("geo:index:NegativeSentimentCallback", name, {}, opts);
    const prefix = args.namePrefix;

    if ("create" in args.callbackQueue) {
      this.callbackQueue = new genesyscloud.RoutingQueue(
        `${name}-callback-queue`,
        {
          name: args.callbackQueue.create.name,
          description:
            "Callbacks to customers whose call scored negative sentiment; managed by Pulumi",
        },
        { parent: this },
      );
    }
    this.callbackQueueId = this.resolveId(
      args.callbackQueue,
      this.callbackQueue,
      (queueName) => genesyscloud.getRoutingQueueOutput({ name: queueName }, { parent: this }).id,
    );

    if ("create" in args.wrapupCode) {
      this.wrapupCode = new genesyscloud.RoutingWrapupcode(
        `${name}-wrapup-code`,
        {
          name: args.wrapupCode.create.name,
          description:
            "Marks a call for the negative-sentiment callback workflow; managed by Pulumi",
        },
        { parent: this },
      );
    }
    this.wrapupCodeId = this.resolveId(
      args.wrapupCode,
      this.wrapupCode,
      (codeName) =>
        genesyscloud.getRoutingWrapupcodeOutput({ name: codeName }, { parent: this }).id,
    );

    const category = negativeSentimentCategory(prefix);
    this.dataActions = new GenesysApiDataActions(
      `${name}-actions`,
      {
        integrationName: category,
        actions: genesysApiActionSpecs({
          "get-sentiment": `${prefix} Get Conversation Sentiment`,
          "send-sms": `${prefix} Send Agentless SMS`,
          "create-callback": `${prefix} Create Scheduled Callback`,
          "tag-conversation": `${prefix} Tag Conversation`,
        }),
        permissionPolicies: NEGATIVE_SENTIMENT_PERMISSIONS,
        roleDivisionId: args.roleDivisionId,
        existingClient: args.existingOAuthClient,
      },
      { parent: this },
    );
    const actions = this.dataActions.actions;

    if (args.chatWebhookUrl !== undefined) {
      this.chatActions = new WebServiceDataActions(
        `${name}-chat`,
        {
          integrationName: `${prefix} Supervisor Chat`,
          actions: {
            [NOTIFY_ACTION_KEY]: notifyActionSpec(
              `${prefix} Notify Supervisors`,
              args.chatWebhookUrl,
            ),
          },
        },
        { parent: this },
      );
    }

    const substitutions: Record<string, pulumi.Input<string>> = {
      actionCategory: this.dataActions.category,
      getSentimentAction: actions["get-sentiment"].name,
      sendSmsAction: actions["send-sms"].name,
      createCallbackAction: actions["create-callback"].name,
      tagConversationAction: actions["tag-conversation"].name,
      smsNumber: args.smsNumber,
      callbackQueueId: this.callbackQueueId,
      sentimentThreshold: formatThreshold(args.sentimentThreshold ?? DEFAULT_SENTIMENT_THRESHOLD),
      callbackDelayMinutes: String(args.callbackDelayMinutes ?? DEFAULT_CALLBACK_DELAY_MINUTES),
      acknowledgementText: args.acknowledgementText ?? DEFAULT_ACKNOWLEDGEMENT_TEXT,
    };
    const actionResources: pulumi.Resource[] = Object.values(actions);
    if (this.chatActions) {
      substitutions.notifyCategory = this.chatActions.category;
      substitutions.notifySupervisorsAction = this.chatActions.actions[NOTIFY_ACTION_KEY].name;
      actionResources.push(...Object.values(this.chatActions.actions));
    }

    // Archy resolves data actions by category and name when it publishes, so they must exist first.
    this.workflow = new ArchyFlow(
      `${name}-workflow`,
      {
        template: WORKFLOW_TEMPLATE,
        // Archy refuses a flow that calls a data action that does not exist, so without a webhook
        // the call is left out of the flow rather than skipped at run time.
        omitBlocks: workflowOmitBlocks(this.chatActions !== undefined),
        flowName: `${prefix} Negative Sentiment Callback`,
        substitutions,
        genesysEnvironment: args.genesysEnvironment,
        archyPath: args.archyPath,
      },
      { parent: this, dependsOn: actionResources },
    );

    this.trigger = new ProcessAutomationTrigger(
      `${name}-trigger`,
      {
        genesysEnvironment: args.genesysEnvironment,
        name: `${prefix} Negative sentiment callback on wrap-up`,
        description:
          "Starts the negative-sentiment callback workflow when a voice call is wrapped up with the pipeline's wrap-up code",
        topicName: ACW_TOPIC,
        enabled: true,
        workflowId: this.workflow.flowId,
        dataFormat: "TopLevelPrimitives",
        matchCriteria: [
          { jsonPath: "mediaType", operator: "Equal", value: "VOICE" },
          { jsonPath: "wrapupCode", operator: "Equal", value: this.wrapupCodeId },
        ],
        eventTTLSeconds: args.triggerEventTtlSeconds ?? DEFAULT_TRIGGER_EVENT_TTL_SECONDS,
      },
      { parent: this },
    );

    this.registerOutputs({
      callbackQueueId: this.callbackQueueId,
      wrapupCodeId: this.wrapupCodeId,
      workflowId: this.workflow.flowId,
      triggerId: this.trigger.triggerId,
    });
  }

  private resolveId(
    ref: GenesysObjectRef,
    created: pulumi.CustomResource | undefined,
    lookUp: (name: pulumi.Input<string>) => pulumi.Output<string>,
  ): pulumi.Output<string> {
    if (created) return created.id;
    if ("id" in ref) return pulumi.output(ref.id);
    return lookUp((ref as { name: pulumi.Input<string> }).name);
  }
}
