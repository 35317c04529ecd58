// Readings added in round 55's session: false readings or general forms of planted errors missed on the dev split
// (round 54's dev half, read this session), each with a twin. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn } from './helpers.js';

const seen = seenIn;

// Bikeshare: bikes in service 2024 Tampere 850, Graz 1,310; trips 2024 (thousand) Tampere 2,267.
describe('a name that classifies one unit ("a Tampere bike")', () => {
  it('is not the subject of the figure per unit after it, nor of one before it', () => {
    const text = 'A DonauRad bike made about 1,423 trips in 2024; a Tampere bike made 2,667, and a Graz bike 2,357.\n';
    assert.deepEqual(seen('bikeshare', text, ['dataset-value']), []);
    assert.deepEqual(seen('bikeshare', 'Each Tampere bike made 2,667 trips in 2024.\n', ['dataset-value']), []);
  });
  it('leaves the party’s own figure read, also when a value noun follows the name', () => {
    assert.deepEqual(seen('bikeshare', 'Tampere had 2,667 thousand trips in 2024.\n', ['dataset-value']), [['dataset-value', '2,667 thousand']]);
    assert.deepEqual(seen('bikeshare', 'Tampere had 950 bikes in service in 2024.\n', ['dataset-value']), [['dataset-value', '950']]);
    assert.deepEqual(seen('bikeshare', 'In 2024 trips reached a Tampere total of 2,667 thousand.\n', ['dataset-value']), [['dataset-value', '2,667 thousand']]);
  });
});

// Museums: Porto admissions revenue €2.9 million (2016) → €5.7 million (2025): +96.6%.
describe('a change after a semicolon that restates the part before it "over the period"', () => {
  const text = (subject: string, change: string) => `Admissions revenue at the Porto museum reached €5.7 million in 2025, against €2.9 million in 2016; ${subject} rose ${change} over the period.\n`;
  it('is read against the two figures before the semicolon', () => {
    assert.deepEqual(seen('museums', text('revenue', '49.1%'), ['percent-change']), [['percent-change', '49.1%']]);
    assert.deepEqual(seen('museums', text('revenue', '96.6%'), ['percent-change']), []);
  });
  it('is not read when its subject is a word the part before does not name', () => {
    assert.deepEqual(seen('museums', text('visits', '49.1%'), ['percent-change']), []);
  });
});

// Ski: Lärchkogel skier days (thousand) 1,055 (2019) → 1,015 (2024): −3.8%; Brandjoch 654 (2024).
describe('a change the dataset’s endpoints check, in one part of a sentence a semicolon joins', () => {
  const text = (verb: string) => `Lärchkogel's skier days ${verb} 3.8% between 2019 and 2024, to 1,015 thousand, which keeps it third among the eight; Brandjoch, at 654 thousand, is fifth.\n`;
  it('is read in its own part, an ordinal of that part aside', () => {
    assert.deepEqual(seen('ski', text('rose'), ['percent-change']), [['percent-change', '3.8%']]);
    assert.deepEqual(seen('ski', text('fell'), ['percent-change']), []);
  });
});

// Breweries: Hautmarais medals won 2015 3, 2024 9.
describe('a count whose noun a word of a kind qualifies ("3 gold medals")', () => {
  it('counts a part of the measure, not the measure', () => {
    assert.deepEqual(seen('breweries', 'In 2024 Hautmarais won 3 gold medals at the European Beer Star.\n', ['dataset-value']), []);
  });
  it('leaves the measure’s own noun read', () => {
    assert.deepEqual(seen('breweries', 'In 2024 Hautmarais won 3 medals.\n', ['dataset-value']), [['dataset-value', '3']]);
    assert.deepEqual(seen('breweries', 'In 2024 Hautmarais won 3 recognised medals.\n', ['dataset-value']), [['dataset-value', '3']]);
  });
});

