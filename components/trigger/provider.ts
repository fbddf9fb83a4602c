import type * as pulumi from "@pulumi/pulumi";
import { stableStringify } from "../stableJson";
import { openSession } from "./client";
import {
  type ApiTrigger,
  createTrigger,
  deleteTrigger,
  getTrigger,
  updateTrigger,
} from "./operations";
import {
  type Clock,
  type TriggerTiming,
  DEFAULT_TRIGGER_TIMING,
  startBudget,
  systemClock,
} from "./retry";
import {
  type MatchCriterion,
  type NormalizedTriggerSpec,
  type TriggerSpec,
  normalizeMatchCriteria,
  normalizeTriggerSpec,
  triggerInputProblems,
  validateTriggerInputs,
} from "./validation";

/**
 * The dynamic provider behind `ProcessAutomationTrigger`: CRUD over
 * /api/v2/processautomation/triggers with the official SDK. Pulumi serializes this object into
 * state and runs it in another process, so nothing here captures credentials, SDK modules or
 * Maps; credentials come from process.env when a method runs.
 */

/** State of a trigger: the normalized inputs plus what Genesys assigned. */
export interface TriggerOutputs extends NormalizedTriggerSpec {
  triggerId: string;
  version: number;
}

export interface TriggerProviderOptions {
  /** Overrides of the deadline and backoff; tests shorten them. @default DEFAULT_TRIGGER_TIMING */
  readonly timing?: Partial<TriggerTiming>;
  /** Time source and sleep; tests pass a virtual clock. @default the system clock */
  readonly clock?: Clock;
}

/** Pulumi's marker for a value not known during preview (`runtime/rpc.ts` `unknownValue`). */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

const SPEC_FIELDS = [
  "genesysEnvironment",
  "name",
  "description",
  "topicName",
  "enabled",
  "workflowId",
  "dataFormat",
  "matchCriteria",
  "eventTTLSeconds",
  "delayBySeconds",
] as const;

/**
 * Fields the API cannot change in place: topicName cannot be updated (UpdateTriggerRequest
 * requires it to equal the existing one), and another environment is another org.
 */
const REPLACE_FIELDS: readonly string[] = ["topicName", "genesysEnvironment"];

/** Builds a provider; the resource uses `triggerProvider`, tests pass shorter timing and a virtual clock. */
export function createTriggerProvider(
  options: TriggerProviderOptions = {},
): pulumi.dynamic.ResourceProvider {
  const settings = () => ({
    timing: { ...DEFAULT_TRIGGER_TIMING, ...(options.timing ?? {}) },
    clock: options.clock ?? systemClock(),
  });

  return {
    async check(_olds: Record<string, unknown>, news: Record<string, unknown>) {
      const problems = triggerInputProblems(news, (v) => v === UNKNOWN);
      if (problems.length > 0) {
        return {
          inputs: news,
          failures: problems.map((p) => ({ property: p.field, reason: p.message })),
        };
      }
      return { inputs: comparableInputs(news) };
    },

    async diff(_id: string, olds: Record<string, unknown>, news: Record<string, unknown>) {
      const before = comparableInputs(olds);
      const after = comparableInputs(news);
      const changed = SPEC_FIELDS.filter(
        (f) => stableStringify(before[f] ?? null) !== stableStringify(after[f] ?? null),
      );
      const replaces = changed.filter((f) => REPLACE_FIELDS.includes(f));
      // Delete before replace: Genesys triggers are stateless and fire independently, so while an
      // old and a new trigger coexist a matching event can run the workflow twice (the participant-attributes
      // blueprint's taint-and-reapply left duplicates). A short gap with no trigger is the lesser harm.
      return { changes: changed.length > 0, replaces, deleteBeforeReplace: replaces.length > 0 };
    },

    async create(inputs: Record<string, unknown>) {
      const spec = specFromInputs(inputs);
      const { timing, clock } = settings();
      const budget = startBudget(`create ProcessAutomationTrigger "${spec.name}"`, timing, clock);
      const session = await openSession(spec.genesysEnvironment, process.env, budget);
      const trigger = await createTrigger(session, spec, budget);
      return { id: trigger.id, outs: outputsFor(spec, trigger) };
    },

    async read(id: string, props?: Record<string, unknown>) {
      const environment = environmentOf(props, id);
      const { timing, clock } = settings();
      const budget = startBudget(`read ProcessAutomationTrigger ${id}`, timing, clock);
      const session = await openSession(environment, process.env, budget);
      const found = await getTrigger(session, id, budget);
      // An empty id tells the engine the trigger is gone, so refresh drops it from state.
      if (!found) return { id: "", props: {} };
      return { id, props: outputsFromApi(found, environment) };
    },

    async update(id: string, _olds: Record<string, unknown>, news: Record<string, unknown>) {
      const spec = specFromInputs(news);
      const { timing, clock } = settings();
      const budget = startBudget(
        `update ProcessAutomationTrigger "${spec.name}" (${id})`,
        timing,
        clock,
      );
      const session = await openSession(spec.genesysEnvironment, process.env, budget);
      const trigger = await updateTrigger(session, id, spec, budget);
      return { outs: outputsFor(spec, trigger) };
    },

    async delete(id: string, props: Record<string, unknown>) {
      const environment = environmentOf(props, id);
      const { timing, clock } = settings();
      const budget = startBudget(`delete ProcessAutomationTrigger ${id}`, timing, clock);
      const session = await openSession(environment, process.env, budget);
      await deleteTrigger(session, id, budget);
    },
  };
}

