// Readings and look-alikes of acc-dv8 (dataset values, ranks and rank spans on drafts by other authors), on made-up
// datasets: each look-alike stays silent while the plain wrong claim in the same voice is still found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { alpineResorts, labSurvey, places } from './made-up-datasets.js';

const resorts = createEngine({
  dataset: alpineResorts([
    { year: 2019, method: 'standard', source: 'arsr', ranks: places(['brw', 'ctv', 'fks', 'glh', 'osw']) },
    { year: 2020, method: 'standard', source: 'arsr', ranks: places(['brw', 'fks', 'ctv', 'glh', 'osw']) },
    { year: 2021, method: 'standard', source: 'arsr', ranks: places(['brw', 'ctv', 'osw', 'fks', 'glh']) },
    { year: 2022, method: 'standard', source: 'arsr', ranks: places(['ctv', 'brw', 'fks', 'glh', 'osw']) },
  ]),
});
const ranks = (text: string) => seenFindings(resorts, `${text}\n`, new Set(['rank', 'rank-years'])).map((f) => [f.stated, f.fix ?? f.suggestion]);

const labs = createEngine({
  dataset: labSurvey({
    metrics: [{ id: 'staff', label: 'Research staff', unit: 'count', phrases: ['researchers', 'research staff'] }],
    observations: [
      { entity: 'tembo', metric: 'staff', year: 2020, value: 214, source: 'survey' },
      { entity: 'tembo', metric: 'staff', year: 2025, value: 198, source: 'survey' },
    ],
  }),
});
const values = (text: string) => seenFindings(labs, `${text}\n`, new Set(['dataset-value'])).map((f) => [f.stated, f.fix ?? f.suggestion]);

describe('rank: an edition named by its order, not its year', () => {
  it('does not date "the first edition" by the sentence\'s other year', () => {
    // Ostwand was fifth in the first edition (2019) and third in 2021.
    assert.deepEqual(ranks('In the ARSR, Ostwand entered the first edition in fifth place and sat third in the 2021 edition.'), []);
    assert.deepEqual(ranks('In the ARSR, Ostwand was fifth in the inaugural edition and third in 2021.'), []);
    // The place of the dated clause is still read, "sat" as any placing verb.
    assert.deepEqual(ranks('In the ARSR, Ostwand entered the first edition in fifth place and sat fourth in the 2021 edition.'), [['fourth', 'third']]);
    assert.deepEqual(ranks('In the 2021 ARSR, Falkstein sat second.'), [['second', 'fourth']]);
  });
});

describe('dataset-value: a year that bounds the number\'s clause', () => {
  it('keeps the sentence\'s other year from a clause dated "by 2025"', () => {
    assert.deepEqual(values('Tembo had 214 researchers in 2020; by 2025 it had 208 researchers.'), []);
    assert.deepEqual(values('Tembo had 214 researchers in 2020; until 2023 it kept 208 researchers.'), []);
    // Without the bound, the clause takes the sentence's year.
    assert.deepEqual(values('In 2020 Tembo had 208 researchers.'), [['208', '214']]);
  });
});

describe('rank-years: an acronym in brackets after the ranking\'s name', () => {
  it('keeps the span after it in the rank\'s clause', () => {
    // Brennwald was first from 2019 to 2021, second in 2022.
    assert.deepEqual(ranks('Brennwald topped the Alpine Resort Sustainability Ranking (ARSR) in every edition from 2019 to 2022, and regained first place later.'), [['2019 to 2022', '2019 to 2021']]);
    assert.deepEqual(ranks('Brennwald topped the Alpine Resort Sustainability Ranking (ARSR) in every edition from 2019 to 2021, and fell to second in 2022.'), []);
    // A bracket that is no acronym still ends the clause: the span after it is not the rank's.
    assert.deepEqual(ranks('Brennwald topped the Alpine Resort Sustainability Ranking (see the annex) in every edition from 2019 to 2022.'), []);
  });
});

