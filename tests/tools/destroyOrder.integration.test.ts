// Destroy order, from the dependency graph the program registers (dependsOn plus output-derived
// dependencies; Pulumi deletes a resource before anything it depends on): a trigger goes before
// its workflow, a flow before the data actions and flows its YAML names, an action before its
// integration, an integration before its credential, the IVR before its flow and DID pool, and
// each event rule target, pipe and state machine before what it sends to or runs. Which action a
// flow calls, which workflow a trigger starts, is read from the flow YAML and the inputs, not from
// resource names.
import * as assert from "node:assert/strict";
import { parse as parseYaml } from "yaml";
import { repoDump, repositoryStacks, secretsDump } from "../support/runs";
import { COMMAND, DumpedResource, StackDump, TRIGGER } from "../support/stackDump";

const ACTION = "genesyscloud:index/integrationAction:IntegrationAction";
const INTEGRATION = "genesyscloud:index/integration:Integration";
const CREDENTIAL = "genesyscloud:index/integrationCredential:IntegrationCredential";
const OAUTH_CLIENT = "genesyscloud:index/oauthClient:OauthClient";
const IVR = "genesyscloud:index/architectIvr:ArchitectIvr";
const DID_POOL = "genesyscloud:index/telephonyProvidersEdgesDidPool:TelephonyProvidersEdgesDidPool";
const EVENT_TARGET = "aws:cloudwatch/eventTarget:EventTarget";
const EVENT_RULE = "aws:cloudwatch/eventRule:EventRule";
const PIPE = "aws:pipes/pipe:Pipe";
const STATE_MACHINE = "aws:sfn/stateMachine:StateMachine";
const LAMBDA = "aws:lambda/function:Function";

/** The dependency graph of one plan, with lookups by what resources output. */
class Graph {
  private readonly byUrn: Map<string, DumpedResource>;

  constructor(readonly dump: StackDump) {
    this.byUrn = new Map(dump.resources.map((r) => [r.urn, r]));
  }

  ofType(type: string): DumpedResource[] {
    return this.dump.resources.filter((r) => r.type === type);
  }

  /** True when `from` depends on `to`, directly or through other resources. */
  dependsOn(from: DumpedResource, to: DumpedResource): boolean {
    const seen = new Set<string>();
    const stack = [...from.dependencies];
    while (stack.length > 0) {
      const urn = stack.pop() as string;
      if (urn === to.urn) return true;
      if (seen.has(urn)) continue;
      seen.add(urn);
      stack.push(...(this.byUrn.get(urn)?.dependencies ?? []));
    }
    return false;
  }

  assertDeletedBefore(first: DumpedResource, then: DumpedResource, why: string): void {
    assert.ok(
      this.dependsOn(first, then),
      `${first.name} does not depend on ${then.name} (${why}), so a destroy could delete ${then.name} first`,
    );
  }

  /** The one custom resource of `type` for which `match` holds; fails naming `what` otherwise. */
  one(type: string, what: string, match: (r: DumpedResource) => boolean): DumpedResource {
    const found = this.ofType(type).filter(match);
    assert.equal(
      found.length,
      1,
      `expected one ${type} that is ${what}, found ${found.map((r) => r.name).join(", ") || "none"}`,
    );
    return found[0];
  }

  /** The Archy publish command whose published flow has this id. */
  commandPublishing(flowId: unknown): DumpedResource {
    return this.one(
      COMMAND,
      `publishing flow id ${String(flowId)}`,
      (c) => publishedFlowId(c) === flowId,
    );
  }

  /** The resource whose id, ARN, URL or credential id is `value`. */
  producerOf(value: unknown): DumpedResource | undefined {
    if (typeof value !== "string" || value === "") return undefined;
    return this.dump.resources.find((r) => r.custom && identifiers(r).includes(value));
  }
}

function publishedFlowId(command: DumpedResource): string | undefined {
  const stdout = command.outputs.stdout;
  return typeof stdout === "string"
    ? (JSON.parse(stdout) as { flowId?: string }).flowId
    : undefined;
}

/** What other resources can use to refer to `r`. */
function identifiers(r: DumpedResource): string[] {
  // Only what the provider computes: an event target's `arn` input names its destination, not itself.
  const computed = (key: string) => (r.inputs[key] === undefined ? r.outputs[key] : undefined);
  const ids = [
    r.id,
    computed("arn"),
    computed("url"),
    computed("integrationCredentialId"),
    r.type === COMMAND ? publishedFlowId(r) : undefined,
  ];
  // AWS names, given or generated, identify; Genesys display names do not.
  if (r.type.startsWith("aws:")) ids.push(r.outputs.name);
  return ids.filter((v): v is string => typeof v === "string" && v !== "");
}

