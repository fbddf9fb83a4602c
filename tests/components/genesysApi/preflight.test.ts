import * as assert from "node:assert/strict";
import { openGenesysClient } from "../../../components/genesysApi/client";
import {
  FLOW_PERMISSIONS,
  INTEGRATION_PERMISSIONS,
  PREFLIGHT_PERMISSIONS,
  TRIGGER_PERMISSIONS,
  grants,
} from "../../../components/genesysApi/permissions";
import {
  PreflightError,
  type PreflightNeeds,
  runPreflight,
} from "../../../components/genesysApi/preflight";
import { type Clock, startBudget } from "../../../components/genesysApi/retry";
import { FakeGenesysApi, TOKEN_ROUTE } from "../../fakes/genesysApi";
import {
  type FakeIdentity,
  OAUTH_CLIENT_ROUTE,
  ROLE_ROUTE,
  TOKENS_ME_ROUTE,
  addIdentityRoutes,
  fakeRole,
} from "../../fakes/genesysOrg";

// The read-only preflight against the fake: which permissions are missing, what it reads, and
// that it sends nothing but GETs. Not proven: that a real org's role reads look exactly like the
// SDK models the fake follows.

const CLIENT_ID = "deployer-client-id";
const CLIENT_SECRET = "deployer-S3cret";
const ORG = "32aa07aa-db1b-4987-abd0-9483601ec29d";

const clock: Clock = { now: () => 0, sleep: async () => undefined };
const budget = () =>
  startBudget("Preflight", { deadlineMs: 60_000, initialBackoffMs: 10, maxBackoffMs: 100 }, clock);

const ALL = [
  ...INTEGRATION_PERMISSIONS.permissions,
  ...FLOW_PERMISSIONS.permissions,
  ...TRIGGER_PERMISSIONS.permissions,
  ...PREFLIGHT_PERMISSIONS.permissions,
];
const NEEDS: PreflightNeeds = {
  permissions: [INTEGRATION_PERMISSIONS, FLOW_PERMISSIONS, TRIGGER_PERMISSIONS],
};

