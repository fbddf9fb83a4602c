import * as http from "node:http";
import type { AddressInfo } from "node:net";

/** One request the fake Genesys API received. */
export interface FakeRequest {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | undefined;
  readonly body: string;
}

export interface FakeFlow {
  readonly id: string;
  readonly name: string;
  /** As the API returns it, e.g. "INBOUNDCALL". */
  readonly type: string;
}

export interface FakeGenesysApiOptions {
  /** Client id and secret the token endpoint accepts. */
  readonly clientId: string;
  readonly clientSecret: string;
  /** Flows GET /api/v2/flows returns (filtered by the name and type query). */
  readonly flows?: FakeFlow[];
  /** Statuses DELETE /api/v2/flows/{id} answers with, one per request; 204 once they run out. */
  readonly deleteStatuses?: number[];
}

export const FAKE_ACCESS_TOKEN = "fake-access-token";

/**
 * A local stand-in for login.<env> and api.<env>: the token endpoint and the flows endpoints the
 * ArchyFlow scripts call. Point GEO_GENESYS_LOGIN_URL and GEO_GENESYS_API_URL at `url`.
 */
export async function startFakeGenesysApi(options: FakeGenesysApiOptions) {
  const requests: FakeRequest[] = [];
  const deleteStatuses = [...(options.deleteStatuses ?? [])];
  const expectedBasic = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString("base64")}`;
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      requests.push({
        method: req.method ?? "",
        url: req.url ?? "",
        authorization: req.headers.authorization,
        body,
      });
      const url = new URL(req.url ?? "/", "http://fake");
      const send = (status: number, payload?: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(payload === undefined ? "" : JSON.stringify(payload));
      };
      if (req.method === "POST" && url.pathname === "/oauth/token") {
        const ok =
          req.headers.authorization === expectedBasic && body === "grant_type=client_credentials";
        return ok
          ? send(200, { access_token: FAKE_ACCESS_TOKEN, token_type: "bearer", expires_in: 86400 })
          : send(401, { message: "bad client" });
      }
      if (req.headers.authorization !== `Bearer ${FAKE_ACCESS_TOKEN}`)
        return send(401, { message: "no token" });
      if (req.method === "GET" && url.pathname === "/api/v2/flows") {
        const name = url.searchParams.get("name");
        const type = url.searchParams.get("type");
        const entities = (options.flows ?? []).filter(
          (f) => f.name.includes(name ?? "") && f.type.toLowerCase() === type,
        );
        return send(200, { entities, pageSize: 100, pageNumber: 1, total: entities.length });
      }
      const match = /^\/api\/v2\/flows\/([^/]+)$/.exec(url.pathname);
      if (req.method === "DELETE" && match) return send(deleteStatuses.shift() ?? 204);
      return send(404, { message: `fake: no route for ${req.method} ${url.pathname}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
