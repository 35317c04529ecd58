// dataset-value reads lists that drop the verb and measure after the first item (issue #8), on a made-up orchard dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf } from './helpers.js';

const files = {
  'orchards.json': {
    sources: [{ id: 'orchard-census', title: 'Orchard Census 2022', publisher: 'Made-up Fruit Board', year: 2022 }],
    entities: [
      { id: 'nv', name: 'North Vale Orchards', aliases: ['North Vale'], kind: 'organisation' },
      { id: 'rh', name: 'Redhill Growers', aliases: ['Redhill'], kind: 'organisation' },
      { id: 'sm', name: 'Stonemere Fruit', aliases: ['Stonemere'], kind: 'organisation' },
    ],
    metrics: [
      { id: 'trees', label: 'Trees planted', unit: 'count', phrases: ['trees planted', 'trees'] },
      { id: 'pickers', label: 'Seasonal pickers', unit: 'count', phrases: ['seasonal pickers', 'pickers'] },
    ],
    observations: [
      { entity: 'nv', metric: 'trees', year: 2022, value: 5320, source: 'orchard-census' },
      { entity: 'rh', metric: 'trees', year: 2022, value: 2460, source: 'orchard-census' },
      { entity: 'sm', metric: 'trees', year: 2022, value: 1615, source: 'orchard-census' },
      { entity: 'nv', metric: 'pickers', year: 2022, value: 88, source: 'orchard-census' },
    ],
  },
};

const dataset = datasetOf(files);
const engine = createEngine({ dataset });

function findings(text: string): { rule: string; stated: string; fix?: string }[] {
  return engine
    .check(text)
    .diagnostics.filter((d) => d.ruleId === 'dataset-value')
    .map((d) => ({ rule: d.ruleId, stated: text.slice(d.range.start, d.range.end), ...(d.fix ? { fix: d.fix.edits.map((e) => e.newText).join(' ') } : {}) }));
}

describe('dataset-value: a list that drops its verb after the first item', () => {
  it('checks each later item against its own entity, with the first item’s measure and year', () => {
    assert.deepEqual(findings('In 2022 North Vale planted 5,320 trees, Redhill 2,640 and Stonemere 1,615.\n'), [{ rule: 'dataset-value', stated: '2,640', fix: '2,460' }]);
    assert.deepEqual(findings('In 2022 North Vale planted 5,320 trees, Stonemere 1,651 and Redhill 2,460 (census figures).\n'), [{ rule: 'dataset-value', stated: '1,651', fix: '1,615' }]);
  });
  it('passes a right list', () => {
    assert.deepEqual(findings('In 2022 North Vale planted 5,320 trees, Redhill 2,460, and Stonemere 1,615.\n'), []);
  });
  it('reads nothing when an item says more than entity and number, or the first item is not read', () => {
    assert.deepEqual(findings('In 2022 North Vale planted 5,320 trees, Redhill 2,640 in 2019 and Stonemere 1,651 seedlings.\n'), []);
    assert.deepEqual(findings('North Vale and its neighbours are large, Redhill 2,640 and Stonemere 1,651.\n'), []);
    assert.deepEqual(findings('In 2022 North Vale planted 5,320 trees, while Redhill 2,640.\n'), []);
  });
});
