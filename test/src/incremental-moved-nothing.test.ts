// What a keystroke no longer allocates for every segment after the edit (perf-key15): a kept reading that holds
// nothing (an empty list, a primitive) is given again without a map of the moved segment's tokens; placed segments
// are placed from their block's relative facts (no shifted copy of each first) and share one empty list instead of a
// fresh one each; a version built from one without link reference definitions looks for one only in the lines the
// edit touched; and the results stay those of a full check.
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine, loadDataset } from 'factlint';
import { movedAcrossEdit, movedWithSegment } from '../../server/dist/engine/across-versions.js';
import { shiftMarks, shiftSups, type BlockFacts } from '../../server/dist/engine/markdown/facts.js';
import { assertKeystrokes, assertSame, replaceAt } from './across-versions-harness.js';
import { datasetOf } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A segment whose tokens, ranges and place may not be read. */
const untouchable = new Proxy({}, { get: (_t, key) => assert.fail(`read ${String(key)} of a segment`) }) as never;

describe('moving what holds nothing (perf-key15)', () => {
  it('gives an empty list or a primitive back as it is, without reading the segments', () => {
    const empty: never[] = [];
    assert.equal(movedWithSegment(empty, untouchable, untouchable), empty);
    assert.equal(movedWithSegment(7, untouchable, untouchable), 7);
    assert.equal(movedWithSegment(null, untouchable, untouchable), null);
    assert.equal(movedAcrossEdit(empty, untouchable, untouchable, untouchable, untouchable), empty);
    assert.equal(movedAcrossEdit('x', untouchable, untouchable, untouchable, untouchable), 'x');
  });

  it('still reads the segments for a list that holds something', () => {
    assert.throws(() => movedWithSegment([{ start: 1, end: 2 }], untouchable, untouchable), /read .* of a segment/);
  });

  it('shifts block marks and superscripts, giving an empty list as it is and copying every other', () => {
    const facts: BlockFacts = {
      segments: [
        { kind: 'paragraph', start: 0, end: 10, text: 'Ten chars.', sups: [] },
        { kind: 'paragraph', start: 12, end: 30, text: 'Second<sup>1</sup>', sups: [{ kind: 'note', start: 18, end: 30, contentStart: 23, contentEnd: 24, content: '1' } as never] },
      ],
      tables: [],
      footnoteRefs: [{ label: 'a', start: 3, end: 7 }],
      footnoteDefs: [],
      directives: [],
      math: [],
    };
    const shifted = shiftMarks(facts, 100);
    assert.equal(shifted.tables, facts.tables);
    assert.deepEqual(shifted.footnoteRefs, [{ label: 'a', start: 103, end: 107 }]);
    assert.notEqual(shifted.footnoteRefs, facts.footnoteRefs);
    assert.equal(shiftSups(facts.segments[0]!.sups, 100), facts.segments[0]!.sups);
    assert.deepEqual(shiftSups(facts.segments[1]!.sups, 100).map((u) => [u.start, u.end, u.contentStart, u.contentEnd]), [[118, 130, 123, 124]]);
    // The relative facts are left as they were.
    assert.deepEqual(facts.footnoteRefs, [{ label: 'a', start: 3, end: 7 }]);
  });

  it('gives placed segments without numbers one frozen empty list, and shifted lists to the others', () => {
    const engine = createEngine({ dataset: datasetOf({}) });
    const text = '# Title\n\nNo figures here at all.\n\nIn 2024 it carried 4,160 people, 61–73% of them.\n';
    const shifted = engine.check(`Intro.\n\n${text}`, { previous: engine.check(text) });
    const [, , plain, numbers] = shifted.state.doc.segments;
    assert.equal(plain!.tokens.length, 0);
    assert.ok(Object.isFrozen(plain!.tokens) && Object.isFrozen(plain!.ranges));
    assert.deepEqual(numbers!.tokens.map((t) => shifted.text.slice(t.start, t.end)), ['2024', '4,160', '61', '73%']);
    assert.deepEqual(numbers!.ranges.map((r) => [r.from === numbers!.tokens[2], r.to === numbers!.tokens[3]]), [[true, true]]);
  });

  it('gives the same findings as a full check when typing in the outlook sample, before and after its middle', () => {
    const dir = path.join(ROOT, 'samples/dataset');
    const inputs = ['entities.yaml', 'metrics.yaml', 'observations-gii.yaml', 'observations-nature-index.yaml', 'observations-outlook.yaml', 'observations-songdo-tokyo.yaml', 'observations-us-japan.yaml', 'rankings.yaml', 'sources.yaml'].map((n) => ({ path: path.join(dir, n), text: readFileSync(path.join(dir, n), 'utf8') }));
    const engine = createEngine({ dataset: loadDataset(inputs).dataset });
    const outlook = readFileSync(path.join(ROOT, 'samples/outlook-issue-7.md'), 'utf8');
    let text = outlook;
    let result = engine.check(text);
    for (const [i, at] of [Math.floor(text.length / 2), 200, text.length - 50].entries()) {
      for (const by of ['x', '', ' 12', '']) {
        text = by === '' ? replaceAt(text, at, 1, '') : replaceAt(text, at, 0, by);
        result = assertSame(engine, result, text, `edit ${JSON.stringify(by)} at ${at} (${i})`);
      }
    }
    assertKeystrokes(engine, outlook, ['x', '', '7', '\n\n', '%'], 4);
  });
});

