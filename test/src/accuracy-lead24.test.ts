// False readings and misses of round 24's dev drafts, fixed by their structure and written here on made-up harbours
// rather than copied from the corpus: a table whose plain "Rank" column orders its own rows while a ranking's places
// stand in a column of their own, and a Total row labelled in the second column under a leading "Rank" column.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings, places, table } from './helpers.js';

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

describe('a share in another clause that names its own whole', () => {
  it('is not the pair’s share ("… on 1,217 of its 1,773 papers, and Norway accounts for 9.6% of the institute’s co-authorship")', () => {
    const text = 'Brevik is on 1,217 of Lakeport’s 1,773 joint papers, and Norway accounts for 9.6% of the institute’s international co-authorship.\n';
    assert.deepEqual(seen(text, ['share']), []);
  });
  it('is still checked when it is the pair’s own', () => {
    assert.deepEqual(seen('Brevik is on 1,217 of Lakeport’s 1,773 joint papers, or 9.6% of them.\n', ['share']), [['share', '9.6%']]);
  });
});

describe('a combined change after a paragraph on each member', () => {
  const before = 'Lakeport’s joint papers went from 287 in 2015 to 638 in 2024.\n\nBrevik: 165 → 201. Skien: 21 → 63.\n\n';
  it('reads the paragraphs back until they hold as many members as the group names', () => {
    assert.deepEqual(seen(`${before}Together the three went from 473 in 2015 to 839 in 2024.\n`, ['total']), [['total', '839']]);
  });
  it('says nothing when the run of paragraphs holds fewer members than named', () => {
    assert.deepEqual(seen(`${before}Together the four went from 473 in 2015 to 839 in 2024.\n`, ['total']), []);
  });
});

describe('endpoints of a change on one footing', () => {
  it('puts a figure with decimals in the scale of the other ("from 1,523.5 to 2,040.1 million")', () => {
    assert.deepEqual(seen('Water produced grew from 1,523.5 in 2016 to 2,040.1 million in 2025, a compound annual growth rate of 3.3%.\n', ['cagr']), []);
    assert.deepEqual(seen('Water produced grew from 1,523.5 in 2016 to 2,040.1 million in 2025, a compound annual growth rate of 4.3%.\n', ['cagr']), [['cagr', '4.3%']]);
  });
});

describe('a Total row that the share column bears out', () => {
  it('is not reported when one count, with the gap added, fits its own share: that count is the slip', () => {
    const text = table('Institute | Investment (EUR million) | Share (%)', 'Lakeport | 933.4 | 29.7', 'Brevik | 799.9 | 22.1', 'Skien | 757.7 | 20.9', 'Others | 986.5 | 27.3', '**Total** | **3,619.8** | **100.0**');
    assert.deepEqual(seen(text, ['total', 'share']), []);
  });
});

describe('a list of labelled parts that opens its sentence and closes with its total', () => {
  it('may open with the period it covers and give each part a unit of two words', () => {
    const text = 'Over the decade as a whole Lakeport recorded 4,181 joint publications, Brevik 1,773 and Skien 428, together 5,954 publications.\n';
    assert.deepEqual(seen(text, ['total']), [['total', '5,954']]);
    assert.deepEqual(seen(text.replace('5,954', '6,382'), ['total']), []);
  });
});

describe('a change named after its value, then a clause', () => {
  it('is read before "as", "when", "after" or "in one year"', () => {
    for (const tail of ['as port calls stopped', 'when the crews left', 'in one year']) {
      assert.deepEqual(seen(`Ship days fell from 2,829 to 1,816, a 55.8% drop ${tail}.\n`, ['percent-change']), [['percent-change', '55.8%']], tail);
    }
  });
  it('is not read before a noun it measures, nor "as a share"', () => {
    assert.deepEqual(seen('Ship days fell from 2,829 to 1,816, a 55.8% drop in fees.\n', ['percent-change']), []);
    assert.deepEqual(seen('Ship days fell from 2,829 to 1,816, a 55.8% drop as a share of the fleet’s time.\n', ['percent-change']), []);
  });
});

describe('a column of percent changes beside two pairs of year columns, one of them places', () => {
  const rows = ['Lakeport | 1,480 | 2,192 | +32.5% | 3rd | 3rd', 'Brevik | 910 | 2,267 | +149.1% | 1st | 2nd', 'Skien | 640 | 979 | +53.0% | 2nd | 1st'];
  it('takes its endpoints from the pair of quantities', () => {
    assert.deepEqual(seen(table('Institute | Calls 2015 | Calls 2024 | Change | HSI 2017 | HSI 2024', ...rows), ['percent-change']), [['percent-change', '+32.5%']]);
  });
  it('takes none when the changes are plain figures, which may count places', () => {
    const plain = rows.map((r) => r.replace(/\+([\d.]+)%/, (_, n) => `+${Math.round(Number(n))}`));
    assert.deepEqual(seen(table('Institute | Calls 2015 | Calls 2024 | Change | HSI 2017 | HSI 2024', ...plain), ['percent-change']), []);
  });
});
