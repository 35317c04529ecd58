// Skipping chunks no rule reads must not change any finding: the default engine and one that parses everything agree.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { createEngine } from 'factlint';
import { loadDefaultDataset, repoRoot } from './helpers.js';

const dataset = await loadDefaultDataset();
const selective = createEngine({ dataset });
const everything = createEngine({ dataset, parseAll: true });
const samples = ['samples/outlook-issue-7.md', ...readdirSync(join(repoRoot, 'samples/drafts')).filter((f) => f.endsWith('.md')).map((f) => `samples/drafts/${f}`)];
const texts = samples.map((path) => ({ path, text: readFileSync(join(repoRoot, path), 'utf8') }));

function agree(text: string, label: string): void {
  const a = selective.check(text);
  const b = everything.check(text);
  assert.deepEqual(a.diagnostics, b.diagnostics, `${label}: diagnostics`);
  assert.deepEqual(a.coverage, b.coverage, `${label}: coverage`);
}

describe('selective parsing gives the findings of a full parse', () => {
  for (const { path, text } of texts) it(path, () => agree(text, path));

  it('after random edits', () => {
    const fragments = ['\n', '\n\n', '- ', '1. ', '    ', '```\n', '~~~\n', '<!--', '-->', '<pre>\n', '> ', '| a | 1% |\n', '# ', '[^x]', '[^x]: note\n', 'second', '12', '%', '$', 'Tokyo–Yokohama ', 'shares overlap '];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.nat(), fc.constantFrom(...fragments), fc.nat({ max: 40 }), (which, at, fragment, deleted) => {
        const text = texts[which]!.text;
        const position = at % (text.length + 1);
        agree(text.slice(0, position) + fragment + text.slice(position + deleted), `${texts[which]!.path} @${position} +${JSON.stringify(fragment)} −${deleted}`);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the default engine finds what a full parse finds', () => {
  it('a share table followed by a link whose URL says "overlap": breakdown-sum flags it either way', () => {
    const text = [
      'AIST’s international collaboration, breakdown by country:',
      '',
      '| Country | Share |',
      '| --- | ---: |',
      '| China | 23% |',
      '| United States | 17% |',
      '| Rest of the world | 39% |',
      '',
      'See [the notes](https://example.org/overlap-notes).',
      '',
    ].join('\n');
    assert.deepEqual(selective.check(text).diagnostics.map((d) => d.ruleId), ['breakdown-sum']);
    agree(text, 'table + link');
  });

  it('a list without digits holding a link, after a breakdown list: the same findings either way', () => {
    const text = [
      'AIST’s international collaboration, breakdown by country:',
      '',
      '- China 23%',
      '- United States 17%',
      '- Rest of the world 39%',
      '',
      'Notes:',
      '',
      '- see [overlap notes](https://example.org/overlap-notes)',
      '',
    ].join('\n');
    assert.deepEqual(selective.check(text).diagnostics.map((d) => d.ruleId), ['breakdown-sum']);
    agree(text, 'list + link list');
  });

  it('the outlook opened with "> " (a counterexample once found by the random edits): the same coverage', () => {
    agree(`> ${texts[0]!.text}`, '> + outlook');
  });

  it('"[^[^x]: note" (a counterexample once found by the random edits): a label holds no bracket, so it is no definition', () => {
    const text = '# Notes\n\nA claim.[^a]\n\n[^[^x]: note\na]: The source.\n';
    agree(text, '[^[^x]: note');
    assert.deepEqual(selective.check(text).diagnostics.map((d) => d.ruleId), everything.check(text).diagnostics.map((d) => d.ruleId));
  });

  it('on random documents', () => {
    const pieces = [
      '# ', '## ', '\n', '\n\n', '\n\n', '- ', '1. ', '> ', '    ', '```\n', '`', '*', '_', '<!-- x -->', '<sup>2</sup>', '[^1]', '[^1]: ',
      '[the notes](https://example.org/overlap-notes)', '<https://example.org/a>', 'www.example.org', '[x][y]', '![i](u.png)', '|',
      '| Country | Share |\n| --- | ---: |\n| China | 23% |\n| Rest of the world | 39% |\n', 'breakdown by country:', 'shares overlap',
      'UTokyo', 'Tokyo–Yokohama', 'Stockholm University', 'grew from 287 papers in 2015 to 638 in 2024 (CAGR 8.3%)', '2,022 of 4,181 papers, or 46.4%',
      'ranked second in the 2025 GII', 'China 23%', 'United States 17%', 'the rest', 'words without numbers', ' ', '. ',
    ];
    const documents = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...pieces), weight: 8 }, { arbitrary: fc.string({ maxLength: 6 }), weight: 1 }), { maxLength: 50 }).map((p) => p.join(''));
    fc.assert(fc.property(documents, (text) => agree(text, JSON.stringify(text))), { numRuns: 600 });
  });
});

