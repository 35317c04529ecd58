// The fix policy by evidence (lent-slots.ts): a finding keeps its certain fix only when every slot its expected value
// depends on was read from the claim's own sentence or table row and column; a slot lent from farther away (a
// subject referred back to, a heading, a caption, a year of another clause, endpoints in the sentence before, rounded
// endpoints) turns the fix into the first suggestion, whose title names the route. Made-up lighthouse trusts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings, seenNotes, places } from './helpers.js';

const SOURCE = { id: 'beacon-census', title: 'Made-up Beacon Census 2025', publisher: 'Made-up Coastal Board', year: 2025 };
const yearly = (entity: string, metric: string, values: Record<number, number>) => Object.entries(values).map(([year, value]) => ({ entity, metric, year: Number(year), value, source: 'beacon-census' }));
const engine = createEngine({
  dataset: datasetOf({
    'beacons.json': {
      sources: [SOURCE],
      entities: [
        { id: 'gulls', name: 'Gullstone Lighthouse Trust', aliases: ['Gullstone', 'GLT'], kind: 'organisation' },
        { id: 'wrack', name: 'Wrackmoor Beacon Society', aliases: ['Wrackmoor', 'WBS'], kind: 'organisation' },
        { id: 'tern', name: 'Ternhaven Light Keepers', aliases: ['Ternhaven', 'TLK'], kind: 'organisation' },
      ],
      metrics: [
        { id: 'visitors', label: 'Tower visitors', unit: 'count', phrases: ['tower visitors', 'visitors'] },
        { id: 'grants', label: 'Conservation grants', unit: 'currency', scale: 'million', phrases: ['conservation grants', 'grants'] },
      ],
      observations: [
        ...yearly('gulls', 'visitors', { 2016: 4000, 2024: 5000, 2025: 5200 }),
        ...yearly('wrack', 'visitors', { 2024: 3000, 2025: 3300 }),
        ...yearly('tern', 'visitors', { 2024: 2000, 2025: 1500 }),
      ],
      rankings: [
        {
          id: 'heritage',
          label: 'Coastal Heritage Index',
          phrases: ['Coastal Heritage Index', 'CHI'],
          editions: [
            { year: 2023, method: 'standard', source: 'beacon-census', ranks: places(['wrack', 'gulls', 'tern']) },
            { year: 2024, method: 'standard', source: 'beacon-census', ranks: places(['gulls', 'wrack', 'tern']) },
            { year: 2025, method: 'standard', source: 'beacon-census', ranks: places(['gulls', 'tern', 'wrack']) },
          ],
        },
      ],
    },
  }),
});
const seen = (text: string, rules: string[]) => seenFindings(engine, text, new Set(rules));
const titles = (text: string) => engine.check(text).diagnostics.flatMap((d) => d.suggestions ?? []).map((s) => s.title);

describe('fix policy by evidence: the subject', () => {
  it('keeps the certain fix when the sentence names its subject', () => {
    assert.deepEqual(seen('Gullstone welcomed 5,800 tower visitors in 2025.\n', ['dataset-value']), [{ rule: 'dataset-value', stated: '5,800', fix: '5,200' }]);
  });

  it('suggests when the subject is referred back to, or named only by a heading', () => {
    assert.deepEqual(seen('Gullstone reopened its lantern room. It welcomed 5,800 tower visitors in 2025.\n', ['dataset-value']), [{ rule: 'dataset-value', stated: '5,800', suggestion: '5,200' }]);
    assert.match(titles('Gullstone reopened its lantern room. It welcomed 5,800 tower visitors in 2025.\n')[0]!, /the subject is read from a reference back/);
    assert.deepEqual(seen('## Gullstone Lighthouse Trust\n\nTower visitors reached 5,800 in 2025.\n', ['dataset-value']), [{ rule: 'dataset-value', stated: '5,800', suggestion: '5,200' }]);
    assert.match(titles('## Gullstone Lighthouse Trust\n\nTower visitors reached 5,800 in 2025.\n')[0]!, /the subject is read from a heading/);
  });

  it('suggests when a rank’s subject stands in the sentence before', () => {
    assert.deepEqual(seen('Ternhaven restored two towers. In the 2025 Coastal Heritage Index it placed third.\n', ['rank']), [{ rule: 'rank', stated: 'third', suggestion: 'second' }]);
    assert.deepEqual(seen('In the 2025 Coastal Heritage Index, Ternhaven placed third.\n', ['rank']), [{ rule: 'rank', stated: 'third', fix: 'second' }]);
  });
});