describe('link reference definitions looked for in the edited lines only (perf-key15)', () => {
  const REFERENCE_DEFINITION = /\[(?!\^)[^\]\n]+\]:/;
  type Model = { text: string; scanned?: unknown; blocks: Array<{ start: number; end: number; record: { facts: unknown } }> };
  const shape = (m: Model) => m.blocks.map((b) => [b.start, b.end, JSON.stringify(b.record.facts)]);

  it('parses whole exactly when an edit makes a definition, anywhere in its lines, and in chunks again once it is gone', async () => {
    const { buildDocument } = (await import('factlint/internal/document')) as unknown as { buildDocument: (text: string, previous?: Model) => Model };
    const base = 'See [the log][a] and [^1] for 4,160 passengers.\n\n[a]\n\n- one: 12\n- [b] two\n\n[^1]: A note.\n';
    assert.equal(REFERENCE_DEFINITION.test(base), false);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.constantFrom('[', ']', ':', 'a', '^', ' ', '\n', '')), { minLength: 1, maxLength: 8 }), (edits) => {
        let text = base;
        let model = buildDocument(text);
        for (const [f, by] of edits) {
          const at = Math.floor(f * text.length);
          text = by === '' ? replaceAt(text, at, 1, '') : replaceAt(text, at, 0, by);
          const next = buildDocument(text, model);
          const fresh = buildDocument(text);
          assert.equal(next.scanned === undefined, REFERENCE_DEFINITION.test(text), JSON.stringify(text));
          assert.deepEqual(shape(next), shape(fresh), JSON.stringify(text));
          model = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a definition made by joining two lines, or at the very start or end of the text', async () => {
    const { buildDocument } = (await import('factlint/internal/document')) as unknown as { buildDocument: (text: string, previous?: Model) => Model };
    const cases: Array<[string, string]> = [
      ['Intro.\n\n[a]\n: https://example.org\n', 'Intro.\n\n[a]: https://example.org\n'],
      ['a]: x\n\nText.\n', '[a]: x\n\nText.\n'],
      ['Text.\n\n[a]', 'Text.\n\n[a]:'],
      ['Text.\n\n[a] x', 'Text.\n\n[a]: x'],
    ];
    for (const [before, after] of cases) {
      const model = buildDocument(after, buildDocument(before));
      assert.equal(model.scanned, undefined, JSON.stringify(after));
      assert.deepEqual(shape(model), shape(buildDocument(after)));
      assert.notEqual(buildDocument(before, model).scanned, undefined, JSON.stringify(before));
    }
  });
});
