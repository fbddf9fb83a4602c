/**
 * The bad-input corpus (tests/corpus/config-cases.yaml): reading it, checking its shape, and
 * turning a case into the stack file it describes by editing the parsed YAML document.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse, parseDocument } from "yaml";
import { REPO_ROOT } from "./subprocess";

export const CORPUS_FILE = path.join(REPO_ROOT, "tests", "corpus", "config-cases.yaml");

/** Stands for the stack file's path in `key`, for errors about the file itself. */
export const STACK_FILE_KEY = "<stack file>";

/** Categories the guardrails issue asks the corpus to cover, each by at least one case. */
export const REQUIRED_CATEGORIES = [
  "wrong type",
  "out of range",
  "malformed id",
  "phone number",
  "bucket name",
  "topic",
  "environment",
  "missing required key",
  "unknown key",
] as const;

export const CATEGORIES: readonly string[] = [
  ...REQUIRED_CATEGORIES,
  "malformed",
  "conflict",
  "secret in plain text",
];

export interface ConfigCase {
  readonly name: string;
  /** The repository stack file the case starts from. @default "dev" */
  readonly stack: string;
  /** The stack name the case is planned as. @default "bad" */
  readonly as: string;
  readonly delete: readonly string[];
  readonly set: Readonly<Record<string, unknown>>;
  readonly setKey: Readonly<Record<string, unknown>>;
  readonly stackFile?: string;
  /** The full key path the error must name first. */
  readonly key: string;
  /** Text the error must contain. */
  readonly says: string;
  /** Text that must never be printed (plaintext secrets). */
  readonly hidden: readonly string[];
  readonly category: string;
}

const FIELDS = [
  "name",
  "stack",
  "as",
  "delete",
  "set",
  "setKey",
  "stackFile",
  "key",
  "says",
  "hidden",
  "category",
];

/** Reads the corpus; throws naming the case and field when one is malformed. */
export function loadConfigCases(file: string = CORPUS_FILE): ConfigCase[] {
  const doc = parse(fs.readFileSync(file, "utf8")) as { cases?: unknown };
  if (!Array.isArray(doc?.cases)) throw new Error(`${file}: expected a top-level "cases:" list`);
  return doc.cases.map((raw, index) => {
    const c = raw as Record<string, unknown>;
    const where = `${file}: case ${index + 1} (${String(c?.name)})`;
    const unknown = Object.keys(c ?? {}).filter((k) => !FIELDS.includes(k));
    if (unknown.length > 0)
      throw new Error(`${where}: unknown field ${unknown.join(", ")}; known: ${FIELDS.join(", ")}`);
    for (const field of ["name", "key", "says", "category"]) {
      if (typeof c[field] !== "string" || c[field] === "")
        throw new Error(`${where}: "${field}" must be a non-empty string`);
    }
    if (!CATEGORIES.includes(c.category as string))
      throw new Error(
        `${where}: category "${String(c.category)}" is not one of ${CATEGORIES.join(", ")}`,
      );
    const map = (field: string) => {
      const v = c[field] ?? {};
      if (v === null || typeof v !== "object" || Array.isArray(v))
        throw new Error(`${where}: "${field}" must be a map`);
      return v as Record<string, unknown>;
    };
    const list = (field: string) => {
      const v = c[field] ?? [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
        throw new Error(`${where}: "${field}" must be a list of strings`);
      return v as string[];
    };
    const result: ConfigCase = {
      name: c.name as string,
      stack: (c.stack as string | undefined) ?? "dev",
      as: (c.as as string | undefined) ?? "bad",
      delete: list("delete"),
      set: map("set"),
      setKey: map("setKey"),
      ...(typeof c.stackFile === "string" && { stackFile: c.stackFile }),
      key: c.key as string,
      says: c.says as string,
      hidden: list("hidden"),
      category: c.category as string,
    };
    const edits =
      result.delete.length + Object.keys(result.set).length + Object.keys(result.setKey).length;
    if (edits === 0 && result.stackFile === undefined && result.as === "bad")
      throw new Error(`${where}: the case changes nothing`);
    return result;
  });
}

/** "ns:name.field.list[2]" → ["ns:name", "field", "list", 2]. */
export function parseConfigPath(text: string): (string | number)[] {
  const colon = text.indexOf(":");
  const dot = text.indexOf(".", colon);
  const key = dot < 0 ? text : text.slice(0, dot);
  const rest = dot < 0 ? "" : text.slice(dot + 1);
  const parts: (string | number)[] = [key];
  for (const part of rest === "" ? [] : rest.split(".")) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`config path "${text}": cannot read "${part}"`);
    parts.push(m[1], ...[...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1])));
  }
  // A key with a list index directly, "ns:name[1]".
  const head = /^(.+?)((?:\[\d+\])+)$/.exec(key);
  if (head)
    parts.splice(0, 1, head[1], ...[...head[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1])));
  return parts;
}

/** The stack file text a case describes; throws when an edit refers to something absent. */
export function caseStackFile(c: ConfigCase, root: string = REPO_ROOT): string {
  if (c.stackFile !== undefined) return c.stackFile;
  const base = fs.readFileSync(path.join(root, `Pulumi.${c.stack}.yaml`), "utf8");
  const doc = parseDocument(base);
  for (const p of c.delete) {
    const at = ["config", ...parseConfigPath(p)];
    if (!doc.hasIn(at))
      throw new Error(`case "${c.name}": Pulumi.${c.stack}.yaml has no ${p} to delete`);
    doc.deleteIn(at);
  }
  for (const [p, value] of Object.entries(c.set))
    doc.setIn(["config", ...parseConfigPath(p)], doc.createNode(value));
  for (const [key, value] of Object.entries(c.setKey))
    doc.setIn(["config", key], doc.createNode(value));
  return doc.toString();
}
