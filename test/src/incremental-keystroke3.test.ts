// Incremental reuse (lsp-keystroke3): growth statements carried per segment, and the reuse hint a moved segment
// inherits, must give exactly what a fresh full check gives — the statements themselves (every field, with its
// tokens, sets and spans) and the diagnostics — after keystrokes, merges, splits and edits next to a paragraph.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { createEngine, type CheckResult, type Engine } from 'factlint';
import { datasetOf } from './helpers.js';
import { growthStatements } from '../../server/dist/engine/context/growth.js';
import { loadChunkHarness, type ChunkHarness, type ChunkModel } from './chunk-harness.js';

const dataset = datasetOf({
  'orchards.json': {
    sources: [{ id: 'orchard-survey', title: 'Orchard Survey', publisher: 'Made-up Fruit Board', year: 2022 }],
    entities: ['Quillby', 'Marrow Vale', 'Tessel'].map((n) => ({ id: n.toLowerCase().replace(' ', '-'), name: n, aliases: [], kind: 'organisation' })),
    metrics: [
      { id: 'crates', label: 'Crates', unit: 'count', phrases: ['crates'] },
      { id: 'hives', label: 'Hives', unit: 'count', phrases: ['hives'] },
    ],
    observations: [],
  },
});

let engine: Engine;
before(() => {
  engine = createEngine({ dataset });
});

/** The growth statements of a check as one comparable value: tokens by offset and text, sets as lists, the segment by index. */
function statementsOf(result: CheckResult): string {
  return JSON.stringify(growthStatements(result.state.doc), (key, value) => {
    if (key === 'segment' && value && typeof value === 'object') return `segment ${value.index}`;
    if (value instanceof Set) return [...value];
    return value;
  });
}

function observed(result: CheckResult): unknown {
  return { statements: statementsOf(result), diagnostics: JSON.stringify(result.diagnostics), coverage: result.coverage, verified: JSON.stringify(result.state.verified) };
}

function assertSame(previous: CheckResult, edited: string, label: string): CheckResult {
  const incremental = engine.check(edited, { previous });
  assert.deepEqual(observed(incremental), observed(engine.check(edited)), label);
  return incremental;
}

// Made-up paragraphs in several phrasing families: from/to, arrows, "A in Y1, B in Y2", reverse order, a chain with
// "then", a rate in the sentence after ("That is …"), a change across sentences, multiples, points.
const PARAGRAPHS = [
  'Quillby packed 1,200 crates in 2014 and 1,650 in 2021, a rise of 37.5%.',
  'Marrow Vale grew from 310 hives in 2012 to 455 in 2022 (+46.8%; CAGR +3.9%).',
  'That is growth of 3.9% a year.',
  'Tessel went from 88 crates in 2015 to 132 in 2020. That is a CAGR of 8.4%, and output almost doubled.',
  'Crates shipped: 640 (2016) → 512 (2019), then 700 in 2021.',
  'Hives stood at 90 in 2018. By 2023 they had risen to 117, an increase of 30%.',
  'Output was 2,400 crates in 2022, up 20% from 2,000 in 2017.',
  'The share of organic crates rose from 12.5% in 2015 to 15.0% in 2020, a gain of 2.5 percentage points.',
  'Combined, the three orchards rose from 1,598 crates in 2014 to 2,237 in 2021.',
  'Quillby more than tripled, from 41 hives to 130 over the same decade.',
];

const paragraphArb = fc.array(fc.nat({ max: PARAGRAPHS.length - 1 }), { minLength: 3, maxLength: 9 });

type Edit = { kind: 'key' | 'delete' | 'merge' | 'split' | 'append' | 'unit'; a: number; b: number };
const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<Edit['kind']>('key', 'key', 'delete', 'merge', 'split', 'append', 'unit'),
  a: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  b: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
});