describe('entities: an institution called by a short form of its name', () => {
  const volcanoes = createEngine({
    dataset: labSurvey({
      entities: [
        { id: 'kvo', name: 'Kivu Volcano Observatory', aliases: ['KVO'], kind: 'research-institute' },
        { id: 'rhl', name: 'Rusizi Hydrology Laboratory', aliases: ['RHL'], kind: 'research-institute' },
        { id: 'bhl', name: 'Bugesera Hydrology Laboratory', aliases: ['BHL'], kind: 'research-institute' },
        { id: 'kmc', name: 'Kivu Methane Research Centre', aliases: ['KMC'], kind: 'research-institute' },
      ],
      metrics: [{ id: 'staff', label: 'Research staff', unit: 'count', phrases: ['researchers', 'research staff'] }],
      observations: [
        { entity: 'kvo', metric: 'staff', year: 2025, value: 41, source: 'survey' },
        { entity: 'rhl', metric: 'staff', year: 2025, value: 57, source: 'survey' },
        { entity: 'bhl', metric: 'staff', year: 2025, value: 60, source: 'survey' },
        { entity: 'kmc', metric: 'staff', year: 2025, value: 33, source: 'survey' },
      ],
    }),
  });
  const said = (text: string) => seenFindings(volcanoes, `${text}\n`, new Set(['dataset-value'])).map((f) => [f.stated, f.fix ?? f.suggestion]);
  it('reads words of the name before its head noun, after "the"', () => {
    assert.deepEqual(said('The Rusizi laboratory had 75 researchers in 2025.'), [['75', '57']]);
    assert.deepEqual(said('In 2025 the volcano observatory had 14 researchers.'), [['14', '41']]);
    assert.deepEqual(said('The Kivu observatory had 14 researchers in 2025.'), [['14', '41']]);
    assert.deepEqual(said('The Methane Research Centre had 35 researchers in 2025.'), [['35', '33']]);
    assert.deepEqual(said('The Rusizi lab had 57 researchers in 2025.'), []);
  });
  it('stays silent on a short form two institutions share, a generic one, or one without "the"', () => {
    for (const text of [
      'The hydrology laboratory had 75 researchers in 2025.',
      'The research centre had 75 researchers in 2025.',
      'A methane centre had 75 researchers in 2025.',
      'Rusizi had 75 researchers in 2025.',
    ])
      assert.deepEqual(said(text), [], text);
  });
});

describe('rank: the place of a name after "with"', () => {
  it('gives "with X in third place" to X', () => {
    // 2021: Brennwald, Cortina Vale, Ostwand, Falkstein, Glimmerhorn.
    assert.deepEqual(ranks('In the 2021 ARSR, Brennwald came first, with Ostwand in third place.'), []);
    assert.deepEqual(ranks('In the 2021 ARSR, Brennwald came first, with Ostwand in second place.'), [['second', 'third']]);
    // A comparison or a comma between the name and the place leaves the place unclear.
    assert.deepEqual(ranks('In the 2021 ARSR, Brennwald came first, ahead of Ostwand in second place.'), []);
    assert.deepEqual(ranks('In the 2021 ARSR, Brennwald came first with Ostwand, in second place.'), []);
  });
});

describe('rank: a place moved to after an earlier year', () => {
  it('is wrong only when no later edition gives the entity that place', () => {
    // Falkstein: 2020 second, 2021 fourth, 2022 third. Glimmerhorn: 2020 fourth, 2021 fifth, 2022 fourth.
    for (const text of [
      'In the ARSR, Falkstein, second in 2020, dropped to fourth.',
      'In the ARSR, Falkstein, second in 2020, dropped to third.',
      'In the ARSR, Glimmerhorn, fourth in 2020, slipped to fifth.',
      // A counterfactual move is no official edition's.
      'In the ARSR, Falkstein, second in 2020, would have dropped to fifth.',
    ])
      assert.deepEqual(ranks(text), [], text);
    assert.deepEqual(ranks('In the ARSR, Falkstein, second in 2020, dropped to fifth.'), [['fifth', undefined]]);
    assert.deepEqual(ranks('In the ARSR, Cortina Vale came first in 2022 and Glimmerhorn, fourth in 2020, slipped to third.'), [['third', undefined]]);
  });
});

describe('dataset-value: a label | value table whose corner cell names the subject', () => {
  const table = (corner: string, header: string, row: string) => `| ${corner} | ${header} |\n| --- | ---: |\n| ${row} |\n`;
  it('reads every row as the corner\'s subject', () => {
    assert.deepEqual(values(table('Tembo Lab', 'Value', 'Research staff, 2025 | 189')), [['189', '198']]);
    assert.deepEqual(values(table('Tembo Lab', 'Value', 'Research staff, 2025 | 198')), []);
  });
  it('stays silent when the corner names no one or two, or the column is another party\'s', () => {
    for (const [corner, header] of [
      ['Measure', 'Value'],
      ['Tembo Lab and Nyota Lab', 'Value'],
      ['Tembo Lab', 'Peer median'],
    ])
      assert.deepEqual(values(table(corner!, header!, 'Research staff, 2025 | 189')), [], `${corner} | ${header}`);
  });
});

describe('rank-years: the length of a run set after it', () => {
  it('checks ", for N consecutive years" against the run ending at the stated year', () => {
    // Brennwald was first in 2019, 2020 and 2021.
    assert.deepEqual(ranks('Brennwald came first in the ARSR in every edition up to 2021, for three consecutive years.'), []);
    assert.deepEqual(ranks('Brennwald came first in the ARSR in every edition up to 2021 — three editions in a row.'), []);
    assert.deepEqual(ranks('Brennwald came first in the ARSR in every edition up to 2021, for four consecutive years.'), [['for four consecutive years', undefined]]);
    // A run that goes on after the stated end is counted up to that end.
    assert.deepEqual(ranks('Brennwald came first in the ARSR for two consecutive years up to 2020.'), []);
    // A number of other things after the run is no count of it.
    assert.deepEqual(ranks('Brennwald came first in the ARSR in every edition up to 2021, with four new lifts.'), []);
  });
});
