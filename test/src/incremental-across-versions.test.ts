// Per-reading incremental results (perf-key10): outside an edit's scope (the sections within reach of the changed
// text) a reading's per-segment result is the previous version's, moved, without its context being compared. A check
// handed the previous result must still give what a fresh full check gives: after edits to a heading far above the
// claims it names, to the document's header (who "we" are), to a bracket opened far before a table's caption, to the
// ranking named sections before a rank claim, to a code block between two paragraphs, and after random keystrokes.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { datasetOf } from './helpers.js';
import { assertKeystrokes, assertSame as sameAsFresh, observed, replaceAt } from './across-versions-harness.js';
import { versionScope } from '../../server/dist/engine/across-versions.js';

// A made-up domain: orchards, their crates of fruit, and a made-up ranking of them.
const crates: Record<string, Record<number, number>> = { fel: { 2020: 400, 2024: 520 }, ash: { 2020: 300, 2024: 270 } };
const dataset = datasetOf({
  'orchards.json': {
    sources: [{ id: 'crate-log', title: 'Made-up Crate Log 2024', publisher: 'Made-up Fruit Board', year: 2024 }],
    entities: ['Fellbrook', 'Ashmere'].map((name) => ({ id: name.slice(0, 3).toLowerCase(), name: `${name} Orchard`, aliases: [name], kind: 'organisation', country: 'Wales' })),
    metrics: [{ id: 'crates', label: 'Crates picked', unit: 'count', phrases: ['crates picked', 'crates'] }],
    rankings: [{ id: 'harvest-league', label: 'Harvest League', phrases: ['Harvest League'], editions: [{ year: 2024, method: 'standard', source: 'crate-log', ranks: [{ entity: 'fel', rank: 2 }, { entity: 'ash', rank: 5 }] }] }],
    observations: Object.entries(crates).flatMap(([entity, byYear]) => Object.entries(byYear).map(([year, value]) => ({ entity, metric: 'crates', year: Number(year), value, source: 'crate-log' }))),
  },
});

const FILLER = 'The pickers were paid by the crate, and the season ran from late August to the first frost in October.';

/** Sections of prose, tables and fillers: far more text than any reading's window between the first and the last. */
function draft(sections: number): string {
  const parts = ['# Fellbrook Orchard: annual report 2024', '', 'This annual report covers the orchard’s year.', ''];
  for (let i = 0; i < sections; i++) {
    parts.push(
      `## Season ${i + 1}`,
      '',
      FILLER,
      '',
      `We picked ${i % 3 ? '520' : '510'} crates in 2024, against 400 crates in 2020.`,
      '',
      `Fellbrook Orchard picked ${i % 2 ? '520' : '530'} crates in 2024, up from 400 crates in 2020, and Ashmere Orchard had 270 crates picked in 2024.`,
      '',
      'Crates picked per orchard (see the crate log):',
      '',
      '| Orchard | 2020 | 2024 |',
      '|---|---|---|',
      `| Fellbrook | 400 | ${i % 2 ? '520' : '525'} |`,
      '| Ashmere | 300 | 270 |',
      '',
      `Fellbrook ranked ${i % 2 ? 'second' : 'third'} in 2024.`,
      '',
      // A change whose endpoints only the dataset gives, and a total with its labelled parts: moved with their paragraphs.
      `Fellbrook Orchard’s crates picked rose ${i % 2 ? '30' : '35'}% between 2020 and 2024.`,
      '',
      `The two orchards picked a combined ${i % 2 ? '790' : '800'} crates in 2024: Fellbrook 520 and Ashmere 270.`,
      '',
    );
  }
  return parts.join('\n');
}

let engine: Engine;
before(() => {
  engine = createEngine({ dataset });
});

const assertSame = (previous: Parameters<typeof sameAsFresh>[1], edited: string, label: string) => sameAsFresh(engine, previous, edited, label);