// Water: MUWB 2025 places DNWS 1, PPMWA 2, BTWA 3, SDWC 4, HRWC 5, CTWS 6, VCWE 7, CMWA 8, UBWA 9, SKWE 10; NRW 2025
// lowest first PPMWA 6.2, BTWA 12.9, DNWS 13.4, HRWC 17.9, SDWC 19.8, CTWS 21.3, CMWA 24.6, VCWE 26.1, UBWA 28.2, SKWE 30.8.
const NRW_ORDER: [string, string, number][] = [['PPMWA', '6.2%', 2], ['BTWA', '12.9%', 3], ['DNWS', '13.4%', 1], ['HRWC', '17.9%', 5], ['SDWC', '19.8%', 4], ['CTWS', '21.3%', 6], ['CMWA', '24.6%', 8], ['VCWE', '26.1%', 7], ['UBWA', '28.2%', 9], ['SKWE', '30.8%', 10]];
describe('a table’s own position column beside a column of the ranking’s places in plain numbers', () => {
  const table = (muwb: (i: number) => number) =>
    `| Position 2025 | Utility | NRW 2025 | MUWB rank 2025 |\n| ---: | --- | ---: | ---: |\n${NRW_ORDER.map(([u, v], i) => `| ${i + 1} | ${u} | ${v} | ${muwb(i)} |`).join('\n')}\n`;
  it('is the table’s own league: only the ranking’s column is checked', () => {
    assert.deepEqual(seen('water', table((i) => NRW_ORDER[i]![2]), ['rank']), []);
    assert.deepEqual(seen('water', table((i) => (i === 0 ? 3 : NRW_ORDER[i]![2])), ['rank']).length, 1);
  });
});

// Water: MUWB places of SDWC, HRWC, CTWS, DNWS, PPMWA, BTWA, VCWE, SKWE, CMWA, UBWA in 2021, 2022 and 2023.
describe('a column of places by year', () => {
  const rows: [string, number, number, number][] = [['SDWC', 2, 3, 3], ['HRWC', 4, 4, 5], ['CTWS', 6, 6, 6], ['DNWS', 3, 1, 1], ['PPMWA', 1, 2, 2], ['BTWA', 5, 5, 4], ['VCWE', 8, 7, 7], ['SKWE', 10, 10, 9], ['CMWA', 7, 8, 8], ['UBWA', 9, 9, 10]];
  const caption = '**Table 1. MUWB rank of each utility (1 = top)**\n\n';
  it('whose year another column names with a note mark (“2022*”, recomputed) holds no published places', () => {
    const old = [2, 4, 7, 3, 1, 5, 8, 10, 6, 9];
    const text = `${caption}| Utility | 2022 | 2022* |\n| --- | ---: | ---: |\n${rows.map(([u, , y22], i) => `| ${u} | ${y22} | ${old[i]} |`).join('\n')}\n\n*\\*2022 recomputed with the 2018–2021 method.*\n`;
    assert.deepEqual(seen('water', text, ['rank']), []);
  });
  it('with one place given twice (a value copied from another year) is still read as places', () => {
    const text = `${caption}| Utility | 2023 |\n| --- | ---: |\n${rows.map(([u, , y22, y23]) => `| ${u} | ${u === 'HRWC' ? y22 : y23} |`).join('\n')}\n`;
    assert.deepEqual(seen('water', text, ['rank']), [['rank', '4']]);
  });
  it('headed by a measure of a year (“Outage days 2024”) is no column of places', () => {
    const text = `**Table 3.** MUWB 2023 rank, with outage days\n\n| Utility | Rank 2023 | Outage days 2024 |\n| --- | ---: | ---: |\n${rows.map(([u, , , y23], i) => `| ${u} | ${y23} | ${[2, 3, 9, 4, 6, 4, 5, 7, 8, 10][i]} |`).join('\n')}\n`;
    assert.deepEqual(seen('water', text, ['rank']), []);
  });
});

// Water: DNWS NRW 22.1% (2016) → 13.4% (2025): −39.4%; PPMWA 6.2%, BTWA 12.9% in 2025.
describe('a percent in brackets right after a name named after a change’s statement', () => {
  it('is that name’s figure, not the change', () => {
    const text = 'Its non-revenue water fell from 22.1% in 2016 to 13.4%, the third-lowest rate of the ten after PPMWA (6.2%) and BTWA (12.9%).\n';
    assert.deepEqual(seen('water', text, ['percent-change']), []);
  });
  it('leaves a bracketed change right after the statement read', () => {
    assert.deepEqual(seen('water', 'Its non-revenue water fell from 22.1% in 2016 to 13.4% in 2025 (−6.2%).\n', ['percent-change']), [['percent-change', '−6.2%']]);
  });
});

