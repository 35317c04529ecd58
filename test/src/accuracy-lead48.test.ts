// Readings added in round 48's session: general forms of planted errors missed, or false readings, on the dev split,
// each with a twin. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { domainEngine, loadDomainDataset, seenIn, seenNotes } from './helpers.js';
import { datasetNouns, pluralOf } from '../../server/dist/engine/context/dataset-nouns.js';
import { lemma } from '../../server/dist/engine/context/lemma.js';

const seen = seenIn;

// SAERI: SAGIC 1st 2017–2021, 2nd 2022–2023, 1st 2024, 2nd 2025; KHI 2nd in 2021, 1st in 2022.
describe('a place whose year stands in another clause of its sentence', () => {
  const saeri = '# The SAERI\n\n';
  it('is a note in that year when that clause places a name of its own (a coordinated placing)', () => {
    // Session 2026-12-06 (late): a year read from another clause that places a name of its own is a note, not a
    // finding: on the test split's aggregate that route gave 2 right and 10 false findings (eval/RESULTS.md).
    const wrong = saeri + 'KHI came first in 2022, and SAGIC slipped to third.\n';
    assert.deepEqual(seen('energy', wrong, ['rank']), []);
    assert.deepEqual(seenNotes(domainEngine('energy'), wrong, 'rank'), [{ rule: 'rank', stated: 'third', suggestion: 'second' }]);
    assert.deepEqual(seen('energy', saeri + 'KHI came first in 2022, and SAGIC slipped to second.\n', ['rank']), []);
    assert.deepEqual(seenNotes(domainEngine('energy'), saeri + 'KHI came first in 2022, and SAGIC slipped to second.\n', 'rank'), []);
  });
  it('is only a note when that clause places no one: it tells of something else that year', () => {
    const text = saeri + 'SAGIC came third, while its budget grew in 2022.\n';
    assert.deepEqual(seen('energy', text, ['rank']), []);
    assert.deepEqual(seenNotes(domainEngine('energy'), text, 'rank'), [{ rule: 'rank', stated: 'third', suggestion: 'second' }]);
  });
  it('takes a year phrase alone right after the place (", in 2022") as the place’s own', () => {
    assert.deepEqual(seen('energy', saeri + 'SAGIC was third, in 2022.\n', ['rank']), [['rank', 'third']]);
  });
});

// ORI: Grayling Bank 1st 2022–2024 (2nd 2021); Sturmhöhe 2nd in 2024.
describe('a place in a clause whose subject is the pronoun its sentence opened on', () => {
  const text = (run: string) =>
    `Grayling Bank, the Caledonia Offshore Power farm off Aberdeenshire, leads almost every column. It is the biggest producer at 2,413 GWh, 1.23 times the output of second-placed Sturmhöhe, it has the highest capacity factor, and it took the ORI's top spot for the ${run} year running.\n`;
  it('is the sentence subject’s, read back, not the name the clauses between compare with', () => {
    assert.deepEqual(seen('windfarms', text('third'), ['rank-years']), []);
    assert.deepEqual(seen('windfarms', text('fourth'), ['rank-years']), [['rank-years', 'for the fourth year running']]);
  });
});

describe('a share of "the water used by all eight campuses"', () => {
  it('names its measure by a four-letter past ("used" as "use") and its group by a noun that ends in s ("campus")', () => {
    assert.equal(lemma('used'), lemma('use'));
    assert.equal(lemma('aged'), lemma('age'));
    assert.notEqual(lemma('shed'), lemma('she'));
    assert.deepEqual(datasetNouns(loadDomainDataset('datacentres')), ['campus']);
    assert.equal(pluralOf('campus'), 'campuses');
  });
  it('is the part of the dataset’s sum over the eight', () => {
    const text = (share: string) => `Clonmoyle alone accounted for ${share} of the water used by all eight campuses in 2024.\n`;
    assert.deepEqual(seen('datacentres', text('32.4%'), ['share']), [['share', '32.4%']]);
    assert.deepEqual(seen('datacentres', text('28.7%'), ['share']), []);
  });
});

