// False readings found on round 28's dev drafts (clean drafts by new voices), written here on made-up observatories
// rather than copied from the corpus. Each reading attached a figure to the wrong thing:
// - "1.1 ahead of Rimo": a gap to another party, not Rimo's value (a certain fix wrote Rimo's score over it);
// - "29.5 complaints per 100,000 subscribers, roughly three times Rimo's 9.6": the rate's base is no level compared;
// - "…was the runner-up; a paper wrote in September 2025 that …": the date of a report is no edition;
// - "70.7% of the combined count, ten points more than in 2015 (60.7%)": the year after "than" is the compared time's;
// - "| | **All eight** | 4,658 |": a Total row is nobody's value;
// - "In 2019 we were second behind Rimo, with 1,125 nights against their 1,223": a place by a stated measure;
// - "up 38.5% on 2019 and has grown 7.6% a year since 2015, when it stood at 14.9": two bases, not 2015 → 2019;
// - "Kalden and the other valleys together make up 46.5%": a part said together with others.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, places, seenFindings, table } from './helpers.js';

const SOURCES = [{ id: 'oys', title: 'Observatory Yearbook: Statistics 2015–2025', publisher: 'Made-up Astronomy Board', year: 2025 }];
const years = (from: number, values: number[]) => values.map((value, i) => ({ year: from + i, value }));
const engine = createEngine({
  dataset: datasetOf({
    'observatories.json': {
      sources: SOURCES,
      entities: [
        { id: 'kal', name: 'Kalden Observatory', aliases: ['Kalden'], kind: 'research-institute' },
        { id: 'rim', name: 'Rimo Observatory', aliases: ['Rimo'], kind: 'research-institute' },
        { id: 'tso', name: 'Tsomo Observatory', aliases: ['Tsomo'], kind: 'research-institute' },
      ],
      metrics: [
        { id: 'score', label: 'Observatory Science Index score', unit: 'score', phrases: ['index score', 'score'] },
        { id: 'nights', label: 'Observing nights', unit: 'count', phrases: ['observing nights', 'nights'] },
        { id: 'revenue', label: 'Operating revenue, EUR million', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['operating revenue', 'revenue'] },
      ],
      observations: [
        ...years(2015, [70, 72, 74, 75, 76, 77, 78, 79, 80, 80.3]).map((o) => ({ entity: 'kal', metric: 'score', ...o, source: 'oys' })),
        ...years(2015, [70, 71, 72, 73, 74, 75, 76, 77, 78, 79.2]).map((o) => ({ entity: 'rim', metric: 'score', ...o, source: 'oys' })),
        ...years(2015, [900, 950, 1000, 1050, 1125, 1100, 1150, 1200, 1260, 1336]).map((o) => ({ entity: 'kal', metric: 'nights', ...o, source: 'oys' })),
        ...years(2015, [1000, 1050, 1100, 1150, 1223, 1200, 1210, 1220, 1235, 1260]).map((o) => ({ entity: 'rim', metric: 'nights', ...o, source: 'oys' })),
        ...years(2015, [14.9, 16.0, 17.5, 19.0, 20.8, 15.0, 18.0, 22.0, 25.5, 28.8]).map((o) => ({ entity: 'kal', metric: 'revenue', ...o, source: 'oys' })),
      ],
      rankings: [
        {
          id: 'osi',
          label: 'Observatory Satisfaction Index',
          phrases: ['Observatory Satisfaction Index', 'OSI', 'satisfaction index'],
          // Rimo second from 2017 to 2023, first in 2024.
          editions: [2017, 2018, 2019, 2020, 2021, 2022, 2023].map((year) => ({ year, method: 'standard', source: 'oys', ranks: places(['tso', 'rim', 'kal']) })).concat([
            { year: 2024, method: 'standard', source: 'oys', ranks: places(['rim', 'tso', 'kal']) },
          ]),
        },
      ],
    },
  }),
});
const seen = (text: string, rules?: string[]) => seenFindings(engine, text, rules && new Set(rules)).map((f) => [f.rule, f.stated]);

describe('a figure right before "ahead of" or "behind" a party', () => {
  it('is a gap, not that party\'s value', () => {
    assert.deepEqual(seen('# Kalden Observatory\n\nOur 2024 score of 80.3 is 2.2 points behind Tsomo and 1.1 ahead of Rimo, third.\n', ['dataset-value']), []);
  });
  it('leaves the party\'s own value read', () => {
    assert.deepEqual(seen('In 2024 Rimo had an index score of 81.1.\n', ['dataset-value']), [['dataset-value', '81.1']]);
  });
});