function applyEdit(text: string, edit: Edit): string {
  const at = Math.floor(edit.a * text.length);
  const pick = (offsets: number[]) => offsets[Math.min(offsets.length - 1, Math.floor(edit.a * offsets.length))];
  switch (edit.kind) {
    case 'key':
      return `${text.slice(0, at)}${'x 7,.%'[Math.floor(edit.b * 6)]}${text.slice(at)}`;
    case 'delete':
      return text.slice(0, at) + text.slice(at + 1);
    case 'merge': {
      const gap = pick([...text.matchAll(/\n\n/g)].map((m) => m.index!));
      return gap === undefined ? text : `${text.slice(0, gap)} ${text.slice(gap + 2)}`;
    }
    case 'split': {
      const stop = pick([...text.matchAll(/\. (?=[A-Z])/g)].map((m) => m.index!));
      return stop === undefined ? text : `${text.slice(0, stop + 1)}\n\n${text.slice(stop + 2)}`;
    }
    case 'append': {
      // A paragraph put right after another: what the paragraph before reads after its end changes.
      const gap = pick([...text.matchAll(/\n\n/g)].map((m) => m.index!));
      const added = PARAGRAPHS[Math.floor(edit.b * PARAGRAPHS.length)]!;
      return gap === undefined ? `${text}\n\n${added}` : `${text.slice(0, gap)}\n\n${added}${text.slice(gap)}`;
    }
    case 'unit': {
      // A unit word typed right after a number (the reading compares the nouns after two values).
      const number = pick([...text.matchAll(/\d(?=[\s,.)])/g)].map((m) => m.index! + 1));
      return number === undefined ? text : `${text.slice(0, number)} ${edit.b < 0.5 ? 'crates' : 'hives'}${text.slice(number)}`;
    }
  }
}

