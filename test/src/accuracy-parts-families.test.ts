// Parts and wholes the dataset holds (acc-parts): a group named by its size ("the four observatories", "Iceland's two
// observatories") is every entity the dataset holds the metric for, so its total and the whole of a share are sums of
// dataset facts. Every sentence is invented, in a made-up domain, to prove the reading of a family.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, seenNotes, type SeenFinding } from './helpers.js';
import { volcanoObservatories } from './made-up-datasets.js';

const observatories = volcanoObservatories();
// Alerts: 2022 = 450, 2023 = 490; Iceland 2023 = 240. Grants 2023 = GBP 10.4 million. Field staff 2023 = 37.
const engine = createEngine({ dataset: observatories });
const RULES = new Set(['share', 'total']);
const found = (text: string): SeenFinding[] => seenFindings(engine, text, RULES);

describe('total: a group named by its size, summed from the dataset', () => {
  it('finds a wrong total of every member, as a suggestion: that the author means the group the dataset holds is a reading', () => {
    assert.deepEqual(found('The four observatories issued a combined 470 alerts in 2023.\n'), [{ rule: 'total', stated: '470', suggestion: '490' }]);
    assert.deepEqual(found('In 2023 the four observatories employed 39 field staff.\n'), [{ rule: 'total', stated: '39', suggestion: '37' }]);
    assert.deepEqual(found('All four observatories together received GBP 11.4 million in grants in 2023.\n'), [{ rule: 'total', stated: 'GBP 11.4 million', suggestion: 'GBP 10.4 million' }]);
  });

  it('reads the group after its figure ("by", "across"), and a period summed year by year, as a suggestion', () => {
    assert.deepEqual(found('Some 470 alerts were issued by the four observatories in 2023.\n'), []);
    assert.deepEqual(found('In 2023, 470 alerts were issued by the four observatories.\n'), [{ rule: 'total', stated: '470', suggestion: '490' }]);
    assert.deepEqual(found('Across the four observatories, 904 alerts went out in 2022–2023.\n'), [{ rule: 'total', stated: '904', suggestion: '940' }]);
  });

  it('reads a group of one country ("Iceland\'s two observatories")', () => {
    assert.deepEqual(found("Iceland's two observatories issued 204 alerts in 2023.\n"), [{ rule: 'total', stated: '204', suggestion: '240' }]);
    assert.deepEqual(found('The two observatories in Iceland issued 240 alerts in 2023.\n'), []);
  });

  it('reads "the four-observatory total" and a time "at the end of" a year', () => {
    assert.deepEqual(found('The four-observatory total came to 470 alerts in 2023.\n'), [{ rule: 'total', stated: '470', suggestion: '490' }]);
    assert.deepEqual(found('Across the four observatories, 39 field staff were employed at the end of 2023, against 33 in 2022.\n'), [{ rule: 'total', stated: '39', suggestion: '37' }]);
  });

  it('takes the one year of the paragraph or heading when the sentence names none, into a note', () => {
    const notes = (text: string) => [...seenNotes(engine, text, 'share'), ...seenNotes(engine, text, 'total')];
    for (const text of ['## Alerts in 2023\n\nHWO accounted for 35.0% of the four observatories\' alerts.\n', 'In 2023 the season was busy. The four observatories issued a combined 470 alerts.\n']) assert.deepEqual(found(text), [], text);
    assert.deepEqual(notes('## Alerts in 2023\n\nHWO accounted for 35.0% of the four observatories\' alerts.\n'), [{ rule: 'share', stated: '35.0%', suggestion: '30.6%' }]);
    assert.deepEqual(notes('In 2023 the season was busy. The four observatories issued a combined 470 alerts.\n'), [{ rule: 'total', stated: '470', suggestion: '490' }]);
    assert.deepEqual(notes('In 2022 and 2023 the seasons were busy. The four observatories issued a combined 470 alerts.\n'), []);
    assert.deepEqual(notes('## Alerts, 2022–2023\n\nIn 2023 the season was busy. HWO accounted for 35.0% of the four observatories\' alerts.\n'), [{ rule: 'share', stated: '35.0%', suggestion: '30.6%' }]);
  });

  it('passes right totals, each with its own year', () => {
    assert.deepEqual(found('The four observatories issued 450 alerts in 2022 and 490 in 2023.\n'), []);
    assert.deepEqual(found('Alert notices from the four observatories rose from 450 in 2022 to 490 in 2023.\n'), []);
  });

  it('stays silent on look-alikes: a member, a mean, a part of the group, a group of another size, a hedge, a stock over years', () => {
    assert.deepEqual(found('Each of the four observatories issued over 40 alerts in 2023.\n'), []);
    assert.deepEqual(found('The largest of the four observatories issued 215 alerts in 2023.\n'), []);
    assert.deepEqual(found('Three of the four observatories issued 380 alerts in 2023.\n'), []);
    assert.deepEqual(found('The five observatories issued 470 alerts in 2023.\n'), []);
    assert.deepEqual(found('The four observatories issued on average 122 alerts in 2023.\n'), []);
    assert.deepEqual(found('The four observatories issued about 500 alerts in 2023.\n'), []);
    assert.deepEqual(found('HWO issued 150 alerts in 2023, more than any of the four observatories.\n'), []);
    assert.deepEqual(found('The four observatories had 70 field staff in 2022–2023.\n'), []);
    assert.deepEqual(found('The four observatories issued 470 alerts and 12 warnings in 2023 and 2022.\n'), []);
    assert.deepEqual(found('The four observatories employed 95 volunteers and issued alerts in 2023.\n'), []);
    assert.deepEqual(found('HWO and KVO together hosted 204 visitors, issuing alerts in 2023.\n'), []);
  });
});

