// False readings and misses of round 24's dev drafts, fixed by their structure and written here on made-up harbours
// rather than copied from the corpus: a table whose plain "Rank" column orders its own rows while a ranking's places
// stand in a column of their own, and a Total row labelled in the second column under a leading "Rank" column.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings, places } from './helpers.js';

const harbours = createEngine({
  dataset: datasetOf({
    'harbours.json': {
      sources: [{ id: 'hsi', title: 'Harbour Safety Index, all editions', publisher: 'Made-up Harbour Board', year: 2025 }],
      entities: [
        { id: 'lkp', name: 'Lakeport Harbour Institute', aliases: ['Lakeport', 'LKP'], kind: 'research-institute', country: 'Norway' },
        { id: 'brv', name: 'Brevik Harbour Institute', aliases: ['Brevik', 'BRV'], kind: 'research-institute', country: 'Norway' },
        { id: 'skn', name: 'Skien Harbour Institute', aliases: ['Skien', 'SKN'], kind: 'research-institute', country: 'Norway' },
      ],
      metrics: [{ id: 'papers', label: 'Peer-reviewed papers', unit: 'count', phrases: ['papers'] }],
      observations: [],
      rankings: [
        {
          id: 'hsi',
          label: 'Harbour Safety Index',
          phrases: ['Harbour Safety Index', 'HSI'],
          editions: [{ year: 2025, method: 'standard', source: 'hsi', ranks: places(['skn', 'brv', 'lkp']) }],
        },
      ],
    },
  }),
});
const seen = (text: string, rules: string[]) => seenFindings(harbours, text, new Set(rules)).map((f) => [f.rule, f.stated]);
const table = (header: string, ...rows: string[]): string =>
  [`| ${header} |`, `| ${header.split('|').map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r} |`)].join('\n') + '\n';

describe('a plain Rank column beside a column of a ranking’s places', () => {
  const rows = ['1 | Lakeport | 520 | 3rd', '2 | Brevik | 487 | 2nd', '3 | Skien | 364 | 1st'];
  it('orders the table by its own measure and is not checked against the ranking', () => {
    assert.deepEqual(seen(table('Rank | Institute | Papers 2025 | HSI 2025', ...rows), ['rank']), []);
  });
  it('leaves the ranking’s own column checked', () => {
    assert.deepEqual(seen(table('Rank | Institute | Papers 2025 | HSI 2025', ...rows.slice(0, 2), '3 | Skien | 364 | 2nd'), ['rank']), [['rank', '2nd']]);
  });
  it('is the ranking’s when no other column holds its places', () => {
    assert.deepEqual(seen(table('HSI rank 2025 | Institute | Papers 2025', '1 | Lakeport | 520', '2 | Brevik | 487', '3 | Skien | 364'), ['rank']).length > 0, true);
  });
});

describe('a Total row labelled in the second column under a leading Rank column', () => {
  it('sums the columns above it', () => {
    const text = table('Rank | Institute | Papers 2015 | Papers 2025', '1 | Lakeport | 311 | 520', '2 | Brevik | 247 | 487', '3 | Skien | 176 | 364', ' | **Total** | **694** | **1,371**');
    assert.deepEqual(seen(text, ['total']), [['total', '694']]);
  });
});
