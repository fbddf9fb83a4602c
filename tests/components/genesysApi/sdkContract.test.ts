import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { TRIGGERS_PATH } from "../../../components/trigger/client";
import {
  FLOW_ROUTE,
  FLOWS_ROUTE,
  OAUTH_CLIENT_ROUTE,
  ROLE_ROUTE,
  TOKENS_ME_ROUTE,
} from "../../fakes/genesysOrg";

// The shared client speaks plain HTTP, so its paths and the fields it reads are checked here
// against the official SDK's own definitions (purecloud-platform-client-v2: the generated API
// classes and index.d.ts). The fake serves the same paths, so a path wrong in both would fail here.

const SDK = path.dirname(require.resolve("purecloud-platform-client-v2/package.json"));
const api = (name: string) =>
  fs.readFileSync(path.join(SDK, "src/purecloud-platform-client-v2/api", `${name}.js`), "utf8");
const types = fs.readFileSync(path.join(SDK, "index.d.ts"), "utf8");

/** The path and HTTP method the SDK method calls. */
function sdkCall(apiName: string, method: string): [string, string] {
  const source = api(apiName);
  const start = source.indexOf(`\t${method}(`);
  assert.ok(start >= 0, `${apiName}.${method} not found in the SDK`);
  const call = /callApi\(\s*'([^']+)',\s*'([A-Z]+)'/.exec(source.slice(start));
  assert.ok(call, `${apiName}.${method} has no callApi`);
  return [call[2], call[1]];
}

/** The fields an SDK model interface declares. */
function fields(model: string): string[] {
  const match = new RegExp(`export interface ${model} \\{([^}]*)\\}`).exec(types);
  assert.ok(match, `model ${model} not found`);
  return [...match[1].matchAll(/"([^"]+)"\??:/g)].map((m) => m[1]);
}

describe("the shared client's calls match the Genesys SDK's definitions", () => {
  it("uses the SDK's paths and methods for every call it makes", () => {
    assert.deepEqual(sdkCall("TokensApi", "getTokensMe"), ["GET", TOKENS_ME_ROUTE]);
    assert.deepEqual(sdkCall("OAuthApi", "getOauthClient"), ["GET", OAUTH_CLIENT_ROUTE]);
    assert.deepEqual(sdkCall("AuthorizationApi", "getAuthorizationRole"), ["GET", ROLE_ROUTE]);
    assert.deepEqual(sdkCall("ArchitectApi", "getFlows"), ["GET", FLOWS_ROUTE]);
    assert.deepEqual(sdkCall("ArchitectApi", "deleteFlow"), ["DELETE", FLOW_ROUTE]);
    assert.deepEqual(sdkCall("ProcessAutomationApi", "postProcessautomationTriggers"), [
      "POST",
      TRIGGERS_PATH,
    ]);
    assert.deepEqual(sdkCall("ProcessAutomationApi", "getProcessautomationTriggers"), [
      "GET",
      TRIGGERS_PATH,
    ]);
    for (const method of ["get", "put", "delete"]) {
      assert.deepEqual(sdkCall("ProcessAutomationApi", `${method}ProcessautomationTrigger`), [
        method.toUpperCase(),
        `${TRIGGERS_PATH}/{triggerId}`,
      ]);
    }
  });

  it("reads only fields the SDK's models declare", () => {
    assert.ok(
      fields("TokenInfo").includes("organization") && fields("TokenInfo").includes("OAuthClient"),
    );
    assert.ok(fields("OAuthClient").includes("roleDivisions"));
    assert.ok(fields("RoleDivision").includes("roleId"));
    assert.ok(fields("DomainOrganizationRole").includes("permissionPolicies"));
    assert.deepEqual(
      ["domain", "entityName", "actionSet"].filter(
        (f) => !fields("DomainPermissionPolicy").includes(f),
      ),
      [],
    );
  });
});
