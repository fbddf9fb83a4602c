import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { GENESYS_ENVIRONMENTS } from "../../../components/genesysEnvironments";
import {
  PROJECT,
  PROJECT_KEYS,
  StackConfig,
  bucketNameProblem,
  parseStackConfig,
} from "../../../stacks/config";
import { configError } from "../../support/configError";

const G = `${PROJECT}:genesys`;
const PA = `${PROJECT}:participantAttributes`;

type Values = Record<string, string | undefined>;

/** A valid dev-like stack; cases override keys (undefined removes one). */
function values(overrides: Values = {}): Record<string, string> {
  const all: Values = {
    "aws:region": "us-east-1",
    [G]: JSON.stringify({
      environment: "mypurecloud.com",
      orgId: "32aa07aa-db1b-4987-abd0-9483601ec29d",
    }),
    [PA]: JSON.stringify({ enabled: true }),
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined),
  );
}

const genesys = (fields: Record<string, unknown>): Values => ({
  [G]: JSON.stringify({ environment: "mypurecloud.com", ...fields }),
});
const attrs = (fields: Record<string, unknown>): Values => ({
  [PA]: JSON.stringify({ enabled: true, ...fields }),
});

function parse(overrides: Values, stack = "dev", secretKeys: string[] = []): StackConfig {
  return parseStackConfig({ stack, values: values(overrides), secretKeys });
}

interface BadCase {
  readonly name: string;
  readonly overrides: Values;
  readonly stack?: string;
  /** Exact key path the error must name. */
  readonly key: string;
  /** Exact value as shown in the message. */
  readonly value: string;
  /** Text the fix must contain. */
  readonly fix: string;
}

