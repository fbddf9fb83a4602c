// The bad-input corpus (tests/corpus/config-cases.yaml), run in-process through the validation the
// plan CLI runs before anything is planned, and judged by the line the CLI would print: one line
// that names the key first, says what is wrong, says how to fix it, and never shows a plaintext
// secret. tests/tools/planBadConfig.integration.test.ts proves a few cases end to end through the CLI.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PROJECT } from "../../../stacks/config/configObject";
import { ALARMS_FIELDS, GENESYS_FIELDS, PIPELINES } from "../../../stacks/config";
import {
  caseStackFile,
  loadConfigCases,
  parseConfigPath,
  REQUIRED_CATEGORIES,
  STACK_FILE_KEY,
} from "../../support/configCases";
import { assertRefusedAsTheCliDoes, validateCase } from "../../support/configCorpusRun";
import { REPO_ROOT } from "../../support/subprocess";

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
  `${P}:alarms`,
  ...ALARMS_FIELDS.map((f) => `${P}:alarms.${f}`),
  ...Object.entries(PIPELINES).flatMap(([key, section]) => [
    `${P}:${key}`,
    ...["enabled", ...section.fields].map((f) => `${P}:${key}.${f}`),
  ]),
  `${PA}.didNumbers.start`,
  `${PA}.didNumbers.end`,
  `${PA}.trigger.eventTtlSeconds`,
  `${PA}.trigger.delayBySeconds`,
  ...["callbackQueue", "wrapupCode"].flatMap((ref) =>
    ["id", "name", "create.name"].map((f) => `${NS}.${ref}.${f}`),
  ),
  `${NS}.oauthClient.id`,
  `${NS}.oauthClient.secret`,
];

/** Objects whose unknown fields must be errors: each needs a misspelled-field case directly under it. */
const OBJECTS: readonly string[] = [
  `${P}:genesys`,
  `${P}:alarms`,
  ...Object.keys(PIPELINES).map((k) => `${P}:${k}`),
  `${PA}.didNumbers`,
  `${PA}.trigger`,
  `${NS}.callbackQueue`,
  `${NS}.callbackQueue.create`,
  `${NS}.oauthClient`,
];

const cases = loadConfigCases();

describe("bad-input corpus (tests/corpus/config-cases.yaml)", function () {
  this.timeout(60_000);

  describe("the corpus", () => {
    it("has uniquely named, well-formed cases whose edits apply to the stack files", () => {
      assert.ok(cases.length >= 100, `only ${cases.length} cases`);
      assert.equal(new Set(cases.map((c) => c.name)).size, cases.length, "two cases share a name");
      for (const c of cases) {
        const text = caseStackFile(c);
        if (c.stackFile === undefined && c.as === "bad") {
          assert.notEqual(
            text,
            fs.readFileSync(path.join(REPO_ROOT, `Pulumi.${c.stack}.yaml`), "utf8"),
            `case "${c.name}" does not change the stack file`,
          );
        }
      }
    });

    it("covers every category the issue names", () => {
      const seen = new Set(cases.map((c) => c.category));
      for (const category of REQUIRED_CATEGORIES)
        assert.ok(seen.has(category), `no case of category "${category}"`);
    });

    it("has a bad value for every key and field the config parsers read", () => {
      const named = cases.map((c) => c.key);
      const missing = READ_KEYS.filter((k) => !named.some((n) => n === k || n.startsWith(`${k}[`)));
      assert.deepEqual(missing, [], "keys with no bad-value case");
    });

    it("has a misspelled field under every object, and misspelled keys and namespaces: no typo is silently ignored", () => {
      const typos = cases.filter((c) => c.category === "unknown key").map((c) => c.key);
      for (const object of OBJECTS) {
        assert.ok(
          typos.some(
            (k) => k.startsWith(`${object}.`) && !k.slice(object.length + 1).includes("."),
          ),
          `no unknown-field case under ${object}`,
        );
      }
      assert.ok(
        typos.some(
          (k) =>
            k.startsWith(`${P}:`) &&
            !PIPELINES[k.slice(P.length + 1) as keyof typeof PIPELINES] &&
            !k.includes("."),
        ),
        "no misspelled project key",
      );
      assert.ok(
        typos.some((k) => !k.startsWith(`${P}:`) && k.split(":")[0].startsWith("genesys-event")),
        "no misspelled namespace",
      );
    });

    it("reads config paths with list indexes and literal keys", () => {
      assert.deepEqual(parseConfigPath(`${EP}.topics[6]`), [EP, "topics", 6]);
      assert.deepEqual(parseConfigPath(`${NS}.callbackQueue.create.name`), [
        NS,
        "callbackQueue",
        "create",
        "name",
      ]);
      assert.deepEqual(parseConfigPath("aws:region"), ["aws:region"]);
    });
  });

  describe("through the plan's own validation, in-process", () => {
    let scratch = "";
    before(() => {
      scratch = fs.mkdtempSync(path.join(os.tmpdir(), "geo-corpus-"));
    });
    after(() => fs.rmSync(scratch, { recursive: true, force: true }));

    cases.forEach((c, i) => {
      it(`${c.name} → ${c.key}`, () => {
        const { run, file } = validateCase(c, path.join(scratch, String(i)));
        assertRefusedAsTheCliDoes(c, run, c.key === STACK_FILE_KEY ? file : c.key);
      });
    });
  });
});