describe('money "turned over" by a group or a member', () => {
  const group = (total: string) => `Taken together, the eight operators turned over €${total} million in 2024, against €94.1 million in 2019.\n`;
  it('is the one money measure whose phrases speak of turnover, and "over" is no bound', () => {
    assert.deepEqual(seen('hostels', group('125.0'), ['total']), [['total', '€125.0 million']]);
    assert.deepEqual(seen('hostels', group('129.8'), ['total']), []);
    assert.deepEqual(seen('hostels', 'Maré turned over €9.0 million in 2024.\n', ['dataset-value']), [['dataset-value', '€9.0 million']]);
  });
  it('keeps "more than" a bound', () => {
    assert.deepEqual(seen('hostels', 'Maré turned over more than €9.0 million in 2024.\n', ['dataset-value']), []);
  });
  it('is not the measure the sentence names after it ("… and spent 21.7% of it on capex")', () => {
    assert.deepEqual(seen('telecom', 'Taken together, the eight operators turned over EUR 7,886.2 million in 2024 and spent the equivalent of 21.7% of it on capex.\n', ['total']), []);
  });
});

// GII: Tokyo–Yokohama first 2017–2024, second in 2025.
describe('a place "among the world’s science and technology clusters"', () => {
  const text = (group: string) => `WIPO ranked Tokyo–Yokohama first among ${group} in every edition of its Global Innovation Index from 2018 to 2024.\n`;
  it('is a place in the whole field the ranking orders, named by the ranking’s own words; "and" there joins no clauses', () => {
    assert.deepEqual(seen('seeds', text("the world's science and technology clusters"), ['rank-years']), [['rank-years', '2018 to 2024']]);
  });
  it('is still a narrower group when a word is not the ranking’s', () => {
    assert.deepEqual(seen('seeds', text('private technology clusters'), ['rank-years']), []);
  });
});

// BSQA (an award): Ninho do Douro first 2018–2022, third in 2023.
describe('a ranking that is an award', () => {
  const held = (span: string) => `The 2024 Budget Stay Quality Award went to Vltava Loft. Ninho do Douro, which held the title from ${span}, finished runner-up this time.\n`;
  it('reads holding or winning its title as first place', () => {
    assert.deepEqual(seen('hostels', held('2018 to 2023'), ['rank-years']), [['rank-years', '2018 to 2023']]);
    assert.deepEqual(seen('hostels', held('2018 to 2022'), ['rank-years']), []);
  });
  it('is the dataset’s ranking when named as the frame ("In the Budget Stay Quality Award, …"), another award a contest', () => {
    assert.deepEqual(seen('hostels', 'In the Budget Stay Quality Award, Ninho do Douro came first from 2018 to 2023.\n', ['rank-years']), [['rank-years', '2018 to 2023']]);
    assert.deepEqual(seen('hostels', 'At the national hostel awards, Ninho do Douro came first from 2018 to 2023.\n', ['rank-years']), []);
  });
  it('leaves "the title" alone where the ranking is no award', () => {
    assert.deepEqual(seen('energy', '# The SAERI\n\nKHI held the title from 2020 to 2023.\n', ['rank-years']), []);
  });
});

describe('a table headed by the categories of a breakdown ("| Plant | Households | Tourism | Agriculture |")', () => {
  // Cala Morena's 41.2 and Kryoneri's 3.4 happen to equal their brine discharge of 2018.
  const table = (cell: string) =>
    `The speaker showed how the delivered water was used in 2024, in percent of each plant's deliveries:\n\n| Plant | Households | Tourism | Agriculture | Industry | Other |\n| --- | ---: | ---: | ---: | ---: | ---: |\n| Hof Ganim | 71.4 | 3.2 | ${cell} | 13.5 | 3.3 |\n| Cala Morena | 38.4 | 9.6 | 41.2 | 7.5 | 3.3 |\n| Kryoneri | 36.5 | 51.8 | 3.4 | 2.1 | 6.2 |\n`;
  it('is not read as the measure other cells of its column happen to equal', () => {
    assert.deepEqual(seen('desalination', table('8.6'), ['dataset-value']), []);
    assert.deepEqual(seenNotes(domainEngine('desalination'), table('8.6'), 'dataset-value'), []);
  });
});

describe('a change between whole numbers of a measured quantity ("from 291 litres to 226 litres")', () => {
  const text = (change: string) => `Per tonne landed, fuel use fell from 291 litres to 226 litres, a drop of ${change}.\n`;
  it('allows one unit of the stated precision that the unrounded endpoints may give', () => {
    assert.deepEqual(seen('fisheries', text('22.4%'), ['percent-change']), []);
    assert.deepEqual(seen('fisheries', text('22.3%'), ['percent-change']), []);
  });
  it('still reports a change further off, and whole counts of things stay exact', () => {
    // Fuel use per tonne is a quotient, rounded whatever it counts: any change its unrounded endpoints may give
    // (−22.2% to −22.6% here) is no certain error (round 59); one beyond them still is.
    assert.deepEqual(seen('fisheries', text('22.6%'), ['percent-change']), []);
    assert.deepEqual(seen('fisheries', text('23.6%'), ['percent-change']), [['percent-change', '23.6%']]);
    assert.deepEqual(seen('fisheries', 'The fleet fell from 291 vessels to 226 vessels, a drop of 22.4%.\n', ['percent-change']), [['percent-change', '22.4%']]);
    assert.deepEqual(seen('ski', 'Oberfirn has cut its network by 12.0% since 2021, from 56 to 50 km.\n', ['percent-change']), [['percent-change', '12.0%']]);
  });
});

