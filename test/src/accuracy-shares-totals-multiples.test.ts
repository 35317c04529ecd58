// Shares, totals and multiples (acc-share23): readings for misses that several authors' dev drafts share — a multiple
// qualified "nearly" or "roughly" judged by what the words allow, a group total whose measure its paragraph names, a
// group named by its country's adjective and a describing word, a share whose subject is the document's one member.
// Made-up beekeeping stations in real countries, sentences written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const stations = [
  { id: 'hars', name: 'Halden Apiary Research Station', aliases: ['HARS'], country: 'Norway', hives: 436, grants: 5.2 },
  { id: 'mpi', name: 'Molde Pollination Institute', aliases: ['MPI'], country: 'Norway', hives: 388, grants: 4.1 },
  { id: 'kbi', name: 'Kutna Bee Institute', aliases: ['KBI'], country: 'Czechia', hives: 210, grants: 3.7 },
];
const engine = createEngine({
  dataset: datasetOf({
    'stations.json': {
      sources: [{ id: 'abr', title: 'Apiary Bench Returns', publisher: 'Made-up Apiculture Board', year: 2026 }],
      entities: stations.map(({ id, name, aliases, country }) => ({ id, name, aliases, kind: 'research-institute', country })),
      metrics: [
        { id: 'hives', label: 'Managed hives', unit: 'count', phrases: ['managed hives', 'hives'] },
        { id: 'grants', label: 'Grant income', unit: 'currency', currency: 'USD', scale: 'million', phrases: ['grant income', 'grants'] },
        { id: 'score', label: 'Apiary index composite score', unit: 'score', phrases: ['composite score'] },
      ],
      observations: stations.flatMap((s) => [
        { entity: s.id, metric: 'hives', year: 2025, value: s.hives, source: 'abr' },
        { entity: s.id, metric: 'grants', year: 2025, value: s.grants, source: 'abr' },
      ]).concat([
        { entity: 'hars', metric: 'score', year: 2022, value: 81.9, source: 'abr' },
        { entity: 'hars', metric: 'score', year: 2025, value: 87.1, source: 'abr' },
      ]),
    },
  }),
});
const seen = (text: string, rules: string[]) => seenFindings(engine, text, new Set(rules)).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion ?? null]);
const verified = (text: string) => (engine.check(text).state.verified ?? []).map((v) => text.slice(v.range.start, v.range.end));

describe('a multiple qualified "nearly" or "roughly"', () => {
  it('reports "nearly doubled" more than a tenth short of the factor', () => {
    assert.deepEqual(seen('The station’s hive count rose from 210 in 2016 to 360 in 2025, so it nearly doubled.\n', ['percent-change']).map(([rule, stated]) => [rule, stated]), [['percent-change', 'nearly doubled']]);
  });

  it('reports "roughly quadrupled" for a ratio that rounds to three and is more than a tenth off', () => {
    assert.deepEqual(seen('Hives went from 100 in 2016 to 347 in 2025, so the count roughly quadrupled.\n', ['percent-change']).map(([rule, stated]) => [rule, stated]), [['percent-change', 'roughly quadrupled']]);
  });

  it('stays silent on a ratio just short of the factor, one that rounds to it, or a doubling within 15%', () => {
    for (const text of [
      'The station’s hive count rose from 210 in 2016 to 400 in 2025, so it nearly doubled.\n',
      'Hives went from 100 in 2016 to 372 in 2025, so the count roughly quadrupled.\n',
      'Hives went from 100 in 2016 to 180 in 2025, so the count doubled.\n',
    ]) {
      assert.deepEqual(seen(text, ['percent-change']), [], text);
    }
  });

  it('compares a multiple with the sentence’s subject, not with the base of a change before it', () => {
    const text = 'We spent USD 33.9 million on hives in 2025, up 7% on the USD 31.6 million of 2024, and nearly double the USD 18.2 million of 2016.\n';
    assert.deepEqual(seen(text, ['percent-change']), []);
  });

  it('reads "since YEAR, when it was USD X" against the sum of money of the sentence before', () => {
    const wrong = 'Grant income reached USD 18.4 million in 2025. It has roughly quadrupled since 2016, when it was USD 5.3 million.\n';
    assert.deepEqual(seen(wrong, ['percent-change']).map(([rule, stated]) => [rule, stated]), [['percent-change', 'roughly quadrupled']]);
    const right = 'Grant income reached USD 18.4 million in 2025. It has roughly quadrupled since 2016, when it was USD 4.7 million.\n';
    assert.deepEqual(seen(right, ['percent-change']), []);
    assert.ok(verified(right).includes('roughly quadrupled'));
    // Another currency is another measure: nothing read.
    const other = 'Grant income reached USD 18.4 million in 2025. It has roughly quadrupled since 2016, when it was EUR 5.3 million.\n';
    assert.deepEqual(seen(other, ['percent-change']), []);
    assert.ok(!verified(other).includes('roughly quadrupled'));
  });
});

