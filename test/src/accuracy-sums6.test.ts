// Shares, totals and breakdowns read from their structure (part, whole, sum) rather than from one draft's phrasing
// (acc-sums6). Every sentence is invented, in made-up domains and voices, findings and look-alikes alike.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });

/** Findings of one rule as `stated → first edit` (or `stated → none`). */
function findings(rule: string, text: string): string[] {
  return engine
    .check(text)
    .diagnostics.filter((d) => d.ruleId === rule)
    .map((d) => `${text.slice(d.range.start, d.range.end)} → ${(d.fix ?? d.suggestions?.[0])?.edits[0]?.newText ?? 'none'}`);
}

/** Whether a finding of `rule` carries a certain fix. */
function certain(rule: string, text: string): boolean[] {
  return engine
    .check(text)
    .diagnostics.filter((d) => d.ruleId === rule)
    .map((d) => d.fix !== undefined);
}

describe('share: the whole referred to ("of that budget", "of it", "of the total") stated as a total just before', () => {
  it('checks a share of a money total stated in the sentence before (minutes, press release)', () => {
    const minutes = '3.2 The treasurer reported total receipts of GBP 4.8 million in 2023. Ticket sales brought in GBP 1.5 million, which is 41.0% of receipts.\n';
    assert.deepEqual(findings('share', minutes), ['41.0% → 31.3%']);
    assert.deepEqual(certain('share', minutes), [false]);
    assert.deepEqual(
      findings('share', 'The ferry trust reported a total budget of EUR 92.5 million for 2022. Its harbour levy, EUR 11.3 million, is equivalent to 15.2% of that budget.\n'),
      ['15.2% → 12.2%'],
    );
  });

  it('checks "of it", "of that sum" after a sentence that adds figures up (blog, annex)', () => {
    assert.deepEqual(
      findings('share', 'Taken together the four hives come to 2,450 kilograms of honey. The orchard hive contributes 40.0% of that sum and the meadow hive\'s 612 kilograms are 30.0% of it.\n'),
      ['30.0% → 25.0%'],
    );
    assert.deepEqual(
      findings('share', 'The five clinics treated a combined 8,000 patients last winter.\n\nThe two city clinics saw 5,200 patients between them, 60% of the total.\n'),
      ['60% → 65%'],
    );
  });

  it('passes a right share, and a share whose part or whole looks like the transposed typo', () => {
    assert.deepEqual(findings('share', '3.2 The treasurer reported total receipts of GBP 4.8 million in 2023. Ticket sales brought in GBP 1.5 million, which is 31.3% of receipts.\n'), []);
    // 5,200 / 8,000 = 65%; the stated 62% is 5,200 / 8,387.1 — no swap explains it, but 65% of 8,000 does hold → silent.
    assert.deepEqual(findings('share', 'The five clinics treated a combined 8,000 patients last winter. The two city clinics saw 5,200 patients between them, 65% of the total.\n'), []);
    // 64.7% = 5,200 / 8,036 where the total reads 8,306 (digits swapped): the total is the likelier typo.
    assert.deepEqual(findings('share', 'The five clinics treated a combined 8,306 patients last winter. The two city clinics saw 5,200 patients between them, 64.7% of the total.\n'), []);
  });

  it('stays silent on look-alikes: no total before, another measure, another year, a hedged whole, "of which", other currency', () => {
    // no total word in the sentence before
    assert.deepEqual(findings('share', 'The ferry trust spent EUR 92.5 million in 2022. Its harbour levy, EUR 11.3 million, is 15.2% of that.\n'), []);
    // the part is staff, the whole is patients
    assert.deepEqual(findings('share', 'The five clinics treated a combined 8,000 patients last winter. The city clinics\' 520 nurses were 9.0% of that total.\n'), []);
    // the whole is of another year
    assert.deepEqual(findings('share', 'In 2021 the trust had a total budget of EUR 92.5 million. In 2022 its levy, EUR 11.3 million, was 15.2% of that budget.\n'), []);
    // a hedged whole
    assert.deepEqual(findings('share', 'The clinics treated some 8,000 patients in all. The city clinics saw 5,200 patients, 60% of the total.\n'), []);
    // another currency
    assert.deepEqual(findings('share', 'The trust reported a total budget of EUR 92.5 million. Its levy, USD 11.3 million, is 15.2% of that budget.\n'), []);
    // a named whole that the total sentence does not name
    assert.deepEqual(findings('share', 'The trust reported total receipts of GBP 4.8 million. Ticket sales brought in GBP 1.5 million, which is 41.0% of spending.\n'), []);
    // across a heading
    assert.deepEqual(findings('share', 'The five clinics treated a combined 8,000 patients.\n\n## City\n\nThe two city clinics saw 5,200 patients, 60% of the total.\n'), []);
  });
});

