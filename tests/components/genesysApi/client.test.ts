import * as assert from "node:assert/strict";
import { openGenesysClient } from "../../../components/genesysApi/client";
import {
  type Clock,
  type RetryPolicy,
  backoffMs,
  retryAfterMs,
  startBudget,
} from "../../../components/genesysApi/retry";
import { genesysEndpoints } from "../../../components/genesysApi/settings";
import { type FakeFlow, FLOW_ROUTE, addFlowRoutes } from "../../fakes/genesysOrg";
import { FakeGenesysApi, TOKEN_ROUTE } from "../../fakes/genesysApi";
import { deleteFlow, findFlowId } from "../../../components/archy/flowApi";

// The shared client and the flow calls built on it, against the in-process fake with every fault
// it injects (429 + Retry-After, 5xx, reset connection, 4xx). A virtual clock records each wait
// and lets it "elapse" at once. Not proven: the real API's wording of its errors.

const CLIENT_ID = "client-test-id";
const CLIENT_SECRET = "client-test-S3cret";
const POLICY: RetryPolicy = { deadlineMs: 60_000, initialBackoffMs: 100, maxBackoffMs: 2_000 };

interface VirtualClock extends Clock {
  waits: number[];
}

function virtualClock(): VirtualClock {
  let t = 1_000_000;
  const waits: number[] = [];
  return { waits, now: () => t, sleep: async (ms) => void (waits.push(ms), (t += ms)) };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

describe("shared Genesys API client against the fake", () => {
  const fake = new FakeGenesysApi({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  const flows = new Map<string, FakeFlow>();
  let clock: VirtualClock;
  const env = () => ({
    ...fake.gatewayEnv(),
    GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT_ID,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: CLIENT_SECRET,
  });
  const budget = (what = "delete flow f-1") => startBudget(what, POLICY, clock);
  const open = () =>
    openGenesysClient({
      environment: "mypurecloud.com",
      env: env(),
      who: "test",
      budget: budget("login"),
    });
  const flow = { flowId: "f-1", flowName: "Old flow" };
  const deletes = () => fake.requestsTo("DELETE", FLOW_ROUTE);

  before(async () => {
    await fake.start();
    addFlowRoutes(fake, flows);
  });
  after(() => fake.stop());
  beforeEach(() => {
    fake.reset();
    flows.clear();
    flows.set("f-1", { id: "f-1", name: "Old flow", type: "INBOUNDCALL" });
    clock = virtualClock();
  });
  afterEach(() => {
    for (const r of fake.requests.filter((q) => q.route !== TOKEN_ROUTE)) {
      assert.ok(
        !`${r.url} ${JSON.stringify(r.headers)} ${r.rawBody}`.includes(CLIENT_SECRET),
        "secret sent outside the token call",
      );
    }
  });

  describe("flow delete", () => {
    it("deletes a flow with one call when nothing fails", async () => {
      assert.equal(await deleteFlow(await open(), flow, budget()), "deleted");
      assert.equal(deletes().length, 1);
      assert.equal(flows.has("f-1"), false);
      assert.deepEqual(clock.waits, []);
    });

    it("survives a 429 by waiting exactly its Retry-After", async () => {
      fake.inject({ method: "DELETE", route: FLOW_ROUTE, status: 429, retryAfterSeconds: 7 });
      assert.equal(await deleteFlow(await open(), flow, budget()), "deleted");
      assert.deepEqual(clock.waits, [7_000]);
      assert.equal(deletes().length, 2);
    });

    it("survives a 503 with a bounded, jittered backoff", async () => {
      fake.inject({ method: "DELETE", route: FLOW_ROUTE, status: 503, times: 3 });
      assert.equal(await deleteFlow(await open(), flow, budget()), "deleted");
      assert.equal(clock.waits.length, 3);
      clock.waits.forEach((w, i) => {
        const base = Math.min(POLICY.maxBackoffMs, POLICY.initialBackoffMs * 2 ** i);
        assert.ok(w >= base / 2 && w <= base, `wait ${i} = ${w} outside [${base / 2}, ${base}]`);
      });
    });

    it("survives a dropped connection, even one that had already deleted the flow (the retry's 404 counts as done)", async () => {
      fake.inject({ method: "DELETE", route: FLOW_ROUTE, reset: true, commit: true });
      assert.equal(await deleteFlow(await open(), flow, budget()), "already-gone");
      assert.equal(deletes().length, 2);
      assert.equal(flows.has("f-1"), false);
    });

    it("retries 409 (flow locked or busy)", async () => {
      fake.inject({
        method: "DELETE",
        route: FLOW_ROUTE,
        status: 409,
        message: "Flow is locked by another user",
        times: 2,
      });
      assert.equal(await deleteFlow(await open(), flow, budget()), "deleted");
      assert.equal(deletes().length, 3);
    });

    it("fails at once on another 4xx, with Genesys' message and the next step", async () => {
      fake.inject({
        method: "DELETE",
        route: FLOW_ROUTE,
        status: 400,
        message: "Flow is referenced by an active trigger",
      });
      const error = await rejection(deleteFlow(await open(), flow, budget()));
      assert.equal(
        error.message,
        "delete flow f-1: Genesys answered HTTP 400: Flow is referenced by an active trigger. Delete the flow in Architect yourself if it should go, then run pulumi up again",
      );
      assert.deepEqual(clock.waits, []);
    });

    it("gives up when 5xx answers outlast the deadline, having waited no longer than it", async () => {
      fake.inject({ method: "DELETE", route: FLOW_ROUTE, status: 500, times: 1000 });
      const error = await rejection(deleteFlow(await open(), flow, budget()));
      assert.match(
        error.message,
        /^delete flow f-1: gave up after \d+ failed attempt\(s\) within the 60s deadline; last failure: HTTP 500: injected HTTP 500\./,
      );
      assert.ok(clock.waits.reduce((a, b) => a + b, 0) <= POLICY.deadlineMs);
      assert.ok(!error.message.includes(CLIENT_SECRET));
    });
  });

  describe("flow lookup", () => {
    it("finds the one flow with the exact name and type, ignoring substring matches, after a 429", async () => {
      flows.set("f-2", { id: "f-2", name: "Old flow copy", type: "INBOUNDCALL" });
      fake.inject({ method: "GET", route: "/api/v2/flows", status: 429, retryAfterSeconds: 2 });
      assert.equal(
        await findFlowId(await open(), "Old flow", "inboundcall", budget("find")),
        "f-1",
      );
      assert.deepEqual(clock.waits, [2_000]);
    });
  });

  describe("login", () => {
    it("retries a throttled login after Retry-After and a dropped one with backoff", async () => {
      fake.inject({ method: "POST", route: TOKEN_ROUTE, status: 429, retryAfterSeconds: 3 });
      fake.inject({ method: "POST", route: TOKEN_ROUTE, reset: true });
      await open();
      assert.equal(clock.waits[0], 3_000);
      assert.equal(clock.waits.length, 2);
    });

    it("fails at once on rejected credentials, naming the variables and never the secret", async () => {
      const error = await rejection(
        openGenesysClient({
          environment: "mypurecloud.com",
          env: { ...env(), GENESYSCLOUD_OAUTHCLIENT_SECRET: "wrong-secret" },
          who: "test",
          budget: budget(),
        }),
      );
      assert.match(
        error.message,
        /^test: Genesys login to mypurecloud\.com failed \(HTTP 401: client authentication failed\); check GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET/,
      );
      assert.ok(!error.message.includes("wrong-secret"));
      assert.deepEqual(clock.waits, []);
    });
  });
});

describe("shared retry policy and settings", () => {
  it("reads Retry-After as seconds or as an HTTP date, ignoring junk", () => {
    assert.equal(retryAfterMs({ "retry-after": "5" }), 5_000);
    assert.equal(retryAfterMs(new Headers({ "Retry-After": "0" })), 0);
    const now = Date.parse("2026-12-01T10:00:00Z");
    assert.equal(retryAfterMs({ "retry-after": "Tue, 01 Dec 2026 10:00:30 GMT" }, now), 30_000);
    assert.equal(retryAfterMs({ "retry-after": "soon" }), undefined);
    assert.equal(retryAfterMs({}), undefined);
  });

  it("backs off exponentially, capped, with half of each wait random", () => {
    const timing = { deadlineMs: 1, initialBackoffMs: 1_000, maxBackoffMs: 8_000 };
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((n) => backoffMs(n, timing, () => 0)),
      [500, 1_000, 2_000, 4_000, 4_000],
    );
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((n) => backoffMs(n, timing, () => 1)),
      [1_000, 2_000, 4_000, 8_000, 8_000],
    );
  });

  it("builds the login and API URLs as the SDK does, with or without a gateway", () => {
    assert.deepEqual(genesysEndpoints("mypurecloud.ie"), {
      loginUrl: "https://login.mypurecloud.ie",
      apiUrl: "https://api.mypurecloud.ie",
    });
    assert.deepEqual(genesysEndpoints("https://api.usw2.pure.cloud/"), {
      loginUrl: "https://login.usw2.pure.cloud",
      apiUrl: "https://api.usw2.pure.cloud",
    });
    assert.deepEqual(
      genesysEndpoints("mypurecloud.com", {
        host: "gw.example",
        port: 8443,
        path_params_api: "genesys/",
        path_params_login: "/auth",
      }),
      {
        loginUrl: "https://gw.example:8443/auth",
        apiUrl: "https://gw.example:8443/genesys",
      },
    );
  });
});