describe('incremental keystroke3: growth statements carried per segment', () => {
  it('a rate the next paragraph adds to a statement does not stay with the kept reading once it is removed', () => {
    const withRate = 'Marrow Vale grew from 310 hives in 2012 to 455 in 2022.\n\nThat is growth of 3.9% a year.\n';
    const first = engine.check(withRate);
    const [statement] = growthStatements(first.state.doc);
    assert.equal(statement!.cagr.map((t) => t.text).join(), '3.9%', 'the paragraph after gives the statement its rate');
    // Typed away in the second paragraph: the first paragraph's statement is taken from the kept reading, without the rate.
    const edited = withRate.replace('That is growth of 3.9% a year.', 'That is all.');
    const second = assertSame(first, edited, 'rate removed');
    const [again] = growthStatements(second.state.doc);
    assert.deepEqual(again!.cagr, [], 'no rate carried over from the earlier version');
    // And typed back: the rate is read again.
    const third = assertSame(second, withRate, 'rate typed back');
    assert.equal(growthStatements(third.state.doc)[0]!.cagr.map((t) => t.text).join(), '3.9%');
  });

  it('statements of a paragraph moved by a keystroke above it are placed where it now stands, as fresh objects', () => {
    const text = `# Orchards\n\n${PARAGRAPHS.join('\n\n')}\n`;
    const first = engine.check(text);
    const edited = `${text.slice(0, 5)}x${text.slice(5)}`;
    const second = assertSame(first, edited, 'keystroke in the heading');
    const before = growthStatements(first.state.doc);
    const after = growthStatements(second.state.doc);
    assert.ok(after.length >= 8, `statements read: ${after.length}`);
    assert.equal(after.length, before.length);
    for (const [i, s] of after.entries()) {
      assert.equal(s.initial.start, before[i]!.initial.start + 1, 'shifted by the typed character');
      assert.equal(edited.slice(s.initial.start, s.initial.end), s.initial.text);
      assert.ok(s.segment.tokens.includes(s.initial) && s.segment.tokens.includes(s.final), 'the tokens are the placed segment’s own');
      assert.notEqual(s, before[i], 'a fresh object: statements are completed in place by each check');
      assert.notEqual(s.cagr, before[i]!.cagr);
    }
  });

  it('the unit word read after a paragraph\'s last value (in the next paragraph) is part of the kept reading\'s key', () => {
    // "… up 25% from 90" ends its paragraph: the reading compares the nouns after 117 and after 90, and the word after
    // 90 is the next paragraph's first. Only the next paragraph changes; the first one's block is reused.
    const text = (next: string) => `The orchard kept 117 hives in 2023, up 25% from 90\n\n${next} are counted each spring.\n`;
    let result = engine.check(text('Hives'));
    assert.equal(growthStatements(result.state.doc).length, 1);
    assert.ok(result.diagnostics.some((d) => d.ruleId === 'percent-change'), '90 → 117 is +30%');
    result = assertSame(result, text('Crates'), 'another noun after 90: no statement');
    assert.equal(growthStatements(result.state.doc).length, 0);
    assert.ok(!result.diagnostics.some((d) => d.ruleId === 'percent-change'));
    result = assertSame(result, text('Hives'), 'the same noun again');
    assert.equal(growthStatements(result.state.doc).length, 1);
  });

  it('a keystroke turns a statement into a look-alike and back (findings follow)', () => {
    const text = 'Tessel went from 88 crates in 2015 to 132 in 2020, a rise of 40%.\n\nQuillby packed 1,200 crates in 2014.\n';
    const first = engine.check(text);
    assert.ok(first.diagnostics.some((d) => d.ruleId === 'percent-change'), 'the 40% is wrong (50%)');
    // "from" typed away: no statement any more, so no finding.
    const broken = text.replace('went from 88', 'went fro 88');
    const second = assertSame(first, broken, 'from broken');
    assert.ok(!second.diagnostics.some((d) => d.ruleId === 'percent-change'));
    assert.equal(growthStatements(second.state.doc).length, 0);
    const third = assertSame(second, text, 'from typed back');
    assert.ok(third.diagnostics.some((d) => d.ruleId === 'percent-change'));
  });

  it('property: chains of keystrokes, merges, splits, appended paragraphs and unit words equal a fresh check', () => {
    fc.assert(
      fc.property(paragraphArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (picked, edits) => {
        let text = `# Orchard report 2014–2021\n\n${picked.map((i) => PARAGRAPHS[i]).join('\n\n')}\n`;
        let result = engine.check(text);
        edits.forEach((edit, i) => {
          text = applyEdit(text, edit);
          result = assertSame(result, text, `edit ${i + 1} (${edit.kind})`);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('a block repeated word for word: each copy keeps its own reading where the context differs', () => {
    // The same paragraph four times, each under another heading period; the reuse hint must not hand one copy's
    // links or statements to another.
    const block = 'Hives rose from 90 to 117. Quillby packed 1,650 crates.';
    const text = ['# 2015–2020', block, '# 2010–2020', block, '## Notes', block, '# 2018–2023', block].join('\n\n') + '\n';
    let result = engine.check(text);
    let edited = text;
    for (let i = 0; i < 6; i++) {
      const at = edited.indexOf('# 2010') + 2 + i;
      edited = i % 2 === 0 ? `${edited.slice(0, at)}9${edited.slice(at)}` : edited.slice(0, at) + edited.slice(at + 1);
      result = assertSame(result, edited, `heading keystroke ${i + 1}`);
    }
    const years = growthStatements(result.state.doc).map((s) => (s.years ? `${s.years.from}-${s.years.to}` : '-'));
    assert.equal(years.length, 4);
    assert.notEqual(years[0], years[3], 'copies under other headings read other years');
  });
});

// The chunk splitter (lsp-keystroke3): chunks parsed one by one must give the blocks a parse of the whole text gives,
// so an incremental build (which parses only the edited chunks) equals a fresh one. Two known breaks: an HTML block
// line (`</div>`) followed by a fence line (the fence line is HTML, not a fence), and a fence opened inside a list
// item or quote (`- ~~~`: it ends with its container, not at a closing fence).
describe('incremental keystroke3: chunks split where a whole parse splits blocks', () => {
  type Model = ChunkModel;
  let internals: ChunkHarness;
  before(async () => {
    internals = await loadChunkHarness();
  });
  const wholeBlocks = (text: string) => internals.wholeBlocks(text);
  const chunkBlocks = (text: string) => internals.chunkBlocks(text);
  const segmentTexts = (model: Model) => model.blocks.flatMap((b) => (b.record.facts as { segments: Array<{ text: string }> }).segments.map((s) => s.text));

  it('a fence line right after a block tag line is HTML: the code fence opens later, and text in it is no paragraph', () => {
    const text = '</div>\n```\n\n```\n\nOutput rose to 12 crates.\n\n```\n\nAfter the code.\n';
    assert.deepEqual(chunkBlocks(text), wholeBlocks(text));
    const model = internals.buildDocument(text);
    assert.ok(!segmentTexts(model).includes('Output rose to 12 crates.'), 'inside the code block opened by the second fence line');
    // Look-alikes: a tag that is not a block tag, inside a paragraph, lets the fence open (and the text after is prose).
    const inline = 'Some <span>x</span>\n```\ncode\n```\n\nOutput rose to 12 crates.\n';
    assert.deepEqual(chunkBlocks(inline), wholeBlocks(inline));
    assert.ok(segmentTexts(internals.buildDocument(inline)).includes('Output rose to 12 crates.'));
    // A fence after the block tag and a blank line is a fence.
    const apart = '</div>\n\n```\nHidden 7.\n```\n\nShown 8.\n';
    assert.deepEqual(chunkBlocks(apart), wholeBlocks(apart));
    assert.deepEqual(segmentTexts(internals.buildDocument(apart)), ['Shown 8.']);
  });

  it('a fence opened in a list item or quote ends with its container', () => {
    for (const text of ['- ~~~\n\n```\n', '* ```\n<!-- c -->\n', '- a 1\n\n  ```\n\nText 3.\n\n```\n\nText 4.\n', '> ```\n> x\n\nText 5.\n', '- a\n---\n  ```\n<!-- c -->\n  ```\n1. ~~~\n ```\n', '- ~~~\n<span>s</span>\n   ```\n1. x 7\n\ntext 3\n  ~~~\n\n']) {
      assert.deepEqual(chunkBlocks(text), wholeBlocks(text), JSON.stringify(text));
    }
  });

  it('a lone tag after a thematic break opens an HTML block, which holds the fence line after it', () => {
    // Found by the property below (seed 1079818409): "<br/>" after "---" is HTML up to the blank line.
    for (const text of ['---\n<br/>\n ```\n\n ```\n\n</div>\n</div>\n', '***\n<br/>\n```\n\nText 3.\n\n```\n']) {
      assert.deepEqual(chunkBlocks(text), wholeBlocks(text), JSON.stringify(text));
    }
  });

  const LINES = ['</div>', '<div>', '<pre>', '</pre>', '> > ```', '```', '~~~', '- ~~~', '- a 1', '  b 2', '', 'text 3', '# h 4', '> q 5', '    code 6', '<!-- c -->', '1. x 7', '* ```', '> ```', '<span>s</span>', '  ~~~', '   ```', ' ```', '---', '<p>', '<br/>', '  - ```', '-->', '  <!--'];

  it('property: chunks parsed alone give the whole parse’s blocks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 2, maxLength: 11 }), (lines) => {
        const text = `${lines.join('\n')}\n`;
        assert.deepEqual(chunkBlocks(text), wholeBlocks(text), JSON.stringify(text));
      }),
      // A fixed seed keeps CI reproducible; incremental-keystroke4 runs these properties on several seeds (the HTML
      // blocks inside list items other seeds found here are split as a whole parse splits them since).
      { numRuns: 3000, seed: 20261203 },
    );
  });

  it('property: an incremental build after line edits equals a fresh build, block for block', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES, 'Output rose to 12 crates.', 'Hives 40.'), { minLength: 4, maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...LINES, 'Crates 9.')), { minLength: 1, maxLength: 4 }),
        (lines, edits) => internals.editsMatchFresh(lines, edits),
      ),
      { numRuns: 1500, seed: 20261203 },
    );
  });
});
