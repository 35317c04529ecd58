// dataset-value recall: readings that link more of an entity's own values to their facts without loosening the
// precision guards. A made-up dataset of river ferry operators, their ports and crossings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, type SeenFinding, datasetOf } from './helpers.js';

const files = {
  'ferries.json': {
    sources: [{ id: 'ferry-board', title: 'Inland Ferry Returns', publisher: 'Made-up Waterways Board', year: 2025 }],
    entities: [
      { id: 'bfl', name: 'Brackwater Ferry Line', aliases: ['BFL'], kind: 'company' },
      { id: 'osc', name: 'Otterholm Shipping Company', aliases: ['OSC'], kind: 'company' },
      { id: 'pmh', name: 'Port Mellan Harbour', aliases: ['PMH'], kind: 'organisation' },
      { id: 'kestria', name: 'Kestria', aliases: [], kind: 'country' },
      { id: 'valdor', name: 'Valdor', aliases: [], kind: 'country' },
    ],
    metrics: [
      { id: 'crossings', label: 'Joint crossings', unit: 'count', phrases: ['joint crossings', 'shared crossings'] },
      { id: 'vessels', label: 'Vessels in service', unit: 'count', phrases: ['vessels in service', 'ferries in service'] },
    ],
    observations: [
      { entity: 'bfl', metric: 'crossings', partner: 'pmh', value: 318, source: 'ferry-board' },
      { entity: 'bfl', metric: 'crossings', partner: 'kestria', value: 77, source: 'ferry-board' },
      { entity: 'osc', metric: 'crossings', partner: 'pmh', value: 205, source: 'ferry-board' },
      { entity: 'bfl', metric: 'vessels', year: 2025, value: 12, source: 'ferry-board' },
      { entity: 'valdor', metric: 'vessels', year: 2025, value: 40, source: 'ferry-board' },
    ],
  },
};

const engine = createEngine({ dataset: datasetOf(files), rules: { unverified: 'info' } });

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, new Set(['dataset-value']));
}

describe('dataset-value: a place that only locates the partner is no second party', () => {
  it('reads "partner X in <country>" as the one partner X and suggests its fact', () => {
    assert.deepEqual(findings('BFL’s busiest partner was PMH in Valdor, with 381 joint crossings.\n'), [{ rule: 'dataset-value', stated: '381', suggestion: '318' }]);
    assert.deepEqual(findings('BFL’s busiest partner was PMH, based in Valdor, with 381 joint crossings.\n'), [{ rule: 'dataset-value', stated: '381', suggestion: '318' }]);
    assert.deepEqual(findings('BFL’s busiest partner was Valdor’s PMH, with 381 joint crossings.\n'), [{ rule: 'dataset-value', stated: '381', suggestion: '318' }]);
  });

  it('gives no fix, only a suggestion, since the fact states no year', () => {
    const [f] = findings('BFL’s busiest partner was PMH in Valdor, with 381 joint crossings.\n');
    assert.equal(f?.fix, undefined);
  });

  it('stays silent when the stated value is right', () => {
    assert.deepEqual(findings('BFL’s busiest partner was PMH in Valdor, with 318 joint crossings.\n'), []);
  });

  it('stays silent when two parties are named, each a partner of the subject', () => {
    // Kestria is a partner of BFL in its own right here, not the place of PMH.
    assert.deepEqual(findings('BFL’s busiest partners were PMH and Kestria, with 381 joint crossings.\n'), []);
    // "PMH in Kestria": Kestria is also a partner fact of BFL, but named only as PMH's place, so PMH is the one partner.
    assert.deepEqual(findings('BFL’s busiest partner was PMH in Kestria, with 381 joint crossings.\n'), [{ rule: 'dataset-value', stated: '381', suggestion: '318' }]);
    // Kestria named on its own as well as a place: two parties, no reading.
    assert.deepEqual(findings('BFL’s busiest partners were PMH in Kestria and Kestria itself, with 381 joint crossings.\n'), []);
  });

  it('reads only countries and regions as places: another party’s possessive still counts as a party', () => {
    // OSC is a company: "OSC’s PMH" names two parties, so no one partner is certain.
    assert.deepEqual(findings('BFL’s busiest partner was OSC’s PMH, with 381 joint crossings.\n'), []);
    assert.deepEqual(findings('BFL’s busiest partner was PMH in OSC, with 381 joint crossings.\n'), []);
  });

  it('does not read "in <year>" or a place before the subject as locating a partner', () => {
    // A look-alike where the place precedes the subject, not a partner: two parties remain, no reading.
    assert.deepEqual(findings('In Valdor, BFL’s busiest partners were PMH and Kestria, with 381 joint crossings.\n'), []);
  });
});

describe('dataset-value: a place in an apposition is not a second subject', () => {
  it('reads "X, the <noun> in <place>," as X’s own value and fixes it when the year is stated', () => {
    assert.deepEqual(findings('BFL, the ferry operator in Valdor, had 21 vessels in service in 2025.\n'), [{ rule: 'dataset-value', stated: '21', fix: '12' }]);
    assert.deepEqual(findings('BFL, a river company based in Valdor, had 21 vessels in service in 2025.\n'), [{ rule: 'dataset-value', stated: '21', fix: '12' }]);
  });

  it('stays silent on the right value and when the place is a subject in its own right', () => {
    assert.deepEqual(findings('BFL, the ferry operator in Valdor, had 12 vessels in service in 2025.\n'), []);
    // Two owners of the metric, neither only a place: no certain subject.
    assert.deepEqual(findings('BFL and Valdor had 21 vessels in service in 2025.\n'), []);
    // Valdor named again on its own: it is a party, not only a place.
    assert.deepEqual(findings('BFL, the ferry operator in Valdor, had 21 vessels in service in 2025, as did Valdor’s navy.\n'), []);
    // Not an apposition: a verb comes between, so "in Valdor" need not locate BFL.
    assert.deepEqual(findings('BFL, which ran services in Valdor, had 21 vessels in service in 2025.\n'), []);
  });
});
