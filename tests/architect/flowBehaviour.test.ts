// Behaviour of the rendered flows that the flow checker cannot see: where the card number may go
// in the secure flow, how the save-attributes workflow waits for a late payment id and says how
// it ended, and that every decision is named for its "yes" branch.
import * as assert from "node:assert/strict";
import { parse } from "yaml";
import { renderFlowFile } from "../../components/archy/template";
import { WORKFLOW_TEMPLATE, workflowOmitBlocks } from "../../components/negativeSentimentCallback";
import { allPaths, findActions, names, type Node, type Step } from "../support/flowPaths";

const secure = parse(
  renderFlowFile("participant-attributes/secure-payment.yaml", "Secure", {
    paymentIdCategory: "Cat",
    paymentIdAction: "Payment Id",
  }).yaml,
).secureCall as Node;
const save = parse(
  renderFlowFile("participant-attributes/save-attributes-workflow.yaml", "Save", {
    saveActionCategory: "Cat",
    saveAction: "Save",
  }).yaml,
).workflow as Node;
const negative = parse(
  renderFlowFile(
    WORKFLOW_TEMPLATE,
    "Negative",
    {
      actionCategory: "Cat",
      getSentimentAction: "Get",
      sendSmsAction: "Sms",
      createCallbackAction: "Callback",
      tagConversationAction: "Tag",
      notifyCategory: "Chat",
      notifySupervisorsAction: "Notify",
      smsNumber: "+13175550199",
      callbackQueueId: "6a1b2c3d-0000-4000-8000-000000000001",
      sentimentThreshold: "-0.25",
      callbackDelayMinutes: "5",
      acknowledgementText: "We will call you back.",
    },
    { omit: workflowOmitBlocks(true) },
  ).yaml,
).workflow as Node;

/** Every `exp` below `node`, with the chain of keys that leads to it. */
function expressions(node: unknown, trail: string[] = []): Array<{ exp: string; trail: string[] }> {
  if (Array.isArray(node)) return node.flatMap((n) => expressions(n, trail));
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([k, v]) =>
      k === "exp" && typeof v === "string" ? [{ exp: v, trail }] : expressions(v, [...trail, k]),
    );
  }
  return [];
}

describe("secure flow: the card number stays in secure variables", () => {
  const task = secure.tasks[0].task as Node;
  const variable = (name: string) =>
    task.variables.map((v: Node) => v.stringVariable).find((v: Node) => v.name === name);

  it("collects the card number into a secure variable and writes the action's output to one", () => {
    assert.equal(variable("Task.cardNumber").isSecure, true);
    assert.equal(variable("Task.securePaymentId").isSecure, true);
    assert.equal(variable("Task.paymentId").isSecure, undefined);
    const [collect] = findActions(secure.tasks, "collectInput");
    assert.deepEqual(collect.inputData, { var: "Task.cardNumber" });
    const [call] = findActions(secure.tasks, "callDataSecure");
    assert.deepEqual(call.category.Cat.dataAction["Payment Id"].successOutputs, {
      paymentId: { var: "Task.securePaymentId" },
    });
  });

  it("reads the card number only as the secure action's input, and the secure output only to extract it", () => {
    const reads = (name: string) =>
      expressions(secure).filter(({ exp }) =>
        new RegExp(`\\b${name.replace(".", "\\.")}\\b`).test(exp),
      );
    assert.deepEqual(
      reads("Task.cardNumber").map((r) => r.trail.join(".")),
      [
        "tasks.task.actions.collectInput.outputs.success.actions.callDataSecure.category.Cat.dataAction.Payment Id.inputs.cardNumber",
      ],
    );
    assert.deepEqual(
      reads("Task.securePaymentId").map((r) => r.trail.slice(-4).join(".")),
      ["extractSecureData.statements.string.value"],
    );
    assert.deepEqual(findActions(secure.tasks, "callData"), []);
  });

  it("stores only the extracted payment id, and only when there is one", () => {
    const [call] = findActions(secure.tasks, "callDataSecure");
    const success = call.outputs.success.actions as Node[];
    assert.deepEqual(Object.keys(success[0]), ["extractSecureData"]);
    const check = success[1].decision as Node;
    assert.equal(check.name, "Payment Id Missing");
    assert.equal(check.condition.exp, "IsNotSetOrEmpty(Task.paymentId)");
    const stored = findActions(secure, "setParticipantData");
    assert.equal(stored.length, 1);
    assert.deepEqual(findActions(check.outputs["no"], "setParticipantData"), stored);
    assert.deepEqual(stored[0].attributes[0].attribute.value, { exp: "Task.paymentId" });
  });
});

