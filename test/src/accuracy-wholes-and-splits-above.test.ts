// A share stated in the prose after a table, of the table's Total row: the part a row of the table (its cell stated
// right before the share, or the row its words name), the whole the Total row's cell in the column of the share's year.
// Found across seven dev drafts by seven authors (staff newsletters, sustainability chapters, memos, market overviews).
// On made-up apiary stations.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings, table } from './helpers.js';

const SOURCES = [{ id: 'pbr', title: 'Pollinator Bench Returns', publisher: 'Made-up Apiculture Board', year: 2025 }];
/** Three made-up stations, each also named by its place. */
const STATIONS = [
  ['hars', 'Halden Apiary Research Station', 'HARS', 'Halden'],
  ['mpi', 'Morrow Pollination Institute', 'MPI', 'Morrow'],
  ['vbc', 'Vale Bee Centre', 'VBC', 'Vale'],
].map(([id, name, ...aliases]) => ({ id: id!, name: name!, aliases, kind: 'research-institute' }));
const engine = createEngine({
  dataset: datasetOf({
    'apiaries.json': {
      sources: SOURCES,
      entities: STATIONS,
      metrics: [
        { id: 'colonies', label: 'Managed colonies', unit: 'count', phrases: ['colonies'] },
        { id: 'inspections', label: 'Hive inspections', unit: 'count', phrases: ['hive inspections', 'inspections'] },
      ],
      observations: [],
    },
  }),
});
const shares = (text: string) => seenFindings(engine, text, new Set(['share'])).map((f) => [f.stated, f.fix ?? null, f.suggestion ?? null]);

const COLONIES = table('Station | 2020 | 2025 | Change', 'HARS | 30 | 41 | +36.7%', 'MPI | 50 | 75 | +50.0%', 'VBC | 40 | 48 | +20.0%', '**Total** | **120** | **164** | **+36.7%**');
const section = (prose: string) => `## Colonies\n\nManaged colonies by station.\n\n${COLONIES}\n${prose}\n`;

describe('a share of the Total row of the table above', () => {
  it('reports a stated part over the Total cell of the year the share names, as a suggestion', () => {
    assert.deepEqual(shares(section("Halden's 41 colonies made up 30.0% of all colonies kept in 2025.")), [['30.0%', null, '25.0%']]);
  });

  it('reads the row the subject names, and an elliptic share of another row after it', () => {
    assert.deepEqual(shares(section('Morrow accounted for 40.0% of the 2025 combined count, and Vale for 29.3%.')), [['40.0%', null, '45.7%']]);
    assert.deepEqual(shares(section('Morrow accounted for 45.7% of the combined count in 2025, up from 50.0% in 2020.')), [['50.0%', null, '41.7%']]);
  });

  it('reads a row named by its label and a whole named before the share', () => {
    const energy = table('Source | 2024 | 2025', 'Scope 1: wood pellets | 300 | 250', 'Scope 2: grid power | 500 | 450', 'Total | 800 | 700');
    assert.deepEqual(shares(`## Energy\n\n${energy}\nGrid power remained the main source, at 60.0% of the 2025 total.\n`), [['60.0%', null, '64.3%']]);
    assert.deepEqual(shares(section("MPI still grew, but its slice of the pool slipped to 40.0% in 2025.")), [['40.0%', null, '45.7%']]);
  });

  it('is silent on a right share, a share of the subject’s own whole, of another measure, of two years or of a change', () => {
    for (const prose of [
      "Halden's 41 colonies made up 25.0% of all colonies kept in 2025.",
      'Morrow accounted for 45.7% of the 2025 combined count, and Vale for 29.3%.',
      "Halden's 41 colonies were 30.0% of its apiaries' capacity in 2025.",
      'Halden ran 30.0% of the stations’ hive inspections in 2025.',
      "Halden's share of all colonies went to 30.0% between 2020 and 2025.",
      "Halden's colonies grew by 30.0% in 2025, the most of all colonies.",
      'Vale kept 48 colonies in 2025, 30.0% of its 160 hives.',
    ]) {
      assert.deepEqual(shares(section(prose)), [], prose);
    }
  });

  it('leaves a second share that names its own whole to that whole', () => {
    const budgets = table('Station | Colonies 2025 | Budget 2025', 'HARS | 41 | 10', 'MPI | 75 | 20', 'VBC | 48 | 20', 'Total | 164 | 50');
    assert.deepEqual(shares(`## Budgets\n\n${budgets}\nHalden, with 25.0% of the colonies, drew a smaller share of the budgets (10.0%).\n`), []);
  });

  it('reads no table across a list or into another section', () => {
    assert.deepEqual(shares(`## Colonies\n\n${COLONIES}\n- Winter losses were light.\n\nMorrow accounted for 40.0% of the 2025 combined count.\n`), []);
    assert.deepEqual(shares(`## Colonies\n\n${COLONIES}\n## Outlook\n\nMorrow accounted for 40.0% of the 2025 combined count.\n`), []);
  });
});

