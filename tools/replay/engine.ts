/**
 * The simulated part of a replay, in virtual time (virtualClock.ts): EventBridge putting each
 * line's event on the partner bus and delivering it to every matching rule's targets; the buffer
 * queue, its dead-letter queues and the pipe (flow.ts, sqsQueue.ts); the state machine run per
 * batch; Lambda's asynchronous invocation of rule-invoked functions with its retries and
 * on-failure destination. The patterns, transformers, definition and handler code are the stack's own.
 *
 * Every line lands in exactly one count (the fixtures README), decided by its last outcome:
 * - invalid: not an event EventBridge would accept (see envelope.ts);
 * - unmatched: no rule with a target matches it;
 * - otherwise the first target of the matching rules that feeds a queue decides, through the
 *   processor's per-record outcome: stored, duplicate (duplicates), malformed (rejected, in the
 *   malformed-events queue); an event that is dead-lettered (rejected too) stays there unless
 *   `redrive` moves it back to the buffer, where it gets a new outcome;
 * - an event that only rules targeting a function match is decided by that function: stored when
 *   it succeeds, duplicates when it answers `outcome: "duplicate"`, rejected when its failure ends
 *   in a dead-letter queue.
 * A dead-lettered event that no injected fault explains, and any event lost (expired in a queue,
 * or a batch deleted unprocessed), is a failure: the replay exits 1.
 */
import { LambdaFunctionError, type LocalFunction } from "./lambda";
import { checkLine, type BusEvent } from "./envelope";
import { FlowSimulation, type BatchResult, type SentMessage } from "./flow";
import {
  renderTargetInput,
  type EventPipelineModel,
  type PipeSpec,
  type QueueSpec,
  type RuleSpec,
  type TargetSpec,
} from "./pipeline";
import { SqsQueue, type QueueMessage } from "./sqsQueue";
import type { VirtualClock } from "./virtualClock";
import {
  MALFORMED_EVENT_ERROR,
  RECORD_OUTCOMES,
  type ProcessorAnswer,
} from "../../lambdas/shared/pipelineContract";

/** The counts a line can land in. */
export type Category = "invalid" | "unmatched" | "stored" | "duplicates" | "rejected";
export const CATEGORIES: readonly Category[] = [
  "invalid",
  "unmatched",
  "stored",
  "duplicates",
  "rejected",
];

/** Why a line is in a dead-letter queue (a key of the report's deadLettered). */
export type DeadLetterReason =
  "malformed" | "outlivedTolerance" | "processingFailed" | "functionFailed" | "targetFailed";

/** Why a line landed in invalid or rejected. */
export interface LineProblem {
  readonly line: number;
  readonly count: Category;
  readonly reason: string;
}

/** How the replay's virtual flow runs. */
export interface FlowOptions {
  /** Virtual duration of one Lambda invocation, in ms. */
  readonly processorMs: number;
  /** Seed of the retry jitter. */
  readonly seed: number;
  /** Whether injected store faults explain outage dead letters (not failures then). */
  readonly faultsInjected: boolean;
}

/** What a buffer message carries for the replay. */
interface Meta {
  readonly line: number;
  /** Whether this delivery decides the line's count. */
  readonly decides: boolean;
}

/** Lambda's asynchronous invocation retries a function error twice, after 1 and then 2 minutes (invocation-async-error-handling.html). */
const ASYNC_RETRY_DELAYS_MS = [60_000, 120_000];

interface LineState {
  category: Category;
  reason?: string;
  deadLetter?: DeadLetterReason;
  failure?: string;
}

/** Runs lines through the pipeline in virtual time; call `arrive` per line, then run the clock. */
export class ReplayEngine {
  received = 0;
  lost = 0;
  redriven = 0;
  oldestMessageAgeMs = 0;
  private readonly lines = new Map<number, LineState>();
  private readonly awaiting = new Set<number>();
  readonly queues = new Map<string, SqsQueue<Meta>>();
  private readonly queuesByUrl = new Map<string, SqsQueue<Meta>>();
  private readonly flows: FlowSimulation<Meta>[] = [];
  private readonly metaOfMessage = new Map<string, Meta>();
  private readonly bugs: string[] = [];

