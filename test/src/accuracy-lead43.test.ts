// Readings added in round 43's session: missed planted errors of the dev split, each with a twin that stays silent.
// Datasets: eval/domains and samples/dataset, or a made-up one written here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, domainEngine, seenFindings, seenIn, seenNotes } from './helpers.js';

const seen = seenIn;

describe('a rate after two endpoints with no years, in a sentence that names no measure', () => {
  it('takes its period from the one pair of facts that hold both values, as a suggestion', () => {
    const found = seenFindings(createEngine({ dataset: datasetOf(papers([])) }), 'Keio went from 21 to 63 papers, or 11.6% a year.\n', new Set(['cagr']));
    assert.deepEqual(found.map((f) => [f.stated, f.fix ?? null, f.suggestion ?? null]), [['11.6%', null, '13.0%']]);
    assert.deepEqual(seen('seeds', '**11/15** Science Tokyo: 165 → 201 (+21.8%). Keio: 21 → 63, so it tripled, at 11.6% a year.\n', ['cagr']), [['cagr', '11.6%']]);
  });
  it('is silent when the rate fits those years', () => {
    assert.deepEqual(seen('seeds', 'Keio went from 21 to 63 papers, or 13.0% a year.\n', ['cagr']), []);
  });
  it('is not read when another entity holds both values in other years', () => {
    const other = [
      { entity: 'b', metric: 'papers', year: 2017, value: 21, source: 's' },
      { entity: 'b', metric: 'papers', year: 2022, value: 63, source: 's' },
    ];
    assert.deepEqual(seenFindings(createEngine({ dataset: datasetOf(papers(other)) }), 'Keio went from 21 to 63 papers, or 11.6% a year.\n', new Set(['cagr'])), []);
  });
  it('is not read when a value is held by two years of the measure', () => {
    const twice = [{ entity: 'keio', metric: 'papers', year: 2019, value: 63, source: 's' }];
    assert.deepEqual(seenFindings(createEngine({ dataset: datasetOf(papers(twice)) }), 'Keio went from 21 to 63 papers, or 11.6% a year.\n', new Set(['cagr'])), []);
  });
});

/** A made-up dataset: Keio's papers, 21 in 2015 and 63 in 2024, and `more` observations. */
function papers(more: object[]) {
  return {
    'papers.json': {
      sources: [{ id: 's', title: 'Paper counts', publisher: 'Made-up Council', year: 2025 }],
      entities: [
        { id: 'keio', name: 'Keio University', aliases: ['Keio'], kind: 'university' },
        { id: 'b', name: 'Bayfield University', aliases: ['Bayfield'], kind: 'university' },
      ],
      metrics: [{ id: 'papers', label: 'Co-authored papers with Swedish partners', unit: 'count', phrases: ['co-authored papers'] }],
      observations: [
        { entity: 'keio', metric: 'papers', year: 2015, value: 21, source: 's' },
        { entity: 'keio', metric: 'papers', year: 2024, value: 63, source: 's' },
        ...more,
      ],
    },
  };
}

describe('figures of one subject each beside its own year, in a sentence that names no measure', () => {
  const text = (value: string, tail = 'against 84.0 thousand in 2015 and 93.3 thousand in 2019') => `## 2. Sønderhavn: backing a winner\n\n- It sold ${value} thousand paid seats in 2024, ${tail}.\n`;
  it('are of the one measure the other figures equal at their years: a figure of another year is reported, as a suggestion', () => {
    // A measure read from the figures beside it is an unverified note (lent-slots.ts DOUBTFUL, 2026-12-06).
    assert.deepEqual(seenFindings(domainEngine('orchestras'), text('95.0'), new Set(['dataset-value'])), []);
    const noted = seenNotes(domainEngine('orchestras'), text('95.0'), 'dataset-value');
    assert.deepEqual(noted.map((f) => [f.stated, f.suggestion ?? null]), [['95.0 thousand', '100.2 thousand']]);
  });
  it('are silent when the figure is its year’s', () => {
    assert.deepEqual(seen('orchestras', text('100.2'), ['dataset-value']), []);
  });
  it('need two other figures that agree', () => {
    assert.deepEqual(seen('orchestras', text('95.0', 'against 84.0 thousand in 2015 and 90.0 thousand in 2019'), ['dataset-value']), []);
    assert.deepEqual(seen('orchestras', text('95.0', 'against 84.0 thousand in 2015'), ['dataset-value']), []);
  });
  it('need one year beside each figure', () => {
    assert.deepEqual(seen('orchestras', text('95.0', 'against 84.0 thousand in 2015 and 93.3 thousand'), ['dataset-value']), []);
  });
  it('are not read when the sentence names two subjects', () => {
    assert.deepEqual(seen('orchestras', '## Sønderhavn\n\n- It sold 95.0 thousand paid seats in 2024, against 84.0 thousand in 2015 and 93.3 thousand in 2019, more than Nordvig.\n', ['dataset-value']), []);
  });
});

