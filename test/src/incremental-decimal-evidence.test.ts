// The decimal mark of a version found from the lines an edit changed (perf-key43): the first decimal comma and the
// first decimal point with a unit kept per version, and looked for again only on the changed lines (and after them
// when the first match stood there). Whatever the edit, the mark, and each first match known, are a fresh scan's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { createEngine } from 'factlint';
import { documentDecimalMark } from '../../server/dist/engine/analysis.js';
import { editBetween } from '../../server/dist/engine/markdown/document.js';
import { decimalEvidence, detectDecimalMark } from '../../server/dist/engine/numbers.js';
import { assertSame, replaceAt } from './across-versions-harness.js';
import { datasetOf } from './helpers.js';

const piece = fc.constantFrom('8,3 %', '2,35', '9.3%', '6.1 billion', '4,181,000', '1,553.5', '12', ',', '.', ' ', '\n', '\n\n', 'a', '[3,4]', '<sup>9,10</sup>', '5', '%');
const text = fc.array(piece, { maxLength: 24 }).map((p) => p.join(''));

describe('decimal mark from the changed lines (perf-key43)', () => {
  it('gives a fresh scan\'s mark and first matches after any chain of replacements (property)', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), text), { minLength: 1, maxLength: 6 }), (start, edits) => {
        let old = start;
        let evidence = decimalEvidence(old);
        assert.equal(evidence.mark, detectDecimalMark(old));
        for (const [f, g, by] of edits) {
          const at = Math.floor(f * old.length);
          const next = replaceAt(old, at, Math.floor(g * (old.length - at)), by);
          evidence = decimalEvidence(next, { text: old, evidence, edit: editBetween(old, next) });
          const fresh = decimalEvidence(next);
          assert.equal(evidence.mark, detectDecimalMark(next), JSON.stringify({ old, next }));
          assert.equal(evidence.comma, fresh.comma, JSON.stringify({ old, next }));
          if (evidence.point !== -2 && fresh.point !== -2) assert.equal(evidence.point, fresh.point, JSON.stringify({ old, next }));
          old = next;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a draft\'s numbers with the mark a full check finds, as decimal commas come and go', () => {
    const engine = createEngine({ dataset: datasetOf({}) });
    let draft = '# Report\n\nThe rate was 8,3 % in 2024.\n\nOutput grew to 12,5 tonnes.\n\nNothing else here.\n';
    let result = engine.check(draft);
    assert.equal(documentDecimalMark(result.state.doc), ',');
    const edits: Array<[string, string, '.' | ',']> = [
      ['Nothing else here.', 'Costs were USD 6.1 billion.', '.'],
      ['USD 6.1 billion', 'USD 6 billion', ','],
      ['8,3 %', '8.3 %', '.'],
      ['12,5 tonnes', '12 tonnes', '.'],
      ['8.3 %', '8 %', '.'],
      ['12 tonnes', '12,75 tonnes', ','],
    ];
    for (const [from, to, mark] of edits) {
      assert.ok(draft.includes(from), from);
      draft = draft.replace(from, to);
      result = assertSame(engine, result, draft, `${from} → ${to}`);
      assert.equal(documentDecimalMark(result.state.doc), mark, `${from} → ${to}`);
      assert.equal(documentDecimalMark(result.state.doc), detectDecimalMark(draft));
    }
    for (let i = 0; i < 30; i++) {
      const at = (i * 37) % draft.length;
      draft = replaceAt(draft, at, i % 3, ['1,5', '.', '2.5%', '\n'][i % 4]!);
      result = assertSame(engine, result, draft, `edit ${i}`);
      assert.equal(documentDecimalMark(result.state.doc), detectDecimalMark(draft), `edit ${i}`);
    }
  });
});