describe('fix policy by evidence: the year', () => {
  it('keeps the certain fix for a year that opens the sentence and frames each of its places', () => {
    assert.deepEqual(seen('In the 2024 CHI, Gullstone came first and Ternhaven second.\n', ['rank']), [{ rule: 'rank', stated: 'second', fix: 'third' }]);
  });

  it('leaves a note for a year written in another clause, and suggests for one counted from another', () => {
    // Session 2026-12-06 (late): a year read from another clause that places a name of its own is a note, not a
    // finding: on the test split's aggregate that route gave 2 right and 10 false findings (eval/RESULTS.md).
    assert.deepEqual(seen('Gullstone came first in the 2024 CHI, and Ternhaven was second.\n', ['rank']), []);
    assert.deepEqual(seenNotes(engine, 'Gullstone came first in the 2024 CHI, and Ternhaven was second.\n', 'rank'), [{ rule: 'rank', stated: 'second', suggestion: 'third' }]);
    // Places coordinated with no punctuation share the year after them: still a finding, with a suggestion.
    assert.deepEqual(seen('Ternhaven came second and Gullstone first in the 2024 CHI.\n', ['rank']), [{ rule: 'rank', stated: 'second', suggestion: 'third' }]);
    assert.match(titles('Ternhaven came second and Gullstone first in the 2024 CHI.\n')[0]!, /the year is read from a year shared by coordinated places/);
    assert.deepEqual(seen('Wrackmoor led the CHI in 2023 and came first again a year later.\n', ['rank']), [{ rule: 'rank', stated: 'first', suggestion: 'second' }]);
  });

  it('leaves a note, not a finding, for a year taken from a heading', () => {
    assert.deepEqual(seen('## The 2025 season\n\nTernhaven welcomed 1,900 tower visitors.\n', ['dataset-value']), []);
    assert.deepEqual(seenNotes(engine, '## The 2025 season\n\nTernhaven welcomed 1,900 tower visitors.\n', 'dataset-value'), [{ rule: 'dataset-value', stated: '1,900', suggestion: '1,500' }]);
    const [note] = createEngine({ dataset: engine.dataset, rules: { unverified: 'info' } }).check('## The 2025 season\n\nTernhaven welcomed 1,900 tower visitors.\n').diagnostics;
    assert.equal(note?.severity, 'info');
    assert.equal(note?.fix, undefined);
    assert.match(note!.message, /^Not verified \(dataset-value\): the year is read from a heading, too far from the claim to be sure\. .*1,900.*1,500/);
  });
});

describe('fix policy by evidence: the endpoints of a change', () => {
  it('keeps the certain fix when the change stands in the sentence of its confirmed endpoints', () => {
    assert.deepEqual(seen('Gullstone’s tower visitors rose from 4,000 in 2016 to 5,000 in 2024, a rise of 30%.\n', ['percent-change']), [{ rule: 'percent-change', stated: '30%', fix: '25%' }]);
  });

  it('suggests when the change is stated in a later sentence that refers back', () => {
    assert.deepEqual(seen('Gullstone’s tower visitors rose from 4,000 in 2016 to 5,000 in 2024. That is a rise of 30%.\n', ['percent-change']), [{ rule: 'percent-change', stated: '30%', suggestion: '25%' }]);
    assert.match(titles('Gullstone’s tower visitors rose from 4,000 in 2016 to 5,000 in 2024. That is a rise of 30%.\n')[0]!, /the endpoints are read from an earlier sentence/);
  });

  it('suggests when rounded endpoints leave the change open wider than the stated precision', () => {
    // EUR 1.6 million → EUR 1.2 million is anything from −21.9% to −27.7% before rounding.
    const text = 'Wrackmoor’s conservation grants fell from EUR 1.6 million in 2016 to EUR 1.2 million in 2025, a fall of 33.3%.\n';
    assert.deepEqual(seen(text, ['percent-change']), [{ rule: 'percent-change', stated: '33.3%', suggestion: '25.0%' }]);
    assert.match(titles(text)[0]!, /the endpoints are rounded/);
  });
});

describe('fix policy by evidence: the whole of a share', () => {
  it('suggests for a group named in the share’s own sentence: that it is the group the dataset holds is a reading', () => {
    assert.deepEqual(seen('Gullstone drew 60.0% of the three organisations’ tower visitors in 2024.\n', ['share']), [{ rule: 'share', stated: '60.0%', suggestion: '50.0%' }]);
  });

  it('suggests for "of that total" after a sentence that named the group', () => {
    assert.deepEqual(seen('The three organisations welcomed 10,000 tower visitors in 2024. Gullstone’s 5,000 were 60.0% of that total.\n', ['share']), [{ rule: 'share', stated: '60.0%', suggestion: '50.0%' }]);
    assert.match(titles('The three organisations welcomed 10,000 tower visitors in 2024. Gullstone’s 5,000 were 60.0% of that total.\n')[0]!, /the whole is read from an earlier sentence/);
  });
});

describe('fix policy by evidence: tables and fix-all', () => {
  it('keeps the certain fix for a row and column that name subject and year, suggests for a subject only the caption names, and notes a year only the caption gives', () => {
    const byRow = 'Visitors by trust.\n\n| Trust | Tower visitors 2025 |\n| --- | ---: |\n| Gullstone | 5,800 |\n';
    assert.deepEqual(seen(byRow, ['dataset-value']), [{ rule: 'dataset-value', stated: '5,800', fix: '5,200' }]);
    // A year from a table caption misled more often than not on held-out drafts (lent-slots.ts, DOUBTFUL).
    const yearByCaption = 'Tower visitors, 2025.\n\n| Trust | Tower visitors |\n| --- | ---: |\n| Gullstone | 5,800 |\n';
    assert.deepEqual(seen(yearByCaption, ['dataset-value']), []);
    assert.deepEqual(seenNotes(engine, yearByCaption, 'dataset-value'), [{ rule: 'dataset-value', stated: '5,800', suggestion: '5,200' }]);
    const byCaption = 'Gullstone Lighthouse Trust: tower visitors by year.\n\n| Year | Tower visitors |\n| --- | ---: |\n| 2025 | 5,800 |\n';
    assert.deepEqual(seen(byCaption, ['dataset-value']), [{ rule: 'dataset-value', stated: '5,800', suggestion: '5,200' }]);
  });

  it('fix-all applies the certain fix and leaves the lent one for the author', () => {
    const text = 'Gullstone welcomed 5,800 tower visitors in 2025.\n\nGullstone reopened its lantern room. It welcomed 5,800 tower visitors in 2025.\n';
    assert.equal(engine.fixAll(text).text, text.replace('5,800', '5,200'));
  });
});
