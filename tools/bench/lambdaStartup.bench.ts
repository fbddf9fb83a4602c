/**
 * Lambda size and start-up benchmark: `npm run bench:lambda [-- --runs N]`.
 *
 * For each lambdas/<name> it takes the code bundleLambda produces, once per SDK mode (components/
 * bundle.ts: the Lambda clients the stack deploys, the runtime's SDK v3, SDK v3 bundled and
 * minified), and prints its size, its deflated size and its module initialisation time: the median
 * of N cold `require()`s, each in a fresh node process, timed inside that process so node's own
 * start-up is left out. Then each candidate's start-up as a multiple of the installed aws-sdk v2
 * handler's, from the same run. Beside them, the same figures for a handler of the Standard-workflow design
 * (aws-sdk-v2-handler/handler.js: the whole `aws-sdk` v2 required at load), which has to ship aws-sdk v2
 * itself because the nodejs22.x runtime provides SDK v3 only. Three ways to ship it: handler.js plus
 * the installed aws-sdk package and its dependencies (a layer or node_modules); an esbuild bundle
 * with aws-sdk v2 inlined, minified and without a source map (the smallest it gets); and the same
 * bundle made by bundleLambda itself, i.e. with our options (inline source map, parsed at load
 * under --enable-source-maps).
 *
 * Prints figures, asserts nothing: absolute times depend on the machine (this is not the arm64
 * Lambda host), so compare rows of one run.
 */
import { spawnSync } from "node:child_process";
import { buildSync } from "esbuild";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  DEPLOYED_SDK_MODE,
  REPO_ROOT,
  SDK_MODES,
  type SdkMode,
  bundleLambda,
} from "../../components/bundle";
import {
  type BenchRow,
  type CandidateGroup,
  deflatedSize,
  discoverLambdaSources,
  findPackageDir,
  formatSpeedups,
  formatTable,
  median,
  packageClosure,
  parseBenchArgs,
  summarize,
  treeSize,
} from "./lambdaStartup";

/** BundledLambda's default environment (components/bundledLambda.ts): the inline source map is parsed at load. */
const DEPLOYED_NODE_OPTIONS = "--enable-source-maps";
const V2_HANDLER = path.join(__dirname, "aws-sdk-v2-handler", "handler.js");
const TIMER = path.join(__dirname, "timeRequire.js");

const SDK_MODE_LABELS: Readonly<Record<SdkMode, string>> = {
  "lambda-client": "Lambda clients (lambdas/shared/aws)",
  runtime: "runtime's SDK v3",
  bundled: "SDK v3 bundled, tree-shaken, minified",
};
const modeLabel = (mode: SdkMode) =>
  `${SDK_MODE_LABELS[mode]}${mode === DEPLOYED_SDK_MODE ? ", deployed" : ""}`;
/** The row every candidate is compared with. */
const BASELINE = "aws-sdk v2 handler: handler.js + aws-sdk v2 installed (node_modules or layer)";

interface Target {
  readonly name: string;
  /** The module the child requires. */
  readonly file: string;
  readonly bytes: number;
  readonly zippedBytes: number;
  readonly nodeOptions: string;
}

function writeModule(dir: string, code: string | Buffer): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "index.js");
  fs.writeFileSync(file, code);
  return file;
}

/**
 * The smallest deployable form of the aws-sdk v2 handler: bundleLambda's options, but minified and with no
 * source map (that design ships none), so the row measures aws-sdk v2 itself and nothing of ours.
 */
