// dataset-value links a number to a fact only on strong evidence (issue #8): checked on a small made-up beekeeping dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes, createEngine } from 'factlint';
import { lemma } from '../../server/dist/engine/context/lemma.js';
import { seenFindings, type SeenFinding, datasetOf } from './helpers.js';

const files = {
  'bees.json': {
    sources: [{ id: 'apiary-census', title: 'Urban Apiary Census 2025', publisher: 'Made-up Beekeepers Federation', year: 2025 }],
    entities: [
      { id: 'nac', name: 'Northfield Apiary Cooperative', aliases: ['NAC', 'the Northfield cooperative'], kind: 'organisation' },
      { id: 'rbc', name: 'Riverside Bee Collective', aliases: ['RBC'], kind: 'organisation' },
      { id: 'austria', name: 'Austria', aliases: [], kind: 'country' },
    ],
    metrics: [
      { id: 'hives', label: 'Hives maintained', unit: 'count', phrases: ['hives maintained', 'hives', 'bee colonies'] },
      { id: 'programmes', label: 'Pollination programmes', unit: 'count', phrases: ['pollination programmes'] },
      { id: 'honey-revenue', label: 'Honey revenue', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['honey revenue', 'honey sales'] },
      { id: 'winter-loss', label: 'Winter colony loss', unit: 'percent', phrases: ['winter loss', 'winter colony loss'] },
      { id: 'members', label: 'Members', unit: 'count', phrases: ['members'] },
      { id: 'hive-cagr', label: 'Annual growth in hives', unit: 'growth', phrases: ['annual growth in hives', 'hive CAGR'] },
    ],
    observations: [
      { entity: 'nac', metric: 'hives', year: 2019, value: 350, source: 'apiary-census' },
      { entity: 'nac', metric: 'hives', year: 2024, value: 421, source: 'apiary-census' },
      { entity: 'rbc', metric: 'hives', year: 2019, value: 150, source: 'apiary-census' },
      { entity: 'rbc', metric: 'hives', year: 2024, value: 198, source: 'apiary-census' },
      { entity: 'nac', metric: 'programmes', year: 2024, value: 17, source: 'apiary-census' },
      { entity: 'nac', metric: 'honey-revenue', year: 2019, value: 1.1, source: 'apiary-census' },
      { entity: 'nac', metric: 'honey-revenue', year: 2024, value: 1.6, source: 'apiary-census' },
      { entity: 'nac', metric: 'winter-loss', year: 2024, value: 12.5, source: 'apiary-census' },
      { entity: 'rbc', metric: 'members', year: 2024, value: 640, source: 'apiary-census' },
      { entity: 'nac', metric: 'hive-cagr', period: '2019–2024', value: 3.8, source: 'apiary-census' },
    ],
  },
};

const dataset = datasetOf(files);
const engine = createEngine({ dataset, rules: { unverified: 'info' } });

/** Findings of the dataset rules only (the arithmetic rules have their own tests). */
function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, new Set(['dataset-value', 'unverified']));
}

