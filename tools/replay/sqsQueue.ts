/**
 * A standard SQS queue in virtual time, with the semantics the pipeline relies on (SQS developer
 * guide): a received message is hidden for the visibility timeout and comes back unless deleted;
 * each receive counts; when a receive would exceed the redrive policy's maxReceiveCount the message
 * is moved to the dead-letter queue instead, keeping its original enqueue time (standard queues,
 * setting-up-dead-letter-queue-retention.html); a message older than the retention period is
 * deleted (lost). A redrive (StartMessageMoveTask) moves messages as new ones: a new message id and
 * enqueue time (sqs-configure-dead-letter-queue-redrive.html).
 */
import type { TimerHandle, VirtualClock } from "./virtualClock";

/** One message, and what the replay knows of it. */
export interface QueueMessage<Meta> {
  messageId: string;
  readonly body: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly meta: Meta;
  /** Virtual ms the message entered this queue's lineage (kept by a dead-letter move). */
  sentAt: number;
  receiveCount: number;
  firstReceivedAt?: number;
  visibleAt: number;
  /** Bumped on every receive, so a stale visibility timer does nothing. */
  receipt: number;
  visibilityTimer?: TimerHandle;
}

/** The settings of a simulated queue. */
export interface SqsQueueSettings {
  readonly name: string;
  readonly visibilityTimeoutSeconds: number;
  readonly retentionSeconds: number;
  /** The redrive policy. @default none */
  readonly redrive?: { readonly deadLetterQueue: SqsQueue<any>; readonly maxReceiveCount: number };
}

/** What leaves a queue other than by a consumer's delete. */
export interface SqsQueueEvents<Meta> {
  moved?(message: QueueMessage<Meta>, to: SqsQueue<Meta>): void;
  expired?(message: QueueMessage<Meta>): void;
  visible?(): void;
}

let nextId = 0;
/** Deterministic message ids: the run is reproducible. */
export function newMessageId(): string {
  nextId += 1;
  return `00000000-0000-4000-8000-${nextId.toString(16).padStart(12, "0")}`;
}

export class SqsQueue<Meta> {
  /** Visible messages, oldest first. */
  private readonly visible: QueueMessage<Meta>[] = [];
  private visibleHead = 0;
  private readonly inFlight = new Map<string, QueueMessage<Meta>>();
  /** Messages nobody consumes (a dead-letter queue), in arrival order. */
  readonly stored: QueueMessage<Meta>[] = [];
  private peak = 0;

  constructor(
    readonly settings: SqsQueueSettings,
    private readonly clock: VirtualClock,
    private readonly events: SqsQueueEvents<Meta> = {},
  ) {}

  get size(): number {
    return this.visible.length - this.visibleHead + this.inFlight.size;
  }

  get visibleCount(): number {
    return this.visible.length - this.visibleHead;
  }

  /** Most messages the queue held at once. */
  get maxSize(): number {
    return this.peak;
  }

  send(body: string, meta: Meta, attributes: Record<string, string> = {}): QueueMessage<Meta> {
    const now = this.clock.now;
    const message: QueueMessage<Meta> = {
      messageId: newMessageId(),
      body,
      attributes,
      meta,
      sentAt: now,
      receiveCount: 0,
      visibleAt: now,
      receipt: 0,
    };
    this.enqueue(message);
    return message;
  }

  /** A dead-letter move: same message id and enqueue time. */
  accept(message: QueueMessage<Meta>): void {
    this.enqueue({
      ...message,
      receiveCount: 0,
      visibleAt: this.clock.now,
      receipt: 0,
      visibilityTimer: undefined,
    });
  }

  private enqueue(message: QueueMessage<Meta>): void {
    this.visible.push(message);
    this.peak = Math.max(this.peak, this.size);
    this.events.visible?.();
  }

  /** ReceiveMessage: up to `max` visible messages, hidden for the visibility timeout. */
  receive(max: number): QueueMessage<Meta>[] {
    const now = this.clock.now;
    const batch: QueueMessage<Meta>[] = [];
    while (batch.length < max && this.visibleHead < this.visible.length) {
      const message = this.visible[this.visibleHead++];
      if (now - message.sentAt >= this.settings.retentionSeconds * 1000) {
        this.events.expired?.(message);
        continue;
      }
      const redrive = this.settings.redrive;
      if (redrive && message.receiveCount >= redrive.maxReceiveCount) {
        redrive.deadLetterQueue.accept(message);
        this.events.moved?.(message, redrive.deadLetterQueue);
        continue;
      }
      message.receiveCount += 1;
      message.firstReceivedAt ??= now;
      message.receipt += 1;
      message.visibleAt = now + this.settings.visibilityTimeoutSeconds * 1000;
      this.inFlight.set(message.messageId, message);
      const receipt = message.receipt;
      message.visibilityTimer = this.clock.at(message.visibleAt, () =>
        this.reappear(message, receipt),
      );
      batch.push(message);
    }
    this.compact();
    return batch;
  }

  delete(message: QueueMessage<Meta>): void {
    this.inFlight.delete(message.messageId);
    message.visibilityTimer?.cancel();
  }

  /** Keeps a message nobody receives (a dead-letter queue's), for the report and a redrive. */
  keep(message: QueueMessage<Meta>): void {
    this.stored.push(message);
  }

  /** Every message of this (dead-letter) queue moved to `destination` as a new message. */
  redriveTo(destination: SqsQueue<Meta>): QueueMessage<Meta>[] {
    const moved = [...this.stored, ...this.visible.slice(this.visibleHead)];
    this.stored.length = 0;
    this.visible.length = 0;
    this.visibleHead = 0;
    return moved.map((m) => destination.send(m.body, m.meta, { ...m.attributes }));
  }

  /** Messages held that nobody consumes, oldest first (a dead-letter queue's). */
  held(): QueueMessage<Meta>[] {
    return [...this.stored, ...this.visible.slice(this.visibleHead)];
  }

  private reappear(message: QueueMessage<Meta>, receipt: number): void {
    if (message.receipt !== receipt || !this.inFlight.has(message.messageId)) return;
    this.inFlight.delete(message.messageId);
    this.visible.push(message);
    this.events.visible?.();
  }

  private compact(): void {
    if (this.visibleHead > 1024 && this.visibleHead * 2 > this.visible.length) {
      this.visible.splice(0, this.visibleHead);
      this.visibleHead = 0;
    }
  }
}