describe('a multiple compared with a rate', () => {
  it('takes the rate, not the base after "per"', () => {
    assert.deepEqual(seen('Kalden logged 29.5 complaints per 100,000 visitors in 2024, roughly three times Rimo\'s 9.6.\n', ['percent-change']), []);
    assert.deepEqual(seen('Kalden logged 29.5 complaints per 100,000 visitors in 2024, roughly five times Rimo\'s 9.6.\n', ['percent-change']), [['percent-change', 'roughly five times']]);
  });
});

describe('a year that dates a report', () => {
  it('is no edition of a place beside it', () => {
    const text = '# The Observatory Satisfaction Index\n\nTsomo was first in every edition from 2017 to 2023. Rimo was the runner-up; a trade paper wrote in September 2024 that it had been second "since 2020".\n';
    assert.deepEqual(seen(text, ['rank']), []);
  });
});

describe('a share after a table with a Total row', () => {
  const t = table('Observatory | 2015 | 2024', 'Kalden | 287 | 638', 'Rimo | 165 | 201', 'Tsomo | 21 | 63', 'Combined | 473 | 902');
  it('takes the year of its own clause, not the year it is compared with', () => {
    assert.deepEqual(seen(`${t}\nIn 2024 Kalden accounted for 70.7% of the combined count, ten percentage points more than in 2015 (60.7%).\n`, ['share']), []);
    assert.deepEqual(seen(`${t}\nIn 2024 Kalden accounted for 75.7% of the combined count, ten percentage points more than in 2015 (60.7%).\n`, ['share']), [['share', '75.7%']]);
  });
  it('is not one row\'s when its part is said together with others', () => {
    const nights = table('Valley | Nights | Share', 'Kalden valley | 510.6 | 32.5%', 'Other valleys | 219.9 | 14.0%', 'Elsewhere | 840.5 | 53.5%', '**Total** | **1,571.0** | **100.0%**');
    assert.deepEqual(seen(`${nights}\nKalden valley and the other valleys together make up 46.5% of all nights.\n`, ['share']), []);
  });
});

describe('a Total row', () => {
  it('is nobody\'s value, whichever column holds its label', () => {
    const league = table('Rank | Observatory | Nights 2019 | Nights 2024', '1 | Kalden | 1,125 | 1,336', '2 | Rimo | 1,223 | 1,260', ' | **All three** | 4,658 | 5,157');
    assert.deepEqual(seen(`# Kalden Observatory\n\n${league}`, ['dataset-value']), []);
  });
});

describe('a place whose sentence states the measure that orders it', () => {
  it('is a place by that measure, not in the ranking named above', () => {
    const text = '# Kalden Observatory\n\n*Figures from the yearbook and, for the satisfaction index, the visitors\' panel.*\n\nIn 2019 we were second behind Rimo, with 1,125 observing nights against their 1,223. We overtook them in 2023 and stayed first in 2024, with 1,336 nights.\n';
    assert.deepEqual(seen(text, ['rank']), []);
  });
  it('still reads a place with no figure of a measure beside it', () => {
    const text = '# Kalden Observatory\n\n*Figures from the yearbook and, for the satisfaction index, the visitors\' panel.*\n\nIn 2019, when we were second, the index did not yet count nights.\n';
    assert.deepEqual(seen(text, ['rank']), [['rank', 'second']]);
  });
});

describe('a rate counted from a base the text states', () => {
  it('does not end at a year that is another change\'s base', () => {
    const text = '# Kalden Observatory\n\nIn 2024 Kalden\'s operating revenue reached EUR 28.8 million. That revenue is up 38.5% on 2019 and has grown at 7.6% a year since 2015, when it stood at EUR 14.9 million.\n';
    assert.deepEqual(seen(text, ['percent-change', 'cagr']), []);
  });
});

describe('a table share column beside a Total row of the rows listed', () => {
  const shares = (text: string) => seenFindings(engine, text, new Set(['share'])).map((f) => f.stated);
  it('is silent when most shares are of a whole beyond the table (a national figure)', () => {
    // Shares of all the country's 10,000 nights; the Total row adds up the three valleys listed.
    const t = table('Valley | Nights | Share of all nights (%)', 'Kalden | 1,200 | 12.0', 'Rimo | 800 | 8.0', 'Tsomo | 500 | 5.0', '**Total** | **2,500** | —');
    assert.deepEqual(shares(t), []);
  });
  it('still reports the one share that disagrees where the others agree', () => {
    const t = table('Valley | Nights | Share (%)', 'Kalden | 1,200 | 48.0', 'Rimo | 800 | 32.0', 'Tsomo | 500 | 25.0', 'Total | 2,500 | 100.0');
    assert.deepEqual(shares(t), ['25.0']);
  });
});
