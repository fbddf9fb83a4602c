/**
 * Checks of a state machine definition that asl-validator 4 does not make (it accepts, for example,
 * `["States.ALL", "X"]`; toolchain-notes.md), in two groups:
 * - `awsDefinitionProblems`: rules Step Functions applies when the definition is created or run
 *   (Amazon States Language spec, Step Functions developer guide: amazon-states-language-errors.md,
 *   concepts-standard-vs-express.md, limits-overview.md).
 * - `pipelineDefinitionProblems`: this project's rules for a high-volume pipeline.
 * Both return one message per problem, naming the state; an empty list means none.
 */
import type { WorkflowType } from "./stateMachine";

/** Error names the States language predefines; any other "States." name is not an error Step Functions raises. */
export const PREDEFINED_ERRORS: readonly string[] = [
  "States.ALL",
  "States.HeartbeatTimeout",
  "States.Timeout",
  "States.TaskFailed",
  "States.Permissions",
  "States.ResultPathMatchFailure",
  "States.ParameterPathFailure",
  "States.QueryEvaluationError",
  "States.BranchFailed",
  "States.NoChoiceMatched",
  "States.IntrinsicFailure",
  "States.ExceedToleratedFailureThreshold",
  "States.ItemReaderFailed",
  "States.ResultWriterFailed",
  "States.Runtime",
  "States.DataLimitExceeded",
];

/** Step Functions' bounds on retrier fields (Retry in amazon-states-language-errors.md and the API's limits). */
const MAX_INTERVAL_SECONDS = 99999999;
const MAX_ATTEMPTS = 99999999;
const MAX_DELAY_SECONDS = 31622400;
/** An Express execution ends after 5 minutes (limits-overview.md). */
export const EXPRESS_MAX_EXECUTION_SECONDS = 300;

interface StateEntry {
  readonly name: string;
  readonly state: Record<string, unknown>;
  /** The States object holding it, for following Next and Catch within the same scope. */
  readonly scope: Record<string, Record<string, unknown>>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every state at every depth (Map ItemProcessor/Iterator, Parallel Branches). */
export function allStates(definition: unknown): StateEntry[] {
  const found: StateEntry[] = [];
  const visit = (machine: unknown) => {
    if (!isObject(machine) || !isObject(machine.States)) return;
    const scope = machine.States as Record<string, Record<string, unknown>>;
    for (const [name, state] of Object.entries(scope)) {
      if (!isObject(state)) continue;
      found.push({ name, state, scope });
      visit(state.ItemProcessor);
      visit(state.Iterator);
      if (Array.isArray(state.Branches)) state.Branches.forEach(visit);
    }
  };
  visit(definition);
  return found;
}

function checkErrorLists(entry: StateEntry, field: "Retry" | "Catch", problems: string[]): void {
  const list = entry.state[field];
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    problems.push(`${entry.name}: ${field} must be an array`);
    return;
  }
  list.forEach((item, index) => {
    const where = `${entry.name}: ${field}[${index}]`;
    const errors = isObject(item) ? item.ErrorEquals : undefined;
    if (!Array.isArray(errors) || errors.length === 0) {
      problems.push(`${where}.ErrorEquals must be a non-empty array`);
      return;
    }
    if (errors.includes("States.ALL") && (errors.length > 1 || index !== list.length - 1)) {
      problems.push(
        `${where}: States.ALL must appear alone in ErrorEquals and only in the last ${field === "Retry" ? "retrier" : "catcher"}`,
      );
    }
    for (const error of errors) {
      if (
        typeof error === "string" &&
        error.startsWith("States.") &&
        !PREDEFINED_ERRORS.includes(error)
      ) {
        problems.push(`${where}: ${error} is not a predefined States error`);
      }
    }
    if (field === "Retry" && isObject(item)) checkRetrier(where, item, problems);
  });
}

