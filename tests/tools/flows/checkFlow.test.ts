// The flow checker in-process: each kind of problem it must name, with its line, and the flows
// the stacks publish, rendered with the real contracts, checking clean.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { renderFlowFile } from "../../../components/archy/template";
import { NEGATIVE_SENTIMENT_CONTRACTS_DIR } from "../../../components/negativeSentimentActions";
import {
  workflowOmitBlocks,
  WORKFLOW_TEMPLATE,
} from "../../../components/negativeSentimentCallback";
import { architectCatalogue } from "../../../tools/flows/architectSdk";
import {
  checkFlow,
  formatProblem,
  type StackContext,
  type StackDataAction,
} from "../../../tools/flows/checkFlow";
import { validateAddedFunctions } from "../../../tools/flows/expression";

const ROOT = path.join(__dirname, "..", "..", "..");
const FIXTURES = path.join(ROOT, "tests", "fixtures", "flows");
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");
const problems = (yaml: string, context?: StackContext) =>
  checkFlow("flow.yaml", yaml, { context }).map((p) => `${p.line}: ${p.problem}`);

/** A workflow around `actions` (indented 8), with `variables` (indented 4) declared. */
function workflow(actions: string, variables = "", type = "workflow"): string {
  const body = [
    `${type}:`,
    '  name: "Test"',
    `  startUpRef: "/${type}/states/state[S_1]"`,
    "  variables:",
    variables || "    []",
    "  states:",
    "    - state:",
    "        name: S",
    "        refId: S_1",
    "        actions:",
    actions,
  ];
  return body.join("\n") + "\n";
}

const stringInput = (name: string) =>
  `    - stringVariable:\n        name: ${name}\n        initialValue:\n          noValue: true\n        isInput: true`;
const decimalInput = (name: string) =>
  `    - decimalVariable:\n        name: ${name}\n        initialValue:\n          noValue: true\n        isInput: true`;
const decision = (exp: string) =>
  `          - decision:\n              name: D\n              condition:\n                exp: ${JSON.stringify(exp)}`;
/** An endWorkflow action at `indent` spaces. */
const endAt = (indent: number) =>
  ["- endWorkflow:", "    name: E", "    exitReason:", '      lit: "x"']
    .map((line) => " ".repeat(indent) + line)
    .join("\n");
const end = endAt(10);
/** A decision on `exp` whose "yes" branch ends the workflow. */
const guard = (exp: string) =>
  `${decision(exp)}\n              outputs:\n                "yes":\n                  actions:\n${endAt(20)}`;