describe('a group total whose sentence names no measure', () => {
  it('takes the one measure its paragraph named before, as a suggestion', () => {
    const text = 'Grant income has kept rising. HARS received USD 5.2 million in 2025. Together the two Norwegian stations received USD 8.3 million in 2025.\n';
    assert.deepEqual(seen(text, ['total']), [['total', 'USD 8.3 million', 'USD 9.3 million']]);
  });

  it('stays silent without the figure’s own year, and when the paragraph names two measures and the verb names none', () => {
    for (const text of [
      'Grant income has kept rising. In 2025 HARS received USD 5.2 million. Together the two Norwegian stations received USD 8.3 million.\n',
      'Grant income rose and managed hives grew. Together the two Norwegian stations reported USD 8.3 million in 2025.\n',
    ]) {
      assert.deepEqual(seen(text, ['total']), [], text);
    }
  });

  it('takes the one measure of money granted after "received", whatever else the paragraph names (a suggestion)', () => {
    const text = 'Grant income rose and managed hives grew. Together the two Norwegian stations received USD 8.3 million in 2025.\n';
    assert.deepEqual(seen(text, ['total']), [['total', 'USD 8.3 million', 'USD 9.3 million']]);
  });
});

describe('a group named by its country’s adjective and a describing word', () => {
  it('sums the members of that country ("the two Norwegian apiary stations")', () => {
    assert.deepEqual(seen('The two Norwegian apiary stations together managed 724 hives in 2025.\n', ['total']), [['total', '724', '824']]);
    assert.deepEqual(seen('The one Czech research station managed 210 hives in 2025.\n', ['total']), []);
  });

  it('stays silent on two adjectives joined, or a word that is not a description', () => {
    for (const text of ['The two Norwegian and Czech stations together managed 724 hives in 2025.\n', 'The two former Norwegian stations together managed 724 hives in 2025.\n']) {
      assert.deepEqual(seen(text, ['total']), [], text);
    }
  });
});

describe('a share whose subject refers back to the document’s one member', () => {
  it('takes the member the title names when the paragraph names none, as a suggestion', () => {
    const text = '# Key figures 2026: the Halden Apiary Research Station\n\n## Money\n\nGrants keep growing.\nIn 2025 the station received 45.1% of all grant income paid to the three stations.\n';
    assert.deepEqual(seen(text, ['share']), [['share', '45.1%', '40.0%']]);
    assert.deepEqual(seen(text.replace('45.1%', '40.0%'), ['share']), []);
  });

  it('takes the paragraph’s own member over the title’s, and reads nothing when the title names two', () => {
    const paragraph = '# Key figures 2026: the Halden Apiary Research Station\n\n## Money\n\nMPI grew fastest.\nIn 2025 the station received 32.0% of all grant income paid to the three stations.\n';
    // MPI's 4.1 of 13.0 is 31.5%: read as MPI's share, it holds (HARS's would be 40.0%).
    assert.deepEqual(seen(paragraph, ['share']), []);
    assert.ok(verified(paragraph).includes('32.0%'));
    const two = '# HARS and MPI in 2026\n\n## Money\n\nGrants keep growing.\nIn 2025 the station received 45.1% of all grant income paid to the three stations.\n';
    assert.deepEqual(seen(two, ['share']), []);
  });
});

