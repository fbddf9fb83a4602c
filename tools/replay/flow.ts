/**
 * The pipeline's flow control in virtual time: the buffer queue, the pipe's pollers, the Express
 * state machine run synchronously per batch (the stack's own definition, in aws-local-stepfunctions),
 * the processor Lambda's reserved concurrency and request rate, and Step Functions' retry waits.
 *
 * What is modelled, and from where:
 * - Pipes with an SQS source read up to five batches at once, then add up to 60 readers a minute
 *   while messages remain, to at most 1,000 batches in flight (eb-pipes-sqs.html, "Scaling and
 *   processing"). A REQUEST_RESPONSE target's answer decides: `batchItemFailures` go back to the
 *   queue, the rest are deleted; a failed execution or an answer naming an unknown record fails the
 *   whole batch (eb-pipes-sqs.html, "Reporting batch item failures"). FIRE_AND_FORGET deletes the
 *   batch once the execution starts.
 * - Lambda runs at most `reservedConcurrency` invocations at once and starts at most 10 per second
 *   per unit of it (an execution environment serves at most 10 requests a second, Lambda developer
 *   guide lambda-concurrency.html); more are throttled (Lambda.TooManyRequestsException, 429).
 * - Step Functions waits between retries as the Task's retrier says: IntervalSeconds × BackoffRate^n,
 *   capped at MaxDelaySeconds, a seeded uniform fraction of it under JitterStrategy FULL
 *   (amazon-states-language-errors.md). The library runs the retries; this accounts their waits.
 * - An Express execution longer than its TimeoutSeconds fails (States.Timeout).
 */
import { StateMachine, type StateMachineDefinition } from "aws-local-stepfunctions";
import { SqsQueue, type QueueMessage } from "./sqsQueue";
import { seededRandom, type VirtualClock } from "./virtualClock";

/** Pipes' first readers, their growth and their bound (eb-pipes-sqs.html). */
export const PIPE_INITIAL_BATCHES = 5;
export const PIPE_BATCHES_ADDED_PER_MINUTE = 60;
export const PIPE_MAX_CONCURRENT_BATCHES = 1000;
/** Lambda's request rate per unit of concurrency (lambda-concurrency.html). */
export const LAMBDA_REQUESTS_PER_SECOND_PER_CONCURRENCY = 10;

/** A function the state machine's Task calls (the real handler code). */
export type Invoke = (payload: unknown) => Promise<unknown>;

/** What one SQS sendMessage Task sends. */
export interface SentMessage {
  readonly queueUrl: string;
  readonly body: string;
  readonly attributes: Record<string, string>;
}

export interface FlowSettings {
  readonly definition: Record<string, unknown>;
  readonly invocationType: "REQUEST_RESPONSE" | "FIRE_AND_FORGET";
  readonly batchSize: number;
  /** Task state name → the function it calls. */
  readonly functions: Readonly<
    Record<string, { readonly invoke: Invoke; readonly reservedConcurrency?: number }>
  >;
  /** Virtual milliseconds one invocation of a function takes. */
  readonly invocationMs: number;
  readonly seed: number;
}

/** Counters of one run. */
export interface FlowCounters {
  executions: number;
  failedExecutions: number;
  invocations: number;
  throttledInvocations: number;
  batchItemFailures: number;
}

/** How a batch's records ended at the pipe. */
export interface BatchResult<Meta> {
  readonly batch: readonly QueueMessage<Meta>[];
  /** Records handed back to the queue. */
  readonly returned: ReadonlySet<string>;
  /** Why the whole batch failed, if it did. */
  readonly failure?: string;
}

interface Retrier {
  readonly errors: readonly string[];
  readonly interval: number;
  readonly rate: number;
  readonly maxDelay: number;
  readonly jitter: boolean;
}

function retriersOf(state: Record<string, unknown>): Retrier[] {
  const list = Array.isArray(state.Retry) ? (state.Retry as Record<string, unknown>[]) : [];
  return list.map((r) => ({
    errors: (r.ErrorEquals as string[]) ?? [],
    interval: typeof r.IntervalSeconds === "number" ? r.IntervalSeconds : 1,
    rate: typeof r.BackoffRate === "number" ? r.BackoffRate : 2,
    maxDelay: typeof r.MaxDelaySeconds === "number" ? r.MaxDelaySeconds : Infinity,
    jitter: r.JitterStrategy === "FULL",
  }));
}

/** The retrier Step Functions picks for `error`: the first whose ErrorEquals names it, States.TaskFailed (any Task error but a timeout) or States.ALL. */
function matchRetrier(retriers: readonly Retrier[], error: string): number {
  return retriers.findIndex(
    (r) =>
      r.errors.includes(error) ||
      r.errors.includes("States.ALL") ||
      (r.errors.includes("States.TaskFailed") && error !== "States.Timeout"),
  );
}

/** Lambda's admission: reserved concurrency and the request rate. */
class LambdaLimits {
  private inFlight = 0;
  private readonly starts: number[] = [];
  private head = 0;

