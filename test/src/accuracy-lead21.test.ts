// False readings of round 21's dev drafts, fixed by their structure and written here on made-up harbours rather than
// copied from the corpus: an earlier statement quoted to be corrected ("We gave … as 4,811. The correct total is
// 4,181."); a threshold passed ("passed 1,000 papers for the first time") read as the value; the base year of a
// comparison ("more than twice the 2016 level") dating the figure; the part of a share ("226 ship days were 25.9% of all
// … over 2023–2025") read as the period's total; a multiple ("13.5 times as many") taken for the level compared after
// it; a multiple given to a statement of the clause before across figures of another statement; and a place held before
// ("after years as runner-up") read as the sentence's edition.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const places = (order: string[]) => order.map((entity, i) => ({ entity, rank: i + 1 }));
const yearly = (entity: string, metric: string, values: Record<number, number>) =>
  Object.entries(values).map(([year, value]) => ({ entity, metric, year: Number(year), value, source: 'ret' }));
const harbours = createEngine({
  dataset: datasetOf({
    'harbours.json': {
      sources: [
        { id: 'hsi', title: 'Harbour Safety Index, all editions', publisher: 'Made-up Harbour Board', year: 2025 },
        { id: 'ret', title: 'Harbour returns', publisher: 'Made-up Harbour Board', year: 2025 },
      ],
      entities: [
        { id: 'lkp', name: 'Lakeport Harbour Institute', aliases: ['Lakeport', 'LKP'], kind: 'research-institute', country: 'Norway' },
        { id: 'brv', name: 'Brevik Harbour Institute', aliases: ['Brevik', 'BRV'], kind: 'research-institute', country: 'Norway' },
      ],
      metrics: [
        { id: 'papers', label: 'Peer-reviewed papers', unit: 'count', phrases: ['papers', 'peer-reviewed papers'] },
        { id: 'days', label: 'Ship days at sea', unit: 'count', phrases: ['days at sea', 'ship days'] },
        { id: 'grants', label: 'Grant income', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['grant income'] },
      ],
      observations: [
        ...yearly('lkp', 'papers', { 2015: 400, 2023: 1057, 2024: 1104 }),
        ...yearly('brv', 'papers', { 2015: 287, 2023: 980, 2024: 1034 }),
        ...yearly('lkp', 'days', { 2023: 289, 2024: 283, 2025: 302 }),
        ...yearly('lkp', 'grants', { 2016: 12.2, 2025: 26.5 }),
      ],
      rankings: [
        {
          id: 'hsi',
          label: 'Harbour Safety Index',
          phrases: ['Harbour Safety Index', 'HSI'],
          editions: [
            { year: 2023, method: 'standard', source: 'hsi', ranks: places(['brv', 'lkp']) },
            { year: 2024, method: 'standard', source: 'hsi', ranks: places(['brv', 'lkp']) },
            { year: 2025, method: 'standard', source: 'hsi', ranks: places(['lkp', 'brv']) },
          ],
        },
      ],
    },
  }),
});
const seen = (text: string, rules: string[]) => seenFindings(harbours, text, new Set(rules)).map((f) => [f.rule, f.stated]);

describe('an earlier statement quoted to be corrected', () => {
  it('is not checked when the next sentence opens with the correction', () => {
    const text = 'In the spring issue we gave Brevik’s papers in 2024 as 1,304. The correct figure is 1,034.\n';
    assert.deepEqual(seen(text, ['dataset-value']), []);
  });

  it('is checked when no correction follows', () => {
    const text = 'In the spring issue we gave Brevik’s papers in 2024 as 1,304. The figure comes from the harbour returns.\n';
    assert.deepEqual(seen(text, ['dataset-value']), [['dataset-value', '1,304']]);
  });
});

describe('a threshold passed is not the value', () => {
  it('leaves "passed 1,000 papers" alone', () => {
    assert.deepEqual(seen('In 2023 Lakeport passed 1,000 papers for the first time.\n', ['dataset-value']), []);
  });

  it('still checks the value itself', () => {
    assert.deepEqual(seen('In 2023 Lakeport published 1,000 papers.\n', ['dataset-value']), [['dataset-value', '1,000']]);
  });
});

describe('the base year of a comparison does not date the figure', () => {
  it('reads "more than twice the 2016 level" as no year of the figure', () => {
    const text = (value: string) => `### 2025\n\nLakeport’s grant income of EUR ${value} million was more than twice the 2016 level.\n`;
    assert.deepEqual(seen(text('26.5'), ['dataset-value']), []);
    assert.deepEqual(seen(text('28.5'), ['dataset-value']), [['dataset-value', 'EUR 28.5 million']]);
  });
});

