// ArchyFlow under the mock runtime: the inputs its Command is registered with.
import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { deleteScript, publishScript } from "../../components/archy/scripts";
import { renderFlowFile } from "../../components/archy/template";
import {
  RecordedResource,
  ResourceRecorder,
  installMocks,
  revealSecrets,
  settle,
  unwrap,
} from "../../tools/mocks";
import type { ArchyFlow as ArchyFlowType, ArchyFlowArgs } from "../../components/archyFlow";

const COMMAND = "command:local:Command";
const SECRET = "archytest-oauth-secret-value";
const CLIENT_ID = "archytest-oauth-client-id";
const SECURE = "participant-attributes/secure-payment.yaml";
const BASE: ArchyFlowArgs = {
  template: SECURE,
  flowName: "Dev Secure Payment",
  substitutions: {
    paymentIdCategory: "Dev Category",
    paymentIdAction: pulumi.output("Dev Payment Id"),
  },
  genesysEnvironment: "mypurecloud.com",
};

describe("ArchyFlow (mocks)", () => {
  const recorder = new ResourceRecorder();
  const options = new Map<string, { secretOutputs: string[]; deleteBeforeReplace: boolean }>();
  const flows: Record<string, ArchyFlowType> = {};
  const savedEnv = {
    id: process.env.GENESYSCLOUD_OAUTHCLIENT_ID,
    secret: process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
  };
  let ArchyFlow: typeof ArchyFlowType;

  const command = (name: string): RecordedResource => recorder.one(COMMAND, `${name}-publish`);

  before(async () => {
    // Present as they would be for a real run: none of it may reach the registered inputs.
    process.env.GENESYSCLOUD_OAUTHCLIENT_ID = CLIENT_ID;
    process.env.GENESYSCLOUD_OAUTHCLIENT_SECRET = SECRET;
    await installMocks(recorder, "genesys-event-orchestration", "test");
    // Resource options are not in MockResourceArgs; read them off the registration request.
    const monitor = require("@pulumi/pulumi/runtime/settings").getMonitor();
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req: any, callback: any) => {
      options.set(req.getName(), {
        secretOutputs: req.getAdditionalsecretoutputsList(),
        deleteBeforeReplace: req.getDeletebeforereplace(),
      });
      return register(req, callback);
    };
    ({ ArchyFlow } = await import("../../components/archyFlow"));
    flows.base = new ArchyFlow("archytest-base", BASE);
    // Same values, given in another order and without Outputs.
    flows.same = new ArchyFlow("archytest-same", {
      ...BASE,
      substitutions: { paymentIdAction: "Dev Payment Id", paymentIdCategory: "Dev Category" },
    });
    flows.substitution = new ArchyFlow("archytest-substitution", {
      ...BASE,
      substitutions: { paymentIdCategory: "Dev Category", paymentIdAction: "Dev Payment Id 2" },
    });
    flows.renamed = new ArchyFlow("archytest-renamed", {
      ...BASE,
      flowName: "Dev Secure Payment 2",
    });
    flows.template = new ArchyFlow("archytest-template", {
      template: "participant-attributes/inbound-call.yaml",
      flowName: "Dev Secure Payment",
      substitutions: { secureFlowName: flows.base.flowName },
      genesysEnvironment: "usw2.pure.cloud",
      archyPath: "/opt/archy/archy",
    });
    await settle();
  });

  after(() => {
    for (const [key, value] of [
      ["GENESYSCLOUD_OAUTHCLIENT_ID", savedEnv.id],
      ["GENESYSCLOUD_OAUTHCLIENT_SECRET", savedEnv.secret],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("registers a Command child running the publish and delete scripts with bash", () => {
    const component = recorder.one("geo:index:ArchyFlow", "archytest-base");
    const cmd = command("archytest-base");
    assert.equal(cmd.parent, component.urn);
    const script = publishScript();
    assert.deepEqual(cmd.inputs, {
      create: script,
      update: script,
      delete: deleteScript(),
      interpreter: ["bash", "-c"],
      stdin: renderFlowFile(SECURE, "Dev Secure Payment", {
        paymentIdCategory: "Dev Category",
        paymentIdAction: "Dev Payment Id",
      }).yaml,
      environment: {
        ARCHY_FLOW_NAME: "Dev Secure Payment",
        ARCHY_FLOW_TYPE: "securecall",
        ARCHY_LOCATION: "mypurecloud.com",
        ARCHY_PATH: "archy",
      },
      addPreviousOutputInEnv: true,
      logging: "none",
    });
  });

  it("hides stderr, keeps stdout usable and deletes before any replace", () => {
    assert.deepEqual(options.get("archytest-base-publish"), {
      secretOutputs: ["stderr"],
      deleteBeforeReplace: true,
    });
  });

  it("puts no credential in the command text, the environment or any other input", () => {
    for (const name of ["archytest-base", "archytest-template"]) {
      const inputs = command(name).inputs;
      const text = JSON.stringify(revealSecrets(inputs));
      assert.ok(
        !text.includes(SECRET) && !text.includes(CLIENT_ID),
        `${name}: credential in inputs`,
      );
      for (const script of [inputs.create, inputs.update, inputs.delete] as string[]) {
        assert.ok(!/--client(Secret|Id)\b/.test(script), `${name}: credential flag in a script`);
      }
      assert.deepEqual(
        Object.keys(inputs.environment as object).filter((k) => k.startsWith("GENESYSCLOUD_")),
        [],
      );
    }
  });

  it("gives byte-identical inputs for the same flow, so nothing republishes", () => {
    assert.deepEqual(command("archytest-same").inputs, command("archytest-base").inputs);
  });

  it("changes stdin when a substitution, the name or the template changes", () => {
    const base = command("archytest-base").inputs.stdin;
    for (const name of ["archytest-substitution", "archytest-renamed", "archytest-template"]) {
      assert.notEqual(command(name).inputs.stdin, base, name);
    }
    assert.match(command("archytest-substitution").inputs.stdin as string, /"Dev Payment Id 2":/);
    assert.equal(
      (command("archytest-renamed").inputs.environment as Record<string, string>).ARCHY_FLOW_NAME,
      "Dev Secure Payment 2",
    );
  });

  it("passes the environment, flow type and Archy path of each flow", () => {
    assert.deepEqual(command("archytest-template").inputs.environment, {
      ARCHY_FLOW_NAME: "Dev Secure Payment",
      ARCHY_FLOW_TYPE: "inboundcall",
      ARCHY_LOCATION: "usw2.pure.cloud",
      ARCHY_PATH: "/opt/archy/archy",
    });
    // Another flow's name, an Output, fills the transfer target.
    assert.match(
      command("archytest-template").inputs.stdin as string,
      /targetFlow:\n\s+name: "Dev Secure Payment"/,
    );
  });

  it("exposes the flow id from the publish output, the name and the rendered YAML", async () => {
    // The mock Command prints {"flowId":"<command name>-flow-id",...} as the publish script would.
    assert.equal(await unwrap(flows.base.flowId), "archytest-base-publish-flow-id");
    assert.equal(await unwrap(flows.base.flowName), "Dev Secure Payment");
    assert.equal(await unwrap(flows.base.renderedYaml), command("archytest-base").inputs.stdin);
  });

  it("rejects a bad template, a missing or unused substitution and a reserved key before registering", () => {
    const cases: [Partial<ArchyFlowArgs>, RegExp][] = [
      [
        { template: "../package.json" },
        /ArchyFlow\.template: "\.\.\/package\.json" must be a \.yaml path relative to architect\//,
      ],
      [
        { substitutions: { paymentIdCategory: "C" } },
        /placeholder \{\{paymentIdAction\}\} has no value/,
      ],
      [
        { substitutions: { paymentIdCategory: "C", paymentIdAction: "A", queue: "Q" } },
        /substitution "queue" is not used/,
      ],
      [
        { substitutions: { paymentIdCategory: "C", paymentIdAction: "A", flowName: "F" } },
        /"flowName" is reserved/,
      ],
    ];
    cases.forEach(([change, message], i) => {
      assert.throws(() => new ArchyFlow(`archytest-bad-${i}`, { ...BASE, ...change }), message);
      assert.deepEqual(
        recorder.resources.filter((r) => r.name.startsWith(`archytest-bad-${i}`)),
        [],
      );
    });
  });
});

describe("ArchyFlow argument validation", () => {
  it("accepts Genesys domains and rejects anything else", async () => {
    const { validateGenesysEnvironment, validateArchyPath } =
      await import("../../components/archyFlow");
    assert.equal(validateGenesysEnvironment("mypurecloud.ie"), "mypurecloud.ie");
    assert.throws(() => validateGenesysEnvironment("usw2"), {
      message:
        'ArchyFlow.genesysEnvironment: "usw2" is not a Genesys Cloud domain; fix: use the environment\'s domain, e.g. "mypurecloud.com" or "usw2.pure.cloud"',
    });
    assert.throws(
      () => validateGenesysEnvironment("https://api.mypurecloud.com"),
      /is not a Genesys Cloud domain/,
    );
    assert.equal(validateArchyPath("/opt/archy/archy"), "/opt/archy/archy");
    assert.throws(() => validateArchyPath(" "), /ArchyFlow\.archyPath: " " is not a usable path/);
  });
});
