// The JSON syntax scanner agrees with JSON.parse on what is valid JSON, for any text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { findJsonSyntaxError } from '../../server/dist/shared/json-syntax.js';

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it('finds no error exactly when JSON.parse accepts the text (valid JSON, and JSON with a character cut or inserted)', () => {
    const mutated = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', '"', ',', '}', ']', '{', '[', ':', 'x', '\n', "'")).map(([json, at, insert]) => {
      const i = at % (json.length + 1);
      return insert === '' ? json.slice(0, i) + json.slice(i + 1) : json.slice(0, i) + insert + json.slice(i);
    });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        assert.equal(findJsonSyntaxError(text) === undefined, isJson(text), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });
});
