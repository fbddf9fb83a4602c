/**
 * Every Task state of every state machine retries, a bounded number of times. Task states nested in
 * Map (ItemProcessor, or the older Iterator) and Parallel branches are checked too.
 */
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { dig, isIntegerIn, parseJsonDocument, show, validateTypes } from "./support";

export const STATE_MACHINE = "aws:sfn/stateMachine:StateMachine";

/**
 * Most retries a retrier may ask for. Step Functions defaults MaxAttempts to 3 (developer guide,
 * "Error handling"); with the default backoff (1 s, doubling) ten retries already wait up to 1,023 s,
 * three times an Express workflow's 5-minute limit. A failure that outlasts that belongs in a Catch
 * (a dead-letter state), not in more waiting. The busiest Task here (StoreEvent) uses 6.
 */
export const MAX_TASK_RETRY_ATTEMPTS = 10;

type States = Record<string, Record<string, unknown>>;

/** Every Task state as [path, state], the path naming enclosing Map and Parallel states. */
export function taskStates(states: unknown, prefix = ""): [string, Record<string, unknown>][] {
  if (states === null || typeof states !== "object") return [];
  const found: [string, Record<string, unknown>][] = [];
  for (const [name, state] of Object.entries(states as States)) {
    const path = `${prefix}${name}`;
    if (state?.Type === "Task") found.push([path, state]);
    if (state?.Type === "Map") {
      found.push(...taskStates(dig(state, ["ItemProcessor", "States"]), `${path} > `));
      found.push(...taskStates(dig(state, ["Iterator", "States"]), `${path} > `));
    }
    if (state?.Type === "Parallel" && Array.isArray(state.Branches)) {
      state.Branches.forEach((branch, i) =>
        found.push(...taskStates(dig(branch, ["States"]), `${path} > branch ${i} > `)),
      );
    }
  }
  return found;
}

const RETRY_FIX = `Fix: give the Task a Retry for its transient errors, e.g. [{ ErrorEquals: ["States.TaskFailed"], IntervalSeconds: 1, BackoffRate: 2, MaxAttempts: 3 }], each entry with MaxAttempts from 0 to ${MAX_TASK_RETRY_ATTEMPTS}, and a Catch for what is left.`;

export const sfnTaskBoundedRetry: ResourceValidationPolicy = {
  name: "sfn-task-bounded-retry",
  description: `Every Step Functions Task state has a Retry whose entries all set MaxAttempts from 0 to ${MAX_TASK_RETRY_ATTEMPTS}, at least one above 0.`,
  enforcementLevel: "mandatory",
  validateResource: validateTypes({
    [STATE_MACHINE]: (props, args, report) => {
      const machine = `Step Functions state machine "${args.name}"`;
      const parsed = parseJsonDocument(props.definition);
      if (!parsed.ok) {
        report(
          `${machine} definition ${parsed.problem}, so its Task states cannot be checked. Fix: pass the definition as Amazon States Language JSON.`,
        );
        return;
      }
      const states = dig(parsed.value, ["States"]);
      if (states === null || typeof states !== "object") {
        report(
          `${machine} definition has no States object, so its Task states cannot be checked. Fix: pass a complete Amazon States Language definition.`,
        );
        return;
      }
      for (const [path, task] of taskStates(states)) {
        const retriers = task.Retry;
        if (!Array.isArray(retriers) || retriers.length === 0) {
          report(
            `${machine} Task "${path}" has no Retry, so one transient error fails it. ${RETRY_FIX}`,
          );
          continue;
        }
        let bounded = true;
        retriers.forEach((retrier, i) => {
          const attempts = dig(retrier, ["MaxAttempts"]);
          if (!isIntegerIn(attempts, 0, MAX_TASK_RETRY_ATTEMPTS)) {
            bounded = false;
            report(
              `${machine} Task "${path}" Retry[${i}].MaxAttempts is ${show(attempts)}; it must be set to an integer from 0 to ${MAX_TASK_RETRY_ATTEMPTS} (Step Functions retries 3 times when it is unset). ${RETRY_FIX}`,
            );
          }
        });
        if (bounded && retriers.every((retrier) => dig(retrier, ["MaxAttempts"]) === 0)) {
          report(
            `${machine} Task "${path}" retries nothing: every Retry entry has MaxAttempts 0. ${RETRY_FIX}`,
          );
        }
      }
    },
  }),
};

export const stepFunctionsPolicies = [sfnTaskBoundedRetry];
