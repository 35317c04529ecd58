// perf-key68: two per-segment and per-version stores made smaller.
// - carriedPerSegment (context/segment-carry.ts) keeps the items it placed at a segment per reading in a list searched
//   by key, not a map per segment: each reading still gets its own items, given again while the text after the
//   segment is the same and read again (placed anew) when it is not, without touching another reading's.
// - linkGlobalsOf (context/carried-links.ts) gives one list per version and dataset, the dataset and the document's
//   owner, instead of a new list per segment.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import type { AnalysedDocument } from '../../server/dist/engine/analysis.js';
import { carriedPerSegment } from '../../server/dist/engine/context/segment-carry.js';
import { linkGlobalsOf } from '../../server/dist/engine/context/carried-links.js';
import { documentOwner } from '../../server/dist/engine/context/dataset-referred-subject.js';
import { labSurvey, urbanApiary } from './made-up-datasets.js';

const text = ['# Apiary report', 'RBC kept 150 hives and 600 members in 2024, up 12% on 2019.', 'NAC kept 412 hives in 2024.'].join('\n\n');

describe('carriedPerSegment: the items of several readings of one segment', () => {
  const engine = createEngine({ dataset: urbanApiary({}) });

  it("gives each reading its own items, again while the text after the segment stays, afresh when it changes", () => {
    const doc = engine.check(text).state.doc;
    const segment = doc.segments.find((s) => s.text.startsWith('RBC'))!;
    let asked = { a: 0, b: 0 };
    const readA = () => (asked.a++, segment.tokens.slice(0, 2).map((token) => ({ token, reading: 'a' })));
    const readB = () => (asked.b++, [{ token: segment.tokens[2]!, reading: 'b', span: { start: segment.start, end: segment.start + 3 } }]);
    const a1 = carriedPerSegment(doc, segment, 'test:a', 5, readA);
    const b1 = carriedPerSegment(doc, segment, 'test:b', 5, readB);
    assert.deepEqual(a1.map((i) => [i.reading, i.token.text]), [['a', '150'], ['a', '600']]);
    assert.deepEqual(b1.map((i) => [i.reading, i.token.text, i.span.start]), [['b', '2024', segment.start]]);
    // Given again: the same lists, neither reading asked again.
    assert.equal(carriedPerSegment(doc, segment, 'test:a', 5, readA), a1);
    assert.equal(carriedPerSegment(doc, segment, 'test:b', 5, readB), b1);
    assert.deepEqual(asked, { a: 1, b: 1 });
    // Other text after the segment (a version with it changed): reading a is asked again; b keeps its items.
    const changed: AnalysedDocument = { ...doc, text: doc.text.slice(0, segment.end) + '\n\nZZZ' + doc.text.slice(segment.end + 5) };
    const a2 = carriedPerSegment(changed, segment, 'test:a', 5, readA);
    assert.notEqual(a2, a1);
    assert.equal(carriedPerSegment(changed, segment, 'test:a', 5, readA), a2, 'kept for the new text');
    assert.deepEqual(a2.map((i) => [i.reading, i.token.text]), [['a', '150'], ['a', '600']]);
    assert.equal(carriedPerSegment(doc, segment, 'test:b', 5, readB), b1);
    assert.deepEqual(asked, { a: 2, b: 1 });
    // Back to the first text: the items read with it, placed again (kept with the segment's analysis), not asked.
    const a3 = carriedPerSegment(doc, segment, 'test:a', 5, readA);
    assert.deepEqual(a3.map((i) => [i.reading, i.token]), a1.map((i) => [i.reading, i.token]));
    assert.equal(carriedPerSegment(doc, segment, 'test:a', 5, readA), a3);
    assert.deepEqual(asked, { a: 2, b: 1 });
  });
});

describe('linkGlobalsOf: one list per version and dataset', () => {
  it('gives the dataset and the owner, the same list for every segment of a version, another for another dataset', () => {
    const apiary = urbanApiary({});
    const survey = labSurvey({});
    const doc = createEngine({ dataset: apiary }).check(text).state.doc;
    const globals = linkGlobalsOf(doc, apiary);
    assert.deepEqual(globals, [apiary, documentOwner(doc, apiary)]);
    assert.equal(linkGlobalsOf(doc, apiary), globals);
    const other = linkGlobalsOf(doc, survey);
    assert.deepEqual(other, [survey, documentOwner(doc, survey)]);
    assert.equal(linkGlobalsOf(doc, survey), other);
    assert.deepEqual(linkGlobalsOf(doc, apiary), [apiary, documentOwner(doc, apiary)]);
    // Another version of the same text: its own list.
    const next = createEngine({ dataset: apiary }).check(`${text}\n\nMore.`).state.doc;
    assert.notEqual(linkGlobalsOf(next, apiary), linkGlobalsOf(doc, apiary));
  });
});