describe('total: members named one by one, summed from the dataset (a suggestion)', () => {
  it('finds a wrong total of the named members', () => {
    assert.deepEqual(found('HWO and KVO together issued 204 alerts in 2023.\n'), [{ rule: 'total', stated: '204', suggestion: '240' }]);
    assert.deepEqual(found('Together, HWO, KVO and ETO issued 470 alerts in 2023.\n'), [{ rule: 'total', stated: '470', suggestion: '450' }]);
    assert.deepEqual(found('HWO + ETO received a combined GBP 8.7 million in grants in 2023.\n'), [{ rule: 'total', stated: 'GBP 8.7 million', suggestion: 'GBP 7.7 million' }]);
  });

  it('stays silent on a right total, shared figures, a figure of one of them, a mean, and names not all in the run', () => {
    assert.deepEqual(found('HWO and KVO together issued 240 alerts in 2023.\n'), []);
    assert.deepEqual(found('HWO and KVO jointly co-authored 204 alert notices in 2023.\n'), []);
    assert.deepEqual(found('HWO and KVO together issued more alerts in 2023 than ETO, which issued 210.\n'), []);
    assert.deepEqual(found('HWO and KVO together averaged 120 alerts a year in 2022–2023.\n'), []);
    assert.deepEqual(found('With ETO, HWO and KVO together issued 204 alerts in 2023.\n'), []);
  });
});

describe('share: the whole is a group the dataset holds', () => {
  it('finds a share of the group with the subject\'s own dataset figure as the part, as a suggestion', () => {
    assert.deepEqual(found("In 2023 HWO accounted for 35.0% of the four observatories' alerts.\n"), [{ rule: 'share', stated: '35.0%', suggestion: '30.6%' }]);
    assert.deepEqual(found("In 2023 HWO and KVO together accounted for 55.0% of the four observatories' alerts.\n"), [{ rule: 'share', stated: '55.0%', suggestion: '49.0%' }]);
    assert.deepEqual(found('In 2023 ETO received 52% of all grant income paid to the four observatories.\n'), [{ rule: 'share', stated: '52%', suggestion: '43%' }]);
  });

  it('reads an elliptic share of the same whole right after ("…, and KVO 20.0%")', () => {
    assert.deepEqual(found("In 2023 HWO accounted for 30.6% of the four observatories' alerts, and KVO 20.0%.\n"), [{ rule: 'share', stated: '20.0%', suggestion: '18.4%' }]);
    assert.deepEqual(found("In 2023 HWO accounted for 30.6% of the four observatories' alerts, and KVO 18.4%.\n"), []);
    assert.deepEqual(found("In 2023 HWO accounted for 30.6% of the four observatories' alerts, and KVO 20.0% of its grants.\n"), []);
    assert.deepEqual(found("In 2023 HWO accounted for 30.6% of the four observatories' alerts, and KVO grew 20.0%.\n"), []);
  });

  it('takes a stated part right before the share', () => {
    assert.deepEqual(found("HWO's 150 alerts in 2023 made up 33.3% of all alerts issued by the four observatories.\n"), [{ rule: 'share', stated: '33.3%', suggestion: '30.6%' }]);
    assert.deepEqual(found("HWO's 150 alerts in 2023 made up 30.6% of all alerts issued by the four observatories.\n"), []);
  });

  it('reads "X\'s share of the group" stated after it, one share per year', () => {
    assert.deepEqual(found('ETO issued 210 alerts in 2023. Its share of all alerts from the four observatories fell from 44.4 per cent in 2022 to 45.9 per cent in 2023.\n'), [
      { rule: 'share', stated: '45.9 per cent', suggestion: '42.9 per cent' },
    ]);
    assert.deepEqual(found("ETO's share of all alerts from the four observatories fell from 44.4% in 2022 to 42.9% in 2023.\n"), []);
  });

  it('stays silent on look-alikes: a group of another size, a change in points, a part outside the group, no year', () => {
    assert.deepEqual(found("In 2023 HWO accounted for 35.0% of the five observatories' alerts.\n"), []);
    assert.deepEqual(found("HWO's share of the four observatories' alerts rose 3.4 points in 2023.\n"), []);
    assert.deepEqual(found("In 2023 the Made-up Volcano Board accounted for 35.0% of the four observatories' alerts.\n"), []);
    assert.deepEqual(found("HWO accounted for 35.0% of the four observatories' alerts.\n"), []);
    assert.deepEqual(found("In 2023 HWO's alerts grew 25.0% of the four observatories' pace.\n"), []);
  });
});

