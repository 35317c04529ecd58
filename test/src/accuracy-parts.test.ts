// Parts and wholes as other authors write them (issue #8): shares of a whole stated earlier in the sentence, sums of
// named table rows, rows of a percent table, and the headings a bibliography stands under.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, loadDataset } from 'factlint';
import { loadDefaultDataset, seenFindings, type SeenFinding, table } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });
const RULES = new Set(['share', 'total', 'breakdown-sum', 'granularity', 'bibliography-numbering']);

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, RULES);
}

describe('"N of them": a share of the one count stated before it in the sentence', () => {
  it('passes correct shares in several voices', () => {
    for (const text of [
      'The survey reached 640 skippers, 48 of them from the northern ports, or 7.5% of the sample.\n',
      'Of the fleet of 250 trawlers, 35 of these were laid up in winter (14%).\n',
      'About 300 volunteers counted birds, 45 of them on the islands, so islanders made up 15% of the count team.\n',
      'Roughly 1,200 firms replied; 180 of them, or 15 per cent, export to Asia.\n',
    ]) assert.deepEqual(findings(text), [], text);
  });
  it('finds a share that is the count written as a percent, as a suggestion when the whole is given roughly', () => {
    assert.deepEqual(findings('About 300 volunteers counted birds, 45 of them on the islands, so islanders made up 45% of the count team.\n'), [
      { rule: 'share', stated: '45%', suggestion: '15%' },
    ]);
  });
  it('fixes a share of an exact whole', () => {
    assert.deepEqual(findings('The survey reached 640 skippers, 48 of them from the northern ports, or 9.5% of the sample.\n'), [
      { rule: 'share', stated: '9.5%', suggestion: '7.5%' },
    ]);
  });
  it('reads nothing when two counts stand before "of them"', () => {
    assert.deepEqual(findings('In 2021, 640 skippers and 90 mates replied, 48 of them from the north, 20% of the sample.\n'), []);
  });
});

describe('"N in the top M": a share of a top list', () => {
  it('checks the share of the list that follows', () => {
    assert.deepEqual(findings('Brazil has 12 universities in the 2024 top 200, 6.0% of the list.\n'), []);
    assert.deepEqual(findings('Brazil has 12 universities in the 2024 top 200, 8.0% of the list.\n'), [{ rule: 'share', stated: '8.0%', suggestion: '6.0%' }]);
    assert.deepEqual(findings('Canada placed 9 of the top 50 (18%).\n'), []);
    assert.deepEqual(findings('Canada placed 9 of the top 50 (27%).\n'), [{ rule: 'share', stated: '27%', suggestion: '18%' }]);
  });
});

describe('a bibliography under a heading of two names', () => {
  const entries = '1. Harbour Office, *Annual Statistics 2024*.\n2. Port Authority, *Traffic Review* (2025).\n2. Fisheries Board, *Landings 2015–2024* (2025).\n';
  for (const heading of ['References and further reading', 'Sources and notes', 'Further reading', 'Notes and references']) {
    it(`finds a repeated number under "${heading}"`, () => {
      assert.deepEqual(findings(`# Port traffic\n\nCalls rose.[1]\n\n## ${heading}\n\n${entries}`), [{ rule: 'bibliography-numbering', stated: '2' }]);
    });
  }
  it('does not take a "Methods and data" list for a bibliography', () => {
    assert.deepEqual(findings(`# Port traffic\n\n## Methods and data\n\n${entries}`), []);
  });
});