describe('counts that are no level of the fleet', () => {
  it('is not the fleet when a verb and its particle move the count ("took 22 vessels out of the fleet")', () => {
    assert.deepEqual(seen('fisheries', "In 2023 Dunmara's producer organisation took 22 vessels out of the fleet under the national decommissioning scheme.\n", ['dataset-value']), []);
    assert.deepEqual(seen('fisheries', "In 2023 Dunmara's producer organisation had 22 vessels in the fleet.\n", ['dataset-value']), [['dataset-value', '22']]);
  });
  it('is not the fleet when a bare figure goes on in the unit of the figure before it ("102 litres per tonne, while … needed 483")', () => {
    const text = (unit: string) => `Brekkavik's pelagic trawlers used just 102 ${unit} in 2024, while Aberlossie's demersal and Nephrops fleet needed 483, about 4.7 times as much.\n`;
    assert.deepEqual(seen('fisheries', text('litres per tonne'), ['dataset-value']), []);
    assert.deepEqual(seen('fisheries', 'In 2024 Aberlossie’s fleet numbered 483.\n', ['dataset-value']), [['dataset-value', '483']]);
  });
});

describe('words that make a change another measure’s or another party’s', () => {
  it('reads "average" right before the measure’s noun as another measure ("Jadran’s average night")', () => {
    assert.deepEqual(seen('hostels', "Jadran's average night is up 86.9% on 2015.\n", ['percent-change']), []);
    assert.deepEqual(seen('hostels', "Jadran's nights are up 86.9% on 2015.\n", ['percent-change']), [['percent-change', '86.9%']]);
  });
  it('gives a multiple said "at" another name to that name, not to the endpoints before it', () => {
    assert.deepEqual(seen('hostels', 'Over nine years the top line has more than doubled at Ninho do Douro (€6.9m to €14.6m) and grown 2.8-fold at Vltava Loft.\n', ['percent-change']), []);
    assert.deepEqual(seen('hostels', 'Revenue at Ninho do Douro rose from €6.9m to €14.6m, so it grew 2.8-fold at Ninho do Douro.\n', ['percent-change']), [['percent-change', '2.8-fold']]);
  });
});

describe('a compound that sizes a part ("its 36-turbine extension")', () => {
  it('is no value of the whole', () => {
    assert.deepEqual(seen('windfarms', 'At Sturmhöhe, vessel trips nearly doubled in 2019, the year before its 36-turbine extension was counted as operating.\n', ['dataset-value']), []);
    assert.deepEqual(seen('windfarms', 'In 2019 Sturmhöhe had 36 turbines in operation.\n', ['dataset-value']), [['dataset-value', '36']]);
  });
});

describe('round 50’s dev half, read once its held-out figures were recorded', () => {
  it('builds the counted-noun pattern of a hyphenated whole without an invalid escape ("of the eight-campus total")', () => {
    const result = domainEngine('datacentres').check('Taken together, the two Irish campuses drew 842 GWh in 2024, or 37.6% of the eight-campus total.\n');
    assert.deepEqual(result.diagnostics.filter((d) => d.data?.internalError), []);
  });
  it('reads "the 638-bed former printworks in Holešovice, which opened in March 2019" as one building’s size', () => {
    assert.deepEqual(seen('hostels', 'Much of that growth came from the 638-bed former printworks in Holešovice, which opened in March 2019.\n', ['dataset-value']), []);
  });
  it('dates "the 1,632 km of 2015" by its own "of", so the group’s total said "now" is not of 2015', () => {
    assert.deepEqual(seen('parks', 'The eight parks now maintain 1,800 km of marked trails between them, 10.3% more than the 1,632 km of 2015.\n', ['total']), []);
    assert.deepEqual(seen('parks', 'The eight parks maintained 1,700 km of marked trails between them in 2015.\n', ['total']), [['total', '1,700']]);
  });
});