describe('share: "of that total", "of combined X" after a sentence that named the group', () => {
  it('takes the group of the sentence before as the whole, for the year named or the one year there', () => {
    assert.deepEqual(found('Across all four observatories, alerts came to 490 in 2023. HWO\'s 150 alerts were 33.3% of that total.\n'), [{ rule: 'share', stated: '33.3%', suggestion: '30.6%' }]);
    assert.deepEqual(found('The four observatories issued 450 alerts in 2022 and 490 in 2023.\nHWO issued 150 alerts and 35.0% of the 2023 total.\n'), [{ rule: 'share', stated: '35.0%', suggestion: '30.6%' }]);
    assert.deepEqual(found('Grant income across the four came to GBP 10.4 million in 2023.\n\nHWO and ETO together took 80% of combined grants.\n'), [{ rule: 'share', stated: '80%', suggestion: '74%' }]);
  });

  it('passes a right share and stays silent without the group before, across a heading, or for another metric', () => {
    assert.deepEqual(found('Across all four observatories, alerts came to 490 in 2023. HWO\'s 150 alerts were 30.6% of that total.\n'), []);
    assert.deepEqual(found('HWO\'s 150 alerts in 2023 were 33.3% of that total.\n'), []);
    assert.deepEqual(found('Across all four observatories, alerts came to 490 in 2023.\n\n## Staff\n\nHWO\'s 150 alerts were 33.3% of that total.\n'), []);
    assert.deepEqual(found('Across all four observatories, alerts came to 490 in 2023. HWO\'s 15 field staff were 33.3% of that total.\n'), []);
  });

  it('reads no group from a subset ("the two largest observatories") nor from a number ("the 1,966")', () => {
    assert.deepEqual(found('The two largest observatories issued 204 alerts in 2023.\n'), []);
    assert.deepEqual(found('Alerts rose on the 1,966 of 2015 across the four, reaching 490 in 2023.\n'), []);
  });
});

describe('share in words: the whole is a group the dataset holds (no fix)', () => {
  it('finds a word share far from the dataset share and passes a fair one', () => {
    assert.deepEqual(found("In 2023 ETO issued half of the four observatories' alerts.\n"), [{ rule: 'share', stated: 'half' }]);
    assert.deepEqual(found("In 2023 KVO issued one in three of the alerts from the four observatories.\n"), [{ rule: 'share', stated: 'one in three' }]);
    assert.deepEqual(found("In 2023 ETO issued about two-fifths of the four observatories' alerts.\n"), []);
    assert.deepEqual(found("In 2023 KVO issued about one in five of the alerts from the four observatories.\n"), []);
  });

  it('stays silent on a group of another size, a stated figure, a time word, or no year', () => {
    assert.deepEqual(found("In 2023 ETO issued half of the five observatories' alerts.\n"), []);
    assert.deepEqual(found("In 2023 ETO issued 210 alerts, half of the four observatories' alerts.\n"), []);
    assert.deepEqual(found("ETO issued half of the four observatories' alerts.\n"), []);
    assert.deepEqual(found("In the second half of 2023 ETO issued most of the four observatories' alerts.\n"), []);
  });
});
