// No secret leaks: every stack planned with every secret config value set to a known plaintext
// (marked secret, as `pulumi config set --secret` does) and known Genesys credentials in the
// environment. Searches the printed plan, the plan JSON, the serialized dynamic provider, every
// command's inputs, every other input and output, for each secret in plain, JSON-escaped,
// URL-encoded, hex, base64 and base64url form; where a secret must reach a resource, it must be
// inside Pulumi's secret wrapper.
import * as assert from "node:assert/strict";
import { repoCliPlan, repositoryStacks, secretsDump, stackEnvironment } from "../support/runs";
import {
  describeFindings,
  ENV_SECRETS,
  findSecrets,
  Finding,
  knownSecrets,
  KnownSecret,
  OAUTH_CLIENT_SECRET,
  webhookUrl,
} from "../support/secrets";
import { COMMAND, DumpedResource, StackDump, TRIGGER } from "../support/stackDump";
import type { RunResult } from "../support/subprocess";

const CHAT_ACTION = "genesyscloud:index/integrationAction:IntegrationAction";
const CREDENTIAL = "genesyscloud:index/integrationCredential:IntegrationCredential";

function assertNone(findings: readonly Finding[], where: string): void {
  assert.equal(findings.length, 0, `secrets found in ${where}:\n${describeFindings(findings)}`);
}

describe("no secret leaks", function () {
  this.timeout(600_000);

  // Start every stack's plans at once; each describe below awaits its own.
  before(() => {
    for (const stack of repositoryStacks())
      for (const run of [secretsDump(stack), repoCliPlan(stack)]) run.catch(() => undefined);
  });

  it("the search finds every form it looks for, and nothing else", () => {
    const secrets: KnownSecret[] = [{ label: "s", value: OAUTH_CLIENT_SECRET }];
    const value = Buffer.from(OAUTH_CLIENT_SECRET);
    const hidden = [
      `x${OAUTH_CLIENT_SECRET}y`,
      `url?c=${encodeURIComponent(OAUTH_CLIENT_SECRET)}`,
      `Basic ${Buffer.concat([Buffer.from("id:"), value]).toString("base64")}`,
      Buffer.concat([Buffer.from("ab"), value]).toString("base64url"),
      value.toString("hex"),
    ];
    for (const text of hidden)
      assert.equal(
        findSecrets({ a: [text] }, secrets).length > 0,
        true,
        `missed a form: ${text.length} chars`,
      );
    assert.deepEqual(findSecrets({ a: "nothing to see", b: [1, true, null] }, secrets), []);
    const wrapped = findSecrets(
      {
        a: {
          "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
          value: OAUTH_CLIENT_SECRET,
        },
      },
      secrets,
    );
    assert.ok(wrapped.length > 0 && wrapped.every((f) => f.wrapped && f.path === "a"));
  });

  for (const stack of repositoryStacks()) {
    describe(`stack ${stack}`, () => {
      const secrets = knownSecrets(stackEnvironment(stack));
      let dump: StackDump;
      let run: RunResult;
      const custom = () => dump.resources.filter((r) => r.custom);
      const ofType = (type: string) => dump.resources.filter((r) => r.type === type);

      before(async () => {
        ({ dump, run } = await secretsDump(stack));
      });

      it("passes the secrets to the resources that need them, inside Pulumi's secret wrapper only", () => {
        const inInputs = dump.resources.flatMap((r) => findSecrets(r.inputs, secrets, r.urn));
        assertNone(
          inInputs.filter((f) => !f.wrapped),
          "resource inputs outside a secret wrapper",
        );
        // The test is not vacuous: the webhook URL and the client secret did reach their resources.
        const notify = ofType(CHAT_ACTION).find(
          (r) =>
            findSecrets(r.inputs, [{ label: "url", value: webhookUrl(stackEnvironment(stack)) }])
              .length > 0,
        );
        assert.ok(notify, "no data action received the chat webhook URL");
        assert.ok(
          findSecrets(notify.inputs, secrets).every(
            (f) => f.wrapped && f.path.startsWith("configRequest"),
          ),
        );
        const credential = ofType(CREDENTIAL).find(
          (r) =>
            findSecrets(r.inputs, [{ label: "secret", value: OAUTH_CLIENT_SECRET }]).length > 0,
        );
        assert.ok(credential, "no integration credential received the OAuth client secret");
        assert.ok(
          findSecrets(credential.inputs, secrets).every(
            (f) => f.wrapped && f.path.startsWith("fields"),
          ),
        );
      });

      it("prints no secret in the plan and writes none to the plan JSON", () => {
        assert.ok(
          dump.planText.includes("Resources by type:") && dump.planJson.includes('"resources"'),
        );
        assertNone(findSecrets(dump.planText, secrets), "the printed plan");
        assertNone(findSecrets(dump.planJson, secrets), "the plan JSON");
        assertNone(findSecrets([run.stdout, run.stderr], secrets), "the planning process's output");
        // Where the secrets are, the plan says so.
        const plan = JSON.parse(dump.planJson) as {
          resources: { name: string; inputs: Record<string, unknown> }[];
        };
        for (const r of [...ofType(CHAT_ACTION), ...ofType(CREDENTIAL)].filter(
          (x) => findSecrets(x.inputs, secrets).length > 0,
        )) {
          const planned = plan.resources.find((p) => p.name === r.name);
          assert.ok(
            planned && Object.values(planned.inputs).includes("[secret]"),
            `${r.name} shows no [secret] in the plan`,
          );
        }
      });

      it("serializes the dynamic provider with no secret in it", () => {
        const triggers = ofType(TRIGGER);
        assert.ok(triggers.length >= 2);
        for (const t of triggers) {
          assert.ok(
            typeof t.inputs.__provider === "string" && t.inputs.__provider.length > 1000,
            `${t.name} has no serialized provider`,
          );
          assertNone(
            findSecrets(t.inputs.__provider, secrets),
            `the serialized provider of ${t.name}`,
          );
        }
      });

      it("gives no command a secret, not even a wrapped one: scripts, environment, stdin, dir, triggers", () => {
        const commands = ofType(COMMAND);
        assert.ok(commands.length >= 3);
        for (const c of commands) {
          assert.ok(
            typeof c.inputs.create === "string" && typeof c.inputs.stdin === "string",
            `${c.name} lacks its script or stdin`,
          );
          assertNone(findSecrets(c.inputs, secrets), `the inputs of ${c.name}`);
          assertNone(findSecrets(c.outputs, secrets), `the outputs of ${c.name}`);
        }
      });

      it("keeps secrets wrapped in every output, stack output and provider-function call", () => {
        const plainIn = (r: DumpedResource) =>
          findSecrets(r.outputs, secrets, r.urn).filter((f) => !f.wrapped);
        assertNone(custom().flatMap(plainIn), "resource outputs outside a secret wrapper");
        assertNone(findSecrets(dump.stackOutputs, secrets), "the stack outputs");
        assertNone(findSecrets(dump.calls, secrets), "provider-function calls");
      });

      it("npm run plan prints neither the Genesys credentials in its environment nor the stand-ins for secure values", async () => {
        const cli = await repoCliPlan(stack);
        const env = secrets.filter((s) => Object.values(ENV_SECRETS).includes(s.value as never));
        assert.equal(env.length, 3);
        assertNone(
          findSecrets([cli.run.stdout, cli.run.stderr, cli.json], env),
          "npm run plan's output",
        );
        for (const text of [cli.run.stdout, cli.run.stderr, cli.json])
          assert.ok(
            !text.includes("offline placeholder for secret"),
            "a secure value's stand-in was printed",
          );
      });
    });
  }
});
