/**
 * The offline flow checker: reads one rendered Archy flow and reports, with the line of the
 * template it comes from, what `archy publish` or a run would trip over: expressions Architect
 * cannot read or type (./expression, on Genesys' own parser and catalogue), variables that are
 * undeclared, of the wrong type, read before anything sets them, or secure where they may not be
 * read; NOT_SET values reaching parameters that refuse them; calls to data actions the stack does
 * not create or with inputs and outputs their contracts do not have; unsubstituted placeholders;
 * and references (startUpRef, targetTaskRef, targetFlow) to nothing.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from "yaml";
import { FLOW_TYPES } from "../../components/archy/template";
import { architectCatalogue } from "./architectSdk";
import {
  actionLists,
  hasLiteral,
  scalarString,
  SCHEMA_TYPES,
  seqItems,
  single,
  TERMINAL_ACTIONS,
  VARIABLE_TYPES,
} from "./archyYaml";
import {
  ExpressionSyntaxError,
  parseExpression,
  provenSet,
  show,
  typeExpression,
  typeName,
  variablesOf,
  type Expr,
  type ValueType,
} from "./expression";

/** A data action the stack creates, as a flow calls it: category and name, with its contract. */
export interface StackDataAction {
  readonly category: string;
  readonly name: string;
  readonly secure: boolean;
  readonly input: JsonSchema;
  readonly output: JsonSchema;
}

export interface JsonSchema {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
}

/** What the stack publishes besides this flow, for references between flows. */
export interface StackFlow {
  readonly name: string;
  /** The flows API type, e.g. "securecall". */
  readonly type: string;
}

export interface StackContext {
  readonly actions: readonly StackDataAction[];
  readonly flows: readonly StackFlow[];
}

export interface FlowProblem {
  /** The template's path as the user names it, e.g. architect/participant-attributes/inbound-call.yaml. */
  readonly file: string;
  readonly line: number;
  readonly problem: string;
}

/** `file:line: problem`, the one line the CLI and the plan print per problem. */
export const formatProblem = (p: FlowProblem): string => `${p.file}:${p.line}: ${p.problem}`;

/** The only places Architect lets a flow read a secure variable (Resource Center, "Work with secure call and bot flows"). */
type SecureRead = "allowed" | "refused";

interface Variable {
  readonly name: string;
  readonly type: ValueType;
  readonly secure: boolean;
  readonly isInput: boolean;
  readonly isOutput: boolean;
  readonly hasInitialValue: boolean;
  /** Where it is declared, for problems about the declaration. */
  readonly node: Node;
}

interface Scope {
  readonly variables: ReadonlyMap<string, Variable>;
}

