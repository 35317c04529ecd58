// Incremental reuse (lsp-keystroke): a check handed the previous result must give byte for byte what a fresh full
// check gives — diagnostics with their fixes and suggestions, coverage, and the verified list — after keystrokes,
// and after edits that move, split and merge blocks, edit tables and headings, chained from one result to the next.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { createEngine, type CheckResult, type Engine } from 'factlint';
import { datasetOf, loadDefaultDataset, repoRoot } from './helpers.js';
import { countedTotals } from '../../server/dist/engine/context/counted-totals.js';
import { segmentHas } from '../../server/dist/engine/context/segment-carry.js';

let engine: Engine;
let documents: string[];

before(async () => {
  engine = createEngine({ dataset: await loadDefaultDataset() });
  const draftsDir = join(repoRoot, 'samples/drafts');
  const devDir = join(repoRoot, 'eval/corpus/dev');
  const dev = readdirSync(devDir).flatMap((domain) =>
    readdirSync(join(devDir, domain))
      .filter((n) => n.endsWith('.md'))
      .sort()
      .slice(0, 2)
      .map((n) => readFileSync(join(devDir, domain, n), 'utf8')),
  );
  documents = [
    readFileSync(join(repoRoot, 'samples/outlook-issue-7.md'), 'utf8'),
    ...readdirSync(draftsDir)
      .filter((n) => n.endsWith('.md'))
      .sort()
      .map((n) => readFileSync(join(draftsDir, n), 'utf8')),
    ...dev,
  ];
});

/** Everything a host sees of a check, as one comparable value. */
function observed(result: CheckResult): unknown {
  return {
    diagnostics: JSON.stringify(result.diagnostics),
    coverage: result.coverage,
    verified: JSON.stringify(result.state.verified),
    totalBlocks: result.totalBlocks,
  };
}

function assertSame(previous: CheckResult, edited: string, label: string): CheckResult {
  const incremental = engine.check(edited, { previous });
  const fresh = engine.check(edited);
  assert.deepEqual(observed(incremental), observed(fresh), label);
  return incremental;
}

