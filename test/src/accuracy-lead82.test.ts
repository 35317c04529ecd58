// Readings added in round 82's session: misses and false readings of dev drafts, each with a twin that keeps the
// reading it narrows. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { domainEngine, seenFindings, seenIn as seen } from './helpers.js';

// Orchestras (any measure): EUR 73.1 million of EUR 150.3 million is 48.6%; 100.2 thousand of 844.1 thousand, 11.9%.
describe('a part, then "which is" its share "of the total of" a whole stated after it', () => {
  it('is checked as part over whole', () => {
    assert.deepEqual(seen('orchestras', 'The three German orchestras received EUR 73.1 million, which is 54.8% of the total of EUR 150.3 million.\n', ['share']), [['share', '54.8%']]);
    assert.deepEqual(seen('orchestras', 'The three German orchestras received EUR 73.1 million, which is 48.6% of the total of EUR 150.3 million.\n', ['share']), []);
    assert.deepEqual(seen('orchestras', 'In 2024 Harzfeld’s 100.2 thousand seats sold were 19.4% of the eight orchestras’ combined total of 844.1 thousand.\n', ['share']), [['share', '19.4%']]);
  });
  it('while a share of a whole named otherwise ("of the total of them") is left alone', () => {
    assert.deepEqual(seen('orchestras', 'The three German orchestras received EUR 73.1 million, which is 54.8% more than the EUR 150.3 million of 2015.\n', ['share']), []);
  });
});

// Courts: the aliases "Valdemora courts", "Puerto Albar courts", "Riberalta courts" (Spain) name a group of courts; their
// judges in 2024 add up to 243.
describe('a group named by the plural that ends the entities’ aliases', () => {
  it('is a group of the dataset, its total summed from the members’ facts', () => {
    assert.deepEqual(seen('courts', 'The three Spanish courts employed 171 judges between them in 2024.\n', ['total']), [['total', '171']]);
    assert.deepEqual(seen('courts', 'The three Spanish courts employed 243 judges between them in 2024.\n', ['total']), []);
  });
  it('while a group of another size than the dataset holds for the country is left alone', () => {
    assert.deepEqual(seen('courts', 'The four Spanish courts employed 171 judges between them in 2024.\n', ['total']), []);
  });
});

// Energy: ZESL's papers, 129 (2020) → 133 (2025), +3.1%; 153 in 2016.
describe('a change of the dataset, then "and stood" a level compared with another year', () => {
  const text = (change: string, rest: string) => `ZESL tells the opposite story. Its output ${change} between 2020 and 2025 and ${rest}.\n`;
  it('reads the change with the later clause set aside', () => {
    assert.deepEqual(seen('energy', text('fell 3.1%', 'stood 13.1% below its 2016 level of 153 papers'), ['percent-change']), [['percent-change', '3.1%']]);
    assert.deepEqual(seen('energy', text('rose 3.1%', 'stood 13.1% below its 2016 level of 153 papers'), ['percent-change']), []);
  });
  it('while a later clause that states a change of its own ("and rose …") leaves both unread', () => {
    assert.deepEqual(seen('energy', text('fell 3.1%', 'rose 13.1% on its 2016 level'), ['percent-change']), []);
  });
});

// Seeds: Tokyo–Yokohama first in the GII cluster ranking 2017–2024; WIPO is an entity of the dataset (the publisher).
describe('a place "in the" ranking with its publisher named before the ranking', () => {
  const text = (where: string) => `Tokyo–Yokohama ranked first in ${where} from 2018 to 2024.\n`;
  it('is a place in that ranking', () => {
    assert.deepEqual(seen('seeds', text('the WIPO GII cluster ranking'), ['rank-years']), [['rank-years', '2018 to 2024']]);
    assert.deepEqual(seen('seeds', text('WIPO’s GII cluster ranking'), ['rank-years']), [['rank-years', '2018 to 2024']]);
  });
  it('while a place "in" a region is another list’s', () => {
    assert.deepEqual(seen('seeds', text('Asia'), ['rank-years']), []);
  });
});

