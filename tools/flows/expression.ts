/**
 * Architect expressions, parsed by Genesys' own parser (./architectSdk) into a small tree, then
 * typed against Genesys' function catalogue: every function and operator must exist with an
 * overload that takes its arguments' count and types, and no parameter that refuses NOT_SET may
 * be handed a value that can be NOT_SET.
 */
import {
  ARCHITECT_SDK_PACKAGE,
  architectCatalogue,
  architectSdkVersion,
  parseArchitectExpression,
  type CatalogueEntry,
  type CatalogueOverload,
  type CatalogueParameter,
  type ParseNode,
  type TypeCode,
} from "./architectSdk";

export type Expr =
  | { readonly kind: "literal"; readonly type: TypeCode; readonly text: string }
  | { readonly kind: "variable"; readonly name: string }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly Expr[] }
  | { readonly kind: "operator"; readonly symbol: string; readonly args: readonly Expr[] }
  | { readonly kind: "property"; readonly object: Expr; readonly name: string }
  | { readonly kind: "index"; readonly object: Expr; readonly index: Expr };

/** A value's type: a catalogue type code, and whether it is a collection. */
export interface ValueType {
  readonly type: TypeCode;
  readonly isArray: boolean;
}

/**
 * A function Architect gained after the pinned SDK was published. An entry is accepted only with
 * the Resource Center article that documents it; none is needed today.
 */
export interface AddedFunction {
  readonly name: string;
  /** The Resource Center (help.mypurecloud.com) article that documents the function. */
  readonly source: string;
  readonly overloads: readonly CatalogueOverload[];
}

export const ADDED_FUNCTIONS: readonly AddedFunction[] = [];

/** Throws unless every added function names the Resource Center article that documents it. */
export function validateAddedFunctions(list: readonly AddedFunction[]): readonly AddedFunction[] {
  for (const added of list) {
    if (!/^https:\/\/help\.mypurecloud\.com\/\S+$/.test(added.source))
      throw new Error(
        `ADDED_FUNCTIONS: ${added.name} names no Resource Center article; fix: set source to the help.mypurecloud.com page that documents it`,
      );
  }
  return list;
}

const LITERAL_TYPES: Record<string, TypeCode> = {
  STRING_LITERAL: "str",
  INTEGER: "int",
  DECIMAL: "dec",
  BOOL_TRUE: "bln",
  BOOL_FALSE: "bln",
  NOT_SET: "nts",
};

/** Why an expression cannot be read, naming the offending part. */
export class ExpressionSyntaxError extends Error {}

/** Parses `text` with Genesys' parser; throws ExpressionSyntaxError when Architect would not read it. */
export function parseExpression(text: string): Expr {
  const { tree, errors } = parseArchitectExpression(text);
  if (errors.length > 0) throw new ExpressionSyntaxError(`syntax error: ${errors[0]}`);
  if (!tree) throw new ExpressionSyntaxError("the expression is empty");
  const items = tree.token === "LIST" ? tree.children : [tree];
  if (items.length === 0) throw new ExpressionSyntaxError(`cannot read "${text}"`);
  return single(operands(items), text);
}

function single(list: Expr[], context: string): Expr {
  if (list.length !== 1)
    throw new ExpressionSyntaxError(`expected one value in "${context}", found ${list.length}`);
  return list[0];
}

function bad(node: ParseNode): never {
  if (node.token === "NON_SUPPORTED")
    throw new ExpressionSyntaxError(
      `"${node.text}" at column ${node.column + 1} is not part of Architect's expression language`,
    );
  throw new ExpressionSyntaxError(
    node.token === "ERROR"
      ? "syntax error: the expression is incomplete"
      : `unexpected "${node.text}" at column ${node.column + 1}`,
  );
}

/**
 * The parser's tree keeps some operands as runs of sibling tokens: a variable is IDENTIFIER
 * followed by FIELD_ACCESS_IDENTIFIER leaves, and a parenthesised group is "(" … ")" siblings.
 * This folds a run of siblings into the values it holds.
 */
