// Readings added in round 60's session: general forms of planted errors missed on the dev split, and false readings,
// each with a twin. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn } from './helpers.js';

const seen = seenIn;

// Museums: Porto Riverside Museum (Museu Ribeirinho do Porto) visits 2024 768 thousand, 2025 805 thousand; Visitor
// Experience Index: sixth in 2018, first 2023–2025, second in 2022.
const application = (line: string) =>
  `# Application to the Heritage Fund\n\n**${line}** Museu Ribeirinho do Porto (Porto Riverside Museum), Porto\n\n## 2. The applicant and its track record\n\nIn 2025 the museum welcomed 768,000 visits.\n`;
describe('an application’s "Applicant:" line names who writes it', () => {
  it('so "the museum" in a later section is the applicant', () => {
    assert.deepEqual(seen('museums', application('Applicant:'), ['dataset-value']), [['dataset-value', '768,000']]);
    assert.deepEqual(seen('museums', application('Submitted by:'), ['dataset-value']), [['dataset-value', '768,000']]);
  });
  it('but a line naming the organisation as the subject of the document does not', () => {
    assert.deepEqual(seen('museums', application('Subject:'), ['dataset-value']), []);
  });
});

describe('a move "from sixth place in the first edition, in 2018, to the top of the table"', () => {
  it('does not date the place moved to by the place moved from', () => {
    const text = application('Applicant:') + '\nIn the Visitor Experience Index of the European Network of Museum Audiences we climbed from sixth place in the first edition, in 2018, to the top of the table.\n';
    assert.deepEqual(seen('museums', text, ['rank']), []);
  });
  it('still reads a place moved from', () => {
    const text = 'In the Visitor Experience Index the Porto Riverside Museum climbed from fourth place in 2018 to the top of the table.\n';
    assert.deepEqual(seen('museums', text, ['rank']), [['rank', 'fourth']]);
  });
});

// Marine: papers 2025, ten institutes 3,650 (NIMR 726: 19.9%); 2023, 3,381. KCOD 670 papers in 2025.
describe('a member’s share of a group whose whole the sentence states ("of the ten institutes’ combined output of 3,650 papers")', () => {
  const lead = 'NIMR published 726 peer-reviewed papers in 2025. ';
  it('takes its year from the one year whose group whole is the stated one, and its subject from "It"', () => {
    const text = `${lead}It passed the Kiel Centre for Ocean Dynamics (KCOD, 670 papers in 2025) in 2023 and now accounts for 24.8% of the ten institutes’ combined output of 3,650 papers.\n`;
    assert.deepEqual(seen('marine', text, ['share']), [['share', '24.8%']]);
    assert.deepEqual(seen('marine', text.replace('24.8%', '19.9%'), ['share']), []);
  });
  it('is not read of the name the pronoun’s verb takes, nor of another year’s whole than the stated one', () => {
    assert.deepEqual(seen('marine', `${lead}It passed KCOD in 2023 and now accounts for 24.8% of the ten institutes’ combined output of 3,650 papers.\n`, ['share']), []);
    assert.deepEqual(seen('marine', `${lead}It passed KCOD in 2025 and now accounts for 24.8% of the ten institutes’ combined output of 3,950 papers.\n`, ['share']), []);
  });
});

// Water: Hanoi Red River Water Company ("the Hanoi utility") fifth in the 2025 MUWB; Hostels: Jadranski Hosteli ("the
// Split hostels") 268.9 thousand overnight stays in 2024.
describe('an entity called by the place an alias names it by ("Hanoi" for "the Hanoi utility")', () => {
  it('is read where the place is written capitalised', () => {
    assert.deepEqual(seen('water', 'Hanoi ranked fourth in the Mekong Urban Water Benchmark in 2025.\n', ['rank']), [['rank', 'fourth']]);
    assert.deepEqual(seen('water', 'Hanoi ranked fifth in the Mekong Urban Water Benchmark in 2025.\n', ['rank']), []);
    assert.deepEqual(seen('hostels', 'In 2024 Split recorded 298.9 thousand overnight stays.\n', ['dataset-value']), [['dataset-value', '298.9 thousand']]);
  });
  it('is not read from the same word in lower case', () => {
    assert.deepEqual(seen('hostels', 'In 2024 split recorded 298.9 thousand overnight stays.\n', ['dataset-value']), []);
    assert.deepEqual(seen('hostels', 'In 2024 the chain’s figures split: 298.9 thousand overnight stays were recorded.\n', ['dataset-value']), []);
  });
});

