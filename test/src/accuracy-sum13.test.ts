// Round 13, totals and shares (acc-sum13): readings that fix a class of misses seen in several authors' drafts.
// Made-up seed banks in real countries, sentences written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const banks = [
  { id: 'ayb', name: 'Arequipa Yam Bank', aliases: ['AYB'], country: 'Peru', seeds: 410, staff: 38 },
  { id: 'pgc', name: 'Puno Grain Collection', aliases: ['PGC'], country: 'Peru', seeds: 265, staff: 21 },
  { id: 'tsv', name: 'Temuco Seed Vault', aliases: ['TSV'], country: 'Chile', seeds: 530, staff: 44 },
  { id: 'cgr', name: 'Coyhaique Germplasm Reserve', aliases: ['CGR'], country: 'Chile', seeds: 120, staff: 12 },
  { id: 'lsa', name: 'La Paz Seed Archive', aliases: ['LSA'], country: 'Bolivia', seeds: 305, staff: 30 },
];
const engine = createEngine({
  dataset: datasetOf({
    'banks.json': {
      sources: [{ id: 'ag', title: 'Andean Genebank Returns', publisher: 'Made-up Genebank Office', year: 2026 }],
      entities: banks.map(({ id, name, aliases, country }) => ({ id, name, aliases, kind: 'research-institute', country })),
      metrics: [{ id: 'accessions', label: 'New seed accessions', unit: 'count', phrases: ['seed accessions', 'accessions'] }],
      observations: banks.map((b) => ({ entity: b.id, metric: 'accessions', year: 2025, value: b.seeds, source: 'ag' })),
    },
  }),
});
const seen = (text: string, rules = ['total', 'share']) => seenFindings(engine, text, new Set(rules)).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion ?? null]);
const verified = (text: string) => (engine.check(text).state.verified ?? []).map((v) => text.slice(v.range.start, v.range.end));

describe('a group named by its country’s adjective is every entity of that country', () => {
  it('sums the members of the country the adjective names ("the two Chilean banks")', () => {
    assert.deepEqual(seen('In 2025 the two Chilean institutes logged 560 seed accessions.\n'), [['total', '560', '650']]);
    assert.deepEqual(seen('The two Peruvian institutes logged 765 seed accessions in 2025.\n'), [['total', '765', '675']]);
  });

  it('reads a right total as verified', () => {
    const text = 'In 2025 the two Chilean institutes logged 650 seed accessions.\n';
    assert.deepEqual(seen(text), []);
    assert.ok(verified(text).includes('650'));
  });

  it('stays silent when the size does not match the entities of that country, or the adjective names no dataset country', () => {
    assert.deepEqual(seen('In 2025 the three Chilean institutes logged 560 seed accessions.\n'), []);
    assert.deepEqual(seen('In 2025 the two Bolivian institutes logged 560 seed accessions.\n'), []);
    assert.deepEqual(seen('In 2025 the two Brazilian institutes logged 560 seed accessions.\n'), []);
    assert.deepEqual(seen('In 2025 the two southern institutes logged 560 seed accessions.\n'), []);
  });
});

describe('a hedged total is as rough as the figure shows', () => {
  it('holds a hedged total written to the unit to its last digit ("some 605 in all")', () => {
    assert.deepEqual(seen('The archive swapped samples with 312 domestic and 97 foreign partners, some 419 partners in all.\n'), [['total', '419', '409']]);
  });

  it('keeps the rough room for a rounded figure or rough parts', () => {
    assert.deepEqual(seen('The archive swapped samples with 312 domestic and 97 foreign partners, some 400 partners in all.\n'), []);
    assert.deepEqual(seen('The archive swapped samples with about 312 domestic and some 97 foreign partners, roughly 419 partners in all.\n'), []);
  });
});

describe('a note that the figures are sums of counts, overlap and all', () => {
  const said = (total: string, note: string) => `Over the decade the two Peruvian banks catalogued ${total} samples between them: 4,120 at AYB and 2,605 at PGC. ${note}\n`;
  it('lets the sum be checked when the note says the figure is a sum of the counts', () => {
    assert.deepEqual(seen(said('6,752', '(These are sums of institutional counts; a sample shared by both banks is counted twice.)')), [['total', '6,752', '6,725']]);
  });

  it('stays silent when the note says only that the parts overlap', () => {
    assert.deepEqual(seen(said('6,752', '(A sample shared by both banks is counted twice.)')), []);
  });
});

