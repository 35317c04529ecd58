// perf-key58: percent-change's dataset forms ("Kelderwick's survey boats more than doubled between 2015 and 2024",
// "20% more survey boats in 2024 than in 2020": rate-dataset-forms.ts) are read per segment and carried across versions
// (carriedList, segment-carry.ts): after an edit only the scope and the segments that gave forms before are read, and
// the forms before the scope are the previous version's own objects. A check handed the previous result must give what
// a fresh full check gives, its forms too, after edits to each such sentence, after paragraphs made and unmade, and
// after random keystrokes.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { datasetOf } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, editFillersInTurn, nthIndex, replaceAt, sameWithReadings } from './across-versions-harness.js';
import { versionScope } from '../../server/dist/engine/across-versions.js';
import { datasetForms } from '../../server/dist/engine/context/rate-dataset-forms.js';

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
      { entity: 'kel', metric: 'boats', year: 2015, value: 20, source: 'fleet-log' },
      { entity: 'kel', metric: 'boats', year: 2020, value: 40, source: 'fleet-log' },
      { entity: 'kel', metric: 'boats', year: 2024, value: 48, source: 'fleet-log' },
      { entity: 'mor', metric: 'boats', year: 2015, value: 10, source: 'fleet-log' },
      { entity: 'mor', metric: 'boats', year: 2024, value: 31, source: 'fleet-log' },
    ],
  },
});

const FILLER = 'The season opened late, and the harbour stayed busy until the first storms of the autumn came in.';

/** Sections with each form (right in odd sections, wrong in even ones), other figures and fillers between them. */
function draft(sections: number): string {
  const parts = ['# Fleet notes 2024', '', 'A yearly note on the boats of the survey.', ''];
  for (let i = 0; i < sections; i++) {
    const right = i % 2 === 1;
    parts.push(
      `## Season ${i + 1}`,
      '',
      FILLER,
      '',
      // 20 → 48 is ×2.4: "more than doubled" fits, "tripled" does not.
      `Kelderwick's survey boats ${right ? 'more than doubled' : 'tripled'} between 2015 and 2024.`,
      '',
      // 40 → 48 is +20%.
      `Kelderwick ran ${right ? '20' : '25'}% more survey boats in 2024 than in 2020, the log says.`,
      '',
      // 10 → 31 is ×3.1: "tripled" fits.
      `Morrow's survey boats ${right ? 'tripled' : 'quadrupled'} between 2015 and 2024.`,
      '',
      `Kelderwick ran 48 survey boats in 2024 and 40 in 2020 [${(i % 2) + 1}].`,
      '',
      FILLER,
      '',
    );
  }
  parts.push('## References', '', '1. Made-up Survey Office, Fleet Log 2024.', '2. Made-up Survey Office, Harbour Book.', '');
  return parts.join('\n');
}


type Form = ReturnType<typeof datasetForms>[number];
const described = (forms: readonly Form[]) => forms.map((f) => JSON.stringify({ ...f, stated: { start: f.stated.start, end: f.stated.end } }));

let engine: Engine;
before(() => {
  engine = createEngine({ dataset });
});

/** assertSame, and the version's dataset forms those of a fresh check (the same readings, at this version's offsets). */
const sameForms = sameWithReadings((result) => described(datasetForms(result.state.doc, dataset)), 'the dataset forms');

