// Readings added in round 77's session: false readings and misses of round 77's dev half (and of older dev drafts),
// each with a twin that keeps the reading it narrows. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { domainEngine, seenIn } from './helpers.js';

const seen = seenIn;

// Firerescue: Glenmorrin ran 54 of the eight services' 249 stations in 2024 (21.7%).
describe('a share of a group whole whose part is a member’s dataset fact', () => {
  const text = 'Glenmorrin alone accounts for 26.6% of the stations in the eight services in 2024.\n';
  it('is found, and its message names the part’s value', () => {
    assert.deepEqual(seen('firerescue', text, ['share']), [['share', '26.6%']]);
    const [finding] = domainEngine('firerescue').check(text).diagnostics.filter((d) => d.ruleId === 'share');
    assert.match(finding?.message ?? '', /Glenmorrin \(54\) of the 249 /);
  });
});

// Wineries: Roquenval's turnover, EUR 29.2 million (2019) → EUR 61.4 million (2024): +110.3%.
describe('a change after a from–to statement with "last year" between them', () => {
  const text = (tail: string) => `The merged cooperative's turnover has more than doubled, from EUR 29.2 million in 2019 to EUR 61.4 million in 2024${tail}.\n`;
  it('is of that one year, not the statement’s change', () => {
    assert.deepEqual(seen('wineries', text(', and it was still growing last year, up 7.2%'), ['percent-change']), []);
  });
  it('while a change right after the statement is still its own', () => {
    assert.deepEqual(seen('wineries', text(', up 7.2%'), ['percent-change']), [['percent-change', '7.2%']]);
  });
});

// Heatnets: Hradová's renewable and waste-heat share was 14.8% in 2022.
describe('a measure named as what a weight applies to', () => {
  it('states no value of the measure', () => {
    assert.deepEqual(seen('heatnets', 'At Hradová, the 2022 revision reduced the weight of the renewable share from 40% to 30%.\n', ['dataset-value']), []);
  });
  it('while the measure’s own value is still checked', () => {
    assert.deepEqual(seen('heatnets', 'At Hradová, the renewable share was 30% in 2022.\n', ['dataset-value']), [['dataset-value', '30%']]);
  });
});

// Heatnets: Raseikiai had 2 long outages in 2024; the eight networks 20.
describe('a name only inside brackets opened after the figure', () => {
  it('is not the figure’s subject', () => {
    assert.deepEqual(seen('heatnets', 'The panel recorded 20 outages in 2024 (5 of them at Raseikiai).\n', ['dataset-value']), []);
  });
  it('while a name after the figure outside brackets still is', () => {
    assert.deepEqual(seen('heatnets', 'There were 20 outages in 2024 at Raseikiai (a record).\n', ['dataset-value']), [['dataset-value', '20']]);
  });
});

describe('a sum with a fraction after a table whose one count column holds whole counts', () => {
  const table = '| Network | Buildings connected | Heat delivered (GWh) |\n| --- | ---: | ---: |\n| Wartowice | 7,395 | 1,084.7 |\n| Traunfeld | 7,904 | 384.2 |\n| Hradová | 4,587 | 1,305.9 |\n| **Total** | **19,886** | **2,774.8** |\n\n';
  it('is no sum of that column', () => {
    assert.deepEqual(seen('heatnets', `${table}Hradová and Wartowice together delivered 2,390.6 GWh, or 86.2% of the total.\n`, ['total', 'share']), []);
  });
  it('while a whole sum of the rows named is still checked against it', () => {
    assert.deepEqual(seen('heatnets', `${table}Hradová and Wartowice together served 12,982 buildings.\n`, ['total']), [['total', '12,982']]);
  });
});

