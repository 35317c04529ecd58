// Parts and wholes in more phrasing families: shares, totals, breakdowns and GRIM checks (acc-sums).
// Every sentence here is invented, in made-up domains, to prove the reading of a family rather than of one draft.
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

describe('share: a score "out of 100" is not "1 out of 100"', () => {
  it('reads no word share from the last digit of a decimal score', () => {
    assert.deepEqual(findings('share', 'The lighthouse trust scored 71.1 out of 100 on the safety audit, 3.2 points ahead of the harbour board.\n'), []);
    assert.deepEqual(findings('share', 'Its rating was 6,1 out of 10 on the regional scale, up 0.4 points on 2022.\n'), []);
  });

  it('still reads "1 in N" written on its own', () => {
    assert.deepEqual(findings('share', 'One in three of the ferries (12 of 120) ran late last winter.\n'), ['One in three → none']);
    assert.deepEqual(findings('share', 'Only 1 in 10 of its berths (9 of 90) stood empty.\n'), []);
  });
});

describe('granularity: the whole opens the sentence with a possessive', () => {
  it('checks "Of our five X, N%" against the counts of five', () => {
    assert.deepEqual(findings('granularity', 'Of our five orchards, 70% reported an early frost.\n'), ['70% → 60%']);
    assert.deepEqual(findings('granularity', 'Among my eight hives, 30% lost their queen.\n'), ['30% → 25%']);
  });

  it('stays silent when a count of the whole gives the share', () => {
    assert.deepEqual(findings('granularity', 'Of our five orchards, 60% reported an early frost.\n'), []);
    assert.deepEqual(findings('granularity', 'Among your eight hives, 37.5% lost their queen.\n'), []);
  });
});

describe('total: a total followed by its labelled parts', () => {
  it('checks a total against the parts listed after a colon', () => {
    assert.deepEqual(findings('total', 'The four alpine huts logged a combined 905 overnight stays in 2023: Kessel 412, Birkental 275, Moosalm 122 and Grat 69.\n'), ['905 → 878']);
    assert.deepEqual(findings('total', 'The cooperative shipped a total of 1,240 tonnes: Upper Vale 610, Lower Vale 430 and the Marsh farms 173.\n'), ['1,240 → 1,213']);
  });

  it('checks a total against the parts in brackets after it', () => {
    assert.deepEqual(findings('total', 'In 2019 the three ferry lines combined for 846 sailings (the Northern 412, the Coastal 365, the Isles service 96); by 2022 the figure was 910.\n'), ['846 → 873']);
    assert.deepEqual(findings('total', 'Both depots together held EUR 7.4 million in stock (Riverside EUR 4.1 million, Hilltop EUR 2.9 million).\n'), ['EUR 7.4 million → EUR 7.0 million']);
  });

  it('finds nothing when the parts add up', () => {
    assert.deepEqual(findings('total', 'The four alpine huts logged a combined 878 overnight stays in 2023: Kessel 412, Birkental 275, Moosalm 122 and Grat 69.\n'), []);
    assert.deepEqual(findings('total', 'In 2019 the three ferry lines combined for 873 sailings (the Northern 412, the Coastal 365, the Isles service 96).\n'), []);
  });

  it('stays silent when the list is a selection, hedged, of other kinds, or said to overlap', () => {
    assert.deepEqual(findings('total', 'The huts logged a combined 905 overnight stays, led by Kessel 412 and Birkental 275.\n'), []);
    assert.deepEqual(findings('total', 'The huts logged a combined 905 overnight stays (including Kessel 412 and Birkental 275).\n'), []);
    assert.deepEqual(findings('total', 'The huts logged about 905 overnight stays in all: Kessel 412, Birkental 275, Moosalm 122 and Grat 69.\n'), []);
    assert.deepEqual(findings('total', 'The huts logged a combined 905 overnight stays: Kessel 41%, Birkental 27% and Moosalm 12%.\n'), []);
    assert.deepEqual(findings('total', 'The huts logged a combined 905 overnight stays (up 40 on 2022).\n'), []);
    assert.deepEqual(findings('total', 'Guides worked a combined 905 shifts: Kessel 412, Birkental 275, Moosalm 122 and Grat 69. Shifts overlap, since a guide may serve two huts on one day.\n'), []);
    assert.deepEqual(findings('total', 'The huts logged 905 overnight stays: Kessel 412, Birkental 275, Moosalm 122 and Grat 69.\n'), []);
    assert.deepEqual(findings('total', 'The huts logged a combined 905 overnight stays: Kessel 412, Birkental 275, Moosalm 122 and Grat 69 in 2021 and 70 in 2022.\n'), []);
  });
});