describe('total: a sum over a group named by its size, of the figures stated just before', () => {
  it('adds the parts of the sentences before (annual review, slide note, minutes)', () => {
    const review = 'The lighthouse at Skarn logged 412 service visits last year.\n\nThe harbour crew at Ness made 275 visits and the island team 122. Together the three crews made 819 visits in the year.\n';
    assert.deepEqual(findings('total', review), ['819 → 809']);
    assert.deepEqual(certain('total', review), [false]);
    assert.deepEqual(
      findings('total', 'The north depot holds EUR 4.1 million in spare parts. The south depot holds EUR 2.9 million. Between them the two depots hold EUR 7.4 million.\n'),
      ['EUR 7.4 million → EUR 7.0 million'],
    );
    assert.deepEqual(findings('total', 'Orchard A yielded 1,240 crates in 2022; orchard B 980 crates. In 2022 both orchards together yielded 2,420 crates.\n'), ['2,420 → 2,220']);
  });

  it('passes a right sum', () => {
    assert.deepEqual(findings('total', 'The harbour crew at Ness made 275 visits and the island team 122. Together the two crews made 397 visits.\n'), []);
    assert.deepEqual(findings('total', 'The north depot holds EUR 4.1 million. The south depot holds EUR 2.9 million. Between them the two depots hold EUR 7.0 million.\n'), []);
  });

  it('stays silent on look-alikes: other years, overlap, too many figures, hedged, changes, another measure', () => {
    // a part of another year
    assert.deepEqual(findings('total', 'In 2021 the Ness crew made 275 visits. In 2022 the island team made 122. In 2022 the two crews together made 420 visits.\n'), []);
    // parts said to overlap
    assert.deepEqual(findings('total', 'The Ness crew made 275 visits and the island team 122; some visits were joint and are counted twice. Together the two crews made 380 visits.\n'), []);
    // more figures of the measure than members
    assert.deepEqual(findings('total', 'The Ness crew made 275 visits, 40 of them at night, and the island team 122. Together the two crews made 420 visits.\n'), []);
    // a hedged part
    assert.deepEqual(findings('total', 'The Ness crew made about 275 visits and the island team 122. Together the two crews made 420 visits.\n'), []);
    // a part written as a change
    assert.deepEqual(findings('total', 'The Ness crew made 30 more visits than in 2021 and the island team 122. Together the two crews made 420 visits.\n'), []);
    // the group is of another size than the figures before it
    assert.deepEqual(findings('total', 'The Ness crew made 275 visits and the island team 122. Together the three crews made 420 visits.\n'), []);
    // an average is not a sum
    assert.deepEqual(findings('total', 'The Ness crew made 275 visits and the island team 122. Together the two crews made 420 visits a year on average.\n'), []);
    // subsets of one whole ("of these", "of them") are no members of the group
    assert.deepEqual(findings('total', 'The three crews made 95 visits. Of these, 40 (42%) were at night, and 30 of them (32%) in storms. Between them the two smaller crews made 43.\n'), []);
  });
});

