#!/usr/bin/env node
// Compiles the SDK's TypeScript into bin/ when npm installs it, as the generated local SDKs do.
// The SDK does not depend on typescript itself: it uses the compiler of the program that links it,
// found by walking up from this package (e.g. <project>/node_modules/typescript), so the whole
// repository builds with one pinned compiler.
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const packageDir = path.resolve(__dirname, "..");

let tsc;
try {
    tsc = require.resolve("typescript/bin/tsc", { paths: [packageDir] });
} catch (err) {
    console.error(
        "@pulumi/genesyscloud: cannot find the TypeScript compiler from " + packageDir + ". " +
        "Install typescript in the program that depends on this SDK (npm install --save-dev typescript), then run npm install again.",
    );
    process.exit(1);
}

const result = spawnSync(process.execPath, [tsc, "-p", path.join(packageDir, "tsconfig.json")], { stdio: "inherit" });
if (result.error) {
    console.error("@pulumi/genesyscloud: could not run " + tsc + ": " + result.error.message);
    process.exit(1);
}
if (result.status !== 0) {
    process.exit(result.status === null ? 1 : result.status);
}
// utilities.getVersion() reads ./package.json next to the compiled code, as in published SDKs.
fs.copyFileSync(path.join(packageDir, "package.json"), path.join(packageDir, "bin", "package.json"));