  constructor(
    private readonly model: EventPipelineModel,
    private readonly functions: ReadonlyMap<string, LocalFunction>,
    private readonly clock: VirtualClock,
    private readonly options: FlowOptions,
  ) {
    const queueOf = (spec: QueueSpec): SqsQueue<Meta> => {
      const known = this.queues.get(spec.arn);
      if (known) return known;
      const redriveTo = spec.redrive ? model.queues.get(spec.redrive.deadLetterArn) : undefined;
      const queue = new SqsQueue<Meta>(
        {
          name: spec.resourceName,
          visibilityTimeoutSeconds: spec.visibilityTimeoutSeconds,
          retentionSeconds: spec.messageRetentionSeconds,
          redrive:
            spec.redrive && redriveTo
              ? {
                  deadLetterQueue: queueOf(redriveTo),
                  maxReceiveCount: spec.redrive.maxReceiveCount,
                }
              : undefined,
        },
        clock,
        {
          moved: (message, to) => this.movedToDeadLetterQueue(message, to),
          expired: (message) => this.expired(spec, message),
          visible: () => this.flows.forEach((f) => f.queue === queue && f.wake()),
        },
      );
      this.queues.set(spec.arn, queue);
      this.queuesByUrl.set(spec.url, queue);
      return queue;
    };
    for (const spec of model.queues.values()) queueOf(spec);
    for (const pipe of model.pipes) this.flows.push(this.flowOf(pipe, queueOf(pipe.source)));
  }

  private flowOf(pipe: PipeSpec, queue: SqsQueue<Meta>): FlowSimulation<Meta> {
    const functions: Record<
      string,
      { invoke: (p: unknown) => Promise<unknown>; reservedConcurrency?: number }
    > = {};
    for (const [state, arn] of pipe.taskFunctions) {
      const fn = this.functions.get(arn)!;
      functions[state] = {
        invoke: (payload) => fn.invoke(payload),
        reservedConcurrency: fn.spec.reservedConcurrency,
      };
    }
    return new FlowSimulation<Meta>(
      this.clock,
      queue,
      {
        definition: pipe.target.definition,
        invocationType: pipe.invocationType,
        batchSize: pipe.batchSize,
        functions,
        invocationMs: this.options.processorMs,
        seed: this.options.seed,
      },
      (sent, batch) => this.sentFromTask(pipe, sent, batch),
      (result) => this.batchDone(pipe, result),
      (answer, batch) => this.answered(pipe, answer, batch),
    );
  }

  /** Puts one line's event on the bus at the current virtual time. */
  arrive(line: number, text: string): void {
    this.received += 1;
    const check = checkLine(text);
    if ("problem" in check) {
      this.settle(line, { category: "invalid", reason: check.problem });
      return;
    }
    const deliveries = this.model.rules
      .filter((rule) => rule.matches(check.event))
      .flatMap((rule) => rule.targets.map((target) => ({ rule, target })));
    if (deliveries.length === 0) {
      this.settle(line, { category: "unmatched" });
      return;
    }
    this.awaiting.add(line);
    const decider = deliveries.find((d) => d.target.destination.kind === "queue") ?? deliveries[0];
    for (const delivery of deliveries)
      this.deliver(line, check.event, delivery.rule, delivery.target, delivery === decider);
  }