// Ambulance (any measure): a series 70.2% (2015) → 76.4% (2019) → 84.4% (2024): 8.0 points since 2019, 14.2 in all.
describe('a from–to statement that goes on to a third value of a later year', () => {
  const text = (tail: string) => `Zemgale has made the largest gain: from 70.2% in 2015 to 76.4% in 2019 and 84.4% in 2024, ${tail}.\n`;
  it('takes the last step as the statement and lets a difference count from the first value', () => {
    assert.deepEqual(seen('ambulance', text('up 8.0 points since 2019 and 14.2 points over the whole period'), ['percent-change']), []);
    assert.deepEqual(seen('ambulance', text('up 14.2 points'), ['percent-change']), []);
  });
  it('while a difference that fits neither step is wrong, with no certain fix', () => {
    assert.deepEqual(seenFindings(domainEngine('ambulance'), text('up 12.2 points'), new Set(['percent-change'])), [{ rule: 'percent-change', stated: '12.2', suggestion: '8.0' }]);
  });
  it('and a change in percent after such a series is read from either start', () => {
    const visits = (tail: string) => `Visits went from 100 in 2015 to 120 in 2019 and 150 in 2024, ${tail}.\n`;
    assert.deepEqual(seen('ambulance', visits('up 50%'), ['percent-change']), []);
    assert.deepEqual(seen('ambulance', visits('up 25% since 2019'), ['percent-change']), []);
    assert.deepEqual(seen('ambulance', visits('up 40%'), ['percent-change']), [['percent-change', '40%']]);
  });
});

// Bloodservices: Weserau ranked 7th in the CETSI 2021 edition, then 5, 4, 4.
describe('a move to a place after a change whose later value the year dates', () => {
  const text = (place: string) => `In the CETSI, Weserau's score dropped from 84.5 to 74.8 in the 2021 edition, and it fell to ${place} of eight.\n`;
  it('is not read as a place reached after that edition', () => {
    assert.deepEqual(seen('bloodservices', text('seventh'), ['rank']), []);
  });
  it('while a place said of the earlier edition before the move still dates it', () => {
    assert.deepEqual(seen('bloodservices', 'In the CETSI, Weserau, seventh in the 2021 edition, fell to sixth.\n', ['rank']), [['rank', 'sixth']]);
  });
});

// Marathons: prize money of the eight races in 2024 adds up to USD 2.0 million; their charity money to USD 20.9 million.
describe('a group’s sum of money whose sentence names no measure, after a sentence on one', () => {
  const text = (claim: string) => `Prize money at Minatogawa rose 7.9% to USD 512.5 thousand, the biggest purse in the set. The eight races also ${claim} between them in 2024.\n`;
  it('takes the measure of the sentence before', () => {
    assert.deepEqual(seen('marathons', text('paid out USD 2.9 million'), ['total']), [['total', 'USD 2.9 million']]);
  });
  it('unless a word of the sentence is one only another measure’s phrases use ("for charity")', () => {
    assert.deepEqual(seen('marathons', text('raised USD 20.9 million for charity'), ['total']), []);
  });
});

// Orchestras: Amstelveld first in the poll 2019–2023 (Sønderhavn in 2024); "Harz" is an alias of Harzfeld.
describe('a reference back to the sentence before, whose first name bounds a stretch ("between the Harz and …")', () => {
  const text = (last: number) => `For five years the best orchestra between the Harz and the Limfjord was Amstelveld. The critics who vote in the European Orchestra Critics' Poll put it first in every edition from 2019 to ${last}.\n`;
  it('speaks of the sentence’s subject, not of the place', () => {
    assert.deepEqual(seen('orchestras', text(2023), ['rank-years']), []);
  });
  it('and is checked as that subject’s run', () => {
    assert.deepEqual(seen('orchestras', text(2024), ['rank-years']), [['rank-years', '2019 to 2024']]);
  });
});

