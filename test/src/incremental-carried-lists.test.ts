// Document-wide readings kept per segment and, after an edit, read only in the edit's scope (perf-key29, carriedList in
// segment-carry.ts): shares whose part is a word (share-spelled-parts.ts), multiples that compare two coordinated
// figures (compared-multiples.ts), figures compared with another of their sentence (compared-figures.ts), with the one
// figure of the sentence before (elliptic-comparisons.ts) or with a named subject's (named-base-comparisons.ts), totals
// of named parts (named-totals.ts) and numeric citations (bibliography.ts); and readings kept across versions by
// acrossVersions that are now asked only in the scope and where they found something before (acrossVersionsEach):
// changes whose endpoints are the dataset's (change-dataset-changes.ts), against a named base year
// (change-base-years.ts), shares read clause by clause and totals of labelled lists. A check handed the previous result must give what a fresh full check gives, after
// edits to each such sentence, to the text just after a paragraph whose whole ends it (the whole's noun is read past
// the paragraph's end), after paragraphs made and unmade (another number of segments: every segment read again), and
// after random keystrokes; and the reading itself must read no segment outside the scope but those that gave items.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { datasetOf } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, assertSame, replaceAt } from './across-versions-harness.js';
import { acrossVersionsEach, movedWithSegment, versionScope } from '../../server/dist/engine/across-versions.js';
import { carriedList } from '../../server/dist/engine/context/segment-carry.js';

// A made-up domain: a fleet of survey boats.
const dataset = datasetOf({
  'fleet.json': {
    sources: [{ id: 'fleet-log', title: 'Made-up Fleet Log 2024', publisher: 'Made-up Survey Office', year: 2024 }],
    entities: [
      { id: 'kel', name: 'Kelderwick Survey', aliases: ['Kelderwick'], kind: 'organisation', country: 'Norway' },
      { id: 'mor', name: 'Morrow Survey', aliases: ['Morrow'], kind: 'organisation', country: 'Norway' },
    ],
    metrics: [{ id: 'boats', label: 'Survey boats', unit: 'count', phrases: ['survey boats'] }],
    observations: [
      { entity: 'kel', metric: 'boats', year: 2020, value: 40, source: 'fleet-log' },
      { entity: 'kel', metric: 'boats', year: 2024, value: 48, source: 'fleet-log' },
    ],
  },
});

const FILLER = 'The season opened late, and the harbour stayed busy until the first storms of the autumn came in.';

/** Sections with each reading's sentence (right in odd sections, wrong in even ones) and fillers between them. */
function draft(sections: number): string {
  const parts = ['# Fleet notes 2024', '', 'A yearly note on the boats of the survey.', ''];
  for (let i = 0; i < sections; i++) {
    const right = i % 2 === 1;
    parts.push(
      `## Season ${i + 1}`,
      '',
      FILLER,
      '',
      // A part in words before its digit whole, the share after the whole: 5 of 25 is 20%.
      `Five of the 25 crossings, or ${right ? '20' : '24'} per cent, ran late.`,
      '',
      // The share between a part in words and its digit whole: 9 of 48 is 18.75%.
      `Those nine boats are ${right ? '18.8' : '21.0'}% of the 48 boats counted.`,
      '',
      // Part and whole in words: 2 of 8 is 25%.
      `Two of its eight piers (${right ? '25' : '30'}%) were rebuilt.`,
      '',
      // A whole that ends its paragraph: its noun is read after the paragraph, from the next one's first word.
      `The nine boats under repair make up ${right ? '18.8' : '19.9'}% of the 48`,
      '',
      'Boats were hauled out in March.',
      '',
      // A multiple comparing two coordinated figures: 490 / 105 is 4.67.
      `The office has 490 international and 105 domestic partners, more than ${right ? 'four' : 'five'} times as many abroad.`,
      '',
      // A figure compared with another of its sentence: 396 / 348 is +13.8%.
      `The fleet logged 396 days in 2024, ${right ? '14' : '16'}% more than the 348 days of 2019, as the log records [${right ? (i % 3) + 1 : 9}].`,
      '',
      // Compared with the one figure of the sentence before: 3.64 − 3.44 is 0.2 points.
      `Kelderwick spent 3.44% of its budget on fuel. Morrow spent 3.64%, ${right ? '0.2' : '0.3'} percentage points more.`,
      '',
      // A change whose endpoints are the dataset's: 40 → 48 survey boats is +20%.
      `Kelderwick's survey boats rose by ${right ? '20' : '25'}% between 2020 and 2024.`,
      '',
      // Compared with a named subject's figure stated before: 439 / 366 is +19.9%.
      `Kelderwick scored 366. Morrow scored 439, some ${right ? '19.9' : '21.0'}% more than Kelderwick.`,
      '',
      FILLER,
      '',
    );
  }
  parts.push('## References', '', '1. Made-up Survey Office, Fleet Log 2024.', '2. Made-up Survey Office, Harbour Book.', '3. Made-up Survey Office, Crossings.', '');
  return parts.join('\n');
}

