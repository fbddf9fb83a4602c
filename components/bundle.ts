import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSync, type BuildFailure, type Message } from "esbuild";

/** The repository root: esbuild's working directory, so paths in the bundle are relative to it. */
export const REPO_ROOT = path.resolve(__dirname, "..");

/** One Lambda's bundled code. */
export interface LambdaBundle {
  /** CommonJS for the nodejs22.x runtime, with an inline source map; the entry exports `handler`. */
  readonly code: string;
  /** Hex SHA-256 of `code`: equal hashes mean an unchanged deployment package. */
  readonly sha256: string;
}

const SOURCE_FOLDER = /^[a-z0-9][a-z0-9-]*$/;

/**
 * How a bundle makes its handler's AWS calls (`npm run bench:lambda` measures all three):
 * - "lambda-client": the SDK v3 packages listed in LAMBDA_CLIENTS are replaced by the small signed-
 *   HTTPS clients in lambdas/shared/aws, which offer the same classes for the calls the handlers
 *   make; any other `@aws-sdk/*` import is left to the runtime. What the stack deploys.
 * - "runtime": every `@aws-sdk/*` import is left to the SDK v3 the nodejs22.x runtime ships.
 * - "bundled": SDK v3 is bundled from node_modules, tree-shaken from its ES modules and minified.
 */
export type SdkMode = "lambda-client" | "runtime" | "bundled";
export const SDK_MODES: readonly SdkMode[] = ["lambda-client", "runtime", "bundled"];
export const DEPLOYED_SDK_MODE: SdkMode = "lambda-client";

/**
 * The SDK packages the Lambda clients stand in for, and the module that does. A handler importing
 * anything the module does not export fails to bundle, naming the import, rather than at run time.
 */
export const LAMBDA_CLIENTS: Readonly<Record<string, string>> = {
  "@aws-sdk/client-dynamodb": "./lambdas/shared/aws/dynamodb.ts",
  "@aws-sdk/client-s3": "./lambdas/shared/aws/s3.ts",
};

function sdkOptions(sdk: SdkMode) {
  switch (sdk) {
    case "lambda-client":
      return { alias: { ...LAMBDA_CLIENTS }, external: ["@aws-sdk/*"] };
    case "runtime":
      return { external: ["@aws-sdk/*"] };
    case "bundled":
      // The SDK's ES modules let esbuild drop the commands and models a handler never uses.
      return { mainFields: ["module", "main"], minify: true };
    default:
      throw new Error(
        `bundleLambda: sdk ${JSON.stringify(sdk)} is not one of ${SDK_MODES.join(", ")}`,
      );
  }
}

/**
 * Bundles lambdas/<source>/handler.ts in memory. The output depends only on the sources: paths are
 * relative to the repository root and the source map carries no source text, so the same code gives
 * the same bytes on any machine and a no-change preview shows no code diff (pulumi/pulumi#21008).
 * `root` and `sdk` exist for tests and the start-up benchmark; programs use the defaults.
 */
export function bundleLambda(
  source: string,
  root: string = REPO_ROOT,
  sdk: SdkMode = DEPLOYED_SDK_MODE,
): LambdaBundle {
  if (!SOURCE_FOLDER.test(source)) {
    throw new Error(
      `bundleLambda: source ${JSON.stringify(source)} is not a folder name under lambdas/; ` +
        `fix: pass the folder's plain name in lowercase letters, digits and dashes, e.g. "save-attributes"`,
    );
  }
  const entry = `lambdas/${source}/handler.ts`;
  if (!fs.existsSync(path.join(root, entry))) {
    throw new Error(
      `bundleLambda: source "${source}" has no ${entry}; fix: create it, exporting \`handler\``,
    );
  }
  let result;
  try {
    result = buildSync({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: "index.js",
      write: false,
      bundle: true,
      platform: "node",
      target: "node22",
      format: "cjs",
      ...sdkOptions(sdk),
      // Stack traces map back to the TypeScript lines once NODE_OPTIONS=--enable-source-maps is set.
      sourcemap: "inline",
      sourcesContent: false,
      legalComments: "none",
      charset: "utf8",
      logLevel: "silent",
    });
  } catch (err) {
    const messages = (err as Partial<BuildFailure>).errors;
    if (!messages) throw err;
    throw new Error(
      `bundleLambda: esbuild could not bundle source "${source}" (${entry}):\n${formatMessages(messages)}`,
    );
  }
  if (result.errors.length > 0) {
    throw new Error(
      `bundleLambda: esbuild could not bundle source "${source}" (${entry}):\n${formatMessages(result.errors)}`,
    );
  }
  const output = result.outputFiles.find((file) => file.path.endsWith(".js"));
  if (!output)
    throw new Error(`bundleLambda: esbuild produced no JavaScript for source "${source}"`);
  const code = output.text;
  return { code, sha256: createHash("sha256").update(code).digest("hex") };
}

function formatMessages(messages: readonly Message[]): string {
  return messages
    .map((m) =>
      m.location
        ? `  ${m.location.file}:${m.location.line}:${m.location.column}: ${m.text}`
        : `  ${m.text}`,
    )
    .join("\n");
}
