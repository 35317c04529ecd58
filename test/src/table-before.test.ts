// lastTableBefore (context/table-before.ts, perf-key27): the table a paragraph's share may be of, found by bisection,
// must be the one the walk over every table found: the latest before the paragraph whose first cell has the paragraph's
// heading (none when the latest table before it lies in another section).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, loadDataset } from 'factlint';
import type { AnalysedDocument, AnalysedSegment, AnalysedTable } from '../../server/dist/engine/analysis.js';
import { lastTableBefore } from '../../server/dist/engine/context/table-before.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The walk lastTableBefore replaced (share-table-total-rows.ts before perf-key27). */
function walked(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedTable | undefined {
  let best: AnalysedTable | undefined;
  let bestIndex = -1;
  for (const table of doc.tables) {
    const last = table.cells[table.cells.length - 1]?.at(-1);
    const first = table.cells[0]?.[0];
    if (last === undefined || first === undefined || last >= segment.index) continue;
    if (doc.segments[first]!.heading !== segment.heading || last <= bestIndex) continue;
    best = table;
    bestIndex = last;
  }
  return best;
}

function bisected(doc: AnalysedDocument, segment: AnalysedSegment): AnalysedTable | undefined {
  const before = lastTableBefore(doc, segment.index);
  return before && doc.segments[before.first]!.heading === segment.heading ? before.table : undefined;
}

const TABLE = (n: number) => `| Site | ${n} |\n| --- | ---: |\n| A | ${n + 1} |\n| Total | ${n + 2} |\n`;
const SECTIONS = `Before any heading.\n\n${TABLE(1)}\nAfter the first table, 40% of it.\n\n# One\n\nNo table yet.\n\n## One.one\n\n${TABLE(10)}\n${TABLE(20)}\nAfter two tables.\n\n- a list item\n\n### Deeper\n\nUnder a deeper heading, after the tables of the section above.\n\n## One.two\n\n> ${TABLE(30).replace(/\n/g, '\n> ')}\nAfter a quoted table.\n\n# Two\n\n- ${TABLE(40).replace(/\n/g, '\n  ')}\nAfter a table in a list item.\n`;

describe('the last table before a paragraph (perf-key27)', () => {
  const engine = createEngine({ dataset: loadDataset([]).dataset });
  const drafts = [SECTIONS, readFileSync(join(repoRoot, 'samples/outlook-issue-7.md'), 'utf8'), ...readdirSync(join(repoRoot, 'samples/drafts')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(repoRoot, 'samples/drafts', f), 'utf8'))];

  it('is the table the walk over every table finds, for every segment but a heading of each draft', () => {
    let found = 0;
    for (const text of drafts) {
      const doc = engine.check(text).state.doc;
      // A heading's `heading` is the section it opens under, not the heading above it: tableAbove reads paragraphs only.
      for (const segment of doc.segments.filter((s) => s.kind !== 'heading')) {
        const table = walked(doc, segment);
        assert.equal(bisected(doc, segment), table, `segment ${segment.index}: ${segment.text.slice(0, 40)}`);
        if (table) found++;
      }
    }
    assert.ok(found > 20, `tables found before ${found} segments`);
  });

  it('finds none in a section after the table’s, and the nearer of two tables in the same one', () => {
    const doc = engine.check(SECTIONS).state.doc;
    const at = (words: string) => doc.segments.find((s) => s.text.startsWith(words))!;
    assert.equal(bisected(doc, at('After the first table')), doc.tables[0]);
    assert.equal(bisected(doc, at('No table yet')), undefined);
    assert.equal(bisected(doc, at('After two tables')), doc.tables[2]);
    assert.equal(bisected(doc, at('Under a deeper heading')), undefined);
    assert.equal(bisected(doc, at('After a quoted table')), doc.tables[3]);
    assert.equal(bisected(doc, at('After a table in a list item')), doc.tables[4]);
  });
});