/** The blocks of a text: the spans between blank lines. */
function blocks(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /(?:^|\n\n)([\s\S]*?)(?=\n\n|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].startsWith('\n\n') ? 2 : 0);
    if (m[1]!.trim()) out.push({ start, end: start + m[1]!.length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

type Op = { kind: 'key' | 'move' | 'split' | 'merge' | 'table' | 'heading' | 'digit'; a: number; b: number; c: number };

/** Applies one structural or keystroke edit, chosen by fractions a, b, c of what the text holds. */
function applyOp(text: string, op: Op): string {
  const pick = <T>(items: T[], f: number): T | undefined => items[Math.min(items.length - 1, Math.floor(f * items.length))];
  const lineStarts = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index!);
  switch (op.kind) {
    case 'key': {
      const at = Math.floor(op.a * text.length);
      return op.b < 0.5 ? `${text.slice(0, at)}${'x 7,.'[Math.floor(op.c * 5)]}${text.slice(at)}` : text.slice(0, at) + text.slice(at + 1);
    }
    case 'digit': {
      const digits = lineStarts(/\d/g);
      const at = pick(digits, op.a);
      if (at === undefined) return text;
      return text.slice(0, at) + String(Math.floor(op.b * 10)) + text.slice(at + 1);
    }
    case 'move': {
      const all = blocks(text);
      const from = pick(all, op.a);
      const to = pick(all, op.b);
      if (!from || !to || from === to) return text;
      const piece = text.slice(from.start, from.end);
      const without = text.slice(0, from.start) + text.slice(Math.min(text.length, from.end + 2));
      const at = to.start > from.start ? to.start - (from.end + 2 - from.start) : to.start;
      const place = Math.max(0, Math.min(without.length, at));
      return `${without.slice(0, place)}${piece}\n\n${without.slice(place)}`;
    }
    case 'split': {
      const stops = lineStarts(/[.;] (?=[A-Z])/g);
      const at = pick(stops, op.a);
      return at === undefined ? text : `${text.slice(0, at + 1)}\n\n${text.slice(at + 2)}`;
    }
    case 'merge': {
      const gaps = lineStarts(/\n\n(?=[A-Za-z])/g);
      const at = pick(gaps, op.a);
      return at === undefined ? text : `${text.slice(0, at)} ${text.slice(at + 2)}`;
    }
    case 'table': {
      const cells = lineStarts(/(?<=\| ?)\d/g);
      const at = pick(cells, op.a);
      if (at === undefined) return text;
      // A digit changed, a cell emptied, or a row's separator removed (the table shape changes).
      if (op.b < 0.6) return text.slice(0, at) + String(Math.floor(op.c * 10)) + text.slice(at + 1);
      if (op.b < 0.8) return `${text.slice(0, at)}${text.slice(at).replace(/^[\d.,%]+/, '')}`;
      return text.slice(0, at) + text.slice(at).replace('|', '');
    }
    case 'heading': {
      const headings = lineStarts(/^#{1,6} /gm);
      const at = pick(headings, op.a);
      if (at === undefined) return text;
      const end = text.indexOf('\n', at);
      const line = text.slice(at, end < 0 ? text.length : end);
      const changed = op.b < 0.3 ? line.replace(/^#+/, (h) => (h.length < 6 ? `${h}#` : '#')) : op.b < 0.6 ? `${line} 2019–2024` : op.b < 0.8 ? line.replace(/\d/, '1') : line.replace(/^#+ /, '');
      return text.slice(0, at) + changed + text.slice(at + line.length);
    }
  }
}

const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom<Op['kind']>('key', 'key', 'move', 'split', 'merge', 'table', 'heading', 'digit'),
  a: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  b: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  c: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
});

describe('incremental reuse: results equal a fresh full check', () => {
  it('keystrokes typed and deleted in one paragraph, each checked from the last', () => {
    const text0 = documents[0]!;
    const at = text0.indexOf('\n', Math.floor(text0.length / 2)) + 1;
    let text = text0;
    let result = engine.check(text);
    for (let i = 0; i < 12; i++) {
      text = i % 3 === 2 ? text.slice(0, at + 10) + text.slice(at + 11) : `${text.slice(0, at + 10)}${'7x'[i % 2]}${text.slice(at + 10)}`;
      result = assertSame(result, text, `keystroke ${i + 1}`);
    }
  });

  it('a paragraph moved down and back up, split in two and merged again', () => {
    for (const text0 of documents.slice(0, 4)) {
      let result = engine.check(text0);
      let text = text0;
      for (const op of [
        { kind: 'move', a: 0.2, b: 0.7, c: 0 },
        { kind: 'move', a: 0.7, b: 0.2, c: 0 },
        { kind: 'split', a: 0.5, b: 0, c: 0 },
        { kind: 'merge', a: 0.5, b: 0, c: 0 },
        { kind: 'table', a: 0.5, b: 0.1, c: 0.3 },
        { kind: 'heading', a: 0.5, b: 0.5, c: 0 },
      ] as Op[]) {
        text = applyOp(text, op);
        result = assertSame(result, text, `${op.kind} ${op.a}`);
      }
    }
  });

  it('property: chains of keystrokes, moves, splits, merges, table and heading edits', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(opArb, { minLength: 1, maxLength: 5 }), (which, ops) => {
        let text = documents[which % documents.length]!;
        let result = engine.check(text);
        ops.forEach((op, i) => {
          text = applyOp(text, op);
          result = assertSame(result, text, `edit ${i + 1} (${op.kind})`);
        });
      }),
      { numRuns: 120 },
    );
  });
});

const ports = datasetOf({
  'ports.json': {
    sources: [{ id: 'harbour-census', title: 'Harbour Census', publisher: 'Made-up Harbour Board', year: 2021 }],
    entities: ['Alder', 'Birch', 'Cedar', 'Dune'].map((n) => ({ id: n.toLowerCase(), name: `Port ${n}`, aliases: [], kind: 'organisation' })),
    metrics: [{ id: 'berths', label: 'Berths', unit: 'count', phrases: ['berths'] }],
    observations: [],
  },
});