/**
 * Three more versions after `first` (its text `text`), each checked against the one before: an edit later in the draft,
 * one earlier that adds a percent, one that deletes a character. `check` sees each version's result and text.
 */
function throughLaterEdits(first: ReturnType<Engine['check']>, text: string, check: (result: ReturnType<Engine['check']>, current: string, where: number) => void): void {
  let previous = first;
  let current = text;
  for (const [where, by] of [[0.8, 'y'], [0.3, '12% '], [0.9, '']] as const) {
    const k = current.indexOf(FILLER, Math.floor(current.length * where)) + 5;
    current = by === '' ? replaceAt(current, k, 1, '') : replaceAt(current, k, 0, by);
    const result = engine.check(current, { previous });
    check(result, current, where);
    previous = result;
  }
}

const nth = (t: string, needle: string, n: number) => {
  let at = -1;
  for (let i = 0; i <= n; i++) at = t.indexOf(needle, at + 1);
  assert.ok(at >= 0, `occurrence ${n} of ${needle}`);
  return at;
};

let engine: Engine;
before(() => {
  engine = createEngine({ dataset });
});

describe('readings kept per segment and read only in the edit’s scope (perf-key29)', () => {
  it('reads each kind of sentence in the draft, so that the comparisons below test them', () => {
    const result = engine.check(draft(4));
    const lineOf = (offset: number) => result.text.slice(result.text.lastIndexOf('\n', offset - 1) + 1, result.text.indexOf('\n', offset));
    const lines = (needle: string) => result.diagnostics.filter((d) => lineOf(d.range.start).includes(needle));
    assert.ok(lines('crossings, or').some((d) => d.ruleId === 'share'), 'a share whose part is a word before its digit whole is checked');
    assert.ok(lines('Those nine boats').some((d) => d.ruleId === 'share'), 'a share between a part in words and its whole is checked');
    assert.ok(lines('eight piers').some((d) => d.ruleId === 'share'), 'a share of a part and a whole both in words is checked');
    assert.ok(lines('times as many').some((d) => d.ruleId === 'percent-change'), 'a multiple of two coordinated figures is checked');
    assert.ok(lines('more than the 348 days').some((d) => d.ruleId === 'percent-change'), 'a figure compared with another of its sentence is checked');
    assert.ok(lines('percentage points more').some((d) => d.ruleId === 'percent-change'), 'a figure compared with the sentence before’s is checked');
    assert.ok(lines('more than Kelderwick').some((d) => d.ruleId === 'percent-change'), 'a figure compared with a named subject’s is checked');
    assert.ok(lines('more than the 348 days').some((d) => d.ruleId === 'citation-undefined'), 'a citation with no entry is checked');
    assert.ok(lines('survey boats rose by').some((d) => d.ruleId === 'percent-change'), 'a change whose endpoints are the dataset’s is checked');
    // Each is right in odd sections: the findings are those of the even ones only.
    assert.equal(lines('crossings, or').length, 2);
    assert.equal(lines('times as many').length, 2);
  });

  it('gives the same findings as a full check after one letter typed far from every reading, and after undoing it', () => {
    const text = draft(10);
    const first = engine.check(text);
    const at = text.indexOf(FILLER, Math.floor(text.length / 2)) + 10;
    const next = assertSame(engine, first, replaceAt(text, at, 0, 'x'), 'one letter typed');
    const scope = versionScope(next.state.doc);
    assert.ok(scope && scope.from > 0 && scope.to < next.state.doc.segments.length - 1, 'a scope smaller than the document');
    assertSame(engine, next, text, 'the letter deleted');
  });

  it('reads each sentence again when it is edited, or the text after it, and when paragraphs are made or unmade', () => {
    const text = draft(6);
    assertEditsInTurn(engine, text, [
      (t) => replaceAt(t, nth(t, 'Five of the 25', 2), 'Five'.length, 'Six'),
      (t) => replaceAt(t, nth(t, 'or 24 per cent', 1), 'or 24'.length, 'or 20'),
      (t) => replaceAt(t, nth(t, 'Those nine boats', 3), 'Those nine'.length, 'Those ten'),
      (t) => replaceAt(t, nth(t, 'Two of its eight', 0), 'Two of its eight'.length, 'Two of its ten'),
      (t) => replaceAt(t, nth(t, '(25%) were', 1), '(25%)'.length, '(20 per cent)'),
      // The next paragraph's first word is the whole's noun: a word not in the plural, then one again.
      (t) => replaceAt(t, nth(t, 'Boats were hauled', 2), 'Boats'.length, 'Hulls'),
      (t) => replaceAt(t, nth(t, 'Hulls were hauled', 0), 'Hulls'.length, 'Crew'),
      (t) => replaceAt(t, nth(t, 'Crew were hauled', 0), 'Crew'.length, 'Boats'),
      // The paragraph with the whole at its end joined to the next one, then split again.
      (t) => replaceAt(t, nth(t, '% of the 48\n\nBoats', 4), '% of the 48\n\n'.length, '% of the 48 '),
      (t) => replaceAt(t, nth(t, '% of the 48 Boats', 0), '% of the 48 '.length, '% of the 48\n\n'),
      (t) => replaceAt(t, nth(t, 'more than four times', 1), 'more than four'.length, 'more than six'),
      (t) => replaceAt(t, nth(t, '490 international and 105', 0), '490 international and 105'.length, '490 international and 115'),
      (t) => replaceAt(t, nth(t, '16% more than the 348', 1), '16%'.length, '14%'),
      (t) => replaceAt(t, nth(t, '0.2 percentage points', 2), '0.2'.length, '0.4'),
      (t) => replaceAt(t, nth(t, 'Morrow scored 439', 3), 'Morrow scored 439'.length, 'Morrow scored 459'),
      (t) => replaceAt(t, nth(t, 'Kelderwick scored 366. ', 1), 'Kelderwick scored 366. '.length, ''),
      (t) => replaceAt(t, nth(t, 'log records [2]', 0), 'log records [2]'.length, 'log records [7]'),
      (t) => replaceAt(t, nth(t, 'log records [9]', 1), 'log records [9]'.length, 'log records [3]'),
      (t) => replaceAt(t, nth(t, 'boats rose by 25%', 1), 'boats rose by 25%'.length, 'boats rose by 20%'),
      (t) => replaceAt(t, nth(t, 'boats rose by 20%', 2), 'boats rose by 20% between 2020'.length, 'boats rose by 20% between 2021'),
      (t) => replaceAt(t, nth(t, FILLER, 9), FILLER.length, "Kelderwick's survey boats rose by 30% between 2020 and 2024."),
      (t) => replaceAt(t, nth(t, '2. Made-up Survey Office', 0), '2. Made-up Survey Office, Harbour Book.\n'.length, ''),
      (t) => replaceAt(t, nth(t, '## References', 0), '## References'.length, '## Sources'),
      // A sentence of each kind written into a filler far from the others, then a new paragraph of one.
      (t) => replaceAt(t, nth(t, FILLER, 7), FILLER.length, 'Three of the 12 surveys, or 30 per cent, were cut.'),
      (t) => replaceAt(t, nth(t, FILLER, 2), 0, 'It has 300 large and 60 small boats, exactly five times as many large ones.\n\n'),
      (t) => replaceAt(t, nth(t, 'It has 300 large', 0), 'It has 300 large and 60 small boats, exactly five times as many large ones.\n\n'.length, ''),
      // A heading unmade and made: the sections around the readings change, not the readings.
      (t) => replaceAt(t, nth(t, '## Season 3', 0), '## '.length, ''),
      (t) => replaceAt(t, nth(t, 'Season 3', 0), 0, '## '),
    ]);
  });

  it('gives the same findings as a full check after random keystrokes', () => {
    assertKeystrokes(engine, draft(5), ['x', ' ', '', '1', '%', 's', 'five ', ' of the 30', '\n\n', '\n\n## Season\n\n', 'times as many ', ' more than ', '[2]', '. Morrow '], 40);
  });

  it('after an edit reads only the segments of its scope and those that gave items before, and gives what a walk of every segment gives', () => {
    const text = draft(10);
    const first = engine.check(text);
    const at = text.indexOf(FILLER, Math.floor(text.length / 2)) + 10;
    const edited = replaceAt(text, at, 0, 'x');
    const next = engine.check(edited, { previous: first });
    const scope = versionScope(next.state.doc)!;
    // A reading of the paragraphs with a percent: one item per such paragraph.
    const gate = (s: { kind: string; tokens: ReadonlyArray<{ kind: string }> }) => s.kind === 'paragraph' && s.tokens.some((t) => t.kind === 'percent');
    const read = (s: { tokens: readonly object[] }) => [{ token: s.tokens[0]! }];
    carriedList(first.state.doc, 'test:percent-paragraphs', 0, gate, read);
    const gated: number[] = [];
    const items = carriedList(next.state.doc, 'test:percent-paragraphs', 0, (s) => (gated.push(s.index), gate(s)), read);
    const withPercent = next.state.doc.segments.filter(gate);
    assert.ok(withPercent.length > 20, 'the draft has paragraphs with a percent in every section');
    // Read: the scope, and after it only the paragraphs that gave an item in the version before; before it none (the
    // previous version's own segments: their items taken over in one slice, perf-key55).
    assert.ok(scope.from > 0 && withPercent.some((s) => s.index < scope.from), 'paragraphs with a percent before the scope');
    assert.deepEqual(gated.filter((i) => i < scope.from), [], 'nothing before the scope read');
    const outside = gated.filter((i) => i > scope.to);
    assert.deepEqual(outside, withPercent.map((s) => s.index).filter((i) => i > scope.to));
    assert.equal(gated.length, scope.to - scope.from + 1 + outside.length, 'each segment read once');
    assert.ok(gated.length < next.state.doc.segments.length, `${gated.length} of ${next.state.doc.segments.length} segments read`);
    // The same items as a walk of every segment of a fresh check, in document order, on the segments of this version.
    assert.deepEqual(items.map((x) => (x as { token: { start: number } }).token.start), withPercent.map((s) => s.tokens[0]!.start));
    assert.ok(items.every((x, i) => (x as { token: unknown }).token === withPercent[i]!.tokens[0]), 'the tokens of this version’s segments');
    const fresh = engine.check(edited);
    assert.deepEqual(carriedList(fresh.state.doc, 'test:percent-paragraphs', 0, gate, read).map((x) => (x as { token: { start: number } }).token.start), items.map((x) => (x as { token: { start: number } }).token.start));
    // The version after takes its leading items over from this one in turn: edits later and earlier in the draft.
    const starts = (list: readonly object[]) => list.map((x) => (x as { token: { start: number } }).token.start);
    throughLaterEdits(next, edited, (result, current, where) => {
      const got = carriedList(result.state.doc, 'test:percent-paragraphs', 0, gate, read);
      assert.deepEqual(starts(got), starts(carriedList(engine.check(current).state.doc, 'test:percent-paragraphs', 0, gate, read)), `edit at ${where}`);
      assert.ok(got.every((x) => result.state.doc.segments.some((s) => s.tokens[0] === (x as { token: unknown }).token)), 'the tokens of this version’s segments');
    });
  });
  it('asks acrossVersionsEach only the scope and the segments whose reading was not empty, and gives what asking every segment gives', () => {
    const text = draft(10);
    const first = engine.check(text);
    const edited = replaceAt(text, text.indexOf(FILLER, Math.floor(text.length / 2)) + 10, 0, 'x');
    const next = engine.check(edited, { previous: first });
    const fresh = engine.check(edited);
    const scope = versionScope(next.state.doc)!;
    // A reading of each paragraph's first percent, empty for a paragraph without one.
    type Read = { token: { start: number } };
    const read = (s: { tokens: ReadonlyArray<{ kind: string; start: number }> }): Read[] => s.tokens.filter((t) => t.kind === 'percent').slice(0, 1).map((token) => ({ token }));
    const paragraph = (s: { kind: string }) => s.kind === 'paragraph';
    acrossVersionsEach(first.state.doc, 'test:first-percents', [], paragraph, read, movedWithSegment);
    const asked: number[] = [];
    const readings = acrossVersionsEach(next.state.doc, 'test:first-percents', [], (s) => (asked.push(s.index), paragraph(s)), read, movedWithSegment);
    const gave = next.state.doc.segments.filter((s) => paragraph(s) && read(s).length > 0).map((s) => s.index);
    assert.ok(gave.length > 20, 'the draft has paragraphs with a percent in every section');
    // Before the scope nothing is asked (the previous version's own segments: their readings taken over, perf-key55).
    assert.ok(gave.some((i) => i < scope.from), 'readings before the scope');
    assert.deepEqual(asked.filter((i) => i < scope.from), []);
    assert.deepEqual(asked.filter((i) => i > scope.to), gave.filter((i) => i > scope.to));
    assert.ok(asked.length < next.state.doc.segments.length, `${asked.length} of ${next.state.doc.segments.length} segments asked`);
    const starts = (rs: ReadonlyArray<readonly Read[]>) => rs.flat().map((r) => r.token.start);
    assert.deepEqual(starts(readings), starts(acrossVersionsEach(fresh.state.doc, 'test:first-percents', [], paragraph, read, movedWithSegment)));
    // The versions after take their leading readings over in turn (the results kept for them): edits later, earlier.
    throughLaterEdits(next, edited, (result, current, where) => {
      const got = acrossVersionsEach(result.state.doc, 'test:first-percents', [], paragraph, read, movedWithSegment);
      assert.deepEqual(starts(got), starts(acrossVersionsEach(engine.check(current).state.doc, 'test:first-percents', [], paragraph, read, movedWithSegment)), `edit at ${where}`);
      assert.ok(got.flat().every((r) => result.state.doc.segments.some((s) => s.tokens[0] === r.token || s.tokens.includes(r.token as never))), 'the tokens of this version’s segments');
    });
    // Other globals than the version before's: every segment is asked.
    const again: number[] = [];
    acrossVersionsEach(engine.check(replaceAt(edited, 5, 0, 'y'), { previous: next }).state.doc, 'test:first-percents', ['other'], (s) => (again.push(s.index), paragraph(s)), read, movedWithSegment);
    assert.equal(again.length, next.state.doc.segments.length);
  });
});
