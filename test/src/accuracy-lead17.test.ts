// Structures the lead read in round 17: a change whose start stands in the sentence before, when the later value is
// given bare by the same verb that gave the earlier one its noun ("The depot counted 1,000 visitors in 2019. By 2024 it
// counted 1,500, a 20% increase."). Written on made-up figures, not corpus lines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const engine = createEngine({ dataset: datasetOf({}) });
const seen = (text: string) => seenFindings(engine, text, new Set(['percent-change'])).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion]);

describe('a change measured from the sentence before, the later value bare under the same verb', () => {
  it('checks the change and offers the recomputed figure', () => {
    const text = 'In 2019 the depot counted 1,000 visitors. By 2024 it counted 1,500, a 20% increase.\n';
    assert.deepEqual(seen(text), [['percent-change', '20%', '50%']]);
  });

  it('is silent when the change is right', () => {
    const text = 'In 2019 the depot counted 1,000 visitors. By 2024 it counted 1,500, a 50% increase.\n';
    assert.deepEqual(seen(text), []);
  });

  it('is silent when another verb gives the bare value', () => {
    const text = 'In 2019 the depot counted 1,000 visitors. By 2024 it sold 1,500, a 20% increase.\n';
    assert.deepEqual(seen(text), []);
  });

  it('is silent when the later value counts something else', () => {
    const text = 'In 2019 the depot counted 1,000 visitors. By 2024 it counted 1,500 members, a 20% increase.\n';
    assert.deepEqual(seen(text), []);
  });
});
