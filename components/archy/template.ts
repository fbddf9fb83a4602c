import * as fs from "node:fs";
import * as path from "node:path";
import { isMap, isPair, isScalar, parseDocument, visit } from "yaml";

/** Folder holding the Architect flow templates; `ArchyFlowArgs.template` is relative to it. */
export const ARCHITECT_DIR = path.resolve(__dirname, "..", "..", "architect");

/**
 * Top-level keys Archy accepts for a flow, mapped to the flow type the Genesys flows API uses
 * (the API's `type` values are these keys in lower case).
 */
export const FLOW_TYPES: Readonly<Record<string, string>> = {
  bot: "bot",
  commonModule: "commonmodule",
  digitalBot: "digitalbot",
  inboundCall: "inboundcall",
  inboundChat: "inboundchat",
  inboundEmail: "inboundemail",
  inboundShortMessage: "inboundshortmessage",
  inQueueCall: "inqueuecall",
  inQueueEmail: "inqueueemail",
  inQueueShortMessage: "inqueueshortmessage",
  outboundCall: "outboundcall",
  secureCall: "securecall",
  surveyInvite: "surveyinvite",
  voice: "voice",
  voicemail: "voicemail",
  voiceSurvey: "voicesurvey",
  workflow: "workflow",
  workitem: "workitem",
};

/** A template after substitution, checked to be one flow of a known type with the expected name. */
export interface RenderedFlow {
  readonly yaml: string;
  /** The top-level key, e.g. "secureCall". */
  readonly flowKey: string;
  /** The flows API type, e.g. "securecall". */
  readonly flowType: string;
  readonly flowName: string;
}

const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9_]*)\}\}/g;

/**
 * An optional block: the lines from `# optional <name>: begin` to `# optional <name>: end`, each
 * marker alone on its line. A variant of a template leaves named blocks out (markers included);
 * kept blocks keep their markers, which are YAML comments. One template thus holds every variant,
 * and the variants cannot drift apart.
 */
const BLOCK_MARKER = /^\s*# optional ([a-z][a-z0-9-]*): (begin|end)\s*$/;

interface TemplateBlock {
  readonly name: string;
  /** 0-based index of the begin and end marker lines. */
  readonly begin: number;
  readonly end: number;
}

/** The optional blocks of a template; throws on unbalanced, nested or repeated markers. */
export function templateBlocks(template: string, templateName = "template"): TemplateBlock[] {
  const blocks: TemplateBlock[] = [];
  let open: { name: string; begin: number } | undefined;
  template.split("\n").forEach((line, index) => {
    const marker = BLOCK_MARKER.exec(line);
    if (!marker) {
      if (/#\s*optional\b/.test(line) && /^\s*#/.test(line)) {
        throw new Error(
          `${templateName}:${index + 1}: malformed optional-block marker "${line.trim()}"; fix: write "# optional <name>: begin" or "# optional <name>: end" alone on the line`,
        );
      }
      return;
    }
    const [, name, edge] = marker;
    if (edge === "begin") {
      if (open)
        throw new Error(
          `${templateName}:${index + 1}: optional block "${name}" begins inside "${open.name}"; fix: end "${open.name}" first (blocks do not nest)`,
        );
      if (blocks.some((b) => b.name === name))
        throw new Error(
          `${templateName}:${index + 1}: optional block "${name}" appears twice; fix: give each block its own name`,
        );
      open = { name, begin: index };
    } else {
      if (open?.name !== name)
        throw new Error(
          `${templateName}:${index + 1}: "${line.trim()}" ends a block that is not open; fix: pair it with "# optional ${name}: begin"`,
        );
      blocks.push({ ...open, end: index });
      open = undefined;
    }
  });
  if (open)
    throw new Error(
      `${templateName}:${open.begin + 1}: optional block "${open.name}" never ends; fix: add "# optional ${open.name}: end"`,
    );
  return blocks;
}

/**
 * For each line of the variant that leaves out `omit`, the 1-based line of the template it comes
 * from, so a problem in rendered YAML can name the template's line.
 */
export function variantLineNumbers(
  template: string,
  omit: readonly string[],
  templateName = "template",
): number[] {
  const blocks = templateBlocks(template, templateName);
  for (const name of omit) {
    if (!blocks.some((b) => b.name === name)) {
      throw new Error(
        `${templateName}: has no optional block "${name}" to leave out; fix: mark it with "# optional ${name}: begin" / "# optional ${name}: end", or stop omitting it`,
      );
    }
  }
  const dropped = blocks.filter((b) => omit.includes(b.name));
  return template
    .split("\n")
    .map((_, index) => index)
    .filter((index) => !dropped.some((b) => index >= b.begin && index <= b.end))
    .map((index) => index + 1);
}

/** The template without the optional blocks named in `omit`. */
export function templateVariant(
  template: string,
  omit: readonly string[],
  templateName = "template",
): string {
  const lines = template.split("\n");
  return variantLineNumbers(template, omit, templateName)
    .map((line) => lines[line - 1])
    .join("\n");
}

/** How a template is rendered besides its substitutions. */
export interface RenderOptions {
  /** Optional blocks to leave out (see templateBlocks). @default none: every block is kept */
  readonly omit?: readonly string[];
}

/**
 * Replaces every `{{key}}` in an Architect YAML template, after leaving out the optional blocks
 * named in `options.omit` (placeholders inside them need no value). Throws, naming the template,
 * on a placeholder without a value, on a substitution the variant never uses, on a placeholder
 * outside a double-quoted string, and on a value that would change the YAML's structure.
 */