class FlowChecker {
  readonly problems: FlowProblem[] = [];
  private readonly lines = new LineCounter();
  private readonly seenExpressions = new Set<Node>();
  private readonly reads = new Set<string>();
  private readonly writes = new Set<string>();
  private flowKey = "";
  private flowType = "";
  private flowVariables = new Map<string, Variable>();

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly context: StackContext | undefined,
    private readonly templateLine: (renderedLine: number) => number,
  ) {}

  private report(node: Node | undefined, problem: string): void {
    const offset = node?.range?.[0] ?? 0;
    const line = this.templateLine(this.lines.linePos(offset).line);
    this.problems.push({ file: this.file, line, problem });
  }

  run(): void {
    this.text.split("\n").forEach((line, i) => {
      for (const m of line.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        this.problems.push({
          file: this.file,
          line: this.templateLine(i + 1),
          problem: `placeholder {{${m[1]}}} is not substituted; fix: render the template with a value for "${m[1]}"`,
        });
      }
    });
    const doc = parseDocument(this.text, {
      version: "1.1",
      lineCounter: this.lines,
      uniqueKeys: true,
    });
    if (doc.errors.length > 0) {
      this.problems.push({
        file: this.file,
        line: this.templateLine(doc.errors[0].linePos?.[0].line ?? 1),
        problem: `not valid YAML: ${doc.errors[0].message.split("\n")[0]}`,
      });
      return;
    }
    const root = doc.contents;
    if (!isMap(root) || root.items.length !== 1 || !isScalar(root.items[0].key)) {
      this.report(
        root ?? undefined,
        "a flow file must have exactly one top-level key naming the flow type",
      );
      return;
    }
    this.flowKey = String(root.items[0].key.value);
    this.flowType = FLOW_TYPES[this.flowKey] ?? "";
    const body = root.items[0].value;
    if (!this.flowType || !isMap(body)) {
      this.report(root, `top-level key "${this.flowKey}" is not an Archy flow type`);
      return;
    }
    this.body = body;
    this.flowVariables = this.declare(body.get("variables", true), "Flow");
    this.checkStartUpRef(body);
    for (const [collection, item] of [
      ["states", "state"],
      ["tasks", "task"],
    ] as const) {
      for (const entry of seqItems(body.get(collection, true))) {
        const unit = isMap(entry) ? entry.get(item, true) : undefined;
        if (!isMap(unit)) continue;
        const own = this.declare(unit.get("variables", true), item === "state" ? "State" : "Task");
        const scope: Scope = { variables: new Map([...this.flowVariables, ...own]) };
        this.walk(unit.get("actions", true), scope, this.initiallySet(scope));
        this.checkUsage(own);
      }
    }
    this.checkUsage(this.flowVariables);
    this.sweepExpressions(doc.contents);
  }

  /** Variables declared in a `variables` list, scoped Flow., Task. or State. */
  private declare(list: unknown, scope: string): Map<string, Variable> {
    const declared = new Map<string, Variable>();
    const catalogue = architectCatalogue();
    for (const entry of seqItems(list)) {
      if (!isMap(entry)) continue;
      const [key, value] = single(entry);
      if (!isMap(value)) continue;
      const nameNode = value.get("name", true) as Node | undefined;
      const name = scalarString(nameNode);
      const collection = key.endsWith("CollectionVariable");
      const base = key.replace(/(Collection)?Variable$/, "");
      const catalogueType = catalogue.type[VARIABLE_TYPES[base] ?? ""]?.support?.expressionDataType;
      if (!name) {
        this.report(value, `${key} has no name`);
        continue;
      }
      if (!catalogueType) {
        this.report(
          value,
          `${name}: ${key} is not a variable type this checker knows from the catalogue; fix: use one of ${Object.keys(
            VARIABLE_TYPES,
          )
            .map((t) => `${t}Variable`)
            .join(", ")}`,
        );
        continue;
      }
      if (!name.startsWith(`${scope}.`)) {
        this.report(
          nameNode,
          `${name} is declared among the ${scope} variables; fix: name it ${scope}.${name.split(".").pop()}`,
        );
      }
      if (declared.has(name)) this.report(nameNode, `${name} is declared twice`);
      const flag = (k: string) => (value.get(k) as unknown) === true;
      const variable: Variable = {
        name,
        type: { type: catalogueType, isArray: collection },
        secure: flag("isSecure"),
        isInput: flag("isInput"),
        isOutput: flag("isOutput"),
        hasInitialValue: hasLiteral(value.get("initialValue", true)),
        node: nameNode ?? value,
      };
      const support =
        catalogue.type[VARIABLE_TYPES[base]]?.support?.supportedFlowTypes?.[this.flowType] ?? {};
      for (const [on, what] of [
        ["isInput", "Input"],
        ["isOutput", "Output"],
      ] as const) {
        if (!variable[on]) continue;
        if (scope !== "Flow")
          this.report(
            nameNode,
            `${name} is marked ${on} but only Flow. variables can be flow ${what.toLowerCase()}s`,
          );
        else if (variable.secure)
          this.report(
            nameNode,
            `${name} is secure, and a secure variable cannot be a flow ${what.toLowerCase()}`,
          );
        else if (!support[`flow${what}${collection ? "Collection" : "Singleton"}`])
          this.report(
            nameNode,
            `${name}: a ${this.flowType} flow cannot take a ${typeName(variable.type)} as a flow ${what.toLowerCase()} (catalogue supportedFlowTypes)`,
          );
      }
      if (variable.secure && this.flowType !== "securecall")
        this.report(
          nameNode,
          `${name} is secure, but secure variables exist only in secure call flows`,
        );
      declared.set(name, variable);
    }
    return declared;
  }

  private initiallySet(scope: Scope): Set<string> {
    return new Set(
      [...scope.variables.values()].filter((v) => v.hasInitialValue).map((v) => v.name),
    );
  }

  /** Inputs must be what fills a variable nothing else sets; outputs must be set somewhere. */
  private checkUsage(variables: ReadonlyMap<string, Variable>): void {
    for (const v of variables.values()) {
      const at = v.node;
      if (this.reads.has(v.name) && !this.writes.has(v.name) && !v.hasInitialValue && !v.isInput) {
        this.report(
          at,
          `${v.name} is read but nothing sets it, so it is always NOT_SET; fix: mark it isInput: true if the flow's caller fills it, or set it before it is read`,
        );
      }
      if (v.isInput && !this.reads.has(v.name))
        this.report(at, `${v.name} is an input the flow never reads; fix: use it or remove it`);
      if (v.isOutput && !this.writes.has(v.name) && !v.hasInitialValue)
        this.report(
          at,
          `${v.name} is an output the flow never sets; fix: set it or remove isOutput`,
        );
    }
  }

  private checkStartUpRef(body: YAMLMap): void {
    const node = body.get("startUpRef", true) as Node | undefined;
    if (!node) return this.report(body, "the flow has no startUpRef");
    this.checkRef(node, "startUpRef");
  }

  private checkRef(node: unknown, what: string): void {
    const ref = scalarString(node as Node);
    // Absolute (/inboundCall/tasks/task[x]) or relative to the flow (./tasks/task[x]).
    const m = /^(?:\/([A-Za-z]+)|\.)\/([A-Za-z]+)\/([A-Za-z]+)\[(.+)\]$/.exec(ref ?? "");
    if (!m)
      return this.report(
        node as Node,
        `${what} "${ref}" is not of the form /<flow>/<collection>/<item>[<refId>]`,
      );
    const [, flowKey = this.flowKey, collection, item, refId] = m;
    const root = this.body?.get(collection, true);
    const found = seqItems(root).some((e) => {
      const unit = isMap(e) ? e.get(item, true) : undefined;
      return isMap(unit) && unit.get("refId") === refId;
    });
    if (flowKey !== this.flowKey || !found) {
      this.report(
        node as Node,
        `${what} "${ref}" points at no ${item} with refId "${refId}" in this ${this.flowKey} flow`,
      );
    }
  }

  private body: YAMLMap | undefined;

  /**
   * Walks a list of actions as Architect runs them: a branching action's outputs run, then the
   * actions after it. Returns which variables are set on every path out, or undefined when every
   * path ends the flow.
   */
  private walk(list: unknown, scope: Scope, known: ReadonlySet<string>): Set<string> | undefined {
    let current: Set<string> | undefined = new Set(known);
    for (const entry of seqItems(list)) {
      if (!current) {
        this.report(entry as Node, "this action can never run: every path before it ends the flow");
        return undefined;
      }
      if (!isMap(entry)) continue;
      const [kind, action] = single(entry);
      if (!isMap(action)) continue;
      current = this.action(kind, action, scope, current);
    }
    return current;
  }

  private branches(outputs: Array<[unknown, Set<string>]>, scope: Scope): Set<string> | undefined {
    const ends = outputs.map(([actions, known]) =>
      this.walk(isMap(actions) ? actions.get("actions", true) : undefined, scope, known),
    );
    const open = ends.filter((e): e is Set<string> => e !== undefined);
    if (open.length === 0) return undefined;
    return new Set([...open[0]].filter((name) => open.every((e) => e.has(name))));
  }

  private action(
    kind: string,
    action: YAMLMap,
    scope: Scope,
    known: Set<string>,
  ): Set<string> | undefined {
    const outputs = action.get("outputs", true);
    const output = (name: string) => (isMap(outputs) ? outputs.get(name, true) : undefined);
    switch (kind) {
      case "decision": {
        const condition = this.expression(action.get("condition", true), scope, known, {
          type: "bln",
          isArray: false,
        });
        const when = (outcome: boolean) =>
          new Set([...known, ...(condition ? provenSet(condition, outcome) : [])]);
        return this.branches(
          [
            [output("yes"), when(true)],
            [output("no"), when(false)],
          ],
          scope,
        );
      }
      case "updateData":
      case "extractSecureData": {
        const after = new Set(known);
        for (const statement of seqItems(action.get("statements", true))) {
          if (!isMap(statement)) continue;
          const [typeKey, body] = single(statement);
          if (!isMap(body)) continue;
          const target = this.target(body.get("variable", true), scope, typeKey);
          const value = body.get("value", true);
          const secure = kind === "extractSecureData";
          const typed = this.value(
            value,
            scope,
            known,
            target?.type,
            secure ? "allowed" : "refused",
          );
          if (secure && target?.secure)
            this.report(
              body,
              `${target.name} is secure; Extract Secure Data copies into a non-secure variable`,
            );
          if (
            secure &&
            typed.expr &&
            !variablesOf(typed.expr).some((n) => scope.variables.get(n)?.secure)
          )
            this.report(
              value as Node,
              "Extract Secure Data must read a secure variable; use updateData for other values",
            );
          if (
            !secure &&
            target?.secure === false &&
            typed.expr &&
            variablesOf(typed.expr).some((n) => scope.variables.get(n)?.secure)
          )
            this.report(
              value as Node,
              "reads a secure variable outside Call Secure Data and Extract Secure Data",
            );
          if (target) {
            if (typed.maybeNotSet) after.delete(target.name);
            else after.add(target.name);
          }
        }
        return after;
      }
      case "callData":
      case "callDataSecure":
        return this.callData(kind, action, scope, known);
      case "getConversationData": {
        for (const key of ["conversationId", "participantId"])
          this.value(
            action.get(key, true),
            scope,
            known,
            { type: "str", isArray: false },
            "refused",
          );
        const after = new Set(known);
        for (const entry of seqItems(action.get("attributes", true))) {
          const attribute = isMap(entry) ? entry.get("attribute", true) : undefined;
          if (!isMap(attribute)) continue;
          const target = this.target(attribute.get("variable", true), scope, "string");
          if (target) after.delete(target.name);
        }
        return this.branches(
          [
            [output("found"), after],
            [output("notFound"), after],
          ],
          scope,
        );
      }
      case "setParticipantData":
        for (const entry of seqItems(action.get("attributes", true))) {
          const attribute = isMap(entry) ? entry.get("attribute", true) : undefined;
          if (isMap(attribute))
            this.value(
              attribute.get("value", true),
              scope,
              known,
              { type: "str", isArray: false },
              "refused",
            );
        }
        return known;
      case "collectInput": {
        const inputData = action.get("inputData", true);
        const target = this.target(
          isMap(inputData) ? inputData.get("var", true) : undefined,
          scope,
          "string",
        );
        // The input is set when collectInput succeeds, and not otherwise.
        const failed = new Set([...known].filter((n) => n !== target?.name));
        const succeeded = new Set([...failed, ...(target ? [target.name] : [])]);
        return this.branches(
          [
            [output("success"), succeeded],
            [output("failure"), failed],
          ],
          scope,
        );
      }
      case "endWorkflow":
        this.value(
          action.get("exitReason", true),
          scope,
          known,
          { type: "str", isArray: false },
          "refused",
        );
        return undefined;
      case "transferToFlowSecure":
      case "transferToFlow": {
        const target = action.get("targetFlow", true);
        const name = isMap(target) ? scalarString(target.get("name", true) as Node) : undefined;
        const wanted = kind === "transferToFlowSecure" ? "securecall" : undefined;
        if (
          name !== undefined &&
          !(this.context?.flows ?? []).some(
            (f) => f.name === name && (!wanted || f.type === wanted),
          )
        ) {
          this.report(
            target as Node,
            `targetFlow "${name}" is not a ${wanted ?? ""} flow the stack publishes${this.context ? `; it publishes ${this.context.flows.map((f) => `"${f.name}" (${f.type})`).join(", ")}` : ""}`,
          );
        }
        // A failed transfer runs the failure actions; a secure flow returns the call here when it ends.
        this.branches([[output("failure"), known]], scope);
        return known;
      }
      default: {
        if (TERMINAL_ACTIONS.has(kind)) return undefined;
        if (isMap(outputs)) {
          return this.branches(
            outputs.items.map((pair) => [pair.value, new Set(known)] as [unknown, Set<string>]),
            scope,
          );
        }
        // Other containers of actions (a switch's cases and default, a loop's body): each is
        // walked as a branch, and the flow may also go on without entering any of them.
        const nested = actionLists(action);
        if (nested.length === 0) return known;
        const ends = nested.map((list) => this.walk(list, scope, known));
        return new Set([...known].filter((n) => ends.every((e) => e === undefined || e.has(n))));
      }
    }
  }

  private callData(
    kind: string,
    action: YAMLMap,
    scope: Scope,
    known: Set<string>,
  ): Set<string> | undefined {
    const category = action.get("category", true);
    const [categoryName, categoryBody] = isMap(category) ? single(category) : ["", undefined];
    const dataAction = isMap(categoryBody) ? categoryBody.get("dataAction", true) : undefined;
    const [actionName, call] = isMap(dataAction) ? single(dataAction) : ["", undefined];
    const after = new Set(known);
    if (!isMap(call)) {
      this.report(
        action,
        `${kind} names no category and data action; fix: category: { <category>: { dataAction: { <action>: { inputs, successOutputs } } } }`,
      );
      return after;
    }
    const defined = this.context?.actions.find(
      (a) => a.category === categoryName && a.name === actionName,
    );
    if (!defined) {
      const same =
        this.context?.actions
          .filter((a) => a.category === categoryName)
          .map((a) => `"${a.name}"`) ?? [];
      this.report(
        dataAction as Node,
        `calls data action "${actionName}" in category "${categoryName}", which the stack does not create${same.length ? `; that category has ${same.join(", ")}` : this.context ? "" : " (no stack renders this file)"}`,
      );
    } else if (defined.secure && kind === "callData") {
      this.report(
        dataAction as Node,
        `"${actionName}" is a secure data action; fix: call it with callDataSecure (Resource Center "Call Secure Data action")`,
      );
    } else if (!defined.secure && kind === "callDataSecure") {
      this.report(
        dataAction as Node,
        `"${actionName}" is not a secure data action, and Call Secure Data only runs actions marked secure; fix: mark the action secure or use callData`,
      );
    }
    const secureReads: SecureRead = kind === "callDataSecure" ? "allowed" : "refused";
    const inputs = call.get("inputs", true);
    const given = new Set<string>();
    for (const pair of isMap(inputs) ? inputs.items : []) {
      const name = String(isScalar(pair.key) ? pair.key.value : "");
      given.add(name);
      const property = defined?.input.properties?.[name];
      if (defined && !property) {
        this.report(
          pair.key as Node,
          `input "${name}" is not in the contract of "${actionName}"; it takes ${Object.keys(defined.input.properties ?? {}).join(", ") || "no inputs"}`,
        );
      }
      const expected = property?.type ? SCHEMA_TYPES[property.type] : undefined;
      const typed = this.value(
        pair.value,
        scope,
        known,
        expected ? { type: expected, isArray: false } : undefined,
        secureReads,
      );
      if (defined?.input.required?.includes(name) && (typed.maybeNotSet || typed.noValue)) {
        this.report(
          pair.value as Node,
          `required input "${name}" of "${actionName}" may be NOT_SET here; fix: end or branch the flow first when ${typed.expr ? show(typed.expr) : "it"} is not set`,
        );
      }
    }
    for (const name of defined?.input.required ?? []) {
      if (!given.has(name))
        this.report(call, `required input "${name}" of "${actionName}" is not given`);
    }
    const outputsNode = call.get("successOutputs", true);
    for (const pair of isMap(outputsNode) ? outputsNode.items : []) {
      const name = String(isScalar(pair.key) ? pair.key.value : "");
      const property = defined?.output.properties?.[name];
      if (defined && !property) {
        this.report(
          pair.key as Node,
          `success output "${name}" is not in the contract of "${actionName}"; it returns ${Object.keys(defined.output.properties ?? {}).join(", ") || "nothing"}`,
        );
      }
      const targetNode = isMap(pair.value) ? pair.value.get("var", true) : undefined;
      if (targetNode === undefined) continue;
      const target = this.target(targetNode, scope, undefined);
      const expected = property?.type ? SCHEMA_TYPES[property.type] : undefined;
      if (target && expected && target.type.type !== expected) {
        this.report(
          targetNode as Node,
          `${target.name} is ${typeName(target.type)} but output "${name}" is ${typeName({ type: expected, isArray: false })}`,
        );
      }
      if (target && target.secure && kind !== "callDataSecure")
        this.report(
          targetNode as Node,
          `${target.name} is secure; only Call Secure Data writes secure outputs`,
        );
      if (target) after.delete(target.name);
    }
    const outputs = action.get("outputs", true);
    if (!isMap(outputs)) return after;
    return this.branches(
      outputs.items.map((pair) => [pair.value, new Set(after)] as [unknown, Set<string>]),
      scope,
    );
  }

  /** A variable an action writes; reports it when undeclared or of another type than `typeKey`. */
  private target(node: unknown, scope: Scope, typeKey: string | undefined): Variable | undefined {
    const name = scalarString(node as Node);
    if (name === undefined) return undefined;
    const variable = scope.variables.get(name);
    if (!variable) {
      this.report(
        node as Node,
        `${name} is not declared in this flow (or this task or state); fix: declare it under variables`,
      );
      return undefined;
    }
    this.writes.add(name);
    if (typeKey !== undefined) {
      const expected =
        architectCatalogue().type[VARIABLE_TYPES[typeKey] ?? ""]?.support?.expressionDataType;
      if (expected !== variable.type.type) {
        this.report(
          node as Node,
          `${name} is ${typeName(variable.type)}, but this statement writes ${VARIABLE_TYPES[typeKey] ?? typeKey}`,
        );
      }
    }
    return variable;
  }

  /** A value: { lit }, { exp }, { noValue: true } or { var } (a variable read). */
  private value(
    node: unknown,
    scope: Scope,
    known: ReadonlySet<string>,
    expected: ValueType | undefined,
    secureReads: SecureRead,
  ): { maybeNotSet: boolean; noValue: boolean; expr?: Expr } {
    if (!isMap(node)) return { maybeNotSet: false, noValue: false };
    if (node.get("noValue") === true) return { maybeNotSet: true, noValue: true };
    if (node.has("exp")) {
      const expr = this.expression(node, scope, known, expected, secureReads);
      return { maybeNotSet: expr ? this.lastMaybeNotSet : false, noValue: false, expr };
    }
    return { maybeNotSet: false, noValue: false };
  }

  private lastMaybeNotSet = false;

  /** Parses and types the `exp` of a { exp } map; reports problems at its line. */
  private expression(
    holder: unknown,
    scope: Scope,
    known: ReadonlySet<string>,
    expected: ValueType | undefined,
    secureReads: SecureRead = "refused",
  ): Expr | undefined {
    const node = isMap(holder) ? (holder.get("exp", true) as Node | undefined) : undefined;
    this.lastMaybeNotSet = false;
    if (!node) {
      if (holder !== undefined) this.report(holder as Node, "expected { exp: <expression> }");
      return undefined;
    }
    this.seenExpressions.add(node);
    const text = scalarString(node);
    if (text === undefined) {
      this.report(node, "exp must be a string");
      return undefined;
    }
    let expr: Expr;
    try {
      expr = parseExpression(text);
    } catch (err) {
      if (!(err instanceof ExpressionSyntaxError)) throw err;
      this.report(node, `${err.message} in "${text}"`);
      return undefined;
    }
    const typed = typeExpression(expr, {
      variableType: (name) => scope.variables.get(name)?.type,
      isKnownSet: (name) => known.has(name),
      report: (problem) => this.report(node, `${problem} (in "${text}")`),
    });
    for (const name of variablesOf(expr)) {
      this.reads.add(name);
      if (secureReads === "refused" && scope.variables.get(name)?.secure) {
        this.report(
          node,
          `${name} is secure, and Architect reads secure variables only in Call Secure Data, Extract Secure Data and audio; fix: extract what you need with extractSecureData first`,
        );
      }
    }
    if (typed.type && expected && !fits(typed.type, expected)) {
      this.report(
        node,
        `"${text}" is ${typeName(typed.type)} where ${typeName(expected)} is expected`,
      );
    }
    this.lastMaybeNotSet = typed.maybeNotSet;
    return expr;
  }

  /** Expressions outside the actions the walker knows (settings, audio, …): parsed and typed too. */
  private sweepExpressions(root: unknown): void {
    const all = new Map([...this.flowVariables]);
    const visit = (node: unknown) => {
      if (isMap(node)) {
        for (const pair of node.items) {
          const key = isScalar(pair.key) ? String(pair.key.value) : "";
          // targetTaskRef, targetMenuRef, targetStateRef: wherever they appear.
          if (/^target[A-Za-z]*Ref$/.test(key)) this.checkRef(pair.value, key);
          if (
            isScalar(pair.key) &&
            pair.key.value === "exp" &&
            isScalar(pair.value) &&
            !this.seenExpressions.has(pair.value)
          ) {
            this.expression(node, { variables: all }, new Set(all.keys()), undefined, "allowed");
          }
          visit(pair.value);
        }
      } else if (isSeq(node)) node.items.forEach(visit);
    };
    // Task and state variables are in scope inside their own task or state only; the walker saw those.
    visit(root);
  }
}

function fits(actual: ValueType, expected: ValueType): boolean {
  if (actual.type === "nts") return true;
  return actual.type === expected.type && actual.isArray === expected.isArray;
}

export interface CheckFlowOptions {
  /** What the stack creates; undefined for a file no stack renders (every data action call fails). */
  readonly context?: StackContext;
  /** Maps a rendered line to the template's line. @default the same line */
  readonly templateLine?: (renderedLine: number) => number;
}

/** Every problem of one rendered flow, in line order. */
export function checkFlow(
  file: string,
  yaml: string,
  options: CheckFlowOptions = {},
): FlowProblem[] {
  const checker = new FlowChecker(
    file,
    yaml,
    options.context,
    options.templateLine ?? ((line) => line),
  );
  checker.run();
  return [...checker.problems].sort((a, b) => a.line - b.line || (a.problem < b.problem ? -1 : 1));
}