describe('rows of a table named in the prose after it', () => {
  const ports = table('Port | Calls 2023 | Share', 'Rivermouth | 420 | 35.0%', 'Saltcliff | 300 | 25.0%', 'Northwick | 240 | 20.0%', 'Other ports | 240 | 20.0%', '**Total** | **1,200** | **100.0%**');
  it('sums rows joined by "and" with "together", "combined" or "between them"', () => {
    for (const [sentence, expected] of [
      ['Rivermouth and Saltcliff together handled 720 calls.', []],
      ['Rivermouth, Saltcliff and Northwick combined saw 960 calls.', []],
      ['Rivermouth and Northwick between them took 660 calls.', []],
      ['Rivermouth and Saltcliff together handled 760 calls.', [{ rule: 'total', stated: '760', suggestion: '720' }]],
      ['Saltcliff and Northwick combined account for 450 calls.', [{ rule: 'total', stated: '450', suggestion: '540' }]],
    ] as const) assert.deepEqual(findings(`${ports}\n${sentence}\n`), expected, sentence);
  });
  it('reads "A + B: N, X% of the total" against the Total row, as a suggestion', () => {
    assert.deepEqual(findings(`${ports}\n- Rivermouth + Northwick: 660 calls, 55.0% of the total\n`), []);
    assert.deepEqual(findings(`${ports}\n- Rivermouth + Northwick: 660 calls, 60.0% of the total\n`), [{ rule: 'share', stated: '60.0%', suggestion: '55.0%' }]);
    assert.deepEqual(findings(`${ports}\nSaltcliff and Northwick together: 45.0% of calls.\n`), []);
  });
  it('sums every listed row for "the three ports named", the remainder row left out', () => {
    assert.deepEqual(findings(`${ports}\nThe three ports named handled 960 of the 1,200 calls.\n`), []);
    assert.deepEqual(findings(`${ports}\nThe three ports named handled 990 of the 1,200 calls.\n`), [{ rule: 'total', stated: '990', suggestion: '960' }]);
    assert.deepEqual(findings(`${ports}\nThe four ports named handled 990 of the 1,200 calls.\n`), []);
  });
  it('leaves rows alone without a word that makes the figure their sum', () => {
    assert.deepEqual(findings(`${ports}\nRivermouth and Saltcliff handled 510 cruise calls.\n`), []);
  });
  it('leaves rows alone when the sentence is of another year than the column', () => {
    assert.deepEqual(findings(`${ports}\nIn 2015, Rivermouth and Saltcliff together handled 610 calls.\n`), []);
  });
  it('reads a later section only when it names the column\'s year', () => {
    const sections = `## Calls in 2023\n\n${ports}\n## Outlook\n\n`;
    assert.deepEqual(findings(`${sections}Rivermouth and Saltcliff together handled 650 calls.\n`), []);
    assert.deepEqual(findings(`${sections}Rivermouth and Saltcliff together handled 650 calls in 2023.\n`), [{ rule: 'total', stated: '650', suggestion: '720' }]);
  });
});

describe('rows of a percent table that split a whole across its columns', () => {
  const mix = (...rows: string[]) =>
    `**Table 4.** Funding mix by institute, 2023 (percent of total income)\n\n${table('Institute | Income (EUR m) | State | Grants | Industry | Other', ...rows)}`;
  it('passes rows that sum to 100 within rounding', () => {
    assert.deepEqual(findings(mix('Alpha | 120.5 | 55.2 | 20.1 | 14.6 | 10.1', 'Beta | 40.0 | 30.0 | 30.0 | 25.0 | 15.0', 'Gamma | 8.2 | 41.7 | 33.3 | 16.7 | 8.3')), []);
  });
  it('finds the row that does not, with no fix (which share is wrong is unknown)', () => {
    assert.deepEqual(findings(mix('Alpha | 120.5 | 55.2 | 20.1 | 14.6 | 10.1', 'Beta | 40.0 | 30.0 | 30.0 | 25.0 | 51.0')), [{ rule: 'breakdown-sum', stated: '51.0' }]);
  });
  it('reads cells written with % without a caption', () => {
    const text = table('Region | Cargo | Passengers | Fishing | Other', 'North | 50% | 30% | 15% | 5%', 'South | 40% | 40% | 10% | 15%');
    assert.deepEqual(findings(text), [{ rule: 'breakdown-sum', stated: '15%' }]);
  });
  it('leaves a table alone when no row sums to 100, or without an "Other" column, or when the text says shares overlap', () => {
    assert.deepEqual(findings(mix('Alpha | 120.5 | 55.2 | 20.1 | 14.6 | 30.1', 'Beta | 40.0 | 30.0 | 30.0 | 25.0 | 51.0')), []);
    assert.deepEqual(findings(`**Table 4.** Funding mix (percent of total income)\n\n${table('Institute | State | Grants | Industry', 'Alpha | 55.2 | 20.1 | 24.7', 'Beta | 30.0 | 30.0 | 45.0')}`), []);
    assert.deepEqual(findings(`${mix('Alpha | 120.5 | 55.2 | 20.1 | 14.6 | 10.1', 'Beta | 40.0 | 30.0 | 30.0 | 25.0 | 51.0')}\nAn institute's income lines overlap, as some grants are counted twice.\n`), []);
  });
});