// Water: Vientiane (VCWE) non-revenue water 34.8% in 2016.
describe('a percent followed by "more <noun> than"', () => {
  it('is a change, not the level of a percent measure', () => {
    assert.deepEqual(seen('water', 'In 2024 NRW at VCWE fell from 34.8% to 26.1% while the utility produced 44.9% more water than in 2016.\n', ['dataset-value']), []);
  });
  it('leaves a level stated for the year read', () => {
    assert.deepEqual(seen('water', 'NRW at VCWE was 44.9% in 2016.\n', ['dataset-value']), [['dataset-value', '44.9%']]);
  });
});

// Space: ASOI papers 2021–2025 sum to 5,187; IBCE's to 5,287.
describe('"Between 2021 and 2025 it produced …" after a sentence naming one entity', () => {
  const text = (n: string) => `# The Atacama overtakes IBCE\n\nWhat sets the Atacama institute apart is how international it is. Between 2021 and 2025 it produced ${n} papers.\n`;
  it('speaks of that entity, not of the one the title names', () => {
    assert.deepEqual(seen('space', text('5,187'), ['total']), []);
    assert.deepEqual(seen('space', text('5,087'), ['total']), [['total', '5,087']]);
  });
});

// Museums: Salzach Stadtmuseum (Salzburg) visits 2022 512 thousand, 2025 684 thousand.
describe('a figure after a verb of overtaking, then a year ("overtook Salzburg’s 684 thousand in 2022")', () => {
  it('is not dated by the year of the overtaking', () => {
    assert.deepEqual(seen('museums', 'The Porto museum, with 805 thousand visits, overtook the Salzburg museum’s 684 thousand in 2022 and is now 17.7% ahead.\n', ['dataset-value']), []);
  });
  it('leaves a figure stated with its own year read', () => {
    assert.deepEqual(seen('museums', 'The Porto museum had 805 thousand visits in 2025, and Salzburg had 684 thousand in 2022.\n', ['dataset-value']), [['dataset-value', '684 thousand']]);
  });
});

// Water: MUWB 2025 PPMWA second; 2018–2021 PPMWA first, DNWS second or third.
describe('ranks that are not held', () => {
  it('"swaps first place with" claims no place', () => {
    assert.deepEqual(seen('water', 'In the Mekong Urban Water Benchmark, PPMWA used to win every time. Now it swaps first place with DNWS.\n', ['rank']), []);
    assert.deepEqual(seen('water', 'In the 2025 Mekong Urban Water Benchmark, PPMWA took first place.\n', ['rank']), [['rank', 'first']]);
  });
  it('a bold label ending on a full stop is a clause of its own ("**PPMWA and DNWS.** PPMWA “led …”")', () => {
    assert.deepEqual(seen('water', '**PPMWA and DNWS.** PPMWA “led the benchmark in each of its first four editions”.\n', ['rank-years']), []);
    assert.deepEqual(seen('water', '**PPMWA and DNWS.** DNWS “led the benchmark in each of its first four editions”.\n', ['rank-years']), [['rank-years', 'in each of its first four editions']]);
  });
});

// Airports: VLM first in the 2024 RPSI.
describe('a possessive whose noun carries a figure ("VLM’s 34.0% rise since 2015 ranks fourth")', () => {
  it('ranks the figure, not the entity', () => {
    assert.deepEqual(seen('airports', '- **It is not the fastest grower.** VLM’s 34.0% rise since 2015 ranks fourth, behind Šumava (+59.9%).\n', ['rank', 'rank-years']), []);
    assert.deepEqual(seen('airports', '- **A strong year.** VLM ranked fourth in the 2024 RPSI.\n', ['rank']), [['rank', 'fourth']]);
  });
});

// Museums: Porto Riverside Museum first 2023–2025, second 2022, third 2021, fifth 2020 in the VXI.
describe('the top spot whose holder is named after it ("belonged to Bruges")', () => {
  it('is not given to the subject of the sentence before', () => {
    const text = 'The Riverside Museum has topped the Visitor Experience Index every year since 2023. Before the Porto museum, the top spot belonged to Bruges from 2020 to 2022.\n';
    assert.deepEqual(seen('museums', text, ['rank-years']), []);
  });
  it('is given to a holder the dataset knows', () => {
    assert.deepEqual(seen('museums', 'In the Visitor Experience Index, the top spot belonged to the Porto Riverside Museum from 2021 to 2023.\n', ['rank-years']), [['rank-years', '2021 to 2023']]);
  });
});

