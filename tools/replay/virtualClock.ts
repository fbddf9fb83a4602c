/**
 * A virtual clock for the replay: simulated time advances only when every actor (a state machine
 * execution) is waiting on it, so hours of retries, visibility timeouts and outages pass in
 * moments of wall time while the real code (the definition, the handler, the store) runs as it is.
 *
 * Actors are counted: `spawn` starts one; `sleep` parks it until the clock reaches its wake time.
 * An actor sleeps in at most one place at a time (the state machine's processor Task), which is
 * what keeps the count exact.
 */

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly wake: () => void;
  cancelled?: boolean;
}

/** A scheduled callback that can be called off; a cancelled one never moves the clock. */
export interface TimerHandle {
  cancel(): void;
}

/** Milliseconds of virtual time since the replay started. */
export class VirtualClock {
  now = 0;
  private readonly heap: Timer[] = [];
  private seq = 0;
  private running = 0;
  private onIdle: (() => void) | undefined;
  private failure: unknown;

  /** Runs `callback` (synchronous; it may spawn actors) when the clock reaches `at`. */
  at(at: number, callback: () => void): TimerHandle {
    const timer: Timer = { at: Math.max(at, this.now), seq: this.seq++, wake: callback };
    this.push(timer);
    return {
      cancel: () => {
        timer.cancelled = true;
      },
    };
  }

  /** Starts an actor now; the clock waits for it to finish or sleep. */
  spawn<T>(work: () => Promise<T>): Promise<T> {
    this.running += 1;
    return work().finally(() => this.settle());
  }

  /** Parks the calling actor for `ms` of virtual time. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.push({
        at: this.now + Math.max(0, ms),
        seq: this.seq++,
        wake: () => {
          this.running += 1;
          resolve();
        },
      });
      this.settle();
    });
  }

  /** Records an error from a callback or actor; `run` rethrows it. */
  fail(err: unknown): void {
    this.failure ??= err;
    this.onIdle?.();
  }

  /** Advances time until no timer is left. */
  async run(): Promise<void> {
    for (;;) {
      if (this.running > 0)
        await new Promise<void>((resolve) => {
          this.onIdle = resolve;
        });
      this.onIdle = undefined;
      if (this.failure !== undefined) throw this.failure;
      let timer = this.pop();
      while (timer?.cancelled) timer = this.pop();
      if (timer === undefined) return;
      this.now = Math.max(this.now, timer.at);
      try {
        timer.wake();
      } catch (err) {
        this.fail(err);
      }
    }
  }

  private settle(): void {
    this.running -= 1;
    if (this.running < 0) this.fail(new Error("virtual clock: an actor slept twice at once"));
    if (this.running === 0) this.onIdle?.();
  }

  private push(timer: Timer): void {
    const heap = this.heap;
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private pop(): Timer | undefined {
    const heap = this.heap;
    if (heap.length === 0) return undefined;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l], heap[m])) m = l;
        if (r < heap.length && before(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  }
}

function before(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

/** A small seeded PRNG (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
