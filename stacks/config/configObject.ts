/**
 * Reading config objects field by field. Every problem is a `ConfigError` naming the full key
 * path, the value and the fix; a value under a secret key is shown as "[secret]".
 */
import * as pulumi from "@pulumi/pulumi";

/** The Pulumi project name, hence the config namespace of this program's own keys. */
export const PROJECT = "genesys-event-orchestration";

/** Shown instead of a value that is absent. */
export const NOT_SET = "(not set)";
/** Shown instead of any value stored under a secret key. */
export const SECRET = "[secret]";

/**
 * A configuration problem. Extends `pulumi.RunError` so the CLI prints only the message, no stack.
 * `value` is the value as shown in the message: "[secret]" for secrets, "(not set)" when absent.
 */
export class ConfigError extends pulumi.RunError {
  readonly name = "ConfigError";

  constructor(
    readonly key: string,
    readonly value: string,
    problem: string,
    readonly fix: string,
  ) {
    super(`${key}: ${value === NOT_SET ? "" : `${value} `}${problem}; fix: ${fix}`);
  }
}

/** Renders a value for a message: JSON, truncated; "[secret]" under a secret key. */
export function showValue(value: unknown, secret: boolean): string {
  if (value === undefined) return NOT_SET;
  if (secret) return SECRET;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Case-insensitive Levenshtein distance. */
export function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let row = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const next = [i];
    for (let j = 1; j <= t.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[t.length];
}

/** The candidate a typo most likely meant, if any is close enough. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3))
    ? best
    : undefined;
}

export function renameFix(name: string, known: readonly string[], what: string): string {
  const guess = closestName(name, known);
  const list = `known ${what}: ${known.join(", ")}`;
  return guess ? `rename it to ${guess} (${list})` : `remove it (${list})`;
}

/** One JSON object of config; every accessor names problems by full key path. */
export class ConfigObject {
  private constructor(
    /** Full key path of this object, e.g. "genesys-event-orchestration:genesys". */
    readonly path: string,
    private readonly fields: Record<string, unknown>,
    /** True when the object sits under a secret key: values are never shown. */
    readonly secret: boolean,
  ) {}

  /** Checks `value` is an object with only `known` fields. */
  static of(
    path: string,
    value: unknown,
    secret: boolean,
    known: readonly string[],
    example: string,
  ): ConfigObject {
    if (!isPlainObject(value)) {
      throw new ConfigError(
        path,
        showValue(value, secret),
        "is not an object",
        `write it as a map, e.g. ${example}`,
      );
    }
    for (const field of Object.keys(value)) {
      if (!known.includes(field)) {
        throw new ConfigError(
          `${path}.${field}`,
          showValue(value[field], secret),
          `is not a known field of ${path}`,
          renameFix(field, known, "fields"),
        );
      }
    }
    return new ConfigObject(path, value, secret);
  }

  /** Full key path of a field. */
  keyOf(field: string): string {
    return `${this.path}.${field}`;
  }

  /** A value rendered safely for embedding in a message. */
  show(value: unknown): string {
    return showValue(value, this.secret);
  }

  /** Throws a ConfigError about `field`, showing its current value unless told otherwise. */
  fail(field: string, problem: string, fix: string, value: unknown = this.fields[field]): never {
    throw new ConfigError(this.keyOf(field), this.show(value), problem, fix);
  }

  /** Throws: a required field is absent. */
  missing(field: string, fix: string): never {
    throw new ConfigError(this.keyOf(field), NOT_SET, "is required but not set", fix);
  }

  string(field: string, example: string): string | undefined {
    const value = this.fields[field];
    if (value === undefined || typeof value === "string") return value;
    return this.fail(field, "is not a string", `write it as a quoted string, e.g. ${example}`);
  }

  integer(field: string, example: number): number | undefined {
    const value = this.fields[field];
    if (value === undefined || (typeof value === "number" && Number.isInteger(value))) return value;
    if (typeof value === "string" && /^-?\d+$/.test(value.trim())) {
      return this.fail(field, "is a string, not an integer", `remove the quotes: ${value.trim()}`);
    }
    return this.fail(
      field,
      "is not an integer",
      `write a whole number without quotes, e.g. ${example}`,
    );
  }

  boolean(field: string): boolean | undefined {
    const value = this.fields[field];
    if (value === undefined || typeof value === "boolean") return value;
    return this.fail(field, "is not a boolean", "write true or false without quotes");
  }

  object(field: string, known: readonly string[], example: string): ConfigObject | undefined {
    const value = this.fields[field];
    return value === undefined
      ? undefined
      : ConfigObject.of(this.keyOf(field), value, this.secret, known, example);
  }

  /** The whole object, for messages about it as a unit. */
  raw(): Record<string, unknown> {
    return this.fields;
  }
}
