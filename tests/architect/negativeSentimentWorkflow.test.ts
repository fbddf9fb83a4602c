// Pure tests of the negative-sentiment workflow templates (no Pulumi, no Archy): they render, every
// path ends the workflow with a reason, the threshold is a `<`, a failed SMS still reaches the
// callback, and every data-action call matches its contract.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import {
  ARCHITECT_DIR,
  renderFlowFile,
  templatePlaceholders,
  templateVariant,
} from "../../components/archy/template";
import {
  CHAT_NOTIFICATION_BLOCK,
  WORKFLOW_TEMPLATE,
  workflowOmitBlocks,
} from "../../components/negativeSentimentCallback";
import { NEGATIVE_SENTIMENT_CONTRACTS_DIR } from "../../components/negativeSentimentActions";
import { formatThreshold } from "../../components/negativeSentimentRules";
import { allPaths, findActions, names, type Node } from "../support/flowPaths";

const TEMPLATE = WORKFLOW_TEMPLATE;

const VALUES = {
  actionCategory: "Cat",
  getSentimentAction: "Get Sentiment",
  sendSmsAction: "Send Sms",
  createCallbackAction: "Create Callback",
  tagConversationAction: "Tag",
  smsNumber: "+13175550199",
  callbackQueueId: "6a1b2c3d-0000-4000-8000-000000000001",
  sentimentThreshold: formatThreshold(-0.25),
  callbackDelayMinutes: "7",
  acknowledgementText: "Sorry about today: we will call you back.",
};
const CHAT_VALUES = { ...VALUES, notifyCategory: "Chat Cat", notifySupervisorsAction: "Notify" };

/** Top-level fields of the acw event (AcwDetailEventTopicAfterCallWorkEvent), per the reference notes. */
const ACW_EVENT_FIELDS = [
  "conversationId",
  "participantId",
  "mediaType",
  "direction",
  "ani",
  "dnis",
  "userId",
  "queueId",
  "wrapupCode",
  "wrapupNotes",
  "wrapupDurationMs",
];

const chatYaml = renderFlowFile(TEMPLATE, "Flow", CHAT_VALUES, {
  omit: workflowOmitBlocks(true),
}).yaml;
const noChatYaml = renderFlowFile(TEMPLATE, "Flow", VALUES, {
  omit: workflowOmitBlocks(false),
}).yaml;
const chat = parse(chatYaml).workflow as Node;
const noChat = parse(noChatYaml).workflow as Node;
const contract = (key: string) =>
  JSON.parse(fs.readFileSync(path.join(NEGATIVE_SENTIMENT_CONTRACTS_DIR, `${key}.json`), "utf8"));

function stateActions(workflow: Node): Node[] {
  assert.equal(workflow.states.length, 1);
  assert.equal(workflow.startUpRef, `/workflow/states/state[${workflow.states[0].state.refId}]`);
  return workflow.states[0].state.actions;
}

/** The callData of an action by its name (after substitution), with the data action's own block. */
function callsOf(workflow: Node, actionName: string): Node[] {
  return findActions(workflow, "callData")
    .map((c) => Object.values(c.category as Node)[0].dataAction[actionName] as Node | undefined)
    .filter((a): a is Node => a !== undefined);
}