// Orchestras: the eight orchestras' world premieres were 34 in 2015 (and 42 in 2024).
describe('"that year" after a sentence whose one year is a year compared with', () => {
  const text = (before: string) => `The hall was 87.1% full on average, ${before}. It also premiered 9 new works, 21.4% of the 40 world premieres given by the eight orchestras that year.\n`;
  it('is left open', () => {
    assert.deepEqual(seen('orchestras', text('up 4.1 points on 2015'), ['total']), []);
  });
  it('while a sentence’s own one year is the year "that year" names', () => {
    assert.deepEqual(seen('orchestras', text('the best in 2015'), ['total']), [['total', '40']]);
  });
});

// Orchestras: Sønderhavn ("the Harbour Symphony") had 100.2 thousand paid attendance in 2024; the eight, 844.1.
describe('a sentence that speaks of the group, under a title that names one member', () => {
  const text = (sentence: string) => `# The Harbour Symphony's year\n\nThe recovery is almost complete. ${sentence}\n`;
  it('gives its figures to no member', () => {
    assert.deepEqual(seen('orchestras', text('The eight sold 844.1 thousand tickets in 2024.'), ['dataset-value']), []);
    assert.deepEqual(seen('orchestras', text('Ticket sales as a whole came to 844.1 thousand in 2024.'), ['dataset-value']), []);
  });
  it('while a sentence that speaks of no group is the title’s member’s', () => {
    assert.deepEqual(seen('orchestras', text('Paid attendance came to 844.1 thousand in 2024.'), ['dataset-value']), [['dataset-value', '844.1 thousand']]);
  });
});

// Lidos (any measure): €5.00 → €8.50 is a rise of 70%.
describe('a later value said of "last season", then "up from" the earlier one and the change', () => {
  const text = (change: string) => `The adult day ticket cost €8.50 on average last season, up from €5.00 in 2015, a rise of ${change}.\n`;
  it('pairs the change with the two values', () => {
    assert.deepEqual(seen('lidos', text('60%'), ['percent-change']), [['percent-change', '60%']]);
    assert.deepEqual(seen('lidos', text('70%'), ['percent-change']), []);
  });
});

// Lidos: Ravnica's visits, kept in thousands: 97.2 (2023) → 104.9 (2024), +7.9%.
describe('a change against a named base year beside the later value written out in units', () => {
  const text = (change: string, value = '104,900') => `Kopališče Ravnica counted ${value} visits in 2024, ${change} more than in 2023.\n`;
  it('reads the figure as the later value in the measure’s own scale', () => {
    assert.deepEqual(seen('lidos', text('9.7%'), ['percent-change']), [['percent-change', '9.7%']]);
    assert.deepEqual(seen('lidos', text('7.9%'), ['percent-change']), []);
  });
  it('while a figure that is neither value leaves the change unread', () => {
    assert.deepEqual(seen('lidos', text('9.7%', '140,900'), ['percent-change']), []);
  });
});

// Orchestras: Amstelveld's paid attendance 172.1 (2023), 162.0 (2015), 184.0 (2024): +6.9% and +13.6%.
describe('a second change of the same figure on another base year', () => {
  const text = (second: string) => `Its paid attendance of 184.0 thousand in 2024 was up 6.9% on 2023 and ${second}, and ticket sales now account for 32.3% of its income.\n`;
  const seenAt = (second: string) => seen('orchestras', `Amstelveld has simply been overtaken. ${text(second)}`, ['percent-change']);
  it('takes the first change’s subject, measure and later value, with its own base year', () => {
    assert.deepEqual(seenAt('18.6% on 2015'), [['percent-change', '18.6%']]);
    assert.deepEqual(seenAt('13.6% on 2015'), []);
    assert.deepEqual(seenAt('13.6% above 2015'), []);
  });
  it('while a second change with a figure of its own after its base is left unread', () => {
    assert.deepEqual(seenAt('18.6% on 2015 at 162.0 thousand'), []);
  });
});

