// Pure tests of flow template rendering and of the flows in architect/ (no Pulumi, no Archy).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import {
  ARCHITECT_DIR,
  checkRenderedFlow,
  renderFlowFile,
  renderFlowTemplate,
  resolveTemplatePath,
  templatePlaceholders,
} from "../../../components/archy/template";

const TEMPLATE =
  'workflow:\n  name: "{{flowName}}"\n  description: "saves via {{action}} in {{category}}"\n';

describe("renderFlowTemplate", () => {
  it("replaces every placeholder", () => {
    const out = renderFlowTemplate(
      TEMPLATE,
      { flowName: "F", action: "A", category: "C" },
      "t.yaml",
    );
    assert.equal(out, 'workflow:\n  name: "F"\n  description: "saves via A in C"\n');
  });

  it("is deterministic and independent of the order substitutions are given in", () => {
    const a = renderFlowTemplate(TEMPLATE, { flowName: "F", action: "A", category: "C" }, "t.yaml");
    const b = renderFlowTemplate(TEMPLATE, { category: "C", action: "A", flowName: "F" }, "t.yaml");
    assert.equal(a, b);
    assert.equal(
      renderFlowTemplate(TEMPLATE, { flowName: "F", action: "A", category: "C" }, "t.yaml"),
      a,
    );
  });

  it("throws naming the placeholder and template when a value is missing", () => {
    assert.throws(() => renderFlowTemplate(TEMPLATE, { flowName: "F", action: "A" }, "t.yaml"), {
      message:
        't.yaml: placeholder {{category}} has no value; fix: add "category" to the substitutions',
    });
  });

  it("throws on a substitution the template never uses", () => {
    assert.throws(
      () =>
        renderFlowTemplate(
          TEMPLATE,
          { flowName: "F", action: "A", category: "C", queue: "Q" },
          "t.yaml",
        ),
      {
        message:
          't.yaml: substitution "queue" is not used by the template; fix: remove it or add {{queue}} to the template',
      },
    );
  });

  it("throws on malformed placeholders and on placeholders outside double quotes", () => {
    assert.throws(
      () => renderFlowTemplate('a: "{{ flowName }}"\n', { flowName: "F" }, "t.yaml"),
      /t\.yaml:1: malformed placeholder/,
    );
    assert.throws(
      () => renderFlowTemplate("x: 1\nname: {{flowName}}\n", { flowName: "F" }, "t.yaml"),
      /t\.yaml:2: placeholder \{\{flowName\}\} is not inside a double-quoted string/,
    );
  });

  it("rejects values that would break out of the YAML string", () => {
    for (const bad of ['a"b', "a\\b", "a\nb", "  ", "{{x}}"]) {
      assert.throws(
        () => renderFlowTemplate('n: "{{flowName}}"\n', { flowName: bad }, "t.yaml"),
        /t\.yaml: substitution "flowName"/,
      );
    }
    assert.equal(
      renderFlowTemplate('n: "{{flowName}}"\n', { flowName: "Dev: #1 Flow's" }, "t.yaml"),
      'n: "Dev: #1 Flow\'s"\n',
    );
  });
});

describe("checkRenderedFlow", () => {
  it("returns the flow type and name of a valid flow", () => {
    const flow = checkRenderedFlow('secureCall:\n  name: "Pay"\n', "Pay", "t.yaml");
    assert.deepEqual(
      { key: flow.flowKey, type: flow.flowType, name: flow.flowName },
      { key: "secureCall", type: "securecall", name: "Pay" },
    );
  });

  it("rejects invalid YAML, several flows, unknown types and a wrong name", () => {
    assert.throws(
      () => checkRenderedFlow("workflow: [\n", "Pay", "t.yaml"),
      /t\.yaml: rendered flow is not valid YAML/,
    );
    assert.throws(
      () =>
        checkRenderedFlow("workflow:\n  name: Pay\ninboundCall:\n  name: Pay\n", "Pay", "t.yaml"),
      /exactly one top-level key/,
    );
    assert.throws(
      () => checkRenderedFlow("inboundcall:\n  name: Pay\n", "Pay", "t.yaml"),
      /"inboundcall" is not an Archy flow type/,
    );
    assert.throws(
      () => checkRenderedFlow("workflow:\n  name: Save\n", "Pay", "t.yaml"),
      /workflow\.name is "Save", expected "Pay"/,
    );
    // YAML 1.1 reads an unquoted N as false: names must be quoted in templates.
    assert.throws(
      () => checkRenderedFlow("workflow:\n  name: N\n", "N", "t.yaml"),
      /workflow\.name is false, expected "N"/,
    );
  });

  it("rejects unquoted yes/no keys, which YAML 1.1 readers turn into booleans", () => {
    assert.throws(
      () =>
        checkRenderedFlow(
          'workflow:\n  name: "Pay"\n  outputs:\n    yes:\n      a: 1\n',
          "Pay",
          "t.yaml",
        ),
      /key yes is read as a boolean; fix: quote it/,
    );
    checkRenderedFlow(
      'workflow:\n  name: "Pay"\n  outputs:\n    "yes":\n      a: 1\n',
      "Pay",
      "t.yaml",
    );
  });
});

