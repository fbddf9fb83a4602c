import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import Module from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import * as vm from "node:vm";
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommandInput,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { bundleLambda, REPO_ROOT } from "../../components/bundle";
import {
  SaveAttributesInput,
  SaveAttributesOutput,
  createHandler,
  objectKeyFor,
} from "../../lambdas/save-attributes/handler";
import contract = require("../../lambdas/save-attributes/contract.json");

interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
// s3rver ships no type declarations.
const S3rver: new (options: Record<string, unknown>) => S3rverInstance = require("s3rver");

const BUCKET = "participant-attributes-test";
const EMPTY_BUCKET = "rejected-inputs-test";
const CONVERSATION = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const PARTICIPANT = "9b2e1c4d-0a7f-4e3b-8c6d-5f4a3b2c1d0e";
const FIXED_NOW = new Date("2026-03-07T23:59:58.123Z");

const validInput = (overrides: Partial<Record<keyof SaveAttributesInput, unknown>> = {}) =>
  ({
    conversationId: CONVERSATION,
    participantId: PARTICIPANT,
    paymentId: "pay-1",
    phoneNumber: "tel:+1 (317) 555-0123",
    ...overrides,
  }) as SaveAttributesInput;

/** Silences the handler's log lines and returns them. */
async function quietly<T>(
  fn: () => Promise<T>,
): Promise<{ value?: T; error?: unknown; lines: string[] }> {
  const lines: string[] = [];
  const saved = { info: console.info, warn: console.warn, log: console.log, error: console.error };
  console.info =
    console.warn =
    console.log =
    console.error =
      (...args: unknown[]) => {
        lines.push(args.join(" "));
      };
  try {
    return { value: await fn(), lines };
  } catch (error) {
    return { error, lines };
  } finally {
    Object.assign(console, saved);
  }
}