describe('a column headed "Rank"', () => {
  const table = (head: string) => `| Garden | Visitors 2024 (thousand) | ${head} |\n| --- | ---: | ---: |\n| Montreval | 490.2 | 1 |\n| Rottenach | 365.7 | 2 |\n| Lindenau | 175.5 | 3 |\n\n`;
  it('holds places, not counts that rows named together add up', () => {
    assert.deepEqual(seen('gardens', `${table('Rank 2024')}Montreval and Rottenach together admitted 856 thousand people.\n`, ['total']), []);
  });
  it('while a column of counts is still summed', () => {
    assert.deepEqual(seen('gardens', `${table('Staff')}Montreval and Rottenach together employ 29 staff.\n`, ['total']), [['total', '29']]);
  });
});

// Ferries: fuel was 12.7% of Fjordlink's operating costs in 2024; its costs were 112.6 of the eight's 916.8 (12.3%).
describe('a group after a superlative set beside a share', () => {
  it('is what the share is compared across, not its whole', () => {
    assert.deepEqual(seen('ferries', 'On the Fjordlink accounts, fuel is now only 12.7% of operating costs, the smallest share of the eight.\n', ['share']), []);
  });
  it('while a group named as the share’s whole is still read', () => {
    assert.deepEqual(seen('ferries', 'In 2024 Fjordlink accounted for 12.7% of the operating costs of the eight.\n', ['share']), [['share', '12.7%']]);
  });
});

// Techparks: Lastovac's occupancy (an average of the year) was 82.9% in 2024.
describe('a word of the measure’s own label right before it ("average occupancy")', () => {
  it('names the measure, not another subject', () => {
    assert.deepEqual(seen('techparks', 'At Lastovac, average occupancy stood at 86.9% in 2024.\n', ['dataset-value']), [['dataset-value', '86.9%']]);
    assert.deepEqual(seen('techparks', 'At Lastovac, average occupancy stood at 82.9% in 2024.\n', ['dataset-value']), []);
  });
  it('while "the average park" is still a statistic, not the entity', () => {
    assert.deepEqual(seen('techparks', 'At Lastovac, the average park’s occupancy stood at 86.9% in 2024.\n', ['dataset-value']), []);
  });
});

// Heatnets: Hradová's household price, €92.15/MWh (2023) → €88.70/MWh (2024): −3.7%.
describe('a change before "to" the later value and "from" the earlier, with the later year and a unit between', () => {
  const text = (change: string) => `The average household price fell ${change} in 2024, to €88.70 per MWh, from €92.15 in 2023.\n`;
  it('is checked against those endpoints, a price being the statement’s own measure', () => {
    assert.deepEqual(seen('heatnets', text('7.3%'), ['percent-change']), [['percent-change', '7.3%']]);
    assert.deepEqual(seen('heatnets', text('3.7%'), ['percent-change']), []);
  });
  it('while prices in a clause after a statement of another measure are still another quantity', () => {
    assert.deepEqual(seen('heatnets', 'Sales fell from 92 in 2023 to 88 in 2024, while prices rose 7.3%.\n', ['percent-change']), []);
  });
});

// Heatnets: Hradová delivered 1,476.2 GWh in 2015 and 1,305.9 GWh in 2024 (−11.5%).
describe('a linking adverb between the measure and its change ("are nonetheless down")', () => {
  const text = (word: string) => `Hradová delivered 1,305.9 GWh of heat in 2024. Heat sales are ${word} down 16.5% since 2015.\n`;
  it('narrows nothing', () => {
    assert.deepEqual(seen('heatnets', text('nonetheless'), ['percent-change']), [['percent-change', '16.5%']]);
  });
  it('while a word that narrows the measure still refuses the reading', () => {
    assert.deepEqual(seen('heatnets', text('industrial'), ['percent-change']), []);
  });
});

