// Rank look-alikes and readings of acc-dv6, on a made-up index of coastal robotics labs: places in a narrower group,
// on another measure, in a part of the ranking, in a variant, a hope or a tie stay silent; "…, when it was fourth"
// takes the year before it; "A trails B (second)" gives the place to B.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, type SeenFinding, datasetOf, places } from './helpers.js';

const files = {
  'labs.json': {
    sources: [
      { id: 'cri', title: 'Coastal Robotics Index, all editions', publisher: 'Made-up Sea Trust', year: 2024 },
      { id: 'rep', title: 'Annual reports of the labs', publisher: 'Made-up labs', year: 2024 },
    ],
    entities: [
      { id: 'hml', name: 'Harbour Marine Lab', aliases: ['HML'], kind: 'organisation' },
      { id: 'nrc', name: 'Northcape Robotics Centre', aliases: ['NRC', 'Northcape'], kind: 'organisation' },
      { id: 'ssi', name: 'Saltmere Sea Institute', aliases: ['SSI', 'Saltmere'], kind: 'organisation' },
      { id: 'dtl', name: 'Driftwood Tech Lab', aliases: ['DTL'], kind: 'organisation' },
      { id: 'kel', name: 'Kelpford', aliases: [], kind: 'organisation' },
    ],
    metrics: [{ id: 'funding', label: 'Research funding', unit: 'currency', scale: 'million', currency: 'EUR', phrases: ['research funding', 'funding'] }],
    observations: [{ entity: 'hml', metric: 'funding', year: 2024, value: 55.1, source: 'rep' }],
    rankings: [
      {
        id: 'cri',
        label: 'Coastal Robotics Index',
        phrases: ['Coastal Robotics Index', 'CRI', 'league table'],
        editions: [
          { year: 2020, method: 'standard', source: 'cri', ranks: places(['hml', 'nrc', 'ssi', 'dtl', 'kel']) },
          { year: 2021, method: 'standard', source: 'cri', ranks: places(['hml', 'ssi', 'nrc', 'dtl', 'kel']) },
          { year: 2022, method: 'standard', source: 'cri', ranks: places(['nrc', 'hml', 'ssi', 'kel', 'dtl']) },
          { year: 2023, method: 'standard', source: 'cri', ranks: places(['nrc', 'ssi', 'hml', 'dtl', 'kel']) },
          { year: 2024, method: 'standard', source: 'cri', ranks: places(['nrc', 'ssi', 'hml', 'kel', 'dtl']) },
        ],
      },
    ],
  },
};

const engine = createEngine({ dataset: datasetOf(files) });
const rankRules = new Set(['rank', 'rank-years']);
function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, rankRules);
}

describe('dv6 rank: a place in something narrower or other than the edition stays silent', () => {
  it('reads the plain place in the same voice (the control)', () => {
    assert.deepEqual(findings('HML ranked second in the 2024 CRI.\n'), [{ rule: 'rank', stated: 'second', fix: 'third' }]);
    assert.deepEqual(findings('HML ranked third in the 2024 CRI.\n'), []);
    assert.deepEqual(findings('In the 2024 CRI, HML ranked second among all five labs.\n'), [{ rule: 'rank', stated: 'second', fix: 'third' }]);
    assert.deepEqual(findings("HML ranked second in the CRI's 2024 edition.\n"), [{ rule: 'rank', stated: 'second', fix: 'third' }]);
    assert.deepEqual(findings("In 2024, HML was the CRI's top institute.\n"), [{ rule: 'rank', stated: "CRI's top institute" }]);
  });

  it('refuses a place in a narrower group', () => {
    for (const s of [
      'Among European labs, HML ranked first in the 2024 CRI.\n',
      'HML, second in the 2024 CRI among Nordic members, ranks third overall.\n',
      'In the 2024 CRI, HML was second only to SSI among independent labs.\n',
      "HML ranked second among the CRI's founding members in 2024.\n",
      'In the 2024 CRI, HML ranked second in its size class.\n',
      'HML ranked first in Europe in the 2024 CRI.\n',
      'In the 2024 CRI, HML ranked third. In Europe, it came first.\n',
      "In the 2024 CRI, HML was Europe's top lab.\n",
      'In the 2024 CRI, HML was the second European lab, after SSI.\n',
    ])
      assert.deepEqual(findings(s).filter((f) => f.stated !== 'third'), [], s);
  });

  it('refuses a place on another measure or in a part of the ranking', () => {
    for (const s of [
      'HML ranked second in the 2024 CRI on publications.\n',
      'HML ranked second in the 2024 CRI by funding.\n',
      'HML ranked first in the 2024 CRI for the share of women in research staff.\n',
      "HML ranked second in the 2024 CRI's regional table.\n",
      "HML placed second in the 2024 CRI's robotics category.\n",
      'HML was first in 2024 in the CRI mobility component.\n',
      "HML was ranked second in the CRI's 2024 student survey.\n",
      "HML ranked first in the CRI's first two editions.\n",
      'HML placed first in 2024 in the CRI sister ranking, the Coastal Innovation Monitor.\n',
    ])
      assert.deepEqual(findings(s), [], s);
  });

  it('refuses a variant, a hope, a tie and an owned superlative', () => {
    for (const s of [
      'HML ranked second in the CRI in 2024, once adjusted for size.\n',
      'The 2024 CRI put HML third; a re-weighted version put it first.\n',
      'HML ranked second in the 2024 CRI, according to an earlier draft that was later corrected.\n',
      'HML aims to rank second in the 2024 CRI.\n',
      'HML could rank second in the 2024 CRI if its patents are counted.\n',
      'HML tied for second in the 2024 CRI.\n',
      'HML was joint first in the 2024 CRI.\n',
      'Of the five labs in the 2024 CRI, HML has the second-largest budget.\n',
      'In the first CRI (2020), HML ranked first; in the second, in 2021, it again ranked first.\n',
    ])
      assert.deepEqual(findings(s), [], s);
  });
});

