import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { type Clock, systemClock } from "./genesysApi/retry";

/**
 * Waiting for the partner event source Genesys creates once its EventBridge integration is
 * enabled. Genesys creates it asynchronously, so on a first `pulumi up` the lookup used to fail
 * with "no matching partner event source" and the README asked for a second run.
 *
 * Why a polled invoke of the AWS provider rather than a dynamic resource or a command: the lookup
 * runs with exactly the credentials, region, profile and assume-role settings of the stack's own
 * AWS provider (a dynamic provider or a command would need its own credential chain and an AWS SDK
 * or CLI on the deploying machine), it leaves nothing in state, and its progress goes to the
 * Pulumi console through `pulumi.log` on the bus's parent. It runs only once the integration has
 * an id, so a preview of a new stack waits for nothing.
 */

export interface SourceWaitTiming {
  /** Give up after this long. @default 10 minutes */
  readonly timeoutMs: number;
  /** Look again after this long. @default 10 seconds */
  readonly intervalMs: number;
}

export const DEFAULT_SOURCE_WAIT: SourceWaitTiming = { timeoutMs: 10 * 60_000, intervalMs: 10_000 };

export interface SourceWaitOptions {
  readonly timing?: Partial<SourceWaitTiming>;
  readonly clock?: Clock;
  /** Receives one progress line per look after the first. */
  readonly progress: (message: string) => void;
  /** Names the integration in the final error, e.g. "integration 1234 (GEO Dev Amazon EventBridge Source)". */
  readonly integration: string;
}

/** What a lookup found: the source's name, or undefined while Genesys has not created it. */
export type SourceLookup = () => Promise<string | undefined>;

/** The AWS provider's answer while no partner event source has the name (terraform-provider-aws data source). */
const NOT_FOUND = /no matching partner event source|not found/i;

/**
 * Looks the source up until it exists, bounded by the timeout, reporting progress; resolves with
 * its name. Throws with the next step when the timeout passes, and at once on any other error.
 */
export async function waitForPartnerEventSource(
  sourceName: string,
  lookup: SourceLookup,
  options: SourceWaitOptions,
): Promise<string> {
  const timing = { ...DEFAULT_SOURCE_WAIT, ...(options.timing ?? {}) };
  const clock = options.clock ?? systemClock();
  const started = clock.now();
  const total = Math.round(timing.timeoutMs / 1000);
  for (let attempt = 1; ; attempt++) {
    const found = await lookup();
    if (found !== undefined) return found;
    const elapsed = clock.now() - started;
    if (elapsed + timing.intervalMs > timing.timeoutMs) {
      throw new Error(
        `EventBridgePipeline: Genesys has not created the partner event source ${sourceName} within ${total}s of enabling ${options.integration} (${attempt} lookups). ` +
          `Next step: in Genesys Cloud open Admin > Integrations > that integration and check it is Active with no error, and that its AWS account id and region are this stack's; ` +
          `in the AWS console (EventBridge > Partner event sources, this stack's region) the source should then appear as Pending. Then run pulumi up again: the integration exists, so the run continues at the bus.`,
      );
    }
    options.progress(
      `waiting for Genesys to create the partner event source ${sourceName}: not there yet after ${Math.round(elapsed / 1000)}s (gives up after ${total}s)`,
    );
    await clock.sleep(timing.intervalMs);
  }
}

/** One lookup through the stack's AWS provider; "not found" is undefined, anything else throws. */
export function awsSourceLookup(sourceName: string, parent: pulumi.Resource): SourceLookup {
  return async () => {
    try {
      const source = await aws.cloudwatch.getEventSource({ namePrefix: sourceName }, { parent });
      // A name prefix can match a longer name; only the exact source will do.
      return source.name === sourceName ? source.name : undefined;
    } catch (error) {
      if (NOT_FOUND.test(String((error as Error)?.message ?? error))) return undefined;
      throw error;
    }
  };
}

/**
 * The source's name once it exists; the bus takes it as both name and eventSourceName. It depends
 * on the integration, so the wait starts after Genesys has been asked to create the source.
 */
export function partnerEventSourceReady(
  integration: { readonly id: pulumi.Output<string> },
  integrationLabel: pulumi.Input<string>,
  sourceName: pulumi.Input<string>,
  parent: pulumi.Resource,
  timing?: Partial<SourceWaitTiming>,
): pulumi.Output<string> {
  return pulumi.all([integration.id, integrationLabel, sourceName]).apply(([id, label, name]) =>
    waitForPartnerEventSource(name, awsSourceLookup(name, parent), {
      // A preview never waits: it looks once (the integration already exists) and reports.
      timing: pulumi.runtime.isDryRun() ? { ...timing, timeoutMs: 0 } : timing,
      integration: `integration ${id} (${label})`,
      progress: (message) => void pulumi.log.info(message, parent),
    }),
  );
}