describe('percent-change’s dataset forms carried across versions (perf-key58)', () => {
  it('reads each form in the draft, so that the comparisons below test them', () => {
    const result = engine.check(draft(4));
    const forms = datasetForms(result.state.doc, dataset);
    assert.equal(forms.filter((f) => f.measure === 'multiple').length, 8, 'two multiples a section');
    assert.equal(forms.filter((f) => f.measure === 'percent').length, 4, 'one percent more a section');
    const lineOf = (offset: number) => result.text.slice(result.text.lastIndexOf('\n', offset - 1) + 1, result.text.indexOf('\n', offset));
    const findings = result.diagnostics.filter((d) => d.ruleId === 'percent-change').map((d) => lineOf(d.range.start));
    assert.equal(findings.filter((l) => l.includes('tripled between') && l.startsWith('Kelderwick')).length, 2, 'a wrong multiple of the dataset’s endpoints is a finding');
    assert.equal(findings.filter((l) => l.includes('25% more')).length, 2, 'a wrong percent more of the dataset’s endpoints is a finding');
    assert.equal(findings.filter((l) => l.includes('quadrupled')).length, 2);
  });

  it('keeps the forms before the edit as the previous version’s objects, and gives a fresh check’s forms after chained edits', () => {
    const text = draft(10);
    const first = engine.check(text);
    const before0 = datasetForms(first.state.doc, dataset);
    // One letter typed in a filler at 70 %: the forms before the scope are taken over as they were.
    const at = text.indexOf(FILLER, Math.floor(text.length * 0.7)) + 10;
    const edited = replaceAt(text, at, 0, 'x');
    const next = sameForms(engine, first, edited, 'one letter typed');
    const scope = versionScope(next.state.doc)!;
    assert.ok(scope && scope.from > 0, 'a scope after the start');
    const forms = datasetForms(next.state.doc, dataset);
    const leading = forms.filter((f) => f.stated.start < next.state.doc.segments[scope.from]!.start);
    assert.ok(leading.length >= 15, `${leading.length} forms before the scope`);
    for (const f of leading) assert.ok(before0.includes(f), 'a form before the scope is the previous version’s object');
    // After the edit: at the new offsets, not the old ones.
    const after = forms.filter((f) => f.stated.start > at);
    assert.ok(after.length > 0 && after.every((f) => !before0.includes(f) && edited.slice(f.years.start, f.years.start + 4) === String(f.measure === 'percent' ? f.to.year : f.from.year)));
    // The versions after, each from the one before: later, earlier, a deletion.
    editFillersInTurn(engine, next, edited, FILLER, '12% ', sameForms);
  });

  it('reads a form again when its sentence is edited, and when paragraphs are made or unmade', () => {
    assertEditsInTurn(
      engine,
      draft(6),
      [
        (t) => replaceAt(t, nthIndex(t, 'tripled between 2015', 0), 'tripled'.length, 'more than doubled'),
        (t) => replaceAt(t, nthIndex(t, 'doubled between 2015 and 2024', 3), 'doubled between 2015'.length, 'doubled between 2020'),
        (t) => replaceAt(t, nthIndex(t, 'ran 25% more', 1), 'ran 25%'.length, 'ran 20%'),
        (t) => replaceAt(t, nthIndex(t, 'in 2024 than in 2020', 2), 'in 2024 than in 2020'.length, 'in 2024 than in 2015'),
        // Another entity, then a second one in the sentence (no form), then the first again.
        (t) => replaceAt(t, nthIndex(t, "Kelderwick's survey boats", 4), 'Kelderwick'.length, 'Morrow'),
        (t) => replaceAt(t, nthIndex(t, 'Kelderwick ran 20%', 0), 'Kelderwick ran'.length, 'Kelderwick and Morrow ran'),
        (t) => replaceAt(t, nthIndex(t, 'Kelderwick and Morrow ran', 0), 'Kelderwick and Morrow ran'.length, 'Kelderwick ran'),
        // A figure added to a form's sentence (no form), then taken out.
        (t) => replaceAt(t, nthIndex(t, ', the log says', 3), ', the log says'.length, ', 48 boats, the log says'),
        (t) => replaceAt(t, nthIndex(t, ', 48 boats, the log says', 0), ', 48 boats, the log says'.length, ', the log says'),
        // A form's paragraph joined to the filler before it, then split again; a form written into a filler.
        (t) => replaceAt(t, nthIndex(t, "in.\n\nMorrow's survey", 2), 'in.\n\n'.length, 'in. '),
        (t) => replaceAt(t, nthIndex(t, "in. Morrow's survey", 0), 'in. '.length, 'in.\n\n'),
        (t) => replaceAt(t, nthIndex(t, FILLER, 8), FILLER.length, "Morrow's survey boats quadrupled between 2015 and 2024."),
        (t) => replaceAt(t, nthIndex(t, FILLER, 1), 0, 'Kelderwick ran 30% more survey boats in 2024 than in 2020.\n\n'),
        // A letter typed in the last line, far after every form (nothing before it read again).
        (t) => replaceAt(t, t.length - 3, 0, 'x'),
        // A heading unmade and made.
        (t) => replaceAt(t, nthIndex(t, '## Season 3', 0), '## '.length, ''),
        (t) => replaceAt(t, nthIndex(t, 'Season 3', 0), 0, '## '),
      ],
      sameForms,
    );
  });

  it('gives the same findings as a full check after random keystrokes', () => {
    assertKeystrokes(engine, draft(5), ['x', ' ', '', '1', '%', '2', ' tripled', ' more than doubled between 2015 and 2024', '\n\n', '\n\n## Season\n\n', ' than in 2020', "Morrow's "], 40, sameForms);
  });
});