describe('a table cell under a header that names a scale ("Passengers 2024 (million)")', () => {
  const table = (header: string, first: string) => `| Operator | ${header} |\n| --- | ---: |\n| Ionian Star | ${first} |\n| Fjordlink | 7.03 |\n`;
  it('is read in that scale, not the metric’s (thousands): a right figure is silent, a wrong one reported in the header’s scale', () => {
    assert.deepEqual(seen('ferries', table('Passengers 2024 (million)', '2.40'), ['dataset-value']), []);
    const found = seenFindings(domainEngine('ferries'), table('Passengers 2024 (million)', '2.60'), new Set(['dataset-value']));
    assert.deepEqual(found.map((f) => [f.stated, f.fix ?? null]), [['2.60', '2.40']]);
  });
  it('leaves a rate’s base alone: "per million" is no scale', () => {
    assert.deepEqual(seen('ferries', table('Passengers per million inhabitants, 2024', '2.40'), ['dataset-value']), []);
  });
  it('is no slip of digits when a thousand times off, as rounded: never a fix that writes 7,028.00 for 7.03', () => {
    assert.deepEqual(seen('ferries', table('Passengers 2024 (thousand)', '2,395'), ['dataset-value']), []);
  });
});

describe('a relative year ("that year") after which the sentence names another year', () => {
  const text = (value: string) => `3.3 The dry summer of 2018 showed how exposed response standards are. Hallamoor attended ${value} fires that year, 36.6% more than in 2017.\n`;
  it('counts from the year before it (the sentence before), not from the year compared with', () => {
    assert.deepEqual(seen('firerescue', text('7,331'), ['dataset-value']), []);
    assert.deepEqual(seen('firerescue', text('7,000'), ['dataset-value']), [['dataset-value', '7,000']]);
  });
});

describe('a group’s figures in a sentence that counts people', () => {
  it('are no total of a measure of things the sentence also names ("people died in fires attended by the eight services")', () => {
    assert.deepEqual(seen('firerescue', '6.1 Forty-nine people died in fires attended by the eight services in 2024, against 51 in 2015 and 61 in 2023.\n', ['total']), []);
  });
  it('leave a total of that measure checked', () => {
    assert.deepEqual(seen('firerescue', '6.1 The eight services attended 20,000 fires in 2024.\n', ['total']), [['total', '20,000']]);
  });
});

describe('a percent "of" a name’s possessive that ends its sentence', () => {
  it('takes no whole from the next sentence ("67.0% of Keio’s. Keio’s 60-and-over …")', () => {
    assert.deepEqual(seen('seeds', 'Runners made up 67.0% of Keio’s. Keio’s 60-and-over group is larger.\n', ['granularity']), []);
    assert.deepEqual(seen('seeds', 'Runners made up 67.0% of Keio’s 60 runners.\n', ['granularity']), [['granularity', '67.0%']]);
  });
});

describe('a figure named a loss, gain, cut or reduction', () => {
  const outlets = createEngine({
    dataset: datasetOf({
      'outlets.json': {
        sources: [{ id: 's', title: 'Operator returns', publisher: 'Made-up Regulators', year: 2025 }],
        entities: [{ id: 'nv', name: 'Nordvarden Post AS', aliases: ['Nordvarden'], kind: 'company' }],
        metrics: [{ id: 'outlets', label: 'Post offices and service points on 31 December', unit: 'count', phrases: ['post offices and service points', 'outlets'] }],
        observations: [
          { entity: 'nv', metric: 'outlets', year: 2015, value: 1418, source: 's' },
          { entity: 'nv', metric: 'outlets', year: 2024, value: 1255, source: 's' },
        ],
      },
    }),
  });
  const text = (words: string) => `# Nordvarden and its peers\n\nAt the end of 2024 Nordvarden ran 1,255 post offices and service points. That is 11.5% fewer than in 2015, ${words} 163 outlets.\n`;
  it('is a change, not the measure’s value in the year compared with', () => {
    assert.deepEqual(seenFindings(outlets, text('a net loss of'), new Set(['dataset-value'])), []);
    assert.deepEqual(seenFindings(outlets, text('a cut of'), new Set(['dataset-value'])), []);
  });
  it('leaves a figure with no such word read', () => {
    assert.deepEqual(seenFindings(outlets, text('down from').replace('That is 11.5% fewer than in 2015, down from', 'It ran').replace('163 outlets', '163 outlets in 2015'), new Set(['dataset-value'])).map((f) => f.stated), ['163']);
  });
});

describe('a place "of the eight races"', () => {
  const text = (place: string) => `In the Asia-Pacific Marathon Quality Index, Hokitaua scored 75.6 and ranked ${place} of the eight races in the 2024 edition.\n`;
  it('is a place in the ranking that orders that counted set, not in a race', () => {
    assert.deepEqual(seen('marathons', text('sixth'), ['rank']), [['rank', 'sixth']]);
    assert.deepEqual(seen('marathons', text('seventh'), ['rank']), []);
  });
  it('leaves a place at one race no ranking’s', () => {
    assert.deepEqual(seen('marathons', 'In the 2024 Asia-Pacific Marathon Quality Index year, Hokitaua came sixth at the Osaka race.\n', ['rank']), []);
  });
});