// Wineries: the eight cooperatives' revenue in 2024 adds up to EUR 285.2 million.
describe('a measure named only in a dash aside after a group’s total', () => {
  const text = (total: string) => `Taken together, the eight cooperatives turned over EUR ${total} million in 2024, a little less than in 2023 — the short 2023 vintage showing up, as it always does, in the following year's sales.\n`;
  it('leaves the total to the verb’s measure', () => {
    assert.deepEqual(seen('wineries', text('258.2'), ['total']), [['total', 'EUR 258.2 million']]);
    assert.deepEqual(seen('wineries', text('285.2'), ['total']), []);
  });
  it('while a measure named before the dash still keeps the verb’s from being lent', () => {
    assert.deepEqual(seen('wineries', 'Taken together, the eight cooperatives turned over EUR 258.2 million in 2024 and their vintage shrank — a record.\n', ['total']), []);
  });
});

// Heatnets: "network" is one of network length's phrases; Skovhavn's network was 118.2 km in 2015, 131.2 km in 2024.
describe('a first column headed by the noun the dataset’s names end in ("| Network | 2015 | 2024 |")', () => {
  const table = (corner: string) => `**Table 3. Heat density: heat delivered per km of network (MWh/km)**\n\n| ${corner} | 2015 | 2024 |\n| --- | ---: | ---: |\n| Skovhavn | 712.4 | 674.5 |\n| Limfjord | 790.2 | 735.4 |\n`;
  it('names the rows, not the measure', () => {
    assert.deepEqual(seen('heatnets', table('Network'), ['dataset-value']), []);
  });
  it('while a corner that names the measure is still read', () => {
    assert.deepEqual(seen('heatnets', '| Network length (km) | 2015 | 2024 |\n| --- | ---: | ---: |\n| Skovhavn | 712.4 | 674.5 |\n', ['dataset-value']), [['dataset-value', '712.4'], ['dataset-value', '674.5']]);
  });
});

// Seeds: a table of clusters in the 2025 top 15 by economy (China 5, United States 5).
describe('a figure after "of the top" following rows named together', () => {
  const table = '| Economy | Clusters in top 15 | Share |\n| --- | ---: | ---: |\n| China | 5 | 33.3% |\n| United States | 5 | 33.3% |\n| Japan | 2 | 13.3% |\n| Germany | 3 | 20.0% |\n\n';
  it('is the whole their share is of, not their sum', () => {
    assert.deepEqual(seen('seeds', `${table}China and the United States between them hold two-thirds of the top 15.\n`, ['total']), []);
  });
  it('while a count before "of the top 15" is still their sum', () => {
    assert.deepEqual(seen('seeds', `${table}China and the United States between them hold 11 of the top 15.\n`, ['total']), [['total', '11']]);
  });
});

// Seeds: Shenzhen–Hong Kong–Guangzhou was second in the GII cluster ranking from 2020 to 2024, first in 2025.
describe('a run "since 2020" restated with its end right after it', () => {
  it('ends at that year, not at the latest edition', () => {
    assert.deepEqual(seen('seeds', 'In the GII cluster ranking, Shenzhen–Hong Kong–Guangzhou has held second place since 2020, i.e. from 2020 through 2024.\n', ['rank-years']), []);
  });
  it('while a run "since 2020" alone still runs to the latest edition', () => {
    assert.deepEqual(seen('seeds', 'In the GII cluster ranking, Shenzhen–Hong Kong–Guangzhou has held second place since 2020.\n', ['rank-years']), [['rank-years', 'since 2020']]);
  });
});

// Seeds: Seoul was third in the 2023 GII cluster ranking and fifth in 2025.
describe('a year a place moved from ("a step down from 2023")', () => {
  it('dates the earlier place, not the place stated', () => {
    assert.deepEqual(seen('seeds', 'In the GII cluster ranking, Seoul’s fourth place is a step down from 2023, when it was third.\n', ['rank']), []);
    assert.deepEqual(seen('seeds', 'In the 2025 GII cluster ranking, Seoul’s fourth place is a step down from 2023, when it was third.\n', ['rank']), [['rank', 'fourth']]);
  });
  it('while a place with its own year is still that year’s', () => {
    assert.deepEqual(seen('seeds', 'In the GII cluster ranking, Seoul came fourth in 2023.\n', ['rank']), [['rank', 'fourth']]);
  });
});

