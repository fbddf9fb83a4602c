/**
 * EventBridge event-pattern validation and matching, for replaying events offline through the
 * rules a stack synthesizes. EventBridge matches with aws/event-ruler's `JsonRuleCompiler` and
 * `rulesForJSONEvent`; this file follows that code and the EventBridge user guide:
 * - https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html
 * - https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html
 * - https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns-arrays.html
 * - https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns-null-values.html
 * - https://github.com/aws/event-ruler (README, JsonRuleCompiler.java, ByteMachine.java, ACFinder.java)
 * Where the two disagree (numbers: the guide says 300 and 300.0 differ, AWS matches them), the
 * behaviour recorded against real AWS in localstack's event_pattern_templates wins.
 */
import { comparableOrUndefined, toComparable } from "./comparableNumber";
import { cidrRange, compareBytes, IpError, ipBytes, ipBytesOrUndefined } from "./ip";

/** Default "Event pattern size" quota (L-664C5505): 2048 characters, adjustable up to 4096. */
export const EVENT_PATTERN_MAX_LENGTH = 2048;

/** Options for {@link validateEventPattern} and {@link compileEventPattern}. */
export interface EventPatternOptions {
  /** Largest accepted pattern, in characters of its JSON text. @default EVENT_PATTERN_MAX_LENGTH (the default quota). */
  readonly maxLength?: number;
}

/** A pattern compiled once and applied to many events. */
export type CompiledEventPattern = (event: unknown) => boolean;

type Scalar = string | number | boolean | null;
type ValueMatcher = (value: Scalar) => boolean;
type Where = ReadonlyArray<string | number>;

/** One field of one `$or` branch: the leaf path, what its values may be, and whether absence also matches. */
interface FieldRule {
  readonly path: string;
  readonly matchers: ValueMatcher[];
  readonly mayBeAbsent: boolean;
}

type Rule = Map<string, FieldRule>;
const ABSENT = Symbol("exists:false");
type Expression = ValueMatcher | typeof ABSENT;

// Field names event-ruler refuses inside $or (Constants.RESERVED_FIELD_NAMES_IN_OR_RELATIONSHIP).
const RESERVED_IN_OR = new Set([
  "exactly",
  "equals-ignore-case",
  "prefix",
  "suffix",
  "anything-but",
  "exists",
  "wildcard",
  "numeric",
  "cidr",
  "html",
  "=",
  "<",
  "<=",
  ">",
  ">=",
  "regex",
  "not-wildcard",
  "not-equals-ignore-case",
  "date-after",
  "date-on-or-after",
  "date-before",
  "date-on-or-before",
  "in-date-range",
  "ip-address-in-range",
  "ip-address-not-in-range",
]);

/** Throws an Error naming the offending path when the pattern itself is invalid (as PutRule would reject it). */
export function validateEventPattern(pattern: unknown, options: EventPatternOptions = {}): void {
  compileEventPattern(pattern, options);
}

/**
 * Validates `pattern` (an object or its JSON text) and returns a matcher to apply to many events.
 * The matcher takes a parsed event (or its JSON text) and never serializes it.
 */