describe('incremental reuse: counted totals read in one pass', () => {
  const portEngine = () => createEngine({ dataset: ports });
  const statements = [
    'Port Alder grew from 500 berths in 2010 to 520 in 2020.',
    'Port Birch grew from 120 berths in 2010 to 150 in 2020.',
    'Port Cedar rose from 80 berths in 2010 to 95 in 2020.',
    'Port Dune went from 40 berths in 2010 to 60 in 2020.',
  ];
  const totals = (text: string) => countedTotals(portEngine().check(text).state.doc).map((c) => [c.total.text, ...c.parts.map((p) => p.text)]);

  it('a total over "the three …" takes the last three statements before it, at the year of its own', () => {
    const text = `${statements.join('\n\n')}\n\nTaken together the three ports had 240 berths in 2010.\n`;
    assert.deepEqual(totals(text), [['240', '120', '80', '40']]);
    assert.deepEqual(totals(text.replace('in 2010.\n', 'in 2020.\n')), [['240', '150', '95', '60']]);
    // Right as stated: silent; stated wrong: the sum as a suggestion, never a certain fix.
    assert.deepEqual(portEngine().check(text).diagnostics.filter((d) => d.ruleId === 'total'), []);
    const found = portEngine().check(text.replace('240', '250')).diagnostics.filter((d) => d.ruleId === 'total');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.fix, undefined);
    assert.equal(found[0]!.suggestions?.[0]?.edits[0]?.newText, '240');
  });

  it('two totals in a row each read the statements before their own sentence', () => {
    const text = `${statements.slice(0, 2).join('\n\n')}\n\nTogether the two ports had 620 berths in 2010.\n\n${statements.slice(2).join('\n\n')}\n\nTogether the two ports had 155 berths in 2020.\n`;
    assert.deepEqual(totals(text), [['620', '500', '120'], ['155', '95', '60']]);
  });

  it('stays silent when a statement after the total, a repeated entity or too few statements would be needed', () => {
    // The statements after the sentence are not its parts.
    assert.deepEqual(totals(`${statements[0]}\n\nTogether the three ports had 240 berths in 2010.\n\n${statements.slice(1).join('\n\n')}\n`), []);
    // The same port twice is not a group of three.
    assert.deepEqual(totals(`${statements[1]}\n\n${statements[1]}\n\n${statements[2]}\n\nTogether the three ports had 320 berths in 2010.\n`), []);
    // A year that is not an end of the statements' period.
    assert.deepEqual(totals(`${statements.join('\n\n')}\n\nTogether the three ports had 240 berths in 2015.\n`), []);
  });
});

describe('incremental reuse: chunks split again only around the edit', () => {
  /** Pieces that open or close fences, HTML blocks, lists, comments and tag blocks, which move chunk starts far away. */
  const PIECES = ['\n', '\n\n', '```', '\n```\n', '~~~\n', '<!--', '-->', '<!-- note -->\n', '<div>\n', '</div>', '<pre>', '</pre>', '- ', '1. ', '    ', '\t', '# ', '> ', 'x', ' ', '|', '<?', '?>', '<![CDATA[', ']]>', '<sup>1</sup>'];
  const pieceArb = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 5 }).map((p) => p.join(''));
  const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

  interface Model {
    blocks: Array<{ start: number; end: number; record: { facts: unknown } }>;
    unchecked: unknown[];
    scanned?: { chunks: Array<{ start: number; end: number }> };
  }
  async function internals() {
    return (await import('factlint/internal/document')) as unknown as {
      buildDocument: (text: string, previous?: unknown, options?: object) => Model;
      splitChunks: (text: string) => Array<{ start: number; end: number }>;
    };
  }
  const shape = (m: { blocks: Array<{ start: number; end: number; record: { facts: unknown } }>; unchecked: unknown[] }) => ({
    blocks: m.blocks.map((b) => [b.start, b.end, JSON.stringify(b.record.facts)]),
    unchecked: m.unchecked,
  });

  /** Chained random edits of a mixed text; `compare(next, fresh, text)` after each, `next` built from the last build. */
  async function chained(pieces: fc.Arbitrary<string>, compare: (next: Model, fresh: Model, text: string) => void, numRuns: number): Promise<void> {
    const { buildDocument } = await internals();
    const base = ['# Title\n\nSome text 12.\n\n```\ncode\n```\n\n- a\n- b\n\n<!-- c -->\nPara 3.\n\n<div>\nx\n</div>\n\n> > > quoted 4\n', '| a | b |\n| - | - |\n| 1 | 2 |\n\nText.\n\n    indented\n\n1. one\n2. two\n\nEnd 5.\n'];
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.tuple(at, fc.integer({ min: 0, max: 12 }), pieces), { minLength: 1, maxLength: 4 }), fc.constantFrom(3, 100), (which, edits, depth) => {
        let text = [base[which % 2]!, documents[which % documents.length]!.slice(0, 3000), base[(which + 1) % 2]!].join('\n');
        let model = buildDocument(text, undefined, { maxNestingDepth: depth });
        for (const [where, remove, insert] of edits) {
          const start = Math.floor(where * text.length);
          const edited = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
          // An edit that leaves the text as it was ("" for nothing) builds nothing: the last model stands.
          if (edited === text) continue;
          text = edited;
          const next = buildDocument(text, model, { maxNestingDepth: depth });
          compare(next, buildDocument(text, undefined, { maxNestingDepth: depth }), text);
          model = next;
        }
      }),
      { numRuns },
    );
  }

  it('property: after chained edits the chunks and the blocks left unchecked are those of a fresh split', async () => {
    const { splitChunks } = await internals();
    await chained(
      pieceArb,
      (next, fresh, text) => {
        // A text with a link reference definition is parsed whole, never in chunks: a fresh build does the same.
        if (!next.scanned) {
          assert.equal(fresh.scanned, undefined);
          assert.deepEqual(next.unchecked, fresh.unchecked);
          return;
        }
        assert.deepEqual(next.scanned.chunks.map((c) => [c.start, c.end]), splitChunks(text).map((c) => [c.start, c.end]));
        assert.deepEqual(next.unchecked, fresh.unchecked);
      },
      300,
    );
  });

  it('a fence opened far above the edit, and closed by it, changes the chunks after the edit as a fresh split does', async () => {
    const { buildDocument, splitChunks } = await internals();
    const text = 'Intro 1.\n\n```\nnot closed\n\nPara 2.\n\n# Head 3\n\nPara 4.\n';
    const first = buildDocument(text);
    const closed = text.replace('not closed\n', 'not closed\n```\n');
    const second = buildDocument(closed, first);
    assert.deepEqual(shape(second), shape(buildDocument(closed)));
    assert.ok(splitChunks(closed).length > splitChunks(text).length, 'closing the fence splits what follows into chunks');
    // And reopened: back to one fenced block to the end.
    assert.deepEqual(shape(buildDocument(text, second)), shape(buildDocument(text)));
  });
});