describe('per-reading results across versions', () => {
  it('takes a keystroke’s scope as the sections around it, and gives the rest again', () => {
    const text = draft(12);
    const first = engine.check(text);
    const at = text.indexOf('pickers were paid', Math.floor(text.length / 2));
    const next = assertSame(first, replaceAt(text, at, 0, 'x'), 'one letter typed');
    const scope = versionScope(next.state.doc);
    assert.ok(scope, 'a scope for a one-letter edit');
    assert.ok(scope.from > 0 && scope.to < next.state.doc.segments.length - 1, `scope ${scope.from}–${scope.to} of ${next.state.doc.segments.length}`);
    const segments = next.state.doc.segments;
    assert.equal(segments[scope.from]!.kind, 'heading', 'from the section’s heading');
    // The section typed in, and the one before it: its last paragraph ends within EDIT_MARGIN of the letter.
    assert.ok(segments.slice(scope.from + 1, scope.to + 1).filter((s) => s.kind === 'heading').length <= 1, `two sections at most: ${scope.from}–${scope.to}`);
    assert.equal(segments[scope.to + 1]!.kind, 'heading');
    // The same findings as the first version's, moved: the letter was typed into a sentence without figures.
    assert.equal(next.diagnostics.length, first.diagnostics.length);
    const rules = new Set(next.diagnostics.map((d) => d.ruleId));
    assert.ok(rules.has('total') && rules.has('percent-change'), `a wrong total and a wrong change among ${[...rules].join(', ')}`);
  });

  it('reads the claims under a heading again when the heading is edited, however far below they stand', () => {
    let text = draft(6).replace('## Season 3', '## Season 3\n\n### Fellbrook Orchard');
    let result = engine.check(text);
    const edits = [(t: string) => t.replace('### Fellbrook Orchard', '### Ashmere Orchard'), (t: string) => t.replace('### Ashmere Orchard', '#### Ashmere Orchard'), (t: string) => t.replace('#### Ashmere Orchard', '## Ashmere Orchard')];
    for (const [i, edit] of edits.entries()) {
      text = edit(text);
      result = assertSame(result, text, `heading edit ${i + 1}`);
    }
  });

  it('reads a claim again when the heading that names its subject is edited, more than a window above it', () => {
    const section = (name: string) => `## ${name}\n\n${FILLER} ${FILLER}\n\nIt picked 530 crates in 2024, against 400 crates in 2020.\n\n`;
    let text = `# Orchards\n\nA note.\n\n${section('Fellbrook Orchard')}${section('Season two')}${section('Fellbrook Orchard')}`;
    let result = engine.check(text);
    const first = observed(result);
    const at = text.lastIndexOf('## Fellbrook Orchard') + 3;
    text = replaceAt(text, at, 'Fellbrook'.length, 'Ashmere');
    result = assertSame(result, text, 'the heading names another orchard');
    assert.notDeepEqual(observed(result), first, 'another subject, other findings');
    text = replaceAt(text, at, 'Ashmere'.length, 'Fellbrook');
    result = assertSame(result, text, 'the heading back');
    assert.deepEqual(observed(result), first);
  });

  it('follows the document’s header: who "we" are changes every first-person claim, in every section', () => {
    let text = draft(8);
    let result = engine.check(text);
    const first = observed(result);
    text = text.replace('# Fellbrook Orchard:', '# Ashmere Orchard:');
    result = assertSame(result, text, 'the title names another orchard');
    assert.notDeepEqual(observed(result), first, 'another owner, other findings');
    text = text.replace('# Ashmere Orchard:', '# Orchard:');
    result = assertSame(result, text, 'the title names none');
    text = text.replace('# Orchard:', '# Fellbrook Orchard:');
    result = assertSame(result, text, 'the title back');
    assert.deepEqual(observed(result), first);
  });

  it('follows a bracket opened or closed far before a table’s caption', () => {
    let text = draft(6);
    let result = engine.check(text);
    const at = text.indexOf(FILLER) + 10;
    for (const [i, edit] of [(t: string) => replaceAt(t, at, 0, '('), (t: string) => replaceAt(t, at, 1, ')'), (t: string) => replaceAt(t, at, 1, '')].entries()) {
      text = edit(text);
      result = assertSame(result, text, `bracket edit ${i + 1}`);
    }
  });

  it('follows the ranking named sections before a rank claim', () => {
    let text = draft(6).replace('This annual report covers the orchard’s year.', 'This annual report covers the orchard’s year, placed in the Harvest League.');
    let result = engine.check(text);
    const first = result.diagnostics.length;
    for (const [i, edit] of [(t: string) => t.replace('the Harvest League', 'the Harvest Leage'), (t: string) => t.replace('the Harvest Leage', 'the Harvest League')].entries()) {
      text = edit(text);
      result = assertSame(result, text, `ranking edit ${i + 1}`);
      if (i === 0) assert.ok(result.diagnostics.length < first, 'no ranking named: the wrong place is no finding');
    }
  });

  it('follows an edit of a long code block between two paragraphs, far from both', () => {
    const code = ['```', ...Array.from({ length: 20 }, (_, i) => `line ${i} of a listing that is long enough to keep the paragraphs apart`), '```'].join('\n');
    let text = draft(4).replace(FILLER, `${FILLER}\n\n${code}`);
    let result = engine.check(text);
    const at = text.indexOf('line 10 of');
    for (const [i, edit] of [(t: string) => replaceAt(t, at, 0, 'x'), (t: string) => replaceAt(t, at, 1, ''), (t: string) => t.replace('line 3 of', 'line 3\n```\n\nFellbrook Orchard picked 530 crates in 2024.\n\n```\nof')].entries()) {
      text = edit(text);
      result = assertSame(result, text, `code edit ${i + 1}`);
    }
  });

  it('property: keystrokes anywhere, chained from the last result, equal a fresh check', () => {
    assertKeystrokes(engine, draft(5).replace('## Season 2', '## Season 2 of the Harvest League'), ['x', ' ', '(', '5', '\n', '#', '', 'we ', 'Ashmere ']);
  });
});