  constructor(private readonly concurrency: number | undefined) {}

  tryStart(now: number): boolean {
    if (this.concurrency === undefined) return true;
    while (this.head < this.starts.length && this.starts[this.head] <= now - 1000) this.head++;
    if (this.head > 4096) {
      this.starts.splice(0, this.head);
      this.head = 0;
    }
    if (
      this.inFlight >= this.concurrency ||
      this.starts.length - this.head >=
        LAMBDA_REQUESTS_PER_SECOND_PER_CONCURRENCY * this.concurrency
    )
      return false;
    this.inFlight += 1;
    this.starts.push(now);
    return true;
  }

  finish(): void {
    if (this.concurrency !== undefined) this.inFlight -= 1;
  }
}

/** A Lambda error as Step Functions sees it: the error name, and the message. */
function lambdaError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

/** The pipe from `queue` into the state machine, in virtual time. */
export class FlowSimulation<Meta> {
  readonly counters: FlowCounters = {
    executions: 0,
    failedExecutions: 0,
    invocations: 0,
    throttledInvocations: 0,
    batchItemFailures: 0,
  };
  private readonly machine: StateMachine;
  private readonly limits = new Map<string, LambdaLimits>();
  private readonly retriers = new Map<string, Retrier[]>();
  private readonly random: () => number;
  private readonly timeoutMs: number;
  private active = 0;
  private readers = PIPE_INITIAL_BATCHES;
  private pumpScheduled = false;
  private scaling = false;

  constructor(
    private readonly clock: VirtualClock,
    readonly queue: SqsQueue<Meta>,
    private readonly settings: FlowSettings,
    /** Receives every sendMessage of the state machine (dead-letter routing). */
    private readonly onSend: (message: SentMessage, batch: readonly QueueMessage<Meta>[]) => void,
    /** Receives each batch's result, after the pipe deleted or returned its records. */
    private readonly onBatch: (result: BatchResult<Meta>) => void,
    /** Receives what each processor invocation answered, for the per-record counts. */
    private readonly onAnswer: (answer: unknown, batch: readonly QueueMessage<Meta>[]) => void,
  ) {
    this.machine = new StateMachine(settings.definition as unknown as StateMachineDefinition, {
      validationOptions: { checkArn: true, checkPaths: true },
    });
    this.random = seededRandom(settings.seed);
    const timeout = settings.definition.TimeoutSeconds;
    this.timeoutMs = typeof timeout === "number" ? timeout * 1000 : Infinity;
    for (const [state, fn] of Object.entries(settings.functions))
      this.limits.set(state, new LambdaLimits(fn.reservedConcurrency));
    const walk = (machine: unknown) => {
      const states =
        (machine as { States?: Record<string, Record<string, unknown>> } | undefined)?.States ?? {};
      for (const [name, state] of Object.entries(states)) {
        this.retriers.set(name, retriersOf(state));
        walk(state.ItemProcessor ?? state.Iterator);
      }
    };
    walk(settings.definition);
  }

  /** Call when messages may have become visible: the pipe's readers take them at this instant, once every send of it is in. */
  wake(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    this.clock.at(this.clock.now, () => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.active < this.readers && this.queue.visibleCount > 0) {
      const batch = this.queue.receive(this.settings.batchSize);
      if (batch.length === 0) break;
      this.active += 1;
      void this.clock.spawn(() => this.runBatch(batch)).catch((err) => this.clock.fail(err));
    }
    if (
      !this.scaling &&
      this.queue.visibleCount > 0 &&
      this.readers < PIPE_MAX_CONCURRENT_BATCHES
    ) {
      this.scaling = true;
      this.clock.at(this.clock.now + 60_000 / PIPE_BATCHES_ADDED_PER_MINUTE, () => this.scale());
    }
  }

  private scale(): void {
    this.scaling = false;
    if (this.queue.visibleCount > 0 && this.active >= this.readers)
      this.readers = Math.min(PIPE_MAX_CONCURRENT_BATCHES, this.readers + 1);
    else if (this.queue.size === 0) this.readers = PIPE_INITIAL_BATCHES;
    this.pump();
  }

