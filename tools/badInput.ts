import { ConfigError } from "../stacks/config";

/**
 * What a CLI prints for bad input (arguments or config) before it exits 2: one line that starts by
 * naming the key. Undefined for any other error, which is the program's own failure (exit 1).
 * The config tests assert on this same line in-process, so it is written once, here.
 */
export function badInputLine(
  err: unknown,
  inputErrors: readonly (new (...args: never[]) => Error)[] = [],
): string | undefined {
  if (err instanceof ConfigError || inputErrors.some((type) => err instanceof type)) {
    return `error: ${(err as Error).message}\n`;
  }
  return undefined;
}
