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
