// Rank spans and places in words (issue #8): "last place", "bottom of the table", "the last three editions", on a made-up league.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, type SeenFinding, datasetOf, places } from './helpers.js';

const files = {
  'league.json': {
    sources: [{ id: 'league', title: 'Harbour Cleanliness League tables', publisher: 'Made-up Coastal Trust', year: 2024 }],
    entities: [
      { id: 'hbp', name: 'Harlow Bay Port', aliases: ['Harlow Bay'], kind: 'organisation' },
      { id: 'wxp', name: 'Wexmouth Port', aliases: ['Wexmouth'], kind: 'organisation' },
      { id: 'dnp', name: 'Dunmore Port', aliases: ['Dunmore'], kind: 'organisation' },
      { id: 'ksp', name: 'Kestrel Port', aliases: ['Kestrel'], kind: 'organisation' },
    ],
    metrics: [],
    observations: [],
    rankings: [
      {
        id: 'hcl',
        label: 'Harbour Cleanliness League',
        phrases: ['Harbour Cleanliness League', 'HCL', 'league table'],
        editions: [
          { year: 2019, method: 'standard', source: 'league', ranks: places(['hbp', 'wxp', 'dnp', 'ksp']) },
          { year: 2020, method: 'standard', source: 'league', ranks: places(['hbp', 'dnp', 'wxp', 'ksp']) },
          { year: 2021, method: 'standard', source: 'league', ranks: places(['wxp', 'hbp', 'dnp', 'ksp']) },
          { year: 2022, method: 'standard', source: 'league', ranks: places(['wxp', 'hbp', 'ksp', 'dnp']) },
          { year: 2023, method: 'standard', source: 'league', ranks: places(['wxp', 'ksp', 'hbp', 'dnp']) },
          { year: 2024, method: 'standard', source: 'league', ranks: places(['ksp', 'wxp', 'hbp', 'dnp']) },
        ],
      },
      {
        id: 'top-ports',
        label: 'Top Ports list',
        phrases: ['Top Ports list'],
        editions: [{ year: 2024, method: 'standard', coverage: 2, source: 'league', ranks: places(['ksp', 'wxp']) }],
      },
    ],
  },
};

const dataset = datasetOf(files);
const engine = createEngine({ dataset });

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, new Set(['rank', 'rank-years']));
}

describe('rank and rank-years: last place', () => {
  it('checks "finished last" over a span, every edition being complete', () => {
    assert.deepEqual(findings('Kestrel Port finished last in the HCL every year from 2019 to 2022.\n'), [{ rule: 'rank-years', stated: '2019 to 2022', suggestion: '2019 to 2021' }]);
    assert.deepEqual(findings('Kestrel Port finished last in the HCL every year from 2019 to 2021.\n'), []);
  });

  it('checks a counted run in last place or at the bottom of the table', () => {
    assert.deepEqual(findings('Dunmore has been in last place in the HCL for four straight years.\n'), [{ rule: 'rank-years', stated: 'for four straight years' }]);
    assert.deepEqual(findings('Dunmore Port has sat at the bottom of the HCL table for three straight years.\n'), []);
  });

  it('checks last place in one edition, without a fix', () => {
    assert.deepEqual(findings('In the 2023 HCL, Kestrel Port came last.\n'), [{ rule: 'rank', stated: 'came last' }]);
    assert.deepEqual(findings('In the 2024 HCL, Dunmore Port came last.\n'), []);
  });

  it('reads no last place in words that leave it, deny it or name another place', () => {
    assert.deepEqual(findings('Kestrel Port climbed out of last place in the 2022 HCL.\n'), []);
    assert.deepEqual(findings('In the 2022 HCL Kestrel Port left last place to Dunmore.\n'), []);
    assert.deepEqual(findings('By 2023 Kestrel Port was no longer in last place in the HCL.\n'), []);
    assert.deepEqual(findings('Harlow Bay took second-to-last place in the 2023 HCL.\n'), []);
  });

  it('reads no place in "was last updated" or in a list that holds only its top places', () => {
    assert.deepEqual(findings('The HCL entry for Dunmore Port was last updated in 2023.\n'), []);
    assert.deepEqual(findings('Harlow Bay came last in the 2024 Top Ports list.\n'), []);
  });
});

describe('rank-years: "the last N editions"', () => {
  it('checks each of the latest N editions', () => {
    assert.deepEqual(findings('Wexmouth topped the HCL in the last three editions.\n'), [{ rule: 'rank-years', stated: 'in the last three editions' }]);
    assert.deepEqual(findings('Harlow Bay placed third in the HCL in the last two editions.\n'), []);
    // Another year in the sentence may end the run elsewhere: not certain.
    assert.deepEqual(findings('Wexmouth ranked first in the HCL in each of the past 3 years up to 2023.\n'), []);
  });
});

