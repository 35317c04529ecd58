// The blocks before an edit taken over from the previous version (perf-key48, analysis.ts BlockIndex): a version's
// segments, tables, lists and marks before its first changed block are the previous version's, sliced, and what comes
// after is placed from there (sections open at the boundary, table and list ids, caption). Whatever the edit, the
// analysed document must be the one a fresh analysis gives, and the findings those of a full check.
import { after, before, describe, it } from 'node:test';
import * as fc from 'fast-check';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine, loadDataset, type CheckResult, type Engine } from 'factlint';
import { assertEditsInTurn, assertKeystrokes, assertSame, replaceAt, replaceOnce } from './across-versions-harness.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function outlookEngine(): Engine {
  const dir = path.join(ROOT, 'samples/dataset');
  const inputs = ['entities.yaml', 'metrics.yaml', 'observations-gii.yaml', 'observations-nature-index.yaml', 'observations-outlook.yaml', 'observations-songdo-tokyo.yaml', 'observations-us-japan.yaml', 'rankings.yaml', 'sources.yaml'].map((n) => ({ path: path.join(dir, n), text: readFileSync(path.join(dir, n), 'utf8') }));
  return createEngine({ dataset: loadDataset(inputs).dataset });
}

const spans = (list: ReadonlyArray<{ start: number; end: number }>) => list.map((s) => ({ ...s }));

/** All a version's analysed document says, as plain data (every segment's place, section, table, list, numbers). */
function analysed(result: CheckResult): unknown {
  const doc = result.state.doc;
  return {
    segments: doc.segments.map((s) => ({
      kind: s.kind,
      start: s.start,
      end: s.end,
      text: s.text,
      depth: s.depth,
      cell: s.cell,
      listItem: s.listItem,
      footnote: s.footnote,
      index: s.index,
      block: s.block,
      heading: s.heading,
      sups: spans(s.sups),
      tokens: s.tokens.map((t) => [t.start, t.end, t.text, t.value]),
      ranges: s.ranges.map((r) => [r.start, r.end, r.from.start, r.to.start]),
    })),
    tables: doc.tables.map((t) => ({ ...t, cells: t.cells.map((r) => [...r]) })),
    lists: doc.lists.map((l) => ({ ...l, items: [...l.items] })),
    footnoteRefs: spans(doc.footnoteRefs),
    footnoteDefs: doc.footnoteDefs.map((d) => ({ ...d, labelSpan: { ...d.labelSpan } })),
    directives: spans(doc.directives),
    math: spans(doc.math),
    unchecked: spans(doc.unchecked),
  };
}

/** Checks `edited` from `previous` and afresh: the same findings and the same analysed document. */
function assertSameDoc(engine: Engine, previous: CheckResult, edited: string, label: string): CheckResult {
  const incremental = assertSame(engine, previous, edited, label);
  assert.deepEqual(analysed(incremental), analysed(engine.check(edited)), `${label}: analysed document`);
  return incremental;
}

const DRAFT = [
  '# Outlook',
  '',
  'Keio University published 1,204 papers in 2024, up from 1,150 in 2023.',
  '',
  '## Output',
  '',
  '### By field',
  '',
  'Chemistry gave 412 papers[^a] and physics 388, 61–73% of them with a partner.',
  '',
  '| Field | 2023 | 2024 |',
  '| --- | ---: | ---: |',
  '| Chemistry | 400 | 412 |',
  '| Physics | 370 | 388 |',
  '| Total | 770 | 800 |',
  '',
  '- Tokyo: 45%',
  '- Osaka: 30%',
  '- Kyoto: 25%',
  '',
  '<!-- factlint-disable-next-line cagr -->',
  'Growth was 4.7% a year from 2020 to 2024, $x = 2^3$ by the formula.',
  '',
  '## Partners',
  '',
  '1. Seoul: 120 papers',
  '2. Taipei: 80 papers',
  '',
  'In all 200 papers, or 2<sup>nd</sup> place.',
  '',
  '# Annex',
  '',
  '| Year | Papers |',
  '| --- | ---: |',
  '| 2023 | 1,150 |',
  '| 2024 | 1,204 |',
  '',
  '[^a]: Counted by the 2024 method.',
  '',
].join('\n');

/** The take-over runs only on drafts of 400 blocks or more (analysis.ts, perf-key51); these tests lower it to every draft. */
async function takeOverFrom(blocks: number): Promise<number> {
  const analysis = (await import(pathToFileURL(path.join(ROOT, 'server/dist/engine/analysis.js')).href)) as { setTakeOverBlocks: (blocks: number) => number };
  return analysis.setTakeOverBlocks(blocks);
}