  /** Moves every message of each buffer's dead-letter queue back to the buffer, as SQS's StartMessageMoveTask does. */
  redrive(): number {
    let moved = 0;
    for (const pipe of this.model.pipes) {
      const deadLetterArn = pipe.source.redrive?.deadLetterArn;
      const dlq = deadLetterArn === undefined ? undefined : this.queues.get(deadLetterArn);
      if (dlq === undefined) continue;
      const buffer = this.queues.get(pipe.source.arn)!;
      for (const message of dlq.redriveTo(buffer)) {
        this.metaOfMessage.set(message.messageId, message.meta);
        const state = this.lines.get(message.meta.line);
        if (message.meta.decides && state?.deadLetter !== undefined) {
          this.lines.delete(message.meta.line);
          this.awaiting.add(message.meta.line);
        }
        moved += 1;
      }
    }
    this.redriven += moved;
    return moved;
  }

  /** Every line's count, once the clock has run out. Throws if a matched line has no outcome. */
  results(): {
    counts: Record<Category, number>;
    problems: LineProblem[];
    failures: LineProblem[];
    deadLettered: Record<DeadLetterReason, number>;
  } {
    if (this.bugs.length > 0) throw new Error(`replay: ${this.bugs[0]}`);
    if (this.awaiting.size > 0) {
      throw new Error(
        `replay: ${this.awaiting.size} matched events never reached an outcome (first: line ${[...this.awaiting][0]})`,
      );
    }
    const counts: Record<Category, number> = {
      invalid: 0,
      unmatched: 0,
      stored: 0,
      duplicates: 0,
      rejected: 0,
    };
    const deadLettered: Record<DeadLetterReason, number> = {
      malformed: 0,
      outlivedTolerance: 0,
      processingFailed: 0,
      functionFailed: 0,
      targetFailed: 0,
    };
    const problems: LineProblem[] = [];
    const failures: LineProblem[] = [];
    for (const [line, state] of [...this.lines].sort((a, b) => a[0] - b[0])) {
      counts[state.category] += 1;
      if (state.deadLetter) deadLettered[state.deadLetter] += 1;
      if (
        state.reason !== undefined &&
        (state.category === "invalid" || state.category === "rejected")
      )
        problems.push({ line, count: state.category, reason: state.reason });
      if (state.failure !== undefined)
        failures.push({ line, count: state.category, reason: state.failure });
    }
    return { counts, problems, failures, deadLettered };
  }

  /** Messages in each queue no pipe reads (dead-letter queues), by resource name. */
  deadLetterCounts(): Record<string, number> {
    const read = new Set(this.model.pipes.map((p) => p.source.arn));
    const out: Record<string, number> = {};
    for (const [arn, queue] of this.queues) {
      const held = queue.held().length;
      if (!read.has(arn) && held > 0) out[queue.settings.name] = held;
    }
    return out;
  }

  get processorInvocations(): number {
    return this.flows.reduce((n, f) => n + f.counters.invocations, 0);
  }
  get throttledInvocations(): number {
    return this.flows.reduce((n, f) => n + f.counters.throttledInvocations, 0);
  }
  get stateMachineExecutions(): number {
    return this.flows.reduce((n, f) => n + f.counters.executions, 0);
  }
  get maxBacklog(): number {
    return Math.max(0, ...this.model.pipes.map((p) => this.queues.get(p.source.arn)!.maxSize));
  }

  private settle(line: number, state: LineState): void {
    this.lines.set(line, state);
    this.awaiting.delete(line);
  }

  private deliver(
    line: number,
    event: BusEvent,
    rule: RuleSpec,
    target: TargetSpec,
    decides: boolean,
  ): void {
    let input: string;
    try {
      input = renderTargetInput(target, rule, event);
    } catch (err) {
      // EventBridge cannot build the target's input: no retry helps, the event goes to the target's DLQ.
      const reason = `rule ${rule.resourceName} could not build ${target.resourceName}'s input: ${(err as Error).message}`;
      const dlq =
        target.deadLetterArn === undefined ? undefined : this.queues.get(target.deadLetterArn);
      dlq?.send(JSON.stringify(event), { line, decides: false });
      if (decides)
        this.settle(line, {
          category: "rejected",
          reason,
          deadLetter: dlq ? "targetFailed" : undefined,
          failure: dlq ? reason : `${reason}; no dead-letter queue, so the event is lost`,
        });
      return;
    }
    const destination = target.destination;
    if (destination.kind === "queue") {
      const message = this.queues.get(destination.queue.arn)!.send(input, { line, decides });
      this.metaOfMessage.set(message.messageId, message.meta);
      return;
    }
    void this.clock
      .spawn(() => this.invokeAsync(destination.fn.arn, input, line, decides))
      .catch((err) => this.clock.fail(err));
  }