describe('the part of a share over a period is not the period’s total', () => {
  it('leaves the part alone', () => {
    const text = 'The project’s 226 ship days were 25.9% of all Lakeport days at sea over 2023–2025.\n';
    assert.deepEqual(seen(text, ['total']), []);
  });

  it('still checks a total over the period', () => {
    assert.deepEqual(seen('Lakeport logged 864 days at sea over 2023–2025.\n', ['total']), [['total', '864']]);
  });
});

describe('a multiple is no level to compare', () => {
  it('does not compare "13.5 times" with the figure after it', () => {
    const text = 'Brevik logged 27 dives in 2025 against 2 in 2016, 13.5 times as many, and 17.4% more than the 23 of 2024.\n';
    assert.deepEqual(seen(text, ['percent-change']), []);
  });

  it('compares the level when it stands right before', () => {
    const text = 'Brevik logged 27 dives in 2025, 27.4% more than the 23 of 2024.\n';
    assert.deepEqual(seen(text, ['percent-change']), [['percent-change', '27.4%']]);
  });
});

describe('a multiple after the figures of another change', () => {
  it('is not given to the change of the clause before', () => {
    const text = 'Losses fell from 34.8 per cent in 2016 to 27.2 per cent in 2025, helped by a plant whose construction lifted spending from USD 15.3 million in 2016 to a peak of USD 47.9 million in 2023, more than three times as much.\n';
    assert.deepEqual(seen(text, ['percent-change']), []);
  });

  it('is still judged right after its own change', () => {
    const text = 'Spending rose from USD 15.3 million in 2016 to USD 47.9 million in 2023, more than four times as much.\n';
    assert.deepEqual(seen(text, ['percent-change']), [['percent-change', 'more than four times']]);
  });
});

describe('a place held before the sentence’s edition', () => {
  it('is not read as the edition’s place', () => {
    const text = 'In the Harbour Safety Index, Lakeport finished first in 2025 after years as runner-up.\n';
    assert.deepEqual(seen(text, ['rank']), []);
  });

  it('the place of the edition itself is checked', () => {
    const text = 'In the Harbour Safety Index, Lakeport finished second in 2025 after years as runner-up.\n';
    assert.deepEqual(seen(text, ['rank']), [['rank', 'second']]);
  });
});

// Round 22 (all dev, written to find false readings).
const resorts = createEngine({
  dataset: datasetOf({
    'resorts.json': {
      sources: [
        { id: 'ret', title: 'Resort returns', publisher: 'Made-up Tourism Office', year: 2025 },
        { id: 'gdi', title: 'Green Destination Index, all editions', publisher: 'Made-up Tourism Office', year: 2025 },
      ],
      entities: [
        { id: 'alb', name: 'Albstein Spa Board', aliases: ['Albstein', 'the spa town'], kind: 'research-institute', country: 'Austria', description: 'spa town' },
        { id: 'mir', name: 'Mirvale Spa Board', aliases: ['Mirvale'], kind: 'research-institute', country: 'Slovenia', description: 'spa town' },
        { id: 'kor', name: 'Korvik Lake Board', aliases: ['Korvik'], kind: 'research-institute', country: 'Austria', description: 'lake district' },
      ],
      metrics: [
        { id: 'visits', label: 'Visits, thousands', unit: 'count', phrases: ['visits', 'visitors'] },
        { id: 'mobile', label: 'Mobile subscribers, thousands', unit: 'count', scale: 'thousand', phrases: ['mobile subscribers'] },
      ],
      observations: [
        { entity: 'kor', metric: 'visits', year: 2023, value: 371, source: 'ret' },
        { entity: 'kor', metric: 'visits', year: 2024, value: 396, source: 'ret' },
        { entity: 'kor', metric: 'visits', year: 2025, value: 402, source: 'ret' },
        { entity: 'alb', metric: 'visits', year: 2024, value: 371, source: 'ret' },
        { entity: 'alb', metric: 'visits', year: 2025, value: 380, source: 'ret' },
        { entity: 'kor', metric: 'mobile', year: 2024, value: 4350, source: 'ret' },
      ],
      rankings: [
        {
          id: 'gdi',
          label: 'Green Destination Index',
          phrases: ['Green Destination Index', 'GDI'],
          editions: [
            { year: 2021, method: 'standard', source: 'gdi', ranks: places(['alb', 'kor', 'mir']) },
            { year: 2022, method: 'standard', source: 'gdi', ranks: places(['alb', 'kor', 'mir']) },
            { year: 2023, method: 'standard', source: 'gdi', ranks: places(['mir', 'alb', 'kor']) },
            { year: 2024, method: 'standard', source: 'gdi', ranks: places(['mir', 'alb', 'kor']) },
          ],
        },
      ],
    },
  }),
});
const seenResorts = (text: string, rules: string[]) => seenFindings(resorts, text, new Set(rules)).map((f) => [f.rule, f.stated, f.fix ? 'fix' : f.suggestion ? 'suggestion' : '']);