export function compileEventPattern(
  pattern: unknown,
  options: EventPatternOptions = {},
): CompiledEventPattern {
  const root = parsePatternText(pattern, options.maxLength ?? EVENT_PATTERN_MAX_LENGTH);
  if (!isPlainObject(root)) fail([], "Filter is not an object", root);
  const branches = parseObject(root, "", [], [], false).map((rule) =>
    [...rule.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  );
  const paths = new Set<string>();
  const prefixes = new Set<string>();
  for (const branch of branches) {
    for (const field of branch) {
      paths.add(field.path);
      for (let dot = field.path.indexOf("."); dot !== -1; dot = field.path.indexOf(".", dot + 1)) {
        prefixes.add(field.path.slice(0, dot));
      }
      prefixes.add(field.path);
    }
  }
  return (event) => {
    const body = typeof event === "string" ? parseEventText(event) : event;
    if (!isPlainObject(body)) return false;
    const leaves = collectLeaves(body, paths, prefixes);
    return branches.some((branch) => matchFields(branch, 0, leaves, undefined));
  };
}

const compiledByObject = new WeakMap<object, CompiledEventPattern>();
const compiledByText = new Map<string, CompiledEventPattern>();

/** True when `event` matches `pattern`; compiles each distinct pattern once and reuses it. */
export function matchesEventPattern(pattern: unknown, event: unknown): boolean {
  return cachedCompile(pattern)(event);
}

function cachedCompile(pattern: unknown): CompiledEventPattern {
  if (typeof pattern === "object" && pattern !== null) {
    let compiled = compiledByObject.get(pattern);
    if (compiled === undefined) {
      compiled = compileEventPattern(pattern);
      compiledByObject.set(pattern, compiled);
    }
    return compiled;
  }
  if (typeof pattern === "string") {
    let compiled = compiledByText.get(pattern);
    if (compiled === undefined) {
      compiled = compileEventPattern(pattern);
      if (compiledByText.size >= 256) compiledByText.clear();
      compiledByText.set(pattern, compiled);
    }
    return compiled;
  }
  return compileEventPattern(pattern);
}

// ---------------------------------------------------------------------------------------------
// Validation and compilation, in JsonRuleCompiler's order so the first error reported is AWS's.

class EventPatternError extends Error {}

function fail(where: Where, reason: string, value?: unknown): never {
  const shown =
    value === undefined ? "" : ` (got ${truncate(JSON.stringify(value) ?? String(value))})`;
  throw new EventPatternError(
    `Event pattern is not valid at ${renderWhere(where)}: ${reason}${shown}. ` +
      `PutRule rejects it with InvalidEventPatternException; fix the pattern as the EventBridge guide describes ` +
      `(https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html).`,
  );
}

function renderWhere(where: Where): string {
  if (where.length === 0) return "the pattern root";
  return where
    .map((step, i) => (typeof step === "number" ? `[${step}]` : i === 0 ? step : `.${step}`))
    .join("");
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function parsePatternText(pattern: unknown, maxLength: number): unknown {
  const text = typeof pattern === "string" ? pattern : JSON.stringify(pattern);
  if (text === undefined) fail([], "Filter is not an object", String(pattern));
  if (text.length > maxLength) {
    throw new EventPatternError(
      `Event pattern is ${text.length} characters of JSON; EventBridge accepts at most ${maxLength} ` +
        `(quota "Event pattern size", default 2048, adjustable to 4096); fix: shorten the pattern or split it into several rules.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail([], `Filter is not valid JSON: ${(error as Error).message}`);
  }
}

function parseObject(
  node: Record<string, unknown>,
  path: string,
  at: Where,
  rules: Rule[],
  insideOr: boolean,
): Rule[] {
  const keys = Object.keys(node);
  if (keys.length === 0) fail(at, "Empty objects are not allowed");
  for (const key of keys) {
    const value = node[key];
    const where = [...at, key];
    if (key === "$or") {
      rules = parseOr(value, path, where, rules);
      continue;
    }
    if (insideOr && RESERVED_IN_OR.has(key)) {
      fail(where, `${key} is Ruler reserved fieldName which cannot be used inside $or.`);
    }
    const name = path === "" ? key : `${path}.${key}`;
    if (isPlainObject(value)) rules = parseObject(value, name, where, rules, insideOr);
    else if (Array.isArray(value)) rules = writeField(value, name, where, rules);
    else fail(where, `"${key}" must be an object or an array`, value);
  }
  return rules;
}

// "$or" forks every branch built so far once per alternative (JsonRuleCompiler.parseIntoOrRelationship).
function parseOr(value: unknown, path: string, at: Where, rules: Rule[]): Rule[] {
  if (!Array.isArray(value)) fail(at, "It must be an Array followed with $or.", value);
  const forked: Rule[] = [];
  value.forEach((alternative, i) => {
    if (!isPlainObject(alternative)) {
      fail([...at, i], "Only JSON object is allowed in array of $or relationship.", alternative);
    }
    const copies = rules.length === 0 ? [new Map()] : rules.map((rule) => new Map(rule));
    forked.push(...parseObject(alternative, path, [...at, i], copies, true));
  });
  if (value.length < 2) fail(at, "There must have at least 2 Objects in $or relationship.");
  return forked;
}

function writeField(values: unknown[], path: string, at: Where, rules: Rule[]): Rule[] {
  const matchers: ValueMatcher[] = [];
  let mayBeAbsent = false;
  values.forEach((value, i) => {
    const where = [...at, i];
    if (isPlainObject(value)) {
      const expression = parseExpression(value, where);
      if (expression === ABSENT) mayBeAbsent = true;
      else matchers.push(expression);
    } else if (typeof value === "string") matchers.push(exactString(value));
    else if (typeof value === "number") matchers.push(exactNumber(value));
    else if (typeof value === "boolean" || value === null) matchers.push((leaf) => leaf === value);
    else fail(where, "Match value must be String, number, true, false, or null", value);
  });
  if (values.length === 0) fail(at, "Empty arrays are not allowed");
  const field: FieldRule = { path, matchers, mayBeAbsent };
  const out = rules.length === 0 ? [new Map<string, FieldRule>()] : rules;
  for (const rule of out) rule.set(path, field);
  return out;
}

function parseExpression(expression: Record<string, unknown>, at: Where): Expression {
  const keys = Object.keys(expression);
  if (keys.length === 0) fail(at, "Match expression name not found");
  const operator = keys[0];
  const operand = expression[operator];
  const where = [...at, operator];
  const single = (reason = "Only one key allowed in match expression") => {
    if (keys.length > 1) fail(at, reason, expression);
  };
  switch (operator) {
    case "prefix":
    case "suffix": {
      if (isPlainObject(operand)) {
        const text = ignoreCaseOperand(operator, operand, where);
        single();
        return operator === "prefix" ? prefixIgnoreCase(text) : suffixIgnoreCase(text);
      }
      if (typeof operand !== "string")
        fail(where, `${operator} match pattern must be a string`, operand);
      single();
      return operator === "prefix"
        ? (leaf) => typeof leaf === "string" && leaf.startsWith(operand)
        : (leaf) => typeof leaf === "string" && leaf.endsWith(operand);
    }
    case "equals-ignore-case": {
      if (typeof operand !== "string")
        fail(where, "equals-ignore-case match pattern must be a string", operand);
      single();
      const lower = operand.toLowerCase();
      return (leaf) => typeof leaf === "string" && leaf.toLowerCase() === lower;
    }
    case "wildcard": {
      if (typeof operand !== "string")
        fail(where, "wildcard match pattern must be a string", operand);
      const regex = wildcardRegex(operand, where);
      single();
      return (leaf) => typeof leaf === "string" && regex.test(leaf);
    }
    case "numeric": {
      if (!Array.isArray(operand)) fail(where, "Value of numeric must be an array.", operand);
      const matcher = numericMatcher(operand, where);
      single("Too many elements in numeric expression");
      return matcher;
    }
    case "anything-but": {
      const matcher = anythingButMatcher(operand, where);
      single("Too many elements in numeric expression");
      return matcher;
    }
    case "exists": {
      if (typeof operand !== "boolean")
        fail(where, "exists match pattern must be either true or false.", operand);
      single();
      return operand ? () => true : ABSENT;
    }
    case "cidr": {
      if (typeof operand !== "string")
        fail(where, "prefix match pattern must be a string", operand);
      const matcher = cidrMatcher(operand, where);
      single();
      return matcher;
    }
    default:
      return fail(where, `Unrecognized match type ${operator}`);
  }
}

function ignoreCaseOperand(
  operator: string,
  operand: Record<string, unknown>,
  where: Where,
): string {
  const keys = Object.keys(operand);
  const title = operator === "prefix" ? "Prefix" : "Suffix";
  if (keys.length === 0) fail(where, `${title} expression name not found`);
  if (keys[0] !== "equals-ignore-case") fail(where, `Unsupported ${operator} pattern: ${keys[0]}`);
  const text = operand[keys[0]];
  if (typeof text !== "string")
    fail([...where, keys[0]], "equals-ignore-case match pattern must be a string", text);
  if (keys.length > 1) fail(where, "Only one key allowed in match expression", operand);
  return text;
}

function prefixIgnoreCase(text: string): ValueMatcher {
  const lower = text.toLowerCase();
  return (leaf) => typeof leaf === "string" && leaf.toLowerCase().startsWith(lower);
}

function suffixIgnoreCase(text: string): ValueMatcher {
  const lower = text.toLowerCase();
  return (leaf) => typeof leaf === "string" && leaf.toLowerCase().endsWith(lower);
}

// A string that is an IP literal becomes an IP range in event-ruler, so "10.0.0.1" also matches
// other spellings of the same address; any other string is compared character by character.
function exactString(text: string): ValueMatcher {
  let ip: Uint8Array | undefined;
  try {
    ip = ipBytes(text);
  } catch {
    ip = undefined;
  }
  if (ip === undefined) return (leaf) => leaf === text;
  const wanted = ip;
  return (leaf) => {
    if (typeof leaf !== "string") return false;
    const got = ipBytesOrUndefined(leaf);
    return got !== undefined && got.length === wanted.length && compareBytes(got, wanted) === 0;
  };
}

// event-ruler adds both a numeric-equals and a literal matcher for a number in a pattern, so 300
// matches 300.0 and numbers it cannot compare (account ids written as numbers) still match
// literally. JSON.parse already turns every spelling of a number into one double, and two
// doubles with at most 6 decimals are equal exactly when their millionths are, so === covers both.
function exactNumber(n: number): ValueMatcher {
  return (leaf) => leaf === n;
}

function comparableOperand(n: number, where: Where): number {
  const c = toComparable(n);
  if (typeof c === "string") fail(where, c, n);
  return c;
}

function numericMatcher(terms: unknown[], where: Where): ValueMatcher {
  const shown = (term: unknown) =>
    term === undefined ? "]" : typeof term === "string" ? term : JSON.stringify(term);
  const [operator, first, secondOperator, second] = terms;
  if (typeof operator !== "string")
    fail(where, `Invalid member in numeric match: ${shown(operator)}`);
  if (!["=", "<", "<=", ">", ">="].includes(operator))
    fail(where, `Unrecognized numeric range operator: ${operator}`);
  if (typeof first !== "number")
    fail(where, `Value of ${operator === "=" ? "equals" : operator} must be numeric`, first);
  const bound = comparableOperand(first, where);
  const test =
    (check: (c: number) => boolean): ValueMatcher =>
    (leaf) => {
      if (typeof leaf !== "number") return false;
      const c = comparableOrUndefined(leaf);
      return c !== undefined && check(c);
    };
  if (operator === "=" || operator === "<" || operator === "<=") {
    if (terms.length > 2) fail(where, "Too many elements in numeric expression", terms);
    if (operator === "=") return test((c) => c === bound);
    return operator === "<" ? test((c) => c < bound) : test((c) => c <= bound);
  }
  if (terms.length === 2)
    return operator === ">" ? test((c) => c > bound) : test((c) => c >= bound);
  if (typeof secondOperator !== "string")
    fail(where, `Bad value in numeric range: ${shown(secondOperator)}`);
  if (secondOperator !== "<" && secondOperator !== "<=")
    fail(where, `Bad numeric range operator: ${secondOperator}`);
  if (typeof second !== "number") fail(where, `Value of ${secondOperator} must be numeric`, second);
  if (terms.length > 4) fail(where, "Too many terms in numeric range expression", terms);
  const top = comparableOperand(second, where);
  if (top <= bound) fail(where, "Bottom must be less than top", terms);
  const above = operator === ">" ? (c: number) => c > bound : (c: number) => c >= bound;
  const below = secondOperator === "<" ? (c: number) => c < top : (c: number) => c <= top;
  return test((c) => above(c) && below(c));
}

function cidrMatcher(cidr: string, where: Where): ValueMatcher {
  let range: { bottom: Uint8Array; top: Uint8Array };
  try {
    range = cidrRange(cidr);
  } catch (error) {
    if (error instanceof IpError) fail(where, error.message, cidr);
    throw error;
  }
  const { bottom, top } = range;
  return (leaf) => {
    if (typeof leaf !== "string") return false;
    const ip = ipBytesOrUndefined(leaf);
    return (
      ip !== undefined &&
      ip.length === bottom.length &&
      compareBytes(ip, bottom) >= 0 &&
      compareBytes(ip, top) <= 0
    );
  };
}

type AnythingButKind = "equals-ignore-case" | "prefix" | "suffix" | "wildcard";
const ANYTHING_BUT_KINDS: readonly string[] = [
  "equals-ignore-case",
  "prefix",
  "suffix",
  "wildcard",
];

// anything-but only ever fails on a value of the excluded kind: a number never equals an excluded
// string, and prefix/suffix/wildcard/ignore-case exclusions only apply to strings (ByteMachine
// doTransitionOn). A missing field has no value, so anything-but does not match it.
function anythingButMatcher(operand: unknown, where: Where): ValueMatcher {
  let kind: AnythingButKind | undefined;
  let values = operand;
  let valuesWhere = where;
  let extraKeys = false;
  if (isPlainObject(operand)) {
    const keys = Object.keys(operand);
    if (keys.length === 0) fail(where, "Anything-But expression name not found");
    if (!ANYTHING_BUT_KINDS.includes(keys[0]))
      fail(where, `Unsupported anything-but pattern: ${keys[0]}`);
    kind = keys[0] as AnythingButKind;
    values = operand[kind];
    valuesWhere = [...where, kind];
    extraKeys = keys.length > 1;
  }
  if (!Array.isArray(values) && typeof values !== "string" && typeof values !== "number") {
    fail(
      valuesWhere,
      "Value of anything-but must be an array or single string/number value.",
      values,
    );
  }
  const matcher =
    kind === undefined
      ? plainAnythingBut(values, valuesWhere)
      : stringAnythingBut(kind, values, valuesWhere);
  if (extraKeys) fail(where, "Too many elements in numeric expression", operand);
  return matcher;
}

function plainAnythingBut(values: unknown[] | string | number, where: Where): ValueMatcher {
  const list = Array.isArray(values) ? values : [values];
  const strings = new Set<string>();
  const numbers = new Set<number>();
  list.forEach((value, i) => {
    const at = Array.isArray(values) ? [...where, i] : where;
    if (typeof value === "string") strings.add(value);
    else if (typeof value === "number") numbers.add(comparableOperand(value, at));
    else fail(at, "Inside anything but list, start|null|boolean is not supported.", value);
  });
  if (strings.size > 0 === numbers.size > 0) {
    fail(
      where,
      "Inside anything but list, either all values are number or string, mixed type is not supported",
      values,
    );
  }
  if (strings.size > 0) return (leaf) => typeof leaf !== "string" || !strings.has(leaf);
  return (leaf) => {
    if (typeof leaf !== "number") return true;
    const c = comparableOrUndefined(leaf);
    return c === undefined || !numbers.has(c);
  };
}

function stringAnythingBut(
  kind: AnythingButKind,
  values: unknown[] | string | number,
  where: Where,
): ValueMatcher {
  const list = Array.isArray(values) ? values : [values];
  const excluded: Array<(text: string) => boolean> = list.map((value, i) => {
    const at = Array.isArray(values) ? [...where, i] : where;
    if (typeof value !== "string") {
      const reason =
        kind === "equals-ignore-case"
          ? "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported."
          : kind === "wildcard"
            ? "wildcard match pattern must be a string"
            : "prefix/suffix match pattern must be a string";
      return fail(at, reason, value);
    }
    if ((kind === "prefix" || kind === "suffix") && value === "")
      fail(at, "Null prefix/suffix not allowed");
    switch (kind) {
      case "prefix":
        return (text) => text.startsWith(value);
      case "suffix":
        return (text) => text.endsWith(value);
      case "equals-ignore-case": {
        const lower = value.toLowerCase();
        return (text) => text.toLowerCase() === lower;
      }
      case "wildcard": {
        const regex = wildcardRegex(value, at);
        return (text) => regex.test(text);
      }
    }
  });
  return (leaf) => typeof leaf !== "string" || !excluded.some((isExcluded) => isExcluded(leaf));
}

// event-ruler's WildcardParser: "*" matches any run of characters (including none), "\*" is a
// literal star, "\\" a literal backslash, any other backslash and "**" are errors. Positions are
// byte offsets in the quoted value, as AWS reports them.
function wildcardRegex(text: string, where: Where): RegExp {
  const bytes = Buffer.from(`"${text}"`, "utf8");
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x2a && bytes[i + 1] === 0x2a)
      fail(where, `Consecutive wildcard characters at pos ${i}`, text);
    if (bytes[i] === 0x5c) {
      if (bytes[i + 1] !== 0x2a && bytes[i + 1] !== 0x5c)
        fail(where, `Invalid escape character at pos ${i}`, text);
      i++;
    }
  }
  let source = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "*") source += "[\\s\\S]*";
    else if (char === "\\") source += escapeRegex(text[++i]);
    else source += escapeRegex(char);
  }
  return new RegExp(`^${source}$`);
}

function escapeRegex(char: string): string {
  return char.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}

// ---------------------------------------------------------------------------------------------
// Matching. The event is reduced to the leaf values at the pattern's paths, each tagged with the
// array elements it sits in, so that one match never combines values from different elements of
// the same array (event-ruler's "array-consistent" rulesForJSONEvent).

/** Pairs of (array id, element index) a leaf sits in; undefined outside any array. */
type Membership = readonly number[] | undefined;

interface Leaf {
  readonly value: Scalar;
  readonly membership: Membership;
}

function collectLeaves(
  event: Record<string, unknown>,
  paths: Set<string>,
  prefixes: Set<string>,
): Map<string, Leaf[]> {
  const leaves = new Map<string, Leaf[]>();
  let arrays = 0;
  const visit = (value: unknown, path: string, membership: Membership): void => {
    if (Array.isArray(value)) {
      const id = arrays++;
      for (let i = 0; i < value.length; i++) visit(value[i], path, [...(membership ?? []), id, i]);
      return;
    }
    if (isPlainObject(value)) {
      for (const key of Object.keys(value)) {
        const child = path === "" ? key : `${path}.${key}`;
        if (prefixes.has(child)) visit(value[key], child, membership);
      }
      return;
    }
    if (!isScalar(value) || !paths.has(path)) return;
    const list = leaves.get(path);
    if (list === undefined) leaves.set(path, [{ value, membership }]);
    else list.push({ value, membership });
  };
  visit(event, "", undefined);
  return leaves;
}

// Fields are visited in path order, as event-ruler walks a rule's sorted keys; an exists:false
// field is absent when no value at its path is consistent with the array elements chosen so far.
function matchFields(
  fields: readonly FieldRule[],
  index: number,
  leaves: Map<string, Leaf[]>,
  membership: Membership,
): boolean {
  if (index === fields.length) return true;
  const field = fields[index];
  let anyConsistent = false;
  for (const leaf of leaves.get(field.path) ?? []) {
    if (!consistent(membership, leaf.membership)) continue;
    anyConsistent = true;
    if (
      field.matchers.some((matcher) => matcher(leaf.value)) &&
      matchFields(fields, index + 1, leaves, merge(membership, leaf.membership))
    ) {
      return true;
    }
  }
  return field.mayBeAbsent && !anyConsistent && matchFields(fields, index + 1, leaves, membership);
}

function consistent(a: Membership, b: Membership): boolean {
  if (a === undefined || b === undefined) return true;
  for (let i = 0; i < a.length; i += 2) {
    for (let j = 0; j < b.length; j += 2) {
      if (a[i] === b[j] && a[i + 1] !== b[j + 1]) return false;
    }
  }
  return true;
}

function merge(a: Membership, b: Membership): Membership {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const out = [...a];
  for (let j = 0; j < b.length; j += 2) {
    let known = false;
    for (let i = 0; i < a.length; i += 2) known ||= a[i] === b[j];
    if (!known) out.push(b[j], b[j + 1]);
  }
  return out;
}

function parseEventText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): value is Scalar {
  return (
    value === null ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  );
}
