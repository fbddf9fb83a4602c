/**
 * What the deploying OAuth client must be able to do for this stack's config, and the preflight
 * that checks it before any resource is declared (components/genesysApi/preflight.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { openGenesysClient } from "../components/genesysApi/client";
import {
  DATA_ACTION_PERMISSIONS,
  FLOW_PERMISSIONS,
  INTEGRATION_PERMISSIONS,
  type PermissionGroup,
  QUEUE_LOOKUP_PERMISSIONS,
  QUEUE_PERMISSIONS,
  ROLE_AND_CLIENT_PERMISSIONS,
  TELEPHONY_PERMISSIONS,
  TRIGGER_PERMISSIONS,
  WRAPUP_CODE_LOOKUP_PERMISSIONS,
  WRAPUP_CODE_PERMISSIONS,
  permissionsOf,
} from "../components/genesysApi/permissions";
import {
  type PreflightNeeds,
  type PreflightResult,
  runPreflight,
} from "../components/genesysApi/preflight";
import { DEFAULT_RETRY_POLICY, startBudget, systemClock } from "../components/genesysApi/retry";
import { NEGATIVE_SENTIMENT_PERMISSIONS } from "../components/negativeSentimentActions";
import { negativeSentimentRoleName } from "../components/negativeSentimentCallback";
import type { GenesysObjectRef, StackConfig } from "./config";

function refPermissions(
  ref: GenesysObjectRef,
  create: PermissionGroup,
  lookup: PermissionGroup,
): PermissionGroup[] {
  if ("create" in ref) return [create];
  return "name" in ref ? [lookup] : [];
}

/** The permissions, role and tools the enabled pipelines need; pure, so every config is testable. */
export function preflightNeeds(
  config: StackConfig,
  archyFound: (archyPath: string) => boolean,
): PreflightNeeds {
  const groups: PermissionGroup[] = [];
  const add = (...more: PermissionGroup[]) =>
    more.forEach((g) => groups.includes(g) || groups.push(g));
  const flows =
    config.participantAttributes !== undefined || config.negativeSentiment !== undefined;
  if (flows)
    add(INTEGRATION_PERMISSIONS, DATA_ACTION_PERMISSIONS, FLOW_PERMISSIONS, TRIGGER_PERMISSIONS);
  if (config.participantAttributes?.didNumbers) add(TELEPHONY_PERMISSIONS);
  const sentiment = config.negativeSentiment;
  if (sentiment) {
    if (!sentiment.oauthClient) add(ROLE_AND_CLIENT_PERMISSIONS);
    add(...refPermissions(sentiment.callbackQueue, QUEUE_PERMISSIONS, QUEUE_LOOKUP_PERMISSIONS));
    add(
      ...refPermissions(
        sentiment.wrapupCode,
        WRAPUP_CODE_PERMISSIONS,
        WRAPUP_CODE_LOOKUP_PERMISSIONS,
      ),
    );
  }
  if (config.eventPipeline) add(INTEGRATION_PERMISSIONS);
  const existingClients = sentiment?.oauthClient
    ? [
        {
          key: "genesys-event-orchestration:negativeSentiment.oauthClient",
          clientId: sentiment.oauthClient.id,
          permissions: {
            what: "the negative-sentiment data actions",
            permissions: permissionsOf(NEGATIVE_SENTIMENT_PERMISSIONS),
          },
        },
      ]
    : [];
  return {
    permissions: groups,
    ...(existingClients.length > 0 && { existingClients }),
    ...(sentiment &&
      !sentiment.oauthClient && {
        newClientRoleName: negativeSentimentRoleName(config.genesys.namePrefix),
      }),
    ...(flows && {
      archy: { path: config.genesys.archyPath, found: archyFound(config.genesys.archyPath) },
    }),
  };
}

/** Whether `archyPath` names an executable file, or a command on PATH, as the publish script resolves it. */
export function archyOnMachine(archyPath: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const executable = (file: string) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  };
  if (archyPath.includes("/")) return executable(archyPath);
  return (env.PATH ?? "")
    .split(path.delimiter)
    .some((dir) => dir !== "" && executable(path.join(dir, archyPath)));
}

/**
 * A preview publishes nothing, and PR previews run where Archy is not installed: there a missing
 * Archy is a warning. `pulumi up` runs the program again for the update, and that run's preflight
 * refuses before anything is created.
 */
export function forThisRun(needs: PreflightNeeds, preview: boolean): PreflightNeeds {
  if (!preview || !needs.archy || needs.archy.found) return needs;
  pulumi.log.warn(
    `Archy was not found at '${needs.archy.path}'; this preview goes on, but pulumi up will stop before creating anything until it is installed (https://developer.genesys.cloud/devapps/archy/) or genesys-event-orchestration:genesys.archyPath names it.`,
  );
  return { ...needs, archy: undefined };
}

/**
 * Runs the preflight for this stack against the org, with the deploy's own credentials. Its
 * failures are RunErrors, which Pulumi prints without a stack trace.
 */
export async function runStackPreflight(
  config: StackConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PreflightResult> {
  const budget = startBudget("Preflight", DEFAULT_RETRY_POLICY, systemClock());
  try {
    const client = await openGenesysClient({
      environment: config.genesys.environment,
      env,
      who: "Preflight",
      budget,
    });
    return await runPreflight(
      client,
      forThisRun(
        preflightNeeds(config, (p) => archyOnMachine(p, env)),
        pulumi.runtime.isDryRun(),
      ),
      budget,
    );
  } catch (error) {
    if (error instanceof Error) throw new pulumi.RunError(error.message);
    throw error;
  }
}

/** True under Pulumi's mock runtime (unit tests, the offline plan): there is no org to ask. */
function mockRuntime(): boolean {
  const { getMonitor } = require("@pulumi/pulumi/runtime/settings") as { getMonitor(): unknown };
  const { MockMonitor } = require("@pulumi/pulumi/runtime/mocks") as {
    MockMonitor: new () => unknown;
  };
  return getMonitor() instanceof MockMonitor;
}

/**
 * The preflight of a real `pulumi preview` or `up`. Under the mock runtime it is not run (it
 * reads a real org); its logic is tested against the fake Genesys API instead
 * (tests/components/genesysApi/preflight.test.ts).
 */
export async function preflightUnlessMocked(
  config: StackConfig,
): Promise<PreflightResult | undefined> {
  return mockRuntime() ? undefined : runStackPreflight(config);
}
