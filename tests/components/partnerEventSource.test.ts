import * as assert from "node:assert/strict";
import type { Clock } from "../../components/genesysApi/retry";
import { waitForPartnerEventSource } from "../../components/partnerEventSource";

// The wait for the partner event source Genesys creates asynchronously, on a virtual clock.
// Not proven here: how long Genesys takes on a real org (verify list in docs/operations.md).

const SOURCE =
  "aws.partner/genesys.com/cloud/32aa07aa-db1b-4987-abd0-9483601ec29d/dev-conversations";
const TIMING = { timeoutMs: 60_000, intervalMs: 10_000 };

function virtualClock(): Clock & { waits: number[] } {
  let t = 0;
  const waits: number[] = [];
  return { waits, now: () => t, sleep: async (ms) => void (waits.push(ms), (t += ms)) };
}

describe("waiting for the partner event source", () => {
  it("returns as soon as the source exists, reporting each look while it does not", async () => {
    const clock = virtualClock();
    const progress: string[] = [];
    let looks = 0;
    const name = await waitForPartnerEventSource(
      SOURCE,
      async () => (++looks >= 3 ? SOURCE : undefined),
      {
        timing: TIMING,
        clock,
        progress: (m) => progress.push(m),
        integration: "integration i-1 (Dev Amazon EventBridge Source)",
      },
    );
    assert.equal(name, SOURCE);
    assert.equal(looks, 3);
    assert.deepEqual(clock.waits, [10_000, 10_000]);
    assert.deepEqual(progress, [
      `waiting for Genesys to create the partner event source ${SOURCE}: not there yet after 0s (gives up after 60s)`,
      `waiting for Genesys to create the partner event source ${SOURCE}: not there yet after 10s (gives up after 60s)`,
    ]);
  });

  it("is bounded: gives up at the timeout with the next step, never waiting past it", async () => {
    const clock = virtualClock();
    const progress: string[] = [];
    let looks = 0;
    const error = await waitForPartnerEventSource(SOURCE, async () => void looks++, {
      timing: TIMING,
      clock,
      progress: (m) => progress.push(m),
      integration: "integration i-1 (Dev Amazon EventBridge Source)",
    }).then(
      () => assert.fail("expected a timeout"),
      (e: Error) => e,
    );
    assert.ok(clock.now() <= TIMING.timeoutMs, `waited ${clock.now()} ms`);
    assert.equal(looks, 7);
    assert.equal(progress.length, 6);
    assert.match(
      error.message,
      new RegExp(
        `^EventBridgePipeline: Genesys has not created the partner event source ${SOURCE.replace(/[.]/g, "\\.")} within 60s of enabling integration i-1 \\(Dev Amazon EventBridge Source\\) \\(7 lookups\\)\\. Next step: `,
      ),
    );
    assert.match(
      error.message,
      /Then run pulumi up again: the integration exists, so the run continues at the bus\.$/,
    );
  });

  it("fails at once on a lookup error that is not 'not found'", async () => {
    const clock = virtualClock();
    const error = await waitForPartnerEventSource(
      SOURCE,
      async () => {
        throw new Error("AccessDeniedException: not authorized to perform events:ListEventSources");
      },
      { timing: TIMING, clock, progress: () => undefined, integration: "i-1" },
    ).then(
      () => assert.fail("expected a rejection"),
      (e: Error) => e,
    );
    assert.match(error.message, /AccessDeniedException/);
    assert.deepEqual(clock.waits, []);
  });
});
