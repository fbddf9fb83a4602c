/**
 * Reads Pulumi.yaml and Pulumi.<stack>.yaml the way the Pulumi CLI hands config to a program,
 * for the offline plan and tests (no CLI, no secrets provider).
 *
 * Mirrors the CLI: keys are "<namespace>:<name>"; scalars become their text, maps and lists JSON
 * with sorted keys (Go marshals maps sorted); project-level `config:` `value`/`default` entries in
 * Pulumi.yaml fill keys the stack does not set. `secure:` values cannot be decrypted offline, so
 * they become a marked placeholder and their top-level key is listed in `secretKeys`.
 * Not mirrored: Pulumi ESC `environment:` imports.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Document, isMap, isScalar, parseDocument } from "yaml";
import { stableStringify } from "../components/stableJson";
import { ConfigError, NOT_SET } from "../stacks/config";

/** Config of one stack as the program would receive it. */
export interface StackFile {
  /** `name:` from Pulumi.yaml. */
  readonly project: string;
  /** Fully qualified keys to the strings Pulumi would store. */
  readonly values: Record<string, string>;
  /** Keys holding a `secure:` value, replaced by `offlineSecretPlaceholder`. */
  readonly secretKeys: string[];
}

/** What stands in for a secret the offline tools cannot decrypt. */
export function offlineSecretPlaceholder(key: string): string {
  return `[offline placeholder for secret ${key}]`;
}

/** A problem with a whole file: a ConfigError keyed by the file's path, so callers treat it as bad config. */
function fileError(file: string, problem: string, fix: string): ConfigError {
  return new ConfigError(file, NOT_SET, problem, fix);
}

function readYaml(file: string): Document {
  const doc = parseDocument(fs.readFileSync(file, "utf8"));
  if (doc.errors.length > 0)
    throw fileError(
      file,
      `is not valid YAML: ${doc.errors[0].message.split("\n")[0]}`,
      "correct the YAML syntax",
    );
  return doc;
}

function isSecure(value: unknown): value is { secure: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as Record<string, unknown>).secure === "string"
  );
}

/** Replaces nested `secure:` values by placeholders; reports whether any was found. */
function replaceSecure(value: unknown, keyPath: string, found: { secret: boolean }): unknown {
  if (isSecure(value)) {
    found.secret = true;
    return offlineSecretPlaceholder(keyPath);
  }
  if (Array.isArray(value))
    return value.map((item, i) => replaceSecure(item, `${keyPath}[${i}]`, found));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, replaceSecure(v, `${keyPath}.${k}`, found)]),
    );
  }
  return value;
}

/** The string Pulumi stores for a value; `scalarText` is the YAML source of a top-level scalar. */
function storedString(value: unknown, scalarText: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return stableStringify(value);
  return scalarText ?? String(value);
}

/** "ns:name" (the legacy "ns:config:name" too) or undefined when the key has no namespace. */
function qualify(key: string): string | undefined {
  const parts = key.split(":");
  if (parts.length === 2 && parts[0] && parts[1]) return key;
  if (parts.length === 3 && parts[1] === "config" && parts[0] && parts[2])
    return `${parts[0]}:${parts[2]}`;
  return undefined;
}

function stackNames(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

/** Values from Pulumi.yaml's `config:` block that apply to every stack (`value`, or `default`). */
function projectConfigValues(
  projectDoc: Document,
  project: string,
  file: string,
): Map<string, string> {
  const out = new Map<string, string>();
  const block = projectDoc.get("config");
  if (block === undefined || block === null) return out;
  if (!isMap(block)) return out; // the deprecated string form names a config directory
  for (const pair of block.items) {
    const rawKey = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const key = rawKey.includes(":") ? qualify(rawKey) : `${project}:${rawKey}`;
    if (!key)
      throw fileError(
        file,
        `has config key "${rawKey}", not of the form <namespace>:<name>`,
        "write the key as <namespace>:<name>",
      );
    const decl = isScalar(pair.value)
      ? pair.value.toJSON()
      : (pair.value as { toJSON(): unknown } | null)?.toJSON();
    if (typeof decl === "object" && decl !== null && !Array.isArray(decl)) {
      const { value, default: fallback } = decl as { value?: unknown; default?: unknown };
      const chosen = value ?? fallback;
      if (chosen !== undefined) out.set(key, storedString(chosen, undefined));
    } else if (decl !== undefined && decl !== null) {
      out.set(key, storedString(decl, isScalar(pair.value) ? pair.value.source : undefined));
    }
  }
  return out;
}

/**
 * Loads `Pulumi.<stack>.yaml` (in `stackConfigDir` if Pulumi.yaml sets one) under `repoRoot`.
 * Throws a ConfigError keyed by the file's path when a file is missing or malformed.
 */
export function loadStackFile(repoRoot: string, stack: string): StackFile {
  const projectFile = path.join(repoRoot, "Pulumi.yaml");
  if (!fs.existsSync(projectFile))
    throw fileError(projectFile, "does not exist", "point at the folder holding Pulumi.yaml");
  const projectDoc = readYaml(projectFile);
  const project = projectDoc.get("name");
  if (typeof project !== "string" || project === "")
    throw fileError(projectFile, "has no name:", "add name: <project name>");

  const configDir = projectDoc.get("stackConfigDir");
  const dir = path.join(repoRoot, typeof configDir === "string" ? configDir : "");
  // Org-qualified stack names ("org/project/dev") keep only the last part in the file name.
  const shortName = stack.split("/").pop() ?? stack;
  const candidates = [`Pulumi.${shortName}.yaml`, `Pulumi.${shortName}.yml`].map((f) =>
    path.join(dir, f),
  );
  const stackFile = candidates.find((f) => fs.existsSync(f));
  if (!stackFile) {
    const known = stackNames(dir);
    throw fileError(
      candidates[0],
      "does not exist",
      `use one of the stacks in ${dir} (${known.length ? known.join(", ") : "none"}), or create this one with pulumi stack init ${shortName}`,
    );
  }

  const values: Record<string, string> = {};
  const secretKeys: string[] = [];
  const config = readYaml(stackFile).get("config");
  if (config !== undefined && config !== null) {
    if (!isMap(config))
      throw fileError(
        stackFile,
        "has a config: that is not a map",
        "write config: as a map of <namespace>:<name> keys",
      );
    for (const pair of config.items) {
      const rawKey = String(isScalar(pair.key) ? pair.key.value : pair.key);
      const key = qualify(rawKey);
      if (!key)
        throw fileError(
          stackFile,
          `has config key "${rawKey}", not of the form <namespace>:<name>`,
          `write it as ${project}:${rawKey}`,
        );
      const node = pair.value as { toJSON(): unknown } | null;
      const found = { secret: false };
      const value = replaceSecure(node?.toJSON() ?? null, key, found);
      values[key] = storedString(
        value,
        isScalar(node) && typeof value !== "string" ? node.source : undefined,
      );
      if (found.secret) secretKeys.push(key);
    }
  }
  for (const [key, value] of projectConfigValues(projectDoc, project, projectFile)) {
    if (!(key in values)) values[key] = value;
  }
  return { project, values, secretKeys };
}