describe('dv6 rank: the year of a "when" clause and the place of a bracketed name', () => {
  it('reads "…since 2021, when it was first" in 2021', () => {
    assert.deepEqual(findings('HML ranked third in the 2024 CRI, its lowest place since 2021, when it was first.\n'), []);
    assert.deepEqual(findings('HML ranked third in the 2024 CRI, its lowest place since 2021, when it was second.\n'), [{ rule: 'rank', stated: 'second', fix: 'first' }]);
    // No year right before "when": unsure.
    assert.deepEqual(findings('HML ranked third in the 2024 CRI, its lowest place in years, when it was second.\n').filter((f) => f.stated === 'second'), []);
  });

  it('gives a bracketed place to the name right before it', () => {
    assert.deepEqual(findings('Ranked third in the CRI in 2024, HML trails SSI (second) and NRC (first).\n'), []);
    assert.deepEqual(findings('Ranked third in the CRI in 2024, HML trails SSI (fourth) and NRC (first).\n'), [{ rule: 'rank', stated: 'fourth', suggestion: 'second' }]);
  });
});

describe('dv6 rank: tables ranked by another measure, measure openings, places before names, several subjects', () => {
  it('reads no published rank in a column that ranks the table by its own measure', () => {
    const funding = '| Lab | Research funding 2024 (EUR m) | Rank |\n|---|---|---|\n| HML | 55.1 | 1 |\n| NRC | 31.7 | 2 |\n';
    assert.deepEqual(findings(`NRC topped the 2024 CRI.\n\n${funding}`), []);
    assert.deepEqual(findings('The CRI ranks five labs.\n\n| Lab | Staff | Rank by staff |\n|---|---|---|\n| HML | 412 | 1 |\n| SSI | 300 | 2 |\n'), []);
    // The ranking named in the header row, or a caption that names it and speaks of its places: the published rank.
    assert.deepEqual(findings('| Lab | Research funding 2024 (EUR m) | CRI rank 2024 |\n|---|---|---|\n| HML | 55.1 | 1 |\n| NRC | 31.7 | 2 |\n'), [
      { rule: 'rank', stated: '1', fix: '3' },
      { rule: 'rank', stated: '2', fix: '1' },
    ]);
    assert.deepEqual(findings('Table 1: CRI 2024 ranks and funding of the labs\n\n| Lab | Funding (EUR m) | Rank |\n|---|---|---|\n| HML | 55.1 | 3 |\n| NRC | 31.7 | 2 |\n'), [{ rule: 'rank', stated: '2', suggestion: '1' }]);
    assert.deepEqual(findings('NRC topped the 2024 CRI.\n\n| Lab | Dives 2024 | Position |\n|---|---|---|\n| HML | 300 | 1st |\n| NRC | 280 | 2nd |\n'), []);
    assert.deepEqual(findings('| Lab | Dives 2024 | CRI position 2024 |\n|---|---|---|\n| HML | 300 | 1st |\n| NRC | 280 | 2nd |\n'), [
      { rule: 'rank', stated: '1st', fix: '3rd' },
      { rule: 'rank', stated: '2nd', fix: '1st' },
    ]);
    // No other measure beside the rank column: the ranking named earlier is the table's.
    assert.deepEqual(findings('The 2024 CRI placed the labs as follows.\n\n| Lab | Rank |\n|---|---|\n| HML | 2 |\n| NRC | 1 |\n'), [{ rule: 'rank', stated: '2', suggestion: '3' }]);
  });

  it('reads no edition place after an opening on a measure', () => {
    assert.deepEqual(findings('In the 2024 CRI, NRC was first and HML third. In research funding, HML ranks first.\n'), []);
    assert.deepEqual(findings('In the 2024 CRI, NRC was first. In outreach, HML ranks first.\n'), []);
    // An opening that dates the sentence or turns the argument keeps the place.
    assert.deepEqual(findings('NRC topped the 2024 CRI. In the same edition, HML ranked second.\n'), [{ rule: 'rank', stated: 'second', suggestion: 'third' }]);
    assert.deepEqual(findings('NRC topped the 2024 CRI. In contrast, HML ranked second in 2024.\n'), [{ rule: 'rank', stated: 'second', fix: 'third' }]);
  });

  it('gives a place written before a name to that name', () => {
    assert.deepEqual(findings('The 2024 CRI: 1st NRC, 2nd SSI, 3rd HML.\n'), []);
    assert.deepEqual(findings('The 2024 CRI: 1st NRC, 2nd HML, 3rd SSI.\n'), [
      { rule: 'rank', stated: '2nd', fix: '3rd' },
      { rule: 'rank', stated: '3rd', fix: '2nd' },
    ]);
  });

  it('reads no single place said of several names at once', () => {
    assert.deepEqual(findings('NRC (1st), SSI (2nd) and HML (3rd) led the 2024 CRI.\n'), []);
    assert.deepEqual(findings('NRC and HML topped the 2024 CRI.\n'), []);
    assert.deepEqual(findings('HML topped the 2024 CRI.\n'), [{ rule: 'rank', stated: 'topped' }]);
    // "A came first and B second": each has its own place.
    assert.deepEqual(findings('In the 2024 CRI, NRC came first and HML second.\n'), [{ rule: 'rank', stated: 'second', fix: 'third' }]);
  });
});

