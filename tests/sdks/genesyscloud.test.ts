import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as GenesysSdk from "@pulumi/genesyscloud";
import {
  ResourceRecorder,
  installMocks,
  settle,
  unwrap,
  isSecretValue,
  revealSecrets,
  MOCK_ORG_ID,
} from "../../tools/mocks";

// The contract checked here is what the engine and the program need from the SDK that
// `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` (or `pulumi install`)
// generates: type tokens, the package reference and its parameterization, property names. Nothing
// here depends on how the SDK is built or packaged (its package.json's dependencies, typings or
// scripts), so these tests pass unchanged when a generated SDK replaces the committed one.

type Category = "Required" | "Optional" | "Read-Only";
interface Attr {
  readonly block: boolean;
  readonly kind: string;
  readonly maxItems: number | null;
}
type Entry = Record<string, Partial<Record<Category, Record<string, Attr>>>>;
interface Schema {
  resources: Record<string, Entry>;
  dataSources: Record<string, Entry>;
  provider: Entry;
}

const SDK_DIR = path.resolve(__dirname, "../../sdks/genesyscloud");
const schema: Schema = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "fixtures", "genesyscloud-schema.json"), "utf8"),
);
const PARAMETER = {
  remote: { url: "registry.opentofu.org/mypurecloud/genesyscloud", version: "1.84.1" },
};

// Naming rules of the bridge, restated independently of the SDK's generator.
const camel = (tf: string) => tf.replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const isPlural = (a: Attr) => (a.block ? a.maxItems !== 1 : /^(Set|List) of /.test(a.kind));
function pluralize(word: string): string {
  if (word.endsWith("s")) return word;
  if (/[^aeiouy]y$/.test(word)) return word.slice(0, -1) + "ies";
  if (/(x|ch|sh)$/.test(word)) return word + "es";
  return word + "s";
}
function singularize(word: string): string {
  if (/[^aeiouy]ies$/.test(word)) return word.slice(0, -3) + "y";
  if (/(x|ch|ss|sh)es$/.test(word)) return word.slice(0, -2);
  return word.replace(/s$/, "");
}
const pulumiName = (tf: string, a: Attr) => camel(isPlural(a) ? pluralize(tf) : tf);

/**
 * The Pulumi name of a resource's Terraform `id`. terraform-plugin-sdk v2 declares the implicit
 * `id` optional and computed, and the bridge renames a settable `id` (Pulumi's resource id) to the
 * first of `<resource>_id`, `genesyscloud_<resource>_id`, `resource_id`, `genesyscloud_id` that the
 * schema does not use (pulumi-terraform-bridge PR #2385, pkg/tfbridge/tokens/fixups.go `fixID`).
 */
function bridgedIdName(key: string, entry: Entry): string {
  const taken = new Set(
    attrs(entry, "top", ["Required", "Optional", "Read-Only"]).map(([tf]) => tf),
  );
  const free = [`${key}_id`, `genesyscloud_${key}_id`, "resource_id", "genesyscloud_id"].find(
    (c) => !taken.has(c),
  );
  assert.ok(free, `no free name for the bridged id of ${key}`);
  return camel(free);
}

function attrs(
  entry: Entry,
  blockPath: string,
  categories: Category[],
): [string, Attr, Category][] {
  return categories.flatMap((c) =>
    Object.entries(entry[blockPath][c] ?? {}).map(([tf, a]): [string, Attr, Category] => [
      tf,
      a,
      c,
    ]),
  );
}

/** Property name -> { optional, type text } of one exported interface in a TypeScript source. */
function interfaceFields(
  source: string,
  name: string,
): Map<string, { optional: boolean; type: string }> {
  const body = new RegExp(`\\n *export interface ${name} \\{\\n([\\s\\S]*?)\\n *\\}`).exec(source);
  assert.ok(body, `interface ${name} not found`);
  const fields = new Map<string, { optional: boolean; type: string }>();
  for (const m of body[1].matchAll(/^ +(?:readonly )?(\w+)(\??): (.*);$/gm))
    fields.set(m[1], { optional: m[2] === "?", type: m[3] });
  return fields;
}

const read = (rel: string) => fs.readFileSync(path.join(SDK_DIR, rel), "utf8");