describe("resolveTemplatePath", () => {
  it("accepts only existing .yaml files inside architect/", () => {
    assert.equal(
      resolveTemplatePath("participant-attributes/inbound-call.yaml"),
      path.join(ARCHITECT_DIR, "participant-attributes", "inbound-call.yaml"),
    );
    for (const bad of [
      "/etc/passwd.yaml",
      "../package.json",
      "../tests/x.yaml",
      "participant-attributes/inbound-call.json",
    ]) {
      assert.throws(
        () => resolveTemplatePath(bad),
        /ArchyFlow\.template: .* must be a \.yaml path relative to architect\//,
      );
    }
    assert.throws(
      () => resolveTemplatePath("participant-attributes/missing.yaml"),
      /does not exist under architect\//,
    );
  });
});

/** The `# Placeholders: a, b` line each flow file documents its placeholders with. */
function documentedPlaceholders(text: string, file: string): string[] {
  const line = /^# Placeholders: (.+)$/m.exec(text);
  assert.ok(line, `${file} has no "# Placeholders:" line`);
  return line[1].split(",").map((s) => s.trim());
}

function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? yamlFiles(path.join(dir, e.name))
        : /\.ya?ml$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    );
}

describe("every flow in architect/", () => {
  const files = yamlFiles(ARCHITECT_DIR).map((f) => path.relative(ARCHITECT_DIR, f));

  it("includes the three participant-attributes flows", () => {
    for (const f of ["secure-payment.yaml", "inbound-call.yaml", "save-attributes-workflow.yaml"]) {
      assert.ok(files.includes(path.join("participant-attributes", f)), f);
    }
  });

  for (const file of files) {
    it(`${file} renders with exactly its documented placeholders into one named flow`, () => {
      const text = fs.readFileSync(path.join(ARCHITECT_DIR, file), "utf8");
      const documented = documentedPlaceholders(text, file);
      assert.deepEqual([...documented].sort(), [...templatePlaceholders(text)].sort());
      const values = Object.fromEntries(
        documented.filter((k) => k !== "flowName").map((k) => [k, `Test ${k}`]),
      );
      const flow = renderFlowFile(file, "Test Flow", values);
      assert.equal(flow.flowName, "Test Flow");
      assert.ok(!flow.yaml.includes("{{"));
    });
  }
});

type Node = Record<string, any>;

/** Every action object of the given kind anywhere below `node`. */
function findActions(node: unknown, kind: string): Node[] {
  if (Array.isArray(node)) return node.flatMap((n) => findActions(n, kind));
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([k, v]) =>
      k === kind ? [v as Node, ...findActions(v, kind)] : findActions(v, kind),
    );
  }
  return [];
}

