import * as assert from "node:assert/strict";
import {
  deriveBufferSettings,
  MAX_CONCURRENCY,
  maxConcurrencyProblem,
  OUTAGE_TOLERANCE_HOURS,
  outageToleranceProblem,
  resolveMaxConcurrency,
  resolveOutageToleranceHours,
  SQS_MAX_RECEIVE_COUNT,
  SQS_MAX_RETENTION_SECONDS,
} from "../../../components/eventbridge/settings";

describe("event pipeline settings: the one home of each rule", () => {
  it("maxConcurrency: 1–900 whole numbers, default 10, one message naming the fix", () => {
    assert.equal(resolveMaxConcurrency(undefined), MAX_CONCURRENCY.default);
    assert.equal(resolveMaxConcurrency(1), 1);
    assert.equal(resolveMaxConcurrency(900), 900);
    for (const bad of [0, 901, 2.5, -1, NaN]) {
      assert.match(maxConcurrencyProblem(bad)!.problem, /is not a whole number from 1 to 900/);
      assert.throws(
        () => resolveMaxConcurrency(bad),
        /^Error: maxConcurrency is not a whole number from 1 to 900; got .*Fix: /,
      );
    }

    assert.ok(maxConcurrencyProblem("10"), "a string is no number");
  });

  it("outageToleranceHours: 1–336 whole hours, default 24", () => {
    assert.equal(resolveOutageToleranceHours(undefined), OUTAGE_TOLERANCE_HOURS.default);
    assert.equal(OUTAGE_TOLERANCE_HOURS.default, 24);
    for (const bad of [0, 337, 1.5]) {
      assert.match(outageToleranceProblem(bad)!.problem, /1 to 336/);
      assert.throws(
        () => resolveOutageToleranceHours(bad, "eventPipeline.outageToleranceHours"),
        /^Error: eventPipeline\.outageToleranceHours is not/,
      );
    }
  });

  it("derives the buffer: visibility ≥ 6 × the execution timeout, no dead letter before the tolerance, 14 days' retention", () => {
    // The deployed definition's worst case is 114 s (stateMachine.test.ts).
    assert.deepEqual(deriveBufferSettings(24, 114), {
      executionTimeoutSeconds: 120,
      visibilityTimeoutSeconds: 720,
      maxReceiveCount: 120,
      messageRetentionSeconds: SQS_MAX_RETENTION_SECONDS,
    });
    for (const hours of [1, 2, 24, 100, 335, 336]) {
      for (const worst of [1, 59, 114, 299]) {
        const b = deriveBufferSettings(hours, worst);
        assert.ok(
          b.visibilityTimeoutSeconds >= 6 * b.executionTimeoutSeconds,
          `${hours} h, ${worst} s`,
        );
        assert.ok(b.executionTimeoutSeconds >= worst);
        // A record reaches its (N+1)th receive, where SQS dead-letters it, no younger than N × V.
        assert.ok(
          b.maxReceiveCount * b.visibilityTimeoutSeconds >= hours * 3600,
          `${hours} h, ${worst} s`,
        );
        assert.ok(b.maxReceiveCount >= 1 && b.maxReceiveCount <= SQS_MAX_RECEIVE_COUNT);
        assert.ok(b.messageRetentionSeconds >= hours * 3600);
      }
    }
    // 336 h over 720 s would be 1,680 receives, more than SQS allows: the visibility grows instead.
    assert.deepEqual(deriveBufferSettings(336, 114), {
      executionTimeoutSeconds: 120,
      visibilityTimeoutSeconds: 1210,
      maxReceiveCount: 1000,
      messageRetentionSeconds: SQS_MAX_RETENTION_SECONDS,
    });
    assert.throws(() => deriveBufferSettings(0, 114), /outageToleranceHours is not a whole number/);
    assert.throws(
      () => deriveBufferSettings(24, Infinity),
      /worst case must be a finite, positive number/,
    );
  });
});
