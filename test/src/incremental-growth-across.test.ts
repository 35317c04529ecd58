// Growth statements across versions (perf-key11): outside an edit's scope a paragraph's or heading's statements are the
// previous version's, complete (rates the next paragraph took in, years from an earlier statement of the paragraph, the
// list, the section or a heading), given again or moved with the segment, not read again. A check handed the previous
// result must give what a fresh full check gives, whatever is edited: a statement, the paragraph that refers back to
// it, the heading whose period or statement it borrows, a list item that goes on with the item before, a table.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { ferryDataset, FERRY_FILLER } from './ferry-lines.js';
import { assertEditsInTurn, assertKeystrokes, assertSame, replaceAt } from './across-versions-harness.js';
import { versionScope } from '../../server/dist/engine/across-versions.js';
import { growthStatements, statementsOfSegment } from '../../server/dist/engine/context/growth.js';

// A made-up domain: ferry crossings of made-up lines; the dataset knows nothing of them (the text's own arithmetic).
const dataset = ferryDataset;
const FILLER = FERRY_FILLER;

/** Sections whose statements lean on what stands beside them: the paragraph before, the heading, the list, the section. */
function draft(sections: number): string {
  const parts = ['# Ferry lines: a decade in figures', '', 'This note covers the made-up lines of the harbour.', ''];
  for (let i = 0; i < sections; i++) {
    const wrong = i % 2 ? '60' : '50';
    parts.push(
      `## Line ${i + 1} (2015–2024)`,
      '',
      FILLER,
      '',
      // Years from the statement; the next paragraph refers back to it and its rate is taken into it.
      `The line's crossings rose from 200 in 2015 to 300 in 2024.`,
      '',
      `That is an increase of ${wrong}%, or 4.6% a year compounded.`,
      '',
      // Years from the heading's period; a second statement of the same period ("the same decade").
      `Freight tonnage grew from 120 to 180, a CAGR of ${i % 3 ? '4.6' : '5.6'}%.`,
      '',
      `Passenger numbers grew from 165 to 201 over the same decade, up ${i % 2 ? '21.8' : '22.8'}%.`,
      '',
      `### Route ${i + 1}: from 21 to 63`,
      '',
      `In percentage terms that is +${i % 2 ? '200' : '210'}%.`,
      '',
      `- The fleet went from 412 berths in 2015 to 726 in 2025,`,
      `- an increase of ${i % 2 ? '76.2' : '86.2'}%,`,
      '- and most of it came late.',
      '',
      '| Route | 2015 → 2024 | Change |',
      '|---|---|---|',
      `| North | 40 → 50 | +${i % 2 ? '25' : '20'}% |`,
      '',
    );
  }
  return parts.join('\n');
}

let engine: Engine;
before(() => {
  engine = createEngine({ dataset });
});

describe('growth statements across versions', () => {
  it('gives the statements of a segment before the edit again, and moves those after it to their new segments', () => {
    const text = draft(8);
    const first = engine.check(text);
    assert.ok(first.diagnostics.some((d) => d.ruleId === 'percent-change') && first.diagnostics.some((d) => d.ruleId === 'cagr'), first.diagnostics.map((d) => d.ruleId).join(', '));
    const at = text.indexOf('crews changed', Math.floor(text.length / 2));
    const next = assertSame(engine, first, replaceAt(text, at, 0, 'x'), 'one letter typed');
    const scope = versionScope(next.state.doc)!;
    assert.ok(scope && scope.from > 0 && scope.to < next.state.doc.segments.length - 1);
    const old = first.state.doc;
    const doc = next.state.doc;
    growthStatements(old);
    growthStatements(doc);
    let kept = 0;
    let moved = 0;
    let across = 0;
    for (let i = 0; i < doc.segments.length; i++) {
      const s = doc.segments[i]!;
      if ((i >= scope.from && i <= scope.to) || s.kind === 'cell') continue;
      const now = statementsOfSegment(doc, s);
      const then = statementsOfSegment(old, old.segments[i]!);
      assert.equal(now.length, then.length, `segment ${i}`);
      for (const [k, statement] of now.entries()) {
        assert.equal(statement.segment, s, 'the new version’s segment');
        // Every token is one of the new version's (a rate taken in from the next paragraph too).
        for (const t of [statement.initial, statement.final, ...statement.cagr, ...statement.change, ...statement.conventionalRates]) assert.ok(doc.segments.some((x) => x.tokens.includes(t)), `a token of the new version in segment ${i}`);
        if ([...statement.cagr, ...statement.change].some((t) => !s.tokens.includes(t))) across++;
        if (statement === then[k]) kept++;
        else {
          moved++;
          assert.equal(statement.final.start - then[k]!.final.start, 1, 'moved by the letter typed');
          assert.deepEqual(statement.years && { ...statement.years, spans: statement.years.spans.length }, then[k]!.years && { ...then[k]!.years, spans: then[k]!.years!.spans.length });
        }
      }
    }
    assert.ok(kept > 0 && moved > 0, `kept ${kept}, moved ${moved}`);
    assert.ok(across > 0, 'statements that took in a rate of the paragraph after them');
  });

  it('reads again what an edit of the paragraph referred back to, the heading’s period or statement, a list item changes', () => {
    assertEditsInTurn(engine, draft(4), [
      (t) => t.replace('rose from 200 in 2015 to 300 in 2024', 'rose from 200 in 2015 to 310 in 2024'),
      (t) => t.replace('That is an increase of 60%', 'It was an increase of 60%'),
      (t) => t.replace('## Line 2 (2015–2024)', '## Line 2 (2016–2024)'),
      (t) => t.replace('### Route 3: from 21 to 63', '### Route 3: from 21 to 64'),
      (t) => t.replace('- an increase of 76.2%,', '- an increase of 76.2%.'),
      (t) => t.replace('| North | 40 → 50 | +25% |', '| North | 40 → 51 | +25% |'),
      (t) => t.replace('over the same decade, up 22.8%', 'over the decade, up 22.8%'),
    ]);
  });

  it('property: keystrokes anywhere, chained from the last result, equal a fresh check', () => {
    assertKeystrokes(engine, draft(4), ['x', ' ', '5', '\n', '#', '', '- ', 'That is ', '(2016–2024)', ' to 40']);
  });
});
