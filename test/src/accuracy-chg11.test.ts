// Changes and rates on drafts by other authors (acc-chg11): each reading with sentences of our own in other words that
// it must flag, and look-alikes (other subjects, a second comparison, a counterfactual, a forecast) that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const RULES = new Set(['percent-change', 'cagr']);
const bare = createEngine({ dataset: labSurvey() });
const seen = (text: string) => seenFindings(bare, text, RULES).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion ?? null]);
// Tembo's papers: 40 (2016) → 80 (2024) → 90 (2025), +125% and +12.5%; Nyota's 50 → 55 (no 2024 figure).
const labs = createEngine({
  dataset: labSurvey({
    metrics: [{ id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers', 'peer-reviewed papers', 'output'] }],
    observations: [
      { entity: 'tembo', metric: 'papers', year: 2016, value: 40, source: 'survey' },
      { entity: 'tembo', metric: 'papers', year: 2024, value: 80, source: 'survey' },
      { entity: 'tembo', metric: 'papers', year: 2025, value: 90, source: 'survey' },
      { entity: 'nyota', metric: 'papers', year: 2016, value: 50, source: 'survey' },
      { entity: 'nyota', metric: 'papers', year: 2025, value: 55, source: 'survey' },
    ],
  }),
});
const said = (text: string) => seenFindings(labs, text, RULES).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion ?? null]);

describe('"peer-reviewed" is no word for peers ("Tembo published 90 peer-reviewed papers in 2025, up 135% on its 2016 output")', () => {
  it('reads the change of a sentence that names peer-reviewed papers, and passes the right one', () => {
    assert.deepEqual(said('Tembo published 90 peer-reviewed papers in 2025, up 135% on its 2016 output.\n'), [['percent-change', '135%', '125%']]);
    assert.deepEqual(said('Tembo published 90 peer reviewed papers in 2025, 135% above its 2016 level.\n'), [['percent-change', '135%', '125%']]);
    assert.deepEqual(said('Tembo’s peer-reviewed papers rose 135% between 2016 and 2025.\n'), [['percent-change', '135%', '125%']]);
    assert.deepEqual(said('Tembo published 90 peer-reviewed papers in 2025, up 125% on its 2016 output.\n'), []);
    assert.deepEqual(said('Tembo’s peer-reviewed papers rose 125% between 2016 and 2025.\n'), []);
  });
  it('stays silent when the sentence speaks of the peers themselves', () => {
    assert.deepEqual(said('Tembo published 90 papers in 2025, up 135% on its peers’ 2016 output.\n'), []);
    assert.deepEqual(said('Tembo’s papers rose 135% between 2016 and 2025, against 60% for its peers.\n'), []);
    assert.deepEqual(said('Tembo’s peer-reviewed papers rose 135% between 2016 and 2025, against 60% for its peers.\n'), []);
    assert.deepEqual(said('Nyota’s peer-reviewed papers rose 135% between 2016 and 2025 if preprints are counted.\n'), []);
  });
});

describe('a figure compared twice ("709 days, 1.6% above the 698 of 2019 and 10.4% above the 642 of 2015")', () => {
  it('still reads one comparison', () => {
    assert.deepEqual(seen('Ship days reached 709 in 2025, 3.6% above the 698 of 2019.\n'), [['percent-change', '3.6%', '1.6%']]);
    assert.deepEqual(seen('Ship days reached 709 in 2025, 1.6% above the 698 of 2019.\n'), []);
  });
  it('does not take the first comparison’s base for the subject of the second', () => {
    assert.deepEqual(seen('Ship days reached 709 in 2025, 1.6% above the 698 of 2019 and 10.4% above the 642 of 2015.\n'), []);
    assert.deepEqual(seen('Ship days reached 709 in 2025, 1.6% above the 2019 level of 698 and 10.4% above the 642 of 2015.\n'), []);
    assert.deepEqual(seen('Bookings hit 709, 1.6% more than the 698 of the year before and 10.4% more than the 642 of 2015.\n'), []);
  });
});