describe('total: labelled parts that are references, dates or names', () => {
  it('adds no figure that a label makes a reference, a date or a name', () => {
    assert.deepEqual(findings('total', 'The huts logged a total of 905 overnight stays (Table 3, Figure 2).\n'), []);
    assert.deepEqual(findings('total', 'The huts logged a combined 905 overnight stays in two peaks: March 12 and April 9.\n'), []);
    assert.deepEqual(findings('total', 'Buses carried a combined 905 riders: Route 16 and Route 22.\n'), []);
  });
});

describe('total: overlap said of the table a later paragraph introduces', () => {
  it('still checks the labelled list above it', () => {
    const text = [
      'In 2021 the three mills combined for 640 tonnes of flour (Adler 310, Brunn 245, Clare 58).',
      '',
      'Shares of the mills’ customers (customers overlap, since a bakery may buy from two mills):',
      '',
      '| Mill | Share |',
      '| --- | ---: |',
      '| Adler | 61% |',
      '| Brunn | 55% |',
      '',
    ].join('\n');
    assert.deepEqual(findings('total', text), ['640 → 613']);
  });

  it('stays silent when the paragraph after it says these parts overlap', () => {
    const text = ['In 2021 the three mills combined for 640 customers (Adler 310, Brunn 245, Clare 58).', '', 'Customers overlap, since a bakery may buy from two mills.', ''].join('\n');
    assert.deepEqual(findings('total', text), []);
  });
});

