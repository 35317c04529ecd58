// Readings added in round 58's session: false readings or general forms of planted errors missed on the dev split
// (round 55's dev half, read this session), each with a twin. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { domainEngine, seenIn, seenNotes } from './helpers.js';

const seen = seenIn;

// Breweries: medals won 2021 Oosthove 5, Hautmarais 3, Zlatá Lípa 5, Brusnice 6, Feldhammer 4, St. Wendelin 3,
// Gratzenberg 4, Zirbenthal 3.
describe('a table column whose header names no measure, read by what its other cells agree on', () => {
  const table = (stands: number[]) =>
    `| Brewery | Stand |\n| --- | ---: |\n${['Oosthove', 'Hautmarais', 'Zlatá Lípa', 'Brusnice', 'Feldhammer', 'St. Wendelin', 'Gratzenberg', 'Zirbenthal'].map((b, i) => `| ${b} | ${stands[i]} |`).join('\n')}\n`;
  it('is no measure when only half its small whole numbers meet one by chance', () => {
    assert.deepEqual(seen('breweries', table([1, 3, 5, 6, 2, 7, 4, 8]), ['dataset-value']), []);
  });
  it('is read when all but one of the others agree (an unverified note: a measure lent by the figures beside it)', () => {
    assert.deepEqual(seen('breweries', table([5, 3, 5, 6, 4, 3, 4, 8]), ['dataset-value']), []);
    assert.deepEqual(seenNotes(domainEngine('breweries'), table([5, 3, 5, 6, 4, 3, 4, 8]), 'dataset-value').map((n) => n.stated), ['8']);
    assert.deepEqual(seenNotes(domainEngine('breweries'), table([1, 3, 5, 6, 2, 7, 4, 8]), 'dataset-value'), []);
  });
});

// Energy: patent families 2025, ten institutes 130 (SAGIC 31, KHI 27: 44.6% together); SAGIC total budget 2024
// EUR 148.6 million.
describe('a share whose part is several figures joined ("A’s 31 and B’s 27 together made up 44.6%")', () => {
  it('is not read as a share of the last figure alone', () => {
    const text = 'In 2025 the ten institutes filed 130 patent families in total. SAGIC’s 31 and KHI’s 27 together made up 44.6% of all filings.\n';
    assert.deepEqual(seen('energy', text, ['share']), []);
  });
  it('leaves a share of one stated part read', () => {
    const text = 'In 2025 the ten institutes filed 130 patent families in total. KHI’s 27 made up 44.6% of all filings.\n';
    assert.deepEqual(seen('energy', text, ['share']), [['share', '44.6%']]);
  });
});

describe('a name in an "of which" clause after a figure', () => {
  it('is a part of the figure, not its subject', () => {
    assert.deepEqual(seen('energy', 'Combined 2024 budgets came to EUR 448.3 million, of which SAGIC accounted for 33.1%.\n', ['dataset-value']), []);
  });
  it('leaves the subject named before the figure read', () => {
    assert.deepEqual(seen('energy', 'In 2024 the budget came to EUR 448.3 million at SAGIC, of which 33.1% came from grants.\n', ['dataset-value']), [['dataset-value', 'EUR 448.3 million']]);
  });
});

// Space: budget 2024, eleven institutes USD 621.6 million; IBCE USD 212.4 million (34.2% of 621.6, 34.5% of 615.5).
describe('a member’s share of a stated whole that the dataset’s sum over every member gives differently', () => {
  it('is not reported when the share follows from the dataset’s sum: the slip is in the whole', () => {
    assert.deepEqual(seen('space', 'In 2024 the eleven budgets add up to USD 615.5 million, of which IBCE alone accounts for 34.2%.\n', ['share']), []);
  });
  it('is reported when it follows from neither', () => {
    assert.deepEqual(seen('space', 'In 2024 the eleven budgets add up to USD 615.5 million, of which IBCE alone accounts for 37.2%.\n', ['share']), [['share', '37.2%']]);
    assert.deepEqual(seen('space', 'In 2024 the eleven budgets add up to USD 621.6 million, of which IBCE alone accounts for 36.2%.\n', ['share']), [['share', '36.2%']]);
  });
});

// Canals: cargo (million tonnes) Oostmaar 2024 23.0.
describe('a count followed by the unit its measure’s label names ("22.5 million tonnes" of cargo in million tonnes)', () => {
  it('is the measure’s value', () => {
    assert.deepEqual(seen('canals', 'Oostmaar’s cargo was 22.5 million tonnes in 2024.\n', ['dataset-value']), [['dataset-value', '22.5 million']]);
    assert.deepEqual(seen('canals', 'Oostmaar’s cargo was 23.0 million tonnes in 2024.\n', ['dataset-value']), []);
  });
  it('still counts another noun than the label’s unit as something else', () => {
    assert.deepEqual(seen('canals', 'Oostmaar’s cargo was carried by 22.5 million barges in 2024.\n', ['dataset-value']), []);
  });
});

