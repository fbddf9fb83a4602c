import { permanentError as sharedPermanentError } from "../genesysApi/retry";
import type { GenesysSession } from "./client";
import {
  type CallFailure,
  type CallOutcome,
  type RetryBudget,
  isTargetNotVisible,
  isTransient,
  isVersionConflict,
  waitBeforeRetry,
} from "./retry";
import { type MatchCriterion, type NormalizedTriggerSpec, triggerRequestBody } from "./validation";

/**
 * The trigger API calls with their retry rules. Every wait is bounded by the operation's
 * RetryBudget; nothing here may duplicate a trigger (create) or resurrect one (update).
 */

/** The API's `Trigger` as the provider reads it. */
export interface ApiTrigger {
  id: string;
  name: string;
  topicName: string;
  version: number;
  enabled?: boolean;
  description?: string;
  target?: { type?: string; id?: string; workflowTargetSettings?: { dataFormat?: string } };
  matchCriteria?: MatchCriterion[];
  eventTTLSeconds?: number;
  delayBySeconds?: number;
}

export interface ApiTriggerListing {
  entities?: ApiTrigger[];
  nextUri?: string;
}

/** Largest page the list endpoint serves; fewer round trips when scanning for a stored create. */
const LIST_PAGE_SIZE = 200;
/** Guards against a cursor that never ends (200 x 500 triggers is far beyond any org). */
const MAX_LIST_PAGES = 500;

/** Retries an idempotent call on 429/5xx/connection errors; returns success or a permanent failure. */
async function callWithRetry<T>(
  session: GenesysSession,
  budget: RetryBudget,
  run: Parameters<GenesysSession["call"]>[0],
): Promise<CallOutcome<T>> {
  for (;;) {
    const outcome = await session.call<T>(run);
    if (outcome.ok || !isTransient(outcome)) return outcome;
    await waitBeforeRetry(budget, outcome);
  }
}

function is404(outcome: CallOutcome<unknown>): boolean {
  return !outcome.ok && outcome.kind === "http" && outcome.status === 404;
}

/** The shared client's one error format, for this operation. */
function permanentError(budget: RetryBudget, failure: CallFailure, hint = ""): Error {
  return sharedPermanentError(budget.what, failure, hint);
}

/** The trigger, or undefined when the API says 404. */
export async function getTrigger(
  session: GenesysSession,
  id: string,
  budget: RetryBudget,
): Promise<ApiTrigger | undefined> {
  const outcome = await callWithRetry<ApiTrigger>(session, budget, (api) =>
    api.getProcessautomationTrigger(id),
  );
  if (outcome.ok) return outcome.value;
  if (is404(outcome)) return undefined;
  throw permanentError(budget, outcome);
}

/**
 * POSTs once per attempt. The 400 "target workflow not visible yet" is retried for
 * `createRetryWindowMs` and 429 after Retry-After, since neither stored anything; any other 400 is
 * final at once. A 5xx or lost connection may have stored
 * the trigger, so before any further POST the existing triggers are searched and a match adopted.
 */
export async function createTrigger(
  session: GenesysSession,
  spec: NormalizedTriggerSpec,
  budget: RetryBudget,
): Promise<ApiTrigger> {
  const body = triggerRequestBody(spec);
  const windowEnd = budget.startedAt + budget.timing.createRetryWindowMs;
  let mayHaveStored = false;
  for (;;) {
    if (mayHaveStored) {
      const existing = await findStoredTrigger(session, spec, budget);
      if (existing) return existing;
    }
    const outcome = await session.call<ApiTrigger>((api) =>
      api.postProcessautomationTriggers(body),
    );
    if (outcome.ok) return outcome.value;
    if (outcome.kind === "network" || (outcome.kind === "http" && outcome.status >= 500)) {
      mayHaveStored = true;
    } else if (isTargetNotVisible(outcome, spec.workflowId)) {
      if (budget.clock.now() >= windowEnd) {
        const seconds = Math.round(budget.timing.createRetryWindowMs / 1000);
        throw permanentError(
          budget,
          outcome,
          `Create was retried for ${seconds}s in case workflow ${spec.workflowId} was just published; check that it is a published workflow`,
        );
      }
    } else if (outcome.kind === "http" && outcome.status === 400) {
      // A bad topic, JSONPath, operator or value: no wait makes it valid, so fail at once.
      throw permanentError(
        budget,
        outcome,
        `Fix the trigger's topicName ("${spec.topicName}") or matchCriteria as the message says`,
      );
    } else if (!isTransient(outcome)) {
      throw permanentError(budget, outcome);
    }
    await waitBeforeRetry(budget, outcome);
  }
}

