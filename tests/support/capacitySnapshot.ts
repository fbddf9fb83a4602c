/**
 * Test helper: synthesizes one stack under the mock runtime, exactly as the offline plan does, and
 * prints the event pipeline's capacity design and reports as JSON (one stack per process: the mock
 * runtime is process-wide):
 *   node -r ts-node/register/transpile-only tests/support/capacitySnapshot.ts <stack>
 */
import * as path from "node:path";
import { capacityReportsOfStack, pipelineDesign } from "../../tools/capacity";
import { synthesizeStack } from "../../tools/synthesize";

async function main(stack: string): Promise<void> {
  const synthesized = await synthesizeStack(path.resolve(__dirname, "..", ".."), stack);
  const design = pipelineDesign(synthesized);
  process.stdout.write(
    `${JSON.stringify({ design, reports: capacityReportsOfStack(synthesized) })}\n`,
  );
}

main(process.argv[2] ?? "").then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(
      `error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  },
);