/** A value for every required argument of a block, keyed by Pulumi name, as a program would pass it. */
function sampleArgs(entry: Entry, blockPath: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [tf, a] of attrs(entry, blockPath, ["Required"])) {
    const child = blockPath === "top" ? tf : `${blockPath}.${tf}`;
    const value = a.block
      ? sampleArgs(entry, child)
      : a.kind.startsWith("Map of")
        ? { key: `${tf}-value` }
        : a.kind.startsWith("Number")
          ? 7
          : a.kind.startsWith("Boolean")
            ? true
            : `${tf}-value`;
    out[pulumiName(tf, a)] =
      isPlural(a) && !a.kind.startsWith("Map of") ? [a.block ? value : `${tf}-value`] : value;
  }
  return out;
}

describe("@pulumi/genesyscloud package metadata", () => {
  const pkg = JSON.parse(read("package.json"));

  it("is the parameterized terraform-provider 1.1.3 plugin bound to mypurecloud/genesyscloud 1.84.1", () => {
    assert.equal(pkg.name, "@pulumi/genesyscloud");
    // utilities.getVersion() reads it and sends it with every resource as the package version.
    assert.equal(pkg.version, "1.84.1");
    const { value, ...parameterization } = pkg.pulumi.parameterization;
    assert.deepEqual(
      { ...pkg.pulumi, parameterization },
      {
        resource: true,
        name: "terraform-provider",
        version: "1.1.3",
        parameterization: { name: "genesyscloud", version: "1.84.1" },
      },
    );
    assert.deepEqual(JSON.parse(Buffer.from(value, "base64").toString("utf8")), PARAMETER);
  });

  it("is a file: dependency of the program whose install script npm is allowed to run", () => {
    // npm 12 skips a dependency's install scripts unless the root package.json's allowScripts
    // covers it; the SDK's postinstall builds bin/, without which the program cannot load it.
    // `pulumi package add` writes the entry keyed by the file: spec (pulumi/pulumi PR #23569).
    const root = JSON.parse(fs.readFileSync(path.resolve(SDK_DIR, "../../package.json"), "utf8"));
    const spec = root.dependencies["@pulumi/genesyscloud"];
    assert.equal(spec, "file:sdks/genesyscloud");
    assert.equal(root.allowScripts?.[spec], true);
    assert.ok(pkg.scripts.postinstall, "the SDK builds itself on install");
  });
});

