// Found by the lead on a round-10 dev draft (a numbered social-media thread): the post number opening a paragraph
// ("**17/** ASOI's 2025 composite score: 86.1") was read as the score, with a certain fix writing the dataset's value over
// the post number. A thread's post number states nothing. On made-up labs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const labs = createEngine({
  dataset: labSurvey({
    metrics: [{ id: 'audit', label: 'Audit score', unit: 'score', phrases: ['audit score'] }],
    observations: [
      { entity: 'tembo', metric: 'audit', year: 2024, value: 62.1, source: 'survey' },
      { entity: 'tembo', metric: 'audit', year: 2025, value: 61.4, source: 'survey' },
    ],
  }),
});
const seen = (text: string) => seenFindings(labs, `${text}\n`, new Set(['dataset-value'])).map((f) => [f.stated, f.fix ?? f.suggestion]);

describe('a thread post number opening a paragraph ("17/ …")', () => {
  it('is no figure, whether bold or plain', () => {
    for (const text of ["**17/** Tembo's 2025 audit score: 61.4.", "17/ Tembo's 2025 audit score: 61.4.", "*3/* In 2025 the Tembo audit score was 61.4."]) {
      assert.deepEqual(seen(text), [], text);
    }
  });
  it('leaves the post’s own figure checked', () => {
    assert.deepEqual(seen("**17/** Tembo's 2025 audit score: 66.4."), [['66.4', '61.4']]);
  });
  it('is not a fraction or a figure with a slash inside a sentence', () => {
    // "17/20" is no post number; a figure mid-sentence keeps its reading.
    assert.deepEqual(seen("Tembo's 2025 audit score was 66.4/100."), [['66.4', '61.4']]);
  });
});