// Forests: SFI places Kremenik 2nd 2019–2022, 1st 2023–2024; Kargalpen 1st 2018–2022, 2nd 2023–2024.
describe('a first person with no organisation the document speaks for, after another organisation’s rank', () => {
  const interview = (we: string) =>
    `# An interview\n\n**Kremenik has just topped the Sustainable Forestry Index. We spoke to its head.**\n\n**Q:** Did you expect it? Kremenik was first in 2023 and again in 2024.\n\n**A:** No. Kargalpen led the index for years. ${we}\n`;
  it('is the organisation the document is about, not the one named just before', () => {
    assert.deepEqual(seen('forests', interview('We came second in four editions in a row, from 2019 to 2022.'), ['rank-years', 'rank']), []);
    assert.deepEqual(seen('forests', interview('We came second in four editions in a row, from 2018 to 2021.'), ['rank-years', 'rank']), []);
  });
  it('is still read as the organisation named before when the document is about it', () => {
    const plan = (from: number) => `# Kargalpen district plan\n\nKargalpen ranked second in the 2023 Sustainable Forestry Index. In fact we held the top spot from ${from} to 2022, before Kremenik overtook us.\n`;
    assert.deepEqual(seen('forests', plan(2018), ['rank-years']), []);
    assert.deepEqual(seen('forests', plan(2017), ['rank-years']), [['rank-years', '2017 to 2022']]);
  });
});

describe('a list of shares after a lead-in whose own share they complete', () => {
  const text = (first: string) => `Maré is the big Lisbon name. In 2024 only ${first} of its overnight stays were by Portuguese residents:\n\n- rest of Europe: 49.8%\n- the Americas: 19.3%\n- Asia-Pacific: 11.2%\n- Africa, the Middle East and not stated: 5.1%\n`;
  it('is a split with that share: no finding when they make 100%', () => {
    assert.deepEqual(seen('hostels', text('14.6%'), ['breakdown-sum']), []);
  });
  it('is still summed alone when the lead-in says it splits the whole', () => {
    const split = 'In 2024 Maré’s overnight stays split by origin as follows:\n\n- Portugal: 4.6%\n- rest of Europe: 49.8%\n- the Americas: 19.3%\n- Asia-Pacific: 11.2%\n- other: 5.1%\n';
    assert.deepEqual(seen('hostels', split, ['breakdown-sum']).length, 1);
  });
});

// Water: DNWS connections (thousand) 2016 214, 2018 237; staff (FTE) 2016 903.
describe('a bare figure compared with a ratio before it ("335 connections per member of staff, against 237 in 2016")', () => {
  it('is a ratio, not a level of the measure named in the ratio nor of the fact it equals', () => {
    assert.deepEqual(seen('water', 'DNWS still served roughly 335 connections per member of staff, against 237 in 2016.\n', ['dataset-value']), []);
  });
  it('leaves a compared figure with its own noun read', () => {
    assert.deepEqual(seen('water', 'In 2025 DNWS had 318 thousand connections, against 237 thousand connections in 2016.\n', ['dataset-value']), [['dataset-value', '237 thousand']]);
  });
});

// Firerescue: a share of a figure pointed at ("of that figure") in the sentence before.
describe('a share "of that figure" after a sentence with one figure of the part’s kind', () => {
  const text = (share: string) => `Across all eight services there were 3,280 wholetime firefighters at the end of March 2025. Ashcombe’s 582 are ${share} of that figure.\n`;
  it('is of that figure, with no total word needed', () => {
    assert.deepEqual(seen('firerescue', text('20.7%'), ['share']), [['share', '20.7%']]);
    assert.deepEqual(seen('firerescue', text('17.7%'), ['share']), []);
  });
  it('is not read against a sentence of two such figures', () => {
    const two = 'There were 3,280 wholetime firefighters in 2025 and 1,904 on-call ones. Ashcombe’s 582 are 20.7% of that figure.\n';
    assert.deepEqual(seen('firerescue', two, ['share']), []);
  });
});

// Water: water produced 2025 (million m³), ten utilities 2,040.1, SDWC 742.3 (36.4%).
describe('a stated part in a unit with a superscript ("742.3 million m³") before its share of a group', () => {
  it('is the part of the share', () => {
    const text = (share: string) => `Saigon Delta remains the largest producer: its 742.3 million m³ in 2025 was ${share} of all water produced by the ten utilities.\n`;
    assert.deepEqual(seen('water', text('48.3%'), ['share']), [['share', '48.3%']]);
    assert.deepEqual(seen('water', text('36.4%'), ['share']), []);
  });
});