describe('a comparison in a counterfactual ("they would be 24.5% above today’s 726")', () => {
  it('stays silent: the compared figure is imagined, not the figure before', () => {
    assert.deepEqual(seen('If bookings had kept growing from 412 at the old pace, they would be 24.5% above today’s 726.\n'), []);
    assert.deepEqual(seen('Had the old trend held from 412, the count would stand 24.5% above the 726 we have.\n'), []);
    assert.deepEqual(seen('Starting from 15 ships, the fleet could have been three times the 30 it is now.\n'), []);
  });
  it('still reads a plain comparison and a forecast’s stated figure', () => {
    assert.deepEqual(seen('Bookings reached 412, 24.5% above the 726 of 2015.\n'), [['percent-change', '24.5%', null]]);
    assert.deepEqual(seen('Bookings are forecast to reach 900 by 2030, 24.5% above the 726 of 2025.\n'), [['percent-change', '24.5%', '24.0%']]);
    assert.deepEqual(seen('Bookings are forecast to reach 900 by 2030, 24.0% above the 726 of 2025.\n'), []);
  });
});

describe('a change measured on another basis, named after the figure ("a rise of 52% on a like-for-like basis")', () => {
  it('stays silent on an adjusted, real-terms, per-head or partial measure', () => {
    for (const basis of ['on a like-for-like basis', 'in real terms', 'at constant prices', 'excluding the new campus', 'once the merger is stripped out', 'when adjusted for the merger', 'on an organic basis', 'per head', 'in full-time equivalents', 'after adjusting for inflation', 'net of the merger', 'on a comparable basis', 'in volume terms']) {
      assert.deepEqual(seen(`Ferry output rose from 412 to 726, a rise of 52% ${basis}.\n`), [], basis);
    }
    assert.deepEqual(seen('Ferry output rose from 412 to 726 — a 52% rise, adjusted for the merger.\n'), []);
    assert.deepEqual(said('Tembo published 90 papers in 2025, up 135% on its 2016 output on a comparable basis.\n'), []);
    assert.deepEqual(said('Tembo published 90 papers in 2025, up 135% on its 2016 output in full-time equivalents.\n'), []);
  });
  it('reads an annual basis as a rate, never a total change', () => {
    assert.deepEqual(seen('Ferry output rose from 412 to 726, a rise of 52% on an annual basis.\n'), []);
    assert.deepEqual(seen('Ferry output rose from 412 in 2015 to 726 in 2025, or 7.8% on a compound annual basis.\n'), [['cagr', '7.8%', '5.8%']]);
    assert.deepEqual(seen('Ferry output rose from 412 in 2015 to 726 in 2025, or 5.8% on a compound annual basis.\n'), []);
  });
  it('still reads the change stated in the measure of its endpoints', () => {
    assert.deepEqual(seen('Ferry output rose from 412 to 726, a rise of 52% in percentage terms.\n'), [['percent-change', '52%', '76%']]);
    assert.deepEqual(seen('Ferry output rose from 412 to 726, a rise of 52% in nominal terms.\n'), [['percent-change', '52%', '76%']]);
    assert.deepEqual(seen('Ferry output rose from 412 to 726, a rise of 76% in nominal terms, or 48% in real terms.\n'), []);
    assert.deepEqual(said('Tembo published 90 papers in 2025, up 135% on its 2016 output.\n'), [['percent-change', '135%', '125%']]);
  });
});

describe('a dataset-backed change of a part of the measure ("Tembo’s papers rose 40% between 2016 and 2025 in the life sciences")', () => {
  it('stays silent on a field, a branch, a narrower count or one kind of the measure alone', () => {
    assert.deepEqual(said('Tembo’s papers rose 40% between 2016 and 2025 in the life sciences.\n'), []);
    assert.deepEqual(said('Tembo’s papers rose 40% from 2016 to 2025 in the survey’s narrower count.\n'), []);
    assert.deepEqual(said('Tembo published 90 papers in 2025, up 40% on its 2016 output of journal articles alone.\n'), []);
    assert.deepEqual(said('Tembo’s papers rose 40% between 2016 and 2025 at its coastal branch.\n'), []);
    assert.deepEqual(said('Tembo’s papers rose 40% between 2016 and 2025 in two of its four departments.\n'), []);
  });
  it('still reads the whole measure', () => {
    assert.deepEqual(said('Tembo’s papers rose 40% between 2016 and 2025.\n'), [['percent-change', '40%', '125%']]);
    assert.deepEqual(said('Tembo’s papers rose 40% between 2016 and 2025, to 90.\n'), [['percent-change', '40%', '125%']]);
  });
});