describe('incremental reuse: compared figures carried per segment', () => {
  const ruled = (r: CheckResult) => r.diagnostics.filter((d) => d.ruleId === 'percent-change').map((d) => [r.text.slice(d.range.start, d.range.end), (d.fix ?? d.suggestions?.[0])?.edits[0]?.newText]);
  const paragraph = 'Harbour Alder logged 396 visits in 2025, 24% more than the 348';

  it('reads the unit word after the segment: a change there is seen by the next incremental check', () => {
    const same = `Intro.\n\n${paragraph}\n\nvisits of the year before.\n`;
    const other = same.replace('\nvisits of', '\ntonnes of');
    const first = engine.check(same);
    assert.deepEqual(ruled(first), [['24%', '14%']], 'same unit: the gap is checked');
    const second = assertSame(first, other, 'unit word after the segment changed');
    assert.deepEqual(ruled(second), [], 'another unit: no comparison');
    assertSame(second, same, 'and back');
  });

  it('places a carried comparison where its moved segment now stands, also for "three times" and elliptic gaps', () => {
    const text = `${paragraph} visits.\n\nThe eastern quay moved 930 tonnes in 2024, three times the 200 tonnes of 2014.\n\nThe yard spent 3.44%. The dock spent 3.64%, just 0.3 percentage points more.\n`;
    let result = engine.check(text);
    const before = ruled(result);
    assert.equal(before.length, 3, 'three comparisons, each stated wrong');
    let edited = text;
    for (const insert of ['A', 'x\n\n', '# Head\n\n']) {
      edited = insert + edited;
      result = assertSame(result, edited, `moved by "${insert}"`);
      assert.deepEqual(ruled(result), before, 'the same findings, at the moved place');
    }
  });
});

describe('incremental reuse: named totals carried per segment', () => {
  const portEngine = createEngine({ dataset: ports });
  const totals = (r: CheckResult) => r.diagnostics.filter((d) => d.ruleId === 'total').map((d) => [r.text.slice(d.range.start, d.range.end), d.suggestions?.[0]?.edits[0]?.newText]);
  const same = (previous: CheckResult, text: string, label: string) => {
    const incremental = portEngine.check(text, { previous });
    assert.deepEqual(observed(incremental), observed(portEngine.check(text)), label);
    return incremental;
  };

  it('reads the unit after the total in the next paragraph, and follows its edits', () => {
    const text = 'Intro.\n\nPort Alder logged 709 berths. Port Birch logged 562 berths. Together they logged 1,371\n\nberths.\n';
    const first = portEngine.check(text);
    assert.deepEqual(totals(first), [['1,371', '1,271']]);
    const other = same(first, text.replace('\nberths.', '\ntonnes.'), 'another unit after the total');
    assert.deepEqual(totals(other), [], 'parts in berths, a total in tonnes: not added');
    assert.deepEqual(totals(same(other, text, 'and back')), [['1,371', '1,271']]);
  });

  it('finds a moved paragraph’s total at its new place', () => {
    let text = 'Port Alder logged 709 berths and Port Birch 562 berths. Together they logged 1,371 berths.\n';
    let result = portEngine.check(text);
    for (const insert of ['x\n\n', 'Intro 4.\n\n', '## Ports\n\n']) {
      text = insert + text;
      result = same(result, text, `moved by "${insert}"`);
      assert.deepEqual(totals(result), [['1,371', '1,271']]);
    }
  });
});

