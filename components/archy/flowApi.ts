/**
 * The flows API calls of the ArchyFlow scripts: find a published flow by name and type, and delete
 * a flow. They go through the shared Genesys client, so a 429 waits its Retry-After, a 5xx or a
 * dropped connection is retried with backoff, and the gateway variables are honoured, exactly as
 * for the trigger provider. `flowCli.ts` runs them inside the command resource.
 */
import type { GenesysClient } from "../genesysApi/client";
import { type CallFailure, type RetryBudget, permanentError } from "../genesysApi/retry";

/** What the publish script prints and the delete script reads. */
export interface PublishedFlow {
  readonly flowId: string;
  readonly flowName: string;
}

/** A flow is locked or busy (another publish or an editor holds it); it clears on its own. */
export function isFlowBusy(failure: CallFailure): boolean {
  return failure.kind === "http" && failure.status === 409;
}

/**
 * Deletes a flow. A DELETE that failed with a 5xx or lost its connection may still have deleted the
 * flow, so it is simply sent again: the next answer is then 404, which counts as deleted.
 * Resolves with whether this call deleted it ("deleted") or found it gone ("already-gone").
 */
export async function deleteFlow(
  client: GenesysClient,
  flow: PublishedFlow,
  budget: RetryBudget,
): Promise<"deleted" | "already-gone"> {
  const outcome = await client.call<unknown>(
    { method: "DELETE", path: `/api/v2/flows/${encodeURIComponent(flow.flowId)}` },
    budget,
    isFlowBusy,
  );
  if (outcome.ok) return "deleted";
  if (outcome.kind === "http" && outcome.status === 404) return "already-gone";
  throw permanentError(
    budget.what,
    outcome,
    "Delete the flow in Architect yourself if it should go, then run pulumi up again",
  );
}

/** The id of the one flow of this type named exactly `name`; used when Archy's results carry no id. */
export async function findFlowId(
  client: GenesysClient,
  name: string,
  type: string,
  budget: RetryBudget,
): Promise<string> {
  const outcome = await client.call<{ entities?: { id?: string; name?: string; type?: string }[] }>(
    { method: "GET", path: "/api/v2/flows", query: { type, name, pageSize: 100 } },
    budget,
  );
  if (!outcome.ok) throw permanentError(budget.what, outcome);
  const matches = (outcome.value?.entities ?? []).filter(
    (e) => e.name === name && String(e.type).toLowerCase() === type,
  );
  if (matches.length !== 1 || typeof matches[0].id !== "string") {
    throw new Error(
      `${budget.what}: expected one ${type} flow named '${name}' after publishing, found ${matches.length}`,
    );
  }
  return matches[0].id;
}