describe("save-attributes handler against s3rver", () => {
  let server: S3rverInstance;
  let directory: string;
  let endpoint: string;
  let s3: S3Client;

  before(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), "s3rver-"));
    server = new S3rver({
      port: 0,
      address: "127.0.0.1",
      silent: true,
      directory,
      configureBuckets: [{ name: BUCKET }, { name: EMPTY_BUCKET }],
    });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
    s3 = new S3Client({
      endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      // s3rver stores aws-chunked framing as data when the SDK adds checksums to streamed bodies.
      requestChecksumCalculation: "WHEN_REQUIRED",
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    });
  });

  after(async () => {
    s3.destroy();
    await server.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  const getObject = async (bucket: string, key: string) => {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return { contentType: object.ContentType, body: await object.Body!.transformToString() };
  };
  const listKeys = async (bucket: string, prefix = "") =>
    ((await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))).Contents ?? [])
      .map((o) => o.Key!)
      .sort();

  it("writes the normalised attributes as JSON under the conversation and participant of that UTC day", async () => {
    const save = createHandler(s3, { bucketName: BUCKET, now: () => FIXED_NOW });
    const { value } = await quietly(() => save(validInput()));
    const objectKey = `participant-attributes/2026/03/07/${CONVERSATION}/${PARTICIPANT}.json`;
    assert.deepEqual(value, { objectKey });

    const object = await getObject(BUCKET, objectKey);
    assert.equal(object.contentType, "application/json");
    assert.deepEqual(JSON.parse(object.body), {
      conversationId: CONVERSATION,
      participantId: PARTICIPANT,
      paymentId: "pay-1",
      phoneNumber: "+13175550123",
      savedAt: "2026-03-07T23:59:58.123Z",
    });
  });

  it("keeps one object per participant and conversation, even with the same payment id and time", async () => {
    const save = createHandler(s3, {
      bucketName: BUCKET,
      now: () => new Date("2026-04-01T08:00:00Z"),
    });
    const otherParticipant = "11111111-2222-4333-8444-555555555555";
    const otherConversation = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
    const calls = [
      validInput({ phoneNumber: "+13175550001" }),
      validInput({ participantId: otherParticipant, phoneNumber: "+13175550002" }),
      validInput({ conversationId: otherConversation, phoneNumber: "+13175550003" }),
    ];
    const keys: string[] = [];
    for (const call of calls) keys.push((await quietly(() => save(call))).value!.objectKey);

    assert.equal(new Set(keys).size, 3);
    assert.deepEqual(
      await listKeys(BUCKET, "participant-attributes/2026/04/01/"),
      [...keys].sort(),
    );
    for (const [i, key] of keys.entries()) {
      assert.equal(
        JSON.parse((await getObject(BUCKET, key)).body).phoneNumber,
        calls[i].phoneNumber,
      );
    }
  });

  it("lower-cases ids so the same participant always maps to the same key", async () => {
    const save = createHandler(s3, { bucketName: BUCKET, now: () => FIXED_NOW });
    const { value } = await quietly(() =>
      save(validInput({ conversationId: CONVERSATION.toUpperCase() })),
    );
    assert.equal(
      value!.objectKey,
      `participant-attributes/2026/03/07/${CONVERSATION}/${PARTICIPANT}.json`,
    );
  });

  const rejected: [string, Partial<Record<keyof SaveAttributesInput, unknown>>, string, string][] =
    [
      [
        "a missing conversationId",
        { conversationId: undefined },
        "conversationId",
        "conversationId must be a Genesys id (a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6); got nothing (the field is missing)",
      ],
      [
        "a path in participantId",
        { participantId: "../other" },
        "participantId",
        'participantId must be a Genesys id (a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6); got "../other"',
      ],
      [
        "an empty paymentId",
        { paymentId: "  " },
        "paymentId",
        'paymentId must be the id the payment-id action returned (a non-empty string other than "null"); got "  "',
      ],
      [
        'the blueprint\'s "null" paymentId',
        { paymentId: "null" },
        "paymentId",
        'paymentId must be the id the payment-id action returned (a non-empty string other than "null"); got "null"',
      ],
      [
        "a phone number without a country code",
        { phoneNumber: "tel:3175550123" },
        "phoneNumber",
        'phoneNumber must be an E.164 number such as +13175550123 once a tel:/sip: prefix, spaces, dashes, dots and parentheses are removed; got "…0123" (redacted to its last 4 digits)',
      ],
      [
        "an anonymous caller",
        { phoneNumber: "sip:anonymous@anonymous.invalid" },
        "phoneNumber",
        'phoneNumber must be an E.164 number such as +13175550123 once a tel:/sip: prefix, spaces, dashes, dots and parentheses are removed; got "…" (redacted to its last 4 digits)',
      ],
      [
        "a numeric phone number",
        { phoneNumber: 13175550123 },
        "phoneNumber",
        "phoneNumber must be a string holding an E.164 number such as +13175550123; got a number",
      ],
    ];
  for (const [what, overrides, field, message] of rejected) {
    it(`rejects ${what}, naming ${field}, and writes nothing`, async () => {
      const save = createHandler(s3, { bucketName: EMPTY_BUCKET });
      const { error, lines } = await quietly(() => save(validInput(overrides)));
      assert.ok(error instanceof Error, "the call must fail");
      assert.equal(error.name, "InputValidationError");
      assert.equal((error as Error & { field: string }).field, field);
      assert.equal(error.message, message);
      assert.deepEqual(
        lines.map((l) => JSON.parse(l)),
        [{ message: "rejected save request", field }],
      );
      assert.deepEqual(await listKeys(EMPTY_BUCKET), []);
    });
  }

  it("never shows more than the last four digits of a rejected phone number", async () => {
    const save = createHandler(s3, { bucketName: EMPTY_BUCKET });
    const { error, lines } = await quietly(() => save(validInput({ phoneNumber: "8642097531" })));
    assert.ok(error instanceof Error);
    assert.ok(error.message.includes('"…7531"'), error.message);
    for (const text of [error.message, ...lines]) assert.ok(!text.includes("864209"), text);
  });

  it("fails without writing when BUCKET_NAME is not set", async () => {
    const saved = process.env.BUCKET_NAME;
    delete process.env.BUCKET_NAME;
    try {
      const { error } = await quietly(() => createHandler(s3)(validInput()));
      assert.ok(error instanceof Error);
      assert.equal(
        error.message,
        "BUCKET_NAME is not set; fix: set it in the function's environment to the target bucket",
      );
    } finally {
      if (saved !== undefined) process.env.BUCKET_NAME = saved;
    }
  });

  // No environment variable sets forcePathStyle in SDK v3; an IP-address endpoint gets path-style
  // URLs anyway (checked: http://127.0.0.1 -> /bucket/key, http://localhost -> bucket.localhost/key).
  it("runs as bundled by bundleLambda, reaching s3rver through the default client and environment alone", async () => {
    const env = {
      BUCKET_NAME: BUCKET,
      AWS_ENDPOINT_URL_S3: endpoint,
      AWS_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: "S3RVER",
      AWS_SECRET_ACCESS_KEY: "S3RVER",
      AWS_SESSION_TOKEN: undefined,
      AWS_PROFILE: undefined,
      // The production default: a string body is sent whole, so s3rver stores it unframed.
      AWS_REQUEST_CHECKSUM_CALCULATION: undefined,
    };
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    const setEnv = (values: Record<string, string | undefined>) => {
      for (const [k, v] of Object.entries(values)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    };
    setEnv(env);
    try {
      const exports = loadBundle(bundleLambda("save-attributes").code);
      assert.equal(typeof exports.handler, "function");
      const conversationId = "cccccccc-dddd-4eee-8fff-000000000001";
      const { value, error } = await quietly(() =>
        exports.handler(validInput({ conversationId, phoneNumber: "tel:+442071234567" })),
      );
      assert.equal(error, undefined);
      // The key's day comes from the clock: compare it with the savedAt stored alongside, not with "now".
      const match =
        /^participant-attributes\/(\d{4})\/(\d{2})\/(\d{2})\/cccccccc-dddd-4eee-8fff-000000000001\/9b2e1c4d-0a7f-4e3b-8c6d-5f4a3b2c1d0e\.json$/.exec(
          value!.objectKey,
        );
      assert.ok(match, value!.objectKey);
      const object = await getObject(BUCKET, value!.objectKey);
      const saved = JSON.parse(object.body);
      assert.equal(object.contentType, "application/json");
      assert.equal(saved.phoneNumber, "+442071234567");
      assert.equal(saved.savedAt.slice(0, 10), `${match[1]}-${match[2]}-${match[3]}`);
    } finally {
      setEnv(saved);
    }
  });
});