describe("deploy preflight against the fake Genesys API", () => {
  const fake = new FakeGenesysApi({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  let identity: FakeIdentity;
  const run = async (needs: PreflightNeeds = NEEDS) => {
    const env = {
      ...fake.gatewayEnv(),
      GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT_ID,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: CLIENT_SECRET,
    };
    const client = await openGenesysClient({
      environment: "mypurecloud.com",
      env,
      who: "Preflight",
      budget: budget(),
    });
    return runPreflight(client, needs, budget());
  };
  const failure = async (needs?: PreflightNeeds) =>
    run(needs).then(
      () => assert.fail("expected the preflight to fail"),
      (e: unknown) => {
        assert.ok(e instanceof PreflightError, String(e));
        return e;
      },
    );

  before(async () => {
    await fake.start();
    addIdentityRoutes(fake, () => identity);
  });
  after(() => fake.stop());
  beforeEach(() => {
    fake.reset();
    identity = {
      orgId: ORG,
      clientId: CLIENT_ID,
      clientName: "Deployer",
      roles: [fakeRole("Deployer", ALL)],
    };
  });
  afterEach(() => {
    // Read-only: the token call and GETs, nothing else.
    assert.deepEqual(
      [
        ...new Set(fake.requests.filter((r) => r.route !== TOKEN_ROUTE).map((r) => r.method)),
      ].filter((m) => m !== "GET"),
      [],
    );
  });

  it("passes when the deployer's roles hold every permission, and returns the org id", async () => {
    assert.deepEqual(await run(), { orgId: ORG, deployer: `"Deployer" (${CLIENT_ID})` });
    assert.deepEqual(
      fake.requests.map((r) => r.route),
      [TOKEN_ROUTE, TOKENS_ME_ROUTE, OAUTH_CLIENT_ROUTE, ROLE_ROUTE],
    );
  });

  it("names each missing permission, what needs it and how to grant it", async () => {
    identity = {
      ...identity,
      roles: [
        fakeRole(
          "Deployer",
          ALL.filter(
            (p) => p !== "processautomation:trigger:delete" && p !== "architect:flow:publish",
          ),
        ),
      ],
    };
    const error = await failure();
    assert.deepEqual(
      error.problems.map((p) => p.split(";")[0]),
      [
        `the deploying OAuth client "Deployer" (${CLIENT_ID}) lacks, for flows (Archy publish, lookup and delete): architect:flow:publish`,
        `the deploying OAuth client "Deployer" (${CLIENT_ID}) lacks, for process-automation triggers: processautomation:trigger:delete`,
      ],
    );
    assert.match(
      error.problems[0],
      /; add them to one of the client's roles \(Admin > People & Permissions > Roles\/Permissions > the role > Permissions\), or give the client a role that has them/,
    );
    assert.match(
      error.message,
      /^Preflight: the deployment would stop half-way, so nothing was created:\n {2}- /,
    );
  });

  it("counts permissions spread over several roles, and wildcards", async () => {
    identity = {
      ...identity,
      roles: [
        fakeRole("Flows", [...FLOW_PERMISSIONS.permissions, ...PREFLIGHT_PERMISSIONS.permissions]),
        {
          ...fakeRole("Everything else", []),
          permissionPolicies: [
            { domain: "integrations", entityName: "*", actionSet: ["*"] },
            { domain: "processautomation", entityName: "trigger", actionSet: ["*"] },
          ],
        },
      ],
    };
    assert.equal((await run()).orgId, ORG);
  });

  it("says which read permissions it needs when the deployer cannot read its own client", async () => {
    identity = { ...identity, clientReadStatus: 403 };
    const error = await failure();
    assert.equal(error.problems.length, 1);
    assert.match(
      error.problems[0],
      new RegExp(
        `^the deploying OAuth client "Deployer" \\(${CLIENT_ID}\\) cannot be read \\(HTTP 403\\), so its roles cannot be checked; grant the deploying client oauth:client:view and authorization:role:view`,
      ),
    );
  });

  it("catches the role a client-credentials deployer could not grant to the OAuth client the stack creates", async () => {
    const error = await failure({
      ...NEEDS,
      newClientRoleName: "Dev Negative Sentiment data actions",
    });
    assert.equal(error.problems.length, 1);
    assert.match(
      error.problems[0],
      /^the negative-sentiment pipeline would create the role "Dev Negative Sentiment data actions" and an OAuth client holding it, but Genesys lets a client-credentials caller grant only roles it holds itself/,
    );
    assert.match(
      error.problems[0],
      /set negativeSentiment\.oauthClient to an existing client-credentials client/,
    );
  });

  it("lets that through when the deployer already holds a role of that name", async () => {
    identity = {
      ...identity,
      roles: [...identity.roles, fakeRole("Dev Negative Sentiment data actions", [])],
    };
    assert.equal(
      (await run({ ...NEEDS, newClientRoleName: "Dev Negative Sentiment data actions" })).orgId,
      ORG,
    );
  });

  it("checks an existing OAuth client the stack uses: its missing permissions, or that it exists", async () => {
    const permissions = {
      what: "the negative-sentiment data actions",
      permissions: ["conversation:callback:create", "recording:recording:view"] as const,
    };
    identity = {
      ...identity,
      otherClients: { "byo-client": [fakeRole("BYO", ["recording:recording:view"])] },
    };
    const error = await failure({
      ...NEEDS,
      existingClients: [
        {
          key: "negativeSentiment.oauthClient",
          clientId: "byo-client",
          permissions: { ...permissions, permissions: [...permissions.permissions] },
        },
        {
          key: "negativeSentiment.oauthClient",
          clientId: "no-such-client",
          permissions: { ...permissions, permissions: [...permissions.permissions] },
        },
      ],
    });
    assert.deepEqual(
      error.problems.map((p) => p.split(";")[0]),
      [
        "the OAuth client byo-client set in negativeSentiment.oauthClient lacks, for the negative-sentiment data actions: conversation:callback:create, so those calls would fail on every run",
        "the OAuth client no-such-client set in negativeSentiment.oauthClient does not exist in this org (HTTP 404)",
      ],
    );
  });

  it("reports a missing Archy together with the permission problems", async () => {
    identity = {
      ...identity,
      roles: [
        fakeRole(
          "Deployer",
          ALL.filter((p) => p !== "integrations:integration:add"),
        ),
      ],
    };
    const error = await failure({ ...NEEDS, archy: { path: "/opt/archy/archy", found: false } });
    assert.equal(error.problems.length, 2);
    assert.match(
      error.problems[0],
      /^Archy was not found at '\/opt\/archy\/archy', and this stack publishes flows with it; install it \(https:\/\/developer\.genesys\.cloud\/devapps\/archy\/\)/,
    );
    assert.match(
      error.problems[1],
      /lacks, for integrations and their credentials: integrations:integration:add;/,
    );
  });

  it("retries a throttled read like every other call", async () => {
    fake.inject({ method: "GET", route: ROLE_ROUTE, status: 429, retryAfterSeconds: 1 });
    assert.equal((await run()).orgId, ORG);
    assert.equal(fake.requestsTo("GET", ROLE_ROUTE).length, 2);
  });
});

describe("permission matching", () => {
  it("needs the domain, the entity (or *) and the action (or *)", () => {
    const policies = [
      { domain: "architect", entityName: "flow", actionSet: ["view", "add"] },
      { domain: "routing", entityName: "*", actionSet: ["view"] },
    ];
    assert.equal(grants(policies, "architect:flow:add"), true);
    assert.equal(grants(policies, "architect:flow:delete"), false);
    assert.equal(grants(policies, "routing:queue:view"), true);
    assert.equal(grants(policies, "routing:queue:add"), false);
    assert.equal(grants(policies, "architect:job:view"), false);
  });
});
