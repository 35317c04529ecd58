// Ranks over dataset measures (issue #8): rank facts named by the words after an ordinal, and places among a subject's partners.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, type SeenFinding, datasetOf } from './helpers.js';

const files = {
  'ports.json': {
    sources: [{ id: 'port-review', title: 'North Sea Port Review 2025', publisher: 'Made-up Maritime Board', year: 2025 }],
    entities: [
      { id: 'hbp', name: 'Harlow Bay Port', aliases: ['HBP', 'Harlow Bay'], kind: 'organisation' },
      { id: 'wxp', name: 'Wexmouth Port', aliases: ['Wexmouth'], kind: 'organisation' },
      { id: 'polar', name: 'Polar Line', aliases: [], kind: 'company' },
      { id: 'azure', name: 'Azure Freight', aliases: [], kind: 'company' },
      { id: 'cobalt', name: 'Cobalt Shipping', aliases: [], kind: 'company' },
      { id: 'delta', name: 'Delta Cargo', aliases: [], kind: 'company' },
    ],
    metrics: [
      { id: 'calls', label: 'Vessel calls', unit: 'count', phrases: ['vessel calls', 'calls'] },
      { id: 'throughput-rank', label: 'Rank among North Sea ports by container throughput', unit: 'rank', phrases: ['busiest container ports'] },
      { id: 'fish-landing-rank', label: 'Rank as a fish landing port', unit: 'rank', phrases: ['fish landing port'] },
    ],
    observations: [
      { entity: 'hbp', metric: 'throughput-rank', year: 2024, value: 3, source: 'port-review' },
      { entity: 'wxp', metric: 'fish-landing-rank', value: 2, source: 'port-review' },
      { entity: 'hbp', metric: 'calls', year: 2024, partner: 'polar', value: 410, source: 'port-review' },
      { entity: 'hbp', metric: 'calls', year: 2024, partner: 'azure', value: 380, source: 'port-review' },
      { entity: 'hbp', metric: 'calls', year: 2024, partner: 'cobalt', value: 250, source: 'port-review' },
      { entity: 'hbp', metric: 'calls', year: 2024, partner: 'delta', value: 90, source: 'port-review' },
      { entity: 'wxp', metric: 'calls', year: 2024, partner: 'polar', value: 120, source: 'port-review' },
    ],
  },
};

const dataset = datasetOf(files);
const engine = createEngine({ dataset, rules: { unverified: 'info' } });

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, new Set(['rank', 'dataset-value', 'unverified']));
}

describe('rank: a rank fact named by the words after the ordinal', () => {
  it('reads the measure in other words than the dataset phrase, and fixes when the year is stated', () => {
    assert.deepEqual(findings('Harlow Bay was the second-busiest container port on the North Sea by throughput in 2024.\n'), [{ rule: 'rank', stated: 'second', fix: 'third' }]);
    assert.deepEqual(findings('In 2024 HBP ranked 2nd among North Sea ports by container throughput.\n'), [{ rule: 'rank', stated: '2nd', fix: '3rd' }]);
  });

  it('passes a correct rank, in any of these wordings', () => {
    assert.deepEqual(findings('In 2024 HBP ranked third among North Sea ports by container throughput.\n'), []);
    assert.deepEqual(findings('Wexmouth is the second-largest port for fish landings.\n'), []);
  });

  it('offers only a suggestion when no year is stated and the dataset holds one fact', () => {
    assert.deepEqual(findings('Wexmouth is the fourth-largest port for fish landings.\n'), [{ rule: 'rank', stated: 'fourth', suggestion: 'second' }]);
    assert.deepEqual(findings('Wexmouth, now the 4th fish landing port of the coast, hired staff.\n'), [{ rule: 'rank', stated: '4th', suggestion: '2nd' }]);
  });

  it('reads no rank fact where the words after the ordinal name something else', () => {
    assert.deepEqual(findings('HBP opened its second container terminal in 2024.\n'), []);
    assert.deepEqual(findings('Wexmouth held its third port festival, with fish stalls and landing craft.\n'), []);
  });
});

describe('rank: a place among a subject’s partners, ordered by the dataset', () => {
  it('reports a place that more partners than that outrank, without a fix', () => {
    assert.deepEqual(findings('Cobalt Shipping is Harlow Bay Port’s second-largest partner.\n'), [{ rule: 'rank', stated: 'second' }]);
    assert.deepEqual(findings('Delta Cargo, HBP’s largest shipping partner, added a route in 2024.\n'), [{ rule: 'rank', stated: 'largest' }]);
    assert.deepEqual(findings('In 2024, Cobalt Shipping was HBP’s 2nd-biggest partner.\n'), [{ rule: 'rank', stated: '2nd' }]);
  });

  it('passes a place the dataset bears out', () => {
    assert.deepEqual(findings('Azure Freight, HBP’s second-largest shipping partner, made 380 calls in 2024.\n'), []);
    assert.deepEqual(findings('Polar Line is HBP’s largest partner.\n'), []);
    assert.deepEqual(findings('Polar Line, Wexmouth’s largest partner, kept its weekly service.\n'), []);
  });

  it('says nothing when the dataset may simply not list every partner, or the reading is not certain', () => {
    // Three partners have more than Delta Cargo: it is at least fourth, but the dataset may not list all partners.
    assert.deepEqual(findings('Delta Cargo is HBP’s fifth-largest partner.\n'), []);
    assert.deepEqual(findings('Polar Line and Delta Cargo are HBP’s largest partners.\n'), []);
    assert.deepEqual(findings('In 2019 Cobalt Shipping was HBP’s second-largest partner.\n'), []);
    assert.deepEqual(findings('Cobalt Shipping is the second-largest partner of the port.\n'), []);
  });
});