describe('dv6 dataset-value: a stated value that happens to be another entity\'s figure', () => {
  const coinFiles = {
    'farms.json': {
      sources: [{ id: 'ledger', title: 'Made-up orchard ledger', publisher: 'Made-up Orchard Board', year: 2025 }],
      entities: [
        { id: 'pvo', name: 'Pinevale Orchard', aliases: ['PVO'], kind: 'organisation' },
        { id: 'rmf', name: 'Redmoor Farm', aliases: ['RMF'], kind: 'organisation' },
      ],
      metrics: [{ id: 'grants', label: 'Grant receipts', unit: 'currency', scale: 'million', currency: 'USD', phrases: ['grant receipts', 'grants'] }],
      observations: [
        { entity: 'pvo', metric: 'grants', year: 2024, value: 3.4, source: 'ledger' },
        { entity: 'rmf', metric: 'grants', year: 2024, value: 3.9, source: 'ledger' },
      ],
      rankings: [],
    },
  };
  const coinEngine = createEngine({ dataset: datasetOf(coinFiles) });
  const dv = (text: string) => seenFindings(coinEngine, text, new Set(['dataset-value']));

  it('reports it, with a suggestion only, when the clause states entity, measure and year and names no other', () => {
    assert.deepEqual(dv('Grant receipts at PVO were USD 3.9 million in 2024.\n'), [{ rule: 'dataset-value', stated: 'USD 3.9 million', suggestion: 'USD 3.4 million' }]);
    assert.deepEqual(dv('Grant receipts at PVO were USD 3.4 million in 2024.\n'), []);
  });

  it('stays silent where the figure may be the other\'s or a sum', () => {
    assert.deepEqual(dv('Grant receipts at PVO and RMF were USD 3.9 million in 2024.\n'), []);
    assert.deepEqual(dv('Grant receipts at PVO, like those at Redmoor Farm, were USD 3.9 million in 2024.\n'), []);
    assert.deepEqual(dv('Combined grant receipts at PVO were USD 3.9 million in 2024.\n'), []);
  });
});

describe('dv6 rank: a rank-valued metric named after another ordinal of the sentence', () => {
  const rankFiles = {
    'hubs.json': {
      sources: [{ id: 'hub', title: 'Made-up hub survey', publisher: 'Made-up Hub Office', year: 2025 }],
      entities: [{ id: 'vlk', name: 'Valkmoor Hub', aliases: ['Valkmoor'], kind: 'organisation' }],
      metrics: [{ id: 'density-rank', label: 'Rank by startup density', unit: 'rank', phrases: ['startup density', 'density ranking'] }],
      observations: [{ entity: 'vlk', metric: 'density-rank', year: 2025, value: 14, source: 'hub' }],
      rankings: [],
    },
  };
  const rankEngine = createEngine({ dataset: datasetOf(rankFiles) });
  const ranks = (text: string) => seenFindings(rankEngine, text, new Set(['rank']));

  it('checks the ordinal the metric follows, not one placed on another measure before it', () => {
    assert.deepEqual(ranks('Valkmoor was 2nd in funding and 14th in the density ranking in 2025.\n'), []);
    assert.deepEqual(ranks('Valkmoor was 2nd in funding and 12th in the density ranking in 2025.\n'), [{ rule: 'rank', stated: '12th', fix: '14th' }]);
    assert.deepEqual(ranks('Valkmoor ranked 12th by startup density in 2025.\n'), [{ rule: 'rank', stated: '12th', fix: '14th' }]);
  });
});
