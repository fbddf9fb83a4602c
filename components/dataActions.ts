/**
 * Data actions declared as data: the request and response configuration and the contracts of one
 * Genesys custom action, shared by the integration components that create them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as genesyscloud from "@pulumi/genesyscloud";
import * as pulumi from "@pulumi/pulumi";
import { stableStringify } from "./stableJson";

/** The input and output JSON schemas (draft-04) of a data action. */
export interface DataActionContract {
  readonly input: Record<string, unknown>;
  readonly output: Record<string, unknown>;
}

export type DataActionRequestType = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One custom data action. Templates are Velocity: write them as plain strings, not template literals. */
export interface DataActionSpec {
  /** Name of the action; flows call it by this name within its category. */
  readonly name: pulumi.Input<string>;
  readonly contract: DataActionContract;
  readonly requestType: DataActionRequestType;
  /** URL of the request: a path under /api/v2 for Genesys actions, an https URL for web services. */
  readonly requestUrlTemplate: pulumi.Input<string>;
  /** Body of the request. @default "${input.rawRequest}": the inputs, unchanged */
  readonly requestTemplate?: string;
  /** HTTP headers of the request. @default none */
  readonly headers?: Readonly<Record<string, string>>;
  /** Builds the action's output from the response. @default "${rawResult}": the response, unchanged */
  readonly successTemplate?: string;
  /** Output names to JSONPath expressions into the response, used by successTemplate. @default none */
  readonly translationMap?: Readonly<Record<string, string>>;
  /** Whether Genesys hides inputs and outputs from logs and execution history. @default false */
  readonly secure?: boolean;
  /** Seconds Genesys waits for the request (1–60). @default Genesys' own default (not sent) */
  readonly timeoutSeconds?: number;
}

const ACTION_KEY = /^[a-z][a-z0-9-]*$/;

/** Throws naming the component and the action unless every spec is usable. */
export function validateDataActionSpecs(
  component: string,
  actions: Readonly<Record<string, DataActionSpec>>,
): void {
  const keys = Object.keys(actions);
  if (keys.length === 0)
    throw new Error(`${component}: actions is empty; fix: give at least one action`);
  for (const key of keys) {
    if (!ACTION_KEY.test(key)) {
      throw new Error(
        `${component}: action key "${key}" must be lower-case letters, digits and -; it names child resources`,
      );
    }
    const { contract, timeoutSeconds } = actions[key];
    if (
      timeoutSeconds !== undefined &&
      (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 60)
    ) {
      throw new Error(
        `${component}: actions.${key}.timeoutSeconds is ${timeoutSeconds}; fix: use a whole number of seconds from 1 to 60`,
      );
    }
    for (const side of ["input", "output"] as const) {
      const schema = contract?.[side] as { type?: unknown } | undefined;
      if (!schema || schema.type !== "object") {
        throw new Error(
          `${component}: actions.${key}.contract.${side} must be a JSON schema with "type": "object"; fix the contract`,
        );
      }
    }
  }
}

/** Reads `<dir>/<file>` as a contract `{ "input": <schema>, "output": <schema> }`; throws naming the file. */
export function readDataActionContract(dir: string, file: string): DataActionContract {
  const full = path.join(dir, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(full, "utf8"));
  } catch (err) {
    throw new Error(
      `data action contract ${full} cannot be read as JSON (${(err as Error).message}); fix the file`,
    );
  }
  const contract = parsed as Partial<DataActionContract>;
  for (const side of ["input", "output"] as const) {
    if ((contract[side] as { type?: unknown } | undefined)?.type !== "object") {
      throw new Error(
        `data action contract ${full}: "${side}" must be a JSON schema with "type": "object"; fix the file`,
      );
    }
  }
  return contract as DataActionContract;
}

/** Creates one IntegrationAction per spec, in key order, named `${name}-${key}`. */
export function createDataActions(
  name: string,
  actions: Readonly<Record<string, DataActionSpec>>,
  integrationId: pulumi.Input<string>,
  category: pulumi.Input<string>,
  parent: pulumi.Resource,
): Record<string, genesyscloud.IntegrationAction> {
  const created: Record<string, genesyscloud.IntegrationAction> = {};
  for (const key of Object.keys(actions).sort()) {
    const spec = actions[key];
    created[key] = new genesyscloud.IntegrationAction(
      `${name}-${key}`,
      {
        name: spec.name,
        category,
        integrationId,
        secure: spec.secure ?? false,
        configTimeoutSeconds: spec.timeoutSeconds,
        contractInput: stableStringify(spec.contract.input),
        contractOutput: stableStringify(spec.contract.output),
        configRequest: {
          requestType: spec.requestType,
          requestUrlTemplate: spec.requestUrlTemplate,
          requestTemplate: spec.requestTemplate ?? "${input.rawRequest}",
          headers: { ...(spec.headers ?? {}) },
        },
        configResponse: {
          successTemplate: spec.successTemplate ?? "${rawResult}",
          translationMap: { ...(spec.translationMap ?? {}) },
          translationMapDefaults: {},
        },
      },
      { parent },
    );
  }
  return created;
}
