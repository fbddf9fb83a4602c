import * as assert from "node:assert/strict";
import { expandDidRange } from "../../components/didRange";

describe("expandDidRange", () => {
  it("lists every number of the range, ends included", () => {
    assert.deepEqual(expandDidRange("+13175550099", "+13175550101"), [
      "+13175550099",
      "+13175550100",
      "+13175550101",
    ]);
    assert.deepEqual(expandDidRange("+442071838750", "+442071838750"), ["+442071838750"]);
  });

  const bad: Array<[string, string, RegExp]> = [
    [
      "13175550100",
      "+13175550101",
      /didNumbers\.start: "13175550100" is not an E\.164 number; fix: write it as \+/,
    ],
    ["+13175550100", "+1317555010x", /didNumbers\.end: "\+1317555010x" is not an E\.164 number/],
    ["+13175550100", "+131755501000", /differ in length/],
    [
      "+13175550101",
      "+13175550100",
      /start "\+13175550101" is after end "\+13175550100"; fix: swap them/,
    ],
    ["+13175550000", "+13175550100", /holds 101 numbers; fix: use at most 100/],
  ];
  for (const [start, end, message] of bad) {
    it(`rejects ${start}..${end}`, () => assert.throws(() => expandDidRange(start, end), message));
  }
});
