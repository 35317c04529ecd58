// Rule findings kept per section (perf-key19): after an edit, a rule that declares `bySection` reads only the edit's
// sections; its findings and confirmed claims elsewhere are the previous version's, those after the edit moved (their
// ranges, related locations and fixes), those before it kept. It reads the whole document again when its globals
// changed, when it kept nothing for the previous version, or when a finding it kept reaches into the edit's sections.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Rule, type Engine } from 'factlint';
import { datasetOf } from './helpers.js';
import { assertKeystrokes, assertSame, observed, replaceAt } from './across-versions-harness.js';

/** A made-up rule: 13 is wrong (fix: 12), every other figure is confirmed; each finding names its heading. */
function thirteen(options: { globals?: () => readonly unknown[]; relatedNext?: boolean; relatedLast?: boolean; backwards?: boolean } = {}): { rule: Rule; read: Set<number> } {
  const read = new Set<number>();
  const rule: Rule = {
    id: 'thirteen',
    docs: { description: '13 is wrong.', details: '13 is wrong.', failing: '13\n', passing: '12\n' },
    defaultSeverity: 'error',
    fixable: true,
    tags: ['arithmetic'],
    bySection: { globals: options.globals },
    check(context) {
      const { doc } = context;
      const { from, to } = context.scope ?? { from: 0, to: doc.segments.length - 1 };
      for (let k = from; k <= to; k++) {
        const i = options.backwards ? from + to - k : k;
        const segment = doc.segments[i]!;
        read.add(i);
        for (const token of segment.tokens) {
          if (token.value !== 13) {
            context.verified(token, 'not 13');
            continue;
          }
          // The heading above, or (relatedNext) the next heading after: a rule that looks past its section.
          const next = doc.segments.slice(i + 1).find((s) => s.kind === 'heading');
          // relatedLast: the document's last heading, after any edit but one in the last section.
          const last = options.relatedLast ? doc.segments.findLast((s) => s.kind === 'heading') : undefined;
          const heading = options.relatedLast ? last : options.relatedNext ? next : segment.heading === undefined ? undefined : doc.segments[segment.heading];
          context.report({
            range: { start: token.start, end: token.end },
            message: '13 is wrong.',
            fix: { title: 'Use 12', edits: [{ range: { start: token.start, end: token.end }, newText: '12' }] },
            ...(heading ? { related: [{ range: { start: heading.start, end: heading.end }, message: 'its heading' }] } : {}),
          });
        }
      }
    },
  };
  return { rule, read };
}

const FILLER = 'The boats ran every half hour in summer, and the last crossing of the day left just after nine, as it did every year before.';

function draft(sections: number): string {
  const parts = ['# Notes', ''];
  for (let i = 0; i < sections; i++) parts.push(`## Part ${i + 1}`, '', `We counted 13 boats and ${20 + i} piers.`, '', FILLER, '', `- a list of ${i + 3} things`, '', '| Pier | Boats |', '|---|---|', `| North | 13 |`, '');
  return parts.join('\n');
}

const dataset = datasetOf({});

function check(engine: Engine, text: string) {
  return engine.check(text);
}

