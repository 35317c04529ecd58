// False readings of round 36's dev drafts (new voices, two new domains: ports and recycling), each fixed by the
// structure of its sentence or table, each with a twin that is still read. Datasets: eval/domains.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { domainEngine, loadDomainDataset, seenFindings, seenIn, seenNotes } from './helpers.js';

const seen = seenIn;

describe('a counterfactual verb shared by a coordinated verb', () => {
  it('reads "would have kept A first and put B second" as the counterfactual edition', () => {
    assert.deepEqual(seen('agri', 'Under the old method the 2022 edition would have kept IGPRI first and put BDRI second.\n', ['rank']), []);
    assert.deepEqual(seen('agri', 'Under the old method the 2022 edition would have kept IGPRI first and put BDRI third.\n', ['rank']), [['rank', 'third']]);
  });
});

describe('a table of places that names no one, under a paragraph that names two ranked parties', () => {
  const row = '\n\n| Edition | 2016 | 2017 | 2018 | 2019 | 2020 | 2021 | 2022 | 2023 | 2024 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n| Rank | 4 | 4 | 3 | 3 | 3 | 2 | 2 | 1 | 1 |\n';
  it('gives its cells to neither', () => {
    const text = `Wolinek was placed first in the 2024 edition of the index with a composite score of 84.1, 1.9 points ahead of Kaarnaniemi. It has held the top position since 2023; Kaarnaniemi had been first in every edition from 2017 to 2022.${row}`;
    assert.deepEqual(seen('ports', text, ['rank']), []);
  });
  it('still reads a caption that names one party (one set against it with "ahead of" aside)', () => {
    const text = "Kaarnaniemi's places in the Baltic Port Performance Index, edition by edition, ahead of Wolinek:\n\n| Edition | 2021 | 2022 | 2023 |\n| --- | ---: | ---: | ---: |\n| Rank | 4 | 4 | 3 |\n";
    assert.deepEqual(seen('ports', text, ['rank']), [['rank', '4'], ['rank', '4'], ['rank', '3']]);
  });
});

describe('a split that a share stated before it completes', () => {
  it('is of that share’s rest, in a list and in a sentence', () => {
    const list = (last: string) => `In 2023 aeronautical charges made up 55.9% of VYS revenue. The rest split as follows:\n\n- parking: 21.5%\n- retail: 11.3%\n- property: 5.3%\n- cargo and other: ${last}\n`;
    assert.deepEqual(seen('airports', list('6.0%')), []);
    assert.deepEqual(seen('airports', list('16.0%'), ['breakdown-sum']), [['breakdown-sum', '21.5%']]);
    const sentence = (rest: string) => `Only 12.8% flew domestically. Other EU/EEA destinations took 51.4%, the United Kingdom 14.6% and the rest of the world ${rest}.`;
    assert.deepEqual(seen('airports', sentence('21.2%'), ['breakdown-sum']), []);
    assert.deepEqual(seen('airports', sentence('31.2%'), ['breakdown-sum']), [['breakdown-sum', '31.2%']]);
  });
});

describe('a percent of a whole after "made up"', () => {
  it('is a share, not a change of the whole', () => {
    assert.deepEqual(seen('airports', 'In 2023 aeronautical charges made up 55.9% of VYS revenue.\n', ['percent-change']), []);
    assert.deepEqual(seen('airports', 'VYS revenue rose 55.9% in 2023.\n', ['percent-change']), [['percent-change', '55.9%']]);
  });
});

describe('a change "in 2024 alone" after endpoints of a longer span', () => {
  it('is a change of one year of the span', () => {
    const text = (tail: string) => `Jadranka's revenue grew from EUR 90.7 million in 2015 to EUR 131.5 million in 2024, 4.2% a year compounded, and by 8.8%${tail}.`;
    assert.deepEqual(seen('ferries', text(' in 2024 alone'), ['percent-change']), []);
    assert.deepEqual(seen('ferries', text(''), ['percent-change']), [['percent-change', '8.8%']]);
  });
});

describe('a figure read as a fact that another figure of its sentence states exactly', () => {
  it('is something else (a margin), not that fact', () => {
    assert.deepEqual(seen('ferries', "Revenue barely covers costs. Jadranka's 2024 costs of EUR 127.9 million left EUR 3.6 million.\n", ['dataset-value']), []);
    assert.deepEqual(seen('ferries', "Jadranka's 2024 operating costs were EUR 3.6 million.\n", ['dataset-value']), [['dataset-value', 'EUR 3.6 million']]);
  });
});

describe('a year compared with after the figure', () => {
  it('"higher than the year before" dates the base, not the figure', () => {
    const before = 'Kalliojärvi placed third in 2024, its best result so far, on a score of 78.5. ';
    assert.deepEqual(seen('parks', `${before}Krasni Rob climbed from seventh to sixth, with a score of 70.6 that is 4.1 points higher than the year before.\n`, ['dataset-value']), []);
    assert.deepEqual(seen('parks', 'Krasni Rob had a score of 70.6 in 2024, against 60.1 the year before.\n', ['dataset-value']), [['dataset-value', '60.1']]);
  });
});

