// Readings added in round 84's session: misses and false readings of dev drafts, each with a twin that keeps the
// reading it narrows. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn as seen } from './helpers.js';

// Heritagerail: the Gwennol carried 40,432 journeys in 2015 and 50,001 in 2024 (+23.7%).
describe('a sentence that looks "back in" an earlier year to the value a change set out from', () => {
  const text = (back: string, change: string) => `In 2024 the Gwennol carried 50,001 passenger journeys, the first time in its history it has gone past the 50,000 mark. ${back} 2015 it carried 40,432, so that is a rise of ${change} in under a decade.\n`;
  it('pairs the earlier value with the later one of the sentence before', () => {
    assert.deepEqual(seen('heritagerail', text('Back in', '33.7%'), ['percent-change']), [['percent-change', '33.7%']]);
    assert.deepEqual(seen('heritagerail', text('Back in', '23.7%'), ['percent-change']), []);
  });
  it('while an earlier year not looked back to ("In 2015 …") may be the base of another change', () => {
    assert.deepEqual(seen('heritagerail', text('In', '33.7%'), ['percent-change']), []);
  });
});

// Heritagerail: Lövsjö's award score 71.8 (2018, the first edition) → 79.5 (2024), +7.7 points.
describe('a difference counted "since the first edition in" a year', () => {
  const text = (points: string) => `Lövsjö's award score has risen to 79.5 in 2024, up ${points} points since the first edition in 2018.\n`;
  it('is a change on that base year', () => {
    assert.deepEqual(seen('heritagerail', text('9.7'), ['percent-change']), [['percent-change', '9.7']]);
    assert.deepEqual(seen('heritagerail', text('7.7'), ['percent-change']), []);
  });
});

// Heritagerail: the two Swedish lines carried 66,152 journeys in 2024, 12.1% of the eight's 544,889.
describe('a part, then ", which is" its share of a group named after it', () => {
  const text = (share: string) => `Together the two Swedish lines carried 66,152 journeys in 2024, which is ${share} of the journeys on all eight railways.\n`;
  it('is checked as the part over the group’s total', () => {
    assert.deepEqual(seen('heritagerail', text('14.1%'), ['share']), [['share', '14.1%']]);
    assert.deepEqual(seen('heritagerail', text('12.1%'), ['share']), []);
  });
  it('while ", which is" a change is no share', () => {
    assert.deepEqual(seen('heritagerail', 'Together the two Swedish lines carried 66,152 journeys in 2024, which is 14.1% more than in 2023.\n', ['share']), []);
  });
});

// Windfarms: Grayling Bank's ORI score 91.0 (2023), 90.9 (2024).
describe('a year that names the level a figure is compared with ("below its 2023 record")', () => {
  it('is no time of the figure', () => {
    assert.deepEqual(seen('windfarms', 'Grayling Bank’s score of 90.9 was a shade below its 2023 record, but nobody came close.\n', ['dataset-value']), []);
  });
  it('while the figure’s own year still dates it', () => {
    assert.deepEqual(seen('windfarms', 'Grayling Bank’s score of 80.9 in 2024 was a shade below its 2023 record.\n', ['dataset-value']), [['dataset-value', '80.9']]);
  });
});

// Heritagerail: Střížová's journeys 60,458 (2015) → 78,360 (2024), +29.6%.
describe('a change of "passenger numbers", then ", to" the level it reached', () => {
  it('reads "numbers" as a plain word of the measure', () => {
    assert.deepEqual(seen('heritagerail', 'Střížová’s passenger numbers are up 39.6% on 2015, to 78,360 in 2024.\n', ['percent-change']), [['percent-change', '39.6%']]);
    assert.deepEqual(seen('heritagerail', 'Střížová’s passenger numbers are up 29.6% on 2015, to 78,360 in 2024.\n', ['percent-change', 'dataset-value']), []);
  });
  it('checks the level reached as the measure’s value of its year', () => {
    assert.deepEqual(seen('heritagerail', 'Střížová’s passenger numbers are up 29.6% on 2015, to 78,630 in 2024.\n', ['dataset-value']), [['dataset-value', '78,630']]);
  });
  it('while ", to" after a clause without a change is no level of its measure', () => {
    assert.deepEqual(seen('heritagerail', 'Střížová’s passengers were counted by the Observatory, to 78,630 in 2024.\n', ['dataset-value']), []);
  });
});