describe('rule findings kept per section (perf-key19)', () => {
  it('reads only the sections around an edit, and gives what a full check gives', () => {
    const { rule, read } = thirteen();
    const engine = createEngine({ dataset, ruleSet: [rule] });
    const text = draft(8);
    const first = check(engine, text);
    assert.equal(first.diagnostics.length, 16);
    const at = text.indexOf('We counted', text.indexOf('## Part 5')) + 3;
    for (const by of ['x', '13 ', '']) {
      read.clear();
      const edited = by === '' ? replaceAt(text, at, 1, '') : replaceAt(text, at, 0, by);
      const next = engine.check(edited, { previous: first });
      const parts = [...read].map((i) => next.state.doc.segments[i]!);
      assert.ok(parts.length > 0 && parts.length < next.state.doc.segments.length / 4, `read ${parts.length} segments`);
      // The edited section, and the one before it (its table ends within the edit's margin), no other.
      const headings = parts.filter((s) => s.kind === 'heading').map((s) => s.text.replace(/^#+\s*/, ''));
      assert.deepEqual(headings, ['Part 4', 'Part 5']);
      // The findings after the edit moved with it, their fixes and related headings too.
      assert.deepEqual(observed(next), observed(engine.check(edited)));
    }
  });

  it('gives the same results as a full check after edits that move claims to another section', () => {
    const { rule } = thirteen();
    const engine = createEngine({ dataset, ruleSet: [rule] });
    let text = draft(6);
    let result = check(engine, text);
    const edits: Array<(t: string) => string> = [
      (t) => t.replace('We counted 13 boats and 22 piers.', '## We counted 13 boats and 22 piers.'),
      (t) => t.replace('## Part 4', 'Part 4'),
      (t) => t.replace('## Part 5', '#### Part 5'),
      (t) => t.replace('- a list of 5 things', '- a list of 5 things\n\n### Inside 13'),
      (t) => t.replace('| North | 13 |', '| North | 13 |\n| South | 13 |'),
    ];
    for (const [i, edit] of edits.entries()) {
      const edited = edit(text);
      assert.notEqual(edited, text, `edit ${i + 1} applies`);
      text = edited;
      result = assertSame(engine, result, text, `edit ${i + 1}`);
    }
  });

  it('reads the whole document when its globals change, and when a kept finding reaches into the edit', () => {
    let global = 1;
    const changing = thirteen({ globals: () => [global] });
    const engine = createEngine({ dataset, ruleSet: [changing.rule] });
    const text = draft(8);
    const at = text.indexOf('We counted', text.indexOf('## Part 5')) + 3;
    const first = check(engine, text);
    global = 2;
    changing.read.clear();
    assertSame(engine, first, replaceAt(text, at, 0, 'x'), 'globals changed');
    assert.equal(changing.read.size, first.state.doc.segments.length);

    // Findings of Part 4 name Part 5's heading: kept, they would point into the edited section.
    const reaching = thirteen({ relatedNext: true });
    const other = createEngine({ dataset, ruleSet: [reaching.rule] });
    const before = check(other, text);
    reaching.read.clear();
    const next = other.check(replaceAt(text, text.indexOf('## Part 5') + 4, 0, 'x'), { previous: before });
    assert.equal(reaching.read.size, next.state.doc.segments.length);
  });

  it('gives its output in the order of its claims, checked once, whole or pieced together', () => {
    const { rule } = thirteen({ backwards: true });
    const engine = createEngine({ dataset, ruleSet: [rule] });
    const text = draft(6);
    const whole = engine.check(text);
    const starts = whole.state.verified.map((v) => v.range.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.deepEqual(observed(engine.check(text, { once: true })), observed(whole));
    assertSame(engine, whole, replaceAt(text, text.indexOf('## Part 3') + 5, 0, 'x'), 'pieced together');
  });

  // perf-key57: the kept entries before the scope that reach no further are taken over in one slice of the previous
  // lists; one whose related location lies after the edit is moved with it, not taken as it was.
  it('takes the entries before the edit as they were, and moves those that point past it', () => {
    const { rule } = thirteen();
    const engine = createEngine({ dataset, ruleSet: [rule] });
    const text = draft(8);
    const first = check(engine, text);
    const at = text.indexOf('We counted', text.indexOf('## Part 7')) + 3;
    const next = assertSame(engine, first, replaceAt(text, at, 0, 'x'), 'near the end');
    const before = first.state.verified.filter((v) => v.range.start < text.indexOf('## Part 6'));
    assert.ok(before.length >= 5, `${before.length} confirmations before the edit`);
    before.forEach((claim, i) => assert.equal(next.state.verified[i], claim, `confirmation ${i} is the previous version's`));

    const pointing = thirteen({ relatedLast: true });
    const other = createEngine({ dataset, ruleSet: [pointing.rule] });
    const whole = check(other, text);
    for (const part of ['## Part 2', '## Part 5', '## Part 7']) {
      const where = text.indexOf('We counted', text.indexOf(part)) + 3;
      for (const by of ['x', '13 ', '']) {
        pointing.read.clear();
        const edited = by === '' ? replaceAt(text, where, 1, '') : replaceAt(text, where, 0, by);
        const incremental = other.check(edited, { previous: whole });
        const read = pointing.read.size;
        assert.deepEqual(observed(incremental), observed(other.check(edited)), `${by} in ${part}`);
        assert.ok(read < incremental.state.doc.segments.length / 2, `${by} in ${part}: read ${read} segments`);
        // Every finding names the last heading, where it now stands.
        const lastHeading = edited.indexOf('## Part 8');
        assert.ok(incremental.diagnostics.length >= 16);
        for (const d of incremental.diagnostics) assert.equal(d.related?.[0]?.range.start, lastHeading, `${by} in ${part}: ${d.range.start}`);
      }
    }
    // Chained keystrokes anywhere, from the previous result each time.
    assertKeystrokes(other, text, ['x', '13 ', '', '\n\n## New 13\n\n'], 40);
    assertKeystrokes(engine, text, ['x', '13 ', '', '| 13 |'], 40);
  });
});