// Seeds: Tokyo–Yokohama's 2025 shares: PCT applications 10.3%, scientific publications 1.4%.
describe('a percent right before "of" and the whole of another share measure than its clause’s', () => {
  const text = (pubs: string) => `Tokyo–Yokohama's share of global PCT patent applications is 10.3%, against ${pubs} of global scientific publications.\n`;
  it('is that measure’s', () => {
    assert.deepEqual(seen('seeds', text('1.4%'), ['dataset-value']), []);
    assert.deepEqual(seen('seeds', text('2.4%'), ['dataset-value']), [['dataset-value', '2.4%']]);
  });
});

// Museums: the two Portuguese museums had 1,031 of the eight's 3,576 thousand visits in 2025 (28.8%).
describe('a group of one country before a share of a group of all', () => {
  const text = (share: string) => `Together, the two Portuguese museums now account for ${share} of all visits to the eight.\n`;
  it('is the share’s part, summed from the dataset', () => {
    assert.deepEqual(seen('museums', text('33.8%'), ['share']), [['share', '33.8%']]);
    assert.deepEqual(seen('museums', text('28.8%'), ['share']), []);
  });
  it('while a share whose measure is named only after a later share is not read', () => {
    assert.deepEqual(seen('fisheries', 'The two Irish ports landed 17.4% of the eight ports\' fish in 2024 but earned only 14.7% of its first-sale value.\n', ['share']), []);
  });
});

// Museums: the eight museums' visits, 3,461 thousand (2024) → 3,576 thousand (2025): +3.3%.
describe('a paragraph that refers back to a group total in the paragraph before and states its change on a base year', () => {
  const text = (change: string) => `Across all eight museums, visits reached 3,576 thousand in 2025, 12.2% above the 2019 level.<sup>4</sup>\n\nThat was up ${change} on 2024.\n`;
  it('is the change of the members’ summed facts', () => {
    assert.deepEqual(seen('museums', text('8.3%'), ['percent-change']), [['percent-change', '8.3%']]);
    assert.deepEqual(seen('museums', text('3.3%'), ['percent-change']), []);
  });
  it('while a paragraph after a heading refers back to nothing', () => {
    assert.deepEqual(seen('museums', 'Across all eight museums, visits reached 3,576 thousand in 2025.\n\n## Next\n\nThat was up 8.3% on 2024.\n', ['percent-change']), []);
  });
});

// Heatnets: Skovhavn's buildings 4,215 (2015) → 4,868 (2024): +15.5%; its heat delivered 87.6 → 88.5 GWh.
describe('a change column whose base year the table does not show, after a column of another amount', () => {
  const table = (between: string, cell: string) => `| Network | Buildings connected, 2024 |${between} Change, 2015–2024 (%) |\n| --- | ---: |${between ? ' ---: |' : ''} ---: |\n| Skovhavn | 4,868 |${between ? ' 88.5 |' : ''} ${cell} |\n`;
  it('is that amount’s change, not the buildings’', () => {
    assert.deepEqual(seen('heatnets', table(' Heat delivered, 2024 (GWh) |', '+1.0'), ['percent-change']), []);
  });
  it('while right after the buildings column it is still theirs', () => {
    assert.deepEqual(seen('heatnets', table('', '+1.0'), ['percent-change']), [['percent-change', '+1.0']]);
  });
});

// Broadcasters: the eight broadcasters' public funding, EUR 1,466.0 million (2015) → EUR 1,746.7 million (2024): +19.1%.
describe('a group’s total, then its change on a base year in the same sentence', () => {
  const text = (change: string) => `Between them the eight broadcasters received €1,746.7 million in public funding in 2024, up ${change} since 2015.\n`;
  it('is the change of the members’ summed facts', () => {
    assert.deepEqual(seen('broadcasters', text('23.1%'), ['percent-change']), [['percent-change', '23.1%']]);
    assert.deepEqual(seen('broadcasters', text('19.1%'), ['percent-change']), []);
  });
});
