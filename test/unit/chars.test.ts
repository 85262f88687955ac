// The character classes the analyzer's loops read by code must be the expression classes
// they stand for, for every UTF-16 code unit.
import assert from 'node:assert/strict';
import { asciiLower, isSpace, isWordCode } from '../../server/src/analyzer/chars';

describe('character classes by code', () => {
  it('isSpace is \\s and isWordCode is \\w, for every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(isSpace(c), /\s/.test(ch), `isSpace(${c})`);
      assert.equal(isWordCode(c), /\w/.test(ch), `isWordCode(${c})`);
    }
  });

  it('asciiLower lower-cases ASCII and reads ’ as \', and leaves every other code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const expected = c < 128 ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : c === 0x2019 ? 39 : c;
      assert.equal(asciiLower(c), expected, `asciiLower(${c})`);
    }
  });
});
