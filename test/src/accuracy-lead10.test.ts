// Found by the lead on a round-10 dev draft (a numbered social-media thread): the post number opening a paragraph
// ("**17/** ASOI's 2025 composite score: 86.1") was read as the score, with a certain fix writing the dataset's value over
// the post number. A thread's post number states nothing. And on the same author's board minutes, corrected: "Plants in
// operation rose … to 39 at the end of 2025, more than tripling; KHI alone went from none to 7" read the sector's 39 as
// KHI's, named only after the semicolon, with a certain fix. On made-up labs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const labs = createEngine({
  dataset: labSurvey({
    metrics: [
      { id: 'audit', label: 'Audit score', unit: 'score', phrases: ['audit score'] },
      { id: 'boats', label: 'Survey boats in service', unit: 'count', phrases: ['survey boats', 'boats in service'] },
    ],
    observations: [
      { entity: 'tembo', metric: 'boats', year: 2025, value: 7, source: 'survey' },
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

describe('a subject named after the figure, across a semicolon', () => {
  it('does not own the figure before the semicolon', () => {
    for (const text of [
      'Survey boats in service rose from 11 in 2016 to 39 in 2025, more than tripling; Tembo alone went from none to 7.',
      'Survey boats in service stood at 39 in 2025; Tembo had 7.',
    ]) assert.deepEqual(seen(text), [], text);
  });
  it('still owns its own figure after the semicolon, and a subject before the figure still does', () => {
    assert.deepEqual(seen('Survey boats in service stood at 39 in 2025; Tembo had 9 boats in service.'), [['9', '7']]);
    assert.deepEqual(seen('In 2025 Tembo had 9 survey boats in service; the sector had 39.'), [['9', '7']]);
  });
});