function operands(nodes: readonly ParseNode[]): Expr[] {
  const out: Expr[] = [];
  let i = 0;
  while (i < nodes.length) {
    const node = nodes[i];
    if (node.token === "PAREN_LEFT" && node.children.length === 0) {
      let depth = 0;
      let j = i;
      for (; j < nodes.length; j++) {
        if (nodes[j].token === "PAREN_LEFT" && nodes[j].children.length === 0) depth++;
        if (nodes[j].token === "PAREN_RIGHT" && --depth === 0) break;
      }
      if (j >= nodes.length) bad(node);
      out.push(single(operands(nodes.slice(i + 1, j)), "( … )"));
      i = j + 1;
    } else if (node.token === "IDENTIFIER" && node.children.length === 0) {
      const fields: string[] = [];
      while (
        nodes[i + 1]?.token === "FIELD_ACCESS_IDENTIFIER" &&
        nodes[i + 1].children.length === 0
      ) {
        fields.push(nodes[++i].text.slice(1));
      }
      if (fields.length === 0)
        throw new ExpressionSyntaxError(
          `"${node.text}" at column ${node.column + 1} is neither a function call nor a variable (Scope.name)`,
        );
      let value: Expr = { kind: "variable", name: `${node.text}.${fields[0]}` };
      for (const field of fields.slice(1)) value = { kind: "property", object: value, name: field };
      out.push(value);
      i++;
    } else {
      out.push(convert(node));
      i++;
    }
  }
  return out;
}

function convert(node: ParseNode): Expr {
  if (node.token in LITERAL_TYPES && node.children.length === 0) {
    return { kind: "literal", type: LITERAL_TYPES[node.token], text: node.text };
  }
  switch (node.token) {
    case "IDENTIFIER": {
      // A function call: IDENTIFIER[ "(" arg "," arg … ")" ].
      const inner = node.children;
      if (inner[0]?.token !== "PAREN_LEFT" || inner[inner.length - 1]?.token !== "PAREN_RIGHT")
        bad(inner.find((c) => c.token === "ERROR" || c.token === "NON_SUPPORTED") ?? node);
      const body = inner.slice(1, -1);
      const args: Expr[] = [];
      let part: ParseNode[] = [];
      for (const child of [...body, undefined]) {
        if (child && child.token !== "COMMA") {
          part.push(child);
          continue;
        }
        if (part.length === 0 && (body.length > 0 || child))
          throw new ExpressionSyntaxError(`an argument of ${node.text}(…) is empty`);
        if (part.length > 0) args.push(single(operands(part), `${node.text}(…)`));
        part = [];
      }
      return { kind: "call", name: node.text, args };
    }
    case "FIELD_ACCESS_IDENTIFIER":
      return {
        kind: "property",
        object: single(operands(node.children), node.text),
        name: node.text.slice(1),
      };
    case "BRACKET_LEFT": {
      const close = node.children.findIndex((c) => c.token === "BRACKET_RIGHT");
      if (close < 0) bad(node);
      return {
        kind: "index",
        index: single(operands(node.children.slice(0, close)), "[ … ]"),
        object: single(operands(node.children.slice(close + 1)), "[ … ]"),
      };
    }
    case "TERNARY_IF": {
      const split = node.children.findIndex((c) => c.token === "TERNARY_THEN");
      if (split < 0) bad(node);
      const [condition, then] = operands(node.children.slice(0, split));
      const otherwise = single(operands(node.children.slice(split + 1)), "… : …");
      if (!condition || !then) bad(node);
      return { kind: "operator", symbol: "?", args: [condition, then, otherwise] };
    }
    default:
      if (node.token.startsWith("OP_") && node.children.length > 0) {
        return { kind: "operator", symbol: node.text.toLowerCase(), args: operands(node.children) };
      }
      return bad(node);
  }
}