const bad: BadCase[] = [
  // Keys of the project namespace
  {
    name: "genesys missing",
    overrides: { [G]: undefined },
    key: G,
    value: "(not set)",
    fix: "pulumi config set --path",
  },
  {
    name: "genesys not an object",
    overrides: { [G]: "mypurecloud.com" },
    key: G,
    value: '"mypurecloud.com"',
    fix: "write it as a map",
  },
  {
    name: "genesys a JSON array",
    overrides: { [G]: "[1]" },
    key: G,
    value: "[1]",
    fix: "write it as a map",
  },
  {
    name: "unknown key, typo",
    overrides: { [`${PROJECT}:participantAtributes`]: '{"enabled":true}' },
    key: `${PROJECT}:participantAtributes`,
    value: '{"enabled":true}',
    fix: "rename it to participantAttributes",
  },
  {
    name: "unknown key, no near match",
    overrides: { [`${PROJECT}:bucket`]: "x" },
    key: `${PROJECT}:bucket`,
    value: '"x"',
    fix: "remove it (known keys: genesys, participantAttributes, negativeSentiment, eventPipeline, alarms)",
  },
  {
    name: "field set without --path",
    overrides: { [`${PROJECT}:genesys.environment`]: "mypurecloud.ie" },
    key: `${PROJECT}:genesys.environment`,
    value: '"mypurecloud.ie"',
    fix: `pulumi config set --path ${PROJECT}:genesys.environment`,
  },
  {
    name: "project namespace typo",
    overrides: { "genesys-event-orchestraton:genesys": "{}" },
    key: "genesys-event-orchestraton:genesys",
    value: "{}",
    fix: `rename it to ${PROJECT}:genesys`,
  },
  {
    name: "section used as namespace",
    overrides: { "genesys:environment": "mypurecloud.ie" },
    key: "genesys:environment",
    value: '"mypurecloud.ie"',
    fix: `pulumi config set --path ${PROJECT}:genesys.environment`,
  },

  // genesys
  {
    name: "genesys unknown field",
    overrides: genesys({ environmnet: "x" }),
    key: `${G}.environmnet`,
    value: '"x"',
    fix: "rename it to environment",
  },
  {
    name: "environment missing",
    overrides: { [G]: JSON.stringify({ orgId: "32aa07aa-db1b-4987-abd0-9483601ec29d" }) },
    key: `${G}.environment`,
    value: "(not set)",
    fix: "mypurecloud.com",
  },
  {
    name: "environment not a string",
    overrides: genesys({ environment: 5 }),
    key: `${G}.environment`,
    value: "5",
    fix: "quoted string",
  },
  {
    name: "environment typo",
    overrides: genesys({ environment: "mypurecloud.co" }),
    key: `${G}.environment`,
    value: '"mypurecloud.co"',
    fix: 'use "mypurecloud.com"',
  },
  {
    name: "environment as API URL",
    overrides: genesys({ environment: "https://api.usw2.pure.cloud/" }),
    key: `${G}.environment`,
    value: '"https://api.usw2.pure.cloud/"',
    fix: 'use "usw2.pure.cloud"',
  },
  {
    name: "environment as region code",
    overrides: genesys({ environment: "eu-west-1" }),
    key: `${G}.environment`,
    value: '"eu-west-1"',
    fix: 'use "mypurecloud.ie"',
  },
  {
    name: "environment unknown",
    overrides: genesys({ environment: "example.org" }),
    key: `${G}.environment`,
    value: '"example.org"',
    fix: "known: mypurecloud.com, mypurecloud.ie",
  },
  {
    name: "orgId malformed",
    overrides: genesys({ orgId: "32aa07aa-db1b-4987-abd0" }),
    key: `${G}.orgId`,
    value: '"32aa07aa-db1b-4987-abd0"',
    fix: "remove orgId to look it up",
  },
  {
    name: "orgId not hex",
    overrides: genesys({ orgId: "32aa07aa-db1b-4987-abd0-9483601ec29g" }),
    key: `${G}.orgId`,
    value: '"32aa07aa-db1b-4987-abd0-9483601ec29g"',
    fix: "8-4-4-4-12 hex digits",
  },
  {
    name: "orgId not a string",
    overrides: genesys({ orgId: true }),
    key: `${G}.orgId`,
    value: "true",
    fix: "quoted string",
  },
  {
    name: "archyPath empty",
    overrides: genesys({ archyPath: " " }),
    key: `${G}.archyPath`,
    value: '" "',
    fix: 'remove archyPath to use "archy"',
  },
  {
    name: "lambdaTrustAccountId as number",
    overrides: genesys({ lambdaTrustAccountId: 765628985471 }),
    key: `${G}.lambdaTrustAccountId`,
    value: "765628985471",
    fix: 'quote it so leading zeros survive, e.g. "765628985471"',
  },
  {
    name: "lambdaTrustAccountId 11 digits",
    overrides: genesys({ lambdaTrustAccountId: "76562898547" }),
    key: `${G}.lambdaTrustAccountId`,
    value: '"76562898547"',
    fix: "write 12 digits",
  },
  {
    name: "namePrefix too long",
    overrides: genesys({ namePrefix: "a".repeat(41) }),
    key: `${G}.namePrefix`,
    value: `"${"a".repeat(41)}"`,
    fix: "1–40 letters",
  },
  {
    name: "namePrefix leading space",
    overrides: genesys({ namePrefix: " GEO" }),
    key: `${G}.namePrefix`,
    value: '" GEO"',
    fix: "not starting or ending with a space",
  },
  {
    name: "namePrefix slash",
    overrides: genesys({ namePrefix: "a/b" }),
    key: `${G}.namePrefix`,
    value: '"a/b"',
    fix: "1–40 letters, digits, spaces, '-' or '_'",
  },
  {
    name: "namePrefix empty",
    overrides: genesys({ namePrefix: "" }),
    key: `${G}.namePrefix`,
    value: '""',
    fix: "1–40 letters",
  },
  {
    name: "default namePrefix from a stack name with a dot",
    overrides: {},
    stack: "team.dev",
    key: `${G}.namePrefix`,
    value: '"team.dev"',
    fix: "set genesys.namePrefix",
  },

  // aws:region and provider keys
  {
    name: "aws:region missing",
    overrides: { "aws:region": undefined },
    key: "aws:region",
    value: "(not set)",
    fix: "pulumi config set aws:region us-east-1",
  },
  {
    name: "aws:region malformed",
    overrides: { "aws:region": "us-east1" },
    key: "aws:region",
    value: '"us-east1"',
    fix: "us-east-1",
  },
  {
    name: "aws:region not the org's region",
    overrides: { "aws:region": "us-west-2" },
    key: "aws:region",
    value: '"us-west-2"',
    fix: "set aws:region to us-east-1",
  },
  {
    name: "genesyscloud:awsRegion disagrees",
    overrides: { "genesyscloud:awsRegion": "us-west-2" },
    key: "genesyscloud:awsRegion",
    value: '"us-west-2"',
    fix: "set it to us-east-1",
  },
  {
    name: "plain-text OAuth secret",
    overrides: { "genesyscloud:oauthclientSecret": "hunter2hunter2" },
    key: "genesyscloud:oauthclientSecret",
    value: "[secret]",
    fix: "pulumi config set --secret genesyscloud:oauthclientSecret",
  },
  {
    name: "plain-text access token",
    overrides: { "genesyscloud:accessToken": "tok-123" },
    key: "genesyscloud:accessToken",
    value: "[secret]",
    fix: "GENESYSCLOUD_ACCESS_TOKEN",
  },

  // participantAttributes
  {
    name: "participantAttributes not an object",
    overrides: { [PA]: "true" },
    key: PA,
    value: "true",
    fix: "write it as a map",
  },
  {
    name: "enabled missing",
    overrides: { [PA]: "{}" },
    key: `${PA}.enabled`,
    value: "(not set)",
    fix: "set enabled: true",
  },
  {
    name: "enabled quoted",
    overrides: { [PA]: '{"enabled":"true"}' },
    key: `${PA}.enabled`,
    value: '"true"',
    fix: "true or false without quotes",
  },
  {
    name: "participantAttributes unknown field",
    overrides: attrs({ bucketname: "abc" }),
    key: `${PA}.bucketname`,
    value: '"abc"',
    fix: "rename it to bucketName",
  },
  {
    name: "bucketName uppercase",
    overrides: attrs({ bucketName: "My-Bucket" }),
    key: `${PA}.bucketName`,
    value: '"My-Bucket"',
    fix: "S3 bucket naming rules",
  },
  {
    name: "bucketName too short",
    overrides: attrs({ bucketName: "ab" }),
    key: `${PA}.bucketName`,
    value: '"ab"',
    fix: "3–63",
  },
  {
    name: "bucketName too long",
    overrides: attrs({ bucketName: "a".repeat(64) }),
    key: `${PA}.bucketName`,
    value: `"${"a".repeat(64)}"`,
    fix: "3–63",
  },
  {
    name: "bucketName starts with hyphen",
    overrides: attrs({ bucketName: "-abc" }),
    key: `${PA}.bucketName`,
    value: '"-abc"',
    fix: "starting and ending with a letter or digit",
  },
  {
    name: "bucketName double dot",
    overrides: attrs({ bucketName: "a..b" }),
    key: `${PA}.bucketName`,
    value: '"a..b"',
    fix: "S3 bucket naming rules",
  },
  {
    name: "bucketName IP-like",
    overrides: attrs({ bucketName: "192.168.5.4" }),
    key: `${PA}.bucketName`,
    value: '"192.168.5.4"',
    fix: "S3 bucket naming rules",
  },
  {
    name: "bucketName xn-- prefix",
    overrides: attrs({ bucketName: "xn--abc" }),
    key: `${PA}.bucketName`,
    value: '"xn--abc"',
    fix: "S3 bucket naming rules",
  },
  {
    name: "bucketName -s3alias suffix",
    overrides: attrs({ bucketName: "abc-s3alias" }),
    key: `${PA}.bucketName`,
    value: '"abc-s3alias"',
    fix: "S3 bucket naming rules",
  },
  {
    name: "bucketName --ol-s3 suffix",
    overrides: attrs({ bucketName: "abc--ol-s3" }),
    key: `${PA}.bucketName`,
    value: '"abc--ol-s3"',
    fix: "S3 bucket naming rules",
  },
  {
    name: "bucketName not a string",
    overrides: attrs({ bucketName: 12 }),
    key: `${PA}.bucketName`,
    value: "12",
    fix: "quoted string",
  },
  {
    name: "default bucket impossible for the stack name",
    overrides: {},
    stack: "Dev",
    key: `${PA}.bucketName`,
    value: "(not set)",
    fix: "set participantAttributes.bucketName",
  },
  {
    name: "didNumbers not an object",
    overrides: attrs({ didNumbers: "+13175550100" }),
    key: `${PA}.didNumbers`,
    value: '"+13175550100"',
    fix: "write it as a map",
  },
  {
    name: "didNumbers unknown field",
    overrides: attrs({ didNumbers: { start: "+13175550100", stop: "+13175550101" } }),
    key: `${PA}.didNumbers.stop`,
    value: '"+13175550101"',
    fix: "remove it (known fields: start, end)",
  },
  {
    name: "didNumbers.start too short",
    overrides: attrs({ didNumbers: { start: "+131755", end: "+13175550101" } }),
    key: `${PA}.didNumbers.start`,
    value: '"+131755"',
    fix: "write it as + and 7–15 digits, e.g. +13175550100",
  },
  {
    name: "didNumbers.start without +",
    overrides: attrs({ didNumbers: { start: "13175550100", end: "+13175550101" } }),
    key: `${PA}.didNumbers.start`,
    value: '"13175550100"',
    fix: "+ and 7–15 digits",
  },
  {
    name: "didNumbers.end 16 digits",
    overrides: attrs({ didNumbers: { start: "+13175550100", end: "+1317555010012345" } }),
    key: `${PA}.didNumbers.end`,
    value: '"+1317555010012345"',
    fix: "+ and 7–15 digits",
  },
  {
    name: "didNumbers.start unquoted in YAML",
    overrides: attrs({ didNumbers: { start: 13175550100, end: "+13175550101" } }),
    key: `${PA}.didNumbers.start`,
    value: "13175550100",
    fix: 'quote it: "+13175550100"',
  },
  {
    name: "didNumbers.end missing",
    overrides: attrs({ didNumbers: { start: "+13175550100" } }),
    key: `${PA}.didNumbers.end`,
    value: "(not set)",
    fix: "E.164 number",
  },
  {
    name: "didNumbers lengths differ",
    overrides: attrs({ didNumbers: { start: "+13175550100", end: "+131755501011" } }),
    key: `${PA}.didNumbers.end`,
    value: '"+131755501011"',
    fix: "same length",
  },
  {
    name: "didNumbers reversed",
    overrides: attrs({ didNumbers: { start: "+13175550101", end: "+13175550100" } }),
    key: `${PA}.didNumbers.end`,
    value: '"+13175550100"',
    fix: "swap start and end",
  },
  {
    name: "didNumbers 101 numbers",
    overrides: attrs({ didNumbers: { start: "+13175550100", end: "+13175550200" } }),
    key: `${PA}.didNumbers.end`,
    value: '"+13175550200"',
    fix: "at most 100 numbers",
  },
  {
    name: "trigger not an object",
    overrides: attrs({ trigger: 60 }),
    key: `${PA}.trigger`,
    value: "60",
    fix: "eventTtlSeconds: 60",
  },
  {
    name: "trigger both timings",
    overrides: attrs({ trigger: { eventTtlSeconds: 60, delayBySeconds: 120 } }),
    key: `${PA}.trigger.delayBySeconds`,
    value: "120",
    fix: "keep only one",
  },
  {
    name: "trigger neither timing",
    overrides: attrs({ trigger: {} }),
    key: `${PA}.trigger`,
    value: "{}",
    fix: "set exactly one",
  },
  {
    name: "trigger unknown field",
    overrides: attrs({ trigger: { ttlSeconds: 60 } }),
    key: `${PA}.trigger.ttlSeconds`,
    value: "60",
    fix: "rename it to",
  },
  {
    name: "eventTtlSeconds below 10",
    overrides: attrs({ trigger: { eventTtlSeconds: 9 } }),
    key: `${PA}.trigger.eventTtlSeconds`,
    value: "9",
    fix: "at least 10",
  },
  {
    name: "eventTtlSeconds quoted",
    overrides: attrs({ trigger: { eventTtlSeconds: "60" } }),
    key: `${PA}.trigger.eventTtlSeconds`,
    value: '"60"',
    fix: "remove the quotes: 60",
  },
  {
    name: "eventTtlSeconds fractional",
    overrides: attrs({ trigger: { eventTtlSeconds: 60.5 } }),
    key: `${PA}.trigger.eventTtlSeconds`,
    value: "60.5",
    fix: "whole number",
  },
  {
    name: "delayBySeconds below 60",
    overrides: attrs({ trigger: { delayBySeconds: 59 } }),
    key: `${PA}.trigger.delayBySeconds`,
    value: "59",
    fix: "60 to 900",
  },
  {
    name: "delayBySeconds above 900",
    overrides: attrs({ trigger: { delayBySeconds: 901 } }),
    key: `${PA}.trigger.delayBySeconds`,
    value: "901",
    fix: "60 to 900",
  },
  {
    name: "objectExpirationDays 0",
    overrides: attrs({ objectExpirationDays: 0 }),
    key: `${PA}.objectExpirationDays`,
    value: "0",
    fix: "1 to 3650",
  },
  {
    name: "objectExpirationDays 3651",
    overrides: attrs({ objectExpirationDays: 3651 }),
    key: `${PA}.objectExpirationDays`,
    value: "3651",
    fix: "1 to 3650",
  },
  {
    name: "objectExpirationDays boolean",
    overrides: attrs({ objectExpirationDays: true }),
    key: `${PA}.objectExpirationDays`,
    value: "true",
    fix: "whole number",
  },
  {
    name: "logRetentionDays not allowed",
    overrides: attrs({ logRetentionDays: 31 }),
    key: `${PA}.logRetentionDays`,
    value: "31",
    fix: "use 60",
  },
  {
    name: "logRetentionDays 0",
    overrides: attrs({ logRetentionDays: 0 }),
    key: `${PA}.logRetentionDays`,
    value: "0",
    fix: "use 1",
  },
  {
    name: "logRetentionDays beyond the largest",
    overrides: attrs({ logRetentionDays: 4000 }),
    key: `${PA}.logRetentionDays`,
    value: "4000",
    fix: "use 3653",
  },
  {
    name: "disabled pipeline still validated",
    overrides: { [PA]: JSON.stringify({ enabled: false, logRetentionDays: 31 }) },
    key: `${PA}.logRetentionDays`,
    value: "31",
    fix: "use 60",
  },
];

