/**
 * The simulated part of a replay: EventBridge putting each line's event on the partner bus and
 * delivering it to every matching rule's targets, SQS buffering, the pipe handing batches to the
 * state machine, and Lambda's asynchronous invocation with its retries and on-failure destination.
 * The patterns, transformers, definition and handler code it runs are the stack's own.
 *
 * Every line lands in exactly one count (the fixtures README):
 * - invalid: not an event EventBridge would accept (see envelope.ts);
 * - unmatched: no rule with a target matches it;
 * - otherwise the first target of the matching rules that feeds a queue decides, through the state
 *   machine's per-record `outcome`: stored, duplicate (duplicates), rejected or deadLettered
 *   (rejected: both end in the dead-letter queue); a batch the pipe could not deliver to the end
 *   lands in rejected once the queue's redrive policy moves it to the dead-letter queue;
 * - an event that only rules targeting a function match (not possible with dev's or prod's
 *   patterns: the queue-end pattern narrows the conversation pattern, and the config requires
 *   user.end among the topics) is decided by that function: stored when it succeeds, duplicates
 *   when it answers `outcome: "duplicate"`, rejected when its failure ends in a dead-letter queue.
 * A dead-lettered event whose error is not MalformedEvent is also a failure: against local stores
 * it means broken handler code or wiring, and the replay exits 1.
 */
import { createHash, randomUUID } from "node:crypto";
import { MALFORMED_EVENT_ERROR } from "../../lambdas/shared/pipelineContract";
import { checkLine, type BusEvent } from "./envelope";
import { LambdaFunctionError, type LocalFunction } from "./lambda";
import {
  renderTargetInput,
  type EventPipelineModel,
  type PipeSpec,
  type QueueSpec,
  type RuleSpec,
  type TargetSpec,
} from "./pipeline";
import { localStateMachine, type ExecutionResult } from "./stateMachine";

/** The counts a line can land in. */
export type Category = "invalid" | "unmatched" | "stored" | "duplicates" | "rejected";
export const CATEGORIES: readonly Category[] = [
  "invalid",
  "unmatched",
  "stored",
  "duplicates",
  "rejected",
];

/** Why a line landed in invalid or rejected. */
export interface LineProblem {
  readonly line: number;
  readonly count: Category;
  readonly reason: string;
}

/** One message in a dead-letter queue (or a destination queue no pipe reads). */
export interface DeadLetter {
  /** The queue's resource name. */
  readonly queue: string;
  /** The line whose event it carries, when known. */
  readonly line: number | undefined;
  /** Who sent it: a state machine Task, SQS redrive, Lambda's on-failure destination, an EventBridge target. */
  readonly sentBy: string;
  readonly body: string;
}

/** A receive attempt limit for a queue without a redrive policy: SQS would retry until the message expires. */
const RECEIVES_WITHOUT_REDRIVE = 10;
/** Asynchronous invocations in flight at once; more wait, so memory stays flat on large files. */
const MAX_ASYNC_IN_FLIGHT = 64;

interface Message {
  readonly messageId: string;
  readonly body: string;
  readonly line: number;
  /** Whether this delivery decides the line's count. */
  readonly decides: boolean;
  readonly sentTimestamp: number;
  receiveCount: number;
  firstReceiveTimestamp?: number;
}

/** "Error: message" from a Catch's error output, whose Cause is Lambda's JSON { errorType, errorMessage }. */
function describeError(error: { Error?: unknown; Cause?: unknown } | undefined): string {
  if (error === undefined) return "no error recorded";
  let message = String(error.Cause);
  try {
    const cause = JSON.parse(message) as { errorMessage?: unknown };
    if (typeof cause.errorMessage === "string") message = cause.errorMessage;
  } catch {
    // A Cause that is not Lambda's JSON is shown as it is.
  }
  return `${String(error.Error)}: ${message}`;
}

