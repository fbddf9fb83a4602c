import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";

/**
 * A local stand-in for the Genesys Cloud platform API, reached through the official SDK's
 * `setGateway` (see `gatewayEnv`). It checks OAuth client credentials and bearer tokens, records
 * every request, and can inject faults. Integrations add their own endpoints with `route`;
 * process-automation triggers are built in (`triggers`).
 */

/** A request as a route handler sees it. */
export interface FakeRequest {
  readonly method: string;
  /** Path after the gateway's API prefix, e.g. `/api/v2/processautomation/triggers/abc`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Values of `{name}` placeholders in the matched route. */
  readonly params: Record<string, string>;
  readonly headers: http.IncomingHttpHeaders;
  readonly rawBody: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  readonly body: unknown;
}

/** What a route handler answers. */
export interface FakeResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export type RouteHandler = (req: FakeRequest) => FakeResponse;

/** One request the fake received, kept for assertions. */
export interface RecordedRequest {
  readonly method: string;
  /** The route pattern it matched (e.g. `/api/v2/processautomation/triggers/{triggerId}`), or the raw path. */
  readonly route: string;
  /** Full request target as sent, including any gateway prefix and query string. */
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly rawBody: string;
  readonly body: unknown;
  /** Status answered; undefined when the connection was reset instead. */
  status?: number;
}

/**
 * One injected fault. Faults queue per method and route and are consumed in order; a request
 * that matches no queued fault is served normally.
 */
export interface FaultSpec {
  readonly method: string;
  /** Route pattern exactly as registered, e.g. `/api/v2/processautomation/triggers`. */
  readonly route: string;
  /** Status to answer with (ignored with `reset`). */
  readonly status?: number;
  /** Error message in the Genesys error body. */
  readonly message?: string;
  /** Adds a `Retry-After` header (seconds). */
  readonly retryAfterSeconds?: number;
  /** Run the real handler first, so the change is stored, then answer with the fault. */
  readonly commit?: boolean;
  /** Destroy the socket instead of answering (a connection reset). */
  readonly reset?: boolean;
  /** How many consecutive matching requests get this fault. @default 1 */
  readonly times?: number;
}

/** A trigger as the fake stores it (the API's `Trigger` shape). */
export interface StoredTrigger {
  id: string;
  name: string;
  topicName: string;
  target: { type: string; id: string; workflowTargetSettings?: { dataFormat: string } };
  version: number;
  enabled: boolean;
  matchCriteria?: unknown[];
  eventTTLSeconds?: number;
  delayBySeconds?: number;
  description?: string;
  selfUri: string;
}

export interface FakeGenesysOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Gateway path prefix for login requests (SDK `path_params_login`). @default "" */
  readonly loginPathPrefix?: string;
  /** Gateway path prefix for API requests (SDK `path_params_api`). @default "" */
  readonly apiPathPrefix?: string;
  /** Page size when the client sends none. @default 25 */
  readonly defaultPageSize?: number;
}

export const TRIGGERS_ROUTE = "/api/v2/processautomation/triggers";
export const TRIGGER_ROUTE = "/api/v2/processautomation/triggers/{triggerId}";
export const TOKEN_ROUTE = "/oauth/token";

interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly regex: RegExp;
  readonly names: string[];
  readonly handler: RouteHandler;
}

interface QueuedFault {
  spec: FaultSpec;
  remaining: number;
}

export class FakeGenesysApi {
  /** Every request received, in order (token calls included). */
  readonly requests: RecordedRequest[] = [];
  /** Stored triggers by id, in creation order. */
  readonly triggers = new Map<string, StoredTrigger>();
  /** Access tokens issued so far. */
  readonly issuedTokens: string[] = [];

  private readonly routes: Route[] = [];
  private readonly faults: QueuedFault[] = [];
  private readonly server: http.Server;
  private readonly loginPrefix: string;
  private readonly apiPrefix: string;
  private readonly defaultPageSize: number;

  constructor(private readonly options: FakeGenesysOptions) {
    this.loginPrefix = options.loginPathPrefix ?? "";
    this.apiPrefix = options.apiPathPrefix ?? "";
    this.defaultPageSize = options.defaultPageSize ?? 25;
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.addTriggerRoutes();
  }