describe('granularity: a percent of a small whole named before it or as a top list', () => {
  it('passes reachable percents in several voices', () => {
    for (const text of [
      'Of the 12 harbours, 25% handle containers.\n',
      'Among the seven laboratories, 28.6% report a deficit.\n',
      'Of its nine vessels, only 33% are younger than ten years.\n',
      'Canadian universities take 30% of the 2024 top 10.\n',
      'Across all 16 regions, 37.5% of them saw fewer visitors.\n',
    ]) assert.deepEqual(findings(text), [], text);
  });
  it('finds impossible ones, with the nearest possible values as suggestions', () => {
    assert.deepEqual(findings('Of the 12 harbours, 30% handle containers.\n'), [{ rule: 'granularity', stated: '30%', suggestion: '33%' }]);
    assert.deepEqual(findings('Among the seven laboratories, 35% report a deficit.\n'), [{ rule: 'granularity', stated: '35%', suggestion: '29%' }]);
    assert.deepEqual(findings('Canadian universities take 35% of the 2024 top 10.\n'), [{ rule: 'granularity', stated: '35%', suggestion: '30%' }]);
  });
  it('leaves a percent of something else alone', () => {
    for (const text of [
      'Of the 12 harbours, 30% of the cargo goes through the largest.\n',
      'Of the 12 harbours, about 30% handle containers.\n',
      'Of the 12 harbours, 3 grew by 30% in 2024.\n',
    ]) assert.deepEqual(findings(text), [], text);
  });
});

describe('a flow stated over a period, against the dataset year by year', () => {
  const yearly = (entity: string, metric: string, values: number[]) => values.map((value, i) => ({ entity, metric, year: 2018 + i, value, source: 'port-stats' }));
  const { dataset, problems } = loadDataset([
    {
      path: 'harbours.json',
      text: JSON.stringify({
        sources: [{ id: 'port-stats', title: 'Harbour statistics 2018–2022', publisher: 'Coastal Office', year: 2023 }],
        entities: [{ id: 'northport', name: 'Northport Harbour', aliases: ['Northport'], kind: 'organisation' }],
        metrics: [
          { id: 'calls', label: 'Ship calls', unit: 'count', phrases: ['ship calls', 'calls'] },
          { id: 'grants', label: 'Research grants received', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['research grants'] },
          { id: 'cranes', label: 'Cranes in service (at 31 December)', unit: 'count', phrases: ['cranes'] },
        ],
        observations: [...yearly('northport', 'calls', [410, 385, 220, 300, 395]), ...yearly('northport', 'grants', [1.2, 0.9, 1.4, 1.1, 1.6]), ...yearly('northport', 'cranes', [12, 12, 13, 13, 14])],
      }),
    },
  ]);
  assert.deepEqual(problems, []);
  const harbours = createEngine({ dataset });
  const seen = (text: string) => seenFindings(harbours, text, new Set(['total']));
  it('passes sums that hold, in several wordings of the period', () => {
    for (const text of [
      'Northport handled 1,710 ship calls in 2018–2022.\n',
      'Between 2018 and 2022 Northport received EUR 6.2 million in research grants.\n',
      'Northport took in research grants of €2.1 million in 2018–19.\n',
    ]) assert.deepEqual(seen(text), [], text);
  });
  it('finds a sum that does not, with the dataset sum as a suggestion', () => {
    assert.deepEqual(seen('Northport handled 1,170 ship calls in 2018–2022.\n'), [{ rule: 'total', stated: '1,170', suggestion: '1,710' }]);
    assert.deepEqual(seen('Between 2018 and 2022 Northport received EUR 2.6 million in research grants.\n'), [{ rule: 'total', stated: 'EUR 2.6 million', suggestion: 'EUR 6.2 million' }]);
  });
  it('leaves yearly averages and levels at a date alone', () => {
    for (const text of [
      'Northport handled an average of 342 ship calls a year in 2018–2022.\n',
      'Northport had 14 cranes in 2018–2022.\n',
    ]) assert.deepEqual(seen(text), [], text);
  });
});