describe('blocks before the edit taken over from the previous version (perf-key48)', () => {
  let threshold = 0;
  before(async () => {
    threshold = await takeOverFrom(0);
  });
  after(async () => {
    await takeOverFrom(threshold);
  });

  it('shares the segments before the edited block and places the rest as a fresh analysis does', () => {
    const engine = outlookEngine();
    const first = engine.check(DRAFT);
    const at = DRAFT.indexOf('In all 200');
    const edited = replaceAt(DRAFT, at + 3, 0, 'x');
    const next = assertSameDoc(engine, first, edited, 'edit in the last section');
    const before = first.state.doc.segments;
    const after = next.state.doc.segments;
    const editedIndex = after.findIndex((s) => s.start <= at + 3 && at + 3 < s.end);
    assert.ok(editedIndex > 10);
    for (let i = 0; i < editedIndex; i++) assert.equal(after[i], before[i], `segment ${i} is the previous version's`);
    // Tables are new objects per version (per-version memos are keyed by them), equal to the previous ones.
    assert.notEqual(next.state.doc.tables[0], first.state.doc.tables[0]);
    assert.deepEqual(next.state.doc.tables[0], first.state.doc.tables[0]);
  });

  it('opens the right sections after the shared blocks, whatever heading the edit follows', () => {
    const engine = outlookEngine();
    const edits = [
      replaceOnce('Chemistry gave 412', 'Chemistry gave 413'),
      replaceOnce('### By field', '#### By field'),
      replaceOnce('Growth was 4.7%', '## Growth\n\nGrowth was 4.7%'),
      replaceOnce('## Growth\n\n', ''),
      replaceOnce('In all 200', '# In all 200'),
      replaceOnce('# In all 200', 'In all 200'),
      replaceOnce('# Annex', '### Annex'),
      replaceOnce('### Annex', '# Annex'),
    ];
    assertEditsInTurn(engine, DRAFT, edits, assertSameDoc);
  });

  it('numbers the tables and lists after the shared blocks on from theirs, and captions a table by the segment before it', () => {
    const engine = outlookEngine();
    const edits = [
      replaceOnce('| Physics | 370 | 388 |', '| Physics | 370 | 389 |'),
      replaceOnce('- Osaka: 30%', '- Osaka: 31%'),
      replaceOnce('2. Taipei: 80 papers', '2. Taipei: 80 papers\n3. Manila: 10 papers'),
      replaceOnce('In all 200 papers', 'In all 210 papers'),
      replaceOnce('# Annex\n\n', '# Annex\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n- one 1\n- two 2\n\n'),
      replaceOnce('| A | B |\n| --- | --- |\n| 1 | 2 |\n\n', ''),
      replaceOnce('[^a]: Counted', '[^a]: Recounted'),
      replaceOnce('$x = 2^3$', '$x = 2^4$'),
    ];
    assertEditsInTurn(engine, DRAFT, edits, assertSameDoc);
  });

  it('analyses afresh when the decimal mark changes, and shares again after', () => {
    const engine = outlookEngine();
    const text0 = '# A\n\nThe index rose to 1.234 in 2024.\n\n## B\n\nIt stood at 1,5 and 2,25 points.\n\n## C\n\nThe end, 12 papers.\n';
    const edits = [replaceOnce('1.234', '1,234'), replaceOnce('12 papers', '13 papers'), replaceOnce('1,5 and 2,25', '1.5 and 2.25'), replaceOnce('13 papers', '14 papers'), replaceOnce('1,234', '1.234')];
    assertEditsInTurn(engine, text0, edits, assertSameDoc);
  });

  it('gives a fresh analysis\'s document for random keystrokes', () => {
    const engine = outlookEngine();
    assertKeystrokes(engine, DRAFT, ['x', '', '\n', '\n\n', '# ', '| ', '- ', '7', ','], 60, assertSameDoc);
  });

  it('builds the block model from the previous one as afresh, its chunks and blocks before the edit the previous objects', async () => {
    type Model = { text: string; blocks: Array<{ start: number; end: number; record: { facts: unknown } }>; scanned?: { chunks: Array<{ start: number; end: number; key: string; deep: boolean; records: unknown[] }> } };
    const { buildDocument } = (await import('factlint/internal/document')) as unknown as { buildDocument: (text: string, previous?: Model, options?: object) => Model };
    const shape = (m: Model) => ({
      blocks: m.blocks.map((b) => [b.start, b.end, JSON.stringify(b.record.facts)]),
      chunks: m.scanned?.chunks.map((c) => [c.start, c.end, c.key, c.deep, c.records.length]),
    });
    const at = DRAFT.indexOf('In all 200');
    const first = buildDocument(DRAFT);
    const next = buildDocument(replaceAt(DRAFT, at, 0, 'x'), first);
    assert.deepEqual(shape(next), shape(buildDocument(next.text)));
    const kept = next.blocks.findIndex((b) => b.start >= at);
    assert.ok(kept > 5);
    for (let i = 0; i < kept - 1; i++) assert.equal(next.blocks[i], first.blocks[i], `block ${i} is the previous build's`);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.constantFrom('x', '', '\n', '\n\n', '```\n', '> ', '- ', '[a]: http://x\n', '<div>\n')), { minLength: 1, maxLength: 8 }), (edits) => {
        let text = DRAFT;
        let model = buildDocument(text);
        for (const [f, by] of edits) {
          const where = Math.floor(f * text.length);
          text = by === '' ? replaceAt(text, where, 1, '') : replaceAt(text, where, 0, by);
          model = buildDocument(text, model);
          assert.deepEqual(shape(model), shape(buildDocument(text)), JSON.stringify(text));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same findings as a full check for keystrokes in the outlook sample', () => {
    const engine = outlookEngine();
    const outlook = readFileSync(path.join(ROOT, 'samples/outlook-issue-7.md'), 'utf8');
    assertKeystrokes(engine, outlook, ['x', '', '\n\n', '## ', '12'], 8);
  });
});