describe("flow checker (Genesys' parser and function catalogue)", () => {
  it("reads the catalogue from the installed SDK: Upper and IsNotSetOrEmpty exist, ToUpper and IsNotSet do not", () => {
    const names = Object.values(architectCatalogue().expression)
      .filter((e) => e.type === "function")
      .map((e) => e.name);
    assert.ok(names.length > 90, `${names.length} functions`);
    for (const name of ["Upper", "Lower", "IsSet", "IsNotSetOrEmpty", "ToPhoneNumber"])
      assert.ok(names.includes(name), name);
    for (const name of ["ToUpper", "IsNotSet"]) assert.ok(!names.includes(name), name);
  });

  it("refuses today's defect 1: ToUpper, naming Upper", () => {
    const found = problems(
      workflow(decision('ToUpper(Flow.d) != "INBOUND"') + "\n" + end, stringInput("Flow.d")),
    );
    assert.equal(found.length, 1, found.join("\n"));
    assert.match(found[0], /^18: ToUpper is not an Architect function .*e\.g\. Upper/);
  });

  it("refuses today's defect 2: IsNotSet, naming IsNotSetOrEmpty", () => {
    const found = problems(
      workflow(decision("IsNotSet(Flow.d)") + "\n" + end, stringInput("Flow.d")),
    );
    assert.equal(found.length, 1, found.join("\n"));
    assert.match(found[0], /^18: IsNotSet is not an Architect function .*IsNotSetOrEmpty/);
  });

  it("names file, line and problem for each defect of the defects fixture", () => {
    const found = checkFlow("defects-workflow.yaml", fixture("defects-workflow.yaml")).map(
      formatProblem,
    );
    const expected: Array<[number, RegExp]> = [
      [51, /ToUpper is not an Architect function/],
      [56, /Upper takes 1 argument\(s\), got 2/],
      [61, /Flow\.ani is not declared/],
      [69, /placeholder \{\{actionCategory\}\} is not substituted/],
      [71, /calls data action "Unknown Action" .* which the stack does not create/],
    ];
    assert.equal(found.length, expected.length, found.join("\n"));
    expected.forEach(([line, problem], i) => {
      assert.ok(found[i].startsWith(`defects-workflow.yaml:${line}: `), found[i]);
      assert.match(found[i], problem);
    });
    assert.deepEqual(checkFlow("clean", fixture("clean-workflow.yaml")), []);
  });

  it("types arguments against the overloads, and conditions and statements against their place", () => {
    const vars = [stringInput("Flow.d"), decimalInput("Flow.n")].join("\n");
    const guarded = (exp: string) =>
      workflow(
        `${guard("IsNotSetOrEmpty(Flow.d) or IsNotSetOrEmpty(Flow.n)")}\n${decision(exp)}\n${end}`,
        vars,
      );
    assert.deepEqual(problems(guarded('Upper(Flow.d) == "A"')), []);
    assert.match(
      problems(guarded('Upper(Flow.n) == "A"')).join(),
      /Upper has no overload for \(Decimal\); it takes \(String\)/,
    );
    assert.match(problems(guarded("Upper(Flow.d)")).join(), /is String where Boolean is expected/);
    assert.match(
      problems(guarded('Flow.n == "x"')).join(),
      /operator == has no overload for \(Decimal, String\)/,
    );
    assert.match(problems(guarded("Flow.d <")).join(), /syntax error/);
  });

  it("refuses a comparison that can see NOT_SET unless a decision guards it", () => {
    const vars = decimalInput("Flow.n");
    const unguarded = problems(workflow(`${decision("Flow.n < 0")}\n${end}`, vars));
    assert.equal(unguarded.length, 1);
    assert.match(
      unguarded[0],
      /Flow\.n may be NOT_SET here, and operator < does not accept NOT_SET/,
    );
    const guarded = workflow(
      `${guard("IsNotSetOrEmpty(Flow.n)")}\n${decision("Flow.n < 0")}\n${end}`,
      vars,
    );
    assert.deepEqual(problems(guarded), []);
    // A guard whose yes branch does not end the flow proves nothing after it.
    const leaky = workflow(
      `${decision("IsNotSetOrEmpty(Flow.n)")}\n${decision("Flow.n < 0")}\n${end}`,
      vars,
    );
    assert.match(problems(leaky).join(), /may be NOT_SET here/);
  });

  it("walks a switch's cases and default like branches", () => {
    const found = checkFlow("switch", fixture("switch-workflow.yaml")).map(formatProblem);
    assert.equal(found.length, 2, found.join("\n"));
    assert.match(
      found[0],
      /^switch:25: Flow\.d may be NOT_SET here, and Upper does not accept NOT_SET/,
    );
    assert.match(found[1], /^switch:35: Flow\.nope is not declared/);
  });

  it("requires a variable read before anything sets it to be an input", () => {
    const notInput =
      "    - stringVariable:\n        name: Flow.d\n        initialValue:\n          noValue: true";
    assert.match(
      problems(workflow(`${decision("IsNotSetOrEmpty(Flow.d)")}\n${end}`, notInput)).join(),
      /Flow\.d is read but nothing sets it.*isInput: true/,
    );
  });

  it("checks references: startUpRef, targetTaskRef and targetFlow", () => {
    assert.deepEqual(problems(workflow(end).replace("/workflow/states", "./states")), []);
    const yaml = workflow(end).replace("state[S_1]", "state[Nope_9]");
    assert.match(problems(yaml).join(), /startUpRef .* points at no state with refId "Nope_9"/);
    const inbound = (secureFlowName: string) =>
      renderFlowFile("participant-attributes/inbound-call.yaml", "In", { secureFlowName }).yaml;
    const flows = { actions: [], flows: [{ name: "Secure", type: "securecall" }] };
    assert.deepEqual(problems(inbound("Secure"), flows), []);
    assert.match(
      problems(inbound("Elsewhere"), flows).join(),
      /targetFlow "Elsewhere" is not a securecall flow the stack publishes; it publishes "Secure" \(securecall\)/,
    );
    const badTask = inbound("Secure").replace(
      'targetTaskRef: "/inboundCall/tasks/task[Pay By Card_20]"',
      'targetTaskRef: "/inboundCall/tasks/task[Gone_1]"',
    );
    assert.match(
      problems(badTask, flows).join(),
      /targetTaskRef .* points at no task with refId "Gone_1"/,
    );
  });

  const action = (overrides: Partial<StackDataAction> = {}): StackDataAction => ({
    category: "Cat",
    name: "Act",
    secure: false,
    input: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
    output: { type: "object", properties: { count: { type: "integer" } } },
    ...overrides,
  });
  const call = (kind: string, inputs: string, outputs = "") =>
    `          - ${kind}:\n              name: C\n              category:\n                Cat:\n                  dataAction:\n                    Act:\n                      inputs:\n${inputs}${outputs}\n${end}`;
  const vars = [
    stringInput("Flow.d"),
    "    - stringVariable:\n        name: Flow.out\n        initialValue:\n          noValue: true",
  ].join("\n");

  it("checks a data-action call against the action the stack creates and its contract", () => {
    const context = { actions: [action()], flows: [] };
    const guardD = `${guard("IsNotSetOrEmpty(Flow.d)")}\n`;
    const good = workflow(
      guardD +
        call("callData", "                        id:\n                          exp: Flow.d"),
      vars,
    );
    assert.deepEqual(problems(good, context), []);
    const unguarded = workflow(
      call("callData", "                        id:\n                          exp: Flow.d"),
      vars,
    );
    assert.match(
      problems(unguarded, context).join(),
      /required input "id" of "Act" may be NOT_SET/,
    );
    const wrong = workflow(
      guardD +
        call(
          "callData",
          "                        other:\n                          lit: x",
          "\n                      successOutputs:\n                        count:\n                          var: Flow.out\n                        extra:\n                          noValue: true",
        ),
      vars,
    );
    const found = problems(wrong, context).join("\n");
    assert.match(found, /input "other" is not in the contract of "Act"; it takes id/);
    assert.match(found, /required input "id" of "Act" is not given/);
    assert.match(found, /Flow\.out is String but output "count" is Long/);
    assert.match(found, /success output "extra" is not in the contract/);
    const missing = problems(good, { actions: [action({ name: "Other" })], flows: [] }).join();
    assert.match(
      missing,
      /calls data action "Act" in category "Cat", which the stack does not create; that category has "Other"/,
    );
  });

  it("keeps secure actions and secure variables where Architect allows them", () => {
    const context = { actions: [action({ secure: true })], flows: [] };
    const input = "                        id:\n                          lit: x";
    assert.match(
      problems(workflow(call("callData", input), vars), context).join(),
      /"Act" is a secure data action; fix: call it with callDataSecure/,
    );
    const secureFlow = (actions: string) =>
      workflow(
        actions,
        "    - stringVariable:\n        name: Flow.card\n        initialValue:\n          lit: x\n        isSecure: true",
        "secureCall",
      )
        .replace("/secureCall/states/state[S_1]", "/secureCall/tasks/task[S_1]")
        .replace("  states:\n    - state:", "  tasks:\n    - task:");
    const leak =
      "          - setParticipantData:\n              name: Leak\n              attributes:\n                - attribute:\n                    name:\n                      lit: card\n                    value:\n                      exp: Flow.card";
    assert.match(
      problems(secureFlow(leak)).join(),
      /Flow\.card is secure, and Architect reads secure variables only in Call Secure Data, Extract Secure Data and audio/,
    );
  });

  it("accepts a function added after the SDK only with the Resource Center article that documents it", () => {
    const overloads = architectCatalogue().expression.upper.overloads;
    assert.throws(
      () => validateAddedFunctions([{ name: "Shout", source: "", overloads }]),
      /Shout names no Resource Center article/,
    );
    assert.doesNotThrow(() =>
      validateAddedFunctions([
        { name: "Shout", source: "https://help.mypurecloud.com/articles/x/", overloads },
      ]),
    );
  });
});