// Water: staff at 31 December 2025, CTWS 776, DNWS 948.
describe('a name in a clause opened by "compared with" after the figure', () => {
  it('is the compared party, not the figure’s subject', () => {
    const text = 'The Company employed 798 staff in full-time equivalents at the end of 2025, or 3.29 per 1,000 household connections, compared with 2.98 at DNWS.\n';
    assert.deepEqual(seen('water', text, ['dataset-value']), []);
    assert.deepEqual(seen('water', text.replace('The Company', 'CTWS'), ['dataset-value']), [['dataset-value', '798']]);
  });
});

// Parks: Ulkoluoto visits 96 thousand (2015) → 158 thousand (2024): +64.6%, 5.7% a year over nine years.
describe('a change with its annual rate set beside it, in a sentence of more percents', () => {
  it('checks the rate against the change ("…, or 5.1% a year, and Kalliojärvi’s by 59.2%")', () => {
    const text = (rate: string) => `Visits grew by 64.6% between 2015 and 2024, or ${rate} a year, and the other park’s by 59.2%.\n`;
    assert.deepEqual(seen('parks', text('5.1%'), ['cagr']), [['cagr', '5.1%']]);
    assert.deepEqual(seen('parks', text('5.7%'), ['cagr']), []);
  });
  it('leaves a sentence with two such pairs unread', () => {
    const text = 'Visits grew by 64.6% between 2015 and 2024, or 5.1% a year, and stays by 59.2%, or 4.1% a year.\n';
    assert.deepEqual(seen('parks', text, ['cagr']), []);
  });
});

// Zoos: Yarrabend visitors 2015 1.1 million, 2024 1.2 million (in thousands in the dataset).
describe('a measure named as the object of a comparison ("faster than attendance: 47.0 million …")', () => {
  it('is not the measure of the figures after it', () => {
    assert.deepEqual(seen('zoos', 'At Yarrabend, admission revenue has grown faster than attendance: 47.0 million in 2024 against 30.8 million in 2015.\n', ['dataset-value']), []);
  });
  it('leaves a measure named as the subject read', () => {
    assert.deepEqual(seen('zoos', 'Yarrabend’s attendance has grown: 47.0 million in 2024 against 30.8 million in 2015.\n', ['dataset-value']).length, 2);
  });
});

describe('a change "more than" a dated base, with no value of its own before it', () => {
  it('is not paired with a later value of an aside ("… after a dip to 25.7 thousand in 2018")', () => {
    assert.deepEqual(seen('canals', 'That is 0.4% more than the 27.1 thousand recorded in 2015, after a dip to 25.7 thousand in 2018.\n', ['percent-change']), []);
  });
  it('is paired with the value before it', () => {
    assert.deepEqual(seen('canals', 'In 2024 there were 27.2 thousand lockages, 5.4% more than the 27.1 thousand recorded in 2015.\n', ['percent-change']), [['percent-change', '5.4%']]);
  });
});

// Parks: Kalliojärvi fourth in the PAMEI 2017–2022, third in 2023, second in 2024.
describe('"after six editions in fourth place" with nothing that says the place was left just before', () => {
  it('is checked as a run somewhere before, not as the editions right before the sentence’s year', () => {
    assert.deepEqual(seen('parks', 'In the PAMEI, Kalliojärvi was third in 2023, its best result yet, after six editions in fourth place.\n', ['rank-years']), []);
    assert.deepEqual(seen('parks', 'In the PAMEI, Kalliojärvi was third in 2023, its best result yet, after seven editions in fourth place.\n', ['rank-years']), [['rank-years', 'after seven editions in']]);
  });
  it('is the run right before when the sentence moves the place ("rose to third … after five editions in fourth")', () => {
    assert.deepEqual(seen('parks', 'Kalliojärvi rose to third in the 2023 PAMEI after five editions in fourth place.\n', ['rank-years']), [['rank-years', 'after five editions in']]);
  });
});
