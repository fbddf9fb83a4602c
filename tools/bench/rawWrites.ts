// The baseline the replay benchmark prints its ratio against: how fast the local store takes the
// same conditional PutItems the processor makes, through the same AWS SDK, ten in flight at a time
// (one batch), with nothing else around them. Run in a child process so it shares no warm-up with
// the replay:  node -r ts-node/register/transpile-only tools/bench/rawWrites.ts <writes>
import { performance } from "node:perf_hooks";
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { LocalStores } from "../replay/stores";

async function main(): Promise<void> {
  const writes = Number(process.argv[2] ?? "20000");
  const table = {
    resourceName: "bench",
    name: "bench",
    hashKey: "pk",
    attributes: [{ name: "pk", type: "S" }],
  };
  const stores = await LocalStores.start([table], [], "us-east-1");
  try {
    const client = stores.client;
    const put = (i: number) =>
      client.send(
        new PutItemCommand({
          TableName: "bench",
          Item: {
            pk: { S: `v2.detail.events.conversation.${i}.customer.end#p#s#${1700000000000 + i}` },
            eventId: { S: `e${i}` },
            eventBody: { S: JSON.stringify({ conversationId: `${i}`, ani: "tel:+13175550100" }) },
            expiresAt: { N: "1800000000" },
          },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
    for (let i = 0; i < 200; i += 10)
      await Promise.all(Array.from({ length: 10 }, (_, j) => put(-1 - i - j)));
    const started = performance.now();
    for (let i = 0; i < writes; i += 10)
      await Promise.all(Array.from({ length: Math.min(10, writes - i) }, (_, j) => put(i + j)));
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      JSON.stringify({
        writes,
        seconds,
        writesPerSecond: Math.round((writes / seconds) * 10) / 10,
      }) + "\n",
    );
  } finally {
    await stores.close();
  }
}

main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