// Heritagerail: the Gwennol's special-event share 22.8% (2019) → 24.1% (2024), +1.3 points.
describe('a bold share in a list item, then its difference from an earlier share', () => {
  const item = (points: string) => `- **24.1%** of journeys made on special event trains, up ${points} points from 22.8% in 2019\n`;
  it('pairs the two shares past the emphasis and a longer description', () => {
    assert.deepEqual(seen('heritagerail', item('2.3'), ['percent-change']), [['percent-change', '2.3']]);
    assert.deepEqual(seen('heritagerail', item('1.3'), ['percent-change']), []);
  });
});

// Icerinks: Kiviranna's heat recovery share 38.4% (2015), 44.2% (2024).
describe('a later share dated by the sentence’s opening year, then its difference', () => {
  const text = (share: string, points: string) => `Kiviranna has always been proud of its heat recovery. In 2024, ${share} of the hall's heat came from the refrigeration plant, up ${points} points from 38.4% in 2015.\n`;
  it('leaves the difference alone when it fits the later share’s true value (the slip is the share’s)', () => {
    assert.deepEqual(seen('icerinks', text('47.2%', '5.8'), ['percent-change']), []);
  });
  it('while a difference that fits neither is reported', () => {
    assert.deepEqual(seen('icerinks', text('44.2%', '8.8'), ['percent-change']), [['percent-change', '8.8']]);
  });
});

// Hostels: Liffey's overnight stays 767.4 thousand (2019) → 572.6 thousand (2024), −25.4%.
describe('a change against the sentence before, then an aside set off by a dash', () => {
  const text = (change: string, aside: string) => `Liffey used to be the giant here. In 2019 it sold 767.4 thousand overnight stays, more than anyone else. By 2024 that was down to 572.6 thousand, a drop of about ${change}${aside}.\n`;
  it('reads the change with the aside’s years set apart', () => {
    assert.deepEqual(seen('hostels', text('31%', ' — mostly because it sold two hostels in 2021'), ['percent-change']), [['percent-change', '31%']]);
    assert.deepEqual(seen('hostels', text('25%', ' — mostly because it sold two hostels in 2021'), ['percent-change']), []);
  });
  it('while a second year in the sentence itself still leaves it unread', () => {
    assert.deepEqual(seen('hostels', text('31%', ', mostly because it sold two hostels in 2021'), ['percent-change']), []);
  });
});

// Courts (any split): 27.9 + 20.7 + 18.6 + 17.3 + 10.5 = 95.0.
describe('shares listed after a first "make up", the last one "everything else"', () => {
  const text = (family: string) => `Property disputes make up 27.9% of Castelmarino's filings, family cases ${family}, consumer claims 18.6%, commercial cases 17.3% and everything else 10.5%.\n`;
  it('are a split that sums to 100', () => {
    assert.deepEqual(seen('courts', text('20.7%'), ['breakdown-sum']), [['breakdown-sum', '10.5%']]);
    assert.deepEqual(seen('courts', text('25.7%'), ['breakdown-sum']), []);
  });
  it('while a list whose last share is no rest is not summed', () => {
    assert.deepEqual(seen('courts', 'Property disputes make up 27.9% of Castelmarino\'s filings, family cases 20.7%, consumer claims 18.6% and commercial cases 17.3%.\n', ['breakdown-sum']), []);
  });
});

// Hostels: Ninho do Douro first in the BSQA 2018–2022, third in 2023.
describe('"won" the ranking named right after it', () => {
  it('is first place in each edition', () => {
    assert.deepEqual(seen('hostels', 'Ninho do Douro won the Budget Stay Quality Award from 2018 to 2023.\n', ['rank-years']), [['rank-years', '2018 to 2023']]);
    assert.deepEqual(seen('hostels', 'Ninho do Douro won the BSQA in 2023.\n', ['rank']), [['rank', 'won']]);
    assert.deepEqual(seen('hostels', 'Ninho do Douro won the BSQA in 2018.\n', ['rank']), []);
  });
  it('while a prize won in the ranking, or things won, are no place', () => {
    assert.deepEqual(seen('hostels', 'Ninho do Douro won a special prize in the Budget Stay Quality Award in 2023.\n', ['rank']), []);
    assert.deepEqual(seen('hostels', 'Ninho do Douro won 3 awards in 2023.\n', ['rank']), []);
  });
});

