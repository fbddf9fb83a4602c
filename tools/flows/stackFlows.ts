/**
 * What a synthesized stack publishes with Archy and what those flows may call: each ArchyFlow's
 * rendered YAML (the publish command's stdin) with its template, and every data action the stack
 * creates with its contract. The flow checker runs on exactly what `pulumi up` would send.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { resolveTemplatePath, variantLineNumbers } from "../../components/archy/template";
import { revealSecrets, type RecordedResource } from "../mocks";
import { checkFlow, type FlowProblem, type StackContext, type StackDataAction } from "./checkFlow";

export const ARCHY_FLOW_TYPE = "geo:index:ArchyFlow";
const COMMAND_TYPE = "command:local:Command";
const ACTION_TYPE = "genesyscloud:index/integrationAction:IntegrationAction";

/** One flow as a stack renders it. */
export interface RenderedStackFlow {
  /** Template path under architect/, e.g. "negative-sentiment/workflow.yaml". */
  readonly template: string;
  readonly omitBlocks: readonly string[];
  readonly flowName: string;
  readonly flowType: string;
  readonly yaml: string;
}

export interface StackFlows {
  readonly flows: readonly RenderedStackFlow[];
  readonly context: StackContext;
}

function parseContract(value: unknown, owner: string): StackDataAction["input"] {
  try {
    return JSON.parse(String(value)) as StackDataAction["input"];
  } catch {
    throw new Error(`${owner}: its contract is not JSON`);
  }
}

/** The flows and data actions of a stack's recorded registrations. */
export function flowsOfStack(resources: readonly RecordedResource[]): StackFlows {
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  const actions: StackDataAction[] = resources
    .filter((r) => r.type === ACTION_TYPE)
    .map((r) => {
      const inputs = revealSecrets(r.inputs) as Record<string, unknown>;
      return {
        category: String(inputs.category),
        name: String(inputs.name),
        secure: inputs.secure === true,
        input: parseContract(inputs.contractInput, r.name),
        output: parseContract(inputs.contractOutput, r.name),
      };
    });
  const flows: RenderedStackFlow[] = [];
  for (const command of resources.filter((r) => r.type === COMMAND_TYPE)) {
    const parent = command.parent ? byUrn.get(command.parent) : undefined;
    if (parent?.type !== ARCHY_FLOW_TYPE) continue;
    const inputs = revealSecrets(command.inputs) as Record<string, unknown>;
    const environment = (inputs.environment ?? {}) as Record<string, unknown>;
    const component = parent.inputs as { template?: unknown; omitBlocks?: unknown };
    flows.push({
      template: String(component.template),
      omitBlocks: Array.isArray(component.omitBlocks) ? component.omitBlocks.map(String) : [],
      flowName: String(environment.ARCHY_FLOW_NAME),
      flowType: String(environment.ARCHY_FLOW_TYPE),
      yaml: String(inputs.stdin),
    });
  }
  return {
    flows,
    context: { actions, flows: flows.map((f) => ({ name: f.flowName, type: f.flowType })) },
  };
}

/** Where a template is, as a user names it from the repository root. */
export const templateFile = (template: string) => path.posix.join("architect", template);

/** Checks one rendered flow, naming the template's lines. */
export function checkRenderedStackFlow(
  flow: RenderedStackFlow,
  context: StackContext,
): FlowProblem[] {
  const text = fs.readFileSync(resolveTemplatePath(flow.template), "utf8");
  const lines = variantLineNumbers(text, flow.omitBlocks, flow.template);
  return checkFlow(templateFile(flow.template), flow.yaml, {
    context,
    templateLine: (line) => lines[line - 1] ?? line,
  });
}

/** Every problem of every flow a stack publishes. */
export function checkStackFlows(resources: readonly RecordedResource[]): FlowProblem[] {
  const { flows, context } = flowsOfStack(resources);
  return flows.flatMap((flow) => checkRenderedStackFlow(flow, context));
}