/** Runs lines through the pipeline; call `push` per line, then `finish`. */
export class ReplayEngine {
  readonly counts: Record<Category, number> = {
    invalid: 0,
    unmatched: 0,
    stored: 0,
    duplicates: 0,
    rejected: 0,
  };
  received = 0;
  readonly problems: LineProblem[] = [];
  /** Events dead-lettered for a reason other than a malformed event, or lost: each one is a bug. */
  readonly failures: LineProblem[] = [];
  readonly deadLetters: DeadLetter[] = [];
  private readonly settled = new Map<number, Category>();
  private readonly awaiting = new Set<number>();
  private readonly buffers = new Map<string, Message[]>();
  private readonly executors = new Map<PipeSpec, (input: unknown) => Promise<ExecutionResult>>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly lineOfMessage = new Map<string, number>();
  private readonly deadLetterReason = new Map<string, string>();
  private readonly queuesByUrl: Map<string, QueueSpec>;

  constructor(
    private readonly model: EventPipelineModel,
    private readonly functions: ReadonlyMap<string, LocalFunction>,
  ) {
    this.queuesByUrl = new Map([...model.queues.values()].map((q) => [q.url, q]));
    for (const pipe of model.pipes) {
      this.buffers.set(pipe.source.arn, []);
      this.executors.set(
        pipe,
        localStateMachine(pipe.target, functions, (url, body, sentBy) =>
          this.sendFromTask(url, body, sentBy),
        ),
      );
    }
  }

  /** Puts one line on the bus and processes whatever batches it completes. */
  async push(line: number, text: string): Promise<void> {
    this.received += 1;
    const check = checkLine(text);
    if ("problem" in check) {
      this.settle(line, "invalid", check.problem);
      return;
    }
    const deliveries = this.model.rules
      .filter((rule) => rule.matches(check.event))
      .flatMap((rule) => rule.targets.map((target) => ({ rule, target })));
    if (deliveries.length === 0) {
      this.settle(line, "unmatched");
      return;
    }
    this.awaiting.add(line);
    const decider = deliveries.find((d) => d.target.destination.kind === "queue") ?? deliveries[0];
    for (const delivery of deliveries)
      this.deliver(line, check.event, delivery.rule, delivery.target, delivery === decider);
    for (const pipe of this.model.pipes) {
      const buffer = this.buffers.get(pipe.source.arn)!;
      while (buffer.length >= pipe.batchSize) await this.runBatch(pipe);
    }
    if (this.inFlight.size >= MAX_ASYNC_IN_FLIGHT) await Promise.race(this.inFlight);
  }

  /** Drains the queues (partial batches, redeliveries) and waits for every invocation. */
  async finish(): Promise<void> {
    for (;;) {
      for (const pipe of this.model.pipes) {
        while (this.buffers.get(pipe.source.arn)!.length > 0) await this.runBatch(pipe);
      }
      if (this.inFlight.size === 0) break;
      await Promise.all(this.inFlight);
    }
    if (this.awaiting.size > 0) {
      throw new Error(
        `replay: ${this.awaiting.size} matched events never reached an outcome (first: line ${[...this.awaiting][0]})`,
      );
    }
  }

  private settle(line: number, category: Category, reason?: string): void {
    const earlier = this.settled.get(line);
    if (earlier !== undefined)
      throw new Error(`replay: line ${line} landed in ${earlier} and then in ${category}`);
    this.settled.set(line, category);
    this.awaiting.delete(line);
    this.counts[category] += 1;
    if (reason !== undefined) this.problems.push({ line, count: category, reason });
  }

  private fail(line: number, count: Category, reason: string): void {
    this.failures.push({ line, count, reason });
  }

