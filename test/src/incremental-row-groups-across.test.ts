// A table's row groups (row-groups.ts, the sums and shares of rows the prose after a table names) outside an edit's
// scope are the previous version's, moved (perf-key26): the table and the REACH segments after it, where its groups
// are read, must all lie outside the scope, even when those segments are in the next section. Each version's groups
// after an edit must be what a fresh check reads, and so must the findings.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, loadDataset, type CheckResult, type Engine } from 'factlint';
import { rowGroups } from '../../server/dist/engine/context/row-groups.js';
import { assertKeystrokes, assertSame, replaceAt } from './across-versions-harness.js';

const FILLER = 'The section goes on in plain prose about the cluster, its universities, its firms and the people who move between them, with nothing to check.';

/**
 * A table with a group named in its own section and one in the next section (within reach, under another heading),
 * and a table far after it whose group is named in its own section. "togethe" is one keystroke from naming a group:
 * the first table's groups before it hold nothing of the next section, so they could be moved as they are.
 */
const DRAFT = `# Row groups across versions

## Papers by partner

${FILLER}

| Partner | Papers in 2024 |
| --- | ---: |
| KTH | 1,200 |
| Karolinska | 900 |
| Lund | 700 |
| Total | 2,800 |

Karolinska and Lund together wrote 1,500 papers.

## What the partners wrote

${FILLER}

In 2024 KTH and Lund togethe wrote 1,800 papers, 67.9% of the total.

${`${FILLER}\n\n`.repeat(14)}## Days at sea

| Vessel | Days |
| --- | ---: |
| NIMR | 709 |
| KCOD | 562 |
| Other | 1,637 |
| Total | 2,908 |

NIMR and KCOD together logged 1,281 days, 43.7% of the total.
`;

let engine: Engine;
before(() => {
  engine = createEngine({ dataset: loadDataset([]).dataset });
});

/** Every row group by the offsets and texts of its figures, each a token of this version's segments. */
function groups(result: CheckResult): unknown[] {
  const doc = result.state.doc;
  const own = (t: { start: number; text: string }) => {
    assert.ok(doc.segments.some((s) => s.tokens.includes(t as never)), `${t.text} is a token of this version`);
    return [t.start, t.text];
  };
  return rowGroups(doc).map((g) => ({ parts: g.parts.map(own), stated: g.stated && own(g.stated), share: g.share && [own(g.share.stated), own(g.share.whole)] }));
}

/** Checks `edited` from `previous` and afresh: the same groups and the same findings. */
function assertSameGroups(previous: CheckResult, edited: string, label: string): CheckResult {
  groups(previous);
  const incremental = assertSame(engine, previous, edited, label);
  assert.deepEqual(groups(incremental), groups(engine.check(edited)), label);
  return incremental;
}

describe('row groups kept across versions (perf-key26)', () => {
  it('reads the groups of both tables, one named in the next section', () => {
    const found = groups(engine.check(DRAFT)) as Array<{ parts: Array<[number, string]> }>;
    assert.deepEqual(found.map((g) => g.parts.map(([, text]) => text).join(' + ')), ['900 + 700', '709 + 562']);
    const named = groups(engine.check(DRAFT.replace('togethe ', 'together '))) as Array<{ parts: Array<[number, string]> }>;
    assert.deepEqual(named.map((g) => g.parts.map(([, text]) => text).join(' + ')), ['900 + 700', '1,200 + 700', '709 + 562']);
  });

  it('reads a group named, or unnamed, by one keystroke in the next section', () => {
    const at = DRAFT.indexOf('togethe ') + 'togethe'.length;
    const named = replaceAt(DRAFT, at, 0, 'r');
    const result = assertSameGroups(engine.check(DRAFT), named, 'typed the r of "together"');
    assertSameGroups(result, DRAFT, 'and deleted it');
    // The group's sum and share typed over, the group kept in the text.
    const sum = named.indexOf('1,800') + 1;
    assertSameGroups(engine.check(named), replaceAt(named, sum, 1, '9'), 'the sum mended');
    assertSameGroups(engine.check(named), replaceAt(named, named.indexOf('67.9%') + 1, 1, '8'), 'the share changed');
  });

  it('gives the groups a fresh check reads after edits before, inside and after the tables', () => {
    const places = [DRAFT.indexOf('# Row groups') + 3, DRAFT.indexOf('| Karolinska') + 4, DRAFT.indexOf('| 1,200') + 3, DRAFT.indexOf('## What the') + 3, DRAFT.indexOf('## Days at sea') - 20, DRAFT.indexOf('| KCOD') + 3, DRAFT.indexOf('NIMR and KCOD') + 2, DRAFT.length - 5];
    for (const at of places) {
      for (const by of ['x', '', ' 12', '\n\n## New section\n\n', '\n\n| A | 1 |\n| --- | ---: |\n| B | 2 |\n\n']) {
        const edited = by === '' ? replaceAt(DRAFT, at, 1, '') : replaceAt(DRAFT, at, 0, by);
        const incremental = assertSameGroups(engine.check(DRAFT), edited, `${JSON.stringify(by)} at ${at}`);
        assertSameGroups(incremental, DRAFT, `${JSON.stringify(by)} at ${at}, undone`);
      }
    }
  });

  it('gives the same results as a full check after random keystrokes', () => {
    assertKeystrokes(engine, DRAFT, ['x', '', 'r', '7', ' 12', '%', '|', ' together', '\n\n## New\n\n', 'Total '], 40);
  });
});
