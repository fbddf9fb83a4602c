/**
 * Helpers shared by the policies. Nothing here reads config or talks to the engine; every helper is
 * a plain function of the resource data CrossGuard hands a policy.
 */
import type {
  PolicyResource,
  ReportViolation,
  ResourceValidation,
  ResourceValidationArgs,
} from "@pulumi/policy";
import { UnknownValueError } from "@pulumi/policy";

/**
 * What the offline plan (tools/report.ts) prints in place of a secret. The engine hands a
 * policy secrets in plain text, so this string only appears offline; a policy treats it as a value
 * it cannot check, never as one that passes.
 */
export const OFFLINE_SECRET = "[secret]";

/** A property read that may hit a value the engine does not know yet (a preview before create). */
export type Known<T> = { readonly known: true; readonly value: T } | { readonly known: false };

/**
 * Runs `read`, turning CrossGuard's "unknown during preview" error into `{ known: false }`. Only for
 * reads that link resources (a fallback after propertyDependencies); a value a rule judges is read
 * directly, so the engine reports the policy as unable to run rather than as passing.
 */
export function whenKnown<T>(read: () => T): Known<T> {
  try {
    return { known: true, value: read() };
  } catch (err) {
    if (isUnknownValueError(err)) return { known: false };
    throw err;
  }
}

/** By name as well as class: a second copy of @pulumi/policy (the pack's own install) has its own class. */
function isUnknownValueError(err: unknown): boolean {
  return (
    err instanceof UnknownValueError ||
    (err instanceof Error && err.constructor.name === "UnknownValueError")
  );
}

/** The value at `path` under `value`, or undefined when any step is missing. */
export function dig(value: unknown, path: readonly (string | number)[]): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A string that can stand for a resource: set, not empty, and not the offline secret stand-in. */
export function isCheckableString(value: unknown): value is string {
  return typeof value === "string" && value !== "" && value !== OFFLINE_SECRET;
}

/** Short, stable rendering of a value for a violation message. */
export function show(value: unknown): string {
  if (value === undefined) return "not set";
  if (value === OFFLINE_SECRET) return "a secret the pack cannot read";
  return JSON.stringify(value);
}

/** An integer within [min, max]. */
export function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

export type Parsed =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string };

/** A JSON document given either as text or as an object; `problem` says why it cannot be read. */
export function parseJsonDocument(value: unknown): Parsed {
  if (value !== null && typeof value === "object") return { ok: true, value };
  if (value === OFFLINE_SECRET) return { ok: false, problem: "is a secret the pack cannot read" };
  if (typeof value !== "string")
    return { ok: false, problem: `is ${show(value)}, not a JSON document` };
  try {
    return { ok: true, value: JSON.parse(value) };
  } catch (err) {
    return { ok: false, problem: `is not valid JSON (${(err as Error).message})` };
  }
}

/** One value or a list of them, as a list; undefined and null give an empty list. */
export function asList<T>(value: T | T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * True when resource `from` points at `to` through its property `prop`: the engine recorded that an
 * output of `to` flowed into `prop`, or (for values typed in by hand) the value at `prop`.`path`
 * equals one of `to`'s properties named in `keys`.
 */
export function refersTo(
  from: PolicyResource,
  prop: string,
  path: readonly string[],
  to: PolicyResource,
  keys: readonly string[],
): boolean {
  if ((from.propertyDependencies[prop] ?? []).some((dep) => dep.urn === to.urn)) return true;
  const value = whenKnown(() => dig(from.props, [prop, ...path]));
  if (!value.known || !isCheckableString(value.value)) return false;
  return keys.some((key) => {
    const candidate = whenKnown(() => to.props[key]);
    return candidate.known && candidate.value === value.value;
  });
}

/** A string property used to link resources, or undefined when unset, unknown or unreadable. */
export function linkValue(resource: PolicyResource, ...path: string[]): string | undefined {
  const value = whenKnown(() => dig(resource.props, path));
  return value.known && isCheckableString(value.value) ? value.value : undefined;
}

/** The stack's resources of one type. */
export function ofType(resources: readonly PolicyResource[], type: string): PolicyResource[] {
  return resources.filter((r) => r.type === type);
}

type TypedValidation = (
  props: Record<string, unknown>,
  args: ResourceValidationArgs,
  report: ReportViolation,
) => void;

/**
 * A resource validation for the given type tokens; any other type is reported not applicable, as
 * `validateResourceOfType` does. Keyed by token so the pack needs no provider SDK.
 */
export function validateTypes(
  validations: Readonly<Record<string, TypedValidation>>,
): ResourceValidation {
  const types = Object.keys(validations);
  const validation: ResourceValidation = (args, report) => {
    const validate = validations[args.type];
    if (!validate)
      return args.notApplicable(
        `Policy only applies to resources of type ${types.map((t) => `'${t}'`).join(", ")}`,
      );
    validate(args.props, args, report);
  };
  // The policy server skips other types without calling the function when it sees this (one type only).
  if (types.length === 1) Object.assign(validation, { __pulumiType: types[0] });
  return validation;
}
