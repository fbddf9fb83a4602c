/**
 * The trigger provider's timing on top of the shared Genesys retry policy
 * (components/genesysApi/retry.ts), and the two API answers only triggers give.
 */
import {
  type CallFailure,
  type RetryBudget as SharedBudget,
  type RetryPolicy,
  DEFAULT_RETRY_POLICY,
} from "../genesysApi/retry";

export {
  type CallFailure,
  type CallOutcome,
  type Clock,
  backoffMs,
  deadlineError,
  describeFailure,
  isTransient,
  retryAfterMs,
  startBudget,
  systemClock,
  waitBeforeRetry,
} from "../genesysApi/retry";

/** How long operations may take and how they back off. */
export interface TriggerTiming extends RetryPolicy {
  /** How long create keeps retrying the 400 "target workflow not visible yet" (a just-published workflow). */
  readonly createRetryWindowMs: number;
}

export const DEFAULT_TRIGGER_TIMING: TriggerTiming = {
  ...DEFAULT_RETRY_POLICY,
  createRetryWindowMs: 2 * 60_000,
};

export type RetryBudget = SharedBudget<TriggerTiming>;

/** The API's two ways of saying "your `version` is stale" (as the Terraform provider checks). */
export function isVersionConflict(failure: CallFailure): boolean {
  if (failure.kind !== "http") return false;
  return (
    failure.status === 409 ||
    (failure.status === 400 && /does not match the current version/i.test(failure.message))
  );
}

/**
 * The one 400 worth retrying on create: the target workflow is not visible to the triggers API
 * yet, as right after Archy publishes it. Every other 400 (a bad topic, JSONPath or operator) is
 * final. The Terraform provider retries every 400 (`RetryWhen(IsStatus400, ...)` in
 * resource_genesyscloud_processautomation_trigger.go), so Genesys' exact wording is not
 * documented: this matches a 400 that names the workflow id, or one that says a target, flow or
 * workflow is missing. Verify the wording on a real org (docs/operations.md).
 */
export function isTargetNotVisible(failure: CallFailure, workflowId: string): boolean {
  if (failure.kind !== "http" || failure.status !== 400) return false;
  if (workflowId !== "" && failure.message.includes(workflowId)) return true;
  return TARGET_NOT_VISIBLE.test(failure.message);
}

const TARGET_NOT_VISIBLE =
  /\b(target|flow|workflow)\b[^.]*\b(not (found|exist|published|available|visible)|does not exist|doesn't exist|unknown|invalid id)\b/i;
