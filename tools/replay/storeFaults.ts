/**
 * Store faults a replay injects, decided in virtual time: a window in which every DynamoDB write
 * fails as unavailable (`--store-outage`), and a seeded fraction of writes throttled
 * (`--throttle`). The decision is a pure function of the write's key, its attempt number and the
 * virtual time, so a run is reproducible whatever order concurrent writes reach the store in.
 *
 * `FaultProxy` puts the decision in front of dynalite: the handler's own DynamoDB client sends
 * its request, and gets DynamoDB's own error answer (HTTP 503 ServiceUnavailable, or HTTP 400
 * ThrottlingException) or dynalite's real one.
 */
import { createHash } from "node:crypto";
import * as http from "node:http";
import type { AddressInfo } from "node:net";

/** A window of virtual time, in seconds from the start of the replay. */
export interface OutageWindow {
  readonly startSeconds: number;
  readonly durationSeconds: number;
}

export interface StoreFaultSettings {
  readonly outage?: OutageWindow;
  /** Fraction (0–1) of write attempts throttled. */
  readonly throttle?: number;
  readonly seed: number;
}

export type StoreFault = "unavailable" | "throttled" | undefined;

/** Decides each write attempt's fault; keeps a count of attempts per key. */
export class StoreFaults {
  private readonly attempts = new Map<string, number>();
  injected = { unavailable: 0, throttled: 0 };

  constructor(
    private readonly settings: StoreFaultSettings,
    private readonly nowMs: () => number,
  ) {}

  get active(): boolean {
    return this.settings.outage !== undefined || (this.settings.throttle ?? 0) > 0;
  }

  /** When the outage ends, in virtual ms; 0 without one. */
  get outageEndMs(): number {
    const o = this.settings.outage;
    return o ? (o.startSeconds + o.durationSeconds) * 1000 : 0;
  }

  decide(key: string): StoreFault {
    const now = this.nowMs() / 1000;
    const o = this.settings.outage;
    if (o && now >= o.startSeconds && now < o.startSeconds + o.durationSeconds) {
      this.injected.unavailable += 1;
      return "unavailable";
    }
    const fraction = this.settings.throttle ?? 0;
    if (fraction <= 0) return undefined;
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, attempt);
    const digest = createHash("sha256").update(`${this.settings.seed}:${key}:${attempt}`).digest();
    if (digest.readUInt32BE(0) / 2 ** 32 < fraction) {
      this.injected.throttled += 1;
      return "throttled";
    }
    return undefined;
  }
}

/** DynamoDB's error answers (JSON 1.0 protocol, `__type` names the error the SDK throws). */
const ANSWERS: Record<
  "unavailable" | "throttled",
  { status: number; type: string; message: string }
> = {
  unavailable: {
    status: 503,
    type: "com.amazonaws.dynamodb.v20120810#ServiceUnavailable",
    message: "Service is unavailable (injected outage)",
  },
  throttled: {
    status: 400,
    type: "com.amazonaws.dynamodb.v20120810#ThrottlingException",
    message: "Rate of requests exceeds the allowed throughput (injected)",
  },
};

/** The key a write names: table and hash key value, from a PutItem request body. */
function writeKey(target: string | undefined, body: string): string | undefined {
  if (!target?.endsWith(".PutItem")) return undefined;
  try {
    const request = JSON.parse(body) as {
      TableName?: string;
      Item?: Record<string, Record<string, unknown>>;
    };
    const pk = request.Item?.pk ?? Object.values(request.Item ?? {})[0];
    return `${request.TableName}#${JSON.stringify(pk)}`;
  } catch {
    return undefined;
  }
}

/** An HTTP proxy on loopback in front of dynalite that answers faulted writes itself. */
export class FaultProxy {
  private constructor(
    private readonly server: http.Server,
    readonly endpoint: string,
  ) {}

  static async start(upstream: string, faults: StoreFaults): Promise<FaultProxy> {
    const target = new URL(upstream);
    const agent = new http.Agent({ keepAlive: true });
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks);
        const key = writeKey(
          req.headers["x-amz-target"] as string | undefined,
          body.toString("utf8"),
        );
        const fault = key === undefined ? undefined : faults.decide(key);
        if (fault) {
          const answer = ANSWERS[fault];
          const text = JSON.stringify({ __type: answer.type, message: answer.message });
          res.writeHead(answer.status, {
            "content-type": "application/x-amz-json-1.0",
            "content-length": Buffer.byteLength(text),
          });
          res.end(text);
          return;
        }
        const forward = http.request(
          {
            host: target.hostname,
            port: target.port,
            method: req.method,
            path: req.url,
            headers: req.headers,
            agent,
          },
          (upstreamRes) => {
            res.writeHead(upstreamRes.statusCode ?? 500, upstreamRes.headers);
            upstreamRes.pipe(res);
          },
        );
        forward.on("error", (err) => {
          res.writeHead(502);
          res.end(String(err));
        });
        forward.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    return new FaultProxy(server, `http://127.0.0.1:${port}`);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Parses "2s+6h" (start + duration; s, m, h or d; a bare number is seconds). */
export function parseOutage(text: string): OutageWindow | string {
  const match = /^(\d+(?:\.\d+)?)([smhd]?)\+(\d+(?:\.\d+)?)([smhd]?)$/.exec(text.trim());
  if (!match) return `"${text}" is not <start>+<duration>, e.g. 2s+6h (units s, m, h, d)`;
  const seconds = (value: string, unit: string) =>
    Number(value) * { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[unit]!;
  const durationSeconds = seconds(match[3], match[4]);
  if (durationSeconds <= 0) return `"${text}" has a zero duration`;
  return { startSeconds: seconds(match[1], match[2]), durationSeconds };
}
