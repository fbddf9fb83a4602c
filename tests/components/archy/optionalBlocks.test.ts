// The renderer's optional blocks: how one template yields every variant of a flow.
import * as assert from "node:assert/strict";
import {
  renderFlowTemplate,
  templateBlocks,
  templateVariant,
  variantLineNumbers,
} from "../../../components/archy/template";

const TEMPLATE = [
  "workflow:",
  '  name: "{{flowName}}"',
  "  steps:",
  '    - "one"',
  "    # optional extra: begin",
  '    - "{{extraValue}}"',
  "    # optional extra: end",
  '    - "last"',
].join("\n");

describe("optional template blocks", () => {
  it("keeps a block, markers included, unless it is omitted; then drops it whole", () => {
    assert.equal(templateVariant(TEMPLATE, []), TEMPLATE);
    assert.equal(
      templateVariant(TEMPLATE, ["extra"]),
      ["workflow:", '  name: "{{flowName}}"', "  steps:", '    - "one"', '    - "last"'].join("\n"),
    );
    assert.deepEqual(variantLineNumbers(TEMPLATE, ["extra"]), [1, 2, 3, 4, 8]);
    assert.deepEqual(templateBlocks(TEMPLATE), [{ name: "extra", begin: 4, end: 6 }]);
  });

  it("needs no value for a placeholder inside an omitted block, and refuses one given anyway", () => {
    const without = renderFlowTemplate(TEMPLATE, { flowName: "F" }, "t.yaml", { omit: ["extra"] });
    assert.ok(!without.includes("extraValue") && without.includes('name: "F"'));
    assert.throws(
      () => renderFlowTemplate(TEMPLATE, { flowName: "F" }, "t.yaml"),
      /placeholder \{\{extraValue\}\} has no value/,
    );
    assert.throws(
      () =>
        renderFlowTemplate(TEMPLATE, { flowName: "F", extraValue: "x" }, "t.yaml", {
          omit: ["extra"],
        }),
      /substitution "extraValue" is not used by the template without extra/,
    );
  });

  it("names the template line of a problem after an omitted block", () => {
    const broken = TEMPLATE.replace('"last"', "{{bad}}");
    assert.throws(
      () => renderFlowTemplate(broken, { flowName: "F" }, "t.yaml", { omit: ["extra"] }),
      /^Error: t\.yaml:8: placeholder \{\{bad\}\} is not inside a double-quoted string/,
    );
  });

  it("refuses to omit a block the template does not have", () => {
    assert.throws(() => templateVariant(TEMPLATE, ["chat"]), /has no optional block "chat"/);
  });

  it("refuses unbalanced, nested, repeated and malformed markers, naming the line", () => {
    const cases: Array<[string, RegExp]> = [
      ["# optional a: begin\nx", /:1: optional block "a" never ends/],
      ["x\n# optional a: end", /:2: .* ends a block that is not open/],
      [
        "# optional a: begin\n# optional b: begin\n# optional b: end\n# optional a: end",
        /:2: optional block "b" begins inside "a"/,
      ],
      [
        "# optional a: begin\n# optional a: end\n# optional a: begin\n# optional a: end",
        /:3: optional block "a" appears twice/,
      ],
      ["# optional a begin", /:1: malformed optional-block marker/],
    ];
    for (const [text, problem] of cases)
      assert.throws(() => templateBlocks(text, "t.yaml"), problem);
  });
});
