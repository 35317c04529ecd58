// Segments moved by an edit above them keep their dataset links (reused, shifted) only while all their reading looked
// at is unchanged: after edits before a table, before a heading, in a caption and in a sentence a later one refers
// back to, an incremental check equals a fresh one, links, their evidence and findings alike.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, type CheckResult } from 'factlint';
import { assertReplacements, insertAt } from './across-versions-harness.js';
import { urbanApiary } from './made-up-datasets.js';

const dataset = urbanApiary();
const engine = createEngine({ dataset });

const section = [
  'Intro paragraph without numbers.',
  '## Riverside Bee Collective',
  'The collective counted 641 members in 2024.',
  '| Indicator | Value |\n| --- | ---: |\n| Hives, 2024 | 189 |\n| Members, 2024 | 640 |',
  '**Table 2.** Hives maintained by cooperative (rooftop and field sites)',
  '| Cooperative | 2019 | 2024 |\n| --- | ---: | ---: |\n| NAC | 350 | 412 |\n| RBC | 150 | 198 |',
  'Riverside Bee Collective opened a rooftop site. It kept 189 hives in 2024.',
].join('\n\n');
const text = `${section}\n\n# Second part\n\n${section.replace('Riverside Bee Collective', 'Northfield Apiary Cooperative')}\n`;

/** The links of a result, with every offset, as plain data. */
function linksOf(result: CheckResult) {
  return result.state.links().links.map((l) => ({
    token: [l.token.start, l.token.end],
    segment: l.segment.start,
    entity: l.entity,
    metric: l.metric,
    partner: l.partner,
    year: l.year,
    period: l.period,
    status: l.status,
    value: l.observation?.value,
    evidence: l.evidence.map((e) => [e.start, e.end]),
    range: l.range && [l.range.start, l.range.end],
    assumedTime: l.assumedTime,
  }));
}

function assertSameAsFresh(previous: CheckResult, edited: string, label: string): CheckResult {
  const incremental = engine.check(edited, { previous });
  const fresh = engine.check(edited);
  assert.deepEqual(linksOf(incremental), linksOf(fresh), `${label}: links`);
  assert.deepEqual(incremental.diagnostics, fresh.diagnostics, `${label}: diagnostics`);
  assert.deepEqual(incremental.coverage, fresh.coverage, `${label}: coverage`);
  return incremental;
}

describe('incremental check: shifted segments', () => {
  it('links tables, headings and referring sentences in the test document', () => {
    const links = linksOf(engine.check(text));
    assert.ok(links.filter((l) => l.status === 'mismatch').length >= 4, JSON.stringify(links));
    assert.ok(links.some((l) => l.evidence.length > 1), 'a link read its subject from a heading or caption');
  });

  const edits: Array<[string, (s: string) => string]> = [
    ['a character before a table', (s) => insertAt(s, 'The collective counted', 'x')],
    ['a character before a heading', (s) => insertAt(s, 'Intro paragraph', 'x')],
    ['a heading renamed above its section', (s) => s.replace('## Riverside Bee Collective', '## Northfield Apiary Cooperative')],
    ['a heading made deeper', (s) => s.replace('# Second part', '### Second part')],
    ['a heading inserted above a table', (s) => insertAt(s, '| Indicator', '## Northfield Apiary Cooperative\n\n', 1)],
    ['a caption edited', (s) => s.replace('**Table 2.** Hives maintained', '**Table 2.** Members')],
    ['a bracket opened before a caption', (s) => insertAt(s, '**Table 2.**', '(see ', 1)],
    ['the sentence a later one refers back to', (s) => s.replace('Riverside Bee Collective opened', 'RBC and NAC opened')],
    ['a paragraph joined to the table below it', (s) => s.replace('641 members in 2024.\n\n|', '641 members in 2024.\n|')],
    ['text removed across two sections', (s) => s.slice(0, s.indexOf('It kept')) + s.slice(s.indexOf('The collective counted', s.indexOf('# Second')))],
  ];
  for (const [label, edit] of edits) {
    it(`equals a fresh check after ${label}`, () => {
      const first = engine.check(text);
      const edited = edit(text);
      assert.notEqual(edited, text);
      const second = assertSameAsFresh(first, edited, label);
      // And back again, from the edited result.
      assertSameAsFresh(second, text, `${label}, undone`);
    });
  }

  it('a list of counts keeps its total reading while moved, and reads it again when the words after it change', () => {
    const counts = 'Intro paragraph without numbers.\n\nThe three cooperatives kept 350, 150 and 198 hives, and 690\n\nin all they grew.\n';
    const checked = engine.check(counts);
    assert.ok(checked.diagnostics.some((d) => d.ruleId === 'total'), JSON.stringify(checked.diagnostics));
    const moved = assertSameAsFresh(checked, insertAt(counts, 'Intro', 'A new first sentence. '), 'edit above the list');
    assert.ok(moved.diagnostics.some((d) => d.ruleId === 'total'), 'the moved list is still checked');
    // "in all" begins the next block: rewording it makes 690 a fourth part, not a total.
    const reworded = assertSameAsFresh(checked, counts.replace('in all they', 'in June they'), 'edit of the words after the list');
    assert.ok(!reworded.diagnostics.some((d) => d.ruleId === 'total'), JSON.stringify(reworded.diagnostics));
  });

  it('property: random edits of the test document keep links equal to a fresh check', () => {
    const fragments = ['x', ' ', '\n\n', '## RBC\n\n', '# ', '(', ')', 'It ', '2019', '412', '| 7 |', 'NAC ', 'hives ', '**Table 3.** '];
    assertReplacements(engine, text, fragments, { maxRemove: 40, maxEdits: 3, numRuns: 200 }, assertSameAsFresh);
  });
});