describe('share: part and whole in one sentence, in the phrasings the narrow readings leave', () => {
  it('reads "P units out of (a total of) W", the share before or after', () => {
    assert.deepEqual(findings('share', 'The beekeepers lost 480 colonies out of a total of 4,000 (14.0%) over the winter.\n'), ['14.0% → 12.0%']);
    assert.deepEqual(findings('share', 'At 15%, the 480 colonies out of 4,000 lost were the worst in a decade.\n'), []);
    assert.deepEqual(findings('share', 'The beekeepers lost 480 colonies out of a total of 4,000 (12.0%) over the winter.\n'), []);
  });

  it('reads "W …, of which P (S%)"', () => {
    assert.deepEqual(findings('share', 'The archive holds 2,500 maps, of which 650 (28%) predate 1800.\n'), ['28% → 26%']);
    assert.deepEqual(findings('share', 'The archive holds 2,500 maps, of which 650 (26%) predate 1800.\n'), []);
  });

  it('reads "P were S% of the … total of W" and "(In YEAR,) of the W …, P (S%)"', () => {
    assert.deepEqual(findings('share', "The valley's 312 farms were 18.5% of the county's total of 1,950.\n"), ['18.5% → 16.0%']);
    assert.deepEqual(findings('share', 'In the 2023 census, of the 1,950 farms counted, 312 (18.5%) grew barley.\n'), ['18.5% → 16.0%']);
    assert.deepEqual(findings('share', 'In the 2023 census, of the 1,950 farms counted, 312 (16.0%) grew barley.\n'), []);
  });

  it('stays silent on look-alikes: lists of shares, other units, hedged figures, changes, a transposed part', () => {
    assert.deepEqual(findings('share', 'Only these could be reached at the stated precision (41.7% of 13, 33.3% of 14).\n'), []);
    assert.deepEqual(findings('share', 'The beekeepers lost 480 colonies out of 4,000 hives (14.0%) over the winter.\n'), []);
    assert.deepEqual(findings('share', 'The archive holds about 2,500 maps, of which 650 (28%) predate 1800.\n'), []);
    assert.deepEqual(findings('share', "The valley's 312 farms were 18.5% of the county's growth of 1,950 since 2001.\n"), []);
    // 21.3 / 100 = 21.3%: the part 12.3 reads as its digits swapped, so the part is the likelier typo
    assert.deepEqual(findings('share', 'The fund paid out EUR 12.3 million, or 21.3% of the EUR 100.0 million it raised.\n'), []);
  });
});

describe('share: a table whose whole only its own rows imply', () => {
  const table = (caption: string, rows: string) => `${caption}\n\n| Orchard | Crates | Share |\n| --- | ---: | ---: |\n${rows}`;
  const rows = '| Hillside | 420 | 35.0% |\n| Riverside | 300 | 25.0% |\n| Marsh | 240 | 20.0% |\n| Upland | 240 | 22.0% |\n';

  it('finds the one share that disagrees with a whole written in any form (n =, base:, of its …)', () => {
    assert.deepEqual(findings('share', table('Crates picked in 2024 (n = 1,200).', rows)), ['22.0% → 20.0%']);
    assert.deepEqual(findings('share', table('Crates by orchard; base: 1,200 crates picked in 2024.', rows)), ['22.0% → 20.0%']);
  });

  it('takes the column sum as the whole when no figure is written and all other rows agree with it', () => {
    assert.deepEqual(findings('share', table('Crates by orchard, 2024.', rows)), ['22.0% → 20.0%']);
  });

  it('passes a right table and stays silent when the shares fit no one whole, or a swapped count explains the slip', () => {
    assert.deepEqual(findings('share', table('Crates by orchard, 2024 (n = 1,200).', rows.replace('22.0%', '20.0%'))), []);
    // shares of some larger whole (the region's 3,000 crates) that the caption does not give: no whole fits them all
    assert.deepEqual(findings('share', table('Crates by orchard, 2024.', '| Hillside | 420 | 14.0% |\n| Riverside | 300 | 10.0% |\n| Marsh | 240 | 8.0% |\n| Upland | 240 | 9.0% |\n')), []);
    // two rows disagree: not a single slip, so no reading
    assert.deepEqual(findings('share', table('Crates by orchard, 2024.', rows.replace('25.0%', '27.0%'))), []);
    // 402 read as 420 (two digits swapped) gives the stated 35.0%: the count is the likelier typo
    assert.deepEqual(findings('share', table('Crates by orchard; base: 1,200 crates picked in 2024.', '| Hillside | 402 | 35.0% |\n| Riverside | 300 | 25.0% |\n| Marsh | 240 | 20.0% |\n| Upland | 240 | 20.0% |\n')), []);
  });

  it('never reads a column of changes as shares', () => {
    assert.deepEqual(findings('share', 'Crates by orchard, 2024.\n\n| Orchard | Crates | Change |\n| --- | ---: | ---: |\n| Hillside | 420 | +35.0% |\n| Riverside | 300 | +25.0% |\n| Marsh | 240 | +20.0% |\n| Upland | 240 | +22.0% |\n'), []);
  });
});