describe("@pulumi/genesyscloud argument names follow the bridge's rules", () => {
  const inputTypes = read("types/input.ts");

  /** Checks one block's fields against its interface, then recurses into nested blocks. */
  function checkBlock(
    entry: Entry,
    blockPath: string,
    fields: Map<string, { optional: boolean; type: string }>,
    typeName: string,
    autonamed: boolean,
    bridgedId?: string,
  ) {
    const expected = attrs(entry, blockPath, ["Required", "Optional"]);
    assert.deepEqual(
      [...fields.keys()].sort(),
      expected
        .map(([tf, a]) => pulumiName(tf, a))
        .concat(bridgedId ?? [])
        .sort(),
      typeName,
    );
    if (bridgedId) assert.equal(fields.get(bridgedId)!.optional, true, `${typeName}.${bridgedId}`);
    for (const [tf, a, category] of expected) {
      const name = pulumiName(tf, a);
      const field = fields.get(name)!;
      const optional =
        category === "Optional" || (autonamed && blockPath === "top" && name === "name");
      assert.equal(field.optional, optional, `${typeName}.${name} optional`);
      if (!a.block) continue;
      const elem =
        typeName.replace(/Args$/, "") + pascal(a.maxItems === 1 ? name : singularize(name));
      assert.equal(
        field.type.includes("[]"),
        a.maxItems !== 1,
        `${typeName}.${name} is ${a.maxItems === 1 ? "an object" : "a list"}: ${field.type}`,
      );
      assert.ok(
        field.type.includes(`inputs.${elem}`),
        `${typeName}.${name} has type ${elem}: ${field.type}`,
      );
      const child = blockPath === "top" ? tf : `${blockPath}.${tf}`;
      checkBlock(entry, child, interfaceFields(inputTypes, elem), elem, autonamed);
    }
  }

  for (const [key, entry] of Object.entries(schema.resources)) {
    const file = camel(key);
    const cls = pascal(file);
    it(`${cls}: every Terraform argument of genesyscloud_${key} in ${cls}Args and its nested types`, () => {
      const autonamed = Object.keys(entry.top.Required ?? {})
        .concat(Object.keys(entry.top.Optional ?? {}))
        .includes("name");
      checkBlock(
        entry,
        "top",
        interfaceFields(read(`${file}.ts`), `${cls}Args`),
        `${cls}Args`,
        autonamed,
        bridgedIdName(key, entry),
      );
    });

    it(`${cls}: the bridged ${bridgedIdName(key, entry)} (Terraform id) is an always-set Output and a state input`, () => {
      const source = read(`${file}.ts`);
      const name = bridgedIdName(key, entry);
      assert.match(
        source,
        new RegExp(`declare public readonly ${name}: pulumi\\.Output<string>;`),
        `${cls}.${name}`,
      );
      assert.equal(interfaceFields(source, `${cls}State`).get(name)?.optional, true);
    });
  }

  for (const [key, entry] of Object.entries(schema.dataSources)) {
    const fn = `get${pascal(camel(key))}`;
    it(`${fn}: every Terraform argument of data source genesyscloud_${key}, plus its implicit id`, () => {
      const expected = attrs(entry, "top", ["Required", "Optional"])
        .map(([tf, a]) => pulumiName(tf, a))
        .concat("id")
        .sort();
      for (const iface of [`${pascal(fn)}Args`, `${pascal(fn)}OutputArgs`]) {
        assert.deepEqual(
          [...interfaceFields(read(`${fn}.ts`), iface).keys()].sort(),
          expected,
          iface,
        );
      }
    });
  }

  it("provider arguments: camelCase, proxy as one object, the gateway set pluralized", () => {
    const provider = interfaceFields(read("provider.ts"), "ProviderArgs");
    assert.deepEqual(
      [...provider.keys()].sort(),
      attrs(schema.provider, "top", ["Optional"])
        .map(([tf, a]) => pulumiName(tf, a))
        .sort(),
    );
    assert.equal(provider.get("proxy")!.type, "pulumi.Input<inputs.ProviderProxy | undefined>");
    assert.equal(
      provider.get("gateways")!.type,
      "pulumi.Input<pulumi.Input<inputs.ProviderGateway>[] | undefined>",
    );
  });
});