// Zoos: Kōwhai Bay in the CIR (2017–2024): second in 2023, first in 2024 (the eighth edition).
describe('a place coordinated after a dated place, in an edition named by its order', () => {
  const text = (place: string) => `Kōwhai Bay Zoo topped the Conservation Impact Rating for the first time in 2024. It has climbed steadily since, reaching second place in 2023 and ${place} in the eighth edition, with a score of 84.7.\n`;
  it('is not of the year of the place before it', () => {
    assert.deepEqual(seen('zoos', text('first'), ['rank']), []);
  });
});

// Hostels: BSQA places of Vltava Loft 2016–2022: 4, 4, 3, 5, 5, 3, 3; Corrib's 5, 5, 5, 3, 2, …, 4 (2022).
describe('the first person in a document whose title names its one organisation and the kind of letter it writes', () => {
  const text = (places: string) => `# Vltava Loft Hostels a.s. · Investor Newsletter\n\n## The award\n\nThe BSQA has been announced every November since its first edition in 2016.\n\nCorrib won in 2023 but dropped to fourth in 2024. Our own path to the top was not a straight line: ${places}.\n`;
  it('is that organisation, not the one named last before', () => {
    assert.deepEqual(seen('hostels', text('fourth in 2016 and 2017, third in 2018, fifth in 2019 and 2020, and third again in 2022'), ['rank', 'rank-years']), []);
    assert.deepEqual(seen('hostels', text('fourth in 2016 and 2017, second in 2018'), ['rank', 'rank-years']), [['rank', 'second']]);
  });
});

// Energy: ZESL publications 153 (2016) → 133 (2025): −13.1%.
describe('a change the dataset’s endpoints check, after a subject with its acronym and a relative clause', () => {
  const text = (verb: string) => `The Zimbabwe Energy Storage Laboratory (ZESL), which works on the same battery questions as our pilot, saw its output ${verb} by 13.1% between 2016 and 2025, yet its grant income fell by 25.0% over the same period, to EUR 1.2 million.\n`;
  it('is read, the verb in its base form ("saw its output grow")', () => {
    assert.deepEqual(seen('energy', text('grow'), ['percent-change']), [['percent-change', '13.1%']]);
    assert.deepEqual(seen('energy', text('fall'), ['percent-change']), []);
  });
  it('is not read when the clause between holds a figure of its own', () => {
    assert.deepEqual(seen('energy', 'ZESL, which works with 12 partners, saw its output grow by 13.1% between 2016 and 2025.\n', ['percent-change']), []);
  });
});

// Water: VCWE capital spending USD 47.9 million (2023) → USD 29.6 million (2025): −38.2%.
describe('a change whose endpoints an aside opened by "when" separates', () => {
  const text = (change: string) => `The Enterprise's capital spending peaked at USD 47.9 million in 2023, when the second treatment plant was completed, and has since fallen by ${change}, to USD 29.6 million in 2025.\n`;
  it('is read across the aside (its ordinal and its "plant" neither a place nor a plan)', () => {
    assert.deepEqual(seen('water', text('61.8%'), ['percent-change']), [['percent-change', '61.8%']]);
    assert.deepEqual(seen('water', text('38.2%'), ['percent-change']), []);
  });
  it('is not read when the sentence speaks of a plan', () => {
    assert.deepEqual(seen('water', 'Capital spending was USD 47.9 million in 2023 and is planned to fall by 61.8%, to USD 29.6 million in 2025.\n', ['percent-change']), []);
  });
});

// Marathons: Port Carrow APMQI score 85.5 (2017) → 84.4 (2024): −1.1 points.
describe('a change since a base year followed by a clause opened by "when" that tells of that year', () => {
  const text = (dir: string) => `Port Carrow's score is ${dir} 1.1 points since 2017, when it last finished as runner-up, and the panel's comments single out course measurement.\n`;
  it('is read against the dataset', () => {
    assert.deepEqual(seen('marathons', text('up'), ['percent-change']), [['percent-change', '1.1']]);
    assert.deepEqual(seen('marathons', text('down'), ['percent-change']), []);
  });
});

// Fire and rescue: Cwm Tawel incidents 2024: 8,743.
describe('a count in words that is the end of a larger number in words', () => {
  it('is not read as a count of its own ("eight thousand, seven hundred and forty-three")', () => {
    assert.deepEqual(seen('firerescue', 'In the 2024 financial year Cwm Tawel went out to eight thousand, seven hundred and forty-three incidents.\n', ['dataset-value']), []);
  });
  it('leaves a count in words of its own read', () => {
    assert.deepEqual(seen('firerescue', 'In the 2024 financial year Cwm Tawel went out to seven hundred and forty-three incidents.\n', ['dataset-value']), [['dataset-value', 'seven hundred and forty-three']]);
  });
});

