import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { ConfigError, PROJECT, PROJECT_KEYS, parseStackConfig } from "../../stacks/config";
import { loadStackFile, offlineSecretPlaceholder } from "../../tools/stackFile";

const REPO = path.resolve(__dirname, "..", "..");
const G = `${PROJECT}:genesys`;
const PA = `${PROJECT}:participantAttributes`;
const NS = `${PROJECT}:negativeSentiment`;
const EP = `${PROJECT}:eventPipeline`;
const topic = (name: string) => `v2.detail.events.conversation.{id}.${name}`;
const DEV_TOPICS = [
  "customer.start",
  "customer.end",
  "acd.start",
  "acd.end",
  "user.start",
  "user.end",
  "acw",
].map(topic);

const tempDirs: string[] = [];
after(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A throwaway project folder holding the given files. */
function tempProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "geo-stackfile-"));
  tempDirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("loadStackFile on the repository's stacks", () => {
  it("reads Pulumi.dev.yaml as the CLI would hand it to the program", () => {
    assert.deepStrictEqual(loadStackFile(REPO, "dev"), {
      project: PROJECT,
      values: {
        "aws:region": "us-east-1",
        "genesys-event-orchestration:alarms": '{"email":"oncall-dev@example.com"}',
        [EP]: `{"enabled":true,"eventSourceSuffix":"dev-conversations","maxConcurrency":10,"queueIds":["5c9d1a7e-8f3b-4c2d-9e61-0a4b7c3d2e10"],"topics":${JSON.stringify(DEV_TOPICS)}}`,
        [G]: '{"environment":"mypurecloud.com","orgId":"32aa07aa-db1b-4987-abd0-9483601ec29d"}',
        [PA]: '{"didNumbers":{"end":"+13175550101","start":"+13175550100"},"enabled":true,"trigger":{"eventTtlSeconds":60}}',
        [NS]: `{"callbackQueue":{"create":{"name":"dev Supervisor Callbacks"}},"chatWebhookUrl":"${offlineSecretPlaceholder(`${NS}.chatWebhookUrl`)}","enabled":true,"sentimentThreshold":-0.25,"smsNumber":"+13175550199","wrapupCode":{"create":{"name":"dev Negative Sentiment"}}}`,
      },
      secretKeys: [NS],
    });
  });

  it("parses Pulumi.dev.yaml into the dev sample", () => {
    const file = loadStackFile(REPO, "dev");
    assert.deepStrictEqual(
      parseStackConfig({ stack: "dev", values: file.values, secretKeys: file.secretKeys }),
      {
        stack: "dev",
        awsRegion: "us-east-1",
        genesys: {
          environment: "mypurecloud.com",
          providerRegion: "us-east-1",
          orgId: "32aa07aa-db1b-4987-abd0-9483601ec29d",
          archyPath: "archy",
          lambdaTrustAccountId: "765628985471",
          namePrefix: "dev",
        },
        alarms: { enabled: true, email: "oncall-dev@example.com" },
        participantAttributes: {
          didNumbers: { start: "+13175550100", end: "+13175550101" },
          trigger: { eventTtlSeconds: 60 },
          objectExpirationDays: 365,
          logRetentionDays: 30,
        },
        negativeSentiment: {
          smsNumber: "+13175550199",
          callbackQueue: { create: { name: "dev Supervisor Callbacks" } },
          wrapupCode: { create: { name: "dev Negative Sentiment" } },
          sentimentThreshold: -0.25,
          callbackDelayMinutes: 5,
          acknowledgementText:
            "Thank you for your call today. We are sorry it did not go as well as it should have: a team lead will call you back shortly.",
          chatWebhookUrl: offlineSecretPlaceholder(`${NS}.chatWebhookUrl`),
        },
        eventPipeline: {
          eventSourceSuffix: "dev-conversations",
          topics: DEV_TOPICS,
          queueIds: ["5c9d1a7e-8f3b-4c2d-9e61-0a4b7c3d2e10"],
          workflowType: "EXPRESS",
          maxConcurrency: 10,
          outageToleranceHours: 24,
          retentionDays: 30,
        },
      },
    );
  });

  it("parses Pulumi.prod.yaml into the production setting", () => {
    const file = loadStackFile(REPO, "prod");
    assert.deepStrictEqual(file.secretKeys, []);
    assert.deepStrictEqual(
      parseStackConfig({ stack: "prod", values: file.values, secretKeys: file.secretKeys }),
      {
        stack: "prod",
        awsRegion: "us-west-2",
        genesys: {
          environment: "usw2.pure.cloud",
          providerRegion: "us-west-2",
          archyPath: "archy",
          lambdaTrustAccountId: "765628985471",
          namePrefix: "GEO Prod",
        },
        alarms: { enabled: true, email: "contact-center-oncall@example.com" },
        participantAttributes: {
          bucketName: "example-geo-prod-participant-attributes",
          didNumbers: { start: "+13175550110", end: "+13175550119" },
          trigger: { eventTtlSeconds: 300 },
          objectExpirationDays: 2555,
          logRetentionDays: 365,
        },
        negativeSentiment: {
          smsNumber: "+13175550120",
          callbackQueue: { name: "Supervisor Callbacks" },
          wrapupCode: { name: "Negative Sentiment Review" },
          sentimentThreshold: -0.3,
          callbackDelayMinutes: 15,
          acknowledgementText:
            "Thank you for calling Example Co. We are sorry about your experience today: a team lead will call you back within the hour.",
        },
        eventPipeline: {
          eventSourceSuffix: "prod-conversations",
          topics: ["customer.end", "acd.end", "user.end", "acw"].map(topic),
          queueIds: ["0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"],
          workflowType: "EXPRESS",
          maxConcurrency: 100,
          outageToleranceHours: 24,
          retentionDays: 90,
        },
      },
    );
  });

  it("names the missing file and lists the stacks that exist", () => {
    assert.throws(
      () => loadStackFile(REPO, "qa"),
      (err: unknown) => {
        assert.ok(
          err instanceof ConfigError,
          "a ConfigError, so the offline plan exits 2 as for bad config",
        );
        assert.equal(err.key, path.join(REPO, "Pulumi.qa.yaml"));
        assert.match(err.message, /does not exist; fix: use one of the stacks in .* \(dev, prod\)/);
        return true;
      },
    );
  });
});