describe('dataset-value on a user’s own dataset: a certain reading is checked and fixed', () => {
  it('checks a count stated in its own clause with its entity and year', () => {
    const text = 'Northfield Apiary Cooperative kept 412 hives in 2024.\n';
    assert.deepEqual(findings(text), [{ rule: 'dataset-value', stated: '412', fix: '421' }]);
    assert.equal(applyFixes(text, engine.check(text).diagnostics).text, 'Northfield Apiary Cooperative kept 421 hives in 2024.\n');
  });

  it('reads money with a scale word or a k, and fixes it in the author’s style', () => {
    assert.deepEqual(findings('In 2024 NAC’s honey revenue reached EUR 1.9 million.\n'), [{ rule: 'dataset-value', stated: 'EUR 1.9 million', fix: 'EUR 1.6 million' }]);
    assert.deepEqual(findings('NAC’s honey sales came to €1.1 million in 2019.\n'), []);
    assert.deepEqual(findings('In 2024 NAC’s honey revenue was €1.9m.\n'), [{ rule: 'dataset-value', stated: '€1.9m', fix: '€1.6m' }]);
    assert.deepEqual(findings('In 2024 NAC’s honey revenue was EUR 1,900k.\n'), [{ rule: 'dataset-value', stated: 'EUR 1,900k', fix: 'EUR 1,600k' }]);
    assert.deepEqual(findings('In 2024 NAC’s honey revenue was 1.9 million euros.\n'), [{ rule: 'dataset-value', stated: '1.9 million euros', fix: '1.6 million euros' }]);
    // Money in another currency, or a bare number, is not the metric's money.
    assert.deepEqual(findings('In 2024 NAC’s honey revenue was $1.9 million.\n'), []);
    assert.deepEqual(findings('In 2024 NAC’s honey revenue was 1.9 million.\n'), []);
  });

  it('matches metric phrases by lemma and across British and American spelling', () => {
    assert.equal(lemma('maintained'), lemma('maintain'));
    assert.equal(lemma('programs'), lemma('programme'));
    assert.equal(lemma('centres'), lemma('center'));
    assert.deepEqual(findings('In 2024 the Northfield cooperative ran 19 pollination programs.\n'), [{ rule: 'dataset-value', stated: '19', fix: '17' }]);
    assert.deepEqual(findings('NAC’s winter colony losses were 15.5% in 2024.\n'), [{ rule: 'dataset-value', stated: '15.5%', fix: '12.5%' }]);
  });

  it('reads a label | value table under a heading that names the subject', () => {
    const text = '## Riverside Bee Collective\n\n| Indicator | Value |\n| --- | ---: |\n| Hives, 2024 | 189 |\n| Members, 2024 | 640 |\n';
    assert.deepEqual(findings(text), [{ rule: 'dataset-value', stated: '189', suggestion: '198' }]);
  });

  it('reads a "label, year: value" list item under a heading that names the subject', () => {
    assert.deepEqual(findings('## Northfield Apiary Cooperative at a glance\n\n- Hives, 2024: 412\n- Honey revenue, 2024: €1.6 million\n'), [{ rule: 'dataset-value', stated: '412', suggestion: '421' }]);
  });

  it('takes the metric from the caption’s title when the columns are headed by years or a unit only', () => {
    const byYear = '**Table 2.** Hives maintained by cooperative (rooftop and field sites)\n\n| Cooperative | 2019 | 2024 |\n| --- | ---: | ---: |\n| NAC | 350 | 412 |\n| RBC | 150 | 198 |\n';
    assert.deepEqual(findings(byYear), [{ rule: 'dataset-value', stated: '412', fix: '421' }]);
    const byUnit = '### Honey revenue of the Northfield cooperative, 2019–2024 (EUR million)\n\n| Year | EUR million |\n| --- | ---: |\n| 2019 | 1.1 |\n| 2024 | 1.9 |\n';
    assert.deepEqual(findings(byUnit), [{ rule: 'dataset-value', stated: '1.9', suggestion: '1.6' }]);
    const qualified = '**Table 3.** Change in hives maintained by cooperative\n\n| Cooperative | 2019 | 2024 |\n| --- | ---: | ---: |\n| NAC | 35 | 71 |\n';
    assert.deepEqual(findings(qualified), []);
  });

  it('takes a table row’s own year over the paragraph’s', () => {
    const text = 'In 2024 both cooperatives grew.\n\n| Year | NAC hives |\n| --- | ---: |\n| 2019 | 350 |\n| 2024 | 412 |\n';
    assert.deepEqual(findings(text), [{ rule: 'dataset-value', stated: '412', fix: '421' }]);
  });

  it('reads "2019–24" as a period, never as the number 24', () => {
    assert.deepEqual(findings('Over 2019–24 NAC’s winter loss averaged 12.5%.\n'), []);
    assert.deepEqual(findings('In 2019–24 NAC maintained 24 hives on rooftops.\n').filter((f) => f.rule === 'dataset-value'), []);
  });

  it('takes the year or period a number is stated for over the other times of its clause', () => {
    assert.deepEqual(findings('NAC’s hives rose from 350 in 2019 to 412 in 2024.\n'), [{ rule: 'dataset-value', stated: '412', fix: '421' }]);
    assert.deepEqual(findings('RBC’s members numbered 604 in 2020–24.\n'), [{ rule: 'unverified', stated: '604' }]);
  });

  it('compares a number with the metric of the clause it is compared with', () => {
    assert.deepEqual(findings('In 2024 NAC kept 421 hives, against 189 at RBC.\n'), [{ rule: 'dataset-value', stated: '189', fix: '198' }]);
  });

  it('resolves "It" and "The cooperative" to the one subject of the sentence before', () => {
    assert.deepEqual(findings('Riverside Bee Collective opened a rooftop site. It kept 189 hives in 2024.\n'), [{ rule: 'dataset-value', stated: '189', suggestion: '198' }]);
    assert.deepEqual(findings('NAC moved to a new depot. The cooperative kept 412 hives in 2024.\n'), [{ rule: 'dataset-value', stated: '412', suggestion: '421' }]);
    assert.deepEqual(findings('NAC moved to a new depot. The two cooperatives kept 412 hives in 2024.\n'), []);
    assert.deepEqual(findings('NAC and RBC moved to a new depot. It kept 412 hives in 2024.\n'), []);
  });

  it('offers only a suggestion when no time is stated and the dataset holds one fact', () => {
    assert.deepEqual(findings('RBC has 604 members.\n'), [{ rule: 'dataset-value', stated: '604', suggestion: '640' }]);
  });
});