  /** Listens on 127.0.0.1 at a free port. */
  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((err) => (err ? reject(err) : resolve())),
    );
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The Terraform provider's gateway variables, pointing at this fake. */
  gatewayEnv(): Record<string, string> {
    return {
      GENESYSCLOUD_GATEWAY_HOST: "127.0.0.1",
      GENESYSCLOUD_GATEWAY_PORT: String(this.port),
      GENESYSCLOUD_GATEWAY_PROTOCOL: "http",
    };
  }

  /** Adds an endpoint under the API prefix; `{name}` segments become `req.params.name`. */
  route(method: string, pattern: string, handler: RouteHandler): void {
    const names: string[] = [];
    const source = pattern
      .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
      .replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name);
        return "([^/]+)";
      });
    this.routes.push({
      method: method.toUpperCase(),
      pattern,
      regex: new RegExp(`^${source}$`),
      names,
      handler,
    });
  }

  /** Queues a fault for the next matching request(s). */
  inject(fault: FaultSpec): void {
    this.faults.push({ spec: fault, remaining: fault.times ?? 1 });
  }

  /** Faults queued but not yet served. */
  pendingFaults(): number {
    return this.faults.reduce((sum, f) => sum + f.remaining, 0);
  }

  /** Recorded requests for one method and route pattern. */
  requestsTo(method: string, route: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.route === route);
  }

  /** Clears recorded requests, queued faults and stored data; keeps routes and issued tokens valid. */
  reset(): void {
    this.requests.length = 0;
    this.faults.length = 0;
    this.triggers.clear();
  }

  /** Stores a trigger directly, as if created outside the program. */
  seedTrigger(
    fields: Omit<StoredTrigger, "id" | "version" | "selfUri"> & { id?: string },
  ): StoredTrigger {
    const id = fields.id ?? randomUUID();
    const stored: StoredTrigger = { ...fields, id, version: 1, selfUri: `${TRIGGERS_ROUTE}/${id}` };
    this.triggers.set(id, stored);
    return stored;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://fake");
      const method = (req.method ?? "GET").toUpperCase();
      const body = parseJson(rawBody);
      const recorded: RecordedRequest = {
        method,
        route: url.pathname,
        url: req.url ?? "",
        headers: req.headers,
        rawBody,
        body,
      };
      this.requests.push(recorded);

      const answer = (response: FakeResponse) => {
        recorded.status = response.status;
        const text = response.body === undefined ? "" : JSON.stringify(response.body);
        res.writeHead(response.status, {
          ...(text ? { "Content-Type": "application/json" } : {}),
          ...(response.headers ?? {}),
        });
        res.end(text);
      };

      if (method === "POST" && url.pathname === `${this.loginPrefix}${TOKEN_ROUTE}`) {
        (recorded as { route: string }).route = TOKEN_ROUTE;
        this.serve(method, TOKEN_ROUTE, () => this.token(req, rawBody), req, answer);
        return;
      }
      if (!url.pathname.startsWith(`${this.apiPrefix}/`)) {
        answer(error(404, `no route for ${url.pathname}`));
        return;
      }
      const path = url.pathname.slice(this.apiPrefix.length);
      for (const route of this.routes) {
        const match = route.method === method ? route.regex.exec(path) : null;
        if (!match) continue;
        (recorded as { route: string }).route = route.pattern;
        const params = Object.fromEntries(
          route.names.map((n, i) => [n, decodeURIComponent(match[i + 1])]),
        );
        const request: FakeRequest = {
          method,
          path,
          query: url.searchParams,
          params,
          headers: req.headers,
          rawBody,
          body,
        };
        this.serve(
          method,
          route.pattern,
          () => this.authorized(req) ?? route.handler(request),
          req,
          answer,
        );
        return;
      }
      answer(error(404, `no route for ${method} ${path}`));
    });
  }

  /** Applies the next queued fault for this route, if any, around the real handler. */
  private serve(
    method: string,
    pattern: string,
    run: () => FakeResponse,
    req: http.IncomingMessage,
    answer: (r: FakeResponse) => void,
  ): void {
    const fault = this.faults.find(
      (f) => f.remaining > 0 && f.spec.method.toUpperCase() === method && f.spec.route === pattern,
    );
    if (!fault) {
      answer(run());
      return;
    }
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults.splice(this.faults.indexOf(fault), 1);
    const spec = fault.spec;
    if (spec.commit) run();
    if (spec.reset) {
      req.socket.destroy();
      return;
    }
    const status = spec.status ?? 500;
    const headers =
      spec.retryAfterSeconds === undefined
        ? undefined
        : { "Retry-After": String(spec.retryAfterSeconds) };
    answer({ ...error(status, spec.message ?? `injected HTTP ${status}`), headers });
  }

  private token(req: http.IncomingMessage, rawBody: string): FakeResponse {
    const expected = `Basic ${Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString("base64")}`;
    if (req.headers.authorization !== expected) {
      return {
        status: 401,
        body: { error: "invalid_client", description: "client authentication failed" },
      };
    }
    if (new URLSearchParams(rawBody).get("grant_type") !== "client_credentials") {
      return {
        status: 400,
        body: { error: "unsupported_grant_type", description: "only client_credentials" },
      };
    }
    const token = `fake-token-${randomUUID()}`;
    this.issuedTokens.push(token);
    return { status: 200, body: { access_token: token, token_type: "bearer", expires_in: 86400 } };
  }

  /** Undefined when the bearer token is one this fake issued; otherwise the 401 to answer. */
  private authorized(req: http.IncomingMessage): FakeResponse | undefined {
    const header = req.headers.authorization ?? "";
    const token = header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "";
    return this.issuedTokens.includes(token)
      ? undefined
      : error(401, "missing or unknown bearer token");
  }

  private addTriggerRoutes(): void {
    this.route("POST", TRIGGERS_ROUTE, (req) => {
      const problem = triggerBodyProblem(req.body);
      if (problem) return error(400, problem);
      const input = req.body as Omit<StoredTrigger, "id" | "version" | "selfUri">;
      const stored = this.seedTrigger(input);
      return { status: 200, body: stored };
    });
    this.route("GET", TRIGGERS_ROUTE, (req) => this.listTriggers(req.query));
    this.route("GET", TRIGGER_ROUTE, (req) => {
      const found = this.triggers.get(req.params.triggerId);
      return found
        ? { status: 200, body: found }
        : error(404, `trigger ${req.params.triggerId} not found`);
    });
    this.route("PUT", TRIGGER_ROUTE, (req) => {
      const found = this.triggers.get(req.params.triggerId);
      if (!found) return error(404, `trigger ${req.params.triggerId} not found`);
      const problem = triggerBodyProblem(req.body);
      if (problem) return error(400, problem);
      const input = req.body as StoredTrigger;
      if (input.version !== found.version) {
        return error(
          409,
          `The version ${String(input.version)} does not match the current version ${found.version}`,
        );
      }
      if (input.topicName !== found.topicName) return error(400, "topicName cannot be changed");
      const updated: StoredTrigger = {
        ...input,
        id: found.id,
        version: found.version + 1,
        selfUri: found.selfUri,
      };
      this.triggers.set(found.id, updated);
      return { status: 200, body: updated };
    });
    this.route("DELETE", TRIGGER_ROUTE, (req) => {
      if (!this.triggers.delete(req.params.triggerId))
        return error(404, `trigger ${req.params.triggerId} not found`);
      return { status: 204 };
    });
  }

  /** Cursor paging as the API does it: `after` is opaque, `nextUri` is present while more remain. */
  private listTriggers(query: URLSearchParams): FakeResponse {
    const pageSize = Math.min(Number(query.get("pageSize") ?? this.defaultPageSize), 200);
    const topicName = query.get("topicName");
    const all = [...this.triggers.values()].filter((t) => !topicName || t.topicName === topicName);
    const after = query.get("after");
    const start = after ? Number(Buffer.from(after, "base64url").toString("utf8")) : 0;
    const entities = all.slice(start, start + pageSize);
    const next = start + pageSize;
    const params = (cursor: number) => {
      const p = new URLSearchParams({
        after: Buffer.from(String(cursor)).toString("base64url"),
        pageSize: String(pageSize),
      });
      if (topicName) p.set("topicName", topicName);
      return `${TRIGGERS_ROUTE}?${p.toString()}`;
    };
    return {
      status: 200,
      body: {
        entities,
        selfUri: TRIGGERS_ROUTE,
        ...(next < all.length ? { nextUri: params(next) } : {}),
      },
    };
  }
}

/** The error body shape the platform API uses. */
export function error(status: number, message: string): FakeResponse {
  return {
    status,
    body: {
      message,
      code: status === 404 ? "not.found" : "bad.request",
      status,
      contextId: randomUUID(),
    },
  };
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The checks the real API is known to make on a create/update body. */
function triggerBodyProblem(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return "body must be a JSON object";
  const b = body as Record<string, unknown>;
  if (typeof b.name !== "string" || b.name === "") return "name is required";
  if (typeof b.topicName !== "string" || b.topicName === "") return "topicName is required";
  if (typeof b.enabled !== "boolean") return "enabled must be a boolean";
  const target = b.target as Record<string, unknown> | undefined;
  if (!target || target.type !== "Workflow" || typeof target.id !== "string")
    return "target must be {type: Workflow, id}";
  if (b.eventTTLSeconds !== undefined && b.delayBySeconds !== undefined)
    return "eventTTLSeconds and delayBySeconds are mutually exclusive";
  if (b.matchCriteria !== undefined && !Array.isArray(b.matchCriteria))
    return "matchCriteria must be an array";
  return undefined;
}