describe('figures counted per unit', () => {
  it('"Measured per resident, the cost …" is no total cost', () => {
    assert.deepEqual(seen('recycling', '3.4 Measured per resident, the cost of the service was EUR 101 in 2015 and EUR 131 in 2024.\n', ['dataset-value']), []);
    assert.deepEqual(seen('recycling', '3.4 In 2024 the operating cost of ARWA was EUR 131 million.\n', ['dataset-value']), [['dataset-value', 'EUR 131 million']]);
  });
  it('"Each metre of quay handled …" is no quay length', () => {
    assert.deepEqual(seen('ports', '## The Port of Hirvisalo\n\nEach metre of quay handled 1.29 thousand tonnes in 2024, against 1.91 thousand in 2021.\n', ['dataset-value']), []);
    assert.deepEqual(seen('ports', '## The Port of Hirvisalo\n\nIn 2021 it had 1,910 metres of quay.\n', ['dataset-value']), [['dataset-value', '1,910']]);
  });
  it('a share of amounts in kilograms allows their rounding, and still finds a share far off', () => {
    const table = (paper: string) => `| Stream | Share | Per resident |\n| --- | ---: | ---: |\n| Paper | ${paper} | 60 kg |\n| Glass | 38.0% | 95 kg |\n| Organic | 38.0% | 95 kg |\n| Total | 100% | 250 kg |\n`;
    assert.deepEqual(seen('seeds', table('24.2%'), ['share']), []);
    assert.deepEqual(seen('seeds', table('28.0%'), ['share']), [['share', '28.0%']]);
  });
});

describe('a combined growth statement whose parts begin in the paragraph before', () => {
  it('sums every part, and reports a wrong total against all of them', () => {
    const text = (start: string) => `UTokyo's output rose from 287 to 638 publications.\n\nScience Tokyo's rose from 165 to 201 and Keio's from 21 to 63. The combined total grew from ${start} to 902 publications.\n`;
    assert.deepEqual(seen('seeds', text('473'), ['total']), []);
    assert.deepEqual(seen('seeds', text('483'), ['total']), [['total', '483']]);
  });
});

describe('round 37: a season across two years, a relative time, a contracted counterfactual, a "since" phrase', () => {
  const season = (value: string) => `| Hochsattel, season | 2014/15 | 2018/19 |\n| --- | ---: | ---: |\n| Skier days (thousand) | 1,412 | ${value} |\n`;
  it('takes a figure equal to the fact of the season’s last year as that season’s, and suggests for one equal to neither', () => {
    assert.deepEqual(seen('ski', season('1,545'), ['dataset-value']), []);
    // A year read from a season written across two years is an unverified note (lent-slots.ts DOUBTFUL, 2026-12-06:
    // the held-out split had that route right 0 times and false 4), with the value it would expect.
    assert.deepEqual(seenFindings(domainEngine('ski'), season('1,645'), new Set(['dataset-value'])), []);
    const [note] = seenNotes(domainEngine('ski'), season('1,645'), 'dataset-value');
    assert.equal(note?.stated, '1,645');
    assert.equal(note?.suggestion, '1,566');
  });
  it('"Per skier day we …" is no season total', () => {
    assert.deepEqual(seen('ski', 'Per skier day we now take in EUR 57.37 in ticket revenue at Hochsattel, against EUR 49.19 in 2018.\n', ['dataset-value']), []);
  });
  it('"we’d have been second" is a counterfactual place', () => {
    assert.deepEqual(seen('ferries', "In the 2024 barometer, if we had stood still, where would that have left us? The next operator, Cyclades Blue, scored 80.1, so we'd have been second either way.\n", ['rank']), []);
  });
  it('a year closing a "since" phrase dates no place of its sentence', () => {
    const text = "In the critics' poll, Amstelveld were second on 87.6. The Harzfeld Philharmonic, which won the first three polls, was third with 86.1, and Rheinau fourth with 85.1, its best score since the very first edition in 2016.\n";
    assert.deepEqual(seen('orchestras', text, ['rank']), []);
    assert.deepEqual(seen('orchestras', "The Harzfeld Philharmonic was third in the 2016 critics' poll.\n", ['rank']), [['rank', 'third']]);
  });
  it('a share "last year" takes no year from its paragraph', () => {
    const text = (tail: string) => `Ticket income reached EUR 14.0 million, a quarter more than the EUR 11.2 million of 2019. By our count the Veld alone took ${tail}`;
    assert.deepEqual(seen('orchestras', text('32.6% of the EUR 42.9 million in ticket income that the eight orchestras earned together last year.\n'), ['share']), []);
    assert.deepEqual(seen('orchestras', `In 2019 things were different. By our count the Veld alone took 36.6% of the EUR 42.9 million in ticket income that the eight orchestras earned together.\n`, ['share']), [['share', '36.6%']]);
  });
});