/** Scans every page of triggers on the topic for one with this name, topic and workflow. */
async function findStoredTrigger(
  session: GenesysSession,
  spec: NormalizedTriggerSpec,
  budget: RetryBudget,
): Promise<ApiTrigger | undefined> {
  const seen = new Set<string>();
  let after: string | undefined;
  for (let page = 0; page < MAX_LIST_PAGES; page++) {
    const opts: Record<string, string | number> = {
      topicName: spec.topicName,
      pageSize: LIST_PAGE_SIZE,
    };
    if (after) opts.after = after;
    const outcome = await callWithRetry<ApiTriggerListing>(session, budget, (api) =>
      api.getProcessautomationTriggers(opts),
    );
    if (!outcome.ok) {
      throw permanentError(
        budget,
        outcome,
        `An earlier POST failed in a way that may have stored the trigger, and listing triggers to find it failed, so nothing more was posted (to avoid a duplicate). Look for a trigger named "${spec.name}" in Genesys before retrying`,
      );
    }
    const match = (outcome.value?.entities ?? []).find(
      (t) =>
        t.name === spec.name && t.topicName === spec.topicName && t.target?.id === spec.workflowId,
    );
    if (match) return match;
    after = cursorOf(outcome.value?.nextUri);
    if (!after || seen.has(after)) return undefined;
    seen.add(after);
  }
  return undefined;
}

/** The `after` cursor in a listing's nextUri, which may be relative or absolute. */
function cursorOf(nextUri: string | undefined): string | undefined {
  if (!nextUri) return undefined;
  return new URL(nextUri, "https://api.invalid").searchParams.get("after") ?? undefined;
}

/**
 * PUTs with the current version, re-reading it after a version conflict or a failed PUT. It never
 * creates: a trigger deleted outside Pulumi is an error, not a reason to POST.
 */
export async function updateTrigger(
  session: GenesysSession,
  id: string,
  spec: NormalizedTriggerSpec,
  budget: RetryBudget,
): Promise<ApiTrigger> {
  const body = triggerRequestBody(spec);
  const gone = () =>
    new Error(
      `${budget.what}: the trigger no longer exists in Genesys (HTTP 404); update never recreates it. Run pulumi refresh to drop it from state, then pulumi up to create it again.`,
    );
  for (;;) {
    const current = await getTrigger(session, id, budget);
    if (!current) throw gone();
    if (current.topicName !== spec.topicName) {
      throw new Error(
        `${budget.what}: the trigger's topicName is "${current.topicName}" and cannot be changed in place; a topicName change must replace the trigger.`,
      );
    }
    const outcome = await session.call<ApiTrigger>((api) =>
      api.putProcessautomationTrigger(id, { ...body, version: current.version }),
    );
    if (outcome.ok) return outcome.value;
    if (is404(outcome)) throw gone();
    if (!isVersionConflict(outcome) && !isTransient(outcome)) throw permanentError(budget, outcome);
    await waitBeforeRetry(budget, outcome);
  }
}

/**
 * DELETEs until a GET says 404. A 404 from DELETE counts as gone, but is confirmed like any other
 * answer, because a lost or failed DELETE may or may not have taken effect.
 */
export async function deleteTrigger(
  session: GenesysSession,
  id: string,
  budget: RetryBudget,
): Promise<void> {
  for (;;) {
    const outcome = await session.call<unknown>((api) => api.deleteProcessautomationTrigger(id));
    if (outcome.ok || is404(outcome)) {
      if (!(await getTrigger(session, id, budget))) return;
      await waitBeforeRetry(budget, {
        ok: false,
        kind: "local",
        message: "the trigger was still there after DELETE",
      });
      continue;
    }
    if (!isTransient(outcome)) throw permanentError(budget, outcome);
    await waitBeforeRetry(budget, outcome);
  }
}