function checkRetrier(where: string, retrier: Record<string, unknown>, problems: string[]): void {
  const integer = (field: string, min: number, max: number) => {
    const value = retrier[field];
    if (
      value !== undefined &&
      !(Number.isInteger(value) && (value as number) >= min && (value as number) <= max)
    ) {
      problems.push(
        `${where}.${field} must be an integer from ${min} to ${max}; got ${JSON.stringify(value)}`,
      );
    }
  };
  integer("IntervalSeconds", 1, MAX_INTERVAL_SECONDS);
  integer("MaxAttempts", 0, MAX_ATTEMPTS);
  integer("MaxDelaySeconds", 1, MAX_DELAY_SECONDS);
  const rate = retrier.BackoffRate;
  if (rate !== undefined && !(typeof rate === "number" && rate >= 1)) {
    problems.push(
      `${where}.BackoffRate must be a number of 1.0 or more; got ${JSON.stringify(rate)}`,
    );
  }
  const jitter = retrier.JitterStrategy;
  if (jitter !== undefined && jitter !== "FULL" && jitter !== "NONE") {
    problems.push(`${where}.JitterStrategy must be FULL or NONE; got ${JSON.stringify(jitter)}`);
  }
}

/** Rules Step Functions enforces that asl-validator 4 does not. */
export function awsDefinitionProblems(definition: unknown, workflowType: WorkflowType): string[] {
  const problems: string[] = [];
  const states = allStates(definition);
  const seen = new Set<string>();
  for (const entry of states) {
    // Names are unique across the whole machine, nested ones included, and at most 80 characters.
    if (seen.has(entry.name))
      problems.push(`${entry.name}: state names must be unique across the state machine`);
    seen.add(entry.name);
    if (entry.name.length === 0 || entry.name.length > 80)
      problems.push(`${entry.name}: state names must be 1–80 characters`);
    checkErrorLists(entry, "Retry", problems);
    checkErrorLists(entry, "Catch", problems);
    const { state } = entry;
    if (state.Type === "Task" && typeof state.Resource === "string" && workflowType === "EXPRESS") {
      // Express workflows support neither the run-a-job (.sync) nor the callback (.waitForTaskToken)
      // patterns, nor activities (concepts-standard-vs-express.md).
      if (/\.sync(:\d+)?$/.test(state.Resource) || state.Resource.endsWith(".waitForTaskToken")) {
        problems.push(
          `${entry.name}: ${state.Resource} is a .sync or .waitForTaskToken integration, which Express workflows do not support`,
        );
      }
      if (/^arn:[^:]+:states:[^:]*:[^:]*:activity:/.test(state.Resource)) {
        problems.push(`${entry.name}: activities are not supported in Express workflows`);
      }
    }
    if (state.Type === "Task") {
      for (const field of ["TimeoutSeconds", "HeartbeatSeconds"]) {
        const value = state[field];
        if (
          value !== undefined &&
          !(
            Number.isInteger(value) &&
            (value as number) > 0 &&
            (value as number) <= MAX_INTERVAL_SECONDS
          )
        ) {
          problems.push(
            `${entry.name}: ${field} must be a positive integer; got ${JSON.stringify(value)}`,
          );
        }
      }
      const timeout = state.TimeoutSeconds;
      const heartbeat = state.HeartbeatSeconds;
      if (typeof timeout === "number" && typeof heartbeat === "number" && heartbeat >= timeout) {
        problems.push(`${entry.name}: HeartbeatSeconds must be smaller than TimeoutSeconds`);
      }
    }
    if (state.Type === "Map" && state.MaxConcurrency !== undefined) {
      const value = state.MaxConcurrency;
      if (!(Number.isInteger(value) && (value as number) >= 0)) {
        problems.push(
          `${entry.name}: MaxConcurrency must be a non-negative integer; got ${JSON.stringify(value)}`,
        );
      }
    }
  }
  return problems;
}

function retryBudgetSeconds(state: Record<string, unknown>): { attempts: number; waits: number } {
  let attempts = 1;
  let waits = 0;
  for (const retrier of Array.isArray(state.Retry) ? state.Retry : []) {
    if (!isObject(retrier)) continue;
    const max = typeof retrier.MaxAttempts === "number" ? retrier.MaxAttempts : 3;
    const interval = typeof retrier.IntervalSeconds === "number" ? retrier.IntervalSeconds : 1;
    const rate = typeof retrier.BackoffRate === "number" ? retrier.BackoffRate : 2;
    const cap = typeof retrier.MaxDelaySeconds === "number" ? retrier.MaxDelaySeconds : Infinity;
    attempts += max;
    for (let k = 0; k < max; k++) waits += Math.min(interval * rate ** k, cap);
  }
  return { attempts, waits };
}

/**
 * The longest a run from `start` can take when every Task times out on every attempt, every retry
 * waits its longest, and the slowest Catch is taken. Infinity for an untimed Task or a loop.
 * `itemsPerExecution` sizes Map waves: ceil(items / MaxConcurrency) iterations run one after another.
 */