export function renderFlowTemplate(
  fullTemplate: string,
  substitutions: Readonly<Record<string, string>>,
  templateName = "template",
  options: RenderOptions = {},
): string {
  const lineNumbers = variantLineNumbers(fullTemplate, options.omit ?? [], templateName);
  const template = templateVariant(fullTemplate, options.omit ?? [], templateName);
  const used = new Set<string>();
  template.split("\n").forEach((line, variantIndex) => {
    const index = lineNumbers[variantIndex] - 1;
    const stray = line.replace(PLACEHOLDER, "").match(/\{\{|\}\}/);
    if (stray) {
      throw new Error(
        `${templateName}:${index + 1}: malformed placeholder near "${line.trim()}"; fix: write placeholders as {{name}} (letters, digits, _)`,
      );
    }
    for (const match of line.matchAll(PLACEHOLDER)) {
      const before = line.slice(0, match.index).replace(/\\"/g, "");
      if ((before.split('"').length - 1) % 2 === 0) {
        throw new Error(
          `${templateName}:${index + 1}: placeholder {{${match[1]}}} is not inside a double-quoted string; fix: quote it, e.g. "{{${match[1]}}}", so any value stays one YAML string`,
        );
      }
      used.add(match[1]);
    }
  });
  for (const key of used) {
    if (!(key in substitutions)) {
      throw new Error(
        `${templateName}: placeholder {{${key}}} has no value; fix: add "${key}" to the substitutions`,
      );
    }
  }
  for (const [key, value] of Object.entries(substitutions)) {
    if (!used.has(key)) {
      throw new Error(
        `${templateName}: substitution "${key}" is not used by the template${options.omit?.length ? ` without ${options.omit.join(", ")}` : ""}; fix: remove it or add {{${key}}} to the template`,
      );
    }
    validateSubstitutionValue(key, value, templateName);
  }
  return template.replace(PLACEHOLDER, (_, key: string) => substitutions[key]);
}

function validateSubstitutionValue(key: string, value: string, templateName: string): void {
  if (typeof value !== "string" || value.trim() === "") {
    throw new Error(
      `${templateName}: substitution "${key}" is empty; fix: pass the Genesys name it stands for`,
    );
  }
  // Values land inside double-quoted YAML strings: these characters would end or escape the string.
  if (/["\\\u0000-\u001f\u007f]|\{\{|\}\}/.test(value)) {
    throw new Error(
      `${templateName}: substitution "${key}" = ${JSON.stringify(value)} contains a quote, backslash, control character or braces; fix: rename the object it names without them`,
    );
  }
}

/**
 * Parses rendered flow YAML and checks it is exactly one flow of a known type named `flowName`.
 * Parses as YAML 1.1, the dialect where unquoted yes/no keys silently become booleans.
 */
export function checkRenderedFlow(
  yaml: string,
  flowName: string,
  templateName = "template",
): RenderedFlow {
  const doc = parseDocument(yaml, { version: "1.1", uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new Error(`${templateName}: rendered flow is not valid YAML: ${doc.errors[0].message}`);
  }
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && typeof pair.key.value === "boolean") {
        throw new Error(
          `${templateName}: key ${String(pair.key.source ?? pair.key.value)} is read as a boolean; fix: quote it, e.g. "yes":`,
        );
      }
    },
  });
  const root = doc.contents;
  if (!isMap(root) || root.items.length !== 1 || !isScalar(root.items[0].key)) {
    throw new Error(
      `${templateName}: a flow file must have exactly one top-level key naming the flow type (e.g. inboundCall)`,
    );
  }
  const flowKey = String(root.items[0].key.value);
  const flowType = FLOW_TYPES[flowKey];
  if (!flowType) {
    throw new Error(
      `${templateName}: top-level key "${flowKey}" is not an Archy flow type; fix: use one of ${Object.keys(FLOW_TYPES).join(", ")}`,
    );
  }
  const body = doc.toJS()[flowKey] as Record<string, unknown> | null;
  const name = body?.name;
  if (name !== flowName) {
    throw new Error(
      `${templateName}: ${flowKey}.name is ${JSON.stringify(name)}, expected ${JSON.stringify(flowName)}; fix: set name: "{{flowName}}"`,
    );
  }
  return { yaml, flowKey, flowType, flowName };
}

/**
 * Resolves a template path relative to architect/. Throws when it is absolute, leaves the folder,
 * is not a .yaml file or does not exist.
 */
export function resolveTemplatePath(template: string): string {
  const resolved = path.resolve(ARCHITECT_DIR, template);
  const inside = resolved.startsWith(ARCHITECT_DIR + path.sep);
  if (path.isAbsolute(template) || !inside || !/\.ya?ml$/.test(template)) {
    throw new Error(
      `ArchyFlow.template: "${template}" must be a .yaml path relative to architect/, e.g. "participant-attributes/inbound-call.yaml"`,
    );
  }
  if (!fs.existsSync(resolved)) {
    throw new Error(
      `ArchyFlow.template: "${template}" does not exist under architect/; fix: check the file name`,
    );
  }
  return resolved;
}

/**
 * Reads, renders and checks one template without Pulumi: what a publish would send to Archy.
 * `flowName` fills {{flowName}}; `substitutions` fill the rest.
 */
export function renderFlowFile(
  template: string,
  flowName: string,
  substitutions: Readonly<Record<string, string>> = {},
  options: RenderOptions = {},
): RenderedFlow {
  if ("flowName" in substitutions) {
    throw new Error(
      `ArchyFlow.substitutions: "flowName" is reserved; fix: pass the name as ArchyFlowArgs.flowName`,
    );
  }
  const text = fs.readFileSync(resolveTemplatePath(template), "utf8");
  const yaml = renderFlowTemplate(text, { ...substitutions, flowName }, template, options);
  return checkRenderedFlow(yaml, flowName, template);
}

/** Placeholder names a template uses, in first-use order (flowName included). */
export function templatePlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}
