// allMatches (engine/context/regex-matches.ts): the matches String.prototype.matchAll gives, without its copy of the regex.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allMatches } from '../../server/dist/engine/context/regex-matches.js';

const asMatchAll = (re: RegExp, text: string) => JSON.stringify([...text.matchAll(re)].map((m) => [m.index, ...m, m.groups ?? null]));
const asAllMatches = (re: RegExp, text: string) => JSON.stringify(allMatches(re, text).map((m) => [m.index, ...m, m.groups ?? null]));

describe('allMatches', () => {
  it('gives what matchAll gives: captures, named groups, empty matches, surrogate pairs under u', () => {
    const texts = ['', 'The 3 institutes and 12 labs, 2015–2024.', 'a😀b😀😀c', 'ſK kelvin', 'x\ny'];
    for (const re of [/\d+/g, /(?<word>\p{L}+)/gu, /\b/g, /(?:)/g, /(?:)/gu, /x*/gu, /[😀]?/gu, /./gsu, /k/giu, /^/gm]) {
      for (const text of texts) assert.equal(asAllMatches(re, text), asMatchAll(re, text), `${re} on ${JSON.stringify(text)}`);
    }
  });

  it("starts at the regex's lastIndex, as matchAll does, and leaves it as it was", () => {
    const re = /\d/g;
    re.lastIndex = 3;
    const expected = asMatchAll(re, '1 2 3 4');
    assert.equal(re.lastIndex, 3);
    assert.equal(asAllMatches(re, '1 2 3 4'), expected);
    assert.equal(re.lastIndex, 3);
  });

  it('refuses a regex without g, as matchAll does', () => {
    assert.throws(() => allMatches(/\d/, '1'), TypeError);
  });
});
