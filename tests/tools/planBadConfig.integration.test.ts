// End to end through `npm run plan`: a few bad-input corpus cases prove that the CLI exits 2 with
// the very line the in-process corpus test (tests/stacks/config/configCorpus.test.ts) checks for all.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadConfigCases, STACK_FILE_KEY, type ConfigCase } from "../support/configCases";
import { assertRefusedAsTheCliDoes, writeCaseProject } from "../support/configCorpusRun";
import { baseEnv, planCli, REPO_ROOT } from "../support/subprocess";

/**
 * One case of each kind of refusal: a bad file, a wrong type, a typo, a secret in plain text, and
 * a bad alarms value (issue 11: it exits 2 naming the key).
 */
function chosenCases(): ConfigCase[] {
  const cases = loadConfigCases();
  const picks = [
    cases.find((c) => c.key === STACK_FILE_KEY),
    cases.find((c) => c.category === "wrong type"),
    cases.find((c) => c.category === "unknown key"),
    cases.find((c) => c.category === "secret in plain text" && c.hidden.length > 0),
    cases.find((c) => c.key === "genesys-event-orchestration:alarms.email"),
  ];
  return picks.filter((c): c is ConfigCase => c !== undefined);
}

describe("npm run plan refuses bad config (through the CLI)", function () {
  this.timeout(120_000);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "geo-plan-bad-"));
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  const cases = chosenCases();
  it("has a case of each kind", () => {
    if (cases.length !== 5)
      throw new Error(`found ${cases.length} of the 5 kinds of case in the corpus`);
  });

  cases.forEach((c, i) => {
    it(`${c.category}: ${c.name}`, async () => {
      const dir = path.join(scratch, String(i));
      const file = writeCaseProject(c, dir);
      const run = await planCli(["--stack", c.as, "--dir", dir], {
        cwd: REPO_ROOT,
        env: baseEnv(),
      });
      assertRefusedAsTheCliDoes(c, run, c.key === STACK_FILE_KEY ? file : c.key);
    });
  });
});
