/**
 * The JSONPath subset EventBridge input transformers accept: `$`, dot notation (names may hold
 * dashes, underscores, slashes), array indices `[0]` and wildcards `.*` / `[*]`. Bracketed names
 * (`['a b']`) are refused: "You must use JSON dot notation, not bracket notation"
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_InputTransformer.html,
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html).
 */

type Step = { readonly key: string } | { readonly index: number } | { readonly wildcard: true };

/** A parsed path; evaluate it with {@link evaluateJsonPath}. */
export interface JsonPath {
  readonly text: string;
  readonly steps: readonly Step[];
}

/** What a path found: `found: false` when a definite path does not exist in the event. */
export type JsonPathResult =
  { readonly found: false } | { readonly found: true; readonly value: unknown };

/** Parses `text`, or returns the reason it is not a supported path. */
export function parseJsonPath(text: string): JsonPath | string {
  if (!text.startsWith("$")) return `"${text}" does not start with "$"`;
  const steps: Step[] = [];
  let i = 1;
  while (i < text.length) {
    if (text[i] === ".") {
      let end = i + 1;
      while (end < text.length && text[end] !== "." && text[end] !== "[" && text[end] !== "]")
        end++;
      const name = text.slice(i + 1, end);
      if (name === "") return `"${text}" has an empty name at position ${i}`;
      steps.push(name === "*" ? { wildcard: true } : { key: name });
      i = end;
    } else if (text[i] === "[") {
      const close = text.indexOf("]", i);
      const inside = close === -1 ? "" : text.slice(i + 1, close);
      if (inside === "*") steps.push({ wildcard: true });
      else if (/^[0-9]+$/.test(inside)) steps.push({ index: Number(inside) });
      else
        return `"${text}" uses bracket notation "${text.slice(i, close === -1 ? undefined : close + 1)}"; use dot notation or a numeric index`;
      i = close + 1;
    } else {
      return `"${text}" has an unexpected "${text[i]}" at position ${i}`;
    }
  }
  return { text, steps };
}

/** Follows `path` through `root`; a path with a wildcard yields the array of everything it reached. */
export function evaluateJsonPath(path: JsonPath, root: unknown): JsonPathResult {
  let nodes: unknown[] = [root];
  let definite = true;
  for (const step of path.steps) {
    const next: unknown[] = [];
    for (const node of nodes) {
      if ("key" in step) {
        if (isObject(node) && Object.prototype.hasOwnProperty.call(node, step.key))
          next.push(node[step.key]);
      } else if ("index" in step) {
        if (Array.isArray(node) && step.index < node.length) next.push(node[step.index]);
      } else if (Array.isArray(node)) {
        next.push(...node);
      } else if (isObject(node)) {
        next.push(...Object.values(node));
      }
    }
    if ("wildcard" in step) definite = false;
    nodes = next;
  }
  if (!definite) return { found: true, value: nodes };
  return nodes.length === 0 || nodes[0] === undefined
    ? { found: false }
    : { found: true, value: nodes[0] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