  private deadLetter(
    queueArn: string | undefined,
    line: number | undefined,
    sentBy: string,
    body: string,
  ): boolean {
    const queue = queueArn === undefined ? undefined : this.model.queues.get(queueArn);
    if (queue === undefined) return false;
    this.deadLetters.push({ queue: queue.resourceName, line, sentBy, body });
    return true;
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
      const kept = this.deadLetter(
        target.deadLetterArn,
        line,
        `EventBridge target ${target.resourceName}`,
        JSON.stringify(event),
      );
      if (decides)
        this.settle(
          line,
          "rejected",
          kept ? reason : `${reason}; no dead-letter queue, so the event is lost`,
        );
      this.fail(line, "rejected", reason);
      return;
    }
    const destination = target.destination;
    if (destination.kind === "queue") {
      const now = Date.now();
      const message: Message = {
        messageId: randomUUID(),
        body: input,
        line,
        decides,
        sentTimestamp: now,
        receiveCount: 0,
      };
      this.lineOfMessage.set(message.messageId, line);
      this.buffers.get(destination.queue.arn)!.push(message);
      return;
    }
    const invocation: Promise<void> = this.invokeAsync(
      destination.fn.arn,
      input,
      line,
      decides,
    ).finally(() => this.inFlight.delete(invocation));
    this.inFlight.add(invocation);
  }

  /** Lambda's asynchronous invocation: the first attempt, its retries, then the on-failure destination. */
  private async invokeAsync(
    arn: string,
    input: string,
    line: number,
    decides: boolean,
  ): Promise<void> {
    const fn = this.functions.get(arn)!;
    let error: LambdaFunctionError | undefined;
    for (let attempt = 0; attempt <= fn.spec.asyncRetries; attempt++) {
      try {
        const result = (await fn.invoke(JSON.parse(input))) as { outcome?: unknown } | null;
        if (decides) this.settle(line, result?.outcome === "duplicate" ? "duplicates" : "stored");
        return;
      } catch (err) {
        error =
          err instanceof LambdaFunctionError
            ? err
            : new LambdaFunctionError("Error", String(err), err);
      }
    }
    const reason = `${fn.spec.resourceName} failed ${fn.spec.asyncRetries + 1} times: ${error!.errorType}: ${error!.errorMessage}`;
    // The record Lambda sends to an on-failure destination.
    const record = JSON.stringify({
      version: "1.0",
      timestamp: new Date().toISOString(),
      requestContext: {
        requestId: randomUUID(),
        functionArn: `${fn.spec.arn}:$LATEST`,
        condition: "RetriesExhausted",
        approximateInvokeCount: fn.spec.asyncRetries + 1,
      },
      requestPayload: JSON.parse(input),
      responseContext: { statusCode: 200, executedVersion: "$LATEST", functionError: "Unhandled" },
      responsePayload: { errorType: error!.errorType, errorMessage: error!.errorMessage },
    });
    const kept = this.deadLetter(
      fn.spec.onFailureArn,
      line,
      `${fn.spec.resourceName} on-failure destination`,
      record,
    );
    if (decides)
      this.settle(
        line,
        "rejected",
        kept ? reason : `${reason}; no on-failure destination, so the event is lost`,
      );
    if (error!.errorType !== MALFORMED_EVENT_ERROR || !kept) this.fail(line, "rejected", reason);
  }

  /** sqs:sendMessage from a Task: only to queues no pipe reads (the dead-letter queue). */
  private sendFromTask(url: string, body: string, sentBy: string): void {
    const queue = this.queuesByUrl.get(url);
    if (queue === undefined) {
      throw Object.assign(new Error(`The specified queue does not exist: ${url}`), {
        name: "SQS.QueueDoesNotExistException",
      });
    }
    if (this.buffers.has(queue.arn))
      throw new Error(
        `${sentBy} sends to ${queue.resourceName}, which a pipe reads; the replay does not loop messages back`,
      );
    let parsed: {
      messageId?: unknown;
      reason?: unknown;
      error?: { Error?: unknown; Cause?: unknown };
    } = {};
    try {
      parsed = JSON.parse(body);
    } catch {
      // Not JSON: kept as is, with no line to attribute it to.
    }
    const messageId = typeof parsed.messageId === "string" ? parsed.messageId : undefined;
    const line = messageId === undefined ? undefined : this.lineOfMessage.get(messageId);
    this.deadLetters.push({ queue: queue.resourceName, line, sentBy, body });
    if (messageId !== undefined)
      this.deadLetterReason.set(
        messageId,
        `${String(parsed.reason ?? "dead-lettered")}: ${describeError(parsed.error)}`,
      );
  }

  /** The pipe's SQS record, as Pipes hands it to the target (eb-pipes-sqs.html). */
  private record(queue: QueueSpec, message: Message): Record<string, unknown> {
    return {
      messageId: message.messageId,
      receiptHandle: randomUUID(),
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(message.receiveCount),
        SentTimestamp: String(message.sentTimestamp),
        SenderId: "AIDAEVENTBRIDGE",
        ApproximateFirstReceiveTimestamp: String(message.firstReceiveTimestamp),
      },
      messageAttributes: {},
      md5OfBody: createHash("md5").update(message.body).digest("hex"),
      eventSource: "aws:sqs",
      eventSourceARN: queue.arn,
      awsRegion: this.model.region,
    };
  }

  private async runBatch(pipe: PipeSpec): Promise<void> {
    const buffer = this.buffers.get(pipe.source.arn)!;
    const batch = buffer.splice(0, pipe.batchSize);
    const now = Date.now();
    for (const message of batch) {
      message.receiveCount += 1;
      message.firstReceiveTimestamp ??= now;
    }
    const result = await this.executors.get(pipe)!(batch.map((m) => this.record(pipe.source, m)));
    if (result.ok) {
      this.recordOutcomes(pipe, batch, result.output);
      return;
    }
    const failure = `${pipe.target.resourceName} execution failed: ${result.error}`;
    for (const message of batch) {
      if (pipe.invocationType === "FIRE_AND_FORGET") {
        // The pipe deleted the batch once the execution started; nothing retries it.
        this.lose(message, `${failure}; the pipe starts it asynchronously, so the event is lost`);
      } else if (
        pipe.source.redrive &&
        message.receiveCount >= pipe.source.redrive.maxReceiveCount
      ) {
        const kept = this.deadLetter(
          pipe.source.redrive.deadLetterArn,
          message.line,
          `SQS redrive of ${pipe.source.resourceName}`,
          message.body,
        );
        const reason = `received ${message.receiveCount} times, then moved to the dead-letter queue: ${failure}`;
        if (message.decides)
          this.settle(
            message.line,
            "rejected",
            kept ? reason : `${reason} (dead-letter queue not in the stack)`,
          );
        this.fail(message.line, "rejected", reason);
      } else if (!pipe.source.redrive && message.receiveCount >= RECEIVES_WITHOUT_REDRIVE) {
        this.lose(
          message,
          `${failure}; received ${message.receiveCount} times with no redrive policy: it would stay until it expires`,
        );
      } else {
        buffer.push(message);
      }
    }
  }

  private lose(message: Message, reason: string): void {
    if (message.decides) this.settle(message.line, "rejected", reason);
    this.fail(message.line, "rejected", reason);
  }

  private recordOutcomes(pipe: PipeSpec, batch: Message[], output: unknown): void {
    if (!Array.isArray(output) || output.length !== batch.length) {
      throw new Error(
        `replay: ${pipe.target.resourceName} returned ${JSON.stringify(output)?.slice(0, 200)}; expected one { outcome } per record of the ${batch.length}-record batch`,
      );
    }
    batch.forEach((message, i) => {
      const outcome = (output[i] as { outcome?: unknown } | null)?.outcome;
      const reason = this.deadLetterReason.get(message.messageId);
      switch (outcome) {
        case "stored":
        case "duplicate":
          if (message.decides)
            this.settle(message.line, outcome === "stored" ? "stored" : "duplicates");
          return;
        case "rejected":
        case "deadLettered": {
          const why =
            reason ?? "the state machine answered rejected but sent nothing to a dead-letter queue";
          if (message.decides) this.settle(message.line, "rejected", why);
          if (outcome === "deadLettered" || reason === undefined)
            this.fail(message.line, "rejected", why);
          return;
        }
        default:
          throw new Error(
            `replay: ${pipe.target.resourceName} answered outcome ${JSON.stringify(outcome)} for line ${message.line}; expected stored, duplicate, rejected or deadLettered`,
          );
      }
    });
  }
}
