// Readings and look-alikes of acc-dv7 on a made-up index of alpine glacier observatories: a place reached by a move
// over a span, a list of places each with its own years, an edition dated only in brackets; each look-alike stays
// silent while the plain wrong claim in the same voice is still found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, type SeenFinding, datasetOf, places } from './helpers.js';

const files = {
  'obs.json': {
    sources: [
      { id: 'gmi', title: 'Glacier Monitoring Index, all editions', publisher: 'Made-up Alpine Board', year: 2025 },
      { id: 'rep', title: 'Annual reports of the observatories', publisher: 'Made-up observatories', year: 2025 },
    ],
    entities: [
      { id: 'aro', name: 'Aletsch Range Observatory', aliases: ['ARO', 'the Aletsch observatory'], kind: 'organisation' },
      { id: 'bgs', name: 'Bernina Glacier Station', aliases: ['BGS', 'the Bernina station'], kind: 'organisation' },
      { id: 'cil', name: 'Cervin Ice Laboratory', aliases: ['CIL', 'the Cervin lab'], kind: 'organisation' },
      { id: 'dfi', name: 'Dachstein Firn Institute', aliases: ['DFI', 'the Dachstein institute'], kind: 'organisation' },
      { id: 'eps', name: 'Engadin Permafrost Site', aliases: ['EPS', 'the Engadin site'], kind: 'organisation' },
    ],
    metrics: [{ id: 'staff', label: 'Research staff', unit: 'count', phrases: ['research staff', 'researchers'] }],
    observations: [{ entity: 'aro', metric: 'staff', year: 2025, value: 212, source: 'rep' }],
    rankings: [
      {
        id: 'gmi',
        label: 'Glacier Monitoring Index',
        phrases: ['Glacier Monitoring Index', 'GMI'],
        editions: [
          { year: 2020, method: 'standard', source: 'gmi', ranks: places(['aro', 'bgs', 'cil', 'dfi', 'eps']) },
          { year: 2021, method: 'standard', source: 'gmi', ranks: places(['aro', 'cil', 'bgs', 'dfi', 'eps']) },
          { year: 2022, method: 'standard', source: 'gmi', ranks: places(['bgs', 'aro', 'cil', 'eps', 'dfi']) },
          { year: 2023, method: 'standard', source: 'gmi', ranks: places(['bgs', 'cil', 'aro', 'dfi', 'eps']) },
          { year: 2024, method: 'standard', source: 'gmi', ranks: places(['cil', 'bgs', 'aro', 'eps', 'dfi']) },
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

describe('dv7 rank: a place reached by a move over a span is not held through the span', () => {
  it('still reads a place held through a span (the control)', () => {

    assert.equal(findings('In the GMI, CIL ranked second from 2021 to 2023.\n')[0]?.rule, 'rank-years');
    assert.deepEqual(findings('In the GMI, BGS ranked first from 2022 to 2023.\n'), []);
  });

  it('refuses the end place of a move dated by a span', () => {
    for (const s of [
      'In the GMI, the Cervin lab climbed from third to first between 2020 and 2024.\n',
      'The Cervin lab rose to first in the GMI between 2022 and 2024.\n',
      'In the GMI, EPS moved up from fifth to fourth over 2020–2024.\n',
      'In the Glacier Monitoring Index, DFI slipped steadily back down to fifth between 2021 and 2024.\n',
    ])
      assert.deepEqual(findings(s), [], s);
  });
});

describe('dv7 rank: a list of places, each with its own years', () => {
  it('gives each place the years written right after it', () => {
    assert.deepEqual(findings('GMI placings. CIL: 3rd in 2020, 2nd in 2021 and 2023, 1st in 2024.\n'), []);
    assert.deepEqual(findings('GMI placings. ARO: 1st in 2020, 2nd in 2022, 3rd in 2023 and 2024.\n'), []);
  });

  it('still finds a wrong place in the list', () => {
    const seen = findings('GMI placings. CIL: 3rd in 2020, 2nd in 2021 and 2022, 1st in 2024.\n');
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.rule, 'rank-years');
  });
});

describe('dv7 rank: an edition dated only in brackets is not the latest', () => {
  it('does not check against the latest edition', () => {
    assert.deepEqual(findings('In the second GMI edition (2021), the Cervin lab ranked second.\n'), []);
    assert.deepEqual(findings('In the second GMI edition (2021), ranked third, the Bernina station lost ground.\n'), []);
  });

  it('still checks an undated place against the latest edition (the control)', () => {
    assert.deepEqual(findings('In the GMI, the Cervin lab ranks second.\n'), [{ rule: 'rank', stated: 'second', suggestion: 'first' }]);
  });
});

describe('dv7 rank: a table of places whose cells are names', () => {
  const byEdition = (rows: string, caption = 'Top three of the Glacier Monitoring Index by edition:') =>
    `${caption}\n\n| Edition | First | Second | Third |\n| --- | --- | --- | --- |\n${rows}`;

  it('checks each name against the place of its column in the edition of its row', () => {
    assert.deepEqual(findings(byEdition('| 2020 | ARO | BGS | CIL |\n| 2023 | BGS | CIL | ARO |\n')), []);
    const seen = findings(byEdition('| 2020 | ARO | BGS | CIL |\n| 2021 | ARO | BGS | CIL |\n'));
    assert.deepEqual(
      seen.map((f) => [f.rule, f.stated, f.fix]),
      [
        ['rank', 'BGS', undefined],
        ['rank', 'CIL', undefined],
      ],
    );
  });

  it('reads the transposed table: a row per place, a column per edition', () => {
    const table = (second: string) => `Glacier Monitoring Index, places by edition:\n\n| Place | 2022 | 2024 |\n| --- | --- | --- |\n| 1st | BGS | CIL |\n| 2nd | ${second} | BGS |\n`;
    assert.deepEqual(findings(table('ARO')), []);
    assert.deepEqual(findings(table('the Cervin lab')).map((f) => f.stated), ['Cervin lab']);
  });

  it('stays silent on places under another method, in a part of the index, in a group, or shared', () => {
    for (const caption of [
      'GMI places recomputed with the old method:',
      'Top three of the GMI sub-index for firn monitoring:',
      'Top three among Swiss stations in the Glacier Monitoring Index:',
      'GMI places by staff numbers:',
    ])
      assert.deepEqual(findings(byEdition('| 2021 | ARO | BGS | CIL |\n', caption)), [], caption);
    // A name twice in a row is no table of distinct places; a cell holding two names is a tie.
    assert.deepEqual(findings(byEdition('| 2021 | ARO | ARO | CIL |\n')), []);
    assert.deepEqual(findings(byEdition('| 2021 | ARO | BGS and DFI | EPS |\n')), []);
    // No ranking named near the table: places by some other measure.
    assert.deepEqual(findings('Observatories by staff:\n\n| Year | First | Second |\n| --- | --- | --- |\n| 2021 | BGS | ARO |\n'), []);
  });
});

describe('dv7 rank: a verbless clause after a counterfactual is counterfactual too', () => {
  const oldFiles = structuredClone(files);
  oldFiles['obs.json'].rankings[0]!.editions.push({ year: 2024, method: 'old method', source: 'gmi', ranks: places(['bgs', 'cil', 'dfi', 'aro', 'eps']), hypothetical: true } as never);
  const oldEngine = createEngine({ dataset: datasetOf(oldFiles) });
  const seen = (text: string) => seenFindings(oldEngine, text, rankRules);

  it('reads "would have put A second and B fourth" against the recomputed edition', () => {
    // Recomputed: ARO fourth; officially: ARO third.
    assert.deepEqual(seen('Under the old method, the 2024 GMI would have put CIL second and ARO fourth.\n'), []);
    assert.deepEqual(seen('Recomputed the old way, the 2024 GMI would have ranked CIL second, with ARO fourth.\n'), []);
    // The official place stated in the counterfactual's verbless clause is wrong for the recomputation.
    const wrong = seen('Under the old method, the 2024 GMI would have put CIL second and ARO third.\n');
    assert.equal(wrong.length, 1);
    assert.equal(wrong[0]!.stated, 'third');
  });

  it('leaves a clause with its own verb to the official edition (the control)', () => {
    assert.deepEqual(seen('The 2024 GMI would have put CIL second under the old method, but officially ARO was fourth.\n').map((f) => f.stated), ['fourth']);
  });
});

describe('dv7 rank-years: a run "since Y" told in the pluperfect ends before the sentence\'s later year', () => {
  it('reads "had been second since 2022" up to the year before the sentence\'s own', () => {
    // BGS was second in 2024 only; CIL was second in 2021 and 2023.
    assert.deepEqual(findings('In the GMI, CIL took first place in 2024 from BGS, which had been first since 2022.\n'), []);
    const wrong = findings('In the GMI, CIL took first place in 2024 from BGS, which had been first since 2021.\n');
    assert.deepEqual(wrong.map((f) => f.rule), ['rank-years']);
  });

  it('keeps the present perfect running to the latest edition (the control)', () => {
    assert.deepEqual(findings('In the GMI, BGS has been first since 2022.\n').map((f) => f.rule), ['rank-years']);
  });
});

describe('dv7 dataset-value: the second figure of a pair that changes only the year', () => {
  const pairFiles = {
    'obs.json': {
      ...files['obs.json'],
      metrics: [
        { id: 'staff', label: 'Research staff', unit: 'count', phrases: ['research staff', 'researchers'] },
        { id: 'hours', label: 'Hours on the ice', unit: 'count', phrases: ['hours on the ice', 'field hours'] },
      ],
      observations: [
        { entity: 'aro', metric: 'staff', year: 2024, value: 198, source: 'rep' },
        { entity: 'aro', metric: 'staff', year: 2025, value: 212, source: 'rep' },
        { entity: 'bgs', metric: 'hours', year: 2024, value: 1480, source: 'rep' },
        { entity: 'bgs', metric: 'hours', year: 2025, value: 1530, source: 'rep' },
      ],
    },
  };
  const pairEngine = createEngine({ dataset: datasetOf(pairFiles) });
  const seen = (text: string) => seenFindings(pairEngine, text, new Set(['dataset-value']));

  it('reads "212 researchers in 2025 and 189 in 2024" as the same subject and measure in the second year', () => {
    assert.deepEqual(seen('ARO employed 212 researchers in 2025 and 198 in 2024.\n'), []);
    assert.deepEqual(seen('ARO employed 212 researchers in 2025 and 189 in 2024.\n'), [{ rule: 'dataset-value', stated: '189', fix: '198' }]);
    assert.deepEqual(seen('BGS logged 1,530 hours on the ice in 2025, up from 1,840 in 2024.\n').map((f) => f.stated), ['1,840']);
    assert.deepEqual(seen('BGS logged 1,530 hours on the ice in 2025, against 1,480 (2024).\n'), []);
  });

  it('stays silent when the second figure has another subject, kind or measure', () => {
    for (const s of [
      'ARO employed 212 researchers in 2025 and BGS 189 in 2024.\n',
      'ARO employed 212 researchers in 2025 and 40 technicians in 2024.\n',
      'ARO employed 212 researchers in 2025 and 12% more in 2024.\n',
      'BGS logged 1,530 hours on the ice in 2025 and 610 in the laboratory in 2024.\n',
      'Across the network, 212 researchers worked in 2025, against 60 in 2018 and 189 in 2024.\n',
    ])
      assert.deepEqual(seen(s), [], s);
  });
});

describe('dv7 cagr: the rate a clause after its word, endpoints from the dataset', () => {
  const growthFiles = {
    'obs.json': {
      ...files['obs.json'],
      metrics: [
        { id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers', 'publications'] },
        { id: 'grants', label: 'Grant income', unit: 'currency', scale: 'million', currency: 'CHF', phrases: ['grant income', 'grants'] },
      ],
      observations: [
        { entity: 'aro', metric: 'papers', year: 2016, value: 400, source: 'rep' },
        { entity: 'aro', metric: 'papers', year: 2020, value: 500, source: 'rep' },
        { entity: 'bgs', metric: 'grants', year: 2016, value: 10, source: 'rep' },
        { entity: 'bgs', metric: 'grants', year: 2020, value: 14.6, source: 'rep' },
      ],
    },
  };
  // ARO 400 → 500 over four years: 5.7% a year; BGS 10 → 14.6: 9.9% a year.
  const growthEngine = createEngine({ dataset: datasetOf(growthFiles) });
  const seen = (text: string) => seenFindings(growthEngine, text, new Set(['cagr']));

  it('checks "The CAGR of A papers over 2016–2020 was X%" and "between 2016 and 2020"', () => {
    assert.deepEqual(seen('The CAGR of ARO papers over 2016–2020 was 5.7%.\n'), []);
    assert.deepEqual(seen('The CAGR of ARO papers over 2016–2020 was 7.5%.\n'), [{ rule: 'cagr', stated: '7.5%', suggestion: '5.7%' }]);
    assert.deepEqual(seen('The compound annual growth rate of BGS grant income between 2016 and 2020 came to 12.1%.\n').map((f) => f.stated), ['12.1%']);
    assert.deepEqual(seen('The compound annual growth rate of BGS grant income between 2016 and 2020 came to 9.9%.\n'), []);
  });

  it('stays silent when another figure stands between the word and the rate, or the period is not one', () => {
    for (const s of [
      'The CAGR of ARO papers over 2016–2020, against 3.1% for the network, was 7.5%.\n',
      'The CAGR of ARO papers was high; staff turnover in 2016 and 2020 was 7.5%.\n',
      'The CAGR of ARO papers in 2016 and in 2020 was 7.5%.\n',
    ])
      assert.deepEqual(seen(s), [], s);
  });
});

describe('dv7 rank: a choice of places, or a place reported as another\'s claim, is not held', () => {
  it('stays silent on "second or third" and on a rank a text attributes to someone else', () => {
    for (const s of [
      'In the GMI, CIL has been second or third since 2021.\n',
      'In the GMI, ARO placed third or fourth in every edition from 2022 to 2024.\n',
      'Your article ranks DFI fourth in the 2022 GMI; it was fifth.\n',
      'The correspondent wrote that EPS came fifth in the 2023 GMI, which is wrong.\n',
      'Critics claimed that BGS was third in the 2021 GMI.\n',
    ])
      assert.deepEqual(findings(s), [], s);
  });

  it('still checks the place the text itself states (the control)', () => {
    assert.deepEqual(findings('DFI ranked fourth in the 2022 GMI.\n').map((f) => f.stated), ['fourth']);
    assert.deepEqual(findings('In the GMI, CIL has been second since 2021.\n').map((f) => f.rule), ['rank-years']);
  });
});

describe('dv7 granularity: a whole named with a postmodifier opens the sentence', () => {
  const seen = (text: string) => seenFindings(engine, text, new Set(['granularity']));

  it('reads the count of "Among the ten stations the Board tracks, 45% …"', () => {
    assert.deepEqual(seen('Among the ten stations the Board tracks, 45% lie above 3,000 metres.\n').map((f) => f.stated), ['45%']);
    assert.deepEqual(seen('Of the ten stations in the network, 35% are staffed all year.\n').map((f) => f.stated), ['35%']);
    assert.deepEqual(seen('Among the ten stations the Board tracks, 40% lie above 3,000 metres.\n'), []);
  });

  it('leaves a possessive or a figure in the postmodifier unread', () => {
    assert.deepEqual(seen("Of the ten stations' budgets, 45% goes to staff.\n"), []);
    assert.deepEqual(seen('Of the ten stations with 12 staff or more, 45% lie above 3,000 metres.\n'), []);
  });
});

describe('dv7 dataset-value: "a staff of N" names the one metric whose phrases end in that noun', () => {
  const staffFiles = {
    'obs.json': {
      ...files['obs.json'],
      metrics: [
        { id: 'scientists', label: 'Research scientists', unit: 'count', phrases: ['research scientists', 'research staff', 'scientific staff'] },
        { id: 'budget', label: 'Budget', unit: 'currency', scale: 'million', currency: 'CHF', phrases: ['budget'] },
      ],
      observations: [{ entity: 'aro', metric: 'scientists', year: 2025, value: 212, source: 'rep' }],
    },
  };
  const staffEngine = createEngine({ dataset: datasetOf(staffFiles) });
  const seen = (text: string) => seenFindings(staffEngine, text, new Set(['dataset-value']));

  it('reads "With a staff of 264 in 2025, ARO …" and "ARO, with a staff of 264 in 2025, …"', () => {
    assert.deepEqual(seen('With a staff of 212 in 2025, ARO is the largest observatory.\n'), []);
    assert.deepEqual(seen('With a staff of 264 in 2025, ARO is the largest observatory.\n').map((f) => f.stated), ['264']);
    assert.deepEqual(seen('ARO, with a scientific staff of 264 in 2025, is the largest observatory.\n').map((f) => f.stated), ['264']);
  });

  it('leaves a bare "264 staff" and a noun that heads no phrase unread', () => {
    for (const s of ['ARO had 264 staff in 2025.\n', 'With a team of 264 in 2025, ARO is the largest observatory.\n', 'ARO has a fleet of 3 vehicles.\n'])
      assert.deepEqual(seen(s), [], s);
  });
});

describe('dv7 rank: "a year later" dates a place to the edition after the sentence\'s year', () => {
  it('reads "then to second a year later" against the next edition', () => {
    // CIL: 3rd in 2020, 2nd in 2021; BGS: 3rd in 2021, 1st in 2022.
    assert.deepEqual(findings('In the GMI, CIL ranked third in 2020 and ranked second a year later.\n'), []);
    assert.deepEqual(findings('In the GMI, BGS rose to third in 2021 and to first the following year.\n'), []);
    // The year is counted from another ("a year later"): the fix is a suggestion.
    assert.deepEqual(findings('In the GMI, CIL ranked third in 2020 and ranked first a year later.\n').map((f) => [f.stated, f.fix, f.suggestion]), [['first', undefined, 'second']]);
  });
});

describe('dv7 rank-years: the last of a list of places over a span is not held through the span', () => {
  it('stays silent on "3rd, 2nd, 3rd in 2020–2022" and still reads a single place over a span', () => {
    assert.deepEqual(findings('GMI placings of CIL: 3rd, 2nd, 3rd in 2020–2022.\n'), []);
    assert.deepEqual(findings('In the GMI, CIL was 3rd in 2020–2022.\n').map((f) => f.rule), ['rank-years']);
  });
});
