/**
 * Archy YAML vocabulary the flow checker needs (variable and statement keys, contract types,
 * actions that end a flow) and small readers over the `yaml` package's nodes.
 */
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from "yaml";

/** Archy's variable keys, by the catalogue type they hold (checked against the catalogue on use). */
export const VARIABLE_TYPES: Readonly<Record<string, string>> = {
  string: "String",
  integer: "Long",
  decimal: "Decimal",
  boolean: "Boolean",
  dateTime: "DateTime",
  duration: "Duration",
  phoneNumber: "PhoneNumber",
  currency: "Currency",
  queue: "Queue",
  user: "UserQueue",
  skill: "Skill",
  group: "Group",
  wrapupCode: "WrapupCode",
  languageSkill: "LanguageSkill",
};

/** JSON schema types of data-action contracts, as Architect types them. */
export const SCHEMA_TYPES: Readonly<Record<string, string>> = {
  string: "str",
  integer: "int",
  number: "dec",
  boolean: "bln",
};

/** Actions after which the rest of the list does not run. */
export const TERMINAL_ACTIONS = new Set([
  "endWorkflow",
  "disconnect",
  "jumpToTask",
  "jumpToMenu",
  "changeState",
  "endTask",
  "endState",
]);

/** The `actions` lists inside an action's body, not looking inside those lists themselves. */
export function actionLists(node: unknown): unknown[] {
  if (isMap(node)) {
    return node.items.flatMap((pair) =>
      isScalar(pair.key) && pair.key.value === "actions" && isSeq(pair.value)
        ? [pair.value]
        : actionLists(pair.value),
    );
  }
  return isSeq(node) ? node.items.flatMap(actionLists) : [];
}

export function seqItems(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

export function single(map: YAMLMap): [string, unknown] {
  const pair = map.items[0];
  return [String(pair && isScalar(pair.key) ? pair.key.value : ""), pair?.value];
}

export function scalarString(node: Node | undefined): string | undefined {
  return isScalar(node) && typeof node.value === "string" ? node.value : undefined;
}

export function hasLiteral(node: unknown): boolean {
  return isMap(node) && node.has("lit");
}