describe("Pulumi.yaml", () => {
  const project = parseYaml(fs.readFileSync(path.join(REPO, "Pulumi.yaml"), "utf8"));

  it("declares the project, runtime, entry folder and local backend", () => {
    assert.equal(project.name, PROJECT);
    assert.deepStrictEqual(project.runtime, { name: "nodejs", options: { typescript: true } });
    assert.equal(project.main, "stacks/");
    assert.match(project.backend.url, /^file:\/\//);
  });

  it("pins the Genesys provider package", () => {
    assert.deepStrictEqual(project.packages, {
      genesyscloud: {
        source: "terraform-provider",
        version: "1.1.3",
        parameters: ["mypurecloud/genesyscloud", "1.84.1"],
      },
    });
  });

  it("declares every key the parser reads, with only types the CLI accepts", () => {
    assert.deepStrictEqual(Object.keys(project.config).sort(), [...PROJECT_KEYS].sort());
    for (const [key, decl] of Object.entries(
      project.config as Record<string, Record<string, unknown>>,
    )) {
      assert.equal(typeof decl.description, "string", `${key} has no description`);
      // Project config types are string, integer, boolean and array; there is no object type.
      if (decl.type !== undefined)
        assert.ok(["string", "integer", "boolean", "array"].includes(decl.type as string), key);
    }
    // Only genesys is required: a project key without a default must be set by every stack.
    assert.equal(project.config.genesys.default, undefined);
    assert.deepStrictEqual(project.config.participantAttributes.default, { enabled: false });
  });
});

describe("loadStackFile on a temporary project", () => {
  const cipher = "v1:Zm9vYmFyYmF6cXV4:AAAABBBBCCCC";
  const projectYaml = [
    "name: tmpproj",
    "runtime: nodejs",
    "config:",
    "  participantAttributes:",
    "    description: off unless a stack says otherwise",
    "    default: { enabled: false }",
    "  retries: 3",
    "  aws:profile:",
    "    value: shared",
    "  required:",
    "    description: no default, so nothing is filled in",
    "",
  ].join("\n");
  const stackYaml = [
    "encryptionsalt: v1:abc",
    "config:",
    "  aws:region: us-east-1",
    "  genesyscloud:oauthclientSecret:",
    `    secure: ${cipher}`,
    "  tmpproj:genesys:",
    "    environment: mypurecloud.com",
    "    orgId:",
    `      secure: ${cipher}`,
    "  tmpproj:count: 0x1F",
    "  tmpproj:flag: true",
    '  tmpproj:quoted: "60"',
    "  tmpproj:empty:",
    "  tmpproj:config:legacy: yes-legacy",
    "  tmpproj:list:",
    "    - b",
    "    - { z: 1, a: 2 }",
    "",
  ].join("\n");

  it("replaces secure values by marked placeholders and lists their keys", () => {
    const dir = tempProject({ "Pulumi.yaml": projectYaml, "Pulumi.test.yaml": stackYaml });
    const file = loadStackFile(dir, "test");
    assert.deepStrictEqual(file, {
      project: "tmpproj",
      values: {
        "aws:region": "us-east-1",
        "genesyscloud:oauthclientSecret":
          "[offline placeholder for secret genesyscloud:oauthclientSecret]",
        "tmpproj:genesys":
          '{"environment":"mypurecloud.com","orgId":"[offline placeholder for secret tmpproj:genesys.orgId]"}',
        "tmpproj:count": "0x1F",
        "tmpproj:flag": "true",
        "tmpproj:quoted": "60",
        "tmpproj:empty": "",
        "tmpproj:legacy": "yes-legacy",
        "tmpproj:list": '["b",{"a":2,"z":1}]',
        "tmpproj:participantAttributes": '{"enabled":false}',
        "tmpproj:retries": "3",
        "aws:profile": "shared",
      },
      secretKeys: ["genesyscloud:oauthclientSecret", "tmpproj:genesys"],
    });
    assert.ok(!JSON.stringify(file).includes(cipher));
    assert.equal(offlineSecretPlaceholder("a:b"), "[offline placeholder for secret a:b]");
  });

  it("lets the stack's own value win over Pulumi.yaml's default", () => {
    const dir = tempProject({
      "Pulumi.yaml": projectYaml,
      "Pulumi.test.yaml":
        "config:\n  tmpproj:participantAttributes:\n    enabled: true\n  tmpproj:retries: 5\n",
    });
    const { values } = loadStackFile(dir, "test");
    assert.equal(values["tmpproj:participantAttributes"], '{"enabled":true}');
    assert.equal(values["tmpproj:retries"], "5");
  });

  it("turns a secret that fails validation into a [secret] error, not a placeholder echo", () => {
    const dir = tempProject({
      "Pulumi.yaml": `name: ${PROJECT}\nruntime: nodejs\n`,
      "Pulumi.test.yaml": `config:\n  aws:region: us-east-1\n  ${G}:\n    environment: mypurecloud.com\n    orgId:\n      secure: ${cipher}\n`,
    });
    const file = loadStackFile(dir, "test");
    assert.throws(
      () => parseStackConfig({ stack: "test", values: file.values, secretKeys: file.secretKeys }),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.equal(err.key, `${G}.orgId`);
        assert.equal(err.value, "[secret]");
        assert.ok(
          !err.message.includes("placeholder") && !err.message.includes(cipher),
          err.message,
        );
        return true;
      },
    );
  });

  it("finds stack files in stackConfigDir", () => {
    const dir = tempProject({
      "Pulumi.yaml": "name: tmpproj\nruntime: nodejs\nstackConfigDir: config/\n",
      "config/Pulumi.edge.yaml": "config:\n  aws:region: eu-west-1\n",
    });
    assert.deepStrictEqual(loadStackFile(dir, "edge").values, { "aws:region": "eu-west-1" });
    assert.throws(
      () => loadStackFile(dir, "other"),
      /config[/\\]Pulumi\.other\.yaml: does not exist; fix: .*\(edge\)/,
    );
  });

  it("uses the last part of an org-qualified stack name", () => {
    const dir = tempProject({
      "Pulumi.yaml": "name: tmpproj\nruntime: nodejs\n",
      "Pulumi.dev.yaml": "config:\n  aws:region: eu-west-1\n",
    });
    assert.equal(loadStackFile(dir, "acme/tmpproj/dev").values["aws:region"], "eu-west-1");
  });

  it("rejects a key without a namespace, naming the file", () => {
    const dir = tempProject({
      "Pulumi.yaml": "name: tmpproj\nruntime: nodejs\n",
      "Pulumi.dev.yaml": "config:\n  region: eu-west-1\n",
    });
    assert.throws(
      () => loadStackFile(dir, "dev"),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.equal(err.key, path.join(dir, "Pulumi.dev.yaml"));
        assert.match(
          err.message,
          /has config key "region", not of the form <namespace>:<name>; fix: write it as tmpproj:region$/,
        );
        return true;
      },
    );
  });

  it("names Pulumi.yaml when it is missing", () => {
    const dir = tempProject({ "Pulumi.dev.yaml": "config: {}\n" });
    assert.throws(
      () => loadStackFile(dir, "dev"),
      (err: unknown) =>
        err instanceof ConfigError &&
        err.key === path.join(dir, "Pulumi.yaml") &&
        /does not exist/.test(err.message),
    );
  });

  it("names the file holding invalid YAML", () => {
    const dir = tempProject({
      "Pulumi.yaml": "name: tmpproj\nruntime: nodejs\n",
      "Pulumi.dev.yaml": "config:\n  a:b: [unclosed\n",
    });
    assert.throws(
      () => loadStackFile(dir, "dev"),
      (err: unknown) =>
        err instanceof ConfigError &&
        err.key === path.join(dir, "Pulumi.dev.yaml") &&
        /is not valid YAML/.test(err.message),
    );
  });
});