/** The expression as Architect would print it (for messages). */
export function show(expr: Expr): string {
  switch (expr.kind) {
    case "literal":
      return expr.text;
    case "variable":
      return expr.name;
    case "call":
      return `${expr.name}(${expr.args.map(show).join(", ")})`;
    case "property":
      return `${show(expr.object)}.${expr.name}`;
    case "index":
      return `${show(expr.object)}[${show(expr.index)}]`;
    case "operator":
      if (expr.symbol === "?")
        return `${show(expr.args[0])} ? ${show(expr.args[1])} : ${show(expr.args[2])}`;
      return expr.args.length === 1
        ? `${expr.symbol}${show(expr.args[0])}`
        : `${show(expr.args[0])} ${expr.symbol} ${show(expr.args[1])}`;
  }
}

/** Readable names of the catalogue's type codes, from the catalogue itself (e.g. str → String). */
function typeNames(): Map<TypeCode, string> {
  const names = new Map<TypeCode, string>();
  for (const [name, type] of Object.entries(architectCatalogue().type)) {
    const code = type.support?.expressionDataType;
    if (code && !names.has(code)) names.set(code, name);
  }
  names.set("nts", "NOT_SET");
  return names;
}

let cachedTypeNames: Map<TypeCode, string> | undefined;

export function typeName(t: ValueType): string {
  cachedTypeNames ??= typeNames();
  const base = cachedTypeNames.get(t.type) ?? t.type;
  return t.isArray ? `${base} collection` : base;
}

interface Index {
  readonly functions: Map<string, CatalogueEntry>;
  readonly operators: Map<string, CatalogueEntry[]>;
}

let cachedIndex: Index | undefined;

function index(): Index {
  if (cachedIndex) return cachedIndex;
  const functions = new Map<string, CatalogueEntry>();
  const operators = new Map<string, CatalogueEntry[]>();
  for (const entry of Object.values(architectCatalogue().expression)) {
    if (entry.type === "function" && entry.name) functions.set(entry.name.toLowerCase(), entry);
    if (entry.type === "operator" && entry.symbol) {
      const key = entry.symbol.toLowerCase();
      operators.set(key, [...(operators.get(key) ?? []), entry]);
    }
  }
  for (const added of validateAddedFunctions(ADDED_FUNCTIONS)) {
    functions.set(added.name.toLowerCase(), {
      identifier: added.name,
      type: "function",
      name: added.name,
      overloads: added.overloads,
    });
  }
  cachedIndex = { functions, operators };
  return cachedIndex;
}

/** What an expression needs from where it stands: the variables in scope and which are set. */
export interface TypeEnvironment {
  /** Declared type of a variable in scope, or undefined when it is not declared here. */
  readonly variableType: (name: string) => ValueType | undefined;
  /** True when every path to here has set the variable. */
  readonly isKnownSet: (name: string) => boolean;
  /** Reports a problem found in the expression. */
  readonly report: (problem: string) => void;
}

export interface Typed {
  /** Undefined when a problem already made the type unknowable (no second report for it). */
  readonly type: ValueType | undefined;
  /** True when the value can be NOT_SET at run time. */
  readonly maybeNotSet: boolean;
}

const UNKNOWN: Typed = { type: undefined, maybeNotSet: false };

function accepts(param: CatalogueParameter, arg: ValueType): boolean {
  if (arg.type === "nts") return param.type === "nts" || (param.type === "any" && !param.isArray);
  if (param.isArray !== arg.isArray) return false;
  if (param.type === "any") return true;
  if (param.type === "acp") return arg.type.startsWith("cpx");
  if (param.type === "apa") return arg.type === "aud" || arg.type === "pmt";
  return param.type === arg.type;
}

function parametersFor(
  overload: CatalogueOverload,
  count: number,
): CatalogueParameter[] | undefined {
  const params = overload.parameters;
  const last = params[params.length - 1];
  if (count === params.length) return [...params];
  if (last?.repeatable && count > params.length)
    return [...params, ...Array<CatalogueParameter>(count - params.length).fill(last)];
  return undefined;
}

function sameType(types: readonly ValueType[]): boolean {
  const set = types.filter((t) => t.type !== "nts");
  return set.every((t) => t.type === set[0].type && t.isArray === set[0].isArray);
}

