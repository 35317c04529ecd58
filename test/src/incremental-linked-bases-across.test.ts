// perf-key60: changes, rates and multiples counted from a base the text states and the dataset confirms ("Since 2016,
// when HARS kept 140 hives, its managed hives are up 150%": change-linked-bases.ts) are kept across versions
// (acrossVersionsEach under the links' globals): after an edit only the scope and the paragraphs that gave readings
// before are read, the readings before the scope are the previous version's own objects, those after it moved to this
// version's offsets. A reading reads its paragraph, the paragraph's links and the dataset: a check handed the previous
// result must give what a fresh full check gives when the base, the clause or what the base's link stands on (the
// entity named, the title above every section) is edited, and after random keystrokes.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type CheckResult, type Engine } from 'factlint';
import { datasetOf } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, editFillersInTurn, nthIndex, replaceAt, sameWithReadings } from './across-versions-harness.js';
import { versionScope } from '../../server/dist/engine/across-versions.js';
import { linkedBaseChanges } from '../../server/dist/engine/context/change-linked-bases.js';

const facts = (entity: string, metric: string, values: Array<[number, number]>) => values.map(([year, value]) => ({ entity, metric, year, value, source: 'pbr' }));
const dataset = datasetOf({
  'apiaries.json': {
    sources: [{ id: 'pbr', title: 'Pollinator Bench Returns', publisher: 'Made-up Apiculture Board', year: 2025 }],
    entities: [
      { id: 'hars', name: 'Halden Apiary Research Station', aliases: ['HARS'], kind: 'research-institute' },
      { id: 'vbi', name: 'Vessel Bee Institute', aliases: ['VBI'], kind: 'research-institute' },
    ],
    metrics: [
      { id: 'hives', label: 'Managed hives (at 31 December)', unit: 'count', phrases: ['managed hives', 'hives'] },
      { id: 'staff', label: 'Staff (full-time equivalents)', unit: 'count', phrases: ['staff', 'beekeepers'] },
    ],
    // HARS: 140 hives in 2016, 310 in 2025: +121.4%, ×2.21, 9.2% a year. VBI: 100 in 2016, 300 in 2025: ×3, +200%.
    observations: [...facts('hars', 'hives', [[2016, 140], [2020, 205], [2025, 310]]), ...facts('vbi', 'hives', [[2016, 100], [2025, 300]]), ...facts('hars', 'staff', [[2016, 12], [2025, 15]])],
  },
});

const FILLER = 'The season opened late, and the apiary stayed busy until the first frosts of the autumn came in.';

/** Sections with a rate, a change and a multiple counted from a stated base (wrong in even sections, right in odd). */
function draft(sections: number): string {
  const parts = ['# Apiary notes 2025', '', 'A yearly note on the hives of the stations.', ''];
  for (let i = 0; i < sections; i++) {
    const right = i % 2 === 1;
    parts.push(
      `## Season ${i + 1}`,
      '',
      FILLER,
      '',
      `Since 2016, when HARS kept 140 hives, its managed hives have grown at a compound ${right ? '9.2' : '11.4'}% a year.`,
      '',
      FILLER,
      '',
      `Since 2016, when HARS kept 140 hives, its managed hives are up ${right ? '121%' : '150%'}.`,
      '',
      `The managed hives of VBI have ${right ? 'tripled' : 'doubled'} since 2016, when VBI kept 100 hives.`,
      '',
      FILLER,
      '',
    );
  }
  return parts.join('\n');
}

type Readings = ReturnType<typeof linkedBaseChanges>;
const readingsOf = (result: CheckResult): Readings => linkedBaseChanges(result.state.doc, result.state.engine.dataset, result.state.links());
const described = (r: Readings) => [...r.changes, ...r.multiples].map((x) => JSON.stringify(x));

let engine: Engine;
before(() => {
  engine = createEngine({ dataset });
});

/** assertSame, and the version's readings those of a fresh check. */
const sameReadings = sameWithReadings((result) => described(readingsOf(result)), 'the readings from a stated base');