describe('rank: a place left is no claim to hold it', () => {
  it('reads "took the top spot" but not "lost" or "was knocked off the top spot"', () => {
    assert.deepEqual(findings('In the 2023 HCL Kestrel took the top spot.\n'), [{ rule: 'rank', stated: 'the top spot' }]);
    assert.deepEqual(findings('In the 2024 HCL Kestrel took the top spot.\n'), []);
    assert.deepEqual(findings('In the 2024 HCL Wexmouth lost the top spot to Kestrel.\n'), []);
    assert.deepEqual(findings('Wexmouth was knocked off the top spot in the 2024 HCL, falling to second.\n'), []);
  });
});

describe('rank: the edition of a rank when the sentence names other years', () => {
  it('leaves a year in a dash aside or brackets to the aside', () => {
    const text = '## The 2024 HCL\n\nThe sixth edition of the league table placed Harlow Bay third — the port started first in 2019 — and Dunmore fourth.\n';
    assert.deepEqual(findings(text), []);
    assert.deepEqual(findings('In the 2024 HCL Harlow Bay placed third (it had been first in 2019).\n'), []);
  });

  it('takes a bracketed year right after the rank’s clause as its edition', () => {
    assert.deepEqual(findings('In the HCL, Kestrel came fourth in the first edition (2019) and first in 2024.\n'), []);
    assert.deepEqual(findings('In the HCL, Kestrel came third in the first edition (2019) and first in 2024.\n'), [{ rule: 'rank', stated: 'third', fix: 'fourth' }]);
  });

  it('does not give a clause that tells history the sentence’s year', () => {
    assert.deepEqual(findings('In the 2024 HCL Kestrel came first, ahead of Wexmouth, which had been first in the preceding editions.\n'), []);
  });
});

describe('rank: a table row labelled rank under year columns', () => {
  it('checks each edition’s cell', () => {
    const table = (cells: string) => `**Table 3.** Harbour Cleanliness League, place by edition\n\n| Edition | 2021 | 2022 | 2023 | 2024 |\n| --- | ---: | ---: | ---: | ---: |\n| Harlow Bay rank | ${cells} |\n`;
    assert.deepEqual(findings(table('2 | 2 | 3 | 3')), []);
    assert.deepEqual(findings(table('2 | 3 | 3 | 3')), [{ rule: 'rank', stated: '3', fix: '2' }]);
  });

  it('leaves a row of counts alone', () => {
    assert.deepEqual(findings('**Table 4.** Harbour Cleanliness League inspections\n\n| Edition | 2021 | 2022 |\n| --- | ---: | ---: |\n| Harlow Bay inspections | 3 | 5 |\n'), []);
  });
});

describe('rank: a place on a rate is not the edition’s place (acc-rank9)', () => {
  it('stays silent on a place per inhabitant, per head or relative to size, right or wrong', () => {
    for (const rank of ['first', 'third', '29th'])
      for (const text of [
        `Per inhabitant, Kestrel Port ranks ${rank} in the 2024 HCL.`,
        `Per head of staff Wexmouth ranks only ${rank}.`,
        `Relative to its size, Dunmore came ${rank} in 2024.`,
        `Harlow Bay ranks ${rank} per employee, the HCL's 2024 tables show.`,
      ])
        assert.deepEqual(findings(`${text}\n`), [], text);
  });

  it('still checks a place beside a figure per inhabitant', () => {
    assert.deepEqual(findings('Kestrel Port ranked second in the 2024 HCL, with 3.1 tonnes of litter removed per inhabitant.\n').map((f) => f.stated), ['second']);
    assert.deepEqual(findings('Kestrel Port ranked first in the 2024 HCL, with 3.1 tonnes of litter removed per inhabitant.\n'), []);
    assert.deepEqual(findings('Wexmouth was third in the 2024 HCL.\n').map((f) => f.stated), ['third']);
  });
});

describe('rank: a movement from a dated place (acc-rank9)', () => {
  it('reads "fell from third place in 2019 to fourth" as a place reached after 2019', () => {
    assert.deepEqual(findings('In the HCL, Dunmore fell from third place in 2019 to fourth, where it has stayed since 2022.\n'), []);
    assert.deepEqual(findings('In the HCL, Harlow Bay slipped from first place in 2020 to third, where it has stayed since 2023.\n'), []);
    assert.deepEqual(findings('In the HCL, Dunmore fell from third place in 2019 to first, its best place yet.\n').map((f) => f.stated), ['first']);
  });
});

describe('rank: a place in a contest is not the edition’s place (acc-rank9)', () => {
  it('stays silent on a place at awards, in a competition or a cup, right or wrong', () => {
    for (const rank of ['first', 'fourth'])
      for (const text of [
        `Kestrel Port came ${rank} in 2024 at the national harbour innovation awards.`,
        `At the 2024 Clean Seas Cup, Kestrel Port placed ${rank}.`,
        `Kestrel Port ranked ${rank} in the 2024 HCL photo competition.`,
      ])
        assert.deepEqual(findings(`${text}\n`), [], text);
    assert.deepEqual(findings('Kestrel Port came fourth in the 2024 HCL.\n').map((f) => f.stated), ['fourth']);
  });
});
