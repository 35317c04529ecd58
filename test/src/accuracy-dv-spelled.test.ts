// Counts written as words ("awarded fifty-seven doctorates", "doctorates numbered fifty-two", "nine hundred and
// seventy papers") are checked against the dataset like digits; look-alikes (a count of something else, a measure
// word that modifies another noun, "one") stay silent. A wrong count gets its value in digits as a suggestion.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, datasetOf } from './helpers.js';

const engine = createEngine({
  dataset: datasetOf({
    'labs.json': {
      sources: [{ id: 'survey', title: 'Made-up Lab Survey 2025', publisher: 'Made-up Office', year: 2025 }],
      entities: [{ id: 'tembo', name: 'Tembo Lab', aliases: ['Tembo'], kind: 'organisation' }],
      metrics: [
        { id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers', 'publications'] },
        { id: 'doctorates', label: 'PhD graduates', unit: 'count', phrases: ['PhD graduates', 'doctorates'] },
        { id: 'satellites', label: 'Satellites operated', unit: 'count', phrases: ['satellites', 'satellite'] },
      ],
      observations: [
        { entity: 'tembo', metric: 'papers', year: 2025, value: 975, source: 'survey' },
        { entity: 'tembo', metric: 'doctorates', year: 2025, value: 52, source: 'survey' },
        { entity: 'tembo', metric: 'satellites', year: 2025, value: 4, source: 'survey' },
      ],
    },
  }),
});
const findings = (text: string) => seenFindings(engine, text, new Set(['dataset-value']));

describe('dataset-value: counts written as words', () => {
  it('are checked against the dataset, with the value in digits as a suggestion', () => {
    assert.deepEqual(findings('Tembo Lab awarded fifty-seven doctorates in 2025.\n'), [{ rule: 'dataset-value', stated: 'fifty-seven', suggestion: '52' }]);
    assert.deepEqual(findings('In 2025 Tembo’s doctorates numbered fifty-seven.\n'), [{ rule: 'dataset-value', stated: 'fifty-seven', suggestion: '52' }]);
    assert.deepEqual(findings('Tembo published nine hundred and seventy papers in 2025.\n'), [{ rule: 'dataset-value', stated: 'nine hundred and seventy', suggestion: '975' }]);
    assert.deepEqual(findings('At the end of 2025 Tembo operated five satellites.\n'), [{ rule: 'dataset-value', stated: 'five', suggestion: '4' }]);
  });

  it('agree with the dataset silently, and look-alikes stay silent', () => {
    assert.deepEqual(findings('Tembo Lab awarded fifty-two doctorates in 2025.\n'), []);
    assert.deepEqual(findings('At the end of 2025 Tembo operated four satellites.\n'), []);
    // A measure word that modifies another noun; a count of something else; "one".
    assert.deepEqual(findings('In 2025 Tembo ranked first among the eleven satellite institutes.\n'), []);
    assert.deepEqual(findings('In 2025 Tembo ran seven teams that published papers.\n'), []);
    assert.deepEqual(findings('In 2025 Tembo operated one satellite.\n'), []);
  });
});