/** The provider every `ProcessAutomationTrigger` uses. */
export const triggerProvider = createTriggerProvider();

/** Validates (throwing before any call) and normalizes the spec fields of raw inputs. */
function specFromInputs(inputs: Record<string, unknown>): NormalizedTriggerSpec {
  validateTriggerInputs(inputs);
  const spec: Record<string, unknown> = {};
  for (const field of SPEC_FIELDS)
    if (inputs[field] !== undefined && inputs[field] !== null) spec[field] = inputs[field];
  return normalizeTriggerSpec(spec as unknown as TriggerSpec);
}

/**
 * The spec fields with defaults applied and criteria canonical, so equal triggers compare equal
 * whatever the key order; values not yet known pass through untouched.
 */
function comparableInputs(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of SPEC_FIELDS)
    if (values[field] !== undefined && values[field] !== null) out[field] = values[field];
  out.enabled ??= true;
  out.dataFormat ??= "TopLevelPrimitives";
  out.matchCriteria ??= [];
  const criteria = out.matchCriteria;
  if (
    Array.isArray(criteria) &&
    criteria.every((c) => c !== null && typeof c === "object" && !Array.isArray(c))
  ) {
    out.matchCriteria = normalizeMatchCriteria(criteria as MatchCriterion[]);
  }
  return out;
}

function environmentOf(props: Record<string, unknown> | undefined, id: string): string {
  const environment = props?.genesysEnvironment;
  if (typeof environment !== "string" || environment === "") {
    throw new Error(
      `ProcessAutomationTrigger ${id}: state has no genesysEnvironment; run pulumi refresh after fixing the program.`,
    );
  }
  return environment;
}

function outputsFor(spec: NormalizedTriggerSpec, trigger: ApiTrigger): TriggerOutputs {
  return { ...spec, triggerId: trigger.id, version: trigger.version };
}

function outputsFromApi(t: ApiTrigger, environment: string): TriggerOutputs {
  const outputs: TriggerOutputs = {
    ...normalizeTriggerSpec({
      genesysEnvironment: environment,
      name: t.name,
      topicName: t.topicName,
      enabled: t.enabled,
      workflowId: t.target?.id ?? "",
      dataFormat: t.target?.workflowTargetSettings?.dataFormat as
        NormalizedTriggerSpec["dataFormat"] | undefined,
      matchCriteria: t.matchCriteria,
      ...(t.description !== undefined && t.description !== null
        ? { description: t.description }
        : {}),
      ...(t.eventTTLSeconds !== undefined && t.eventTTLSeconds !== null
        ? { eventTTLSeconds: t.eventTTLSeconds }
        : {}),
      ...(t.delayBySeconds !== undefined && t.delayBySeconds !== null
        ? { delayBySeconds: t.delayBySeconds }
        : {}),
    }),
    triggerId: t.id,
    version: t.version,
  };
  return outputs;
}