// Canals: Table 1 of cargo 2024 (Dunavölgy 6.5, Altmühltal 8.2 of 162.5 Mt); Altmühltal's cargo by type sums to 100.
describe('a sentence set at one entity whose subject is a pronoun for something else', () => {
  const rows = [['Oostmaar', '23.0', '14.2'], ['Dordwijk', '50.5', '31.1'], ['Lieveland', '23.0', '14.2'], ['Sambreuse', '13.2', '8.1'], ['Emsweser', '28.9', '17.8'], ['Altmühltal', '8.2', '5.0'], ['Ornelle', '9.2', '5.7'], ['Dunavölgy', '6.5', '4.0']];
  const table = `## 1. Traffic\n\n**Table 1. Cargo carried, 2024**\n\n| Authority | Cargo (million tonnes) | Share of corridor total of 162.5 Mt (%) |\n| --- | ---: | ---: |\n${rows.map((r) => `| ${r.join(' | ')} |\n`).join('')}| **Corridor** | **162.5** | **100** |\n\n`;
  it('speaks of a part of that entity’s own whole, not of the table’s Total row', () => {
    assert.deepEqual(seen('canals', `${table}Bulk still dominates. At Dunavölgy it makes up 66.5% of the tonnage, while Altmühltal splits into bulk 58.9%, containers 8.7%, liquid 16.2%, project cargo 9.6% and other cargo 6.6%.\n`, ['share']), []);
  });
  it('while an entity that is the subject still takes the Total row as its whole', () => {
    assert.deepEqual(seen('canals', `${table}Dunavölgy made up 6.0% of the tonnage.\n`, ['share']), [['share', '6.0%']]);
  });
});

// Parks: the eight authorities' trails 1,632 km (2015) → 1,800 km (2024).
describe('a difference with its unit before "more than"', () => {
  it('is no group total of the earlier year', () => {
    assert.deepEqual(seen('parks', 'The eight park authorities maintained 1,800 km of marked trails at the end of 2024, 168 km more than in 2015, an increase of 10.3%.\n', ['total']), []);
  });
  it('while the group’s own total is still summed', () => {
    assert.deepEqual(seen('parks', 'The eight park authorities maintained 1,900 km of marked trails at the end of 2024.\n', ['total']), [['total', '1,900']]);
  });
});

// Climbinggyms: Louhikko's public funding 0.79 (2021), 0.55 (2022); revenue 1.50 (2021) → 0.76 (2022).
describe('"that year" after a move whose later figure has no year of its own', () => {
  it('is not the year of the move’s start', () => {
    assert.deepEqual(seen('climbinggyms', 'Revenue roughly halved, from EUR 1.50m in 2021 to EUR 0.76m, and the City of Oulu stepped in at Louhikko: public funding that year was EUR 0.55m.\n', ['dataset-value']), []);
  });
  it('while a year stated alone before it still dates it', () => {
    assert.deepEqual(seen('climbinggyms', 'Revenue at Louhikko was EUR 1.50m in 2021, and public funding that year was EUR 0.95m.\n', ['dataset-value']), [['dataset-value', 'EUR 0.95m']]);
  });
});

// Icerinks (any count): 168 → 211 is +43.
describe('an age that bounds a count ("players under 20")', () => {
  it('is no endpoint of the change', () => {
    assert.deepEqual(seen('icerinks', 'The hockey club had 211 registered players under 20 at the end of 2024, against 168 in 2015, a rise of 52 players.\n', ['percent-change']), []);
  });
  it('while the counts themselves still pair', () => {
    assert.deepEqual(seen('icerinks', 'The hockey club had 211 players at the end of 2024, against 168 in 2015, a rise of 33%.\n', ['percent-change']), [['percent-change', '33%']]);
  });
});

// Seeds: RIKEN 3rd among Japanese institutions by collaboration score (2015); AIST holds no such rank.
describe('a later clause whose own subject holds no fact of the measure', () => {
  it('gives its ordinal to no other entity of the sentence', () => {
    assert.deepEqual(seen('seeds', 'RIKEN was 3rd among Japanese institutions by collaboration score in 2015, and AIST had the 2nd-highest score for collaboration with industry, after the University of Tokyo.\n', ['rank']), []);
  });
  it('while the first clause’s own ordinal is still checked', () => {
    assert.deepEqual(seen('seeds', 'RIKEN was 2nd among Japanese institutions by collaboration score in 2015, and AIST had the 2nd-highest score for collaboration with industry, after the University of Tokyo.\n', ['rank']), [['rank', '2nd']]);
  });
});

