import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  INTEGRATION_PERMISSIONS,
  QUEUE_PERMISSIONS,
  ROLE_AND_CLIENT_PERMISSIONS,
  WRAPUP_CODE_LOOKUP_PERMISSIONS,
} from "../../components/genesysApi/permissions";
import { parseStackConfig } from "../../stacks/config";
import { archyOnMachine, forThisRun, preflightNeeds } from "../../stacks/preflight";
import { loadStackFile } from "../../tools/stackFile";

// What the preflight asks of the deployer for each config: pure, no org needed.

const REPO = path.resolve(__dirname, "../..");
const config = (stack: string) => {
  const file = loadStackFile(REPO, stack);
  return parseStackConfig({ stack, values: file.values, secretKeys: file.secretKeys });
};

describe("preflight needs", () => {
  it("asks the dev stack's deployer for every part it deploys, and to hold the role it would grant", () => {
    const needs = preflightNeeds(config("dev"), () => true);
    assert.deepEqual(
      needs.permissions.map((g) => g.what),
      [
        "integrations and their credentials",
        "data actions",
        "flows (Archy publish, lookup and delete)",
        "process-automation triggers",
        "the DID pool and IVR",
        "the negative-sentiment role and OAuth client",
        "the callback queue",
        "the wrap-up code",
      ],
    );
    assert.equal(needs.newClientRoleName, "dev Negative Sentiment data actions");
    assert.deepEqual(needs.archy, { path: "archy", found: true });
  });

  it("asks prod only to view the queue and wrap-up code it looks up by name", () => {
    const needs = preflightNeeds(config("prod"), () => false);
    assert.ok(needs.permissions.includes(WRAPUP_CODE_LOOKUP_PERMISSIONS));
    assert.ok(!needs.permissions.includes(QUEUE_PERMISSIONS));
    assert.deepEqual(needs.archy, { path: "archy", found: false });
  });

  it("needs no role grant with an existing OAuth client, and no Archy without flows", () => {
    const base = config("dev");
    const withClient = {
      ...base,
      negativeSentiment: { ...base.negativeSentiment!, oauthClient: { id: "x", secret: "y" } },
    };
    const needs = preflightNeeds(withClient, () => true);
    assert.equal(needs.newClientRoleName, undefined);
    assert.deepEqual(needs.existingClients, [
      {
        key: "genesys-event-orchestration:negativeSentiment.oauthClient",
        clientId: "x",
        permissions: {
          what: "the negative-sentiment data actions",
          permissions: [
            "conversation:callback:create",
            "conversation:externalTag:edit",
            "conversation:message:create",
            "recording:recording:view",
            "speechAndTextAnalytics:data:view",
          ],
        },
      },
    ]);
    assert.ok(!needs.permissions.includes(ROLE_AND_CLIENT_PERMISSIONS));
    const eventsOnly = { ...base, participantAttributes: undefined, negativeSentiment: undefined };
    const events = preflightNeeds(eventsOnly, () => assert.fail("Archy is not needed"));
    assert.deepEqual(events.permissions, [INTEGRATION_PERMISSIONS]);
    assert.equal(events.archy, undefined);
  });
});

describe("a missing Archy in a preview", () => {
  it("is only a warning in a preview, and a refusal in the run that deploys", () => {
    const needs = preflightNeeds(config("dev"), () => false);
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(" "));
    try {
      assert.equal(forThisRun(needs, true).archy, undefined);
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(forThisRun(needs, false).archy, { path: "archy", found: false });
    const found = preflightNeeds(config("dev"), () => true);
    assert.deepEqual(forThisRun(found, true).archy, { path: "archy", found: true });
  });
});

describe("finding Archy as the publish script does", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "geo-archy-"));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("accepts an executable path or a name on PATH, and nothing else", () => {
    const archy = path.join(dir, "archy");
    fs.writeFileSync(archy, "#!/bin/sh\n", { mode: 0o755 });
    const notExecutable = path.join(dir, "archy-plain");
    fs.writeFileSync(notExecutable, "", { mode: 0o644 });
    assert.equal(archyOnMachine(archy, {}), true);
    assert.equal(archyOnMachine(notExecutable, {}), false);
    assert.equal(archyOnMachine(path.join(dir, "missing"), {}), false);
    assert.equal(archyOnMachine("archy", { PATH: `/nonexistent${path.delimiter}${dir}` }), true);
    assert.equal(archyOnMachine("archy", { PATH: "/nonexistent" }), false);
    assert.equal(archyOnMachine(dir, {}), false);
  });
});
