// Two rankings of the same resorts (acc-dv8): the Alpine Resort Sustainability Ranking and its separate Snow-Water
// Sub-Index. A rank or a run of ranks is checked against the ranking its text names, never the other one, and left
// alone where it is unclear which one is meant; each correct sentence has a wrong twin that is still found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, type SeenFinding } from './helpers.js';
import { alpineWithSubIndex } from './made-up-datasets.js';

// Falkstein: ARSR 2nd (2023), 3rd (2024); sub-index 1st in both. Ostwand: ARSR 5th, 4th; sub-index 4th, 2nd.
const engine = createEngine({ dataset: alpineWithSubIndex() });
const findings = (text: string): Array<[string, string | undefined]> =>
  seenFindings(engine, `${text}\n`, new Set(['rank', 'rank-years'])).map((f: SeenFinding) => [f.stated, f.fix ?? f.suggestion]);

describe('rank: a second ranking of the same entities', () => {
  it('reads a sub-index claim against the sub-index, wherever the text names it', () => {
    for (const text of [
      'In the Snow-Water Sub-Index, Ostwand ranked second in 2024.',
      'Ostwand came second in the 2024 water sub-index.',
      "The ARSR's water sub-index placed Ostwand second in 2024.",
      'The ARSR Snow-Water Sub-Index put Ostwand second in 2024, Glimmerhorn third.',
      'The sub-index was added in 2023.\n\nIn 2024 Ostwand came second.',
      '## Snow-Water Sub-Index\n\n### Results\n\nOstwand came second in 2024.',
      'Ostwand placed fourth in the 2024 ARSR. In the sub-index, however, it placed second.',
    ])
      assert.deepEqual(findings(text), [], text);
    // The wrong twins: a sub-index place that is the main ranking's is still wrong.
    assert.deepEqual(findings('In the Snow-Water Sub-Index, Ostwand ranked fourth in 2024.'), [['fourth', 'second']]);
    assert.deepEqual(findings("The ARSR's water sub-index placed Ostwand fourth in 2024."), [['fourth', 'second']]);
    assert.deepEqual(findings('## Snow-Water Sub-Index\n\n### Results\n\nOstwand came fourth in 2024.'), [['fourth', 'second']]);
  });

  it('reads a main-ranking claim against the main ranking', () => {
    for (const text of ['Ostwand ranked fourth in the 2024 ARSR.', 'In the ARSR, Ostwand was fourth in 2024; in the sub-index it was second.', 'The sub-index was added in 2023.\n\nThe ARSR has five resorts.\n\nIn 2024 Ostwand came fourth.'])
      assert.deepEqual(findings(text), [], text);
    assert.deepEqual(findings('Ostwand ranked second in the 2024 ARSR.'), [['second', 'fourth']]);
    assert.deepEqual(findings('Ostwand was second in the 2024 ARSR; in the sub-index it was second.'), [['second', 'fourth']]);
  });

  it('stays silent where the nearest text names both rankings, or a word only the other one holds', () => {
    for (const rank of ['second', 'fourth', 'fifth']) {
      for (const text of [
        `## Snow-Water Sub-Index\n\nUnlike the ARSR, the sub-index weighs meltwater use. Ostwand placed ${rank} in 2024.`,
        `The ARSR ranks five resorts. Since 2023 it also publishes a Snow-Water Sub-Index.\n\nIn 2024, Ostwand came ${rank}.`,
        `The Snow-Water Sub-Index is published beside the ARSR. Ostwand was ${rank} in 2024.`,
        `Ostwand was ${rank} in the ARSR water table in 2024.`,
        `In the water ranking Ostwand placed ${rank} in 2024.`,
        `Ostwand came fourth in that sub-index in 2023 and ${rank} overall.`,
      ])
        assert.deepEqual(findings(text), [], text);
    }
    for (const rank of ['2', '4', '5'])
      assert.deepEqual(findings(`## ARSR results\n\nWater places, 2024:\n\n| Resort | Rank |\n| --- | --- |\n| Ostwand | ${rank} |\n`), [], rank);
  });

  it('checks a run of editions against the ranking it names', () => {
    // Falkstein topped the sub-index in 2023 and 2024 but was 2nd and 3rd in the ARSR.
    for (const text of [
      'Falkstein has been first in the sub-index since 2023.',
      'In the Snow-Water Sub-Index Falkstein ranked first from 2023 to 2024.',
      'The ARSR is published every year.\n\nThe sub-index was added in 2023.\n\nFalkstein has held first place for two straight editions.',
      'Falkstein has been first in the sub-index since 2023, though it has not topped the ARSR.',
    ])
      assert.deepEqual(findings(text), [], text);
    assert.deepEqual(findings('Falkstein has been first in the ARSR since 2023.').length, 1);
    assert.deepEqual(findings('In the Snow-Water Sub-Index Falkstein ranked third from 2023 to 2024.').length, 1);
    // Unclear which ranking the run is in: silent, right or wrong.
    for (const rank of ['first', 'third'])
      assert.deepEqual(findings(`The sub-index was added in 2023 beside the ARSR.\n\nFalkstein has been ${rank} since 2023.`), [], rank);
  });

  it('leaves a rank alone whose section names both rankings before its paragraph (acc-rank9)', () => {
    // Ostwand: ARSR 4th in 2024, sub-index 2nd; Falkstein: ARSR 2nd and 3rd, sub-index 1st in 2023 and 2024.
    for (const rank of ['second', 'fourth', 'fifth']) {
      for (const text of [
        `## ARSR positions\n\nIn the Snow-Water Sub-Index, Glimmerhorn was third in 2024.\n\nOstwand came ${rank} in 2024.`,
        `## Snow-Water Sub-Index\n\nThe ARSR itself is older.\n\nOstwand was ${rank} in 2024.`,
        `The ARSR ranks five resorts.\n\nIts sub-index started in 2023.\n\nOstwand placed ${rank} in 2024.`,
      ])
        assert.deepEqual(findings(text), [], text);
    }
    for (const rank of ['first', 'third'])
      assert.deepEqual(findings(`## ARSR positions\n\nGlimmerhorn was second in the 2023 sub-index.\n\nFalkstein has been ${rank} since 2023.`), [], rank);
    // One ranking named around the paragraph still decides, right or wrong.
    assert.deepEqual(findings('## ARSR positions\n\nThe table is published each spring.\n\nOstwand came fourth in 2024.'), []);
    assert.deepEqual(findings('## ARSR positions\n\nThe table is published each spring.\n\nOstwand came second in 2024.'), [['second', 'fourth']]);
    assert.deepEqual(findings('## Snow-Water Sub-Index\n\nIt weighs meltwater use.\n\nOstwand came fourth in 2024.'), [['fourth', 'second']]);
  });
});
