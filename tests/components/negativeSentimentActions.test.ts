// The negative-sentiment data actions as data: what their success depends on.
import * as assert from "node:assert/strict";
import { genesysApiActionSpecs } from "../../components/negativeSentimentActions";

describe("negative-sentiment data actions", () => {
  const specs = genesysApiActionSpecs({
    "get-sentiment": "Get",
    "send-sms": "Sms",
    "create-callback": "Callback",
    "tag-conversation": "Tag",
  });

  it("tag: success does not depend on the response body (the API answers a bare string)", () => {
    const tag = specs["tag-conversation"];
    assert.equal(tag.requestType, "PUT");
    // Nothing reads the body: no translation map, and a success template without a reference.
    assert.deepEqual(tag.translationMap ?? {}, {});
    assert.equal(tag.successTemplate, "{}");
    assert.doesNotMatch(tag.successTemplate ?? "", /\$/);
    // The resolved response {} meets the output contract, which asks for nothing.
    const output = tag.contract.output as { properties?: object; required?: unknown[] };
    assert.deepEqual(output.properties, {});
    assert.equal(output.required, undefined);
    assert.deepEqual(JSON.parse(tag.successTemplate ?? ""), {});
  });

  it("the actions whose outputs the workflow uses read them from the body by JSONPath", () => {
    assert.deepEqual(specs["send-sms"].translationMap, { messageId: "$.id" });
    assert.deepEqual(specs["create-callback"].translationMap, {
      callbackConversationId: "$.conversation.id",
    });
  });
});