function bundleV2Minified(): string {
  const result = buildSync({
    absWorkingDir: REPO_ROOT,
    entryPoints: [path.relative(REPO_ROOT, V2_HANDLER)],
    outfile: "index.js",
    write: false,
    bundle: true,
    platform: "node",
    target: "node22",
    format: "cjs",
    external: ["@aws-sdk/*"],
    minify: true,
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/**
 * Bundles the aws-sdk v2 handler with bundleLambda itself, so it gets exactly our esbuild options. Its
 * source root sits inside the repository's node_modules because esbuild finds aws-sdk by walking up
 * from the entry; `@aws-sdk/*` stays external as for ours, which does not touch `aws-sdk` (v2).
 */
function bundleV2Handler(): string {
  const cache = path.join(REPO_ROOT, "node_modules", ".cache");
  fs.mkdirSync(cache, { recursive: true });
  const root = fs.mkdtempSync(path.join(cache, "lambda-startup-bench-"));
  try {
    fs.mkdirSync(path.join(root, "lambdas", "aws-sdk-v2"), { recursive: true });
    fs.copyFileSync(V2_HANDLER, path.join(root, "lambdas", "aws-sdk-v2", "handler.ts"));
    return bundleLambda("aws-sdk-v2", root).code;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function buildTargets(workDir: string): Target[] {
  const targets: Target[] = [];
  for (const source of discoverLambdaSources(REPO_ROOT)) {
    for (const mode of SDK_MODES) {
      const { code } = bundleLambda(source, REPO_ROOT, mode);
      targets.push({
        name: `${source}: ${modeLabel(mode)}`,
        file: writeModule(path.join(workDir, `${source}-${mode}`), code),
        bytes: Buffer.byteLength(code),
        zippedBytes: deflatedSize(code),
        nodeOptions: DEPLOYED_NODE_OPTIONS,
      });
    }
  }

  const handler = fs.readFileSync(V2_HANDLER);
  const awsSdk = findPackageDir("aws-sdk", REPO_ROOT);
  if (!awsSdk)
    throw new Error("aws-sdk (v2) is not installed; fix: run npm ci (it is a devDependency)");
  const sdk = treeSize(packageClosure(awsSdk));
  targets.push({
    name: BASELINE,
    file: writeModule(path.join(workDir, "aws-sdk-v2"), handler),
    bytes: handler.length + sdk.bytes,
    zippedBytes: deflatedSize(handler) + sdk.zippedBytes,
    // That design deploys plain JavaScript with no source map and sets no NODE_OPTIONS.
    nodeOptions: "",
  });

  const minified = bundleV2Minified();
  targets.push({
    name: "aws-sdk v2 handler: esbuild bundle incl. aws-sdk v2, minified, no source map",
    file: writeModule(path.join(workDir, "aws-sdk-v2-minified"), minified),
    bytes: Buffer.byteLength(minified),
    zippedBytes: deflatedSize(minified),
    nodeOptions: "",
  });

  const v2Bundle = bundleV2Handler();
  targets.push({
    name: "aws-sdk v2 handler: bundleLambda incl. aws-sdk v2 (inline source map)",
    file: writeModule(path.join(workDir, "aws-sdk-v2-bundled"), v2Bundle),
    bytes: Buffer.byteLength(v2Bundle),
    zippedBytes: deflatedSize(v2Bundle),
    nodeOptions: DEPLOYED_NODE_OPTIONS,
  });
  return targets;
}

interface Timing {
  readonly ms: number;
  readonly cpuMs: number;
  readonly node: string;
}

function timeOnce(target: Target): Timing {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // A compile cache would make every run after the first a warm start.
  delete env.NODE_COMPILE_CACHE;
  const result = spawnSync(process.execPath, [TIMER, target.file], {
    env: {
      ...env,
      NODE_OPTIONS: target.nodeOptions,
      // The runtime's node_modules: our bundles leave @aws-sdk/* to it; the v2 handler needs aws-sdk v2.
      NODE_PATH: path.join(REPO_ROOT, "node_modules"),
      // What Lambda sets; AWS_EXECUTION_ENV also keeps aws-sdk v2's end-of-support notice quiet, as on Lambda.
      AWS_REGION: "us-east-1",
      AWS_EXECUTION_ENV: "AWS_Lambda_nodejs22.x",
    },
    encoding: "utf8",
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `requiring ${target.name} (${target.file}) failed (exit ${result.status}):\n${result.stderr}${result.error ?? ""}`,
    );
  }
  const line = result.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(line) as Timing;
}

function measure(targets: readonly Target[], runs: number): BenchRow[] {
  const samples = targets.map(() => [] as number[]);
  const cpuSamples = targets.map(() => [] as number[]);
  let nodeVersion = "";
  // Round-robin, so a slow spell of the machine lands on every module alike; run 0 warms the
  // page cache and is not counted.
  for (let run = 0; run <= runs; run++) {
    targets.forEach((target, i) => {
      const timing = timeOnce(target);
      nodeVersion = timing.node;
      if (run > 0) {
        samples[i].push(timing.ms);
        cpuSamples[i].push(timing.cpuMs);
      }
    });
  }
  return targets.map((target, i) => ({
    name: target.name,
    bytes: target.bytes,
    zippedBytes: target.zippedBytes,
    init: summarize(samples[i]),
    cpuMedianMs: median(cpuSamples[i]),
    nodeVersion,
    nodeOptions: target.nodeOptions,
  }));
}

function main(): void {
  const { runs } = parseBenchArgs(process.argv.slice(2));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "lambda-startup-"));
  try {
    const targets = buildTargets(workDir);
    const cpus = os.cpus();
    console.log(
      `Lambda size and start-up: ${runs} timed cold requires per module (+1 warm-up), each in a fresh ${process.version} process\n` +
        `machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${os.platform()} ${os.arch()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB\n`,
    );
    const loadBefore = os.loadavg()[0];
    const rows = measure(targets, runs);
    // Other work on the machine slows every child alike; the 1-minute load average says how busy it was.
    console.log(
      `load average (1 min): ${loadBefore.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after the timed runs\n`,
    );
    console.log(formatTable(rows));
    const baseline = rows.find((row) => row.name === BASELINE);
    if (!baseline) throw new Error(`the baseline row ${JSON.stringify(BASELINE)} was not measured`);
    const groups: CandidateGroup[] = discoverLambdaSources(REPO_ROOT).map((lambda) => ({
      lambda,
      candidates: SDK_MODES.map((mode) => {
        const row = rows.find((r) => r.name === `${lambda}: ${modeLabel(mode)}`);
        if (!row) throw new Error(`${lambda} was not measured with sdk mode ${mode}`);
        return { label: modeLabel(mode), row };
      }),
    }));
    console.log(
      `\nStart-up as a multiple of the baseline (${BASELINE}), its median init time over each candidate's, this run:\n`,
    );
    console.log(formatSpeedups(baseline, groups));
    console.log(
      "\nKB = 1024 bytes. zipped = each file deflated (node:zlib, default level), as the deployment zip stores it, headers not counted.\n" +
        "Init = hrtime around require() inside the child: read, compile and run the module and all it requires; node start-up excluded.\n" +
        "Init CPU = user + system CPU time of that require (process.cpuUsage, all of node's threads): waiting for a busy core is not in it.\n" +
        "@aws-sdk/* (v3) comes from the repo's node_modules, standing in for the SDK the nodejs22.x runtime ships; the runtime mode's sizes leave it out.",
    );
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
