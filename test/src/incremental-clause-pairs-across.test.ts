// perf-key58: the one part and whole of a sentence read for a share in words ("480 colonies out of 4,000, about one in
// eight", "Of the 1,950 farms counted, 650, a third, grew barley": share-clause-shares.ts clausePairs) are kept across
// versions (acrossVersionsEach): after an edit only the scope and the paragraphs that gave pairs before are read, the
// pairs before the scope are the previous version's own objects. A pair reads a few characters around its figures (the
// unit after the whole, a hedge before it): a check handed the previous result must give what a fresh full check
// gives when those are edited, when paragraphs are joined or split, and after random keystrokes.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { datasetOf } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, editFillersInTurn, nthIndex, replaceAt, sameWithReadings } from './across-versions-harness.js';
import { versionScope } from '../../server/dist/engine/across-versions.js';
import { clausePairs } from '../../server/dist/engine/context/share-clause-shares.js';

const dataset = datasetOf({
  'fleet.json': {
    sources: [{ id: 'fleet-log', title: 'Made-up Fleet Log 2024', publisher: 'Made-up Survey Office', year: 2024 }],
    entities: [{ id: 'kel', name: 'Kelderwick Survey', aliases: ['Kelderwick'], kind: 'organisation', country: 'Norway' }],
    metrics: [{ id: 'boats', label: 'Survey boats', unit: 'count', phrases: ['survey boats'] }],
    observations: [{ entity: 'kel', metric: 'boats', year: 2024, value: 48, source: 'fleet-log' }],
  },
});

/** The share rule's pattern of a share in words (rules/share.ts WORD_SHARE_ANY). */
const WORD_SHARE = /\b(?:one|1)\s+(?:in|out of)\s|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b/i;

const FILLER = 'The season opened late, and the harbour stayed busy until the first storms of the autumn came in.';

/** Sections with each phrasing (right in odd sections, wrong in even ones) and fillers between them. */
function draft(sections: number): string {
  const parts = ['# Field notes 2024', '', 'A yearly note on the farms and the survey.', ''];
  for (let i = 0; i < sections; i++) {
    const right = i % 2 === 1;
    parts.push(
      `## Season ${i + 1}`,
      '',
      FILLER,
      '',
      // 650 of 1,950 is a third.
      `Of the 1,950 farms counted, 650, ${right ? 'a third' : 'a quarter'}, grew barley.`,
      '',
      // 650 of 2,500 is 26%, about a quarter.
      `The office keeps 2,500 maps, of which 650, about ${right ? 'a quarter' : 'a half'}, are old.`,
      '',
      'The survey found 480 colonies out of 4,000, about one in eight.',
      '',
      // A whole that ends its paragraph: its unit is read after it, from the next paragraph's first word.
      'About one in eight: 480 nests out of 4,000',
      '',
      'nests were counted in May.',
      '',
      FILLER,
      '',
    );
  }
  return parts.join('\n');
}


type Pair = ReturnType<typeof clausePairs>[number];
const described = (pairs: readonly Pair[]) => pairs.map((p) => JSON.stringify(p));

let engine: Engine;
before(() => {
  engine = createEngine({ dataset });
});

/** assertSame, and the version's pairs those of a fresh check. */
const samePairs = sameWithReadings((result) => described(clausePairs(result.state.doc, WORD_SHARE)), 'the pairs');

