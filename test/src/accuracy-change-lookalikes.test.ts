// Multiple look-alikes found by probing with sentences of our own (round 6): in "X was more than double A's 456 and
// almost twice B's 494", both multiples compare X with a base; 456 is a base itself, never the subject of the second.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, datasetOf } from './helpers.js';

const engine = createEngine({ dataset: datasetOf({ 'empty.json': { sources: [], entities: [], metrics: [], observations: [] } }) });
const findings = (text: string) => seenFindings(engine, text, new Set(['percent-change']));

describe('multiples in coordinated comparisons', () => {
  it('a figure that is the base of one comparison is not the subject of the next', () => {
    assert.deepEqual(findings('At 975 papers, Tembo’s output was more than double Nyota’s 456 and almost twice Jua’s 494.\n'), []);
    assert.deepEqual(findings('Tembo filed 19 patents in 2025, two more than the 17 of 2024 and more than three times the 6 of 2016.\n'), []);
  });

  it('a multiple whose subject stands right before it is still checked', () => {
    assert.deepEqual(findings('Tembo’s 600 papers were almost twice Jua’s 494.\n').map((f) => [f.rule, f.stated]), [['percent-change', 'almost twice']]);
    assert.deepEqual(findings('Tembo’s 960 papers were almost twice Jua’s 494.\n'), []);
  });
});
