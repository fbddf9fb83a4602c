// The bad-input corpus (tests/corpus/config-cases.yaml), run through the real CLI: every case
// exits 2 before anything is planned, printing one line that names the key first, says what is
// wrong, says how to fix it, and never shows a plaintext secret. The cases run a few at a time.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PROJECT } from "../stacks/config/configObject";
import { GENESYS_FIELDS, PIPELINES } from "../stacks/config";
import { caseStackFile, ConfigCase, loadConfigCases, parseConfigPath, REQUIRED_CATEGORIES, STACK_FILE_KEY } from "./support/configCases";
import { baseEnv, CONCURRENCY, planCli, REPO_ROOT, RunResult } from "./support/subprocess";

const P = PROJECT;
const PA = `${P}:participantAttributes`;
const NS = `${P}:negativeSentiment`;
const EP = `${P}:eventPipeline`;

/**
 * Every key and field the parsers in stacks/config read. Top-level fields come from the parsers'
 * own lists, so a field added there fails the coverage test until the corpus has a case for it.
 */
const READ_KEYS: readonly string[] = [
  "aws:region",
  "genesyscloud:awsRegion",
  "genesyscloud:oauthclientSecret",
  "genesyscloud:accessToken",
  `${P}:genesys`,
  ...GENESYS_FIELDS.map((f) => `${P}:genesys.${f}`),
  ...Object.entries(PIPELINES).flatMap(([key, section]) => [`${P}:${key}`, ...["enabled", ...section.fields].map((f) => `${P}:${key}.${f}`)]),
  `${PA}.didNumbers.start`,
  `${PA}.didNumbers.end`,
  `${PA}.trigger.eventTtlSeconds`,
  `${PA}.trigger.delayBySeconds`,
  ...["callbackQueue", "wrapupCode"].flatMap((ref) => ["id", "name", "create.name"].map((f) => `${NS}.${ref}.${f}`)),
  `${NS}.oauthClient.id`,
  `${NS}.oauthClient.secret`,
];

/** Objects whose unknown fields must be errors: each needs a misspelled-field case directly under it. */
const OBJECTS: readonly string[] = [
  `${P}:genesys`,
  ...Object.keys(PIPELINES).map((k) => `${P}:${k}`),
  `${PA}.didNumbers`,
  `${PA}.trigger`,
  `${NS}.callbackQueue`,
  `${NS}.callbackQueue.create`,
  `${NS}.oauthClient`,
];

const cases = loadConfigCases();

/** Text of a child's output for a failure message, with the case's hidden strings masked. */
function shown(c: ConfigCase, run: RunResult): string {
  let text = `exit ${run.status}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
  for (const h of c.hidden) text = text.split(h).join("[hidden]");
  return text;
}

describe("bad-input corpus (tests/corpus/config-cases.yaml)", function () {
  this.timeout(900_000);

  describe("the corpus", () => {
    it("has uniquely named, well-formed cases whose edits apply to the stack files", () => {
      assert.ok(cases.length >= 100, `only ${cases.length} cases`);
      assert.equal(new Set(cases.map((c) => c.name)).size, cases.length, "two cases share a name");
      for (const c of cases) {
        const text = caseStackFile(c);
        if (c.stackFile === undefined && c.as === "bad") {
          assert.notEqual(text, fs.readFileSync(path.join(REPO_ROOT, `Pulumi.${c.stack}.yaml`), "utf8"), `case "${c.name}" does not change the stack file`);
        }
      }
    });

    it("covers every category the issue names", () => {
      const seen = new Set(cases.map((c) => c.category));
      for (const category of REQUIRED_CATEGORIES) assert.ok(seen.has(category), `no case of category "${category}"`);
    });

    it("has a bad value for every key and field the config parsers read", () => {
      const named = cases.map((c) => c.key);
      const missing = READ_KEYS.filter((k) => !named.some((n) => n === k || n.startsWith(`${k}[`)));
      assert.deepEqual(missing, [], "keys with no bad-value case");
    });

    it("has a misspelled field under every object, and misspelled keys and namespaces: no typo is silently ignored", () => {
      const typos = cases.filter((c) => c.category === "unknown key").map((c) => c.key);
      for (const object of OBJECTS) {
        assert.ok(typos.some((k) => k.startsWith(`${object}.`) && !k.slice(object.length + 1).includes(".")), `no unknown-field case under ${object}`);
      }
      assert.ok(typos.some((k) => k.startsWith(`${P}:`) && !PIPELINES[k.slice(P.length + 1) as keyof typeof PIPELINES] && !k.includes(".")), "no misspelled project key");
      assert.ok(typos.some((k) => !k.startsWith(`${P}:`) && k.split(":")[0].startsWith("genesys-event")), "no misspelled namespace");
    });

    it("reads config paths with list indexes and literal keys", () => {
      assert.deepEqual(parseConfigPath(`${EP}.topics[6]`), [EP, "topics", 6]);
      assert.deepEqual(parseConfigPath(`${NS}.callbackQueue.create.name`), [NS, "callbackQueue", "create", "name"]);
      assert.deepEqual(parseConfigPath("aws:region"), ["aws:region"]);
    });
  });

  describe("through npm run plan", () => {
    const results = new Map<string, Promise<{ run?: RunResult; file?: string; error?: unknown }>>();
    let scratch = "";
    let started = 0;

    before(() => {
      scratch = fs.mkdtempSync(path.join(os.tmpdir(), "geo-corpus-"));
      started = Date.now();
      cases.forEach((c, i) => {
        const dir = path.join(scratch, String(i));
        const file = path.join(dir, `Pulumi.${c.as}.yaml`);
        const result = (async () => {
          fs.mkdirSync(dir, { recursive: true });
          fs.copyFileSync(path.join(REPO_ROOT, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
          fs.writeFileSync(file, caseStackFile(c));
          return { run: await planCli(["--stack", c.as, "--dir", dir], { cwd: REPO_ROOT, env: baseEnv() }), file };
        })().catch((error: unknown) => ({ error }));
        results.set(c.name, result);
      });
    });

    after(async () => {
      await Promise.all(results.values());
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`      config corpus: ${cases.length} cases through the CLI in ${seconds} s, ${CONCURRENCY} at a time`);
      fs.rmSync(scratch, { recursive: true, force: true });
    });

    for (const c of cases) {
      it(`${c.name} → ${c.key}`, async () => {
        const { run, file, error } = await (results.get(c.name) as Promise<{ run?: RunResult; file?: string; error?: unknown }>);
        if (error) throw error;
        assert.ok(run && file);
        const key = c.key === STACK_FILE_KEY ? file : c.key;
        assert.equal(run.status, 2, shown(c, run));
        assert.equal(run.stdout, "", `printed a plan:\n${shown(c, run)}`);
        assert.ok(run.stderr.startsWith(`error: ${key}: `), `does not start by naming ${key}:\n${shown(c, run)}`);
        assert.ok(run.stderr.endsWith("\n") && !run.stderr.trimEnd().includes("\n"), `not one line:\n${shown(c, run)}`);
        assert.ok(run.stderr.includes(c.says), `does not say "${c.says}":\n${shown(c, run)}`);
        assert.ok(run.stderr.includes("; fix: "), `gives no fix:\n${shown(c, run)}`);
        for (const h of c.hidden) assert.ok(!run.stderr.includes(h) && !run.stdout.includes(h), "printed a plaintext secret");
      });
    }
  });
});
