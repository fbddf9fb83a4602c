/**
 * The part of `@aws-sdk/client-dynamodb` the handlers use, for Lambda: `new DynamoDBClient(config)`
 * and `client.send(new PutItemCommand(input))`. components/bundle.ts puts this module in place of
 * the SDK package in the deployed bundle (tests run the handlers with the real SDK too).
 *
 * DynamoDB's low-level API is JSON over HTTPS: POST / with `X-Amz-Target: DynamoDB_20120810.<Operation>`
 * and the command's input as the body; an error answers with `{"__type": "…#<Code>", "message": …}`
 * (DynamoDB developer guide, "Low-level API", Programming.LowLevelAPI.html, and "Error handling",
 * Programming.Errors.html). The input is sent as given, so every PutItem member works.
 */
import { type ClientConfig, checkConfig, type HttpAnswer, send } from "./awsHttp";

abstract class JsonCommand<Input extends object> {
  abstract readonly operation: string;
  constructor(readonly input: Input) {}
}

/** PutItem; the input is the API's, attribute values in DynamoDB JSON ({ S: "…" }, { N: "1" }). */
export class PutItemCommand extends JsonCommand<Record<string, unknown>> {
  readonly operation = "PutItem";
}

/**
 * DynamoDB JSON carries binary values (`{ B: … }`) as base64 text. The holder's own value is read
 * because JSON.stringify has already turned a Buffer into `{ type, data }` through its toJSON.
 */
function binaryAsBase64(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  return original instanceof Uint8Array ? Buffer.from(original).toString("base64") : value;
}

function parseError(answer: HttpAnswer) {
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(answer.body) as Record<string, unknown>;
  } catch {
    // A proxy's HTML page: the header may still say what went wrong.
  }
  const type =
    (typeof body.__type === "string" ? body.__type : undefined) ??
    answer.headers["x-amzn-errortype"]?.toString();
  const { __type, message, Message, ...members } = body;
  void __type;
  const text =
    typeof message === "string" ? message : typeof Message === "string" ? Message : undefined;
  return { code: type?.split("#").pop()?.split(":")[0], message: text, members };
}

export class DynamoDBClient {
  constructor(readonly config: ClientConfig = {}) {
    checkConfig("DynamoDBClient", config);
  }

  async send(command: PutItemCommand): Promise<Record<string, unknown>> {
    const answer = await send(this.config, {
      service: "dynamodb",
      endpointEnvName: "DYNAMODB",
      method: "POST",
      regionalHost: (region) =>
        `dynamodb.${region}.amazonaws.com${region.startsWith("cn-") ? ".cn" : ""}`,
      path: "/",
      headers: {
        "content-type": "application/x-amz-json-1.0",
        "x-amz-target": `DynamoDB_20120810.${command.operation}`,
      },
      body: JSON.stringify(command.input, binaryAsBase64),
      parseError,
    });
    const output = answer.body ? (JSON.parse(answer.body) as Record<string, unknown>) : {};
    return { ...output, $metadata: { httpStatusCode: answer.status } };
  }
}
