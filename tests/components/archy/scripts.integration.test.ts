// Runs the real ArchyFlow publish and delete scripts with bash against a fake Archy executable
// (tests/fakes/archy) and the fake Genesys API (tests/fakes/genesysApi.ts with its flows routes),
// reached through the GENESYSCLOUD_GATEWAY_* variables as the real scripts would use a gateway.
import * as assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";
import { deleteScript, publishScript } from "../../../components/archy/scripts";
import { FakeGenesysApi } from "../../fakes/genesysApi";
import { type FakeFlow, FLOW_ROUTE, addFlowRoutes } from "../../fakes/genesysOrg";

const FAKE_ARCHY = path.join(__dirname, "..", "..", "fakes", "archy");
const CLIENT_ID = "archytest-client-id";
// A quote and a double quote, so the options file's YAML quoting is exercised too.
const CLIENT_SECRET = "archytest-S3cr3t-'with\"quotes";
const FLOW_YAML = 'secureCall:\n  name: "Dev Secure Payment"\n  description: "test flow"\n';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface ArchyRecord {
  readonly argv: string[];
  readonly optionsFile: { path: string; mode: number; content: string };
  readonly flowFile: { path: string; content: string };
}

let sandbox: string;
let tmpDir: string;
let recordFile: string;

function runScript(
  script: string,
  env: Record<string, string | undefined>,
  stdin = "",
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", script], {
      env: {
        PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`,
        HOME: sandbox,
        TMPDIR: tmpDir,
        FAKE_ARCHY_RECORD: recordFile,
        ARCHY_PATH: FAKE_ARCHY,
        ARCHY_LOCATION: "mypurecloud.com",
        ARCHY_FLOW_NAME: "Dev Secure Payment",
        ARCHY_FLOW_TYPE: "securecall",
        GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT_ID,
        GENESYSCLOUD_OAUTHCLIENT_SECRET: CLIENT_SECRET,
        ...env,
      } as NodeJS.ProcessEnv,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => {
      // Nothing a script prints may carry the secret, whatever the outcome.
      assert.ok(
        !stdout.includes(CLIENT_SECRET) && !stderr.includes(CLIENT_SECRET),
        "secret printed",
      );
      resolve({ status, stdout, stderr });
    });
    // A script that fails before reading stdin closes the pipe; that EPIPE is not a test failure.
    child.stdin.on("error", () => undefined);
    child.stdin.end(stdin);
  });
}

function archyCalls(): ArchyRecord[] {
  if (!fs.existsSync(recordFile)) return [];
  return fs
    .readFileSync(recordFile, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as ArchyRecord);
}

/** The fake Genesys API with the given flows, for one test; the gateway env points the scripts at it. */
async function startFlowsApi(flows: FakeFlow[] = []) {
  const fake = new FakeGenesysApi({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  const store = new Map(flows.map((f) => [f.id, f]));
  addFlowRoutes(fake, store);
  await fake.start();
  return {
    fake,
    store,
    env: fake.gatewayEnv(),
    // The token request's Basic header is left out: it encodes the secret.
    requests: () => fake.requests.map((r) => `${r.method} ${r.url}`),
    close: () => fake.stop(),
  };
}

describe("ArchyFlow scripts run against a fake Archy", () => {
  beforeEach(() => {
    sandbox = fs.mkdtempSync(path.join(os.tmpdir(), "archytest-"));
    tmpDir = path.join(sandbox, "tmp");
    fs.mkdirSync(tmpDir);
    recordFile = path.join(sandbox, "archy-calls.jsonl");
  });
  afterEach(() => fs.rmSync(sandbox, { recursive: true, force: true }));

  describe("publish", () => {
    it("publishes through a private options file and prints only the result JSON", async () => {
      const run = await runScript(publishScript(), {}, FLOW_YAML);

      assert.equal(run.status, 0, run.stderr);
      assert.equal(
        run.stdout,
        '{"flowId":"id-Dev-Secure-Payment","flowName":"Dev Secure Payment"}',
      );
      // Archy's own chatter went to stderr.
      assert.match(run.stderr, /Archy \(fake\) publishing flow/);
      const [call] = archyCalls();
      const workdir = path.dirname(call.optionsFile.path);
      assert.deepEqual(call.argv, [
        "publish",
        "--file",
        path.join(workdir, "flow.yaml"),
        "--optionsFile",
        path.join(workdir, "options.yaml"),
        "--location",
        "mypurecloud.com",
        "--forceUnlock",
        "--resultsFile",
        path.join(workdir, "results.json"),
      ]);
      call.argv.forEach((arg, i) =>
        assert.ok(
          !arg.includes(CLIENT_SECRET) && !arg.includes(CLIENT_ID),
          `credential in argv[${i}]`,
        ),
      );
      assert.ok(!call.argv.includes("--clientSecret") && !call.argv.includes("--clientId"));
      assert.equal(call.optionsFile.mode, 0o600);
      // Compared without printing: a failure must not echo the secret.
      assert.ok(
        isDeepStrictEqual(parse(call.optionsFile.content), {
          clientId: CLIENT_ID,
          clientSecret: CLIENT_SECRET,
        }),
        "options file is not exactly {clientId, clientSecret}",
      );
      assert.equal(call.flowFile.content, FLOW_YAML);
      assert.equal(path.dirname(workdir), tmpDir);
      assert.equal(fs.existsSync(workdir), false, "work dir with the options file left behind");
      assert.deepEqual(fs.readdirSync(tmpDir), []);
    });

    it("fails with the install hint when Archy is not at the configured path", async () => {
      for (const archyPath of [path.join(sandbox, "missing", "archy"), "archy-not-on-path"]) {
        const run = await runScript(publishScript(), { ARCHY_PATH: archyPath }, FLOW_YAML);
        assert.notEqual(run.status, 0);
        assert.equal(run.stdout, "");
        assert.match(
          run.stderr,
          new RegExp(
            `Archy not found at '${archyPath.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}': install it \\(https://developer\\.genesys\\.cloud/devapps/archy/\\) and set genesys-event-orchestration:genesys\\.archyPath`,
          ),
        );
      }
      assert.deepEqual(archyCalls(), []);
    });

    it("fails without credentials before Archy runs", async () => {
      const run = await runScript(
        publishScript(),
        { GENESYSCLOUD_OAUTHCLIENT_SECRET: undefined },
        FLOW_YAML,
      );
      assert.notEqual(run.status, 0);
      assert.match(
        run.stderr,
        /GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET must be set/,
      );
      assert.deepEqual(archyCalls(), []);
    });

    it("fails when Archy fails, prints no result and still removes the options file", async () => {
      const run = await runScript(publishScript(), { FAKE_ARCHY_FAIL: "1" }, FLOW_YAML);
      assert.notEqual(run.status, 0);
      assert.equal(run.stdout, "");
      assert.match(run.stderr, /archy publish of 'Dev Secure Payment' failed \(exit 1\)/);
      assert.equal(archyCalls().length, 1);
      assert.deepEqual(fs.readdirSync(tmpDir), []);
    });

    it("deletes the previous flow when the publish produced a different flow (a rename)", async () => {
      const api = await startFlowsApi([
        { id: "old-flow-id", name: "Old Secure Payment", type: "SECURECALL" },
      ]);
      try {
        const run = await runScript(
          publishScript(),
          {
            ...api.env,
            PULUMI_COMMAND_STDOUT: '{"flowId":"old-flow-id","flowName":"Old Secure Payment"}',
          },
          FLOW_YAML,
        );
        assert.equal(run.status, 0, run.stderr);
        assert.equal(
          run.stdout,
          '{"flowId":"id-Dev-Secure-Payment","flowName":"Dev Secure Payment"}',
        );
        assert.deepEqual(api.requests(), ["POST /oauth/token", "DELETE /api/v2/flows/old-flow-id"]);
        assert.equal(
          api.fake.requests[1].headers.authorization,
          `Bearer ${api.fake.issuedTokens[0]}`,
        );
        assert.equal(api.store.has("old-flow-id"), false);
      } finally {
        await api.close();
      }
    });

    it("leaves the flow alone when the republish kept its id", async () => {
      const api = await startFlowsApi();
      try {
        const run = await runScript(
          publishScript(),
          {
            ...api.env,
            PULUMI_COMMAND_STDOUT:
              '{"flowId":"id-Dev-Secure-Payment","flowName":"Dev Secure Payment"}',
          },
          FLOW_YAML,
        );
        assert.equal(run.status, 0, run.stderr);
        assert.equal(
          run.stdout,
          '{"flowId":"id-Dev-Secure-Payment","flowName":"Dev Secure Payment"}',
        );
        assert.deepEqual(api.requests(), []);
      } finally {
        await api.close();
      }
    });

    it("looks the flow id up by exact name and type when Archy's results carry none", async () => {
      const api = await startFlowsApi([
        { id: "other-id", name: "Dev Secure Payment 2", type: "SECURECALL" },
        { id: "looked-up-id", name: "Dev Secure Payment", type: "SECURECALL" },
      ]);
      try {
        const run = await runScript(
          publishScript(),
          { ...api.env, FAKE_ARCHY_OMIT_FLOW_ID: "1" },
          FLOW_YAML,
        );
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stdout, '{"flowId":"looked-up-id","flowName":"Dev Secure Payment"}');
        assert.deepEqual(api.requests(), [
          "POST /oauth/token",
          "GET /api/v2/flows?type=securecall&name=Dev+Secure+Payment&pageSize=100",
        ]);
      } finally {
        await api.close();
      }
    });
  });

  describe("delete", () => {
    const previous = '{"flowId":"flow-to-delete","flowName":"Dev Secure Payment"}';

    /** Runs the delete script with the recorded flow present, after `prepare` queued any faults. */
    async function runDelete(
      prepare: (fake: FakeGenesysApi) => void = () => undefined,
      stdout: string | null = previous,
    ) {
      const api = await startFlowsApi([
        { id: "flow-to-delete", name: "Dev Secure Payment", type: "SECURECALL" },
      ]);
      prepare(api.fake);
      try {
        // Archy is not needed to delete: point its path nowhere.
        const run = await runScript(
          deleteScript(),
          {
            ...api.env,
            ARCHY_PATH: path.join(sandbox, "no-archy"),
            PULUMI_COMMAND_STDOUT: stdout ?? undefined,
          },
          FLOW_YAML,
        );
        return {
          run,
          requests: api.requests(),
          gone: !api.store.has("flow-to-delete"),
          fake: api.fake,
        };
      } finally {
        await api.close();
      }
    }

    it("deletes the recorded flow through the flows API", async () => {
      const { run, requests, gone, fake } = await runDelete();
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, "");
      assert.deepEqual(requests, ["POST /oauth/token", "DELETE /api/v2/flows/flow-to-delete"]);
      assert.equal(fake.requests[1].headers.authorization, `Bearer ${fake.issuedTokens[0]}`);
      assert.ok(gone);
      assert.match(run.stderr, /archy-flow: deleted flow flow-to-delete \(Dev Secure Payment\)/);
      assert.deepEqual(archyCalls(), []);
    });

    it("survives a 429 with Retry-After, a 503 and a dropped connection on the way", async () => {
      const { run, requests, gone } = await runDelete((fake) => {
        fake.inject({ method: "DELETE", route: FLOW_ROUTE, status: 429, retryAfterSeconds: 1 });
        fake.inject({ method: "DELETE", route: FLOW_ROUTE, status: 503, retryAfterSeconds: 0 });
        fake.inject({ method: "DELETE", route: FLOW_ROUTE, reset: true });
      });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(requests.filter((r) => r.startsWith("DELETE")).length, 4);
      assert.ok(gone);
    });

    it("treats a flow that is already gone as deleted", async () => {
      const { run, requests } = await runDelete((fake) =>
        fake.inject({ method: "DELETE", route: FLOW_ROUTE, status: 404 }),
      );
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /flow-to-delete \(Dev Secure Payment\) was already deleted/);
      assert.equal(requests.length, 2);
    });

    it("retries while the flow is locked (409)", async () => {
      const { run, requests } = await runDelete((fake) =>
        fake.inject({
          method: "DELETE",
          route: FLOW_ROUTE,
          status: 409,
          retryAfterSeconds: 0,
          times: 2,
        }),
      );
      assert.equal(run.status, 0, run.stderr);
      assert.equal(requests.filter((r) => r.startsWith("DELETE")).length, 3);
    });

    it("fails at once on an error retrying cannot fix, with Genesys' message", async () => {
      const { run, requests } = await runDelete((fake) =>
        fake.inject({
          method: "DELETE",
          route: FLOW_ROUTE,
          status: 400,
          message: "Flow is in use by a trigger",
        }),
      );
      assert.notEqual(run.status, 0);
      assert.match(
        run.stderr,
        /archy-flow: deleting flow flow-to-delete \(Dev Secure Payment\): Genesys answered HTTP 400: Flow is in use by a trigger\./,
      );
      assert.equal(requests.length, 2);
    });

    it("has nothing to delete when no publish was recorded", async () => {
      const { run, requests } = await runDelete(undefined, null);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(requests, []);
    });
  });
});