  private async runBatch(batch: QueueMessage<Meta>[]): Promise<void> {
    const records = batch.map((m) => ({
      messageId: m.messageId,
      receiptHandle: `${m.messageId}#${m.receipt}`,
      body: m.body,
      attributes: {
        ApproximateReceiveCount: String(m.receiveCount),
        SentTimestamp: String(m.sentAt),
        SenderId: "AIDAEVENTBRIDGE",
        ApproximateFirstReceiveTimestamp: String(m.firstReceivedAt),
      },
      messageAttributes: {},
      eventSource: "aws:sqs",
    }));
    const started = this.clock.now;
    this.counters.executions += 1;
    const fireAndForget = this.settings.invocationType === "FIRE_AND_FORGET";
    if (fireAndForget) for (const m of batch) this.queue.delete(m);
    let output: unknown;
    let failure: string | undefined;
    try {
      output = await this.machine.run(records as never, { overrides: this.overrides(batch) })
        .result;
    } catch (err) {
      const error = err as Error & { cause?: { name?: string; message?: string } };
      failure = error.cause
        ? `${error.cause.name}: ${error.cause.message}`
        : `${error.name}: ${error.message}`;
    }
    if (failure === undefined && this.clock.now - started > this.timeoutMs)
      failure = `States.Timeout: the execution ran ${(this.clock.now - started) / 1000} s, over its TimeoutSeconds`;
    const returned = new Set<string>();
    if (failure === undefined && !fireAndForget) {
      const failures = (output as { batchItemFailures?: unknown } | null)?.batchItemFailures;
      const ids = new Set(batch.map((m) => m.messageId));
      if (failures !== undefined && failures !== null && !Array.isArray(failures))
        failure = `the answer's batchItemFailures is not a list: ${JSON.stringify(output)?.slice(0, 200)}`;
      for (const item of (Array.isArray(failures) ? failures : []) as {
        itemIdentifier?: unknown;
      }[]) {
        const id = item?.itemIdentifier;
        if (typeof id !== "string" || !ids.has(id))
          failure ??= `the answer names ${JSON.stringify(id)}, which is no record of the batch`;
        else returned.add(id);
      }
    }
    if (failure !== undefined) this.counters.failedExecutions += 1;
    if (!fireAndForget) {
      for (const m of batch) {
        if (failure === undefined && !returned.has(m.messageId)) this.queue.delete(m);
      }
      this.counters.batchItemFailures += failure === undefined ? returned.size : batch.length;
    }
    this.active -= 1;
    this.onBatch({
      batch,
      returned: failure === undefined ? returned : new Set(batch.map((m) => m.messageId)),
      failure,
    });
    this.wake();
  }

  /** The Task overrides of one execution: functions under Lambda's limits and retry waits, sends to the replay. */
  private overrides(batch: QueueMessage<Meta>[]) {
    const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
    const retryIntervalOverrides: Record<string, number> = {};
    for (const name of this.retriers.keys()) retryIntervalOverrides[name] = 0;
    for (const [state, fn] of Object.entries(this.settings.functions)) {
      const retriers = this.retriers.get(state) ?? [];
      const attempts = retriers.map(() => 0);
      let lastError: string | undefined;
      const limits = this.limits.get(state)!;
      handlers[state] = async (input) => {
        if (lastError !== undefined) {
          const index = matchRetrier(retriers, lastError);
          if (index >= 0) {
            const r = retriers[index];
            const wait = Math.min(r.interval * r.rate ** attempts[index], r.maxDelay);
            attempts[index] += 1;
            await this.clock.sleep(1000 * (r.jitter ? wait * this.random() : wait));
          }
          lastError = undefined;
        }
        if (!limits.tryStart(this.clock.now)) {
          this.counters.throttledInvocations += 1;
          lastError = "Lambda.TooManyRequestsException";
          throw lambdaError(lastError, "Rate Exceeded.");
        }
        this.counters.invocations += 1;
        let answer: unknown;
        let error: Error | undefined;
        try {
          answer = await fn.invoke(input);
        } catch (err) {
          error = err instanceof Error ? err : new Error(String(err));
        }
        await this.clock.sleep(this.settings.invocationMs);
        limits.finish();
        if (error) {
          lastError = error.name;
          throw error;
        }
        this.onAnswer(answer, batch);
        return answer;
      };
    }
    for (const { name } of sendTasks(this.settings.definition)) {
      handlers[name] = async (input) => {
        const { QueueUrl, MessageBody, MessageAttributes } = input as {
          QueueUrl?: unknown;
          MessageBody?: unknown;
          MessageAttributes?: Record<string, { StringValue?: unknown }>;
        };
        const attributes: Record<string, string> = {};
        for (const [key, value] of Object.entries(MessageAttributes ?? {}))
          attributes[key] = String(value?.StringValue);
        this.onSend(
          {
            queueUrl: String(QueueUrl),
            body: typeof MessageBody === "string" ? MessageBody : JSON.stringify(MessageBody),
            attributes,
          },
          batch,
        );
        return { MessageId: "sent" };
      };
    }
    return {
      taskResourceLocalHandlers: handlers as never,
      retryIntervalOverrides,
      waitTimeOverrides: {},
    };
  }
}

/** Every sqs:sendMessage Task of a definition, nested ones included. */
export function sendTasks(
  definition: Record<string, unknown>,
): { name: string; state: Record<string, unknown> }[] {
  const found: { name: string; state: Record<string, unknown> }[] = [];
  const walk = (machine: unknown) => {
    const states =
      (machine as { States?: Record<string, Record<string, unknown>> } | undefined)?.States ?? {};
    for (const [name, state] of Object.entries(states)) {
      if (state.Type === "Task" && state.Resource === "arn:aws:states:::sqs:sendMessage")
        found.push({ name, state });
      walk(state.ItemProcessor ?? state.Iterator);
    }
  };
  walk(definition);
  return found;
}