describe('a change whose sentence opens with "Its"', () => {
  it('speaks of the member the last naming sentence of its paragraph names, past a sentence that names none', () => {
    const text = 'HARS has led the apiary index since 2022. The climb was steady: the station ranked fifth in 2020. Its composite score reached 87.1 in 2025, 3.7 points higher than in 2022.\n';
    assert.deepEqual(seen(text, ['percent-change']), [['percent-change', '3.7', '5.2']]);
    assert.deepEqual(seen(text.replace('3.7 points', '5.2 points'), ['percent-change']), []);
  });

  it('reads nothing when that sentence names two members', () => {
    const text = 'HARS and MPI have led the apiary index since 2022. The climb was steady. Its composite score reached 87.1 in 2025, 3.7 points higher than in 2022.\n';
    assert.deepEqual(seen(text, ['percent-change']), []);
  });
});

describe('a table of shares that partitions its whole', () => {
  const table = (rows: string, total = '') => `| Cost line | Share of the station's 2024 spending |\n| --- | ---: |\n${rows}${total}\n`;
  const rows = '| Beekeepers | 41.0% |\n| Feed and sugar | 18.5% |\n| Queens and packages | 22.0% |\n| Vehicles and other | 23.5% |\n';

  it('reads a last row "… and other" as the rest of the whole', () => {
    assert.deepEqual(seen(table(rows), ['breakdown-sum']).map(([rule, stated]) => [rule, stated]), [['breakdown-sum', 'Share of the station\'s 2024 spending']]);
    assert.deepEqual(seen(table(rows.replace('23.5%', '18.5%')), ['breakdown-sum']), []);
  });

  it('reads a Total row of 100% as the claim that the rows partition it', () => {
    const plain = '| Beekeepers | 41.0% |\n| Feed and sugar | 18.5% |\n| Queens and packages | 22.0% |\n| Vehicles | 23.5% |\n';
    assert.deepEqual(seen(table(plain, '| **Total** | **100.0%** |'), ['breakdown-sum']).map(([rule, stated]) => [rule, stated]), [['breakdown-sum', '100.0%']]);
    // Without it, shares that need not partition anything are not added up.
    assert.deepEqual(seen(table(plain), ['breakdown-sum']), []);
  });

  it('leaves "of which" rows out of the sum', () => {
    const nested = '| Beekeepers | 41.0% |\n| of which seasonal | 12.0% |\n| Feed and sugar | 18.5% |\n| Queens and packages | 22.0% |\n| Vehicles and other | 18.5% |\n';
    assert.deepEqual(seen(table(nested, '| **Total** | **100.0%** |'), ['breakdown-sum']), []);
  });
});

describe('a total closing a list of named parts whose first part carries its unit', () => {
  it('adds "HARS kept 436 managed hives, MPI 388 and KBI 210, 934 in all" (a suggestion)', () => {
    assert.deepEqual(seen('HARS kept 436 managed hives, MPI 388 and KBI 210, 934 in all.\n', ['total']), [['total', '934', '1,034']]);
    assert.deepEqual(seen('HARS kept 436 managed hives, MPI 388 and KBI 210, 1,034 in all.\n', ['total']), []);
  });

  it('stays silent on a list that is a selection', () => {
    assert.deepEqual(seen('HARS kept 436 managed hives, MPI 388 and KBI 210, including 934 in all.\n', ['total']), []);
  });
});

describe('a whole said to come from sources, each with its share in brackets', () => {
  it('adds the shares to 100%', () => {
    assert.deepEqual(seen('The station’s 2024 income came from hive rentals (46%), honey sales (31%), grants (18%) and courses (12%).\n', ['breakdown-sum']).map(([rule, stated]) => [rule, stated]), [['breakdown-sum', '12%']]);
    assert.deepEqual(seen('The station’s 2024 income came from hive rentals (46%), honey sales (31%), grants (18%) and courses (5%).\n', ['breakdown-sum']), []);
  });

  it('stays silent on the rest of a whole, and on a source left without its share', () => {
    for (const text of [
      'Grants made up 38.6% of the budget. The rest came from hive rentals (22.7%), honey sales (14.3%) and courses (19.1%).\n',
      'The station’s 2024 income came from hive rentals (46%) and honey sales (31%), the rest from grants.\n',
      'The station’s 2024 income came mainly from hive rentals (46%) and honey sales (31%).\n',
    ]) {
      assert.deepEqual(seen(text, ['breakdown-sum']), [], text);
    }
  });
});
