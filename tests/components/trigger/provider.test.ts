import * as assert from "node:assert/strict";
import { createTriggerProvider } from "../../../components/trigger/provider";
import type { Clock } from "../../../components/trigger/retry";
import { FakeGenesysApi, TOKEN_ROUTE, TRIGGERS_ROUTE, TRIGGER_ROUTE } from "../../fakes/genesysApi";

// Provider CRUD through the real SDK against the local fake. Waits use a virtual clock: every
// backoff and Retry-After is recorded and "elapses" at once, so deadlines are exercised without sleeping.
// Not proven here: behaviour of the real Genesys API beyond the facts the fake encodes.

const CLIENT_ID = "trigger-test-client";
const CLIENT_SECRET = "s3cr3t-trigger-test-value";
const TOPIC = "v2.detail.events.conversation.{id}.customer.end";

interface VirtualClock extends Clock {
  waits: number[];
}

function virtualClock(): VirtualClock {
  let t = 1_000_000;
  const waits: number[] = [];
  return {
    waits,
    now: () => t,
    sleep: async (ms) => {
      waits.push(ms);
      t += ms;
    },
  };
}

const TIMING = {
  deadlineMs: 60_000,
  createRetryWindowMs: 20_000,
  initialBackoffMs: 100,
  maxBackoffMs: 2_000,
};

const inputs = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  genesysEnvironment: "mypurecloud.com",
  name: "Save attributes on disconnect",
  topicName: TOPIC,
  workflowId: "wf-1",
  enabled: true,
  dataFormat: "TopLevelPrimitives",
  matchCriteria: [{ jsonPath: "mediaType", operator: "Equal", value: "VOICE" }],
  eventTTLSeconds: 60,
  ...overrides,
});

const ENV_KEYS = [
  "GENESYSCLOUD_OAUTHCLIENT_ID",
  "GENESYSCLOUD_OAUTHCLIENT_SECRET",
  "GENESYSCLOUD_GATEWAY_HOST",
  "GENESYSCLOUD_GATEWAY_PORT",
  "GENESYSCLOUD_GATEWAY_PROTOCOL",
  "GENESYSCLOUD_GATEWAY_PATH_NAME",
  "GENESYSCLOUD_GATEWAY_PATH_VALUE",
];

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

