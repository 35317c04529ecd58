// A table read as data (tables.ts, tableView) outside an edit's scope is the previous version's view placed on this
// version's segments (perf-key21): its cells, caption and the heading above it stand in the table's section, so they
// have the same content there, and the whole's token (a Total row's, the caption's, the heading's, the share header's)
// is the same token of the segment where it stands now. Each view after an edit must be what a fresh check reads.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, loadDataset, type CheckResult, type Engine } from 'factlint';
import { tableView } from '../../server/dist/engine/context/tables.js';
import { assertKeystrokes, replaceAt } from './across-versions-harness.js';

const FILLER = 'The section goes on in plain prose about the cluster, its universities, its firms and the people who move between them, with nothing to check.';

/** Four tables, each in its own section, whose wholes stand in a Total row, a caption, the share header and a heading. */
const DRAFT = `# Tables across versions

## Shares with a total row

${FILLER}

| Institution | Papers | Share |
| --- | ---: | ---: |
| UTokyo | 287 | 59.4% |
| Science Tokyo | 165 | 34.2% |
| Keio | 31 | 6.4% |
| Total | 483 | 100.0% |

UTokyo and Keio together wrote 318 of them.

## A total in the caption

${FILLER}

Partners of the University of Tokyo (Total Sweden-linked publications 2015–2024: 4,181)

| Partner | Papers | Share |
| --- | ---: | ---: |
| KTH | 1,200 | 28.7% |
| Karolinska | 900 | 21.5% |
| Lund | 700 | 16.7% |

## A whole in the header

${FILLER}

| Partner | Papers | Share of 4,181 |
| --- | ---: | ---: |
| KTH | 1,200 | 28.7% |
| Uppsala | 800 | 19.1% |

${FILLER}

## Partners of Keio (total publications: 2,000)

${FILLER}

Keio's partners in Sweden.

| Partner | Papers | Share |
| --- | ---: | ---: |
| KTH | 600 | 30.0% |
| Lund | 400 | 20.0% |
`;

let engine: Engine;
before(() => {
  engine = createEngine({ dataset: loadDataset([]).dataset });
});

type Doc = CheckResult['state']['doc'];

/** Every table's view, by the offsets and texts of what it holds (another version's segments are other objects). */
function views(doc: Doc): unknown[] {
  const at = (s: { index: number; start: number } | undefined) => s && [s.index, s.start];
  return doc.tables.map((table) => {
    const view = tableView(doc, table);
    assert.equal(view.table, table);
    for (const s of [...view.header, ...view.rows.flat(), ...(view.caption ? [view.caption] : [])]) assert.equal(s, doc.segments[s.index], 'a segment of this version');
    const { total, header, rows, caption, table: _table, ...columns } = view;
    return { header: header.map(at), rows: rows.map((row) => row.map(at)), caption: at(caption), ...columns, total: total && { where: total.where, start: total.token.start, text: total.token.text, own: doc.segments.some((s) => s.tokens.includes(total.token)) } };
  });
}

describe('table views kept across versions (perf-key21)', () => {
  it('reads a whole from a Total row, a caption, a share header and a heading', () => {
    const wholes = (views(engine.check(DRAFT).state.doc) as Array<{ total?: { where: string; text: string } }>).map((v) => v.total && `${v.total.where} ${v.total.text}`);
    assert.deepEqual(wholes, ['total row 483', 'caption 4,181', 'column header 4,181', 'caption 2,000']);
  });

  it('gives every table the view a fresh check reads, after edits before, between and inside the tables', () => {
    const places = [DRAFT.indexOf('# Tables') + 3, DRAFT.indexOf('UTokyo and Keio') + 6, DRAFT.indexOf('| Karolinska') + 4, DRAFT.indexOf("Keio's partners") + 2, DRAFT.length - 5, DRAFT.indexOf('(Total Sweden') + 3, DRAFT.indexOf('## Partners of Keio') + 3];
    for (const at of places) {
      for (const by of ['x', '', ' 12', '\n\n## New section\n\n']) {
        let previous = engine.check(DRAFT);
        views(previous.state.doc);
        const edited = by === '' ? replaceAt(DRAFT, at, 1, '') : replaceAt(DRAFT, at, 0, by);
        const incremental = engine.check(edited, { previous });
        assert.deepEqual(views(incremental.state.doc), views(engine.check(edited).state.doc), `${JSON.stringify(by)} at ${at}`);
        // And back, from the edited version's views.
        previous = incremental;
        assert.deepEqual(views(engine.check(DRAFT, { previous }).state.doc), views(engine.check(DRAFT).state.doc), `${JSON.stringify(by)} at ${at}, undone`);
      }
    }
  });

  it('gives the same results as a full check after random keystrokes', () => {
    assertKeystrokes(engine, DRAFT, ['x', '', '7', ' 12', '%', '|', 'Total ', '\n\n## New\n\n', ': 5,000'], 40);
  });
});
