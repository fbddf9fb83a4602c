import * as assert from "node:assert/strict";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import Module from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import * as vm from "node:vm";
import { bundleLambda, LAMBDA_CLIENTS, REPO_ROOT } from "../../components/bundle";

const SOURCES = ["payment-id", "save-attributes", "queue-end"];
/** Deployment packages stay small: the Lambda clients add about 20 KB, source map included. */
const MAX_BUNDLE_BYTES = 64 * 1024;

function inlineSourceMap(code: string): { sources: string[]; sourcesContent?: unknown } {
  const match = /\n\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\n?$/.exec(
    code,
  );
  assert.ok(match, "the bundle ends with an inline source map");
  return JSON.parse(Buffer.from(match[1], "base64").toString("utf8"));
}

function tempRoot(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "bundle-test-"));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe("bundleLambda", () => {
  for (const source of SOURCES) {
    describe(source, () => {
      const bundle = bundleLambda(source);

      it("gives the same bytes and hash on every run", () => {
        const again = bundleLambda(source);
        assert.equal(again.code, bundle.code);
        assert.equal(again.sha256, bundle.sha256);
        assert.equal(bundle.sha256, createHash("sha256").update(bundle.code).digest("hex"));
      });

      it("gives the same bytes from a checkout in another directory", () => {
        const copy = fs.mkdtempSync(path.join(os.tmpdir(), "bundle-copy-"));
        try {
          fs.cpSync(path.join(REPO_ROOT, "lambdas"), path.join(copy, "lambdas"), {
            recursive: true,
          });
          fs.copyFileSync(path.join(REPO_ROOT, "tsconfig.json"), path.join(copy, "tsconfig.json"));
          assert.equal(bundleLambda(source, copy).code, bundle.code);
        } finally {
          fs.rmSync(copy, { recursive: true, force: true });
        }
      });

      it("holds no absolute path of this machine", () => {
        for (const absolute of [REPO_ROOT, path.dirname(REPO_ROOT), os.tmpdir(), os.homedir()]) {
          assert.ok(!bundle.code.includes(absolute), `bundle contains ${absolute}`);
        }
      });

      it("maps back to repository-relative TypeScript without carrying the source text", () => {
        const map = inlineSourceMap(bundle.code);
        assert.ok(map.sources.includes(`lambdas/${source}/handler.ts`), map.sources.join());
        assert.ok(
          map.sources.every((s) => s.startsWith("lambdas/")),
          map.sources.join(),
        );
        assert.equal(map.sourcesContent, undefined);
      });

      it(`stays under ${MAX_BUNDLE_BYTES / 1024} KB`, () => {
        assert.ok(
          Buffer.byteLength(bundle.code) < MAX_BUNDLE_BYTES,
          `${Buffer.byteLength(bundle.code)} bytes`,
        );
      });

      it("is CommonJS exporting handler, with no AWS SDK inside or required", () => {
        const filename = path.join(REPO_ROOT, "index.js");
        const module = { exports: {} as Record<string, unknown> };
        vm.runInThisContext(Module.wrap(bundle.code), { filename }).call(
          module.exports,
          module.exports,
          Module.createRequire(filename),
          module,
          filename,
          REPO_ROOT,
        );
        assert.equal(typeof module.exports.handler, "function");
        assert.ok(!bundle.code.includes("@smithy/"), "the SDK's internals were bundled");
        assert.doesNotMatch(bundle.code, /require\("@aws-sdk\//);
      });
    });
  }

  it("puts the Lambda clients in place of the SDK packages they stand in for", () => {
    for (const [source, client] of [
      ["save-attributes", "lambdas/shared/aws/s3.ts"],
      ["queue-end", "lambdas/shared/aws/dynamodb.ts"],
    ]) {
      const { sources } = inlineSourceMap(bundleLambda(source).code);
      assert.ok(sources.includes(client), `${source}: ${sources.join()}`);
      assert.ok(sources.includes("lambdas/shared/aws/sigv4.ts"), `${source}: ${sources.join()}`);
    }
    assert.deepEqual(Object.keys(LAMBDA_CLIENTS).sort(), [
      "@aws-sdk/client-dynamodb",
      "@aws-sdk/client-s3",
    ]);
    for (const file of Object.values(LAMBDA_CLIENTS))
      assert.ok(fs.existsSync(path.join(REPO_ROOT, file)), file);
  });

  it("leaves the SDK to the runtime in the runtime mode, and bundles it minified in the bundled mode", () => {
    assert.ok(
      bundleLambda("save-attributes", REPO_ROOT, "runtime").code.includes(
        'require("@aws-sdk/client-s3")',
      ),
    );
    const bundled = bundleLambda("save-attributes", REPO_ROOT, "bundled").code;
    assert.doesNotMatch(bundled, /require\("@aws-sdk\/client-s3"\)/);
    assert.ok(
      inlineSourceMap(bundled).sources.some((s) =>
        s.startsWith("node_modules/@aws-sdk/client-s3/dist-es/"),
      ),
    );
  });

  it("leaves any other SDK package to the runtime", () => {
    const root = tempRoot({
      "lambdas/sqs-user/handler.ts":
        'import { SQSClient } from "@aws-sdk/client-sqs";\nexport const handler = async () => new SQSClient({}) !== undefined;\n',
    });
    try {
      assert.match(bundleLambda("sqs-user", root).code, /require\("@aws-sdk\/client-sqs"\)/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("fails to bundle a handler that imports what the Lambda client does not offer, naming the import", () => {
    const root = tempRoot({
      "lambdas/reader/handler.ts":
        'import { GetItemCommand } from "@aws-sdk/client-dynamodb";\nexport const handler = async () => new GetItemCommand({} as never);\n',
    });
    try {
      fs.cpSync(
        path.join(REPO_ROOT, "lambdas", "shared", "aws"),
        path.join(root, "lambdas", "shared", "aws"),
        { recursive: true },
      );
      assert.throws(
        () => bundleLambda("reader", root),
        /No matching export in "lambdas\/shared\/aws\/dynamodb\.ts" for import "GetItemCommand"/,
      );
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("rejects a source that is not a folder name, naming it", () => {
    assert.throws(() => bundleLambda("../components"), {
      message:
        'bundleLambda: source "../components" is not a folder name under lambdas/; ' +
        'fix: pass the folder\'s plain name in lowercase letters, digits and dashes, e.g. "save-attributes"',
    });
  });

  it("rejects a source folder without handler.ts, naming it", () => {
    assert.throws(() => bundleLambda("no-such-lambda"), {
      message:
        'bundleLambda: source "no-such-lambda" has no lambdas/no-such-lambda/handler.ts; fix: create it, exporting `handler`',
    });
  });

  it("reports esbuild's errors with the source folder and the file position", () => {
    const root = tempRoot({
      "lambdas/broken/handler.ts":
        'import { missing } from "./nowhere";\nexport const handler = async () => missing;\n',
    });
    try {
      assert.throws(() => bundleLambda("broken", root), {
        message:
          'bundleLambda: esbuild could not bundle source "broken" (lambdas/broken/handler.ts):\n' +
          '  lambdas/broken/handler.ts:1:24: Could not resolve "./nowhere"',
      });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