describe('a plain paragraph is known without parsing', () => {
  it('every chunk classed as a plain paragraph, heading, list, table, footnote definition or comment has exactly the facts its parse gives', async () => {
    const { buildDocument, isCommentBlock, isPlainFootnoteDefinition, isPlainHeading, isPlainList, isPlainParagraph, isPlainTable, splitChunks } = await import('factlint/internal/document');
    const raw = join(repoRoot, 'test/fixtures/raw');
    const documents = [...texts, ...readdirSync(raw).map((f) => ({ path: f, text: readFileSync(join(raw, f), 'utf8') }))];
    let plain = 0;
    let withMarkup = 0;
    let definitions = 0;
    let headings = 0;
    let lists = 0;
    let comments = 0;
    let tables = 0;
    for (const { path, text } of documents) {
      const parsed = buildDocument(text, undefined, { parseAll: true });
      const shortcut = buildDocument(text);
      for (const chunk of splitChunks(text)) {
        const chunkText = text.slice(chunk.start, chunk.end);
        const definition = isPlainFootnoteDefinition(chunkText);
        const heading = isPlainHeading(chunkText);
        const list = isPlainList(chunkText);
        const comment = isCommentBlock(chunkText);
        const table = isPlainTable(chunkText);
        if (comment) comments++;
        if (table) tables++;
        if (!isPlainParagraph(chunkText) && !definition && !heading && !list && !comment && !table) continue;
        if (definition) definitions++;
        else if (heading) headings++;
        else if (list) lists++;
        else plain++;
        if (/<sup>|\[\^/.test(chunkText)) withMarkup++;
        const inChunk = (blocks: typeof parsed.blocks) => blocks.filter((b) => b.start >= chunk.start && b.start < chunk.end).map((b) => ({ start: b.start, end: b.end, facts: b.record.facts }));
        assert.deepEqual(inChunk(shortcut.blocks), inChunk(parsed.blocks), `${path}@${chunk.start}`);
      }
    }
    assert.ok(plain > 100, `only ${plain} plain paragraphs found`);
    assert.ok(withMarkup > 20, `only ${withMarkup} plain paragraphs with citations or footnote calls found`);
    assert.ok(definitions > 10, `only ${definitions} plain footnote definitions found`);
    assert.ok(headings > 30, `only ${headings} plain headings found`);
    assert.ok(lists > 5, `only ${lists} plain lists found`);
    assert.ok(comments > 8, `only ${comments} comment blocks found`);
    assert.ok(tables > 5, `only ${tables} plain tables found`);
  });

  it('on random markup, every chunk, read directly or parsed on its own, has exactly the facts a parse of the whole gives', async () => {
    const { buildDocument, isCommentBlock, isPlainFootnoteDefinition, isPlainHeading, isPlainList, isPlainParagraph, isPlainTable, splitChunks } = await import('factlint/internal/document');
    const readers = [isCommentBlock, isPlainFootnoteDefinition, isPlainHeading, isPlainList, isPlainParagraph, isPlainTable];
    let read = 0;
    let parsedOnItsOwn = 0;
    let continuedItems = 0;
    const plain = ['word', 'Tokyo', ' ', ' ', ' ', '\n', '12', '3.4%', 'second', '.', ','];
    const markup = ['$', '$x$', '$(F/I)^{1/n} - 1$', '\\', '\\text', '\\$', '\\[', '\\<', '[', ']', '(', ')', '[1]', '[^a]', '[^a]:', ']:', '](x)', '![', '^', '<sup>1</sup>', '<sup>nd</sup>', '<sup>', '*', '**', '_', '~', '`', '|', '- ', '1. ', '# ', '<', '>', 'www.x.org', '@', ':', '[ ] ', '[x] ', '  \n', '\t', '* * *', ':-', '-', '=', '&amp;', '<!-- x -->', '    ', '> ', '\\\n', '<https://x.org/a_b?c=1>', '<http://a.b/c>.', '<mailto:a@b.c>', '<a@b.c>', '<x:y z>', '<https://x.org/[^a]>', '\n  ', '  \n  ', '\n   ', '\n- ', '\n2. '];
    const piece = fc.oneof({ arbitrary: fc.constantFrom(...plain), weight: 6 }, { arbitrary: fc.constantFrom(...markup), weight: 1 });
    const line = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
    const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
    const prefix = fc.constantFrom('', '', '- ', '1. ', '# ', '[^n]: ', '<sup>2</sup> ', '- <sup>3</sup> ', '- <https://a.b/c> ', '<https://a.b> ', '<div>', '<sup>\n', '| a | b |\n| --- | --- |\n| ', '    ', '> ', '<!-- c -->\n');
    const cell = fc.array(piece, { maxLength: 3 }).map((p) => p.join('').replace(/\n/g, ' '));
    const table = fc.integer({ min: 1, max: 3 }).chain((columns) =>
      fc
        .array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 4 })
        .map((rows) => rows.map((cells, r) => `| ${cells.join(' | ')} |` + (r === 0 ? `\n|${' --- |'.repeat(columns)}` : '')).join('\n')),
    );
    // A list whose items go on over lines indented to the item's text ("- first line  \n  next line"), mostly plain.
    const itemPiece = fc.oneof({ arbitrary: fc.constantFrom('word', 'Tokyo', '12', '3.4%', 'second', '*Scaling partnerships*', 'ranked.', 'and,'), weight: 12 }, { arbitrary: fc.constantFrom(...markup), weight: 1 });
    const itemLine = fc.tuple(fc.array(itemPiece, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '', '  ', ' ')).map(([p, end]) => p.join(' ') + end);
    const list = fc.constantFrom(['- ', '  '], ['* ', '  '], ['1. ', '   '], ['1) ', '   ']).chain(([marker, indent]) =>
      fc
        .array(fc.tuple(itemLine, fc.array(fc.tuple(fc.constantFrom(indent, indent, indent, ' ', '    ', ''), itemLine), { maxLength: 3 })), { minLength: 1, maxLength: 3 })
        .map((items) => items.map(([first, rest]) => [marker + first, ...rest.map(([pad, text]) => pad + text)].join('\n')).join('\n')),
    );
    const block = fc.oneof({ arbitrary: fc.tuple(prefix, paragraph).map(([p, body]) => p + body), weight: 4 }, { arbitrary: table, weight: 1 }, { arbitrary: list, weight: 3 });
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (blocks) => {
        const text = blocks.join('\n\n') + '\n';
        if (/\[(?!\^)[^\]\n]+\]:/.test(text)) return; // documents with reference definitions are parsed whole anyway
        const whole = buildDocument(text, undefined, { parseAll: true }); // every chunk needs a parse: one window, the whole text
        const shortcut = buildDocument(text);
        for (const chunk of splitChunks(text)) {
          const chunkText = text.slice(chunk.start, chunk.end);
          if (readers.some((isRead) => isRead(chunkText))) read++;
          if (isPlainList(chunkText) && /\n {2,3}\S/.test(chunkText.trimEnd())) continuedItems++;
          else parsedOnItsOwn++;
          const inChunk = (blocks: typeof whole.blocks) => blocks.filter((b) => b.start >= chunk.start && b.start < chunk.end).map((b) => ({ start: b.start, end: b.end, facts: b.record.facts }));
          assert.deepEqual(inChunk(shortcut.blocks), inChunk(whole.blocks), JSON.stringify(chunkText));
        }
      }),
      { numRuns: 3000 },
    );
    assert.ok(read > 1000, `only ${read} chunks were read directly`);
    assert.ok(parsedOnItsOwn > 1000, `only ${parsedOnItsOwn} chunks were parsed apart`);
    assert.ok(continuedItems > 20, `only ${continuedItems} lists with items continued on indented lines were read directly`);
  });
});