describe('the take-over only on drafts of many blocks, and the chunks kept in one shape (perf-key51)', () => {
  it('gives a fresh analysis\'s document on a draft above the threshold, with the default threshold', async () => {
    const threshold = await takeOverFrom(400);
    await takeOverFrom(threshold);
    assert.ok(threshold > 0);
    const engine = outlookEngine();
    // DRAFT repeated until it holds more blocks than the threshold.
    const { buildDocument } = (await import('factlint/internal/document')) as unknown as { buildDocument: (text: string) => { blocks: unknown[] } };
    const copies = Math.ceil((threshold + 50) / buildDocument(DRAFT).blocks.length);
    let text = Array.from({ length: copies }, () => DRAFT).join('\n');
    assert.ok(buildDocument(text).blocks.length >= threshold);
    let result = engine.check(text);
    for (const [i, [f, by]] of ([[0.5, 'x'], [0.51, ''], [0.9, '\n\n'], [0.2, '# '], [0.97, '7']] as const).entries()) {
      const at = Math.floor(f * text.length);
      text = by === '' ? replaceAt(text, at, 1, '') : replaceAt(text, at, 0, by);
      result = assertSameDoc(engine, result, text, `edit ${i + 1}: ${JSON.stringify(by)} at ${at}`);
    }
  });

  it('keeps the chunks of a build in one hidden class, whatever the rescan carried', () => {
    // A chunk carried from after an edit was a spread copy, kept and spread again by the next build: the chunks of one
    // build had several hidden classes, and the model's loops deoptimised on them (part of the outlook's extra
    // instructions of perf-key48). Hidden classes are read with V8's natives syntax, in a child process.
    const documentUrl = pathToFileURL(path.join(ROOT, 'server/dist/engine/markdown/document.js')).href;
    const script = `
      const { buildDocument } = await import(${JSON.stringify(documentUrl)});
      let model = buildDocument(${JSON.stringify(DRAFT)});
      let chunks = 0;
      let other = 0;
      for (const [i, f] of [0.5, 0.3, 0.7, 0.5, 0.1, 0.9].entries()) {
        const at = Math.floor(f * model.text.length);
        model = buildDocument(model.text.slice(0, at) + (i % 2 === 0 ? 'x' : '\\n\\n') + model.text.slice(at), model);
        for (const c of model.scanned.chunks) {
          chunks++;
          if (!%HaveSameMap(c, model.scanned.chunks[0])) other++;
        }
      }
      console.log(JSON.stringify({ chunks, other }));
    `;
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const { chunks, other } = JSON.parse(run.stdout) as { chunks: number; other: number };
    assert.ok(chunks > 30);
    assert.equal(other, 0);
  });
});