function arities(entry: CatalogueEntry): string {
  const counts = [...new Set(entry.overloads.map((o) => o.parameters.length))].sort(
    (a, b) => a - b,
  );
  const repeatable = entry.overloads.some((o) => o.parameters[o.parameters.length - 1]?.repeatable);
  return `${counts.join(" or ")}${repeatable ? " or more" : ""}`;
}

function signature(overload: CatalogueOverload): string {
  return overload.parameters
    .map((p) => typeName({ type: p.type, isArray: p.isArray }) + (p.repeatable ? "…" : ""))
    .join(", ");
}

function resolveCall(
  label: string,
  entry: CatalogueEntry,
  args: readonly Expr[],
  env: TypeEnvironment,
): Typed {
  const typedArgs = args.map((a) => typeExpression(a, env));
  const byArity = entry.overloads
    .map((o) => ({ overload: o, params: parametersFor(o, args.length) }))
    .filter((c): c is { overload: CatalogueOverload; params: CatalogueParameter[] } => !!c.params);
  if (byArity.length === 0) {
    env.report(`${label} takes ${arities(entry)} argument(s), got ${args.length}`);
    return UNKNOWN;
  }
  if (typedArgs.some((t) => t.type === undefined)) return UNKNOWN;
  const types = typedArgs.map((t) => t.type as ValueType);
  const match = byArity.find(
    ({ overload, params }) =>
      params.every((p, i) => accepts(p, types[i])) &&
      (!/SameType|^If$/.test(overload.support.resolver) ||
        sameType(overload.support.resolver === "If" ? types.slice(1) : types)),
  );
  if (!match) {
    env.report(
      `${label} has no overload for (${types.map(typeName).join(", ")}); it takes ${byArity
        .map((c) => `(${signature(c.overload)})`)
        .join(" or ")}`,
    );
    return UNKNOWN;
  }
  let maybeNotSet = false;
  match.params.forEach((param, i) => {
    if (!typedArgs[i].maybeNotSet) return;
    if (!param.allowNotSet) {
      env.report(
        `${show(args[i])} may be NOT_SET here, and ${label} does not accept NOT_SET for ${param.identifier}; fix: end or branch the flow first when it is not set (a decision on IsNotSetOrEmpty(${variablesOf(args[i]).find((n) => !env.isKnownSet(n)) ?? show(args[i])}))`,
      );
    } else {
      maybeNotSet = true;
    }
  });
  const ret = match.overload.returnValue;
  const type =
    ret.type === "any" && match.overload.support.resolver === "If"
      ? (types.slice(1).find((t) => t.type !== "nts") ?? types[1])
      : { type: ret.type, isArray: ret.isArray };
  // A boolean answer (IsSet, ==, !=, AreEqual, …) is true or false even about NOT_SET values.
  return { type, maybeNotSet: maybeNotSet && ret.type !== "bln" };
}