// Climbinggyms: Glenbrae's climbing visits 78.7 thousand (2019), 88.1 (2023), 91.2 (2024): +3.5% on the year, +15.9% on 2019.
describe('a change "more than the year before", and a second change of the figure on a base year', () => {
  const visits = 'Glenbrae welcomed 91.2 thousand climbing visits in 2024';
  it('reads the first on the year before the figure’s', () => {
    assert.deepEqual(seen('climbinggyms', `${visits}, 13.5% more than the year before.\n`, ['percent-change']), [['percent-change', '13.5%']]);
    assert.deepEqual(seen('climbinggyms', `${visits}, 3.5% more than the year before.\n`, ['percent-change']), []);
    assert.deepEqual(seen('climbinggyms', `${visits}, 3.5% fewer than the year before.\n`, ['percent-change']), [['percent-change', '3.5%']]);
  });
  it('and the second on its own base year, in the sentence or after "That is"', () => {
    assert.deepEqual(seen('climbinggyms', `${visits}, 3.5% more than the year before and 19.5% more than in 2019.\n`, ['percent-change']), [['percent-change', '19.5%']]);
    assert.deepEqual(seen('climbinggyms', `${visits}. That is 3.5% more than the year before and 19.5% more than in 2019, before the pandemic.\n`, ['percent-change']), [['percent-change', '19.5%']]);
    assert.deepEqual(seen('climbinggyms', `${visits}. That is 13.5% more than the year before and 15.9% more than in 2019, before the pandemic.\n`, ['percent-change']), [['percent-change', '13.5%']]);
    assert.deepEqual(seen('climbinggyms', `${visits}. That is 3.5% more than the year before and 15.9% more than in 2019, before the pandemic.\n`, ['percent-change']), []);
  });
});

// Climbinggyms: Muro Andino set 752 routes and problems in 2024.
describe('"put up" (a verb "up" completes) before a count', () => {
  it('states the count, no change', () => {
    assert.deepEqual(seen('climbinggyms', 'Muro Andino’s setters put up 852 routes and problems in 2024.\n', ['dataset-value']), [['dataset-value', '852']]);
    assert.deepEqual(seen('climbinggyms', 'Muro Andino’s setters put up 752 routes and problems in 2024.\n', ['dataset-value']), []);
  });
  it('while "were up" a figure is a change', () => {
    assert.deepEqual(seen('climbinggyms', 'Muro Andino’s routes and problems were up 852 in 2024.\n', ['dataset-value']), []);
  });
});

// Trams: the eight networks' journeys 476.9 million (2015), 512.1 (2019), 515.5 (2024): +8.1% on 2015, +0.7% on 2019.
describe('a group’s total, then its change said by a comparative on a base year', () => {
  const text = (change: string) => `The eight networks carried 515.5 million passenger journeys in 2024 [2], ${change}.\n`;
  it('is the change of the members’ summed facts', () => {
    assert.deepEqual(seen('trams', text('18.1% more than in 2015'), ['percent-change']), [['percent-change', '18.1%']]);
    assert.deepEqual(seen('trams', text('8.1% more than in 2015'), ['percent-change']), []);
  });
  it('while a comparative with no base year is left alone', () => {
    assert.deepEqual(seen('trams', text('18.1% more than Lyon'), ['percent-change']), []);
  });
});

// Archives: the eight's reading-room visits 83,610 (2015) → 66,613 (2024), −20.3%.
describe('"That is" a change, then a comparative against the earlier value it names', () => {
  const text = (change: string) => `The eight archives took 66,613 reading-room visits between them in 2024. That is ${change} than the 83,610 of 2015.\n`;
  it('pairs the earlier value with the figure of the sentence before', () => {
    assert.deepEqual(seen('archives', text('26.3% fewer'), ['percent-change']), [['percent-change', '26.3%']]);
    assert.deepEqual(seen('archives', text('20.3% fewer'), ['percent-change']), []);
    assert.deepEqual(seen('archives', text('20.3% more'), ['percent-change']), [['percent-change', '20.3%']]);
  });
});

// Any dataset: 490 + 105 = 595.
describe('a sentence that refers back to state the count of the parts before ("That\'s 615 partner institutions")', () => {
  const text = (total: string, noun: string) => `NINS teamed up with 490 international and 105 domestic institutions in 2015. That's ${total} ${noun} for one organisation.\n`;
  it('is their total', () => {
    assert.deepEqual(seen('seeds', text('615', 'partner institutions'), ['total']), [['total', '615']]);
    assert.deepEqual(seen('seeds', text('595', 'partner institutions'), ['total']), []);
  });
  it('while a count of another noun is not', () => {
    assert.deepEqual(seen('seeds', text('615', 'papers'), ['total']), []);
  });
});