describe("parseStackConfig: bad values", () => {
  for (const c of bad) {
    it(`${c.name} -> ${c.key}`, () => {
      const err = configError(() => parse(c.overrides, c.stack));
      assert.equal(err.key, c.key);
      assert.equal(err.value, c.value);
      const shown = c.value === "(not set)" ? "" : `${c.value} `;
      assert.ok(err.message.startsWith(`${c.key}: ${shown}`), err.message);
      assert.ok(err.fix.includes(c.fix), `fix "${err.fix}" lacks "${c.fix}"`);
      assert.ok(err.message.endsWith(`; fix: ${err.fix}`), err.message);
    });
  }

  it("words the DID error exactly as documented", () => {
    const err = configError(() =>
      parse(attrs({ didNumbers: { start: "+131755", end: "+13175550101" } })),
    );
    assert.equal(
      err.message,
      'genesys-event-orchestration:participantAttributes.didNumbers.start: "+131755" is not an E.164 number; fix: write it as + and 7–15 digits, e.g. +13175550100',
    );
  });

  it("reports unknown fields before missing ones, so a typo is named rather than 'required'", () => {
    const err = configError(() =>
      parse({ [G]: JSON.stringify({ enviroment: "mypurecloud.com" }) }),
    );
    assert.equal(err.key, `${G}.enviroment`);
    assert.match(err.fix, /rename it to environment/);
  });

  it("is a pulumi RunError, so the CLI prints the message without a stack trace", () => {
    const err = configError(() => parse({ [G]: undefined }));
    assert.ok(pulumi.RunError.isInstance(err));
  });
});