describe('a change or rate of another period after the statement ("…, and from 2018 it grew 4% a year", "by 3% in the last month")', () => {
  it('stays silent on a clause that names another year or a shorter period', () => {
    assert.deepEqual(seen('Tonnage went from 14,000 in 2015 to 22,000 in 2025, and from 2018 it grew 4% a year.\n'), []);
    assert.deepEqual(seen('Tonnage went from 14,000 in 2015 to 22,000 in 2025; since 2020 it has grown 7% a year.\n'), []);
    assert.deepEqual(seen('Ferry use rose by a quarter, from 12,000 to 15,000 trips a week, and by 3% in the last month.\n'), []);
    assert.deepEqual(seen('Ferry use rose from 12,000 to 15,000 trips a week, up 25% — and 4% over the past quarter.\n'), []);
    assert.deepEqual(seen('Ferry use rose from 12,000 to 15,000 trips a week, with a 4% rise this quarter.\n'), []);
  });
  it('still reads the statement’s own change and rate', () => {
    assert.deepEqual(seen('Tonnage went from 14,000 in 2015 to 22,000 in 2025, and it grew 5.6% a year.\n'), [['cagr', '5.6%', '4.6%']]);
    assert.deepEqual(seen('Tonnage went from 14,000 in 2015 to 22,000 in 2025, and from 2015 it grew 5.6% a year.\n'), [['cagr', '5.6%', '4.6%']]);
    assert.deepEqual(seen('Ferry use rose by a quarter, from 12,000 to 15,000 trips a week, an increase of 30%.\n'), [['percent-change', '30%', '25%']]);
    assert.deepEqual(seen('Tonnage went from 14,000 in 2015 to 22,000 in 2025, and it grew 4.6% a year.\n'), []);
  });
});

describe('the final value first, with its unit, then "from" the start ("rose to 181 trips from 76")', () => {
  it('reads the endpoints in that order', () => {
    assert.deepEqual(seen('Crossings rose to 181 trips from 76 between 2015 and 2025, up 148%.\n'), [['percent-change', '148%', '138%']]);
    assert.deepEqual(seen('Crossings rose to 181 a week from 76 between 2015 and 2025, up 148%.\n'), [['percent-change', '148%', '138%']]);
    assert.deepEqual(seen('Crossings climbed to 181 trips in 2025 from 76 trips in 2015, or 11.1% a year.\n'), [['cagr', '11.1%', '9.1%']]);
    assert.deepEqual(seen('Crossings rose to 181 trips from 76 between 2015 and 2025, up 138%.\n'), []);
  });
  it('stays silent on a place, another unit or a figure of something else after "from"', () => {
    assert.deepEqual(seen('Crossings rose to 181 in Kiel from 76 in Bergen, up 148%.\n'), []);
    assert.deepEqual(seen('Crossings rose to 181 trips from 76 buses, up 148%.\n'), []);
    assert.deepEqual(seen('Traffic at the port rose to 181 ships from 76 countries in 2025, up 148%.\n'), []);
    assert.deepEqual(seen('The fleet grew to 181 vessels from 76 owners, up 48%.\n'), []);
  });
});