// Ropeways (a table's own figures): 2,237.3 of 13,199.5 is 16.9%.
describe('a share column in a table whose rows are grouped under label-only rows', () => {
  const row = (name: string, count: string, share: string) => `| ${name} | ${count} | ${share} |\n`;
  const table = (rotstock: string) => `| Operator | Passengers 2024 (thousand) | Share of all eight |\n| --- | ---: | ---: |\n| **Austria** | | |\n${row('Grauwand', '3,022.8', '22.9%')}${row('Feldalp', '1,306.4', '9.9%')}| **Switzerland** | | |\n${row('Rotstock', '2,237.3', rotstock)}${row('Vallesana', '743.8', '5.6%')}| **Italy** | | |\n${row('Cimalta', '2,264.3', '17.2%')}| **France** | | |\n${row('Aiguelane', '1,998.2', '15.1%')}| **Spain** | | |\n${row('Puigneu', '914.9', '6.9%')}| **Slovenia** | | |\n${row('Vrhovje', '711.8', '5.4%')}| **All eight** | **13,199.5** | |\n`;
  it('is checked row by row against the Total row, the group rows set aside', () => {
    assert.deepEqual(seen('ropeways', table('18.0%'), ['share']), [['share', '18.0%']]);
    assert.deepEqual(seen('ropeways', table('16.9%'), ['share']), []);
  });
});

// Windfarms: Skarrevig Banke's ORI score 83.8 (2024).
describe('a table whose first column holds places ("ORI 2024 rank")', () => {
  const table = (score: string) => `| ORI 2024 rank | Wind farm | Country | Score (0–100) |\n| ---: | --- | --- | ---: |\n| 1 | Grayling Bank | UK | 90.9 |\n| 2 | Sturmhöhe | Germany | 88.5 |\n| 4 | Skarrevig Banke | Denmark | ${score} |\n`;
  it('takes each row’s label from the cell after its place', () => {
    assert.deepEqual(seen('windfarms', table('84.8'), ['dataset-value']), [['dataset-value', '84.8']]);
    assert.deepEqual(seen('windfarms', table('83.8'), ['dataset-value']), []);
  });
  it('while a first column of figures under another header is no place', () => {
    assert.deepEqual(seen('windfarms', '| Turbines | Wind farm | Country | Score (0–100) |\n| ---: | --- | --- | ---: |\n| 1 | Grayling Bank | UK | 90.9 |\n| 4 | Skarrevig Banke | Denmark | 84.8 |\n', ['dataset-value']), []);
  });
});

// Lidos: Ravnica 5th (2022), 3rd (2023), 2nd (2024) in the AABQA; second 2019–2021.
describe('"up from third a year earlier and fifth in 2022"', () => {
  it('takes no year for "a year earlier" from the place after it', () => {
    assert.deepEqual(seen('lidos', 'The bathing quality award results came out in April and Ravnica was placed second, with a score of 86.3, up from third a year earlier and fifth in 2022.\n', ['rank']), []);
  });
  it('while the year of the sentence’s own place still dates it', () => {
    assert.deepEqual(seen('lidos', 'Ravnica was placed fourth in the bathing quality award in 2024, up from seventh a year earlier and fifth in 2022.\n', ['rank']), [['rank', 'fourth'], ['rank', 'seventh']]);
  });
});

// Recycling: Loughfane's recycling rate 33.5% (2015), 51.2% (2024).
describe('a percent "higher, in relative terms, than" a base', () => {
  it('is a comparison, no level of the measure', () => {
    assert.deepEqual(seen('recycling', 'Loughfane’s recycling rate of 51.2% is 52.8% higher, in relative terms, than its 2015 rate.\n', ['dataset-value']), []);
  });
  it('while a level stated so is still checked', () => {
    assert.deepEqual(seen('recycling', 'Loughfane’s recycling rate was 52.8% in 2024.\n', ['dataset-value']), [['dataset-value', '52.8%']]);
  });
});

