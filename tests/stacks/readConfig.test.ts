import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { ConfigError, PROJECT } from "../../stacks/config";
import { readStackConfig } from "../../stacks/readConfig";
import { ResourceRecorder, installMocks } from "../../tools/mocks";

const G = `${PROJECT}:genesys`;
const GOOD = {
  "aws:region": "us-east-1",
  [G]: '{"environment":"mypurecloud.com","orgId":"32aa07aa-db1b-4987-abd0-9483601ec29d"}',
};

// Config lives in the process-wide store; put back whatever other test files had set.
const CONFIG_ENV_KEYS = ["PULUMI_CONFIG", "PULUMI_CONFIG_SECRET_KEYS"];
function saveConfig(): () => void {
  const store = require("@pulumi/pulumi/runtime/state").getStore() as {
    config: Record<string, string>;
  };
  const saved = CONFIG_ENV_KEYS.map((k) => store.config[k]);
  return () => CONFIG_ENV_KEYS.forEach((k, i) => (store.config[k] = saved[i]));
}

describe("readStackConfig", () => {
  let restore: () => void;
  before(async () => {
    restore = saveConfig();
    await installMocks(new ResourceRecorder(), PROJECT, "readtest");
  });
  after(() => restore());

  it("parses the runtime config of the current stack", () => {
    pulumi.runtime.setAllConfig(GOOD, []);
    const config = readStackConfig();
    assert.equal(config.stack, "readtest");
    assert.equal(config.genesys.namePrefix, "readtest");
    assert.equal(config.genesys.orgId, "32aa07aa-db1b-4987-abd0-9483601ec29d");
  });

  it("hides values of keys the runtime marks secret", () => {
    pulumi.runtime.setAllConfig(
      { ...GOOD, [G]: '{"environment":"mypurecloud.com","orgId":"hunter2-not-a-uuid"}' },
      [G],
    );
    assert.throws(
      () => readStackConfig(),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.equal(err.key, `${G}.orgId`);
        assert.ok(
          err.message.includes("[secret]") && !err.message.includes("hunter2"),
          err.message,
        );
        return true;
      },
    );
  });

  it("recognises secret keys listed in the legacy ns:config:name form", () => {
    pulumi.runtime.setAllConfig({ ...GOOD, "aws:region": "hunter2" }, ["aws:config:region"]);
    assert.throws(
      () => readStackConfig(),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.equal(err.value, "[secret]");
        assert.ok(!err.message.includes("hunter2"), err.message);
        return true;
      },
    );
  });

  it("shows values of keys that are not secret", () => {
    pulumi.runtime.setAllConfig({ ...GOOD, "aws:region": "us-east1" }, []);
    assert.throws(
      () => readStackConfig(),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.ok(
          err.message.startsWith('aws:region: "us-east1" is not an AWS region code'),
          err.message,
        );
        return true;
      },
    );
  });
});

describe("readStackConfig under another project name", () => {
  let restore: () => void;
  before(async () => {
    restore = saveConfig();
    await installMocks(new ResourceRecorder(), "renamed-project", "readtest");
  });
  after(() => restore());

  it("refuses to run, since every key would sit in the wrong namespace", () => {
    pulumi.runtime.setAllConfig(GOOD, []);
    assert.throws(
      () => readStackConfig(),
      (err: unknown) => {
        assert.ok(pulumi.RunError.isInstance(err));
        assert.match(
          (err as Error).message,
          /project name "renamed-project" is not "genesys-event-orchestration"/,
        );
        return true;
      },
    );
  });
});