// Bloodservices: Murnegg's plasma, 13.6 (2023) → 14.2 (2024) thousand litres, +4.4%.
describe('a change on a base year after a figure "came to"', () => {
  const text = (verb: string) => `Murnegg's plasma collections ${verb} 14.2 thousand litres in 2024, up 6.4% on 2023.\n`;
  it('is read as after "amounted to"', () => {
    assert.deepEqual(seen('bloodservices', text('came to'), ['percent-change']), [['percent-change', '6.4%']]);
    assert.deepEqual(seen('bloodservices', text('amounted to'), ['percent-change']), [['percent-change', '6.4%']]);
  });
  it('while a word that narrows the measure still leaves it unread', () => {
    assert.deepEqual(seen('bloodservices', text('for export came to'), ['percent-change']), []);
  });
});

// Seeds: Tokyo–Yokohama first in the GII cluster ranking 2017–2024.
describe('"topped it" after a sentence whose topic is the ranking', () => {
  const text = (before: string, span: string) => `${before} Tokyo–Yokohama topped it every year from ${span}.\n`;
  it('refers back to that ranking', () => {
    assert.deepEqual(seen('seeds', text('WIPO’s Global Innovation Index ranks science and technology clusters by where inventors live.', '2019 to 2024'), ['rank-years']), [['rank-years', '2019 to 2024']]);
    assert.deepEqual(seen('seeds', text('WIPO’s Global Innovation Index ranks science and technology clusters by where inventors live.', '2017 to 2024'), ['rank-years']), []);
  });
  it('while a sentence before that names entities before the ranking leaves "it" unclear', () => {
    assert.deepEqual(seen('seeds', text('Beijing and Seoul rose in the Global Innovation Index.', '2019 to 2024'), ['rank-years']), []);
  });
});

// Lidos: the eight lidos' visits in 2024 (the latest season) add up to 1,623.9 thousand; "season" is a phrase of the
// measure of season length.
describe('a group total said of "last season" in a dataset with a measure called "season"', () => {
  const text = (total: string, when = 'last season') => `For perspective: the eight lidos together counted ${total} visits ${when}.\n`;
  it('reads "last season" as the latest season, not as the other measure', () => {
    assert.deepEqual(seen('lidos', text('1,632,900'), ['total']), [['total', '1,632,900']]);
    assert.deepEqual(seen('lidos', text('1,623,900'), ['total']), []);
  });
  it('while "season" with no word of time before it still names that measure', () => {
    assert.deepEqual(seen('lidos', 'In 2024 Ravnica’s season ran to 110 days.\n', ['dataset-value']), [['dataset-value', '110']]);
  });
});

// Bloodservices: Aaretal's donations, 38,472 (2015) and 39,148 (2024).
describe('a figure with no year of its own, beside a later clause that compares it with a year', () => {
  const text = (tail: string) => `We gave more blood in 2024 than in any year on the Observatory’s books. Aaretal collected 39,418 whole-blood donations${tail}.\n`;
  it('is not read as that year’s (no wrong certain fix to 2015’s value)', () => {
    assert.deepEqual(seenFindings(domainEngine('bloodservices'), text(', 1.8% more than back in 2015'), new Set(['dataset-value'])), []);
  });
  it('while its own year still dates it', () => {
    assert.deepEqual(seen('bloodservices', text(' in 2024, 1.8% more than back in 2015'), ['dataset-value']), [['dataset-value', '39,418']]);
  });
});

// Recycling: Hesbaye-Meuse eighth (last) in the Circular Cities Scorecard 2024.
describe('a place "at the other end of the table"', () => {
  const text = (opening: string) => `Kempenland topped the Scorecard every year from 2017 to 2021.\n\n${opening}, Hesbaye-Meuse slipped to seventh in 2024.\n`;
  it('is a place in the ranking named before, not in another table', () => {
    assert.deepEqual(seen('recycling', text('At the other end of the table'), ['rank']), [['rank', 'seventh']]);
  });
  it('while "in another table" still names a ranking of its own', () => {
    assert.deepEqual(seen('recycling', text('In another table'), ['rank']), []);
  });
});