describe('readings from a stated base kept across versions (perf-key60)', () => {
  it('reads a rate, a change and a multiple in each section, so that the comparisons below test them', () => {
    const result = engine.check(draft(4));
    const read = readingsOf(result);
    assert.equal(read.changes.length, 8);
    assert.equal(read.multiples.length, 4);
    assert.deepEqual(read.changes.slice(0, 2).map((c) => c.measure), ['rate', 'change']);
    const lineOf = (offset: number) => result.text.slice(result.text.lastIndexOf('\n', offset - 1) + 1, result.text.indexOf('\n', offset));
    const findings = result.diagnostics.filter((d) => d.ruleId === 'cagr' || d.ruleId === 'percent-change').map((d) => lineOf(d.range.start));
    assert.equal(findings.filter((l) => l.includes('11.4% a year')).length, 2, 'the wrong rates');
    assert.equal(findings.filter((l) => l.includes('are up 150%')).length, 2, 'the wrong changes');
    assert.equal(findings.filter((l) => l.includes('have doubled')).length, 2, 'the wrong multiples');
  });

  it('keeps the readings before the edit as the previous version’s objects, moves those after it, and gives a fresh check’s after chained edits', () => {
    const text = draft(10);
    const first = engine.check(text);
    const read0 = readingsOf(first);
    const all0 = [...read0.changes, ...read0.multiples];
    const edited = replaceAt(text, text.indexOf(FILLER, Math.floor(text.length * 0.7)) + 10, 0, 'x');
    const next = sameReadings(engine, first, edited, 'one letter typed');
    const doc = next.state.doc;
    const scope = versionScope(doc)!;
    const read = readingsOf(next);
    const all = [...read.changes, ...read.multiples];
    const leading = all.filter((x) => x.stated.start < doc.segments[scope.from]!.start);
    assert.ok(leading.length >= 12, `${leading.length} readings before the scope`);
    for (const x of leading) assert.ok(all0.includes(x), 'a reading before the scope is the previous version’s object');
    const after = all.filter((x) => x.stated.start > doc.segments[scope.to]!.end);
    assert.ok(after.length >= 6, `${after.length} readings after the scope`);
    for (const x of after) {
      assert.ok(!all0.includes(x), 'a reading after the edit is moved, a new object');
      assert.ok(['9.2%', '11.4%', '121%', '150%', 'tripled', 'doubled'].includes(edited.slice(x.stated.start, x.stated.end)), 'its figure at this version’s offsets');
      assert.equal(edited.slice(x.years.start, x.years.start + 4), '2016', 'its period at this version’s offsets');
      const token = doc.segments.find((s) => s.start <= x.stated.start && x.stated.end <= s.end)!.tokens.find((t) => t.start === x.stated.start);
      if (token) assert.equal(x.stated, token, 'a stated number is this version’s token');
    }
    editFillersInTurn(engine, next, edited, FILLER, 'Since 2016, when HARS kept 140 hives, its hives are up 150%. ', sameReadings);
  });

  it('reads a base again when it, its clause or what its link stands on is edited', () => {
    assertEditsInTurn(
      engine,
      draft(6),
      [
        // The stated figure, then the base value (no longer the dataset's: no reading), then back.
        (t) => replaceAt(t, nthIndex(t, 'are up 150%', 0), 'are up 150%'.length, 'are up 121%'),
        (t) => replaceAt(t, nthIndex(t, 'when HARS kept 140 hives, its managed hives are up', 2), 'when HARS kept 140'.length, 'when HARS kept 150'),
        (t) => replaceAt(t, nthIndex(t, 'when HARS kept 150', 0), 'when HARS kept 150'.length, 'when HARS kept 140'),
        // The base year, and the entity the base's link names.
        (t) => replaceAt(t, nthIndex(t, 'Since 2016, when HARS', 4), 'Since 2016'.length, 'Since 2020'),
        (t) => replaceAt(t, nthIndex(t, 'since 2016, when VBI kept 100', 1), 'since 2016, when VBI'.length, 'since 2016, when HARS'),
        // The clause: a scenario, another party, a measure of its own.
        (t) => replaceAt(t, nthIndex(t, 'are up 150%.', 1), 'are up 150%.'.length, 'are up 150% against the region’s 80%.'),
        (t) => replaceAt(t, nthIndex(t, 'its managed hives have grown', 3), 'its managed hives'.length, 'its staff'),
        // The paragraph joined to the one before, then split again; a heading unmade and made.
        (t) => replaceAt(t, nthIndex(t, '\n\nSince 2016, when HARS kept 140 hives, its managed hives are up', 0), '\n\n'.length, ' '),
        (t) => replaceAt(t, nthIndex(t, 'came in. Since 2016', 0), 'came in. '.length, 'came in.\n\n'),
        (t) => replaceAt(t, nthIndex(t, '## Season 3', 0), '## '.length, ''),
        (t) => replaceAt(t, nthIndex(t, 'Season 3', 0), 0, '## '),
        // A title that names HARS (read by the links of every section under it), then the plain title again.
        (t) => replaceAt(t, 0, '# Apiary notes 2025'.length, '# Halden Apiary Research Station: notes 2025'),
        (t) => replaceAt(t, 0, '# Halden Apiary Research Station: notes 2025'.length, '# Apiary notes 2025'),
        // A new base in a filler; "since" removed from a paragraph that gave readings.
        (t) => replaceAt(t, nthIndex(t, FILLER, 9), FILLER.length, 'Since 2016, when HARS kept 12 staff, its staff are up 50%.'),
        (t) => replaceAt(t, nthIndex(t, 'have tripled since 2016', 0), 'have tripled since'.length, 'have tripled from'),
      ],
      sameReadings,
    );
  });

  it('gives the same findings as a full check after random keystrokes', () => {
    assertKeystrokes(engine, draft(5), ['x', ' ', '', '1', '%', '.', 'Since 2016, when HARS kept 140 hives, its hives are up 150%. ', ' since 2016', '\n\n', '\n\n## Season\n\n', ' doubled'], 40, sameReadings);
  });
});