describe('verbs of change beyond rose and fell ("improved 14.4%", "rebounded", "edged up", "bounced back")', () => {
  it('reads the change and keeps the direction the verb says', () => {
    assert.deepEqual(seen('Sales went from 400 to 500, and improved 20%.\n'), [['percent-change', '20%', '25%']]);
    assert.deepEqual(seen('The harbour’s score improved 14.4% between 2023 and 2024, from 39.6 to 44.1.\n'), [['percent-change', '14.4%', '11.4%']]);
    assert.deepEqual(seen('Bookings fell from 500 to 400, then rebounded to 500, a rebound of 20%.\n'), []);
    for (const verb of ['recovered', 'rebounded', 'bounced back', 'edged up', 'shot up', 'leapt', 'picked up', 'advanced']) {
      assert.deepEqual(seen(`Sales went from 400 to 500, and ${verb} 20%.\n`), [['percent-change', '20%', '25%']], verb);
      // A rise where the endpoints fall: the direction is wrong, and no figure fixes it.
      assert.deepEqual(seen(`Sales went from 500 to 400, and ${verb} 25%.\n`), [['percent-change', '25%', null]], verb);
    }
    // "Improved" may be a fall (waiting times): its size is judged.
    assert.deepEqual(seen('Waiting times went from 50 days to 20 and improved 50%.\n'), [['percent-change', '50%', '60%']]);
    assert.deepEqual(seen('Waiting times went from 50 days to 20 and improved 60%.\n'), []);
  });
  it('offers no figure when a word of decline stands against rising endpoints', () => {
    for (const verb of ['slipped', 'declined', 'retreated', 'sagged', 'fell back']) {
      assert.deepEqual(seen(`Sales went from 400 to 500, and ${verb} 20%.\n`), [['percent-change', '20%', null]], verb);
      assert.deepEqual(seen(`Sales went from 500 to 400, and ${verb} 25%.\n`), [['percent-change', '25%', '20%']], verb);
    }
  });
  it('stays silent when the verb has a subject of its own, another cause or scenario', () => {
    assert.deepEqual(seen('Sales went from 400 to 500, and profits improved 20%.\n'), []);
    assert.deepEqual(seen('Sales went from 400 to 500, while margins recovered 20%.\n'), []);
    assert.deepEqual(seen('Sales went from 400 to 500; exports surged 20%.\n'), []);
    assert.deepEqual(seen('Sales went from 400 to 500, and the share price shot up 20%.\n'), []);
    assert.deepEqual(seen('Sales went from 400 to 500 as demand rebounded 20%.\n'), []);
    assert.deepEqual(seen('Sales went from 400 to 500 after prices recovered 20%.\n'), []);
    assert.deepEqual(seen('Sales went from 400 to 500, and improved by a further 20% the next year.\n'), []);
    assert.deepEqual(seen('Sales went from 400 to 500, but would have improved 40% without the strike.\n'), []);
  });
});

describe('a change in one named year ("Tembo’s papers rose 22.5% in 2025", "In 2025, Tembo’s output fell …")', () => {
  it('measures it from the year before, with a suggestion only', () => {
    assert.deepEqual(said('Tembo’s papers rose 22.5% in 2025.\n'), [['percent-change', '22.5%', '12.5%']]);
    assert.deepEqual(said('In 2025 Tembo’s output grew 22.5%.\n'), [['percent-change', '22.5%', '12.5%']]);
    assert.deepEqual(said('In 2025, Tembo’s output climbed 22.5%, to 90 papers.\n'), [['percent-change', '22.5%', '12.5%']]);
    assert.deepEqual(said('Tembo’s papers rose 12.5% in 2025.\n'), []);
    assert.deepEqual(said('In 2025, Tembo’s output climbed 12.5%, to 90 papers.\n'), []);
  });
  it('stays silent on the perfect, another base, period, party, measure or scenario, and with no figure for the year before', () => {
    for (const text of [
      'Tembo’s papers had risen 22.5% in 2025.',
      'Tembo’s papers rose 22.5% in 2025 from their 2020 level.',
      'Tembo’s papers rose 22.5% in 2025 over 2020.',
      'Tembo’s papers rose 22.5% in 2025 after a flat 2024.',
      'Tembo’s papers rose 22.5% in 2025, the fastest rise since 2019.',
      'Tembo’s papers rose 22.5% in 2025, against 3% for the region.',
      'In 2025 Tembo’s output rose 22.5% in real terms.',
      'Tembo’s papers rose 22.5% by 2025.',
      'Tembo’s papers rose 22.5% in the decade to 2025.',
      'A review in 2025 found Tembo’s output rose 22.5%.',
      'In 2025 Tembo said its output would rise 22.5%.',
      'In 2025, Tembo’s output is forecast to rise 22.5%.',
      'Tembo’s papers rose 22.5% in 2025 and Nyota’s 4%.',
      'Tembo’s papers rose 22.5% in 2025 in total since the merger.',
      'Nyota’s papers rose 22.5% in 2025.',
      'Tembo’s papers rose 22.5% in 2025 terms.',
      'In 2025 prices, Tembo’s output rose 22.5%.',
    ]) assert.deepEqual(said(`${text}\n`), [], text);
  });
});

