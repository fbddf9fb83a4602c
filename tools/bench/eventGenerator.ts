/**
 * A deterministic stream of Genesys conversation events shaped like the fixtures' sample.jsonl, for
 * benchmarking the local replay. It knows what each line must count as under the settings the
 * sample was generated for (Pulumi.dev.yaml), so a run can be checked, not just timed.
 *
 * Each conversation is the seven legs an inbound call to an agent produces (customer.start,
 * acd.start, acd.end, user.start, user.end, acw, customer.end); about a third queue in the watched
 * queue. Between them, at fixed rates: at-least-once redeliveries (same envelope id), Genesys
 * re-sends (new id, same content), another org's events, unsubscribed topics, bodies without
 * participantId/sessionId, and lines that are not events.
 */

export const ORG_ID = "32aa07aa-db1b-4987-abd0-9483601ec29d";
export const WATCHED_QUEUE = "5c9d1a7e-8f3b-4c2d-9e61-0a4b7c3d2e10";
const SOURCE = `aws.partner/genesys.com/cloud/${ORG_ID}/dev-conversations`;
const TOPIC = (event: string) => `v2.detail.events.conversation.{id}.${event}`;

/** What a generated file must replay to. */
export interface ExpectedCounts {
  received: number;
  invalid: number;
  unmatched: number;
  stored: number;
  duplicates: number;
  rejected: number;
  queueEnded: number;
}

type Category = "invalid" | "unmatched" | "stored" | "duplicates" | "rejected";

/** mulberry32: a small, fast, seedable generator; the same seed gives the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates `count` lines and the counts a correct replay reports for them. */
export function generateEvents(
  count: number,
  seed = 20261121,
): { lines: string[]; expected: ExpectedCounts } {
  const next = random(seed);
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => Math.floor(next() * 16).toString(16)).join("");
  const uuid = () =>
    `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const phone = () => `tel:+131755501${String(Math.floor(next() * 100)).padStart(2, "0")}`;
  const otherQueues = Array.from({ length: 12 }, uuid);
  const otherOrgs = Array.from({ length: 5 }, uuid);

  const lines: { text: string; category: Category; queueEnd: boolean }[] = [];
  const keys = new Set<string>();
  let clock = Date.UTC(2026, 10, 21, 10, 0, 0);

  const envelope = (
    source: string,
    topic: string,
    conversationId: string,
    body: Record<string, unknown>,
  ) => {
    const time = new Date(clock).toISOString().replace(/\.\d{3}Z$/, "Z");
    return {
      version: "0",
      id: uuid(),
      "detail-type": TOPIC(topic),
      source,
      account: "123456789012",
      time,
      region: "us-east-1",
      resources: [],
      detail: {
        topicName: `v2.detail.events.conversation.${conversationId}.${topic}`,
        version: "2",
        eventBody: body,
        metadata: { CorrelationId: uuid() },
        timestamp: new Date(clock).toISOString(),
      },
    };
  };
  /** Emits a routed, well-formed event: stored the first time its idempotency key is seen. */
  const emit = (event: ReturnType<typeof envelope>, queueEnd: boolean) => {
    const body = event.detail.eventBody as Record<string, unknown>;
    const key = [event.detail.topicName, body.participantId, body.sessionId, body.eventTime].join(
      "#",
    );
    const first = !keys.has(key);
    keys.add(key);
    lines.push({
      text: JSON.stringify(event),
      category: first ? "stored" : "duplicates",
      queueEnd: queueEnd && first,
    });
  };

  const redeliveries: { event: ReturnType<typeof envelope> }[] = [];
  while (lines.length < count) {
    // Redeliveries and re-sends of the previous conversation arrive among the next one's events.
    for (const { event } of redeliveries.splice(0)) {
      if (next() < 0.5) emit(event, false);
      else emit({ ...event, id: uuid() }, false);
    }
    const conversationId = uuid();
    const customer = uuid();
    const agent = uuid();
    const userId = uuid();
    const watched = next() < 0.35;
    const queueId = watched ? WATCHED_QUEUE : pick(otherQueues);
    const common = { mediaType: "VOICE", direction: "INBOUND", dnis: "tel:+13175550100" };
    const legs: [string, string, Record<string, unknown>][] = [
      ["customer.start", customer, {}],
      ["acd.start", customer, { queueId }],
      [
        "acd.end",
        customer,
        { queueId, acdOutcome: pick(["ANSWERED", "ANSWERED", "ANSWERED", "ABANDONED"]) },
      ],
      ["user.start", agent, { queueId, userId }],
      ["user.end", agent, { queueId, userId, disconnectType: "CLIENT" }],
      [
        "acw",
        agent,
        { queueId, userId, wrapupCode: uuid(), wrapupDurationMs: Math.floor(next() * 60000) },
      ],
      ["customer.end", customer, { disconnectType: pick(["ENDPOINT", "PEER", "CLIENT"]) }],
    ];
    for (const [topic, participantId, extra] of legs) {
      clock += 1000;
      const body = {
        eventTime: clock + Math.floor(next() * 1000),
        conversationId,
        participantId,
        sessionId: uuid(),
        ...common,
        ani: phone(),
        ...extra,
      };
      const event = envelope(SOURCE, topic, conversationId, body);
      emit(event, topic === "user.end" && watched);
      const roll = next();
      if (roll < 0.03) redeliveries.push({ event });
      else if (roll < 0.035) {
        lines.push({
          text: JSON.stringify(
            envelope(
              `aws.partner/genesys.com/cloud/${pick(otherOrgs)}/dev-conversations`,
              "acw",
              conversationId,
              body,
            ),
          ),
          category: "unmatched",
          queueEnd: false,
        });
      } else if (roll < 0.04) {
        lines.push({
          text: JSON.stringify(
            envelope(
              SOURCE,
              pick(["voicemail.end", "flow.start", "attributes"]),
              conversationId,
              body,
            ),
          ),
          category: "unmatched",
          queueEnd: false,
        });
      } else if (roll < 0.043) {
        const partial = { eventTime: clock, conversationId, mediaType: "MESSAGE" };
        lines.push({
          text: JSON.stringify(envelope(SOURCE, "customer.end", conversationId, partial)),
          category: "rejected",
          queueEnd: false,
        });
      } else if (roll < 0.044) {
        const text = next() < 0.5 ? "[1,2,3]" : JSON.stringify(event).slice(0, 200);
        lines.push({ text, category: "invalid", queueEnd: false });
      }
    }
  }

  const kept = lines.slice(0, count);
  const expected: ExpectedCounts = {
    received: kept.length,
    invalid: 0,
    unmatched: 0,
    stored: 0,
    duplicates: 0,
    rejected: 0,
    queueEnded: 0,
  };
  for (const line of kept) {
    expected[line.category] += 1;
    if (line.queueEnd) expected.queueEnded += 1;
  }
  return { lines: kept.map((l) => l.text), expected };
}
