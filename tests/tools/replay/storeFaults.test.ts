import * as assert from "node:assert/strict";
import { parseOutage, StoreFaults } from "../../../tools/replay/storeFaults";

describe("replay: injected store faults", () => {
  it("reads <start>+<duration> with s, m, h or d, and names what is wrong otherwise", () => {
    assert.deepEqual(parseOutage("2s+6h"), { startSeconds: 2, durationSeconds: 21600 });
    assert.deepEqual(parseOutage("0+30h"), { startSeconds: 0, durationSeconds: 108000 });
    assert.deepEqual(parseOutage("1.5m+1d"), { startSeconds: 90, durationSeconds: 86400 });
    assert.match(parseOutage("6h") as string, /is not <start>\+<duration>/);
    assert.match(parseOutage("2s+0h") as string, /zero duration/);
  });

  it("fails every write inside the outage window only", () => {
    let now = 0;
    const faults = new StoreFaults(
      { outage: { startSeconds: 2, durationSeconds: 10 }, seed: 1 },
      () => now,
    );
    const at = (ms: number) => ((now = ms), faults.decide("k"));
    assert.deepEqual(
      [at(1999), at(2000), at(11_999), at(12_000)],
      [undefined, "unavailable", "unavailable", undefined],
    );
    assert.equal(faults.outageEndMs, 12_000);
  });

  it("throttles the same attempts of the same keys for the same seed, whatever order they come in", () => {
    const run = (keys: string[], seed: number) => {
      const faults = new StoreFaults({ throttle: 0.3, seed }, () => 0);
      return Object.fromEntries(keys.map((k) => [k, [faults.decide(k), faults.decide(k)]]));
    };
    const keys = Array.from({ length: 2000 }, (_, i) => `events#${i}`);
    const forward = run(keys, 7);
    assert.deepEqual(run([...keys].reverse(), 7), forward);
    const throttled = Object.values(forward)
      .flat()
      .filter((f) => f === "throttled").length;
    assert.ok(throttled > 1100 && throttled < 1300, String(throttled)); // 30 % of 4,000 attempts
    assert.notDeepEqual(run(keys, 8), forward);
  });
});
