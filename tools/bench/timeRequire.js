// The child process of the Lambda start-up benchmark (lambdaStartup.bench.ts). Plain JavaScript so
// the child loads nothing but Node itself before the clock starts: the figure is the module's own
// initialisation (reading, compiling and running it and everything it requires), not process
// start-up. Prints one JSON line: {"ms": <wall-clock ms>, "cpuMs": <user + system CPU ms>, "node": <version>}.
// CPU time is the whole process's (node's compiler and GC threads included, so it can exceed the wall
// time on an idle machine), but time spent waiting for a core while other work runs is not in it.
"use strict";
const target = process.argv[2];
if (!target) throw new Error("usage: node timeRequire.js <absolute path of the module to require>");
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
require(target);
const elapsed = process.hrtime.bigint() - start;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(
  `${JSON.stringify({ ms: Number(elapsed) / 1e6, cpuMs, node: process.version })}\n`,
);