/** Every string in a value, and inside any string that is JSON, with its path. */
function strings(value: unknown, at = ""): { path: string; text: string }[] {
  if (typeof value === "string") {
    const out = [{ path: at, text: value }];
    if (/^[[{]/.test(value)) {
      try {
        out.push(...strings(JSON.parse(value), `${at}(json)`));
      } catch {
        // not JSON
      }
    }
    return out;
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

/** Every data action a flow calls: `category: { <category>: { dataAction: { <action name>: ... } } }`. */
function calledDataActions(flowYaml: string): { category: string; name: string }[] {
  const calls: { category: string; name: string }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "category" && value !== null && typeof value === "object") {
        for (const [category, body] of Object.entries(value)) {
          const actions =
            (body as { dataAction?: Record<string, unknown> } | null)?.dataAction ?? {};
          for (const name of Object.keys(actions)) calls.push({ category, name });
        }
      }
      walk(value);
    }
  };
  walk(parseYaml(flowYaml, { version: "1.1" }));
  return calls;
}

/** Every scalar string in a flow. */
function scalars(flowYaml: string): Set<string> {
  return new Set(strings(parseYaml(flowYaml, { version: "1.1" })).map((s) => s.text));
}

const flowName = (command: DumpedResource) =>
  (command.inputs.environment as Record<string, string>).ARCHY_FLOW_NAME;

describe("destroy order", function () {
  this.timeout(600_000);

  it("reads the data actions a flow calls from its YAML", () => {
    const yaml = [
      "workflow:",
      '  name: "w"',
      "  actions:",
      "    - callData:",
      "        category:",
      '          "Cat A":',
      "            dataAction:",
      '              "Do It":',
      "                inputs: {}",
      "    - decision:",
      "        outputs:",
      "          yes:",
      "            actions:",
      "              - callDataSecure:",
      '                  category: { "Cat B": { dataAction: { "Pay": {} } } }',
    ].join("\n");
    assert.deepEqual(calledDataActions(yaml), [
      { category: "Cat A", name: "Do It" },
      { category: "Cat B", name: "Pay" },
    ]);
  });

  // The stacks as they are, and with an existing OAuth client and a chat webhook (the other
  // credential paths of the negative-sentiment pipeline).
  const variants = repositoryStacks().flatMap((stack) => [
    { label: stack, load: () => repoDump(stack) },
    {
      label: `${stack} with an existing OAuth client and a chat webhook`,
      load: async () => (await secretsDump(stack)).dump,
    },
  ]);

  before(() => {
    for (const variant of variants) variant.load().catch(() => undefined);
  });

  for (const variant of variants) {
    describe(`stack ${variant.label}`, () => {
      let g: Graph;
      before(async () => {
        g = new Graph(await variant.load());
      });

      it("deletes each trigger before the workflow it starts", () => {
        const triggers = g.ofType(TRIGGER);
        assert.ok(triggers.length >= 2);
        for (const trigger of triggers) {
          g.assertDeletedBefore(
            trigger,
            g.commandPublishing(trigger.inputs.workflowId),
            "the trigger starts that workflow",
          );
        }
      });

      it("deletes each flow before every data action its YAML calls, found by category and name", () => {
        const commands = g.ofType(COMMAND);
        let calls = 0;
        for (const command of commands) {
          for (const call of calledDataActions(command.inputs.stdin as string)) {
            const action = g.one(
              ACTION,
              `${call.category} / ${call.name}`,
              (a) => a.inputs.category === call.category && a.inputs.name === call.name,
            );
            g.assertDeletedBefore(command, action, `flow "${flowName(command)}" calls it`);
            calls++;
          }
        }
        // Every action some flow calls, and every action is called by some flow.
        assert.equal(
          new Set(
            commands.flatMap((c) =>
              calledDataActions(c.inputs.stdin as string).map((x) => `${x.category}/${x.name}`),
            ),
          ).size,
          g.ofType(ACTION).length,
        );
        assert.ok(calls >= g.ofType(ACTION).length);
      });

      it("deletes a flow before any flow it names (the inbound call flow before the secure flow it transfers to)", () => {
        const commands = g.ofType(COMMAND);
        let references = 0;
        for (const from of commands) {
          const names = scalars(from.inputs.stdin as string);
          for (const to of commands.filter((c) => c !== from && names.has(flowName(c)))) {
            g.assertDeletedBefore(
              from,
              to,
              `flow "${flowName(from)}" names flow "${flowName(to)}"`,
            );
            references++;
          }
        }
        assert.ok(
          references >= 1,
          "no flow names another; the inbound call flow should name the secure flow",
        );
      });

      it("deletes each data action before its integration", () => {
        for (const action of g.ofType(ACTION)) {
          const integration = g.one(
            INTEGRATION,
            `the integration ${String(action.inputs.integrationId)}`,
            (i) => i.id === action.inputs.integrationId,
          );
          g.assertDeletedBefore(action, integration, "the action belongs to it");
        }
      });

      it("deletes each integration before its credential, or the OAuth client Genesys made it from", () => {
        let credentials = 0;
        for (const integration of g.ofType(INTEGRATION)) {
          const config = integration.inputs.config as { credentials?: Record<string, string> };
          for (const id of Object.values(config.credentials ?? {})) {
            const producer = g.producerOf(id);
            assert.ok(
              producer && [CREDENTIAL, OAUTH_CLIENT].includes(producer.type),
              `${integration.name}'s credential ${id} comes from no credential or OAuth client`,
            );
            g.assertDeletedBefore(integration, producer, "it authenticates with that credential");
            credentials++;
          }
        }
        assert.ok(credentials >= 2);
        if (variant.label.includes("existing OAuth client"))
          assert.ok(g.ofType(CREDENTIAL).length >= 2 && g.ofType(OAUTH_CLIENT).length === 0);
        else assert.equal(g.ofType(OAUTH_CLIENT).length, 1);
      });

      it("deletes the IVR before its inbound call flow and the DID pool holding its numbers", () => {
        const [ivr] = g.ofType(IVR);
        assert.ok(ivr, "no IVR; both stacks route a DID range");
        g.assertDeletedBefore(
          ivr,
          g.commandPublishing(ivr.inputs.openHoursFlowId),
          "the IVR routes to that flow",
        );
        const digits = (n: string) => BigInt(n.slice(1));
        for (const dnis of ivr.inputs.dnis as string[]) {
          const pool = g.one(
            DID_POOL,
            `holding ${dnis}`,
            (p) =>
              digits(p.inputs.startPhoneNumber as string) <= digits(dnis) &&
              digits(dnis) <= digits(p.inputs.endPhoneNumber as string),
          );
          g.assertDeletedBefore(ivr, pool, `the IVR answers ${dnis}`);
        }
      });

      it("deletes each event rule target before its rule, bus, destination and dead-letter queue; the pipe before its queue and state machine; the state machine before its functions", () => {
        const targets = g.ofType(EVENT_TARGET);
        // The conversation rule's target: queue ends ride the same buffer.
        assert.ok(targets.length >= 1);
        for (const target of targets) {
          const rule = g.one(
            EVENT_RULE,
            `named ${String(target.inputs.rule)}`,
            (r) => r.outputs.name === target.inputs.rule,
          );
          g.assertDeletedBefore(target, rule, "it is the rule's target");
          for (const field of ["arn", "eventBusName"]) {
            const to = g.producerOf(target.inputs[field]);
            assert.ok(to, `${target.name}.${field} names no resource`);
            g.assertDeletedBefore(target, to, `its ${field}`);
          }
          const dlq = g.producerOf((target.inputs.deadLetterConfig as { arn: string }).arn);
          assert.ok(dlq);
          g.assertDeletedBefore(target, dlq, "its dead-letter queue");
        }
        for (const pipe of g.ofType(PIPE)) {
          for (const field of ["source", "target", "roleArn"]) {
            const to = g.producerOf(pipe.inputs[field]);
            assert.ok(to, `${pipe.name}.${field} names no resource`);
            g.assertDeletedBefore(pipe, to, `its ${field}`);
          }
        }
        for (const machine of g.ofType(STATE_MACHINE)) {
          const definition = machine.inputs.definition as string;
          const functions = g
            .ofType(LAMBDA)
            .filter((f) => definition.includes(f.outputs.arn as string));
          assert.ok(functions.length >= 1, "the state machine runs no function");
          for (const fn of functions)
            g.assertDeletedBefore(machine, fn, "the definition invokes it");
        }
      });

      it("deletes every resource before each resource whose id, ARN, URL or credential id its inputs name", () => {
        const missing: string[] = [];
        let references = 0;
        for (const r of g.dump.resources.filter((x) => x.custom)) {
          for (const { path, text } of strings(r.inputs)) {
            if (path === "__provider" || path.startsWith("code")) continue;
            for (const to of g.dump.resources.filter(
              (x) =>
                x.custom &&
                x !== r &&
                identifiers(x).some(
                  (id) => text === id || (text.includes(id) && id.startsWith("arn:")),
                ),
            )) {
              references++;
              if (!g.dependsOn(r, to))
                missing.push(`${r.name}.${path} names ${to.name} but does not depend on it`);
            }
          }
        }
        assert.deepEqual(missing, []);
        assert.ok(
          references >= 50,
          `only ${references} references found; the identifiers no longer match the mock's outputs`,
        );
      });
    });
  }
});