describe("@pulumi/genesyscloud under the mock engine", () => {
  const recorder = new ResourceRecorder(
    "us-east-1",
    Object.fromEntries(
      Object.keys(schema.dataSources)
        .filter((k) => k !== "organizations_me")
        .map((k) => {
          const fn = `get${pascal(camel(k))}`;
          return [`genesyscloud:index/${fn}:${fn}`, () => ({ id: `sdktest-${fn}-id` })];
        }),
    ),
  );
  const packageRequests: {
    name: string;
    version: string;
    pname: string;
    pversion: string;
    value: string;
  }[] = [];
  let sdk: typeof GenesysSdk;
  let created: Record<string, unknown>;
  let orgId: string;
  const dataSourceResults: Record<string, unknown> = {};

  before(async () => {
    await installMocks(recorder, "genesys-event-orchestration", "test");
    // Package refs are cached per runtime store; clear them so this file sees the registration itself.
    require("@pulumi/pulumi/runtime/state").getPackageRefs().clear();
    const monitor = require("@pulumi/pulumi/runtime/settings").getMonitor();
    const original = monitor.registerPackage.bind(monitor);
    monitor.registerPackage = (req: any, callback: any) => {
      const p = req.getParameterization();
      packageRequests.push({
        name: req.getName(),
        version: req.getVersion(),
        pname: p.getName(),
        pversion: p.getVersion(),
        value: Buffer.from(p.getValue_asU8()).toString("utf8"),
      });
      return original(req, callback);
    };
    sdk = await import("@pulumi/genesyscloud");

    const provider = new sdk.Provider("sdktest-provider", {
      oauthclientId: "client-id",
      oauthclientSecret: "client-secret",
      accessToken: "bearer-token",
      awsRegion: "us-east-1",
      tokenPoolSize: 5,
    });
    const integration = new sdk.Integration(
      "sdktest-integration",
      {
        integrationType: "aws-lambda-data-actions",
        intendedState: "ENABLED",
        config: {
          name: "Lambda actions",
          properties: "{}",
          advanced: "{}",
          credentials: { AmazonWebServicesARN: "cred-id" },
        },
      },
      { provider },
    );
    const action = new sdk.IntegrationAction("sdktest-action", {
      name: "Payment id",
      category: "Lambda",
      integrationId: "integration-id",
      secure: true,
      contractInput: '{"type":"object"}',
      contractOutput: '{"type":"object"}',
      configRequest: {
        requestType: "POST",
        requestUrlTemplate: "arn:aws:lambda:us-east-1:123456789012:function:f",
        requestTemplate: "${input.rawRequest}",
      },
      configResponse: {
        successTemplate: "${rawResult}",
        translationMap: {},
        translationMapDefaults: {},
      },
    });
    const trigger = new sdk.ProcessautomationTrigger("sdktest-trigger", {
      name: "customer end",
      enabled: true,
      topicName: "v2.detail.events.conversation.{id}.customer.end",
      target: {
        id: "workflow-id",
        type: "Workflow",
        workflowTargetSettings: { dataFormat: "Json" },
      },
      matchCriteria: "[]",
      eventTtlSeconds: 60,
    });
    const credential = new sdk.IntegrationCredential("sdktest-credential", {
      credentialTypeName: "amazonWebServicesARN",
      fields: { ARN: "arn:aws:iam::123456789012:role/r" },
    });
    const oauth = new sdk.OauthClient("sdktest-oauth", {
      authorizedGrantType: "CLIENT-CREDENTIALS",
      clientSecret: "exposed-secret",
    });
    created = { provider, integration, action, trigger, credential, oauth };

    // Every resource, with only its required arguments.
    for (const [key, entry] of Object.entries(schema.resources)) {
      const cls = pascal(camel(key));
      new (sdk as any)[cls](`sdktest-min-${cls}`, sampleArgs(entry, "top"));
    }
    // Every data source through its Output form.
    for (const [key, entry] of Object.entries(schema.dataSources)) {
      const fn = `get${pascal(camel(key))}`;
      dataSourceResults[fn] = await unwrap((sdk as any)[`${fn}Output`](sampleArgs(entry, "top")));
    }
    orgId = (await sdk.getOrganizationsMe()).id;
    await settle();
  });

  const mine = () => recorder.resources.filter((r) => r.name.startsWith("sdktest"));

  it("registers the parameterized package once, naming the plugin, its version and the Terraform provider", () => {
    assert.deepEqual(packageRequests, [
      {
        name: "terraform-provider",
        version: "1.1.3",
        pname: "genesyscloud",
        pversion: "1.84.1",
        value: JSON.stringify(PARAMETER),
      },
    ]);
  });

  it("registers each of the 13 resources with its genesyscloud:index/<camel>:<Pascal> token", () => {
    for (const key of Object.keys(schema.resources)) {
      const file = camel(key);
      const token = `genesyscloud:index/${file}:${pascal(file)}`;
      const resource = recorder.one(token, `sdktest-min-${pascal(file)}`);
      assert.deepEqual(
        revealSecrets(resource.inputs),
        sampleArgs(schema.resources[key], "top"),
        token,
      );
      assert.equal((sdk as any)[pascal(file)].__pulumiType, token);
    }
    assert.equal(mine().length, 13 + 6);
  });

  it("passes IntegrationAction's configRequest/configResponse as single camelCase objects", () => {
    const action = recorder.one(
      "genesyscloud:index/integrationAction:IntegrationAction",
      "sdktest-action",
    );
    assert.deepEqual(action.inputs, {
      name: "Payment id",
      category: "Lambda",
      integrationId: "integration-id",
      secure: true,
      contractInput: '{"type":"object"}',
      contractOutput: '{"type":"object"}',
      configRequest: {
        requestType: "POST",
        requestUrlTemplate: "arn:aws:lambda:us-east-1:123456789012:function:f",
        requestTemplate: "${input.rawRequest}",
      },
      configResponse: {
        successTemplate: "${rawResult}",
        translationMap: {},
        translationMapDefaults: {},
      },
    });
    assert.ok(sdk.IntegrationAction.isInstance(created.action));
    assert.equal(sdk.Integration.isInstance(created.action), false);
  });

  it("exposes the provider's state as camelCase Outputs on the resource", async () => {
    const action = created.action as GenesysSdk.IntegrationAction;
    assert.deepEqual(await unwrap(action.configRequest), {
      requestType: "POST",
      requestUrlTemplate: "arn:aws:lambda:us-east-1:123456789012:function:f",
      requestTemplate: "${input.rawRequest}",
    });
    assert.equal(await unwrap(action.id), "sdktest-action-id");
    assert.equal(
      await unwrap(
        (created.trigger as GenesysSdk.ProcessautomationTrigger).target.apply(
          (t) => t.workflowTargetSettings?.dataFormat,
        ),
      ),
      "Json",
    );
  });

  it("passes ProcessautomationTrigger's target (exactly one block) as an object", () => {
    assert.deepEqual(
      recorder.one(
        "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger",
        "sdktest-trigger",
      ).inputs,
      {
        name: "customer end",
        enabled: true,
        topicName: "v2.detail.events.conversation.{id}.customer.end",
        target: {
          id: "workflow-id",
          type: "Workflow",
          workflowTargetSettings: { dataFormat: "Json" },
        },
        matchCriteria: "[]",
        eventTtlSeconds: 60,
      },
    );
  });

  it("passes Integration's config as an object", () => {
    assert.deepEqual(
      recorder.one("genesyscloud:index/integration:Integration", "sdktest-integration").inputs,
      {
        integrationType: "aws-lambda-data-actions",
        intendedState: "ENABLED",
        config: {
          name: "Lambda actions",
          properties: "{}",
          advanced: "{}",
          credentials: { AmazonWebServicesARN: "cred-id" },
        },
      },
    );
  });

  it("sends sensitive arguments secret-wrapped", () => {
    const credential = recorder.one(
      "genesyscloud:index/integrationCredential:IntegrationCredential",
      "sdktest-credential",
    ).inputs;
    assert.ok(isSecretValue(credential.fields));
    assert.deepEqual(revealSecrets(credential.fields), { ARN: "arn:aws:iam::123456789012:role/r" });
    assert.equal(isSecretValue(credential.credentialTypeName), false);
    const oauth = recorder.one(
      "genesyscloud:index/oauthClient:OauthClient",
      "sdktest-oauth",
    ).inputs;
    assert.ok(isSecretValue(oauth.clientSecret));
    assert.equal(isSecretValue(oauth.authorizedGrantType), false);
  });

  it("registers the provider as pulumi:providers:genesyscloud with secret credentials and JSON-encoded non-strings", () => {
    const provider = recorder.one("pulumi:providers:genesyscloud", "sdktest-provider").inputs;
    assert.ok(isSecretValue(provider.oauthclientSecret));
    assert.deepEqual(revealSecrets(provider), {
      oauthclientId: "client-id",
      oauthclientSecret: "client-secret",
      accessToken: "bearer-token",
      awsRegion: "us-east-1",
      tokenPoolSize: "5",
    });
  });

  it("rejects a resource missing a required argument, naming it", () => {
    assert.throws(
      () => new sdk.IntegrationAction("sdktest-invalid", {} as GenesysSdk.IntegrationActionArgs),
      /Missing required property 'category'/,
    );
  });

  it("invokes every data source with its genesyscloud:index/getXxx:getXxx token and camelCase arguments", () => {
    for (const [key, entry] of Object.entries(schema.dataSources)) {
      const fn = `get${pascal(camel(key))}`;
      const calls = recorder.calls.filter((c) => c.token === `genesyscloud:index/${fn}:${fn}`);
      assert.ok(calls.length >= 1, fn);
      assert.deepEqual(calls[0].inputs, sampleArgs(entry, "top"), fn);
    }
    assert.equal((dataSourceResults.getFlow as { id: string }).id, "sdktest-getFlow-id");
  });

  it("getOrganizationsMe/getOrganizationsMeOutput return the org id the provider reports", () => {
    assert.equal(
      recorder.calls.filter(
        (c) => c.token === "genesyscloud:index/getOrganizationsMe:getOrganizationsMe",
      ).length,
      2,
    );
    assert.equal((dataSourceResults.getOrganizationsMe as { id: string }).id, MOCK_ORG_ID);
    assert.equal(orgId, MOCK_ORG_ID);
  });
});