// Lifeboats: Noordkust's share of launches at night (any values): 30.1% → 34.1% is 4.0 points.
describe('a later value opening on "Last year", described at length before "up from" the earlier one', () => {
  const text = (points: string) => `Last year 34.1% of Noordkust's launches were made between sunset and sunrise, up from 30.1% in 2015, a rise of ${points} points [1].\n`;
  it('pairs the difference with the two values', () => {
    assert.deepEqual(seen('lifeboats', text('5.0'), ['percent-change']), [['percent-change', '5.0']]);
    assert.deepEqual(seen('lifeboats', text('4.0'), ['percent-change']), []);
  });
});

// Lifeboats (any figures): 94 → 31 is a fall of 67%.
describe('"N times" followed by a time', () => {
  it('counts occasions, no multiple', () => {
    assert.deepEqual(seen('lifeboats', 'Hvalvík’s crews launched only 31 times in 2022, against 94 the year before, a fall of 67%.\n', ['percent-change']), []);
  });
  it('while "N times the" still states a multiple', () => {
    assert.deepEqual(seen('lifeboats', 'Hvalvík’s crews launched 94 times in 2021 against 31 in 2020, three times the number.\n', ['percent-change']).length, 0);
    assert.deepEqual(seen('lifeboats', 'Launches went from 31 to 94, five times over.\n', ['percent-change']), [['percent-change', 'five times over']]);
  });
});

// Museums: a yearbook table of visits by country and museum (round 83's dev draft lk-c); GAC 226 of 3,576 is 6.3%;
// the two Portuguese museums (GAC + MRP) 1,031, 28.8%.
describe('a share in the prose after a table, said of a group named after a row', () => {
  const chapter = "The eight museums recorded 3,576 thousand visits in 2025, 3.3% more than in 2024 and 12.2% more than in 2019, the last full year before the pandemic closures. Every one of the eight received more visits in 2025 than in 2019.\n\n**Table 6.1. Visits by country and museum, 2024 and 2025**\n\n| Country / museum | 2024 (thousand) | 2025 (thousand) | Change 2024\u20132025 (%) | Share of 2025 total (%) |\n| --- | ---: | ---: | ---: | ---: |\n| **Belgium** | 759 | 780 | +2.8 | 21.8 |\n| BHM | 478 | 491 | +2.7 | 13.7 |\n| LKG | 281 | 289 | +2.8 | 8.1 |\n| **Austria** | 1,055 | 1,086 | +2.9 | 30.4 |\n| GKH | 396 | 402 | +1.5 | 11.2 |\n| SSM | 659 | 684 | +3.8 | 19.1 |\n| **Portugal** | 982 | 1,031 | +5.0 | 28.8 |\n| MRP | 768 | 805 | +4.8 | 22.5 |\n| GAC | 214 | 226 | +5.6 | 6.3 |\n| **Sweden** | 665 | 679 | +2.1 | 19.0 |\n| VKG | 294 | 301 | +2.4 | 8.4 |\n| UNM | 371 | 378 | +1.9 | 10.6 |\n| Total, eight museums | 3,461 | 3,576 | +3.3 | 100.0 |\n\n*Notes:* A visit is one person entering a museum on one day. Country rows are the sums of the two museums below them. Shares are of the eight-museum total for 2025 and are rounded independently: the shares of the eight museums add up to 99.9 and those of the four countries to 100.0. *Source:* EMO attendance survey.\n";
  const text = (tail: string) => `${chapter}The Coimbra gallery (GAC) grew fastest in 2025, by 5.6%, so that ${tail}\n`;
  it('is the group’s, not the row’s', () => {
    assert.deepEqual(seen('museums', text('the two Portuguese museums, with 28.8% of all visits, are now close behind the two Austrian ones.'), ['share']), []);
  });
  it('while a share said of the row alone is checked against it', () => {
    assert.deepEqual(seen('museums', text('it now has 8.8% of all visits.'), ['share']), [['share', '8.8%']]);
  });
});

