/** An in-process DynamoDB (dynalite) on loopback, with the table shape the event pipeline's handlers use. */
import type { AddressInfo } from "node:net";
import { CreateTableCommand, DynamoDBClient, ScanCommand } from "@aws-sdk/client-dynamodb";

const dynalite: (
  options: Record<string, unknown>,
) => import("node:http").Server = require("dynalite");

export interface LocalDynamoDb {
  /** http://127.0.0.1:<port>, for AWS_ENDPOINT_URL_DYNAMODB. */
  readonly endpoint: string;
  /** A client for it, with dummy credentials. */
  readonly client: DynamoDBClient;
  /** Creates a fresh table keyed on the string `pk`, named `<prefix>-<n>`. */
  newTable(prefix: string): Promise<string>;
  /** The number of items in a table. */
  count(table: string): Promise<number | undefined>;
  stop(): Promise<void>;
}

export async function startDynalite(): Promise<LocalDynamoDb> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  let tables = 0;
  return {
    endpoint,
    client,
    async newTable(prefix) {
      const name = `${prefix}-${++tables}`;
      await client.send(
        new CreateTableCommand({
          TableName: name,
          AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
          KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
          BillingMode: "PAY_PER_REQUEST",
        }),
      );
      return name;
    },
    async count(table) {
      return (await client.send(new ScanCommand({ TableName: table, Select: "COUNT" }))).Count;
    },
    async stop() {
      client.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
