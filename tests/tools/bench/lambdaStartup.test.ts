import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { deflateSync } from "node:zlib";
import { REPO_ROOT } from "../../../components/bundle";
import {
  type BenchRow,
  deflatedSize,
  discoverLambdaSources,
  findPackageDir,
  formatSpeedups,
  formatTable,
  median,
  packageClosure,
  parseBenchArgs,
  speedup,
  summarize,
  treeSize,
} from "../../../tools/bench/lambdaStartup";

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

describe("Lambda start-up benchmark: pure parts", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lambda-bench-test-"));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  describe("median", () => {
    it("takes the middle of an odd count, whatever the order", () => {
      assert.equal(median([9, 1, 5]), 5);
      assert.equal(median([3, 100, 2, 1, 50]), 3);
    });

    it("averages the two middle values of an even count", () => {
      assert.equal(median([4, 1, 3, 2]), 2.5);
    });

    it("sorts numerically, not as text", () => {
      assert.equal(median([10, 9, 100]), 10);
    });

    it("leaves its input in place", () => {
      const values = [3, 1, 2];
      median(values);
      assert.deepEqual(values, [3, 1, 2]);
    });

    it("refuses no values, saying how many runs are needed", () => {
      assert.throws(() => median([]), /--runs 1 or more/);
    });
  });

  it("summarize gives median, min, max and the count", () => {
    assert.deepEqual(summarize([12, 10, 30, 11]), {
      medianMs: 11.5,
      minMs: 10,
      maxMs: 30,
      runs: 4,
    });
  });

  describe("speedups beside the baseline", () => {
    const timed = (name: string, medianMs: number, cpuMedianMs: number): BenchRow => ({
      name,
      bytes: 1,
      zippedBytes: 1,
      init: { medianMs, minMs: medianMs, maxMs: medianMs, runs: 3 },
      cpuMedianMs,
      nodeVersion: "v22.23.3",
      nodeOptions: "",
    });
    const baseline = timed("aws-sdk v2", 100, 90);

    it("divides the baseline's median by the candidate's, to one decimal", () => {
      assert.equal(speedup(100, 20), "5.0×");
      assert.equal(speedup(100, 80), "1.3×");
      assert.equal(speedup(88, 177), "0.5×");
    });

    it("refuses a timing that is not positive", () => {
      assert.throws(
        () => speedup(100, 0),
        /timings must be positive; got baseline 100 ms, candidate 0 ms/,
      );
    });

    it("prints one row per Lambda and one column per candidate, wall and CPU", () => {
      const table = formatSpeedups(baseline, [
        {
          lambda: "queue-end",
          candidates: [
            { label: "client", row: timed("q1", 10, 9) },
            { label: "sdk", row: timed("q2", 50, 60) },
          ],
        },
        {
          lambda: "payment-id",
          candidates: [
            { label: "client", row: timed("p1", 4, 3) },
            { label: "sdk", row: timed("p2", 4, 3) },
          ],
        },
      ]);
      assert.equal(
        table,
        [
          "| Lambda | client | sdk |",
          "|---|---:|---:|",
          "| queue-end | 10.0× (CPU 10.0×) | 2.0× (CPU 1.5×) |",
          "| payment-id | 25.0× (CPU 30.0×) | 25.0× (CPU 30.0×) |",
        ].join("\n"),
      );
    });

    it("refuses groups whose candidates differ, so no column mixes two ways of building", () => {
      assert.throws(
        () =>
          formatSpeedups(baseline, [
            { lambda: "a", candidates: [{ label: "client", row: baseline }] },
            { lambda: "b", candidates: [{ label: "sdk", row: baseline }] },
          ]),
        /b has candidates sdk; expected client/,
      );
    });
  });

  describe("formatTable", () => {
    const row = (overrides: Partial<BenchRow>): BenchRow => ({
      name: "payment-id",
      bytes: 4812,
      zippedBytes: 2150,
      init: { medianMs: 4.94, minMs: 4.86, maxMs: 9.44, runs: 15 },
      cpuMedianMs: 4.46,
      nodeVersion: "v22.23.3",
      nodeOptions: "--enable-source-maps",
      ...overrides,
    });

    it("prints a markdown table with KB of 1024 bytes, ms to 0.1 and rows in the given order", () => {
      const table = formatTable([
        row({}),
        row({
          name: "aws-sdk v2 baseline",
          bytes: 103_150_790,
          zippedBytes: 13_673_534,
          init: { medianMs: 209.94, minMs: 174.35, maxMs: 1210.04, runs: 15 },
          cpuMedianMs: 251.25,
          nodeOptions: "",
        }),
      ]);
      assert.equal(
        table,
        [
          "| Lambda | bundle KB | zipped KB | init ms: median (min–max) | init CPU ms: median | runs | Node | NODE_OPTIONS |",
          "|---|---:|---:|---:|---:|---:|---|---|",
          "| payment-id | 4.7 | 2.1 | 4.9 (4.9–9.4) | 4.5 | 15 | v22.23.3 | `--enable-source-maps` |",
          "| aws-sdk v2 baseline | 100,733.2 | 13,353.1 | 209.9 (174.3–1210.0) | 251.3 | 15 | v22.23.3 | (none) |",
        ].join("\n"),
      );
    });

    it("prints only the header for no rows", () => {
      assert.equal(formatTable([]).split("\n").length, 2);
    });
  });

  describe("discoverLambdaSources", () => {
    it("lists every folder of lambdas/ with a handler.ts, sorted, except shared", () => {
      write(path.join(tmp, "lambdas", "zeta", "handler.ts"), "export const handler = 1;");
      write(path.join(tmp, "lambdas", "alpha", "handler.ts"), "export const handler = 1;");
      write(path.join(tmp, "lambdas", "shared", "handler.ts"), "export const x = 1;");
      write(path.join(tmp, "lambdas", "no-handler", "contract.json"), "{}");
      write(path.join(tmp, "lambdas", "handler-is-a-folder", "handler.ts", "x.ts"), "");
      write(path.join(tmp, "lambdas", "loose-file.ts"), "");
      assert.deepEqual(discoverLambdaSources(tmp), ["alpha", "zeta"]);
    });

    it("finds the repository's Lambdas", () => {
      const found = discoverLambdaSources(REPO_ROOT);
      for (const name of ["conversation-events", "payment-id", "queue-end", "save-attributes"]) {
        assert.ok(found.includes(name), `${name} missing from ${found.join(", ")}`);
      }
      assert.ok(!found.includes("shared"));
      for (const name of found)
        assert.ok(fs.existsSync(path.join(REPO_ROOT, "lambdas", name, "handler.ts")));
    });
  });

  it("deflatedSize compresses, and counts a string as its UTF-8 bytes", () => {
    const text = "genesys – cloud ".repeat(1000);
    const size = deflatedSize(text);
    assert.ok(size > 0 && size < 300, `size ${size}`);
    assert.equal(deflatedSize(Buffer.from(text, "utf8")), size);
  });

  it("deflatedSize is a raw deflate stream, as a zip entry holds: no zlib header or checksum", () => {
    const data = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251));
    // zlib wraps the same stream in a 2-byte header and a 4-byte Adler-32.
    assert.equal(deflateSync(data).length - 6, deflatedSize(data));
  });

  describe("package closure and tree size", () => {
    // app/node_modules: a -> b, a -> c (nested copy under a), a -> missing optional d, b -> c.
    function fixture(): string {
      const nm = path.join(tmp, "app", "node_modules");
      write(
        path.join(nm, "a", "package.json"),
        JSON.stringify({
          name: "a",
          dependencies: { b: "1", c: "2" },
          optionalDependencies: { d: "1" },
          devDependencies: { e: "1" },
        }),
      );
      write(path.join(nm, "a", "index.js"), "x".repeat(100));
      write(
        path.join(nm, "a", "node_modules", "c", "package.json"),
        JSON.stringify({ name: "c", version: "2" }),
      );
      write(
        path.join(nm, "b", "package.json"),
        JSON.stringify({ name: "b", dependencies: { c: "1" } }),
      );
      write(path.join(nm, "b", "lib", "b.js"), "y".repeat(50));
      write(path.join(nm, "c", "package.json"), JSON.stringify({ name: "c", version: "1" }));
      write(path.join(nm, "e", "package.json"), JSON.stringify({ name: "e" }));
      return nm;
    }

    it("findPackageDir resolves like node: nearest node_modules first, then upwards", () => {
      const nm = fixture();
      assert.equal(
        findPackageDir("c", path.join(nm, "a")),
        path.join(nm, "a", "node_modules", "c"),
      );
      assert.equal(findPackageDir("c", path.join(nm, "b")), path.join(nm, "c"));
      assert.equal(findPackageDir("nope", path.join(nm, "b")), undefined);
    });

    it("packageClosure holds the package and its run-time dependencies, each once, without devDependencies", () => {
      const nm = fixture();
      assert.deepEqual(packageClosure(path.join(nm, "a")), [
        path.join(nm, "a"),
        path.join(nm, "a", "node_modules", "c"),
        path.join(nm, "b"),
        path.join(nm, "c"),
      ]);
    });

    it("packageClosure names a missing required dependency", () => {
      const nm = fixture();
      fs.rmSync(path.join(nm, "b"), { recursive: true });
      assert.throws(
        () => packageClosure(path.join(nm, "a")),
        /a depends on b, which is not installed/,
      );
    });

    it("treeSize counts each file once, leaving nested node_modules to their own closure entry", () => {
      const nm = fixture();
      const a = treeSize([path.join(nm, "a")]);
      const aJson = fs.statSync(path.join(nm, "a", "package.json")).size;
      assert.equal(a.files, 2);
      assert.equal(a.bytes, aJson + 100);
      assert.equal(
        a.zippedBytes,
        deflatedSize(fs.readFileSync(path.join(nm, "a", "package.json"))) +
          deflatedSize("x".repeat(100)),
      );
      const all = treeSize(packageClosure(path.join(nm, "a")));
      // a: 2 files, a/node_modules/c: 1, b: 2, c: 1; e is a devDependency and not counted.
      assert.equal(all.files, 6);
    });
  });

  describe("parseBenchArgs", () => {
    it("defaults to 15 runs", () => assert.deepEqual(parseBenchArgs([]), { runs: 15 }));
    it("reads --runs N and --runs=N", () => {
      assert.deepEqual(parseBenchArgs(["--runs", "7"]), { runs: 7 });
      assert.deepEqual(parseBenchArgs(["--runs=3"]), { runs: 3 });
    });
    it("refuses a count that is not a whole number of 1 or more, naming the value", () => {
      assert.throws(() => parseBenchArgs(["--runs", "0"]), /--runs is "0"; fix/);
      assert.throws(() => parseBenchArgs(["--runs", "2.5"]), /--runs is "2.5"/);
      assert.throws(() => parseBenchArgs(["--runs"]), /--runs is "missing"/);
    });
    it("refuses an unknown argument, naming it", () => {
      assert.throws(() => parseBenchArgs(["--fast"]), /unknown argument "--fast"/);
    });
  });
});