/** A markdown table from rows of cells. */
function table(...rows: string[][]): string {
  const [head, ...body] = rows;
  return [`| ${head!.join(' | ')} |`, `| ${head!.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
}

describe('total: a total row named by the size of the group above it', () => {
  it('checks "Four X combined" and "All five" rows against the rows above', () => {
    const rows = [['Harbour', 'Cranes in service'], ['Aldport', '41'], ['Brisk', '37'], ['Cove', '19'], ['Dunmore', '12']];
    assert.deepEqual(findings('total', table(...rows, ['**Four harbours combined**', '**190**'])), ['190 → 109']);
    assert.deepEqual(findings('total', table(...rows, ['Four harbours together', '190'])), ['190 → 109']);
    assert.deepEqual(findings('total', table(...rows.slice(0, 4), ['Others (two harbours)', '12'], ['All five', '190'])), ['190 → 109']);
  });

  it('sums a column of scores when the row says it combines them', () => {
    assert.deepEqual(findings('total', table(['Lab', '2019 collaboration score'], ['Orion Lab', '512'], ['Vega Lab', '433'], ['Lyra Lab', '210'], ['**Three labs combined**', '**1,515**'])), ['1,515 → 1,155']);
  });

  it('sums columns whose header merely contains "rate", "ratio" or "per" inside a word', () => {
    assert.deepEqual(findings('total', table(['Region', 'Corporate partners', 'Collaborations'], ['North', '12', '140'], ['South', '9', '95'], ['West', '4', '61'], ['Total', '25', '269'])), ['269 → 296']);
  });

  it('stays silent when the size named is not the number of rows, or the column is a rate', () => {
    const rows = [['Harbour', 'Cranes in service'], ['Aldport', '41'], ['Brisk', '37'], ['Cove', '19'], ['Dunmore', '12']];
    assert.deepEqual(findings('total', table(...rows, ['Five harbours combined', '190'])), []);
    assert.deepEqual(findings('total', table(...rows, ['All eleven', '190'])), []);
    assert.deepEqual(findings('total', table(['Harbour', 'Accident rate'], ['Aldport', '41'], ['Brisk', '37'], ['Cove', '19'], ['Four harbours combined', '190'])), []);
    assert.deepEqual(findings('total', table(['Lab', '2019 collaboration score'], ['Orion Lab', '512'], ['Vega Lab', '433'], ['Lyra Lab', '210'], ['All three', '1,515'])), []);
  });
});

describe('share: a share column whose header gives "%" as its unit and names the whole', () => {
  const rows = [['Lighthouse', 'Keepers 2010', 'Keepers 2020', 'Share of the 40 in 2020 (%)'], ['Ardmore', '8', '12', '30.0'], ['Bell Rock', '6', '9', '25.5'], ['Corran', '5', '11', '27.5'], ['Others (four lights)', '4', '8', '20.0']];
  it('checks each row’s plain figure as a percent of the whole in the header', () => {
    assert.deepEqual(findings('share', table(...rows, ['All seven', '23', '40', ''])), ['25.5 → 22.5']);
  });

  it('reads no share from plain cells under a header that is a share of each row’s own figure, or a change', () => {
    assert.deepEqual(findings('share', table(['Lighthouse', 'Visitors', 'Foreign share (%)'], ['Ardmore', '800', '31.0'], ['Bell Rock', '600', '12.5'], ['Total', '1,400', ''])), []);
    assert.deepEqual(findings('share', table(['Lighthouse', 'Visitors', 'Change of total (%)'], ['Ardmore', '800', '31.0'], ['Bell Rock', '600', '12.5'], ['Total', '1,400', ''])), []);
  });

  it('reports one wrong row once: no breakdown finding beside the share finding', () => {
    const text = 'Here is how the keepers split:\n\n' + table(...rows, ['All seven', '23', '40', '']);
    assert.deepEqual(findings('breakdown-sum', text), []);
    assert.deepEqual(findings('share', text), ['25.5 → 22.5']);
  });
});

describe('share: one named part of a whole given only as its parts', () => {
  it('checks the share of the part its word names against the sum of the parts', () => {
    assert.deepEqual(findings('share', 'The depot holds 312 electric and 88 diesel buses. Electric buses make up 70% of its buses.\n'), ['70% → 78%']);
    assert.deepEqual(findings('share', 'The league has 14 amateur, 9 semi-professional and 7 professional clubs; professional clubs are 30.0% of the total.\n'), ['30.0% → 23.3%']);
  });

  it('finds nothing when the share holds', () => {
    assert.deepEqual(findings('share', 'The depot holds 312 electric and 88 diesel buses. Electric buses make up 78% of its buses.\n'), []);
    assert.deepEqual(findings('share', 'The league has 14 amateur and 6 professional clubs; professional clubs are 30% of the total.\n'), []);
  });

  it('stays silent on another whole, hedged parts, a partial list, a change, or two parts named', () => {
    assert.deepEqual(findings('share', 'The depot holds 312 electric and 88 diesel buses. Electric buses make up 70% of the city’s traffic.\n'), []);
    assert.deepEqual(findings('share', 'The depot holds about 312 electric and 88 diesel buses; electric buses are 70% of the total.\n'), []);
    assert.deepEqual(findings('share', 'The depot holds 312 electric and 88 diesel buses, among others; electric buses are 70% of the total.\n'), []);
    assert.deepEqual(findings('share', 'The depot holds 312 electric and 88 diesel buses. Electric ridership grew 70% over the decade.\n'), []);
    assert.deepEqual(findings('share', 'The depot holds 312 electric and 88 diesel buses. Electric and diesel buses are 70% of the total.\n'), []);
    assert.deepEqual(findings('share', 'The depot holds 312 electric and 88 diesel buses, 400 in all; electric buses are 70% of the total.\n'), []);
  });
});

describe('share: amounts written with decimals, and shares headed "(%)" with a Total row of 100', () => {
  const budget = (share: string) =>
    table(['Orchard', 'Revenue (GBP million)', 'Share of the three-orchard total'], ['Appleby', '12.4', '49.0%'], ['Pearton', '8.1', share], ['Quince Hill', '4.8', '19.0%'], ['**Three orchards**', '**25.3**', '**100%**']);
  it('checks each amount’s share of the Total row, as a suggestion', () => {
    assert.deepEqual(findings('share', budget('23.1%')), ['23.1% → 32.0%']);
    assert.equal(engine.check(budget('23.1%')).diagnostics.find((d) => d.ruleId === 'share')?.fix, undefined);
  });

  it('accepts any share the rounded amounts allow', () => {
    // 8.1 / 25.3 = 32.02%; 8.15 / 25.25 = 32.28%: 32.2% is what unrounded amounts may give.
    assert.deepEqual(findings('share', budget('32.0%')), []);
    assert.deepEqual(findings('share', budget('32.2%')), []);
  });

  it('reads plain figures under "Share 2023 (%)" when the Total row holds 100', () => {
    const rows = [['Port', 'Calls 2023', 'Share 2023 (%)'], ['Aldport', '410', '41.0'], ['Brisk', '350', '53.0'], ['Cove', '240', '24.0'], ['Total', '1,000', '100.0']];
    assert.deepEqual(findings('share', table(...rows)), ['53.0 → 35.0']);
    assert.deepEqual(findings('share', table(...rows.slice(0, 4), ['Total', '1,000', '']))
      , []);
  });

  it('reads no amounts under a header of averages or rates', () => {
    assert.deepEqual(findings('share', table(['Orchard', 'Average yield (t/ha)', 'Share of total'], ['Appleby', '12.4', '49.0%'], ['Pearton', '8.1', '23.1%'], ['Quince Hill', '4.8', '19.0%'], ['Total', '25.3', '100%'])), []);
  });
});

describe('breakdown-sum: more wordings of a split in a sentence', () => {
  it('checks "broke down as" and a remainder after "made up"', () => {
    assert.deepEqual(findings('breakdown-sum', 'By gear, the catch broke down as trawl 40%, longline 35% and pots 30%.\n'), ['30% → none']);
    assert.deepEqual(findings('breakdown-sum', 'Trawlers made up 23% of the fleet, longliners 17% and seiners 24%, with the remaining 39% spread across smaller gear.\n'), ['39% → 36%']);
  });

  it('finds nothing when the shares add up, or when a share is a change', () => {
    assert.deepEqual(findings('breakdown-sum', 'By gear, the catch broke down as trawl 40%, longline 35% and pots 25%.\n'), []);
    assert.deepEqual(findings('breakdown-sum', 'Trawlers made up 23% of the fleet, longliners 17% and seiners 24%, with the remaining 36% spread across smaller gear.\n'), []);
    assert.deepEqual(findings('breakdown-sum', 'Trawl landings went up 23%, longline 17% and the remaining gear 39%.\n'), []);
  });
});

describe('share: in a table sorted by share, a count that alone breaks the order is the likelier typo', () => {
  const rows = (second: string, share: string) => [['Partner', 'Joint trials', 'Share of 2,000'], ['Arden Clinic', '980', '49.0%'], ['Bexley Lab', second, share], ['Corvo Institute', '850', '42.5%'], ['Dunlin Centre', '400', '20.0%']];
  it('reports no share whose count breaks the order the shares keep', () => {
    // 940 would give 47.0%; 1,049 reads as a slip in the count, not in the share.
    assert.deepEqual(findings('share', table(...rows('1,049', '47.0%'))), []);
  });

  it('still reports a share that breaks the order, or a count that keeps it', () => {
    assert.deepEqual(findings('share', table(...rows('940', '74.0%'))), ['74.0% → 47.0%']);
    assert.deepEqual(findings('share', table(...rows('940', '45.0%'))), ['45.0% → 47.0%']);
  });
});

describe('total: labelled parts that open the sentence, closed by their total', () => {
  it('checks the total after the list', () => {
    assert.deepEqual(findings('total', 'Kessel 412, Birkental 275, Moosalm 122 and Grat 69, a combined 905 overnight stays.\n'), ['905 → 878']);
    assert.deepEqual(findings('total', 'In 2023, Kessel 412, Birkental 275 and Moosalm 122 — 836 stays in all.\n'), ['836 → 809']);
    assert.deepEqual(findings('total', 'Stays by hut: Kessel 412, Birkental 275 and Moosalm 122, for a total of 836.\n'), ['836 → 809']);
  });

  it('finds nothing when they add up, or when the list is not all of the sentence before the total', () => {
    assert.deepEqual(findings('total', 'Kessel 412, Birkental 275, Moosalm 122 and Grat 69, a combined 878 overnight stays.\n'), []);
    assert.deepEqual(findings('total', 'The wardens counted more guests than ever, led by Kessel 412 and Birkental 275, a combined 905 with the smaller huts.\n'), []);
    assert.deepEqual(findings('total', 'Kessel 412, Birkental 275 and about 122 at Moosalm, a combined 836 stays.\n'), []);
    assert.deepEqual(findings('total', 'Kessel rose 412 and Birkental fell 275, a combined 836.\n'), []);
  });
});

describe('share: a table with two count columns divides the one its share column names or agrees with', () => {
  const table = (shareHeader: string, shares: string[]) =>
    [
      `| Depot | Drivers | Bus-hours (h) | ${shareHeader} |`,
      '| --- | ---: | ---: | ---: |',
      `| North | 120 | 5,000 | ${shares[0]} |`,
      `| South | 80 | 3,000 | ${shares[1]} |`,
      `| East | 50 | 2,000 | ${shares[2]} |`,
      `| Total | 250 | 10,000 | 100.0 |`,
      '',
    ].join('\n');

  it('takes the column the header names ("Share of bus-hours (%)"), not the first count column', () => {
    assert.deepEqual(findings('share', table('Share of bus-hours (%)', ['50.0', '30.0', '20.0'])), []);
    assert.deepEqual(findings('share', table('Share of bus-hours (%)', ['50.0', '38.0', '20.0'])).length, 1);
  });

  it('with a header naming neither, takes the one column whose rows give the stated shares', () => {
    assert.deepEqual(findings('share', table('Share (%)', ['48.0', '32.0', '20.0'])), []);
    assert.deepEqual(findings('share', table('Share (%)', ['48.0', '39.0', '20.0'])).length, 1);
  });

  it('stays silent when no column gives most of the stated shares', () => {
    assert.deepEqual(findings('share', table('Share (%)', ['41.0', '39.0', '20.0'])), []);
  });
});

describe('total: a combined growth statement needs its cue word on its own', () => {
  it('reads no total in "breakdown-sum (2 → 3 of 5)" after other statements', () => {
    const text = 'Recall: test 0.50 against 0.90. On test only percent-change (20 → 21 of 46) and breakdown-sum (2 → 3 of 5) moved.\n';
    assert.deepEqual(findings('total', text), []);
  });

  it('still reads "the sum" as a total of the statements before it', () => {
    const text = 'Crates rose from 20 to 30 at Alder and from 10 to 15 at Birch. The sum rose from 30 to 46.\n';
    assert.equal(findings('total', text).length, 1);
  });
});