describe("a table row's figure equal to another year's fact of its own entity", () => {
  const table = (cell: string) => `Visits, thousands:\n\n| Board | 2024 | 2025 |\n| --- | ---: | ---: |\n| Korvik | ${cell} | 402 |\n| Albstein | 371 | 380 |\n`;

  it('is reported even when another entity had that figure that year', () => {
    const [finding] = seenResorts(table('371'), ['dataset-value']);
    assert.deepEqual(finding?.slice(0, 2), ['dataset-value', '371']);
  });

  it('is silent when it is the row’s own fact', () => {
    assert.deepEqual(seenResorts(table('396'), ['dataset-value']), []);
  });
});

describe('a difference is no level to compare', () => {
  it('does not compare "26 more" with the figure after it', () => {
    const text = 'The station had 207 scientists in 2025, up from 181 in 2020. That is 26 more people, and 26.2% more than the 164 it had in 2015.\n';
    assert.deepEqual(seen(text, ['percent-change']), []);
  });
});

describe('points short of a target are a gap to the target, not the change', () => {
  it('leaves "4.5 points short of our 70% target" alone', () => {
    const text = 'Renewables supplied 65.5% of traction energy, up from 58.0% in 2024 but 4.5 points short of our 70% target.\n';
    assert.deepEqual(seen(text, ['percent-change']), []);
  });

  it('still checks the points of the change', () => {
    const text = 'The renewable share rose from 58.0% in 2024 to 65.5% in 2025, up 4.5 points.\n';
    assert.deepEqual(seen(text, ['percent-change']), [['percent-change', '4.5']]);
  });
});

describe('an alias that is what another entity is too', () => {
  it('names no one: "the spa town" after two spa towns gives no certain subject', () => {
    const text = 'Albstein held the top spot of the GDI in 2021 and 2022 before Mirvale overtook it in 2023; the spa town kept first place in 2024.\n';
    assert.deepEqual(seenResorts(text, ['rank']), []);
  });

  it('the names themselves still read', () => {
    assert.deepEqual(seenResorts('Albstein kept first place in the 2024 GDI.\n', ['rank']), [['rank', 'first', 'fix']]);
  });
});

describe('a place moved to after a run of editions', () => {
  it('does not take the run before the move', () => {
    const text = 'Korvik moved the other way in the GDI, from second in the first two editions to third in 2024.\n';
    assert.deepEqual(seenResorts(text, ['rank', 'rank-years']), []);
  });

  it('checks the place moved to against its own year', () => {
    const text = 'Korvik moved the other way in the GDI, from second in the first two editions to second in 2024.\n';
    assert.deepEqual(seenResorts(text, ['rank', 'rank-years']).map((f) => f.slice(0, 2)), [['rank', 'second']]);
  });
});

describe('a later place told as a past result', () => {
  it('takes the year after it, not the place before', () => {
    const text = 'The chair summarised the 2024 GDI. Korvik came third and last, two years after its best result, second in 2022.\n';
    assert.deepEqual(seenResorts(text, ['rank']), []);
  });
});

describe('one figure counting two kinds together', () => {
  it('is not compared with the fact of one kind', () => {
    assert.deepEqual(seenResorts('In 2024 Korvik had 6.07 million fixed and mobile subscribers.\n', ['dataset-value']), []);
  });

  it('a figure of one kind is', () => {
    assert.deepEqual(seenResorts('In 2024 Korvik had 6.07 million mobile subscribers.\n', ['dataset-value']).map((f) => f.slice(0, 2)), [['dataset-value', '6.07 million']]);
  });
});

describe("a share of a group whose whole the sentence states", () => {
  it('is not judged against the dataset’s sum for the group', () => {
    // Lakeport's 1,104 of the 2,138 papers the two institutes published in 2024 is 51.6%; of the 1,800 stated it is 61.3%.
    assert.deepEqual(seen('In 2024 Lakeport alone published 61.3% of the two institutes’ 1,800 papers.\n', ['share']), []);
  });

  it('is judged against the dataset’s sum when no whole is stated', () => {
    assert.deepEqual(seen('In 2024 Lakeport alone published 61.3% of the two institutes’ papers.\n', ['share']), [['share', '61.3%']]);
  });
});