describe('a member’s share of a whole written out, its part the member’s own dataset fact', () => {
  // The five banks logged 1,630 accessions in 2025; TSV 530 of them (32.5%).
  it('reads "Of those 1,630, TSV alone accounts for …" with the whole given in the sentence before', () => {
    assert.deepEqual(seen('The five banks took in 1,580 seed accessions in 2024 and 1,630 in 2025.\n\nOf those 1,630, TSV alone accounts for 42.5%.\n'), [['share', '42.5%', '32.5%']]);
    assert.deepEqual(seen('The five banks took in 1,580 seed accessions in 2024 and 1,630 in 2025.\n\nOf those 1,630, TSV alone accounts for 32.5%.\n'), []);
  });

  it('reads a share in words against the member’s fact, without a fix', () => {
    const found = seenFindings(engine, 'The five banks took in 1,630 seed accessions in 2025. Of those 1,630, TSV alone accounts for one in two.\n', new Set(['share']));
    assert.deepEqual(found.map((f) => [f.stated, f.fix ?? null]), [['one in two', null]]);
    assert.deepEqual(seen('The five banks took in 1,630 seed accessions in 2025. Of those 1,630, TSV alone accounts for three in ten.\n'), []);
  });

  it('reads "X’s slice of those N", "of which X accounted for", "of them" after the whole', () => {
    assert.deepEqual(seen('In 2025 AYB took 25.2% of the regional total, while TSV’s slice of those 1,630 accessions was 38.5%.\n').filter(([, stated]) => stated === '38.5%'), [['share', '38.5%', '32.5%']]);
    assert.deepEqual(seen('The five banks took in 1,630 seed accessions in 2025, of which TSV accounted for 38.5%.\n'), [['share', '38.5%', '32.5%']]);
    assert.deepEqual(seen('The five banks took in 1,630 seed accessions in 2025; TSV took 38.5% of them.\n'), [['share', '38.5%', '32.5%']]);
  });

  it('stays silent when the subject is two members, states its own figure, or the time or measure is not one', () => {
    assert.deepEqual(seen('The five banks took in 1,630 seed accessions in 2025, of which TSV and AYB accounted for 38.5%.\n'), []);
    assert.deepEqual(seen('The five banks took in 1,630 seed accessions over 2024 and 2025, of which TSV accounted for 38.5%.\n'), []);
    assert.deepEqual(seen('The five banks held 1,700 samples in 2025, of which TSV accounted for 38.5%.\n'), []);
  });
});

describe('a whole count opening the percent’s clause after a semicolon or colon', () => {
  const gran = (text: string) => seen(text, ['granularity']).map(([rule, stated]) => [rule, stated]);
  it('checks "…; of the eleven, 40% …" and "…: of the bank’s 12 new curators, 45% …"', () => {
    assert.deepEqual(gran('Five banks hold wild relatives; of the eleven, 40% now store them frozen.\n'), [['granularity', '40%']]);
    assert.deepEqual(gran('The training class shows the change: of the bank’s 12 new curators in 2025, 45% came from farming families.\n'), [['granularity', '45%']]);
  });

  it('stays silent when the percent is possible of that whole', () => {
    assert.deepEqual(gran('Five banks hold wild relatives; of the eleven, 45% now store them frozen.\n'), []);
    assert.deepEqual(gran('The training class shows the change: of the bank’s 12 new curators in 2025, 42% came from farming families.\n'), []);
  });
});

describe('members named with "between them" and a level at the end of a year', () => {
  it('sums the members’ facts for "… between them at the end of 2025"', () => {
    assert.deepEqual(seen('The two largest vaults, TSV and AYB, held 1,040 seed accessions between them at the end of 2025.\n'), [['total', '1,040', '940']]);
    assert.deepEqual(seen('The two largest vaults, TSV and AYB, held 940 seed accessions between them at the end of 2025.\n'), []);
  });
});

describe('"of the regional total" with no group named before it in its section', () => {
  const doc = (share: string, intro = 'The five seed institutes report to the regional office every spring.') => `# Genebanks\n\n${intro}\n\n## Accessions\n\nTSV, the largest vault, remains the leader: its 530 seed accessions in 2025 were ${share} of the regional total.\n`;
  it('divides by the sum over every entity the dataset holds, when the document names a group of that size', () => {
    assert.deepEqual(seen(doc('38.5%')).map(([rule, stated]) => [rule, stated]), [['share', '38.5%']]);
    assert.deepEqual(seen(doc('32.5%')), []);
  });

  it('stays silent when the document names no group of the dataset’s size', () => {
    assert.deepEqual(seen(doc('38.5%', 'The banks report to the regional office every spring.')), []);
    assert.deepEqual(seen(doc('38.5%', 'The six seed institutes report to the regional office every spring.')), []);
  });
});

describe('a total stated in the prose right above a table of its parts', () => {
  const table = (total: string, last = 'Total', lastValue = '58.2') =>
    `## Spending\n\nTable 2 sets out the 2025 spending of the three vaults, which together came to USD ${total} million.\n\n**Table 2: Spending by vault, 2025 (USD million)**\n\n| Vault | Spending | Share of spending (%) |\n| --- | ---: | ---: |\n| TSV | 31.4 | 54.0 |\n| AYB | 18.9 | 32.5 |\n| CGR | 7.9 | 13.6 |\n| ${last} | ${lastValue} | 100.0 |\n`;
  it('checks it against the rows of the one column of amounts, as a suggestion', () => {
    assert.deepEqual(seen(table('63.2')), [['total', 'USD 63.2 million', 'USD 58.2 million']]);
    assert.deepEqual(seen(table('58.2')), []);
    assert.deepEqual(seen(table('63.2', 'All three')), [['total', 'USD 63.2 million', 'USD 58.2 million']]);
  });

  it('stays silent when the last row is a selection or does not hold the rows’ sum', () => {
    assert.deepEqual(seen(table('63.2', 'Three shown')), []);
    assert.deepEqual(seen(table('63.2', 'Total', '60.2')).filter(([, stated]) => stated === 'USD 63.2 million'), []);
  });
});