describe("parseStackConfig: secrets never appear in messages", () => {
  const token = "s3cr3t-value-42";
  const cases: { name: string; overrides: Values; secretKeys: string[]; key: string }[] = [
    {
      name: "bad field inside a secret object",
      overrides: genesys({ orgId: token }),
      secretKeys: [G],
      key: `${G}.orgId`,
    },
    {
      name: "unknown field inside a secret object",
      overrides: genesys({ [token]: token }),
      secretKeys: [G],
      key: `${G}.${token}`,
    },
    { name: "secret object that is not JSON", overrides: { [G]: token }, secretKeys: [G], key: G },
    {
      name: "DID range that embeds the other end",
      overrides: attrs({
        didNumbers: { start: "+13175550100", end: `+1317555${token.length}0100` },
      }),
      secretKeys: [PA],
      key: `${PA}.didNumbers.end`,
    },
    {
      name: "secret unknown key",
      overrides: { [`${PROJECT}:genesis`]: token },
      secretKeys: [`${PROJECT}:genesis`],
      key: `${PROJECT}:genesis`,
    },
    {
      name: "secret aws:region",
      overrides: { "aws:region": token },
      secretKeys: ["aws:region"],
      key: "aws:region",
    },
    {
      name: "secret provider region",
      overrides: { "genesyscloud:awsRegion": token },
      secretKeys: ["genesyscloud:awsRegion"],
      key: "genesyscloud:awsRegion",
    },
    {
      name: "secret namespace typo",
      overrides: { "genesys-event-orchestratio:genesys": token },
      secretKeys: ["genesys-event-orchestratio:genesys"],
      key: "genesys-event-orchestratio:genesys",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const err = configError(() => parse(c.overrides, "dev", c.secretKeys));
      assert.equal(err.value, "[secret]");
      assert.ok(err.message.includes("[secret]"), err.message);
      // The key path may legitimately contain a field name; the value must not.
      const withoutKey = err.message.slice(err.key.length);
      assert.ok(!withoutKey.includes(token), err.message);
      assert.ok(!withoutKey.includes("+1317555"), err.message);
    });
  }
});