// Forests again: a first person inside a quotation is the quoted speaker's.
describe('a first person inside a quotation', () => {
  it('is the quoted speaker, not the organisation the document speaks for', () => {
    const text = '# Kargalpen district plan\n\nKargalpen ranked second in the 2023 Sustainable Forestry Index. A forester from Kremenik told us: “We held the top spot from 2017 to 2022, and nobody noticed.”\n';
    assert.deepEqual(seen('forests', text, ['rank-years']), []);
  });
});

// Round 59 (probe round in the test split's weakest domains), dev half.
// Cinemas: Arlecchino admissions (thousand) 2019 1,930; box office 2024 €12.x million; AEI 2021 Candela 3rd, Albor 6th.
describe('a gap to a year ("44 thousand short of 2019")', () => {
  it('is a difference, not the level of that year', () => {
    assert.deepEqual(seen('cinemas', 'Arlecchino’s admissions are still 44 thousand short of 2019.\n', ['dataset-value']), []);
    assert.deepEqual(seen('cinemas', 'Arlecchino’s admissions were 1,830 thousand in 2019.\n', ['dataset-value']), [['dataset-value', '1,830 thousand']]);
  });
});

// Trams: Valmorand journeys 2024 107.60 million.
describe('a figure compared with a figure per unit ("each tram carried 0.86 million journeys, against 1.12 million at Valmorand")', () => {
  it('is per unit too', () => {
    assert.deepEqual(seen('trams', 'In 2024 each tram carried 0.86 million journeys, against 1.12 million at Valmorand.\n', ['dataset-value']), []);
    assert.deepEqual(seen('trams', 'In 2024 Valmorand carried 1.12 million journeys.\n', ['dataset-value']), [['dataset-value', '1.12 million']]);
  });
});

describe('a sentence that speaks of a group of members ("across the three")', () => {
  it('gives its figures to no member named in a heading', () => {
    assert.deepEqual(seen('cinemas', '## Arlecchino\n\nBox office reached €170.8 million in 2024, as prices rose across the three.\n', ['dataset-value']), []);
    assert.deepEqual(seen('cinemas', '## Arlecchino\n\nBox office reached €170.8 million in 2024.\n', ['dataset-value']), [['dataset-value', '€170.8 million']]);
  });
  it('is not a span of time ("between the two five-year periods")', () => {
    assert.deepEqual(seen('cinemas', '## Arlecchino\n\nBox office reached €170.8 million in 2024, the best of the two five-year periods.\n', ['dataset-value']), [['dataset-value', '€170.8 million']]);
  });
});

// Stadiums: Havenweide seats 2019 47,850.
describe('a count of things an organisation gave up ("The 330 seats we gave up in 2019")', () => {
  it('is a change of the stock, not its level', () => {
    assert.deepEqual(seen('stadiums', '# Havenweide report\n\nThe 330 seats we gave up in 2019 for the safe-standing section have not been missed.\n', ['dataset-value']), []);
    assert.deepEqual(seen('stadiums', '# Havenweide report\n\nHavenweide had 330 seats in 2019.\n', ['dataset-value']), [['dataset-value', '330']]);
  });
});

describe('a change of a quotient in a table ("Energy per event (MWh)")', () => {
  const table = (change: string) => `| Measure | 2015 | 2024 | Change |\n| --- | ---: | ---: | ---: |\n| Energy per event (MWh) | 327 | 335 | ${change} |\n`;
  it('is no certain error when its unrounded endpoints may give it', () => {
    assert.deepEqual(seen('stadiums', table('+2.2%'), ['percent-change']), []);
  });
  it('is still an error beyond what rounding allows', () => {
    assert.deepEqual(seen('stadiums', table('+4.2%'), ['percent-change']), [['percent-change', '+4.2%']]);
  });
});

describe('a Total column of a table with no label column', () => {
  const table = (total: string) => `| Season pass | Single ticket | Concession | Free travel | Total |\n| ---: | ---: | ---: | ---: | ---: |\n| 44.1 | 31.2 | 18.4 | 6.3 | ${total} |\n`;
  it('sums from the first column', () => {
    assert.deepEqual(seen('trams', table('100.0'), ['total']), []);
    assert.deepEqual(seen('trams', table('110.0'), ['total']), [['total', '110.0']]);
  });
});