describe('the part and whole of a share in words kept across versions (perf-key58)', () => {
  it('reads the three pairs of each section, so that the comparisons below test them', () => {
    const result = engine.check(draft(4));
    assert.equal(clausePairs(result.state.doc, WORD_SHARE).length, 16);
    const lineOf = (offset: number) => result.text.slice(result.text.lastIndexOf('\n', offset - 1) + 1, result.text.indexOf('\n', offset));
    const findings = result.diagnostics.filter((d) => d.ruleId === 'share').map((d) => lineOf(d.range.start));
    assert.equal(findings.filter((l) => l.includes('a quarter, grew')).length, 2);
    assert.equal(findings.filter((l) => l.includes('about a half')).length, 2);
  });

  it('keeps the pairs before the edit as the previous version’s objects, and gives a fresh check’s pairs after chained edits', () => {
    const text = draft(10);
    const first = engine.check(text);
    const pairs0 = clausePairs(first.state.doc, WORD_SHARE);
    const edited = replaceAt(text, text.indexOf(FILLER, Math.floor(text.length * 0.7)) + 10, 0, 'x');
    const next = samePairs(engine, first, edited, 'one letter typed');
    const scope = versionScope(next.state.doc)!;
    const pairs = clausePairs(next.state.doc, WORD_SHARE);
    const leading = pairs.filter((p) => p.part.start < next.state.doc.segments[scope.from]!.start);
    assert.ok(leading.length >= 18, `${leading.length} pairs before the scope`);
    for (const p of leading) assert.ok(pairs0.includes(p), 'a pair before the scope is the previous version’s object');
    const after = pairs.filter((p) => p.part.start > next.state.doc.segments[scope.to]!.end);
    assert.ok(after.length > 0, 'pairs after the scope');
    for (const p of after) {
      assert.ok(!pairs0.includes(p), 'a pair after the edit is moved, a new object');
      assert.ok(next.state.doc.segments.some((s) => s.tokens.includes(p.part) && s.tokens.includes(p.whole)), 'the tokens of this version’s segments');
      assert.match(edited.slice(p.sentence.start, p.sentence.end), /^(?:Of the|The office|The survey|About one)[^\n]*(?:\.|4,000)$/, 'its sentence at this version’s offsets');
    }
    editFillersInTurn(engine, next, edited, FILLER, '12 ', samePairs);
  });

  it('reads a pair again when its sentence or the text around its figures is edited, and when paragraphs are joined or split', () => {
    assertEditsInTurn(
      engine,
      draft(6),
      [
        (t) => replaceAt(t, nthIndex(t, '650, a quarter,', 0), '650, a quarter,'.length, '650, a third,'),
        // The unit after the whole, another noun (no pair), then the same again.
        (t) => replaceAt(t, nthIndex(t, 'out of 4,000, about', 2), 'out of 4,000'.length, 'out of 4,000 nests'),
        (t) => replaceAt(t, nthIndex(t, 'out of 4,000 nests', 0), 'out of 4,000 nests'.length, 'out of 4,000'),
        // The next paragraph's first word, the unit of the whole that ends the paragraph before: another noun (no pair), then the same.
        (t) => replaceAt(t, nthIndex(t, 'nests were counted', 3), 'nests'.length, 'boats'),
        (t) => replaceAt(t, nthIndex(t, 'boats were counted', 0), 'boats'.length, 'nests'),
        // A hedge before the whole (no pair), then taken out.
        (t) => replaceAt(t, nthIndex(t, 'keeps 2,500 maps', 3), 'keeps 2,500'.length, 'keeps around 2,500'),
        (t) => replaceAt(t, nthIndex(t, 'keeps around 2,500', 0), 'keeps around 2,500'.length, 'keeps 2,500'),
        // A percent in the sentence (no pair), then taken out; a third figure (two pairs: none kept).
        (t) => replaceAt(t, nthIndex(t, 'grew barley.', 1), 'grew barley.'.length, 'grew barley (33%).'),
        (t) => replaceAt(t, nthIndex(t, 'grew barley (33%).', 0), 'grew barley (33%).'.length, 'grew barley.'),
        (t) => replaceAt(t, nthIndex(t, 'about one in eight.', 4), 'about one in eight.'.length, 'about one in eight, and 30 out of 400 nests.'),
        // Paragraphs joined and split; a sentence written into a filler.
        (t) => replaceAt(t, nthIndex(t, 'old.\n\nThe survey', 2), 'old.\n\n'.length, 'old. '),
        (t) => replaceAt(t, nthIndex(t, 'old. The survey', 0), 'old. '.length, 'old.\n\n'),
        (t) => replaceAt(t, nthIndex(t, FILLER, 6), FILLER.length, 'The harbour moored 90 boats out of 360, one in four.'),
        (t) => replaceAt(t, nthIndex(t, '## Season 3', 0), '## '.length, ''),
        (t) => replaceAt(t, nthIndex(t, 'Season 3', 0), 0, '## '),
      ],
      samePairs,
    );
  });

  it('gives the same findings as a full check after random keystrokes', () => {
    assertKeystrokes(engine, draft(5), ['x', ' ', '', '1', '%', ',', ' about ', ' out of 900', ' one in ten', 'a third', '\n\n', '\n\n## Season\n\n'], 40, samePairs);
  });
});