describe('total: a last row the fixed labels do not vouch for, shown by the table to sum its rows', () => {
  const table = (label: string, b: string) =>
    `Ferry crossings by route.\n\n| Route | Crossings 2022 | Crossings 2023 |\n| --- | ---: | ---: |\n| North | 1,204 | 1,310 |\n| Harbour | 860 | 905 |\n| Islands | 415 | 440 |\n| ${label} | 2,479 | ${b} |\n`;

  it('checks a column when another column of the row adds up exactly', () => {
    assert.deepEqual(findings('total', table('Regional total', '2,565')), ['2,565 → 2,655']);
    assert.deepEqual(findings('total', table('All three routes', '2,565')), ['2,565 → 2,655']);
  });

  it('passes when every column adds up, and stays silent without evidence or on a remainder / average row', () => {
    assert.deepEqual(findings('total', table('Regional total', '2,655')), []);
    // no column adds up: the row may hold routes the table does not list
    assert.deepEqual(findings('total', table('Regional total', '2,565').replace('| 2,479 |', '| 2,600 |')), []);
    assert.deepEqual(findings('total', table('All other routes', '2,565')), []);
    assert.deepEqual(findings('total', table('Average, all routes', '2,565')), []);
  });
});

describe('share: "N of them (S%)" with the group counted in the sentence before', () => {
  it('takes the one figure of the sentence before as the whole', () => {
    assert.deepEqual(findings('share', 'The survey reached 1,250 anglers on the lower river. 400 of them (35%) fished at night.\n'), ['35% → 32%']);
    assert.deepEqual(findings('share', 'The survey reached 1,250 anglers on the lower river. Of these, 400 (35%) fished at night.\n'), ['35% → 32%']);
  });

  it('passes a right share; silent when the sentence before holds two figures, or the whole is of another year', () => {
    assert.deepEqual(findings('share', 'The survey reached 1,250 anglers on the lower river. 400 of them (32%) fished at night.\n'), []);
    assert.deepEqual(findings('share', 'The survey reached 1,250 anglers on the lower river and 900 on the upper. 400 of them (35%) fished at night.\n'), []);
    assert.deepEqual(findings('share', 'In 2021 the survey reached 1,250 anglers. In 2022, 400 of them (35%) fished at night.\n'), []);
  });
});

describe('share in words, with the part and whole in the phrasings above', () => {
  it('checks "one in N", "a third" against "P out of W", "Of the W, P", "W, of which P"', () => {
    assert.deepEqual(findings('share', 'The beekeepers lost 480 colonies out of 4,000, or one in five, over the winter.\n'), ['one in five → none']);
    assert.deepEqual(findings('share', 'Of the 1,950 farms counted, 390, a third of them, grew barley.\n'), ['a third → none']);
    assert.deepEqual(findings('share', 'The archive holds 2,400 maps, of which 1,200, fully half of the maps, predate 1800.\n'), []);
  });

  it('passes fair words and stays silent on another measure or a hedged whole', () => {
    assert.deepEqual(findings('share', 'The beekeepers lost 480 colonies out of 4,000, about one in eight, over the winter.\n'), []);
    assert.deepEqual(findings('share', 'The beekeepers lost 480 colonies out of 4,000 hives, or one in five, over the winter.\n'), []);
    assert.deepEqual(findings('share', 'Of some 1,950 farms counted, 390, a third of them, grew barley.\n'), []);
  });
});

describe('total: a sum over members named in a list ("A, B and C together")', () => {
  it('adds the parts each member has in the sentences before', () => {
    assert.deepEqual(findings('total', 'Marlow ran 120 guided walks. Ebbing ran 95 and Stokeley ran 60. Marlow, Ebbing and Stokeley together ran 285 walks.\n'), ['285 → 275']);
    assert.deepEqual(findings('total', 'Marlow ran 120 guided walks. Ebbing ran 95 and Stokeley ran 60. Marlow, Ebbing and Stokeley together ran 275 walks.\n'), []);
  });

  it('stays silent when a member has no part of its own or the parts are of others', () => {
    assert.deepEqual(findings('total', 'Marlow ran 120 guided walks. Ebbing ran 95 and Dunford ran 60. Marlow, Ebbing and Stokeley together ran 285 walks.\n'), []);
    assert.deepEqual(findings('total', 'Marlow ran 120 guided walks and 95 boat trips. Marlow and Ebbing together ran 285 walks.\n'), []);
  });
});
