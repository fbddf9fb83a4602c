import * as assert from "node:assert/strict";
import { ConfigError } from "../../stacks/config";

/** The ConfigError `fn` throws; fails the test when it throws anything else or nothing. */
export function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
    return err;
  }
  assert.fail("expected a ConfigError, but parsing succeeded");
}
