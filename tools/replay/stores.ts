/**
 * The stores the pipeline's functions write, in this process: dynalite for DynamoDB tables (created
 * from the stack's own table definitions) and, only when a function names a bucket, s3rver.
 * Everything listens on 127.0.0.1; nothing leaves the machine. Dynalite serves from a worker
 * thread, so its half of every write (request parsing, condition checks, the in-memory store)
 * runs beside the SDK's half instead of after it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import {
  CreateTableCommand,
  DynamoDBClient,
  ScanCommand,
  type AttributeValue,
  type ScalarAttributeType,
} from "@aws-sdk/client-dynamodb";
import type { TableSpec } from "./pipeline";
import { FaultProxy, type StoreFaults } from "./storeFaults";

// s3rver ships no type declarations.
interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

/** Credentials the local stores accept; never real ones. */
export const LOCAL_CREDENTIALS = {
  accessKeyId: "LOCALREPLAY",
  secretAccessKey: "LOCALREPLAY",
} as const;

/** Running local stores; `close` stops them. */
export class LocalStores {
  private constructor(
    private readonly dynamoWorker: Worker,
    private readonly s3: { server: S3rverInstance; directory: string } | undefined,
    /** Endpoint variables the AWS SDK reads: AWS_ENDPOINT_URL_DYNAMODB and, with buckets, AWS_ENDPOINT_URL_S3. */
    readonly endpoints: Readonly<Record<string, string>>,
    /** A client of dynalite itself, past any fault proxy. */
    readonly client: DynamoDBClient,
    private readonly proxy?: FaultProxy,
  ) {}

  /**
   * Starts dynalite with `tables` created, and s3rver with `buckets` when there are any. With
   * `faults` that inject anything, the functions reach dynalite through a FaultProxy.
   */
  static async start(
    tables: readonly TableSpec[],
    buckets: readonly string[],
    region: string,
    faults?: StoreFaults,
  ): Promise<LocalStores> {
    const { worker, port } = await startDynalite();
    const direct = `http://127.0.0.1:${port}`;
    const proxy = faults?.active ? await FaultProxy.start(direct, faults) : undefined;
    const endpoints: Record<string, string> = {
      AWS_ENDPOINT_URL_DYNAMODB: proxy?.endpoint ?? direct,
    };
    const dynamodb = new DynamoDBClient({
      endpoint: direct,
      region,
      credentials: LOCAL_CREDENTIALS,
    });
    for (const table of tables) {
      await dynamodb.send(
        new CreateTableCommand({
          TableName: table.name,
          AttributeDefinitions: table.attributes.map((a) => ({
            AttributeName: a.name,
            AttributeType: a.type as ScalarAttributeType,
          })),
          KeySchema: [
            { AttributeName: table.hashKey, KeyType: "HASH" },
            ...(table.rangeKey
              ? [{ AttributeName: table.rangeKey, KeyType: "RANGE" as const }]
              : []),
          ],
          BillingMode: "PAY_PER_REQUEST",
        }),
      );
    }
    let s3: { server: S3rverInstance; directory: string } | undefined;
    if (buckets.length > 0) {
      const S3rver = require("s3rver") as S3rverClass;
      const directory = fs.mkdtempSync(path.join(os.tmpdir(), "geo-replay-s3-"));
      const server = new S3rver({
        port: 0,
        address: "127.0.0.1",
        silent: true,
        directory,
        configureBuckets: buckets.map((name) => ({ name })),
      });
      // An IP-address endpoint makes the SDK use path-style URLs, which s3rver needs.
      endpoints.AWS_ENDPOINT_URL_S3 = `http://127.0.0.1:${(await server.run()).port}`;
      s3 = { server, directory };
    }
    return new LocalStores(worker, s3, endpoints, dynamodb, proxy);
  }

  /** Items in a table, counted through every Scan page. */
  async countItems(table: string): Promise<number> {
    let count = 0;
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.client.send(
        new ScanCommand({ TableName: table, Select: "COUNT", ExclusiveStartKey: start }),
      );
      count += page.Count ?? 0;
      start = page.LastEvaluatedKey;
    } while (start !== undefined);
    return count;
  }

  async close(): Promise<void> {
    this.client.destroy();
    await this.proxy?.close();
    await this.dynamoWorker.terminate();
    if (this.s3) {
      await this.s3.server.close();
      fs.rmSync(this.s3.directory, { recursive: true, force: true });
    }
  }
}

/** Dynalite (in memory) listening on a free loopback port, in a worker thread. */
async function startDynalite(): Promise<{ worker: Worker; port: number }> {
  const source = `
    const { parentPort } = require("node:worker_threads");
    const server = require(${JSON.stringify(require.resolve("dynalite"))})({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
  `;
  const worker = new Worker(source, { eval: true });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`dynalite's worker exited with code ${code} before listening`)),
    );
  });
  return { worker, port };
}