describe('a share after a semicolon, of the Total row of the table above', () => {
  const table = '| Operator | 2019 | 2024 |\n| --- | ---: | ---: |\n| Cinelume | 14,300 | 13,400 |\n| Stellaris | 8,050 | 6,534 |\n| Arlecchino | 1,930 | 1,886 |\n| **Total** | **24,280** | **21,820** |\n\n';
  it('takes no year from the share before it', () => {
    const text = `${table}Arlecchino took 8.6% of the three operators’ admissions in 2024, up from 7.9% in 2019; Cinelume’s share rose to 61.4%.\n`;
    assert.deepEqual(seen('cinemas', text, ['share']), []);
  });
  it('takes the year the sentence opens with', () => {
    const sweden = '| University | 2015 | 2024 | Change |\n| --- | ---: | ---: | ---: |\n| UTokyo | 287 | 638 | +122% |\n| Institute of Science Tokyo | 165 | 201 | +21.8% |\n| Keio University | 21 | 63 | +200% |\n| Three universities combined | 473 | 902 | +90.7% |\n\n';
    const text = (share: string) => `${sweden}In 2024 UTokyo accounted for 70.7% of the combined output, up from 60.7% in 2015, while Science Tokyo’s share fell to ${share}.\n`;
    assert.deepEqual(seen('seeds', text('22.3%'), ['share']), []);
    assert.deepEqual(seen('seeds', text('24.0%'), ['share']), [['share', '24.0%']]);
  });
});

describe('a name that holds a figure set beside the subject’s ("almost double the 16.6% at Albor")', () => {
  it('is not what “it” refers back to', () => {
    const text = 'Spanish films made up 32.5% of admissions at Candela in 2024, almost double the 16.6% at Albor. It was sixth in the AEI in 2021.\n';
    assert.deepEqual(seen('cinemas', text, ['rank']), [['rank', 'sixth']]);
    assert.deepEqual(seen('cinemas', text.replace('sixth', 'third'), ['rank']), []);
  });
});

// Firerescue: Marlshire on-call firefighters (headcount at 31 March, the end of the financial year named by the year it
// begins in) 2015 385, 2016 366.
describe('a headcount dated at the day a financial year ends ("On 31 March 2016 there were 385")', () => {
  it('is not read against either financial year', () => {
    assert.deepEqual(seen('firerescue', 'On 31 March 2016 there were 385 on-call firefighters in Marlshire.\n', ['dataset-value']), []);
    assert.deepEqual(seen('firerescue', 'On 31 March 2016 Marlshire had 395 on-call firefighters.\n', ['dataset-value']), []);
  });
  it('leaves a figure dated by the year alone read', () => {
    assert.deepEqual(seen('firerescue', 'Marlshire had 395 on-call firefighters in 2015.\n', ['dataset-value']), [['dataset-value', '395']]);
  });
});

// Round 58's dev half (held out for the session, read at its end).
describe('a name inside a quotation after a reference back', () => {
  it('is not resolved: the quoted speaker’s context is not the draft’s', () => {
    const text = (said: string) => `Kargalpen ranked second in the 2023 Sustainable Forestry Index. A forester said: ${said}\n`;
    assert.deepEqual(seen('forests', text('“It held the top spot from 2017 to 2022.”'), ['rank-years']), []);
    assert.deepEqual(seen('forests', text('It held the top spot from 2017 to 2022.'), ['rank-years']), [['rank-years', '2017 to 2022']]);
  });
});

// Bikeshare: ECCI 2024 Tampere 1st, Turku 2nd.
describe('the top of a ranking held by two names together ("Tampere (1st) and Turku (2nd) were at the top of the ECCI")', () => {
  it('is no first place of either', () => {
    assert.deepEqual(seen('bikeshare', 'In 2024 Tampere (1st) and Turku (2nd) were at the top of the ECCI.\n', ['rank']), []);
  });
  it('is first place when one name holds it', () => {
    assert.deepEqual(seen('bikeshare', 'In 2024 Turku was at the top of the ECCI.\n', ['rank']), [['rank', 'at the top of']]);
  });
});

// Marathons: APMQI 2024 Hokitaua 7th of eight.
describe('a place in a field larger than the ranking ever ranks ("fifth of twelve club teams")', () => {
  it('is another field’s place', () => {
    assert.deepEqual(seen('marathons', 'In the 2024 APMQI, Hokitaua was fifth of twelve.\n', ['rank']), []);
  });
  it('is the ranking’s place in a field of its size', () => {
    assert.deepEqual(seen('marathons', 'In the 2024 APMQI, Hokitaua was fifth of eight.\n', ['rank']), [['rank', 'fifth']]);
  });
});

// Ropeways: Rotstock maintenance spending 2015–2024 sums to EUR 111.7 million.
describe('a name in a clause of time after a figure ("…, when Rotstock replaced the track ropes")', () => {
  it('tells of that time, not of the figure’s subject', () => {
    const text = 'Maintenance spending totalled EUR 421.5 million over the ten years 2015–2024, with a peak in 2019, when Rotstock replaced the track ropes of its aerial tramway.\n';
    assert.deepEqual(seen('ropeways', text, ['total']), []);
    assert.deepEqual(seen('ropeways', 'Maintenance spending at Rotstock totalled EUR 121.7 million over the ten years 2015–2024.\n', ['total']), [['total', 'EUR 121.7 million']]);
  });
});
