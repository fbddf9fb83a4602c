import * as fs from "node:fs";
import * as command from "@pulumi/command";
import * as pulumi from "@pulumi/pulumi";
import {
  SCRIPT_INTERPRETER,
  deleteScript,
  parsePublishOutput,
  publishScript,
} from "./archy/scripts";
import { checkRenderedFlow, renderFlowTemplate, resolveTemplatePath } from "./archy/template";
import { DEFAULT_ARCHY_PATH, isUsableArchyPath } from "./archy/archyPath";
import type { RenderedFlow } from "./archy/template";

export {
  renderFlowFile,
  renderFlowTemplate,
  checkRenderedFlow,
  templatePlaceholders,
} from "./archy/template";
export type { RenderedFlow } from "./archy/template";

export interface ArchyFlowArgs {
  /** Path of the flow YAML relative to architect/, e.g. "participant-attributes/workflow.yaml". */
  readonly template: string;
  /** Name of the flow in Genesys Cloud; fills {{flowName}}. */
  readonly flowName: pulumi.Input<string>;
  /** Values for the template's other {{key}} placeholders; every one must be used. @default no other placeholders */
  readonly substitutions?: Record<string, pulumi.Input<string>>;
  /** Optional blocks of the template (`# optional <name>: begin` … `end`) to leave out. @default none */
  readonly omitBlocks?: readonly string[];
  /** Genesys Cloud environment domain, e.g. "mypurecloud.com"; Archy's --location and the flows API host. */
  readonly genesysEnvironment: pulumi.Input<string>;
  /** Path of the Archy executable. @default "archy", looked up on PATH when the command runs */
  readonly archyPath?: pulumi.Input<string>;
}

/** Throws unless `value` is a Genesys Cloud environment domain such as "mypurecloud.com". */
export function validateGenesysEnvironment(value: string): string {
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value)) {
    throw new Error(
      `ArchyFlow.genesysEnvironment: "${value}" is not a Genesys Cloud domain; fix: use the environment's domain, e.g. "mypurecloud.com" or "usw2.pure.cloud"`,
    );
  }
  return value;
}

/** Throws unless `value` can name an executable: non-empty, one line. */
export function validateArchyPath(value: string): string {
  if (!isUsableArchyPath(value)) {
    throw new Error(
      `ArchyFlow.archyPath: ${JSON.stringify(value)} is not a usable path; fix: set the Archy executable's path, e.g. "/opt/archy/archy"`,
    );
  }
  return value;
}

/** Environment of the publish and delete commands: names and places, never credentials. */
export function commandEnvironment(
  flow: RenderedFlow,
  genesysEnvironment: string,
  archyPath: string,
): Record<string, string> {
  return {
    ARCHY_FLOW_NAME: flow.flowName,
    ARCHY_FLOW_TYPE: flow.flowType,
    ARCHY_LOCATION: validateGenesysEnvironment(genesysEnvironment),
    ARCHY_PATH: validateArchyPath(archyPath),
  };
}

/**
 * An Architect flow published with Archy from a template in architect/. The rendered YAML goes to
 * the command on stdin, so the flow is republished exactly when the template or a substitution
 * changes; a publish that yields a new flow id (a rename) deletes the old flow, and destroying the
 * resource deletes the flow. Credentials are read from GENESYSCLOUD_OAUTHCLIENT_ID and
 * GENESYSCLOUD_OAUTHCLIENT_SECRET in the environment that runs Pulumi.
 */
export class ArchyFlow extends pulumi.ComponentResource {
  /** Id of the published flow, from the publish result. */
  public readonly flowId: pulumi.Output<string>;
  /** Name of the published flow; resolves once the flow is published. */
  public readonly flowName: pulumi.Output<string>;
  /** The flow YAML sent to Archy. */
  public readonly renderedYaml: pulumi.Output<string>;
  /** The local Command that runs the publish and delete scripts. */
  public readonly command: command.local.Command;

  constructor(name: string, args: ArchyFlowArgs, opts?: pulumi.ComponentResourceOptions) {
    // Checked before anything is registered, so a bad template or key fails here, not in an apply.
    const templateText = fs.readFileSync(resolveTemplatePath(args.template), "utf8");
    const substitutions = args.substitutions ?? {};
    if ("flowName" in substitutions) {
      throw new Error(
        `ArchyFlow.substitutions: "flowName" is reserved; fix: pass the name as ArchyFlowArgs.flowName`,
      );
    }
    const keys = ["flowName", ...Object.keys(substitutions)];
    const render = { omit: [...(args.omitBlocks ?? [])] };
    renderFlowTemplate(
      templateText,
      Object.fromEntries(keys.map((key) => [key, "x"])),
      args.template,
      render,
    );
    // The template and the omitted blocks are the component's inputs, so the offline plan and the
    // flow checker can name the template line behind each line of the rendered flow.
    super("geo:index:ArchyFlow", name, { template: args.template, omitBlocks: render.omit }, opts);

    const rendered = pulumi
      .all([args.flowName, pulumi.output(substitutions)])
      .apply(([flowName, values]) =>
        checkRenderedFlow(
          renderFlowTemplate(templateText, { ...values, flowName }, args.template, render),
          flowName,
          args.template,
        ),
      );
    this.renderedYaml = rendered.yaml;

    const script = publishScript();
    this.command = new command.local.Command(
      `${name}-publish`,
      {
        create: script,
        // Same script on update: an in-place republish keeps the flow id; a replace would delete the flow.
        update: script,
        delete: deleteScript(),
        interpreter: SCRIPT_INTERPRETER,
        stdin: this.renderedYaml,
        environment: pulumi
          .all([rendered, args.genesysEnvironment, args.archyPath ?? DEFAULT_ARCHY_PATH])
          .apply(([flow, environment, archyPath]) =>
            commandEnvironment(flow, environment, archyPath),
          ),
        addPreviousOutputInEnv: true,
        logging: "none",
      },
      {
        parent: this,
        // Archy's messages may echo request details; the result JSON on stdout holds no secret.
        additionalSecretOutputs: ["stderr"],
        // If Pulumi ever replaces the command, delete the old flow before publishing again: the
        // new publish reuses the same flow, which a create-then-delete replace would delete.
        deleteBeforeReplace: true,
      },
    );

    this.flowId = this.command.stdout.apply((stdout) => parsePublishOutput(stdout).flowId);
    this.flowName = pulumi
      .all([args.flowName, this.command.stdout])
      .apply(([flowName]) => flowName);
    this.registerOutputs({
      flowId: this.flowId,
      flowName: this.flowName,
      renderedYaml: this.renderedYaml,
    });
  }
}