describe('cagr: a rate beside a total change over the same two years, with no endpoint values', () => {
  const text = (rate: string) => `3.1 VYS handled 8,699 tonnes of cargo in 2024, 67.1% more than in 2015, an average of ${rate} a year.\n`;
  it('is held to (1 + change)^(1/years) − 1, as a suggestion', () => {
    assert.deepEqual(seen('airports', text('5.9%'), ['cagr']), []);
    const [finding] = seenFindings(domainEngine('airports'), text('5.3%'), new Set(['cagr']));
    assert.equal(finding?.stated, '5.3%');
    assert.equal(finding?.fix, undefined);
    assert.equal(finding?.suggestion, '5.9%');
  });
  it('reads no pair over other periods: a change against one year and a rate since another', () => {
    assert.deepEqual(seen('airports', 'VYS handled 8,699 tonnes in 2024, 38.5% more than in 2019, and 5.3% a year since 2015.\n', ['cagr']), []);
    assert.deepEqual(seen('airports', 'In 2024 cargo was up 38.5% on 2019; since 2015 it has grown 7.6% a year.\n', ['cagr']), []);
  });
});

describe('round 38: per-head comparisons, a year after the figure, places relative to population', () => {
  it('a bracketed figure after a name, in a sentence that compares per head, is no total of that name', () => {
    const text = 'None of this came free. At EUR 148.8 per resident in 2024 Loughfane spent more per head than Glenmoran (EUR 127.9) or Ardcarrig (EUR 131.0).\n';
    assert.deepEqual(seen('recycling', text, ['dataset-value']), []);
    assert.deepEqual(seen('recycling', 'In 2024 operating cost was highest at Glenmoran (EUR 127.9 million).\n', ['dataset-value']), [['dataset-value', 'EUR 127.9 million']]);
  });
  it('"… a year later and 63 thousand by 2024": the year right after the figure is its own', () => {
    const text = (last: string) => `- Households with a food-waste bin in Loughfane went from 9 thousand at the end of 2020 to 52 thousand a year later and ${last} thousand by 2024.\n`;
    assert.deepEqual(seen('recycling', text('63'), ['dataset-value']), []);
    assert.deepEqual(seen('recycling', text('73'), ['dataset-value']), [['dataset-value', '73 thousand']]);
  });
  it('a place "relative to population" is of a ranking per head, not the cluster ranking', () => {
    const table = (label: string) => `| Tokyo–Yokohama, GII 2025 | Value |\n| --- | --- |\n| ${label} | 29th |\n`;
    assert.deepEqual(seen('seeds', table('Rank, output relative to population'), ['rank']), []);
    assert.deepEqual(seen('seeds', table('Rank'), ['rank']), [['rank', '29th']]);
  });
});

describe('a clause whose only measure is the base of a ratio', () => {
  it('gives its figures no measure from another reading (the clause before, the verb)', () => {
    assert.deepEqual(seen('ports', '## The Port of Hirvisalo\n\nQuay length was 9,920 m in 2024. Each metre of quay handled 1.29 thousand tonnes in 2024.\n', ['dataset-value']), []);
  });
});

describe('unverified notes on or off', () => {
  it('leave the findings of every other rule the same, on the samples', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { repoRoot } = await import('./helpers.js');
    const dataset = loadDomainDataset('seeds');
    const [off, on] = [createEngine({ dataset }), createEngine({ dataset, rules: { unverified: 'info' } })];
    const files = readdirSync(join(repoRoot, 'samples')).filter((f) => f.endsWith('.md'));
    assert.ok(files.length > 0);
    for (const file of files) {
      const text = readFileSync(join(repoRoot, 'samples', file), 'utf8');
      const key = (d: { ruleId: string; range: { start: number } }) => `${d.ruleId}@${d.range.start}`;
      assert.deepEqual(on.check(text).diagnostics.filter((d) => d.ruleId !== 'unverified').map(key), off.check(text).diagnostics.map(key), file);
    }
  });
});

describe('a total word inside inline code', () => {
  it('is a name, not a claim that the figures after it are a combined total', () => {
    const text = (words: string) => `The outlook's p95 went from 20.7 to 16.1 ms, 8.4 to 8.3 ms typed after idle and the 1 MB draft's from 155 to 127 ms. Later ${words} were changed: instructions went from 82.3 to 62.1 M.\n`;
    assert.deepEqual(seen('seeds', text('`cagr`, `share` and `total`'), ['total']), []);
    assert.deepEqual(seen('seeds', text('the rules, in total,'), ['total']).length > 0, true);
  });
});

describe('a name the sentence gives only after the figure, in another clause', () => {
  it('is that clause’s subject, not the figure’s (a wrong certain fix before)', () => {
    assert.deepEqual(seen('orchestras', "Education work is back above its pre-pandemic level, with 137.6 thousand participants in 2024, though Nordvig's programme shrank 5.2%.\n", ['dataset-value']), []);
    assert.deepEqual(seen('orchestras', "Nordvig's programme had 12.6 thousand participants in 2024.\n", ['dataset-value']), [['dataset-value', '12.6 thousand']]);
  });
});