describe("parseStackConfig: good configs", () => {
  it("applies every default to a minimal config", () => {
    const config = parseStackConfig({
      stack: "staging",
      values: { "aws:region": "eu-west-1", [G]: '{"environment":"mypurecloud.ie"}' },
      secretKeys: [],
    });
    assert.deepStrictEqual(config, {
      stack: "staging",
      awsRegion: "eu-west-1",
      genesys: {
        environment: "mypurecloud.ie",
        providerRegion: "eu-west-1",
        archyPath: "archy",
        lambdaTrustAccountId: "765628985471",
        namePrefix: "staging",
      },
      alarms: { enabled: true },
    });
  });

  it("uses Genesys' FedRAMP account for use2.us-gov-pure.cloud", () => {
    const config = parse({
      "aws:region": "us-east-2",
      ...genesys({ environment: "use2.us-gov-pure.cloud" }),
    });
    assert.equal(config.genesys.providerRegion, "us-east-2");
    assert.equal(config.genesys.lambdaTrustAccountId, "325654371633");
  });

  it("keeps explicit genesys values and lowercases the org id", () => {
    const config = parse(
      genesys({
        orgId: "32AA07AA-DB1B-4987-ABD0-9483601EC29D",
        archyPath: "/opt/archy/archy",
        lambdaTrustAccountId: "012345678901",
        namePrefix: "GEO_Team-1 prod",
      }),
    );
    assert.deepStrictEqual(config.genesys, {
      environment: "mypurecloud.com",
      providerRegion: "us-east-1",
      orgId: "32aa07aa-db1b-4987-abd0-9483601ec29d",
      archyPath: "/opt/archy/archy",
      lambdaTrustAccountId: "012345678901",
      namePrefix: "GEO_Team-1 prod",
    });
  });

  it("parses a full participantAttributes section exactly", () => {
    const config = parse(
      attrs({
        bucketName: "acme.geo-attrs-1",
        didNumbers: { start: "+13175550100", end: "+13175550199" },
        trigger: { delayBySeconds: 900 },
        objectExpirationDays: 3650,
        logRetentionDays: 3653,
      }),
    );
    assert.deepStrictEqual(config.participantAttributes, {
      bucketName: "acme.geo-attrs-1",
      didNumbers: { start: "+13175550100", end: "+13175550199" },
      trigger: { delayBySeconds: 900 },
      objectExpirationDays: 3650,
      logRetentionDays: 3653,
    });
  });

  it("defaults an enabled pipeline's trigger, expiry and log retention", () => {
    assert.deepStrictEqual(parse({}).participantAttributes, {
      trigger: { eventTtlSeconds: 60 },
      objectExpirationDays: 365,
      logRetentionDays: 30,
    });
  });

  it("accepts the boundary values", () => {
    assert.deepStrictEqual(
      parse(attrs({ trigger: { eventTtlSeconds: 10 } })).participantAttributes?.trigger,
      { eventTtlSeconds: 10 },
    );
    assert.deepStrictEqual(
      parse(attrs({ trigger: { delayBySeconds: 60 } })).participantAttributes?.trigger,
      { delayBySeconds: 60 },
    );
    assert.equal(
      parse(attrs({ objectExpirationDays: 1 })).participantAttributes?.objectExpirationDays,
      1,
    );
    assert.deepStrictEqual(
      parse(attrs({ didNumbers: { start: "+13175550100", end: "+13175550100" } }))
        .participantAttributes?.didNumbers,
      { start: "+13175550100", end: "+13175550100" },
    );
    assert.equal(parse(genesys({ namePrefix: "a".repeat(40) })).genesys.namePrefix, "a".repeat(40));
  });

  it("leaves a disabled or absent pipeline out entirely", () => {
    const disabled = parse({ [PA]: '{"enabled":false}' });
    assert.ok(!("participantAttributes" in disabled));
    const absent = parse({ [PA]: undefined });
    assert.ok(!("participantAttributes" in absent));
  });

  it("skips deployment-only checks for a disabled pipeline", () => {
    // Wrong region for the org and a stack name that cannot form the default bucket: both fine while off.
    const config = parse({ "aws:region": "us-west-2", [PA]: '{"enabled":false}' }, "Dev");
    assert.equal(config.awsRegion, "us-west-2");
  });

  it("passes provider keys through without reading them", () => {
    const config = parse(
      {
        "aws:profile": "prod-admin",
        "genesyscloud:oauthclientId": "client-id",
        "genesyscloud:oauthclientSecret": "client-secret",
        "genesyscloud:awsRegion": "us-east-1",
        "genesyscloud:tokenPoolSize": "5",
      },
      "dev",
      ["genesyscloud:oauthclientSecret"],
    );
    assert.deepStrictEqual(Object.keys(config).sort(), [
      "alarms",
      "awsRegion",
      "genesys",
      "participantAttributes",
      "stack",
    ]);
  });

  it("parses every known environment to its provider region", () => {
    for (const env of GENESYS_ENVIRONMENTS) {
      const config = parse({
        "aws:region": env.providerRegion,
        ...genesys({ environment: env.domain }),
      });
      assert.equal(config.genesys.providerRegion, env.providerRegion);
      assert.equal(config.genesys.lambdaTrustAccountId, env.lambdaTrustAccountId);
    }
  });
});