describe('a total of named parts stated earlier in the paragraph', () => {
  // Entities of the default dataset, with made-up figures: the sums are what is checked.
  it('passes sums that hold, in several voices', () => {
    for (const text of [
      'Keio published 120 joint papers in 2020 and Lund University 85 papers. Together they published 205.\n',
      'In 2021 Keio hosted 40 visiting fellows; Lund University hosted 25. The two universities together hosted 65 fellows.\n',
      'Keio reported 300 patents and Lund University 120 patents. Taken together, Keio and Lund University hold 420 patents.\n',
    ]) assert.deepEqual(findings(text), [], text);
  });
  it('finds a sum that does not hold, as a suggestion', () => {
    assert.deepEqual(findings('Keio published 120 joint papers in 2020 and Lund University 85 papers. Together they published 250.\n'), [{ rule: 'total', stated: '250', suggestion: '205' }]);
    assert.deepEqual(findings('Keio reported 300 patents and Lund University 120 patents. Taken together, Keio and Lund University hold 520 patents.\n'), [{ rule: 'total', stated: '520', suggestion: '420' }]);
  });
  it('leaves totals alone when the parts are of different years, units or unclear', () => {
    for (const text of [
      'Keio published 120 joint papers in 2020 and Lund University 85 papers in 2015. Together they published 250.\n',
      'Keio hosted 120 students and Lund University 85 staff. Together they hosted 250 students.\n',
      'Keio published 120 joint papers and 40 reviews, and Lund University 85 papers. Together they published 250.\n',
      'Keio published 120 joint papers, Lund University 85 and Uppsala University 60 papers. The two universities together published 250.\n',
    ]) assert.deepEqual(findings(text), [], text);
  });
});

describe('a two-way split in a sentence: a share and its complement', () => {
  it('passes complements that sum to 100', () => {
    for (const text of [
      'In 2023, 62% of the institute’s papers had a foreign co-author and 38% did not.\n',
      'Some 41.5% of the harbours reported a surplus, while 58.5% did not.\n',
      'Of the grants, 70% went to universities and 30% did not.\n',
    ]) assert.deepEqual(findings(text), [], text);
  });
  it('finds one that does not, suggesting the complement', () => {
    assert.deepEqual(findings('In 2023, 62% of the institute’s papers had a foreign co-author and 48% did not.\n'), [{ rule: 'breakdown-sum', stated: '48%', suggestion: '38%' }]);
  });
  it('leaves shares of different wholes alone', () => {
    for (const text of [
      'In 2023, 62% of men had a degree and 48% of women did not.\n',
      'Exports rose 12% while 48% of firms did not export.\n',
      'About 62% had a co-author abroad and 48% did not.\n',
    ]) assert.deepEqual(findings(text), [], text);
  });
});

describe('a share column of one year beside count columns of several', () => {
  const header = 'Port | 2015 | 2024 | Share of 2024 total';
  it('divides by the count of the share’s own year and that year’s Total', () => {
    assert.deepEqual(findings(table(header, 'Rivermouth | 300 | 450 | 60.0%', 'Saltcliff | 200 | 300 | 40.0%', '**Total** | **500** | **750** | **100.0%**')), []);
    assert.deepEqual(findings(table(header, 'Rivermouth | 300 | 450 | 65.0%', 'Saltcliff | 200 | 300 | 40.0%', '**Total** | **500** | **750** | **100.0%**')), [
      { rule: 'share', stated: '65.0%', suggestion: '60.0%' },
    ]);
  });
  it('reads no share when no count column is of the share’s year', () => {
    assert.deepEqual(findings(table('Port | 2015 | 2019 | Share of 2024 total', 'Rivermouth | 300 | 450 | 65.0%', 'Saltcliff | 200 | 300 | 40.0%', 'Total | 500 | 750 | 100.0%')), []);
  });
});

describe('a Total column headed with its period', () => {
  it('sums the year columns of that period, decimals within rounding, as a suggestion', () => {
    const header = 'Item | 2021 | 2022 | 2023 | Total 2021–2023';
    assert.deepEqual(findings(table(header, 'Grants (EUR m) | 4.1 | 3.9 | 5.2 | 13.2', 'Visits | 120 | 95 | 140 | 355')), []);
    assert.deepEqual(findings(table(header, 'Grants (EUR m) | 4.1 | 3.9 | 5.2 | 14.2', 'Visits | 120 | 95 | 140 | 365')), [
      { rule: 'total', stated: '14.2', suggestion: '13.2' },
      { rule: 'total', stated: '365', suggestion: '355' },
    ]);
  });
  it('leaves it alone when the columns are not exactly the years of the period, or the row is a rate', () => {
    assert.deepEqual(findings(table('Item | 2021 | 2023 | Total 2021–2023', 'Visits | 120 | 140 | 355')), []);
    assert.deepEqual(findings(table('Item | 2021 | 2022 | 2023 | Total 2021–2023', 'Visits per month | 12 | 9 | 14 | 40')), []);
  });
});

