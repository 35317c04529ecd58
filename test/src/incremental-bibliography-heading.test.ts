// Whether a heading names the bibliography is kept with the heading's analysis (perf-key36): a heading edited into
// one, out of one, or marked up ("## **References**") must move the bibliography as a fresh check does. Each check
// handed the previous result must give what a fresh full check gives.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, type Engine } from 'factlint';
import { loadDomainDataset } from './helpers.js';
import { assertEditsInTurn, assertKeystrokes, replaceOnce } from './across-versions-harness.js';

const DRAFT = `## Findings

UTokyo published 638 papers with Sweden in 2024 [1], and Keio 63 [3].

## Notes

A note without numbers.

## References

[1] Stint, Outlook 7, 2025.

[2] Stint, Outlook 6, 2024.
`;

let engine: Engine;
before(() => {
  engine = createEngine({ dataset: loadDomainDataset('seeds') });
});

const replace = replaceOnce;

describe('the bibliography heading kept with its analysis (perf-key36)', () => {
  it('the draft reads as the test means: [3] cites no entry, [2] is cited by none', () => {
    const rules = engine.check(DRAFT).diagnostics.map((d) => d.ruleId);
    assert.ok(rules.includes('citation-undefined'), rules.join(', '));
    assert.ok(!engine.check(replace('## References', '## Referencesx')(DRAFT)).diagnostics.some((d) => d.ruleId === 'citation-undefined'));
  });

  it('headings edited into and out of the bibliography', () => {
    assertEditsInTurn(engine, DRAFT, [
      replace('## References', '## Referencesx'),
      replace('## Referencesx', '## References'),
      replace('## References', '## **References**'),
      replace('## Notes', '## Sources'),
      replace('## **References**', '## Reading'),
      replace('## Sources', '## Notes'),
      replace('## Reading', '## Further reading'),
    ]);
  });

  it('random keystrokes give what a full check gives', () => {
    assertKeystrokes(engine, DRAFT, ['', 'x', '#', '*', 's', '\n\n', '[4]']);
  });
});