describe("participant-attributes flows", () => {
  const secure = parse(
    renderFlowFile("participant-attributes/secure-payment.yaml", "Secure", {
      paymentIdCategory: "Cat",
      paymentIdAction: "Payment Id",
    }).yaml,
  ).secureCall;
  const inbound = parse(
    renderFlowFile("participant-attributes/inbound-call.yaml", "Inbound", {
      secureFlowName: "Secure",
    }).yaml,
  ).inboundCall;
  const workflow = parse(
    renderFlowFile("participant-attributes/save-attributes-workflow.yaml", "Workflow", {
      saveActionCategory: "Cat",
      saveAction: "Save",
    }).yaml,
  ).workflow;

  it("secure flow: calls the secure payment-id action with the card number and stores only a returned payment id", () => {
    assert.deepEqual(findActions(secure.tasks, "callData"), []);
    const [call] = findActions(secure.tasks, "callDataSecure");
    assert.deepEqual(call.category, {
      Cat: {
        dataAction: {
          "Payment Id": {
            inputs: { cardNumber: { exp: "Task.cardNumber" } },
            successOutputs: { paymentId: { var: "Task.securePaymentId" } },
          },
        },
      },
    });
    const sets = findActions(secure, "setParticipantData");
    assert.equal(sets.length, 1);
    assert.deepEqual(sets[0].attributes, [
      { attribute: { name: { lit: "paymentId" }, value: { exp: "Task.paymentId" } } },
    ]);
    // Only reached from the success output, after extracting the payment id and checking it.
    const [extract] = findActions(call.outputs.success, "extractSecureData");
    assert.deepEqual(extract.statements, [
      { string: { variable: "Task.paymentId", value: { exp: "Task.securePaymentId" } } },
    ]);
    const check = findActions(call.outputs.success, "decision")[0];
    assert.equal(check.condition.exp, "IsNotSetOrEmpty(Task.paymentId)");
    assert.deepEqual(findActions(check.outputs["no"], "setParticipantData"), sets);
    for (const path of [call.outputs.failure, call.outputs.timeout, check.outputs["yes"]]) {
      assert.deepEqual(findActions(path, "setParticipantData"), []);
    }
  });

  it("inbound flow: 1 transfers to the secure flow by name, 9 disconnects", () => {
    const { choices } = inbound.menus[0].menu;
    const jump = choices.find((c: Node) => c.menuJumpToTask)?.menuJumpToTask;
    assert.equal(jump.dtmf, "digit_1");
    assert.equal(choices.find((c: Node) => c.menuDisconnect)?.menuDisconnect.dtmf, "digit_9");
    const task = inbound.tasks
      .map((t: Node) => t.task)
      .find((t: Node) => jump.targetTaskRef === `/inboundCall/tasks/task[${t.refId}]`);
    assert.deepEqual(findActions(task, "transferToFlowSecure")[0].targetFlow, { name: "Secure" });
  });

  it("workflow: takes the event fields as inputs and passes them to the save action", () => {
    const inputs = workflow.variables
      .map((v: Node) => v.stringVariable)
      .filter((v: Node) => v.isInput === true)
      .map((v: Node) => v.name);
    assert.deepEqual(inputs, ["Flow.conversationId", "Flow.participantId", "Flow.ani"]);
    const [read] = findActions(workflow, "getConversationData");
    assert.deepEqual(read.participantId, { exp: "Flow.participantId" });
    assert.deepEqual(read.attributes, [
      { attribute: { name: { lit: "paymentId" }, variable: "Flow.paymentId" } },
    ]);
    const [save] = findActions(workflow, "callData");
    assert.deepEqual(save.category.Cat.dataAction.Save.inputs, {
      conversationId: { exp: "Flow.conversationId" },
      participantId: { exp: "Flow.participantId" },
      paymentId: { exp: "Flow.paymentId" },
      phoneNumber: { exp: "Flow.ani" },
    });
  });

  it("workflow: every path ends with endWorkflow and a readable reason", () => {
    // A list of actions ends when its last action ends the workflow or branches into lists that all end.
    const ends = (actions: Node[]): boolean => {
      const [kind, action] = Object.entries(actions[actions.length - 1])[0] as [string, Node];
      if (kind === "endWorkflow") return true;
      const outputs = Object.values(action.outputs ?? {}) as Node[];
      return outputs.length > 0 && outputs.every((o) => ends(o.actions));
    };
    assert.ok(ends(workflow.states[0].state.actions));
    const reasons = findActions(workflow.states, "endWorkflow").map((e) => e.exitReason.lit);
    assert.deepEqual([...new Set(reasons)].sort(), [
      "missing caller number (ani)",
      "missing conversation or participant id",
      "no payment id after 3 reads",
      "participant not found",
      "save failed",
      "save timed out",
      "saved",
    ]);
  });
});