describe('a sentence that opens on an edition counted by an ordinal ("In the ninth edition, out in 2024,")', () => {
  const text = (place: string) => `Every September they publish the Observatory Impact Ranking. In the ninth edition, out in 2024, Warrumbin came ${place}.\n`;
  it('opens on the edition, not on a measure: the place is checked', () => {
    assert.deepEqual(seen('observatories', text('fifth'), ['rank']), [['rank', 'fifth']]);
    assert.deepEqual(seen('observatories', text('fourth'), ['rank']), []);
  });
  it('still reads an opening on a measure as one', () => {
    assert.deepEqual(seen('observatories', 'Every September they publish the Observatory Impact Ranking. In visitor numbers, out in 2024, Warrumbin came fifth.\n', ['rank']), []);
  });
});

describe('a sentence that only refers back ("That is 13.0% fewer than in 2015")', () => {
  const text = (change: string, tail = '') => `At the end of 2024 Nordvarden ran 1,255 post offices and service points, most of them in shops. That is ${change} than in 2015${tail}.\n`;
  it('is a change of the sentence before’s one linked figure from the base year, both endpoints the dataset’s (a suggestion)', () => {
    const found = seenFindings(domainEngine('postal'), text('13.0% fewer', ', a net loss of 163 outlets'), new Set(['percent-change']));
    assert.deepEqual(found.map((f) => [f.stated, f.fix ?? null]), [['13.0%', null]]);
    assert.deepEqual(seen('postal', text('11.5% fewer'), ['percent-change']), []);
  });
  it('is not read when the sentence names a subject or a second figure of its own before the base', () => {
    assert.deepEqual(seen('postal', text('13.0% fewer than DanPost’s, and 9.0% fewer'), ['percent-change']), []);
    assert.deepEqual(seen('postal', 'At the end of 2024 Nordvarden ran 1,255 post offices and 2,100 parcel lockers. That is 13.0% fewer than in 2015.\n', ['percent-change']), []);
  });
});

describe('round 44’s dev half, read after its held-out figures were recorded', () => {
  it('"4,034 times" is a count of times, not ×4.034 (a comma before three digits groups thousands)', () => {
    const text = (times: string) => `Together they are a factory for knowledge: in 2024, papers drew on their telescopes ${times} times, up 46.6% from 2,752 in 2015.\n`;
    assert.deepEqual(seen('observatories', text('4,034'), ['percent-change']), []);
    assert.deepEqual(seen('seeds', 'Keio went from 21 to 63 papers, 3,5 times as many.\n', ['percent-change']), [['percent-change', '3,5 times']]);
  });
  it('a table cell of a difference ("| 27 more |") is no value of the row’s measure', () => {
    const table = (cell: string) => `**Table 1: KSW and Feldhammer, 2024**\n\n| | KSW (Auenbach) | Feldhammer | KSW compared |\n| --- | ---: | ---: | --- |\n| Staff at 31 December | 117 | 90 | ${cell} |\n`;
    assert.deepEqual(seen('breweries', table('27 more'), ['dataset-value']), []);
  });
  it('"the first JEI" counts the index’s editions: no place of the subject', () => {
    const text = (place: string) => `Valdemora was ${place} in the first JEI in 2016, topped the index in 2020 and has been third since 2022.\n`;
    assert.deepEqual(seen('courts', text('second'), ['rank']), []);
    assert.deepEqual(seen('courts', text('third'), ['rank']), [['rank', 'third']]);
  });
  it('"in 2023 it rose to seventh" dates the move by the year that opens its clause', () => {
    const text = (place: string) => `In the Observatory Impact Ranking, Kalgarrin Range has been last in every edition but one: in 2023 it rose to ${place}.\n`;
    assert.deepEqual(seen('observatories', text('seventh'), ['rank']), []);
    assert.deepEqual(seen('observatories', text('sixth'), ['rank']), [['rank', 'sixth']]);
  });
});

describe('a table of shares whose caption gives the unit as "(% of cases filed)"', () => {
  const table = (caption: string, family: string) => `**Table 3.3. Civil cases filed by type, 2024${caption}**\n\n| District | Family | Commercial | Property | Consumer | Other |\n| --- | ---: | ---: | ---: | ---: | ---: |\n| Valdemora | 31.4 | 18.2 | 21.7 | 16.9 | 11.8 |\n| Riberalta | ${family} | 21.4 | 19.8 | 17.5 | 11.1 |\n`;
  it('is read as rows of a breakdown, as cells with "%" would be', () => {
    assert.deepEqual(seen('courts', table(' (% of cases filed)', '32.2'), ['breakdown-sum']).length, 1);
    assert.deepEqual(seen('courts', table(' (% of cases filed)', '30.2'), ['breakdown-sum']), []);
  });
  it('is not read without a unit that says percent', () => {
    assert.deepEqual(seen('courts', table('', '32.2'), ['breakdown-sum']), []);
  });
});