describe("flow checker on the flows the stacks publish", () => {
  const contract = (dir: string, file: string) =>
    JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as { input: object; output: object };
  const negative = (key: string, name: string, category = "Cat"): StackDataAction => ({
    category,
    name,
    secure: false,
    ...(contract(NEGATIVE_SENTIMENT_CONTRACTS_DIR, `${key}.json`) as Pick<
      StackDataAction,
      "input" | "output"
    >),
  });
  const lambda = (key: string, name: string, secure: boolean): StackDataAction => ({
    category: "Cat",
    name,
    secure,
    ...(contract(path.join(ROOT, "lambdas", key), "contract.json") as Pick<
      StackDataAction,
      "input" | "output"
    >),
  });
  const context: StackContext = {
    actions: [
      negative("get-sentiment", "Get"),
      negative("send-sms", "Sms"),
      negative("create-callback", "Callback"),
      negative("tag-conversation", "Tag"),
      negative("notify-supervisors", "Notify", "Chat"),
      lambda("payment-id", "Payment Id", true),
      lambda("save-attributes", "Save", false),
    ],
    flows: [{ name: "Secure", type: "securecall" }],
  };
  const values = {
    actionCategory: "Cat",
    getSentimentAction: "Get",
    sendSmsAction: "Sms",
    createCallbackAction: "Callback",
    tagConversationAction: "Tag",
    smsNumber: "+13175550199",
    callbackQueueId: "6a1b2c3d-0000-4000-8000-000000000001",
    sentimentThreshold: "-0.25",
    callbackDelayMinutes: "5",
    acknowledgementText: "We will call you back.",
  };
  const cases: Array<[string, string, Record<string, string>, string[]]> = [
    [
      WORKFLOW_TEMPLATE,
      "with chat",
      { ...values, notifyCategory: "Chat", notifySupervisorsAction: "Notify" },
      workflowOmitBlocks(true),
    ],
    [WORKFLOW_TEMPLATE, "without chat", values, workflowOmitBlocks(false)],
    [
      "participant-attributes/secure-payment.yaml",
      "",
      { paymentIdCategory: "Cat", paymentIdAction: "Payment Id" },
      [],
    ],
    ["participant-attributes/inbound-call.yaml", "", { secureFlowName: "Secure" }, []],
    [
      "participant-attributes/save-attributes-workflow.yaml",
      "",
      { saveActionCategory: "Cat", saveAction: "Save" },
      [],
    ],
  ];
  for (const [template, label, substitutions, omit] of cases) {
    it(`${template}${label ? ` (${label})` : ""} has no problem`, () => {
      const { yaml } = renderFlowFile(template, "Flow", substitutions, { omit });
      assert.deepEqual(checkFlow(template, yaml, { context }).map(formatProblem), []);
    });
  }

  it("names the template's line for a problem after a left-out block", () => {
    const text = fs.readFileSync(path.join(ROOT, "architect", WORKFLOW_TEMPLATE), "utf8");
    const broken = text.replace(
      '"negative sentiment: \\" + Flow.callbackOutcome',
      '"negative sentiment: \\" + Flow.nope',
    );
    assert.notEqual(broken, text);
    const templateLine = broken.split("\n").findIndex((l) => l.includes("Flow.nope")) + 1;
    const {
      variantLineNumbers,
      renderFlowTemplate,
    } = require("../../../components/archy/template");
    const omit = workflowOmitBlocks(false);
    const yaml = renderFlowTemplate(broken, { ...values, flowName: "Flow" }, WORKFLOW_TEMPLATE, {
      omit,
    });
    const lines: number[] = variantLineNumbers(broken, omit);
    const found = checkFlow("w.yaml", yaml, { context, templateLine: (n) => lines[n - 1] });
    assert.equal(found.length, 1, found.map(formatProblem).join("\n"));
    assert.equal(found[0].line, templateLine);
    assert.ok(
      yaml.split("\n").findIndex((l: string) => l.includes("Flow.nope")) + 1 < templateLine,
    );
  });
});
