import * as assert from "node:assert/strict";
import { checkLine, entrySize, MAX_ENTRY_BYTES } from "../../../tools/replay/envelope";
import { loadLocalFunction } from "../../../tools/replay/lambda";
import type { FunctionSpec } from "../../../tools/replay/pipeline";

const ACCOUNT = "123456789012";
const SOURCE =
  "aws.partner/genesys.com/cloud/32aa07aa-db1b-4987-abd0-9483601ec29d/dev-conversations";
const arn = (service: string, resource: string) =>
  `arn:aws:${service}:us-east-1:${ACCOUNT}:${resource}`;
/** A function whose handler is `code` (a CommonJS module body exporting `handler`). */
function fn(
  name: string,
  code: string,
  environment: Record<string, string> = {},
  timeoutSeconds = 10,
): FunctionSpec {
  return {
    resourceName: name,
    name,
    arn: arn("lambda", `function:${name}`),
    handler: "index.handler",
    files: { "index.js": code },
    environment,
    timeoutSeconds,
    memorySizeMb: 256,
    asyncRetries: 2,
  };
}

function event(id: string, behave: string, topic = "customer.end"): string {
  return JSON.stringify({
    version: "0",
    id,
    "detail-type": `v2.detail.events.conversation.{id}.${topic}`,
    source: SOURCE,
    account: ACCOUNT,
    time: "2026-11-21T10:00:00Z",
    region: "us-east-1",
    resources: [],
    detail: { topicName: `v2.detail.events.conversation.c.${topic}`, eventBody: { behave } },
  });
}

describe("replay: what EventBridge accepts from a line", () => {
  const base = JSON.parse(event("e1", "stored"));
  it("names what is wrong with a line that is not an event", () => {
    const problem = (line: string) =>
      "problem" in checkLine(line) ? (checkLine(line) as { problem: string }).problem : "accepted";
    assert.equal(problem("   "), "empty line");
    assert.match(problem('{"version":"0","id":'), /^not JSON \(/);
    assert.equal(problem("42"), "not a JSON object but a number");
    assert.equal(problem("[]"), "not a JSON object but an array");
    assert.equal(
      problem(JSON.stringify({ ...base, id: "" })),
      "not an EventBridge event: id is empty, not a string",
    );
    assert.equal(
      problem(JSON.stringify({ ...base, source: 7, detail: [1] })),
      "not an EventBridge event: source is a number, not a string; detail is an array, not a JSON object",
    );
    assert.equal(problem(JSON.stringify(base)), "accepted");
  });

  it("sizes an entry as EventBridge does: 14 bytes of Time, then UTF-8 bytes of Source, DetailType, compact Detail and Resources", () => {
    const small = { source: "s", "detail-type": "dt", detail: { a: "é" }, resources: ["r1", "r2"] };
    assert.equal(entrySize(small), 1 + 2 + Buffer.byteLength('{"a":"é"}') + 4);
    assert.equal(entrySize({ ...small, time: "2026-11-21T10:00:00Z" }), entrySize(small) + 14);
    const padded = (bytes: number) => {
      const e = { ...base, detail: { ...base.detail, eventBody: { pad: "" } } };
      e.detail.eventBody.pad = "x".repeat(bytes - entrySize(e));
      return JSON.stringify(e);
    };
    assert.ok("event" in checkLine(padded(MAX_ENTRY_BYTES - 1)));
    assert.match(
      (checkLine(padded(MAX_ENTRY_BYTES)) as { problem: string }).problem,
      /entry of 262144 bytes is not under EventBridge's 256 KiB/,
    );
  });
});

describe("replay: a function's bundle run in-process", () => {
  it("gives each function its own environment, console and JSON-only payloads", async () => {
    const code = `exports.handler = async (input) => { input.touched = true; console.warn("table", process.env.TABLE_NAME); return { table: process.env.TABLE_NAME, at: new Date(0), input }; };`;
    const logs: string[] = [];
    const sink = (name: string, level: string, text: string) =>
      logs.push(`${name} ${level} ${text}`);
    const a = loadLocalFunction(fn("a", code, { TABLE_NAME: "table-a" }), sink);
    const b = loadLocalFunction(fn("b", code, { TABLE_NAME: "table-b" }), sink);
    const payload = { n: 1 };
    const [ra, rb] = await Promise.all([a.invoke(payload), b.invoke(payload)]);
    assert.deepEqual(ra, {
      table: "table-a",
      at: "1970-01-01T00:00:00.000Z",
      input: { n: 1, touched: true },
    });
    assert.deepEqual((rb as { table: string }).table, "table-b");
    assert.deepEqual(payload, { n: 1 }, "the handler got a copy");
    assert.deepEqual(logs, ["a warn table table-a", "b warn table table-b"]);
    assert.equal(process.env.TABLE_NAME, undefined);
  });

  it("surfaces a thrown error under its name, and a run past the timeout as Sandbox.Timedout", async () => {
    const failing = loadLocalFunction(
      fn(
        "f",
        `class MalformedEvent extends Error { name = "MalformedEvent"; } exports.handler = async () => { throw new MalformedEvent("bad"); };`,
      ),
    );
    await assert.rejects(
      failing.invoke({}),
      (err: Error) =>
        err.name === "MalformedEvent" && JSON.parse(err.message).errorMessage === "bad",
    );
    const slow = loadLocalFunction(
      fn("s", `exports.handler = () => new Promise(() => {});`, {}, 0.05),
    );
    await assert.rejects(
      slow.invoke({}),
      (err: Error) =>
        err.name === "Sandbox.Timedout" && /Task timed out after 0\.05 seconds/.test(err.message),
    );
  });
});