describe("negative-sentiment workflow templates", () => {
  it("document exactly the placeholders they use", () => {
    const text = fs.readFileSync(path.join(ARCHITECT_DIR, TEMPLATE), "utf8");
    const used = (omit: string[]) => templatePlaceholders(templateVariant(text, omit)).sort();
    assert.deepEqual(
      used(workflowOmitBlocks(true)),
      ["flowName", ...Object.keys(CHAT_VALUES)].sort(),
    );
    assert.deepEqual(used(workflowOmitBlocks(false)), ["flowName", ...Object.keys(VALUES)].sort());
  });

  for (const [label, workflow] of [
    ["with chat", chat],
    ["without chat", noChat],
  ] as const) {
    describe(label, () => {
      const paths = allPaths(stateActions(workflow));

      it("takes exactly the acw event fields it uses as inputs, all of them top-level event fields", () => {
        const inputs = workflow.variables
          .map((v: Node) => Object.values(v)[0] as Node)
          .filter((v: Node) => v.isInput === true)
          .map((v: Node) => v.name);
        assert.deepEqual(inputs, ["Flow.conversationId", "Flow.ani", "Flow.direction"]);
        for (const input of inputs)
          assert.ok(ACW_EVENT_FIELDS.includes(input.slice("Flow.".length)), input);
        const text = JSON.stringify(workflow.states);
        for (const input of inputs) assert.ok(text.includes(input), `${input} is never used`);
      });

      it("declares every variable it reads or writes", () => {
        const declared = new Set(
          workflow.variables.map((v: Node) => (Object.values(v)[0] as Node).name),
        );
        const used = new Set(JSON.stringify(workflow.states).match(/Flow\.[A-Za-z]+/g));
        for (const name of used) assert.ok(declared.has(name), `${name} is not declared`);
      });

      it("ends every path with endWorkflow and a reason", () => {
        assert.ok(paths.length > 100, `only ${paths.length} paths`);
        for (const p of paths) {
          const last = p[p.length - 1];
          assert.equal(last.kind, "endWorkflow", `path runs off the end: ${names(p).join(" > ")}`);
          const reason = last.body.exitReason;
          assert.ok(
            (typeof reason.lit === "string" && reason.lit.length > 0) ||
              /^"[^"]+" \+ /.test(reason.exp),
            JSON.stringify(reason),
          );
        }
      });

      it("says why it ended in words, for each early exit", () => {
        const reasons = new Set(
          findActions(workflow.states, "endWorkflow").map(
            (e) => e.exitReason.lit ?? e.exitReason.exp,
          ),
        );
        assert.deepEqual(
          [...reasons].sort(),
          [
            '"negative sentiment: " + Flow.callbackOutcome + "; " + Flow.smsOutcome + "; " + Flow.tagOutcome + "; " + Flow.notifyOutcome',
            '"not negative: sentiment " + ToString(Flow.sentimentScore)',
            "customer number (ani) is not a phone number",
            "missing call direction",
            "missing conversation id",
            "missing customer number (ani)",
            "no sentiment score after 4 attempts",
            "not an inbound call: the event's ani is not the customer's number",
          ].sort(),
        );
      });

      it("waits and retries a bounded number of times for the sentiment", () => {
        const calls = findActions(workflow, "callData").filter((c) =>
          c.name.startsWith("Get Sentiment Attempt"),
        );
        assert.deepEqual(
          calls.map((c) => c.name),
          [1, 2, 3, 4].map((n) => `Get Sentiment Attempt ${n}`),
        );
        for (const p of paths) {
          const attempts = p.filter((s) => s.name.startsWith("Get Sentiment Attempt"));
          assert.ok(attempts.length <= 4);
          // Every attempt follows a wait, so a score that is not ready yet gets time to appear.
          for (const a of attempts)
            assert.equal(p[p.indexOf(a) - 1].kind, "wait", names(p).join(" > "));
        }
        for (const w of findActions(workflow, "wait"))
          assert.equal(w.trimDurationNearMaxRunningTime.lit, true);
        const noScore = paths.filter((p) => p[p.length - 1].name === "End No Sentiment");
        assert.ok(
          noScore.some(
            (p) => p.filter((s) => s.name.startsWith("Get Sentiment Attempt")).length === 4,
          ),
        );
      });

      it("calls a conversation negative only when its score is below the threshold", () => {
        const [decision] = findActions(workflow, "decision").filter(
          (d) => d.name === "Negative Sentiment",
        );
        assert.equal(decision.condition.exp, "Flow.sentimentScore < -0.25");
        assert.deepEqual(findActions(decision.outputs["no"], "callData"), []);
        assert.equal(decision.outputs["no"].actions[0].endWorkflow.name, "End Not Negative");
        for (const p of paths.filter((x) => x.some((s) => s.name === "Acknowledge By Sms"))) {
          assert.ok(names(p).includes("Negative Sentiment:yes"), names(p).join(" > "));
        }
      });

      it("acknowledges the customer with the configured text only, from the SMS number, to the normalised caller number", () => {
        const [sms] = callsOf(workflow, "Send Sms");
        assert.deepEqual(sms.inputs, {
          fromAddress: { lit: "+13175550199" },
          toAddress: { exp: "Flow.customerNumber" },
          textBody: { lit: "Sorry about today: we will call you back." },
        });
        const [normalise] = findActions(workflow, "updateData").filter(
          (u) => u.name === "Normalise Customer Number",
        );
        assert.deepEqual(normalise.statements, [
          {
            string: {
              variable: "Flow.customerNumber",
              value: { exp: "ToPhoneNumber(Flow.ani).e164" },
            },
          },
        ]);
      });

      it("schedules the callback on the queue, to the customer's own number, after the configured delay", () => {
        const [callback] = callsOf(workflow, "Create Callback");
        assert.deepEqual(callback.inputs, {
          queueId: { lit: "6a1b2c3d-0000-4000-8000-000000000001" },
          callbackNumber: { exp: "Flow.customerNumber" },
          callbackScheduledTime: { exp: "ToString(AddMinutes(GetCurrentDateTimeUtc(), 7))" },
          conversationId: { exp: "Flow.conversationId" },
        });
        assert.ok(
          !JSON.stringify(workflow).includes("CallerAni"),
          "the seed's never-set variable is gone",
        );
      });

      it("still schedules the callback and tags the call when the SMS fails or times out", () => {
        for (const output of ["failure", "timeout"]) {
          const afterSms = paths.filter((p) => names(p).includes(`Acknowledge By Sms:${output}`));
          assert.ok(afterSms.length > 0);
          for (const p of afterSms) {
            const steps = names(p);
            const sms = steps.indexOf(`Acknowledge By Sms:${output}`);
            assert.ok(
              steps.slice(sms).some((s) => s.startsWith("Schedule Supervisor Callback:")),
              steps.join(" > "),
            );
            assert.ok(
              steps.slice(sms).some((s) => s.startsWith("Tag Conversation:")),
              steps.join(" > "),
            );
            assert.equal(p[p.length - 1].name, "End Negative Handled");
          }
        }
      });

      it("records each step's outcome, so the end reason says what happened", () => {
        const recorded = (variable: string) =>
          findActions(workflow, "updateData")
            .flatMap((u) => u.statements)
            .filter((s: Node) => s.string?.variable === variable)
            .map((s: Node) => s.string.value.lit);
        assert.deepEqual(recorded("Flow.smsOutcome"), ["sms sent", "sms failed", "sms timed out"]);
        assert.deepEqual(recorded("Flow.callbackOutcome"), [
          "callback scheduled",
          "callback failed",
          "callback timed out",
        ]);
        assert.deepEqual(recorded("Flow.tagOutcome"), ["tagged", "tag failed", "tag timed out"]);
      });

      it("calls every data action with exactly its contract's inputs and outputs", () => {
        const byAction: Record<string, string> = {
          "Get Sentiment": "get-sentiment",
          "Send Sms": "send-sms",
          "Create Callback": "create-callback",
          Tag: "tag-conversation",
          Notify: "notify-supervisors",
        };
        for (const [actionName, key] of Object.entries(byAction)) {
          for (const call of callsOf(workflow, actionName)) {
            const { input, output } = contract(key);
            assert.deepEqual(
              Object.keys(call.inputs).sort(),
              [...input.required].sort(),
              `${actionName} inputs`,
            );
            assert.deepEqual(
              Object.keys(call.successOutputs ?? {}).sort(),
              Object.keys(output.properties).sort(),
              `${actionName} outputs`,
            );
          }
        }
        const categories = findActions(workflow, "callData").map((c) => Object.keys(c.category)[0]);
        assert.ok(categories.every((c) => c === "Cat" || c === "Chat Cat"));
      });
    });
  }

  it("with chat: tells the supervisors after the callback, with the score and outcomes, whatever the SMS did", () => {
    const [notify] = callsOf(chat, "Notify");
    assert.match(
      notify.inputs.message.exp,
      /ToString\(Flow\.sentimentScore\).*Flow\.conversationId.*Flow\.callbackOutcome.*Flow\.smsOutcome/,
    );
    assert.deepEqual(notify.inputs.metadata, { lit: "negative sentiment callback" });
    assert.equal(
      Object.keys(
        findActions(chat, "callData").find((c) => c.name === "Notify Supervisors")!.category,
      )[0],
      "Chat Cat",
    );
    for (const p of allPaths(stateActions(chat)).filter((x) =>
      names(x).some((s) => s.startsWith("Acknowledge By Sms:")),
    )) {
      const steps = names(p);
      const callback = steps.findIndex((s) => s.startsWith("Schedule Supervisor Callback:"));
      const notified = steps.findIndex((s) => s.startsWith("Notify Supervisors:"));
      assert.ok(callback >= 0 && notified > callback, steps.join(" > "));
    }
  });

  it("without chat: is the chat workflow minus the notification, and never calls the chat action", () => {
    assert.deepEqual(workflowOmitBlocks(false), [CHAT_NOTIFICATION_BLOCK]);
    assert.deepEqual(
      findActions(noChat, "callData").filter((c) => c.name === "Notify Supervisors"),
      [],
    );
    assert.ok(!JSON.stringify(noChat).includes("Chat Cat"));
    // Parsed: the chat workflow with only the Notify Supervisors call taken out.
    const stripped = structuredClone(chat);
    const [negative] = findActions(stripped, "decision").filter(
      (d) => d.name === "Negative Sentiment",
    );
    const before = negative.outputs["yes"].actions.length;
    negative.outputs["yes"].actions = negative.outputs["yes"].actions.filter(
      (a: Node) => a.callData?.name !== "Notify Supervisors",
    );
    assert.equal(negative.outputs["yes"].actions.length, before - 1);
    assert.deepEqual(noChat, stripped);
    // Text: the variant's lines are the chat variant's, in order, minus one contiguous block.
    const withLines = chatYaml.split("\n");
    const withoutLines = noChatYaml.split("\n");
    const first = withLines.findIndex((line, i) => line !== withoutLines[i]);
    const removed = withLines.length - withoutLines.length;
    assert.deepEqual(withLines.slice(first + removed), withoutLines.slice(first));
    const block = withLines.slice(first, first + removed);
    assert.match(block[0], /# optional chat-notification: begin/);
    assert.match(block[block.length - 1], /# optional chat-notification: end/);
    assert.ok(block.some((line) => line.includes("name: Notify Supervisors")));
  });

  it("without chat: the outcome the end reason reports says no chat room is configured", () => {
    const reasons = allPaths(stateActions(noChat))
      .filter((p) => p[p.length - 1].name === "End Negative Handled")
      .map((p) =>
        p.filter(
          (s) =>
            s.name?.startsWith("Record Notification") || s.name === "Record Supervisors Notified",
        ),
      );
    assert.ok(reasons.length > 0 && reasons.every((r) => r.length === 0));
    const outcome = noChat.variables.find(
      (v: Node) => v.stringVariable?.name === "Flow.notifyOutcome",
    );
    assert.deepEqual(outcome.stringVariable.initialValue, {
      lit: "no chat notification configured",
    });
    // With chat, every path to the end overwrites that initial value.
    for (const p of allPaths(stateActions(chat)).filter(
      (x) => x[x.length - 1].name === "End Negative Handled",
    )) {
      assert.ok(
        names(p).some((s) => s.startsWith("Notify Supervisors:")),
        names(p).join(" > "),
      );
    }
  });
});