export function worstCaseSeconds(definition: unknown, itemsPerExecution: number): number {
  if (
    !isObject(definition) ||
    !isObject(definition.States) ||
    typeof definition.StartAt !== "string"
  )
    return Infinity;
  return pathSeconds(
    definition.States as Record<string, Record<string, unknown>>,
    definition.StartAt,
    itemsPerExecution,
    new Set(),
  );
}

function pathSeconds(
  scope: Record<string, Record<string, unknown>>,
  name: string,
  items: number,
  visiting: Set<string>,
): number {
  const state = scope[name];
  if (!state || visiting.has(name)) return Infinity;
  visiting.add(name);
  let own = 0;
  if (state.Type === "Task") {
    if (typeof state.TimeoutSeconds !== "number") own = Infinity;
    else {
      const { attempts, waits } = retryBudgetSeconds(state);
      own = attempts * state.TimeoutSeconds + waits;
    }
  } else if (state.Type === "Map") {
    const limit =
      typeof state.MaxConcurrency === "number" && state.MaxConcurrency > 0
        ? state.MaxConcurrency
        : items;
    own = Math.ceil(items / limit) * worstCaseSeconds(state.ItemProcessor ?? state.Iterator, items);
  } else if (state.Type === "Wait") {
    own = typeof state.Seconds === "number" ? state.Seconds : Infinity;
  }
  const next: string[] = [];
  if (typeof state.Next === "string") next.push(state.Next);
  if (typeof state.Default === "string") next.push(state.Default);
  for (const choice of Array.isArray(state.Choices) ? state.Choices : [])
    if (isObject(choice) && typeof choice.Next === "string") next.push(choice.Next);
  for (const catcher of Array.isArray(state.Catch) ? state.Catch : [])
    if (isObject(catcher) && typeof catcher.Next === "string") next.push(catcher.Next);
  const after =
    next.length === 0 ? 0 : Math.max(...next.map((n) => pathSeconds(scope, n, items, visiting)));
  visiting.delete(name);
  return own + after;
}

/**
 * This project's rules: every Task is timed and retries with backoff and a limit, every Map is
 * bounded, and an Express machine's worst case fits its 5 minutes.
 */
export function pipelineDefinitionProblems(
  definition: unknown,
  workflowType: WorkflowType,
  itemsPerExecution: number,
): string[] {
  const problems: string[] = [];
  for (const entry of allStates(definition)) {
    const { state, name } = entry;
    if (state.Type === "Task") {
      if (typeof state.TimeoutSeconds !== "number")
        problems.push(
          `${name}: every Task needs TimeoutSeconds, or a hung call holds the execution until it times out`,
        );
      const retriers = Array.isArray(state.Retry) ? state.Retry.filter(isObject) : [];
      const retrying = retriers.filter((r) => r.MaxAttempts !== 0);
      if (retrying.length === 0) problems.push(`${name}: every Task needs a Retry with backoff`);
      for (const retrier of retrying) {
        if (typeof retrier.MaxAttempts !== "number")
          problems.push(`${name}: give every retrier an explicit MaxAttempts`);
        if (!(typeof retrier.BackoffRate === "number" && retrier.BackoffRate > 1))
          problems.push(`${name}: every retrier needs a BackoffRate above 1`);
      }
    }
    if (
      state.Type === "Map" &&
      !(typeof state.MaxConcurrency === "number" && state.MaxConcurrency > 0)
    ) {
      problems.push(`${name}: a Map needs MaxConcurrency of 1 or more; 0 or none is unbounded`);
    }
  }
  if (workflowType === "EXPRESS" && isObject(definition)) {
    const timeout = definition.TimeoutSeconds;
    if (typeof timeout !== "number" || timeout > EXPRESS_MAX_EXECUTION_SECONDS) {
      problems.push(
        `TimeoutSeconds must be set and at most ${EXPRESS_MAX_EXECUTION_SECONDS} for an Express workflow; got ${JSON.stringify(timeout)}`,
      );
    }
    const worst = worstCaseSeconds(definition, itemsPerExecution);
    if (worst > EXPRESS_MAX_EXECUTION_SECONDS) {
      problems.push(
        `the worst case of ${worst} s (every attempt timing out, every retry at its longest wait) exceeds Express's ${EXPRESS_MAX_EXECUTION_SECONDS} s`,
      );
    }
  }
  return problems;
}
