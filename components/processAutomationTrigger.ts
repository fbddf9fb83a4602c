import * as pulumi from "@pulumi/pulumi";
import { triggerProvider } from "./trigger/provider";
import {
  type MatchCriterion,
  type TriggerDataFormat,
  normalizeMatchCriteria,
  triggerInputProblems,
} from "./trigger/validation";

export type { MatchCriterion, TriggerOperator, TriggerDataFormat } from "./trigger/validation";
export {
  TRIGGER_OPERATORS,
  triggerInputProblems,
  validateTriggerInputs,
} from "./trigger/validation";

/** Arguments of a Genesys Cloud process-automation (event) trigger. */
export interface ProcessAutomationTriggerArgs {
  /** Genesys Cloud environment domain of the org, e.g. "mypurecloud.com" or "usw2.pure.cloud". */
  readonly genesysEnvironment: pulumi.Input<string>;
  /** Trigger name, 1 to 256 characters; with topicName and workflowId it identifies a trigger after an ambiguous create. */
  readonly name: pulumi.Input<string>;
  /** Free text shown in Genesys, at most 512 characters. @default no description */
  readonly description?: pulumi.Input<string>;
  /** Topic that fires the trigger, e.g. "v2.detail.events.conversation.{id}.customer.end"; changing it replaces the trigger. */
  readonly topicName: pulumi.Input<string>;
  /** Whether the trigger fires. @default true: the trigger fires as soon as it is created */
  readonly enabled?: pulumi.Input<boolean>;
  /** Id of the published Architect workflow to start. */
  readonly workflowId: pulumi.Input<string>;
  /** How the event reaches the workflow. @default "TopLevelPrimitives": top-level strings, numbers and booleans become same-named Flow inputs */
  readonly dataFormat?: pulumi.Input<TriggerDataFormat>;
  /** Conditions on the event body, all of which must hold. @default none: every event on the topic fires the trigger */
  readonly matchCriteria?: pulumi.Input<MatchCriterion[]>;
  /** Integer of at least 10; older events are dropped. Exclusive with delayBySeconds. @default events never expire */
  readonly eventTTLSeconds?: pulumi.Input<number>;
  /** Integer from 60 to 900 to delay each workflow start by. Exclusive with eventTTLSeconds. @default no delay */
  readonly delayBySeconds?: pulumi.Input<number>;
}

/**
 * A process-automation trigger that starts a workflow when a Genesys event matches, managed by a
 * dynamic provider over the official SDK. Credentials come from GENESYSCLOUD_OAUTHCLIENT_ID and
 * GENESYSCLOUD_OAUTHCLIENT_SECRET in the environment of the pulumi process, never from inputs.
 */
export class ProcessAutomationTrigger extends pulumi.dynamic.Resource {
  // `declare`: a class field would be initialised after super() and wipe the output (ES2022 fields).
  /** Id Genesys assigned to the trigger. */
  declare public readonly triggerId: pulumi.Output<string>;
  /** The trigger's current version, which every update must send back. */
  declare public readonly version: pulumi.Output<number>;

  /**
   * @param name Logical name of the resource.
   * @param args The trigger's settings; plain values are validated here, before anything is registered.
   * @param opts Resource options.
   */
  constructor(
    name: string,
    args: ProcessAutomationTriggerArgs,
    opts?: pulumi.CustomResourceOptions,
  ) {
    const raw: Record<string, unknown> = { ...args };
    // Plain values fail now, with the constructor in the stack trace; Outputs are checked once resolved.
    throwProblems(triggerInputProblems(raw, isPending));
    const checked = (field: keyof ProcessAutomationTriggerArgs) => {
      const value = args[field];
      if (value === undefined || !containsPending(value)) return value;
      return pulumi.output(value).apply((resolved) => {
        // The plain values passed above, so any problem now is this field's (alone or with another).
        throwProblems(triggerInputProblems({ ...raw, [field]: resolved }, isPending));
        return field === "matchCriteria" && resolved !== undefined
          ? normalizeMatchCriteria(resolved as MatchCriterion[])
          : resolved;
      });
    };
    const matchCriteria =
      args.matchCriteria !== undefined && !containsPending(args.matchCriteria)
        ? normalizeMatchCriteria(args.matchCriteria as MatchCriterion[])
        : checked("matchCriteria");
    super(
      triggerProvider,
      name,
      {
        genesysEnvironment: checked("genesysEnvironment"),
        name: checked("name"),
        description: checked("description"),
        topicName: checked("topicName"),
        enabled: args.enabled === undefined ? true : checked("enabled"),
        workflowId: checked("workflowId"),
        dataFormat: args.dataFormat === undefined ? "TopLevelPrimitives" : checked("dataFormat"),
        matchCriteria,
        eventTTLSeconds: checked("eventTTLSeconds"),
        delayBySeconds: checked("delayBySeconds"),
        triggerId: undefined,
        version: undefined,
      },
      opts,
      "genesys",
      "ProcessAutomationTrigger",
    );
  }
}

function throwProblems(problems: { message: string }[]): void {
  if (problems.length > 0)
    throw new Error(`ProcessAutomationTrigger: ${problems.map((p) => p.message).join("\n")}`);
}

/** An Output or Promise: a value the constructor cannot see yet. */
function isPending(value: unknown): boolean {
  return pulumi.Output.isInstance(value) || value instanceof Promise;
}

/** True when the value or anything inside it (criteria values) is not yet resolved. */
function containsPending(value: unknown): boolean {
  if (isPending(value)) return true;
  if (Array.isArray(value)) return value.some(containsPending);
  if (value !== null && typeof value === "object")
    return Object.values(value).some(containsPending);
  return false;
}