  /** Lambda's asynchronous invocation: the first attempt, its retries a minute and two apart, then the on-failure destination. */
  private async invokeAsync(
    arn: string,
    input: string,
    line: number,
    decides: boolean,
  ): Promise<void> {
    const fn = this.functions.get(arn)!;
    let error: LambdaFunctionError | undefined;
    const attempts = fn.spec.asyncRetries + 1;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0)
        await this.clock.sleep(
          ASYNC_RETRY_DELAYS_MS[Math.min(attempt - 1, ASYNC_RETRY_DELAYS_MS.length - 1)],
        );
      try {
        const result = (await fn.invoke(JSON.parse(input))) as { outcome?: unknown } | null;
        if (decides)
          this.settle(line, {
            category: result?.outcome === "duplicate" ? "duplicates" : "stored",
          });
        return;
      } catch (err) {
        error =
          err instanceof LambdaFunctionError
            ? err
            : new LambdaFunctionError("Error", String(err), err);
      }
    }
    const reason = `${fn.spec.resourceName} failed ${attempts} times: ${error!.errorType}: ${error!.errorMessage}`;
    // The record Lambda sends to an on-failure destination.
    const record = JSON.stringify({
      version: "1.0",
      requestContext: {
        functionArn: `${fn.spec.arn}:$LATEST`,
        condition: "RetriesExhausted",
        approximateInvokeCount: attempts,
      },
      requestPayload: JSON.parse(input),
      responseContext: { statusCode: 200, executedVersion: "$LATEST", functionError: "Unhandled" },
      responsePayload: { errorType: error!.errorType, errorMessage: error!.errorMessage },
    });
    const dlq =
      fn.spec.onFailureArn === undefined ? undefined : this.queues.get(fn.spec.onFailureArn);
    dlq?.send(record, { line, decides: false });
    const malformed = error!.errorType === MALFORMED_EVENT_ERROR;
    const explained =
      malformed ||
      (this.options.faultsInjected &&
        /StoreUnavailable|ServiceUnavailable|Throttling|InternalServerError/.test(reason));
    const failure = !dlq
      ? `${reason}; no on-failure destination, so the event is lost`
      : explained
        ? undefined
        : reason;
    if (!dlq) this.lost += 1;
    if (decides)
      this.settle(line, {
        category: "rejected",
        reason,
        deadLetter: dlq ? (malformed ? "malformed" : "functionFailed") : undefined,
        failure,
      });
    else if (failure) this.bugs.push(`line ${line}: ${failure}`);
  }

  /** The processor's answer: each record's outcome. Records to retry get theirs later. */
  private answered(pipe: PipeSpec, answer: unknown, batch: readonly QueueMessage<Meta>[]): void {
    const outcomes = (answer as Partial<ProcessorAnswer> | null)?.outcomes;
    if (!Array.isArray(outcomes) || outcomes.length !== batch.length) {
      this.bugs.push(
        `${pipe.target.resourceName}'s processor answered ${JSON.stringify(answer)?.slice(0, 200)}; expected one outcome per record of the ${batch.length}-record batch`,
      );
      return;
    }
    const byId = new Map(batch.map((m) => [m.messageId, m]));
    for (const { messageId, outcome } of outcomes) {
      const message = byId.get(messageId);
      if (message === undefined || !RECORD_OUTCOMES.includes(outcome)) {
        this.bugs.push(
          `${pipe.target.resourceName}'s processor answered ${JSON.stringify({ messageId, outcome })}, which names no record of the batch or no outcome`,
        );
        continue;
      }
      if (!message.meta.decides) continue;
      if (outcome === "stored") this.settle(message.meta.line, { category: "stored" });
      if (outcome === "duplicate") this.settle(message.meta.line, { category: "duplicates" });
    }
  }

  /** sqs:sendMessage from a Task: the malformed-events or the dead-letter queue. */
  private sentFromTask(
    pipe: PipeSpec,
    sent: SentMessage,
    batch: readonly QueueMessage<Meta>[],
  ): void {
    const queue = this.queuesByUrl.get(sent.queueUrl);
    if (queue === undefined) {
      this.bugs.push(
        `${pipe.target.resourceName} sends to ${sent.queueUrl}, which is no queue of the stack`,
      );
      return;
    }
    if (this.flows.some((f) => f.queue === queue)) {
      this.bugs.push(
        `${pipe.target.resourceName} sends to ${queue.settings.name}, which a pipe reads; dead letters must not loop`,
      );
      return;
    }
    const original = batch.find((m) => m.messageId === sent.attributes.originalMessageId);
    if (original === undefined) {
      this.bugs.push(
        `${pipe.target.resourceName} sent a message to ${queue.settings.name} without the originalMessageId of a record of its batch`,
      );
      return;
    }
    if (sent.body !== original.body)
      this.bugs.push(
        `${pipe.target.resourceName} sent line ${original.meta.line} to ${queue.settings.name} with a changed body: a redrive would not process it as it was`,
      );
    queue.send(sent.body, original.meta, sent.attributes);
    if (!original.meta.decides) return;
    const reason = sent.attributes.reason ?? "no reason attribute";
    const malformed = reason.startsWith(MALFORMED_EVENT_ERROR);
    this.settle(original.meta.line, {
      category: "rejected",
      reason: malformed ? `malformed event: ${reason}` : `dead-lettered: ${reason}`,
      deadLetter: malformed ? "malformed" : "processingFailed",
      failure: malformed ? undefined : `${queue.settings.name}: ${reason}`,
    });
  }

  private batchDone(pipe: PipeSpec, result: BatchResult<Meta>): void {
    const now = this.clock.now;
    for (const message of result.batch) {
      if (!result.returned.has(message.messageId))
        this.oldestMessageAgeMs = Math.max(this.oldestMessageAgeMs, now - message.sentAt);
    }
    if (pipe.invocationType === "FIRE_AND_FORGET") {
      // The pipe deleted the batch at the start; a record the execution did not settle is lost.
      for (const message of result.batch) {
        if (message.meta.decides && this.awaiting.has(message.meta.line)) {
          this.lost += 1;
          this.settle(message.meta.line, {
            category: "rejected",
            reason: "lost",
            failure: `${pipe.target.resourceName} (started asynchronously) did not store it: ${result.failure ?? "retries exhausted"}`,
          });
        }
      }
    }
  }

  private movedToDeadLetterQueue(message: QueueMessage<Meta>, to: SqsQueue<Meta>): void {
    this.oldestMessageAgeMs = Math.max(this.oldestMessageAgeMs, this.clock.now - message.sentAt);
    if (!message.meta.decides) return;
    const reason = `received ${message.receiveCount} times over ${Math.round((this.clock.now - message.sentAt) / 1000)} s without being stored, then moved to ${to.settings.name}`;
    this.settle(message.meta.line, {
      category: "rejected",
      reason,
      deadLetter: "outlivedTolerance",
      failure: this.options.faultsInjected ? undefined : reason,
    });
  }

  private expired(spec: QueueSpec, message: QueueMessage<Meta>): void {
    this.lost += 1;
    const reason = `expired in ${spec.resourceName} after ${spec.messageRetentionSeconds} s: lost`;
    if (message.meta.decides)
      this.settle(message.meta.line, { category: "rejected", reason, failure: reason });
    else this.bugs.push(`line ${message.meta.line}: ${reason}`);
  }
}