describe('dataset-value on a user’s own dataset: no finding without strong evidence', () => {
  it('leaves table columns of changes, ratios, shares and ranks alone', () => {
    const table = [
      '| Cooperative | Hives 2019 | Hives 2024 | Change in hives | Hives per member | Share of hives (%) | Rank by hives |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| NAC | 350 | 421 | +71 | 0.9 | 68 | 1 |',
      '| RBC | 150 | 198 | +48 | 0.3 | 32 | 2 |',
      '',
    ].join('\n');
    assert.deepEqual(findings(table), []);
  });

  it('leaves a rate stated with its own endpoints to the arithmetic rules', () => {
    const table = '| Cooperative | 2019 → 2024 | Hive CAGR |\n| --- | --- | ---: |\n| NAC | 350 → 421 | 4.4% |\n';
    assert.deepEqual(findings(table), []);
    assert.deepEqual(findings('NAC’s hives went 350 → 421 over 2019–2024, a hive CAGR of 4.4%.\n'), []);
    assert.deepEqual(findings('Over 2019–2024 NAC’s hive CAGR was 4.4%.\n'), [{ rule: 'dataset-value', stated: '4.4%', fix: '3.8%' }]);
  });

  it('never reads a citation marker or a small number of another kind as the metric', () => {
    assert.deepEqual(findings('NAC maintained 421 hives in 2024.[2]\n\n[2]: Census.\n'), []);
    assert.deepEqual(findings('In 2024 NAC added 12 hives, and its two new apiaries hold 5 hives each.\n'), []);
    assert.deepEqual(findings('In 2024 NAC kept 3 hives per member on average.\n'), []);
  });

  it('does not tie a value to a neighbour’s entity or to a bound', () => {
    assert.deepEqual(findings('In 2024 NAC kept 421 hives and RBC kept 198.\n'), []);
    // The gapped item is RBC's own (it kept 198), not NAC's: a suggestion of RBC's figure, never a fix.
    assert.deepEqual(findings('In 2024 NAC kept 421 hives, RBC 150.\n'), [{ rule: 'dataset-value', stated: '150', suggestion: '198' }]);
    assert.deepEqual(findings('In 2024 NAC kept more than 400 hives.\n'), []);
  });

  it('reads a percent only as a percent metric, and a count only as a whole unsigned number', () => {
    assert.deepEqual(findings('In 2024 NAC’s hives rose 20.3%.\n'), []);
    assert.deepEqual(findings('In 2024 NAC’s winter loss was 12.5%, or 52.6 hives.\n'), []);
  });

  it('still counts a number equal to a fact of an entity named nearby as verified, without a certain reading', () => {
    const text = 'In 2024 NAC kept 421 hives and RBC kept 198.\n';
    const result = engine.check(text);
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(result.state.verified.map((v) => text.slice(v.range.start, v.range.end)), ['421', '198']);
  });

  it('gives an unverified note with the candidates when entity and metric are certain but the fact is not', () => {
    assert.deepEqual(findings('NAC kept 430 hives in 2021.\n'), [{ rule: 'unverified', stated: '430' }]);
    const message = engine.check('NAC kept 430 hives in 2021.\n').diagnostics.find((d) => d.ruleId === 'unverified')!.message;
    assert.match(message, /2019: 350; 2024: 421/);
    assert.deepEqual(findings('Between 2019 and 2024 NAC’s honey revenue totalled €6.9 million.\n'), [{ rule: 'unverified', stated: '€6.9 million' }]);
  });
});