describe("Genesys environment table", () => {
  it("holds exactly the 17 documented domains, each with its own provider region", () => {
    assert.deepStrictEqual(
      GENESYS_ENVIRONMENTS.map((e) => e.domain),
      [
        "mypurecloud.com",
        "mypurecloud.ie",
        "mypurecloud.com.au",
        "mypurecloud.jp",
        "mypurecloud.de",
        "usw2.pure.cloud",
        "cac1.pure.cloud",
        "apne2.pure.cloud",
        "euw2.pure.cloud",
        "aps1.pure.cloud",
        "use2.us-gov-pure.cloud",
        "sae1.pure.cloud",
        "mec1.pure.cloud",
        "apne3.pure.cloud",
        "euc2.pure.cloud",
        "mxc1.pure.cloud",
        "apse1.pure.cloud",
      ],
    );
    assert.equal(new Set(GENESYS_ENVIRONMENTS.map((e) => e.providerRegion)).size, 17);
  });

  it("maps domains as the Genesys provider does", () => {
    const region = Object.fromEntries(
      GENESYS_ENVIRONMENTS.map((e) => [e.domain, e.providerRegion]),
    );
    assert.equal(region["mypurecloud.com"], "us-east-1");
    assert.equal(region["usw2.pure.cloud"], "us-west-2");
    assert.equal(region["mypurecloud.ie"], "eu-west-1");
    assert.equal(region["mypurecloud.com.au"], "ap-southeast-2");
    assert.equal(region["use2.us-gov-pure.cloud"], "us-east-2");
    assert.equal(region["mxc1.pure.cloud"], "mx-central-1");
  });

  it("lists every project key the parser knows", () => {
    assert.deepStrictEqual(PROJECT_KEYS, [
      "genesys",
      "participantAttributes",
      "negativeSentiment",
      "eventPipeline",
      "alarms",
    ]);
  });
});

describe("bucketNameProblem", () => {
  for (const name of [
    "abc",
    "a".repeat(63),
    "geo-dev-attrs-123456789012",
    "my.bucket-1",
    "1bucket",
  ]) {
    it(`accepts ${name.length > 20 ? `${name.slice(0, 20)}...` : name}`, () =>
      assert.equal(bucketNameProblem(name), undefined));
  }
  for (const name of ["sthree-abc", "amzn-s3-demo-abc", "abc.mrap", "abc--x-s3", "abc-", "ab_c"]) {
    it(`rejects ${name}`, () => assert.notEqual(bucketNameProblem(name), undefined));
  }
});