describe('a list or sentence that splits a whole', () => {
  it('reads "everything else" as the remainder of a list introduced as a split', () => {
    const list = (last: string) => `Its income of EUR 20 million split as follows:\n\n- state funding: 52.0%\n- grants: 30.5%\n- industry: 12.0%\n- everything else: ${last}\n`;
    assert.deepEqual(findings(list('5.5%')), []);
    assert.deepEqual(findings(list('9.5%')), [{ rule: 'breakdown-sum', stated: '52.0%' }]);
  });
  it('does not take an overlap note above the sentence that introduces the list for one about the list', () => {
    const text = `Partner shares overlap, as a paper can have several partners.\n\nIts income of EUR 20 million split as follows:\n\n- state funding: 52.0%\n- grants: 30.5%\n- industry: 12.0%\n- everything else: 9.5%\n`;
    assert.deepEqual(findings(text), [{ rule: 'breakdown-sum', stated: '52.0%' }]);
  });
  it('reads "<year> split of <whole>: A x%, B y%, C z%"', () => {
    assert.deepEqual(findings('- 2019 split of combined landings: Northport 55.1%, Eastbay 30.2%, Westhaven 14.7%.\n'), []);
    assert.deepEqual(findings('- 2019 split of combined landings: Northport 55.1%, Eastbay 35.2%, Westhaven 14.7%.\n'), [{ rule: 'breakdown-sum', stated: '14.7%' }]);
  });
});

describe('"A amounted to only X% of the B": money, and a word after the verb', () => {
  it('checks a share of a sum of money in the same currency and scale', () => {
    assert.deepEqual(findings('The coastal station’s EUR 4.2 million amounted to only 12.0% of the EUR 35.0 million the ministry paid out.\n'), []);
    assert.deepEqual(findings('The coastal station’s EUR 4.2 million amounted to only 15.0% of the EUR 35.0 million the ministry paid out.\n'), [{ rule: 'share', stated: '15.0%', suggestion: '12.0%' }]);
    assert.deepEqual(findings('The 84 trawlers were just 21.0% of the 400 vessels registered.\n'), []);
  });
  it('leaves a share of money in another scale or currency alone', () => {
    assert.deepEqual(findings('The station’s EUR 4.2 million amounted to only 15.0% of the USD 35.0 million paid out.\n'), []);
    assert.deepEqual(findings('The station’s EUR 420,000 amounted to only 15.0% of the EUR 35.0 million paid out.\n'), []);
  });
});

describe('one row of a table and its share of the table’s total', () => {
  const ports = table('Port | Calls 2023', 'Rivermouth | 420', 'Saltcliff | 300', 'Northwick | 240', 'Other ports | 240', '**Total** | **1,200**');
  it('checks "X% of the total" against the Total row, as a suggestion', () => {
    assert.deepEqual(findings(`${ports}\nRivermouth alone handled 35.0% of the total.\n`), []);
    assert.deepEqual(findings(`${ports}\nSaltcliff's 300 calls were 25% of the regional total.\n`), []);
    assert.deepEqual(findings(`${ports}\nSaltcliff's 300 calls were 30% of the regional total.\n`), [{ rule: 'share', stated: '30%', suggestion: '25%' }]);
  });
  it('leaves a share of another whole or of another year alone', () => {
    for (const sentence of [
      'Rivermouth handled 40.0% of the total cargo tonnage.',
      'Rivermouth handled 40.0% of the total for containers.',
      'In 2015, Rivermouth handled 40.0% of the total.',
      'Rivermouth and Saltcliff each handled 40.0% of the total.',
    ]) assert.deepEqual(findings(`${ports}\n${sentence}\n`), [], sentence);
  });
});

describe('a combined growth statement after a list of its parts', () => {
  const bullets = '- Northport went from 120 calls in 2015 to 150 in 2024.\n- Eastbay grew from 80 to 95 calls.\n- Westhaven rose from 31 to 40 calls.\n\n';
  it('sums one statement per bullet, as a suggestion', () => {
    assert.deepEqual(findings(`${bullets}Taken together, calls rose from 231 to 285 over the period.\n`), []);
    assert.deepEqual(findings(`${bullets}Taken together, calls rose from 231 to 258 over the period.\n`), [{ rule: 'total', stated: '258', suggestion: '285' }]);
  });
  it('reads no list whose bullet holds two statements or none', () => {
    const uneven = '- Northport went from 120 to 150 calls, and its berths from 10 to 12.\n- Eastbay grew from 80 to 95 calls.\n- Westhaven is unchanged.\n\n';
    assert.deepEqual(findings(`${uneven}Taken together, calls rose from 231 to 258 over the period.\n`), []);
  });
});
