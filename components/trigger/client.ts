import { openGenesysClient } from "../genesysApi/client";
import type { CallOutcome, RetryBudget } from "../genesysApi/retry";

/**
 * A logged-in session for one trigger provider operation, over the shared Genesys API client.
 * The methods keep the official SDK's names (`ProcessAutomationApi` in purecloud-platform-client-v2)
 * and its paths, so operations read as they would against the SDK.
 */

/** The triggers API calls the provider makes. */
export interface TriggersApi {
  postProcessautomationTriggers(body: unknown): Promise<CallOutcome<unknown>>;
  getProcessautomationTrigger(triggerId: string): Promise<CallOutcome<unknown>>;
  getProcessautomationTriggers(
    opts: Record<string, string | number | undefined>,
  ): Promise<CallOutcome<unknown>>;
  putProcessautomationTrigger(triggerId: string, body: unknown): Promise<CallOutcome<unknown>>;
  deleteProcessautomationTrigger(triggerId: string): Promise<CallOutcome<unknown>>;
}

export interface GenesysSession {
  /** Runs one API call (one attempt); resolves with the body or a failure stripped of request details. */
  call<T>(run: (api: TriggersApi) => Promise<CallOutcome<unknown>>): Promise<CallOutcome<T>>;
}

export const TRIGGERS_PATH = "/api/v2/processautomation/triggers";

/** Logs in (retrying 429/5xx/connection errors within the budget) and returns a session. */
export async function openSession(
  environment: string,
  env: NodeJS.ProcessEnv,
  budget: RetryBudget,
): Promise<GenesysSession> {
  const client = await openGenesysClient({
    environment,
    env,
    who: "ProcessAutomationTrigger",
    budget,
  });
  const one = (id: string) => `${TRIGGERS_PATH}/${encodeURIComponent(id)}`;
  const api: TriggersApi = {
    postProcessautomationTriggers: (body) =>
      client.send({ method: "POST", path: TRIGGERS_PATH, body }),
    getProcessautomationTrigger: (id) => client.send({ method: "GET", path: one(id) }),
    getProcessautomationTriggers: (opts) =>
      client.send({ method: "GET", path: TRIGGERS_PATH, query: opts }),
    putProcessautomationTrigger: (id, body) => client.send({ method: "PUT", path: one(id), body }),
    deleteProcessautomationTrigger: (id) => client.send({ method: "DELETE", path: one(id) }),
  };
  return {
    call: async <T>(run: (api: TriggersApi) => Promise<CallOutcome<unknown>>) =>
      (await run(api)) as CallOutcome<T>,
  };
}