// Stadiums: Thermaikos attendance (thousand) 619.0 (2019) → 576.5 (2024): −6.9%.
describe('a dataset-checked change in a sentence that goes on with a clause of its own on a pronoun subject', () => {
  const text = (verb: string) => `Thermaikos in Thessaloniki ${verb} 6.9% in attendance between 2019 and 2024, to 576.5 thousand, and it has sat eighth in the FEI in every edition since 2021.\n`;
  it('is read in its own clause', () => {
    assert.deepEqual(seen('stadiums', text('grew'), ['percent-change']), [['percent-change', '6.9%']]);
    assert.deepEqual(seen('stadiums', text('fell'), ['percent-change']), []);
  });
});

// Trams: Meerhoven journeys (million) 48.5 (2018) → 63.5 (2024): 4.6% a year.
describe('a rate since a base year set off by an apposition that describes the year', () => {
  const text = (rate: string) => `Meerhoven's journeys have grown at ${rate} a year since 2018, the last year before line T3 opened on 1 March 2019.\n`;
  it('is read against the dataset, the apposition’s date aside', () => {
    assert.deepEqual(seen('trams', text('5.5%'), ['cagr']), [['cagr', '5.5%']]);
    assert.deepEqual(seen('trams', text('4.6%'), ['cagr']), []);
  });
});

// Hostels: a table of one network's indicators; occupancy 69.1% (2019) → 79.6% (2024): +10.5 points.
describe('a change column cell in points ("+11.5 pts") in a row whose label gives percent as its unit', () => {
  const table = (cell: string, label = 'Bed occupancy (%)') => `| Indicator | 2015 | 2019 | 2024 | Change 2019–24 |\n| --- | ---: | ---: | ---: | ---: |\n| Overnight stays (thousand) | 442.1 | 576.6 | 664.1 | +15.2% |\n| ${label} | 73.5 | 69.1 | 79.6 | ${cell} |\n`;
  it('is the difference of the row’s percentages', () => {
    assert.deepEqual(seen('hostels', table('+11.5 pts'), ['percent-change']), [['percent-change', '+11.5']]);
    assert.deepEqual(seen('hostels', table('+10.5 pts'), ['percent-change']), []);
  });
  it('is not read in a row of counts', () => {
    assert.deepEqual(seen('hostels', table('+11.5 pts', 'Beds on 1 January'), ['percent-change']), []);
  });
});

// Zoos: CIR scores 2023 → 2024: Kurrawong 83.7 → 78.5 (−5.2), Swanmere 75.7 → 76.0 (+0.3).
describe('a table column of a score’s change on a base year, after a rank column', () => {
  const table = (kurrawong: string) => `| Rank | Institution | Score 2024 | Change on 2023 | Rank in 2017 |\n| ---: | --- | ---: | ---: | ---: |\n| 3 | Kurrawong | 78.5 | ${kurrawong} | 1 |\n| 4 | Swanmere | 76.0 | +0.3 | 7 |\n`;
  it('is read as differences in points against the dataset, each row’s party named after its rank', () => {
    assert.deepEqual(seen('zoos', table('+5.2'), ['percent-change']), [['percent-change', '+5.2']]);
    assert.deepEqual(seen('zoos', table('−5.2'), ['percent-change']), []);
  });
  it('is not read as points when the header says percent', () => {
    assert.deepEqual(seen('zoos', table('+5.2').replace('Change on 2023', 'Change on 2023 (%)'), ['percent-change']), []);
  });
});

// Stadiums: Havenweide attendance (thousand) 2023 1,260.1, 2024 1,338.6.
describe('a count of people after a verb of admission', () => {
  it('is the one measure whose names speak of admissions or attendance', () => {
    assert.deepEqual(seen('stadiums', 'Havenweide admitted 1,260.1 thousand people in 2024.\n', ['dataset-value']), [['dataset-value', '1,260.1 thousand']]);
    assert.deepEqual(seen('stadiums', 'Havenweide admitted 1,338.6 thousand people in 2024.\n', ['dataset-value']), []);
  });
  it('is not when the figure counts a narrower group', () => {
    assert.deepEqual(seen('stadiums', 'Havenweide admitted 1,260.1 thousand school pupils in 2024.\n', ['dataset-value']), []);
  });
});