// A combined share of labelled parts of a split stated before it: found across four dev drafts by four authors (a
// newspaper Q&A, a board paper, a regulator's letter, an encyclopedia entry), on budgets split by source.
const totals = (text: string) => seenFindings(engine, text, new Set(['total'])).map((f) => [f.stated, f.fix ?? null, f.suggestion ?? null]);
const SPLIT_LIST = "The station's 2024 budget was EUR 8.0 million. It was spent as follows:\n\n- field trials: 41.0%\n- staff costs: 27.5%\n- bee health and pumping: 12.5%\n- vehicles and travel: 11.0%\n- other: 8.0%\n\n";

describe('a combined share of parts of a split named by their labels', () => {
  it('reports the sum of the labelled shares of a list above, as a suggestion', () => {
    assert.deepEqual(totals(`## Budget\n\n${SPLIT_LIST}Field trials and staff costs together took 58.5% of the budget.\n`), [['58.5%', null, '68.5%']]);
    assert.deepEqual(totals(`## Budget\n\n${SPLIT_LIST}So the money goes on people, while trials, staff and bee health together make up 71.0%.\n`), [['71.0%', null, '81.0%']]);
  });

  it('reads a split written in a sentence and names in brackets', () => {
    const split = 'The 2024 income of EUR 8.0 million splits into core funding 45.0%, national research grants 20.0%, international grants 15.0% and sales 20.0%.';
    assert.deepEqual(totals(`${split} Public money (core funding and national grants taken together) therefore accounts for 55.0% of income.\n`), [['55.0%', null, '65.0%']]);
    assert.deepEqual(totals(`${split} Public money (core funding plus national grants) makes up 55.0% of income.\n`), [['55.0%', null, '65.0%']]);
  });

  it('is silent on a right sum, a name no label or two labels fit, parts said to overlap, and shares of a change', () => {
    for (const text of [
      `## Budget\n\n${SPLIT_LIST}Field trials and staff costs together took 68.5% of the budget.\n`,
      `## Budget\n\n${SPLIT_LIST}Field trials and buildings together took 58.5% of the budget.\n`,
      'The 2024 income splits into core funding 45.0%, national research grants 20.0%, international grants 15.0% and sales 20.0%. Grants and sales together make up 45.0%.\n',
      'Of the papers, 41.0% had a co-author in Spain and 27.5% one in Italy; many had several partners. Spain and Italy together appear on 58.5% of them.\n',
      'Field trials rose by 41.0% and staff costs by 27.5%. Field trials and staff costs together now take 58.5% of the budget.\n',
    ]) {
      assert.deepEqual(totals(text), [], text);
    }
  });
});

// A group's share or total said of the present ("now", "last year") with no year written: the latest year the dataset
// holds the measure for (found on five dev drafts by five authors: "KHI now accounts for …", "WMB now carries …").
const group = createEngine({
  dataset: datasetOf({
    'apiaries.json': {
      sources: SOURCES,
      entities: STATIONS,
      metrics: [{ id: 'papers', label: 'Peer-reviewed papers', unit: 'count', phrases: ['papers', 'peer-reviewed papers'] }],
      observations: [
        ...[['hars', 40, 50], ['mpi', 60, 100], ['vbc', 50, 50]].flatMap(([entity, a, b]) => [
          { entity, metric: 'papers', year: 2024, value: a, source: 'pbr' },
          { entity, metric: 'papers', year: 2025, value: b, source: 'pbr' },
        ]),
      ],
    },
  }),
});
const groupSeen = (text: string) => seenFindings(group, text, new Set(['share', 'total'])).map((f) => [f.rule, f.stated, f.fix ?? null, f.suggestion ?? null]);

describe('a group share or total said of the present', () => {
  it('takes the latest year the dataset holds, as a suggestion', () => {
    assert.deepEqual(groupSeen('MPI now accounts for 40.0% of the papers of the three institutes.\n'), [['share', '40.0%', null, '50.0%']]);
    assert.deepEqual(groupSeen('The three institutes published 190 papers last year.\n'), [['total', '190', null, '200']]);
  });

  it('reads "of all <measure> <participle> in <year>" as all of the dataset’s holders, when the document names a group of that size', () => {
    assert.deepEqual(groupSeen('The three institutes work on pollinators.\n\nMPI alone wrote 40.0% of all papers published in 2025.\n'), [['share', '40.0%', null, '50.0%']]);
    assert.deepEqual(groupSeen('MPI alone wrote 40.0% of all papers published in 2025.\n'), []);
  });

  it('is silent when the share holds for that year, or the sentence or its paragraph names another year', () => {
    for (const text of [
      'MPI now accounts for 50.0% of the papers of the three institutes.\n',
      'In 2024 MPI accounted for 40.0% of the papers of the three institutes.\n',
      'The three institutes published 150 papers in 2024.\n',
    ]) {
      assert.deepEqual(groupSeen(text), [], text);
    }
  });
});

describe('a share that covered a whole stated just before', () => {
  it('reads "covered" as a verb that takes a share, not as the part’s unit', () => {
    assert.deepEqual(shares('Total spending in 2024 was EUR 14.1 million. The grant of EUR 7.3 million covered 55.3% of it.\n'), [['55.3%', null, '51.8%']]);
    assert.deepEqual(shares('Total spending in 2024 was EUR 14.1 million. The grant of EUR 7.3 million covered 51.8% of it.\n'), []);
  });
});