describe("save-attributes workflow: a late payment id and how each run ends", () => {
  const paths = allPaths(save.states[0].state.actions);
  const reads = (p: Step[]) => p.filter((s) => s.kind === "getConversationData");
  const last = (p: Step[]) => p[p.length - 1];

  it("re-reads the payment id at most twice, 5 seconds apart, about 10 seconds in all", () => {
    assert.ok(paths.length > 10);
    for (const p of paths) {
      assert.ok(reads(p).length <= 3, names(p).join(" > "));
      for (const read of reads(p).slice(1)) {
        const wait = p[p.indexOf(read) - 1];
        assert.equal(wait.kind, "wait", names(p).join(" > "));
        assert.deepEqual(wait.body.duration, { lit: { seconds: 5 } });
      }
      const waited = p.filter((s) => s.kind === "wait").length * 5;
      assert.ok(waited <= 10, `${waited} s: ${names(p).join(" > ")}`);
    }
  });

  it("saves a payment id that turns up on the second or third read", () => {
    for (const read of [2, 3]) {
      const late = paths.filter(
        (p) =>
          names(p).includes(`Payment Id Missing After Read ${read - 1}:yes`) &&
          reads(p).length === read &&
          (read === 3 || names(p).includes("Payment Id Missing After Read 2:no")) &&
          // A payment id read is a set one: the last check lets it through.
          names(p).includes("Payment Id Still Missing:no"),
      );
      assert.ok(late.length > 0, `read ${read}`);
      for (const p of late)
        assert.ok(names(p).some((n) => n.startsWith("Save Participant Attributes:")));
    }
  });

  it("ends every run with a reason of its own for each outcome", () => {
    for (const p of paths) assert.equal(last(p).kind, "endWorkflow", names(p).join(" > "));
    const outcome = (p: Step[]) => {
      const steps = names(p);
      if (steps.includes("Ids Missing:yes")) return "ids missing";
      if (steps.includes("Caller Number Missing:yes")) return "ani missing";
      if (steps.some((s) => /^Read Payment Id \d:notFound$/.test(s)))
        return "participant not found";
      if (steps.includes("Payment Id Still Missing:yes")) return "no payment id";
      return steps.find((s) => s.startsWith("Save Participant Attributes:"));
    };
    const reasons = new Map<string | undefined, Set<string>>();
    for (const p of paths) {
      const set = reasons.get(outcome(p)) ?? new Set();
      set.add(last(p).body.exitReason.lit);
      reasons.set(outcome(p), set);
    }
    assert.deepEqual(Object.fromEntries([...reasons].map(([k, v]) => [k, [...v]])), {
      "ids missing": ["missing conversation or participant id"],
      "ani missing": ["missing caller number (ani)"],
      "participant not found": ["participant not found"],
      "no payment id": ["no payment id after 3 reads"],
      "Save Participant Attributes:success": ["saved"],
      "Save Participant Attributes:failure": ["save failed"],
      "Save Participant Attributes:timeout": ["save timed out"],
    });
    const all = [...reasons.values()].flatMap((v) => [...v]);
    assert.equal(new Set(all).size, all.length, "two outcomes share a reason");
  });
});

describe("every decision is named for its yes branch", () => {
  const decisions = (flow: Node) =>
    findActions(flow, "decision").map((d) => [d.name, d.condition.exp] as [string, string]);

  it("negative-sentiment workflow", () => {
    assert.deepEqual(decisions(negative), [
      ["Conversation Id Missing", "IsNotSetOrEmpty(Flow.conversationId)"],
      ["Direction Missing", "IsNotSetOrEmpty(Flow.direction)"],
      ["Not Inbound", 'Upper(Flow.direction) != "INBOUND"'],
      ["Caller Number Missing", "IsNotSetOrEmpty(Flow.ani)"],
      ["Customer Number Not Dialable", "IsNotSetOrEmpty(Flow.customerNumber)"],
      ["Sentiment Missing After Attempt 1", "IsNotSetOrEmpty(Flow.sentimentScore)"],
      ["Sentiment Missing After Attempt 2", "IsNotSetOrEmpty(Flow.sentimentScore)"],
      ["Sentiment Missing After Attempt 3", "IsNotSetOrEmpty(Flow.sentimentScore)"],
      ["Sentiment Still Missing", "IsNotSetOrEmpty(Flow.sentimentScore)"],
      ["Negative Sentiment", "Flow.sentimentScore < -0.25"],
    ]);
  });

  it("save-attributes workflow and secure flow", () => {
    assert.deepEqual(decisions(save), [
      [
        "Ids Missing",
        "IsNotSetOrEmpty(Flow.conversationId) or IsNotSetOrEmpty(Flow.participantId)",
      ],
      ["Caller Number Missing", "IsNotSetOrEmpty(Flow.ani)"],
      ["Payment Id Missing After Read 1", "IsNotSetOrEmpty(Flow.paymentId)"],
      ["Payment Id Missing After Read 2", "IsNotSetOrEmpty(Flow.paymentId)"],
      ["Payment Id Still Missing", "IsNotSetOrEmpty(Flow.paymentId)"],
    ]);
    assert.deepEqual(decisions(secure), [
      ["Payment Id Missing", "IsNotSetOrEmpty(Task.paymentId)"],
    ]);
  });

  it("a decision that tests for a missing value says so, and its yes branch handles the missing value", () => {
    for (const flow of [negative, save, secure]) {
      for (const d of findActions(flow, "decision")) {
        if (!d.condition.exp.startsWith("IsNotSetOrEmpty(")) continue;
        assert.match(d.name, /Missing|Not /, d.name);
        const yes = JSON.stringify(d.outputs["yes"]);
        assert.match(yes, /endWorkflow|wait|playAudio/, `${d.name}: the yes branch does nothing`);
      }
    }
  });
});