describe("ProcessAutomationTrigger provider against the fake Genesys API", function () {
  const fake = new FakeGenesysApi({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  const savedEnv: Record<string, string | undefined> = {};
  let clock: VirtualClock;
  let provider: ReturnType<typeof createTriggerProvider>;

  const posts = () => fake.requestsTo("POST", TRIGGERS_ROUTE);
  const lists = () => fake.requestsTo("GET", TRIGGERS_ROUTE);
  const stored = () => [...fake.triggers.values()];
  const create = (overrides: Record<string, unknown> = {}) => provider.create(inputs(overrides));
  /** Error text may be printed by Pulumi: it must hold neither the secret nor any token. */
  const assertClean = (text: string) => {
    assert.ok(!text.includes(CLIENT_SECRET), "secret leaked");
    for (const token of fake.issuedTokens) assert.ok(!text.includes(token), "token leaked");
  };

  before(async () => {
    await fake.start();
    for (const key of ENV_KEYS) savedEnv[key] = process.env[key];
  });
  after(async () => {
    for (const key of ENV_KEYS) {
      if (savedEnv[key] === undefined) delete process.env[key];
      else process.env[key] = savedEnv[key];
    }
    await fake.stop();
  });
  beforeEach(() => {
    fake.reset();
    for (const key of ENV_KEYS) delete process.env[key];
    Object.assign(process.env, fake.gatewayEnv(), {
      GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT_ID,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: CLIENT_SECRET,
    });
    clock = virtualClock();
    provider = createTriggerProvider({ timing: TIMING, clock });
  });
  afterEach(() => {
    const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");
    for (const r of fake.requests.filter((q) => q.route !== TOKEN_ROUTE)) {
      const text = `${r.url} ${JSON.stringify(r.headers)} ${r.rawBody}`;
      assert.ok(
        !text.includes(CLIENT_SECRET) && !text.includes(basic),
        `secret sent outside the token call: ${r.method} ${r.url}`,
      );
    }
  });

  describe("create", () => {
    it("POSTs once with a boolean enabled, the Workflow target and criteria objects, in a stable key order", async () => {
      const result = await create();
      assert.equal(posts().length, 1);
      assert.equal(
        posts()[0].rawBody,
        '{"enabled":true,"eventTTLSeconds":60,"matchCriteria":[{"jsonPath":"mediaType","operator":"Equal","value":"VOICE"}],' +
          '"name":"Save attributes on disconnect","target":{"id":"wf-1","type":"Workflow","workflowTargetSettings":{"dataFormat":"TopLevelPrimitives"}},' +
          `"topicName":"${TOPIC}"}`,
      );
      assert.equal(stored().length, 1);
      assert.equal(result.id, stored()[0].id);
      assert.deepEqual(result.outs, { ...inputs(), triggerId: stored()[0].id, version: 1 });
    });

    it("waits the Retry-After seconds of a 429, then POSTs again", async () => {
      fake.inject({ method: "POST", route: TRIGGERS_ROUTE, status: 429, retryAfterSeconds: 7 });
      await create();
      assert.deepEqual(clock.waits, [7_000]);
      assert.equal(posts().length, 2);
      assert.equal(stored().length, 1);
    });

    it("retries a 400 (workflow not visible yet) without listing, then succeeds", async () => {
      fake.inject({
        method: "POST",
        route: TRIGGERS_ROUTE,
        status: 400,
        message: "Flow wf-1 not found",
        times: 2,
      });
      await create();
      assert.equal(posts().length, 3);
      assert.equal(lists().length, 0);
      assert.equal(stored().length, 1);
    });

    it("fails with the API's message once 400s outlast the create retry window", async () => {
      fake.inject({
        method: "POST",
        route: TRIGGERS_ROUTE,
        status: 400,
        message: "Flow wf-1 not found",
        times: 1000,
      });
      const error = await rejection(create());
      assert.match(
        error.message,
        /^create ProcessAutomationTrigger "Save attributes on disconnect": Genesys answered HTTP 400: Flow wf-1 not found\. Create was retried for 20s/,
      );
      assert.ok(
        clock.waits.reduce((a, b) => a + b, 0) <= TIMING.createRetryWindowMs + TIMING.maxBackoffMs,
      );
      assert.equal(stored().length, 0);
      assertClean(error.message);
    });

    it("fails within seconds, without retrying, on a 400 other than 'target not visible'", async () => {
      fake.inject({
        method: "POST",
        route: TRIGGERS_ROUTE,
        status: 400,
        message: "Invalid jsonPath 'media Type' in matchCriteria[0]",
        times: 1000,
      });
      const started = Date.now();
      const error = await rejection(create());
      assert.equal(
        error.message,
        'create ProcessAutomationTrigger "Save attributes on disconnect": Genesys answered HTTP 400: ' +
          "Invalid jsonPath 'media Type' in matchCriteria[0]. Fix the trigger's topicName " +
          '("v2.detail.events.conversation.{id}.customer.end") or matchCriteria as the message says',
      );
      assert.equal(posts().length, 1);
      assert.deepEqual(clock.waits, []);
      assert.ok(Date.now() - started < 5_000);
    });

    it("after a 500 that stored nothing, finds no match and POSTs again: one trigger", async () => {
      fake.inject({ method: "POST", route: TRIGGERS_ROUTE, status: 500 });
      await create();
      assert.equal(posts().length, 2);
      assert.equal(lists().length, 1);
      assert.equal(stored().length, 1);
    });

    it("after a 500 that did store the trigger, adopts it instead of POSTing again", async () => {
      fake.inject({ method: "POST", route: TRIGGERS_ROUTE, status: 500, commit: true });
      const result = await create();
      assert.equal(posts().length, 1);
      assert.equal(stored().length, 1);
      assert.equal(result.id, stored()[0].id);
    });

    it("after a connection reset once the server stored the trigger, adopts it", async () => {
      fake.inject({ method: "POST", route: TRIGGERS_ROUTE, reset: true, commit: true });
      const result = await create();
      assert.equal(posts().length, 1);
      assert.deepEqual(
        stored().map((t) => t.id),
        [result.id],
      );
    });

    it("after a connection reset before anything was stored, POSTs again: one trigger", async () => {
      fake.inject({ method: "POST", route: TRIGGERS_ROUTE, reset: true });
      await create();
      assert.equal(posts().length, 2);
      assert.equal(stored().length, 1);
    });

    it("pages through every listing with `after` to find the stored trigger, ignoring near-misses", async () => {
      for (let i = 0; i < 430; i++) {
        fake.seedTrigger({
          name: `other ${i}`,
          topicName: TOPIC,
          enabled: true,
          target: { type: "Workflow", id: "wf-1" },
        });
      }
      // Same name and topic but another workflow: not ours, must not be adopted.
      fake.seedTrigger({
        name: "Save attributes on disconnect",
        topicName: TOPIC,
        enabled: true,
        target: { type: "Workflow", id: "wf-other" },
      });
      fake.inject({ method: "POST", route: TRIGGERS_ROUTE, status: 503, commit: true });
      fake.inject({ method: "GET", route: TRIGGERS_ROUTE, status: 500 });
      const result = await create();
      assert.equal(posts().length, 1);
      const adopted = fake.triggers.get(result.id);
      assert.equal(adopted?.target.id, "wf-1");
      assert.equal(adopted?.name, "Save attributes on disconnect");
      const cursors = lists().map((r) => new URL(r.url, "http://x").searchParams.get("after"));
      // One failed list retried, then three pages of 200: the stored trigger is number 432.
      assert.equal(lists().length, 4);
      assert.deepEqual(cursors.slice(0, 2), [null, null]);
      assert.ok(cursors[2] && cursors[3] && cursors[2] !== cursors[3]);
      assert.equal(stored().length, 432);
    });

    it("gives up with a clear error when 5xx answers outlast the deadline, having waited at most the deadline", async () => {
      fake.inject({
        method: "POST",
        route: TRIGGERS_ROUTE,
        status: 502,
        message: "bad gateway",
        times: 1000,
      });
      const error = await rejection(create());
      assert.match(
        error.message,
        /^create ProcessAutomationTrigger "Save attributes on disconnect": gave up after \d+ failed attempt\(s\) within the 60s deadline; last failure: HTTP 502: bad gateway\./,
      );
      assert.ok(clock.waits.reduce((a, b) => a + b, 0) <= TIMING.deadlineMs);
      assert.ok(
        fake.pendingFaults() > 900,
        "the provider kept retrying instead of stopping at the deadline",
      );
      assert.equal(stored().length, 0);
      assertClean(error.message);
    });

    it("fails at once when Retry-After is beyond the deadline", async () => {
      fake.inject({ method: "POST", route: TRIGGERS_ROUTE, status: 429, retryAfterSeconds: 3600 });
      const error = await rejection(create());
      assert.match(
        error.message,
        /gave up after 1 failed attempt\(s\) within the 60s deadline; last failure: HTTP 429/,
      );
      assert.deepEqual(clock.waits, []);
      assert.equal(posts().length, 1);
    });

    it("fails on other 4xx without retrying", async () => {
      fake.inject({
        method: "POST",
        route: TRIGGERS_ROUTE,
        status: 403,
        message: "Missing permission processautomation:trigger:add",
      });
      const error = await rejection(create());
      assert.equal(
        error.message,
        'create ProcessAutomationTrigger "Save attributes on disconnect": Genesys answered HTTP 403: Missing permission processautomation:trigger:add',
      );
      assert.equal(posts().length, 1);
    });

    it("rejects invalid inputs before sending anything", async () => {
      const error = await rejection(create({ delayBySeconds: 120 }));
      assert.equal(
        error.message,
        "ProcessAutomationTrigger: eventTTLSeconds (60) and delayBySeconds (120) are mutually exclusive; set only one of them.",
      );
      assert.equal(fake.requests.length, 0);
    });

    it("names both credential variables when one is missing, before sending anything", async () => {
      delete process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET;
      const error = await rejection(create());
      assert.equal(
        error.message,
        "ProcessAutomationTrigger: GENESYSCLOUD_OAUTHCLIENT_SECRET not set. Export GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET " +
          "(a client-credentials OAuth client with the permissions in docs/deploying.md) in the environment that runs pulumi.",
      );
      assert.equal(fake.requests.length, 0);
    });

    it("reports a rejected login without echoing the secret", async () => {
      process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET = "wrong-secret-value";
      const error = await rejection(create());
      assert.equal(
        error.message,
        "ProcessAutomationTrigger: Genesys login to mypurecloud.com failed (HTTP 401: client authentication failed); " +
          "check GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET and that the client uses the client-credentials grant.",
      );
      assert.equal(posts().length, 0);
    });

    it("retries a throttled login after Retry-After", async () => {
      fake.inject({ method: "POST", route: TOKEN_ROUTE, status: 429, retryAfterSeconds: 3 });
      await create();
      assert.deepEqual(clock.waits, [3_000]);
      assert.equal(stored().length, 1);
    });

    it("sends only the token call and the API call, with the bearer token and JSON", async () => {
      await create();
      assert.deepEqual(
        fake.requests.map((r) => `${r.method} ${r.route}`),
        [`POST ${TOKEN_ROUTE}`, `POST ${TRIGGERS_ROUTE}`],
      );
      const post = posts()[0];
      assert.equal(post.headers.authorization, `Bearer ${fake.issuedTokens.at(-1)}`);
      assert.equal(post.headers["content-type"], "application/json");
    });
  });

  describe("read", () => {
    it("returns the trigger as Genesys has it, criteria normalized", async () => {
      const t = fake.seedTrigger({
        name: "n",
        topicName: TOPIC,
        enabled: false,
        target: { type: "Workflow", id: "wf-9", workflowTargetSettings: { dataFormat: "Json" } },
        matchCriteria: [{ value: "VOICE", operator: "Equal", jsonPath: "mediaType" }],
        delayBySeconds: 90,
      });
      const result = await provider.read!(t.id, { genesysEnvironment: "mypurecloud.com" });
      assert.deepEqual(result, {
        id: t.id,
        props: {
          genesysEnvironment: "mypurecloud.com",
          name: "n",
          topicName: TOPIC,
          enabled: false,
          workflowId: "wf-9",
          dataFormat: "Json",
          matchCriteria: [{ jsonPath: "mediaType", operator: "Equal", value: "VOICE" }],
          delayBySeconds: 90,
          triggerId: t.id,
          version: 1,
        },
      });
    });

    it("reports a trigger deleted outside Pulumi with an empty id", async () => {
      assert.deepEqual(await provider.read!("missing", { genesysEnvironment: "mypurecloud.com" }), {
        id: "",
        props: {},
      });
    });
  });

  describe("update", () => {
    async function existing() {
      const { id, outs } = await create();
      fake.requests.length = 0;
      return { id, outs };
    }

    it("PUTs the new settings with the current version", async () => {
      const { id, outs } = await existing();
      const news = inputs({
        name: "Renamed",
        matchCriteria: [{ jsonPath: "mediaType", operator: "In", values: ["VOICE", "CALLBACK"] }],
      });
      const result = await provider.update!(id, outs, news);
      const puts = fake.requestsTo("PUT", TRIGGER_ROUTE);
      assert.equal(puts.length, 1);
      assert.equal((puts[0].body as { version: number }).version, 1);
      assert.equal(fake.triggers.get(id)?.name, "Renamed");
      assert.deepEqual(fake.triggers.get(id)?.matchCriteria, [
        { jsonPath: "mediaType", operator: "In", values: ["VOICE", "CALLBACK"] },
      ]);
      assert.equal(result.outs.version, 2);
      assert.equal(stored().length, 1);
    });

    it("re-reads the version and retries after a 409 version conflict", async () => {
      const { id, outs } = await existing();
      // Someone else updated the trigger since our GET: the fake both bumps the version and answers 409.
      fake.inject({
        method: "PUT",
        route: TRIGGER_ROUTE,
        status: 409,
        message: "version mismatch",
        commit: true,
      });
      const result = await provider.update!(id, outs, inputs({ name: "Renamed" }));
      const puts = fake
        .requestsTo("PUT", TRIGGER_ROUTE)
        .map((r) => (r.body as { version: number }).version);
      assert.deepEqual(puts, [1, 2]);
      assert.equal(fake.requestsTo("GET", TRIGGER_ROUTE).length, 2);
      assert.equal(result.outs.version, 3);
    });

    it("treats a 400 'does not match the current version' as a version conflict", async () => {
      const { id, outs } = await existing();
      fake.inject({
        method: "PUT",
        route: TRIGGER_ROUTE,
        status: 400,
        message: "The version 1 does not match the current version 2",
      });
      await provider.update!(id, outs, inputs({ name: "Renamed" }));
      assert.equal(fake.requestsTo("PUT", TRIGGER_ROUTE).length, 2);
      assert.equal(fake.triggers.get(id)?.name, "Renamed");
    });

    it("retries a 500 and a 429 on PUT", async () => {
      const { id, outs } = await existing();
      fake.inject({ method: "PUT", route: TRIGGER_ROUTE, status: 500 });
      fake.inject({ method: "PUT", route: TRIGGER_ROUTE, status: 429, retryAfterSeconds: 2 });
      await provider.update!(id, outs, inputs({ enabled: false }));
      assert.equal(fake.requestsTo("PUT", TRIGGER_ROUTE).length, 3);
      assert.equal(clock.waits[1], 2_000);
      assert.equal(fake.triggers.get(id)?.enabled, false);
    });

    it("fails with a clear error when version conflicts outlast the deadline", async () => {
      const { id, outs } = await existing();
      fake.inject({
        method: "PUT",
        route: TRIGGER_ROUTE,
        status: 409,
        message: "version mismatch",
        times: 1000,
      });
      const error = await rejection(provider.update!(id, outs, inputs({ name: "Renamed" })));
      assert.match(
        error.message,
        /^update ProcessAutomationTrigger "Renamed" \(.+\): gave up after \d+ failed attempt\(s\) within the 60s deadline; last failure: HTTP 409: version mismatch\./,
      );
      assert.equal(fake.triggers.get(id)?.name, "Save attributes on disconnect");
    });

    it("never creates: a trigger deleted outside Pulumi is an error", async () => {
      const { id, outs } = await existing();
      fake.triggers.delete(id);
      const error = await rejection(provider.update!(id, outs, inputs({ name: "Renamed" })));
      assert.match(
        error.message,
        /the trigger no longer exists in Genesys \(HTTP 404\); update never recreates it/,
      );
      assert.equal(posts().length, 0);
      assert.equal(stored().length, 0);
    });

    it("validates the new inputs before any call", async () => {
      const { id, outs } = await existing();
      const error = await rejection(provider.update!(id, outs, inputs({ dataFormat: "XML" })));
      assert.equal(
        error.message,
        'ProcessAutomationTrigger: dataFormat: "XML" is invalid; use "Json" or "TopLevelPrimitives".',
      );
      assert.equal(fake.requests.length, 0);
    });
  });

  describe("delete", () => {
    async function existingId() {
      const { id } = await create();
      fake.requests.length = 0;
      return id;
    }
    const props = inputs();

    it("deletes the trigger and confirms it is gone", async () => {
      const id = await existingId();
      await provider.delete!(id, props);
      assert.equal(stored().length, 0);
    });

    it("counts a 404 as already gone", async () => {
      const id = await existingId();
      fake.triggers.delete(id);
      await provider.delete!(id, props);
      assert.equal(fake.requestsTo("DELETE", TRIGGER_ROUTE).length, 1);
    });

    it("retries 500s until the trigger is gone", async () => {
      const id = await existingId();
      fake.inject({ method: "DELETE", route: TRIGGER_ROUTE, status: 500, times: 2 });
      await provider.delete!(id, props);
      assert.equal(fake.requestsTo("DELETE", TRIGGER_ROUTE).length, 3);
      assert.equal(stored().length, 0);
    });

    it("after a 500 that did delete, accepts the following 404", async () => {
      const id = await existingId();
      fake.inject({ method: "DELETE", route: TRIGGER_ROUTE, status: 500, commit: true });
      await provider.delete!(id, props);
      assert.deepEqual(
        fake.requestsTo("DELETE", TRIGGER_ROUTE).map((r) => r.status),
        [500, 404],
      );
      assert.equal(stored().length, 0);
    });

    it("does not trust a 404 while the trigger is still there: deletes again", async () => {
      const id = await existingId();
      fake.inject({ method: "DELETE", route: TRIGGER_ROUTE, status: 404 });
      await provider.delete!(id, props);
      assert.equal(fake.requestsTo("DELETE", TRIGGER_ROUTE).length, 2);
      assert.equal(stored().length, 0);
    });

    it("honours Retry-After on a throttled DELETE", async () => {
      const id = await existingId();
      fake.inject({ method: "DELETE", route: TRIGGER_ROUTE, status: 429, retryAfterSeconds: 4 });
      await provider.delete!(id, props);
      assert.deepEqual(clock.waits, [4_000]);
      assert.equal(stored().length, 0);
    });

    it("gives up with a clear error when failures outlast the deadline", async () => {
      const id = await existingId();
      fake.inject({
        method: "DELETE",
        route: TRIGGER_ROUTE,
        status: 503,
        message: "unavailable",
        times: 1000,
      });
      const error = await rejection(provider.delete!(id, props));
      assert.match(
        error.message,
        /^delete ProcessAutomationTrigger .+: gave up after \d+ failed attempt\(s\) within the 60s deadline; last failure: HTTP 503: unavailable\./,
      );
      assert.ok(clock.waits.reduce((a, b) => a + b, 0) <= TIMING.deadlineMs);
      assertClean(error.message);
    });
  });

  describe("diff and check", () => {
    const olds = { ...inputs(), triggerId: "t-1", version: 3 };

    it("replaces, deleting first, when topicName changes", async () => {
      const result = await provider.diff!(
        "t-1",
        olds,
        inputs({ topicName: "v2.detail.events.conversation.{id}.acw" }),
      );
      assert.deepEqual(result, {
        changes: true,
        replaces: ["topicName"],
        deleteBeforeReplace: true,
      });
    });

    it("replaces when the environment changes: another environment is another org", async () => {
      const result = await provider.diff!(
        "t-1",
        olds,
        inputs({ genesysEnvironment: "usw2.pure.cloud" }),
      );
      assert.deepEqual(result, {
        changes: true,
        replaces: ["genesysEnvironment"],
        deleteBeforeReplace: true,
      });
    });

    it("updates in place when name or criteria change", async () => {
      assert.deepEqual(await provider.diff!("t-1", olds, inputs({ name: "Other" })), {
        changes: true,
        replaces: [],
        deleteBeforeReplace: false,
      });
      const criteria = [{ jsonPath: "mediaType", operator: "Equal", value: "CHAT" }];
      assert.deepEqual(await provider.diff!("t-1", olds, inputs({ matchCriteria: criteria })), {
        changes: true,
        replaces: [],
        deleteBeforeReplace: false,
      });
    });

    it("sees no change when only key order differs or a default is spelled out", async () => {
      const reordered = {
        matchCriteria: [{ value: "VOICE", operator: "Equal", jsonPath: "mediaType" }],
      };
      assert.deepEqual(await provider.diff!("t-1", olds, inputs(reordered)), {
        changes: false,
        replaces: [],
        deleteBeforeReplace: false,
      });
      const implicit = inputs();
      delete implicit.enabled;
      delete implicit.dataFormat;
      assert.equal((await provider.diff!("t-1", olds, implicit)).changes, false);
    });

    it("treats a value unknown during preview as a change", async () => {
      const result = await provider.diff!(
        "t-1",
        olds,
        inputs({ workflowId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" }),
      );
      assert.deepEqual(result, { changes: true, replaces: [], deleteBeforeReplace: false });
    });

    it("check returns failures naming the property instead of calling the API", async () => {
      const result = await provider.check!({}, inputs({ eventTTLSeconds: 5 }));
      assert.deepEqual(result.failures, [
        {
          property: "eventTTLSeconds",
          reason:
            "eventTTLSeconds: 5 is invalid; use an integer of at least 10, or leave it unset so events never expire.",
        },
      ]);
      assert.equal(fake.requests.length, 0);
    });

    it("check fills defaults and sorts criteria keys, and lets unknown values through", async () => {
      const news = inputs({
        matchCriteria: [{ value: "VOICE", operator: "Equal", jsonPath: "mediaType" }],
        workflowId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
      });
      delete news.enabled;
      const result = await provider.check!({}, news);
      assert.equal(result.failures, undefined);
      assert.equal(result.inputs.enabled, true);
      assert.equal(result.inputs.workflowId, "04da6b54-80e4-46f7-96ec-b56ff0331ba9");
      assert.equal(
        JSON.stringify(result.inputs.matchCriteria),
        '[{"jsonPath":"mediaType","operator":"Equal","value":"VOICE"}]',
      );
    });
  });
});

describe("ProcessAutomationTrigger provider behind a gateway with a path prefix", () => {
  const fake = new FakeGenesysApi({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    apiPathPrefix: "/genesys",
  });
  const saved: Record<string, string | undefined> = {};

  before(async () => {
    await fake.start();
    for (const key of ENV_KEYS) saved[key] = process.env[key];
    Object.assign(process.env, fake.gatewayEnv(), {
      GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT_ID,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: CLIENT_SECRET,
      GENESYSCLOUD_GATEWAY_PATH_NAME: "api",
      GENESYSCLOUD_GATEWAY_PATH_VALUE: "/genesys",
    });
  });
  after(async () => {
    for (const key of ENV_KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    await fake.stop();
  });

  it("sends API calls under the GENESYSCLOUD_GATEWAY_PATH_VALUE prefix and logs in at the gateway root", async () => {
    const provider = createTriggerProvider({ timing: TIMING, clock: virtualClock() });
    await provider.create(inputs());
    assert.deepEqual(
      fake.requests.map((r) => `${r.method} ${new URL(r.url, "http://x").pathname}`),
      ["POST /oauth/token", "POST /genesys/api/v2/processautomation/triggers"],
    );
  });
});