describe('a change after its start value in the sentence before, restated with the same verb or "that figure"', () => {
  it('reads "… carried 287 cars in 2015. By 2024 it carried 638, an increase of 112 per cent."', () => {
    assert.deepEqual(seen('The ferry carried 287 cars in 2015. By 2024 it carried 638, an increase of 112 per cent.\n'), [['percent-change', '112 per cent', '122 per cent']]);
    assert.deepEqual(seen('The ferry took 287 cars in 2015. In 2024 that figure was 638, an increase of 112 per cent.\n'), [['percent-change', '112 per cent', '122 per cent']]);
    assert.deepEqual(seen('The ferry took 287 cars in 2015. By 2024 it took 638 cars, an increase of 112 per cent.\n'), [['percent-change', '112 per cent', '122 per cent']]);
    assert.deepEqual(seen('The lab published 287 papers in 2015. In 2024 it published 638, a rise of 122%.\n'), []);
  });
  it('stays silent on another verb, another subject or another measure', () => {
    assert.deepEqual(seen('The ferry carried 287 cars in 2015. By 2024 it sold 638, an increase of 112 per cent.\n'), []);
    assert.deepEqual(seen('The ferry carried 287 cars in 2015. By 2024 the bus carried 638, an increase of 112 per cent.\n'), []);
    assert.deepEqual(seen('The ferry carried 287 cars in 2015. By 2024 it carried 638 lorries, an increase of 112 per cent.\n'), []);
    assert.deepEqual(seen('The ferry took 287 cars in 2015. By 2024 it took 638, an increase of 112 per cent.\n'), []);
    assert.deepEqual(seen('The ferry took 287 cars in 2015. In 2024 that figure was 638 lorries, an increase of 112 per cent.\n'), []);
    assert.deepEqual(seen('The ferry took 287 cars in 2015. In 2024 the bus figure was 638, an increase of 112 per cent.\n'), []);
    assert.deepEqual(seen('The ferry carried 287 cars in 2015. By 2024 it carried 638, while fares rose 12 per cent.\n'), []);
  });
});

describe('a change of a category’s money is no share of the category ("EU funding rose …, a rise of 25%")', () => {
  // Sundi's funding mix in 2024 holds "EU funding" at 8%; its EU funding went from 1.6 to 2.0 million.
  const mix = createEngine({
    dataset: labSurvey({
      entities: [{ id: 'sundi', name: 'Sundi Institute', aliases: ['Sundi'], kind: 'organisation' }],
      metrics: [
        { id: 'eu-funding', label: 'EU funding', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['EU funding'] },
        { id: 'funding-mix', label: 'Funding mix', unit: 'percent', breakdown: 'exclusive', phrases: ['funding mix', 'share of income'] },
      ],
      observations: [
        { entity: 'sundi', metric: 'funding-mix', year: 2024, dimension: 'EU funding', value: 8, source: 'survey' },
        { entity: 'sundi', metric: 'funding-mix', year: 2024, dimension: 'Core government funding', value: 92, source: 'survey' },
      ],
    }),
  });
  const all = (text: string) => seenFindings(mix, text).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion ?? null]);
  it('stays silent on a change or a rate of the category’s money', () => {
    assert.deepEqual(all('Sundi’s EU funding rose from 1.6 million to 2.0 million in 2024, a rise of 25%.\n'), []);
    assert.deepEqual(all('Sundi’s EU funding saw a 25% rise in 2024.\n'), []);
    assert.deepEqual(all('Sundi’s EU funding grew at 25% a year.\n'), []);
  });
  it('still reads the category’s share', () => {
    assert.deepEqual(all('EU funding made up 12% of Sundi’s income in 2024.\n'), [['dataset-value', '12%', '8%']]);
  });
});