describe('incremental reuse: cue-word tests kept per segment content', () => {
  it('answers as the regular expression does on the segment text, for each segment and expression, global ones too', () => {
    const doc = engine.check(documents[0]!).state.doc;
    const expressions = [/\bthan\b/i, /CAGR/, /\d{4}/u, /together/gi, /x^/];
    for (const segment of doc.segments) {
      for (const re of expressions) {
        const expected = new RegExp(re.source, re.flags.replace('g', '')).test(segment.text);
        assert.equal(segmentHas(segment, re), expected, `${re} on "${segment.text.slice(0, 40)}"`);
        assert.equal(segmentHas(segment, re), expected, `${re} asked twice`);
      }
    }
    // As the readings ask: one expression of segment after segment, then the next (the last one asked is kept at hand).
    for (const re of [...expressions, ...expressions.slice().reverse()]) {
      for (const segment of doc.segments) assert.equal(segmentHas(segment, re), new RegExp(re.source, re.flags.replace('g', '')).test(segment.text), `${re} in turn`);
    }
  });

  it('sees a cue word typed into a paragraph and removed again', () => {
    const text = 'Intro.\n\nHarbour Alder logged 396 visits in 2025, 24% more against the 348 visits of 2024.\n';
    let result = engine.check(text);
    const stated = (r: CheckResult) => r.diagnostics.filter((d) => d.ruleId === 'percent-change').length;
    assert.equal(stated(result), 0, 'no "than": no comparison');
    result = assertSame(result, text.replace('against', 'than'), 'cue typed');
    assert.equal(stated(result), 1, 'with "than": the gap is checked');
    result = assertSame(result, text, 'cue removed');
    assert.equal(stated(result), 0);
  });
});

describe('incremental reuse: one table of cue-word results per segment, the decimal mark once per version', () => {
  it('keeps the answers of many expressions apart on one segment, and a new expression starts unanswered', () => {
    const doc = engine.check('Ferry Lumen carried 412 riders; Ferry Quill carried 388 riders combined.\n').state.doc;
    const segment = doc.segments.find((s) => s.tokens.length > 0)!;
    // Forty distinct expressions, half matching: a shared slot or an id reused between them would mix the answers up.
    const expressions = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? new RegExp(`Ferry|z${i}`) : new RegExp(`zz${i}q`)));
    for (let round = 0; round < 2; round++) {
      expressions.forEach((re, i) => assert.equal(segmentHas(segment, re), i % 2 === 0, `${re}, round ${round}`));
    }
    assert.equal(segmentHas(segment, /riders combined/), true);
    assert.equal(segmentHas(segment, /riders together/), false);
  });

  it('reads labelled parts with the document’s decimal mark after an edit that changes it', () => {
    // With only "3,5"-style numbers the document reads commas as decimal marks; a "1,204.5" typed elsewhere turns them
    // back into thousands separators, and the labelled list after the total is read again with the new mark.
    const list = 'The depots logged a combined 1,204 crates: Depot Arun 700, Depot Brea 504.\n';
    const comma = `Intro.\n\nA rate of 3,5 was noted.\n\n${list}`;
    const point = `Intro 1,204.5 tonnes.\n\nA rate of 3,5 was noted.\n\n${list}`;
    const totals = (r: CheckResult) => r.diagnostics.filter((d) => d.ruleId === 'total').length;
    let result = engine.check(comma);
    assert.equal(totals(result), 1, 'commas as decimal marks: "1,204" is not 700 + 504');
    for (const text of [point, comma, point]) {
      result = assertSame(result, text, text.slice(0, 20));
      assert.equal(totals(result), text === point ? 0 : 1, `the mark of "${text.slice(0, 20)}"`);
    }
  });

  it('skips a dataset change read for paragraphs without a percent, and reads one when a percent is typed', () => {
    const base = 'Intro.\n\nKeio University output rose between 2015 and 2024.\n';
    let result = engine.check(base);
    const typed = base.replace('rose', 'rose by 200%');
    result = assertSame(result, typed, 'percent typed');
    result = assertSame(result, base, 'percent removed');
    assertSame(result, typed, 'typed again');
  });
});