// Seeds: Karolinska on 202 of Keio's 428 Sweden-linked papers (47.2%).
describe('a part of a whole, then a period, then ", or" its share', () => {
  const text = (share: string) => `Karolinska Institutet appears on 202 of Keio's 428 Sweden-linked papers over 2015–2024, or ${share}.\n`;
  it('pairs the share with the part and the whole', () => {
    assert.deepEqual(seen('seeds', text('42.7%'), ['share']), [['share', '42.7%']]);
    assert.deepEqual(seen('seeds', text('47.2%'), ['share']), []);
  });
});

// Seeds: UTokyo's 4,181 Sweden-linked papers, 503 of them with Karolinska (12.0%).
describe('"N of them" after a sentence whose one count is said to be a total', () => {
  const text = (total: string, share: string) => `Over the decade UTokyo racked up 4,181 Sweden-linked papers${total}. Only 503 of them involve Karolinska Institutet, about ${share}, which tells you a lot.\n`;
  it('is a share of that count', () => {
    assert.deepEqual(seen('seeds', text(' in total', '21%'), ['share']), [['share', '21%']]);
    assert.deepEqual(seen('seeds', text(' in total', '12%'), ['share']), []);
  });
  it('while a count not said to be a total is left as the whole of nothing', () => {
    assert.deepEqual(seen('seeds', text('', '21%'), ['share']), []);
  });
});

// Ski: the eight resorts' skier days in 2024 add up to 6,568 thousand; 878 of them is 13.4%.
describe('a group named with a hyphen ("the eight-resort total")', () => {
  const text = (share: string) => `In 2024 the two Norwegian hills accounted for 878 thousand skier days, ${share} of the eight-resort total.\n`;
  it('is the group the dataset holds', () => {
    assert.deepEqual(seen('ski', text('15.4%'), ['share']), [['share', '15.4%']]);
    assert.deepEqual(seen('ski', text('13.4%'), ['share']), []);
  });
  it('while a hyphenated count of another size is no group of the dataset', () => {
    assert.deepEqual(seen('ski', 'In 2024 the two Norwegian hills accounted for 878 thousand skier days, 15.4% of the five-resort total.\n', ['share']), []);
  });
});

// Seeds (any figures): a paragraph of from–to pairs of recall figures, and a combined statement of three universities.
describe('a total word in a clause before a semicolon, or in brackets', () => {
  it('makes no combined statement of a later clause’s pair', () => {
    assert.deepEqual(seen('seeds', 'Rounds 82 and 83 went from 0.355 to 0.374 and from 0.291 to 0.282, one of which was left (aggregate only); the older drafts went from 0.534 to 0.536.\n', ['total']), []);
  });
  it('while a total word in the pair’s own clause still does', () => {
    assert.deepEqual(seen('seeds', 'UTokyo went from 287 to 638, Science Tokyo from 165 to 201 and Keio from 21 to 63; combined output went from 473 to 912.\n', ['total']), [['total', '912']]);
  });
});

// Cinemas: Stellaris's average ticket price EUR 7.33 (2023) → 7.73 (2024), +5.5%.
describe('a change "on the year"', () => {
  const text = (tail: string) => `In 2024 Stellaris's average ticket price rose 8.5% ${tail}.\n`;
  it('is a change on the year before', () => {
    assert.deepEqual(seen('cinemas', text('on the year'), ['percent-change']), [['percent-change', '8.5%']]);
  });
  it('while "on the year of the merger" is no such base', () => {
    assert.deepEqual(seen('cinemas', text('on the year of the merger'), ['percent-change']), []);
  });
});