/** Types `expr`, reporting unknown functions, bad overloads, undeclared variables and NOT_SET misuse. */
export function typeExpression(expr: Expr, env: TypeEnvironment): Typed {
  switch (expr.kind) {
    case "literal":
      return { type: { type: expr.type, isArray: false }, maybeNotSet: expr.type === "nts" };
    case "variable": {
      const type = env.variableType(expr.name);
      if (!type) {
        env.report(`${expr.name} is not declared in this flow; fix: declare it under variables`);
        return UNKNOWN;
      }
      return { type, maybeNotSet: !env.isKnownSet(expr.name) };
    }
    case "call": {
      const entry = index().functions.get(expr.name.toLowerCase());
      if (!entry) {
        env.report(
          `${expr.name} is not an Architect function (not in the function catalogue of ${ARCHITECT_SDK_PACKAGE}@${architectSdkVersion()}); fix: use a catalogue function${suggestion(expr.name)}`,
        );
        expr.args.forEach((a) => typeExpression(a, env));
        return UNKNOWN;
      }
      if (entry.name !== expr.name)
        env.report(`${expr.name} is spelled ${entry.name} in Architect; fix: write ${entry.name}`);
      return resolveCall(entry.name ?? expr.name, entry, expr.args, env);
    }
    case "operator": {
      const candidates = (index().operators.get(expr.symbol) ?? []).filter((e) =>
        e.overloads.some((o) => parametersFor(o, expr.args.length)),
      );
      if (candidates.length === 0) {
        env.report(
          `operator ${expr.symbol} with ${expr.args.length} operand(s) is not in the catalogue`,
        );
        return UNKNOWN;
      }
      return resolveCall(`operator ${expr.symbol}`, candidates[0], expr.args, env);
    }
    case "property": {
      const object = typeExpression(expr.object, env);
      if (!object.type) return UNKNOWN;
      const objectType = object.type;
      const type = Object.values(architectCatalogue().type).find(
        (t) => t.support?.expressionDataType === objectType.type,
      );
      const property = objectType.isArray
        ? undefined
        : type?.nativeProperties?.find((p) => p.name === expr.name);
      if (!property) {
        env.report(
          `${typeName(objectType)} has no property ${expr.name}${type?.nativeProperties?.length ? `; it has ${type.nativeProperties.map((p) => p.name).join(", ")}` : ""}`,
        );
        return UNKNOWN;
      }
      // Computed properties (e164 of a number that does not parse) can be NOT_SET.
      return { type: { type: property.type, isArray: property.isCollection }, maybeNotSet: true };
    }
    case "index": {
      const object = typeExpression(expr.object, env);
      const position = typeExpression(expr.index, env);
      if (!object.type || !position.type) return UNKNOWN;
      if (!object.type.isArray) {
        env.report(`${show(expr.object)} is not a collection, so it cannot be indexed`);
        return UNKNOWN;
      }
      if (position.type.type !== "int" || position.type.isArray)
        env.report(`the index of ${show(expr.object)} must be an Integer`);
      return { type: { type: object.type.type, isArray: false }, maybeNotSet: true };
    }
  }
}

function suggestion(name: string): string {
  const lower = name.toLowerCase();
  const names = [...index().functions.values()].map((e) => e.name as string);
  // Only close spellings: ToUpper → Upper, IsNotSet → IsNotSetOrEmpty.
  const close = names.filter((n) => {
    const other = n.toLowerCase();
    return (
      (other.length >= 4 && lower.includes(other)) || (lower.length >= 4 && other.startsWith(lower))
    );
  });
  return close.length > 0 ? `, e.g. ${close.slice(0, 3).join(" or ")}` : "";
}

/**
 * What a decision's outcome proves about NOT_SET: the variables set when `condition` is `outcome`.
 * Understands IsSet, IsNotSetOrEmpty, !, and, or.
 */
export function provenSet(condition: Expr, outcome: boolean): string[] {
  if (condition.kind === "call" && condition.args.length === 1) {
    const [arg] = condition.args;
    if (arg.kind !== "variable") return [];
    const name = condition.name.toLowerCase();
    if (name === "isset" && outcome) return [arg.name];
    if (name === "isnotsetorempty" && !outcome) return [arg.name];
    return [];
  }
  if (condition.kind === "operator") {
    const [a, b] = condition.args;
    if (condition.symbol === "!" && condition.args.length === 1) return provenSet(a, !outcome);
    if (condition.symbol === "and" && outcome)
      return [...provenSet(a, true), ...provenSet(b, true)];
    if (condition.symbol === "or" && !outcome)
      return [...provenSet(a, false), ...provenSet(b, false)];
  }
  return [];
}

/** Every variable an expression reads. */
export function variablesOf(expr: Expr): string[] {
  switch (expr.kind) {
    case "variable":
      return [expr.name];
    case "literal":
      return [];
    case "call":
    case "operator":
      return expr.args.flatMap(variablesOf);
    case "property":
      return variablesOf(expr.object);
    case "index":
      return [...variablesOf(expr.object), ...variablesOf(expr.index)];
  }
}