// Animalshelters: Almtal's donations and legacies EUR 0.31 million (2023), 0.33 (2024).
describe('a table row under a label-only row that gives the group’s unit', () => {
  const table = (cell: string) => `# A letter from the volunteers of Tierschutzverein Almtal, 2024\n\n| | 2023 | 2024 | Change (%) |\n| --- | ---: | ---: | ---: |\n| **Money** (EUR million) | | | |\n| Donations and legacies | 0.31 | ${cell} | +6.5 |\n`;
  it('is read in that unit, so a slip in it is the cell’s, not the change’s', () => {
    assert.deepEqual(seen('animalshelters', table('0.39'), ['dataset-value', 'percent-change']), [['dataset-value', '0.39']]);
    assert.deepEqual(seen('animalshelters', table('0.33'), ['dataset-value', 'percent-change']), []);
  });
});

// Residences: Auenbrück's beds 1,760 (2020).
describe('a figure in brackets after a name the dataset does not know', () => {
  it('is that name’s, not the subject’s', () => {
    assert.deepEqual(seen('residences', 'Auenbrück’s stock fell by 8.6% in 2020, when the cooperative sold Haus Lindenhof (165 beds) after the merger.\n', ['dataset-value']), []);
  });
});

// Allotments: Zielona Dolina let 956 plots and held 31.6 ha in 2021; its flooded lower section had 286 plots on 6.8 ha.
describe('a figure of a part of an entity ("the lower section of the … garden")', () => {
  it('is no figure of the entity', () => {
    assert.deepEqual(seen('allotments', 'When the river flooded the lower section of the Zielona Dolina family allotment garden at Borowiec on 17 May 2021, it put 268 plots under silt.\n', ['dataset-value']), []);
  });
  it('while the entity named as the subject still owns its figures', () => {
    assert.deepEqual(seen('allotments', 'In 2021 Zielona Dolina let 268 plots.\n', ['dataset-value']), [['dataset-value', '268']]);
  });
});

// Energy: KHI's receipts EUR 1.1 million (2016) → 3.8 million (2020), ×3.45.
describe('a multiple "again over the following five years" after a statement’s endpoints', () => {
  it('is of a later period, not the statement’s', () => {
    assert.deepEqual(seen('energy', 'KHI’s receipts more than tripled between 2016 and 2020, from EUR 1.1 million to EUR 3.8 million, and then roughly quadrupled again over the following five years.\n', ['percent-change']), []);
  });
  it('while a multiple of the statement itself is checked', () => {
    assert.deepEqual(seen('energy', 'KHI’s receipts more than quadrupled between 2016 and 2020, from EUR 1.1 million to EUR 3.8 million.\n', ['percent-change']), [['percent-change', 'more than quadrupled']]);
  });
});

// Museums: MRP first in the VXI 2023–2025; sixth in 2018 and 2019.
describe('a place "in the index’s first two editions"', () => {
  it('is of editions named by their order, not the latest', () => {
    assert.deepEqual(seen('museums', 'In the Visitor Experience Index, MRP came first in 2025 for the third year running, with a score of 87.1. In the index’s first two editions it was sixth.\n', ['rank']), []);
  });
});

// Heritagerail: Tawelan (99,952) and Gwennol (50,001), the two lines of "United Kingdom (Wales)", 149,953 in 2024.
describe('a group named by the nation a country field gives in brackets ("United Kingdom (Wales)")', () => {
  it('is that nation’s entities', () => {
    assert.deepEqual(seen('heritagerail', 'Together, the two Welsh lines carried 159,953 journeys in 2024.\n', ['total']), [['total', '159,953']]);
    assert.deepEqual(seen('heritagerail', 'Together, the two Welsh lines carried 149,953 journeys in 2024.\n', ['total']), []);
  });
  it('while a group of another size is left alone', () => {
    assert.deepEqual(seen('heritagerail', 'Together, the three Welsh lines carried 159,953 journeys in 2024.\n', ['total']), []);
  });
});

// Animalshelters: Almtal's adoptions 287 (2015) → 358 (2024), +24.7%.
describe('a base year that opens the sentence ("Since 2015, … are up 29.7%")', () => {
  it('is the change’s base, to the series’ latest year', () => {
    assert.deepEqual(seen('animalshelters', 'Since 2015, Almtal’s adoptions are up 29.7%, or 2.5% a year on average.\n', ['percent-change']), [['percent-change', '29.7%']]);
    assert.deepEqual(seen('animalshelters', 'Since 2015, Almtal’s adoptions are up 24.7%.\n', ['percent-change']), []);
  });
  it('while a sentence that names the figure’s own other year is left alone', () => {
    assert.deepEqual(seen('animalshelters', 'Since 2015, Almtal’s adoptions rose 29.7% in 2020.\n', ['percent-change']), []);
  });
});