/** Loads bundled CommonJS the way Lambda does, resolving `@aws-sdk/*` from this repo's node_modules. */
function loadBundle(code: string): {
  handler: (event: SaveAttributesInput) => Promise<SaveAttributesOutput>;
} {
  const filename = path.join(REPO_ROOT, "index.js"); // never written: only anchors require()
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = vm.runInThisContext(Module.wrap(code), { filename });
  wrapper.call(
    module.exports,
    module.exports,
    Module.createRequire(filename),
    module,
    filename,
    REPO_ROOT,
  );
  return module.exports as never;
}

describe("save-attributes conditional write", () => {
  /** A client that records each PutObject input and answers with `reply`. */
  const recordingClient = (reply: () => Promise<unknown>) => {
    const sent: PutObjectCommandInput[] = [];
    const client = {
      send: async (command: { input: PutObjectCommandInput }) => {
        sent.push(command.input);
        return reply();
      },
    };
    return { sent, client: client as unknown as S3Client };
  };

  it("asks S3 to write only if no object exists yet, encrypted with KMS, as JSON", async () => {
    const { sent, client } = recordingClient(async () => ({}));
    await quietly(() =>
      createHandler(client, { bucketName: "b", now: () => FIXED_NOW })(validInput()),
    );
    assert.deepEqual(sent, [
      {
        Bucket: "b",
        Key: objectKeyFor({ conversationId: CONVERSATION, participantId: PARTICIPANT }, FIXED_NOW),
        Body: JSON.stringify({
          conversationId: CONVERSATION,
          participantId: PARTICIPANT,
          paymentId: "pay-1",
          phoneNumber: "+13175550123",
          savedAt: "2026-03-07T23:59:58.123Z",
        }),
        ContentType: "application/json",
        ServerSideEncryption: "aws:kms",
        BucketKeyEnabled: true,
        IfNoneMatch: "*",
      },
    ]);
  });

  it("treats S3's 412 (a retry of a save that already happened) as success, keeping the first object", async () => {
    const preconditionFailed = new S3ServiceException({
      name: "PreconditionFailed",
      $fault: "client",
      $metadata: { httpStatusCode: 412 },
      message: "At least one of the pre-conditions you specified did not hold",
    });
    const { client } = recordingClient(async () => {
      throw preconditionFailed;
    });
    const { value, error, lines } = await quietly(() =>
      createHandler(client, { bucketName: "b", now: () => FIXED_NOW })(validInput()),
    );
    assert.equal(error, undefined);
    assert.deepEqual(value, {
      objectKey: objectKeyFor(
        { conversationId: CONVERSATION, participantId: PARTICIPANT },
        FIXED_NOW,
      ),
    });
    assert.equal(JSON.parse(lines[0]).message, "participant attributes were already saved");
  });

  it("fails on any other S3 error, so Genesys takes the failure path", async () => {
    const denied = new S3ServiceException({
      name: "AccessDenied",
      $fault: "client",
      $metadata: { httpStatusCode: 403 },
      message: "Access Denied",
    });
    const { client } = recordingClient(async () => {
      throw denied;
    });
    const { error } = await quietly(() => createHandler(client, { bucketName: "b" })(validInput()));
    assert.equal(error, denied);
  });
});

describe("save-attributes contract.json", () => {
  it("requires exactly the four string inputs the handler reads", () => {
    assert.equal(contract.input.$schema, "http://json-schema.org/draft-04/schema#");
    assert.equal(contract.input.type, "object");
    const fields = ["conversationId", "participantId", "paymentId", "phoneNumber"];
    assert.deepEqual(contract.input.required, fields);
    assert.deepEqual(Object.keys(contract.input.properties), fields);
    for (const field of fields)
      assert.equal(
        contract.input.properties[field as keyof typeof contract.input.properties].type,
        "string",
      );
    assert.equal(contract.input.additionalProperties, false);
  });

  it("declares exactly the output the handler returns", async () => {
    const save = createHandler({ send: async () => ({}) } as unknown as S3Client, {
      bucketName: "b",
    });
    const { value } = await quietly(() => save(validInput()));
    assert.deepEqual(Object.keys(contract.output.properties), Object.keys(value!));
    assert.deepEqual(contract.output.required, ["objectKey"]);
    assert.equal(contract.output.properties.objectKey.type, "string");
  });
});

describe("objectKeyFor", () => {
  it("uses the UTC date, not the local one", () => {
    assert.equal(
      objectKeyFor(
        { conversationId: "c", participantId: "p" },
        new Date("2026-12-31T23:30:00-05:00"),
      ),
      "participant-attributes/2027/01/01/c/p.json",
    );
  });
});
