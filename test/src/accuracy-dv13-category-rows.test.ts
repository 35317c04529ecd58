// A breakdown written one category per line (acc-dv13): a list item under a lead-in ("Tembo's income, 2024:" over
// "- government core funding: 67.6%") or a label | value table row ("| Industry contracts | 20.1 |" under "| Source |
// Share (%) |"). Seen in seven dev authors' drafts (key-figure pages, due-diligence memos, blog posts, board memos,
// op-eds, textbook cases, audit reports and annual-report tables); these pages are made-up research labs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const mix = (entity: string, core: number, industry: number, other: number) => [
  { entity, metric: 'funding-mix', year: 2024, dimension: 'Government core funding', value: core, source: 'survey' },
  { entity, metric: 'funding-mix', year: 2024, dimension: 'Industry contracts', value: industry, source: 'survey' },
  { entity, metric: 'funding-mix', year: 2024, dimension: 'Other income', value: other, source: 'survey' },
];
const engine = createEngine({
  dataset: labSurvey({
    metrics: [
      { id: 'budget', label: 'Total budget', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['budget', 'income'] },
      { id: 'funding-mix', label: 'Budget by funding source', unit: 'percent', phrases: ['funding mix'], breakdown: 'exclusive' },
    ],
    observations: [...mix('tembo', 67.6, 20.1, 12.3), ...mix('nyota', 40.0, 31.8, 28.2)],
  }),
});
const findings = (text: string) => seenFindings(engine, text, new Set(['dataset-value']));
const verified = (text: string) => {
  const result = engine.check(text);
  return result.state.verified.filter((v) => v.ruleId === 'dataset-value').map((v) => text.slice(v.range.start, v.range.end));
};

describe('dataset-value: a breakdown listed one category per item', () => {
  it('reads each item as the lead-in subject’s share, for the lead-in’s year', () => {
    const page = (core: string, industry: string) => `## Money\n\nWhere Tembo’s 2024 income came from:\n\n- government core funding: ${core}\n- industry contracts: ${industry}\n- other income: 12.3%\n`;
    assert.deepEqual(findings(page('67.6%', '20.1%')), []);
    assert.deepEqual(verified(page('67.6%', '20.1%')), ['67.6%', '20.1%', '12.3%']);
    // Two lines swapped: the list still adds up to 100, so each line is certainly wrong.
    assert.deepEqual(findings(page('20.1%', '67.6%')), [
      { rule: 'dataset-value', stated: '20.1%', suggestion: '67.6%' },
      { rule: 'dataset-value', stated: '67.6%', suggestion: '20.1%' },
    ]);
  });

  it('takes the subject from the heading above when the lead-in names none, and suggests when no year is said', () => {
    const text = `# Nyota Lab in brief\n\n## Funding\n\nThe income splits as follows:\n\n- government core funding, 31.8%;\n- industry contracts, 40.0%;\n- other income, 28.2%.\n`;
    assert.deepEqual(findings(text), [
      { rule: 'dataset-value', stated: '31.8%', suggestion: '40.0%' },
      { rule: 'dataset-value', stated: '40.0%', suggestion: '31.8%' },
    ]);
  });

  it('leaves a list that does not add up to the breakdown-sum rule', () => {
    const text = `Where Tembo’s 2024 income came from:\n\n- government core funding: 67.6%\n- industry contracts: 25.1%\n- other income: 12.3%\n`;
    assert.deepEqual(findings(text), []);
    assert.deepEqual(verified(text), ['67.6%', '12.3%']);
  });

  it('stays silent on a lead-in that speaks of a change, a plan, two labs or another year', () => {
    for (const lead of ['How Tembo’s income shares changed since 2020:', 'Tembo’s planned 2026 funding mix:', 'Tembo and Nyota together, 2024:', 'Tembo’s income in 2021:']) {
      const text = `${lead}\n\n- government core funding: 20.1%\n- industry contracts: 67.6%\n- other income: 12.3%\n`;
      assert.deepEqual(findings(text), [], lead);
    }
  });

  it('stays silent on an item that says more than the category and its share', () => {
    const text = `Where Tembo’s 2024 income came from:\n\n- government core funding, up from 55.0%: 20.1%\n- industry contracts at Nyota: 67.6%\n- other income: 12.3%\n`;
    assert.deepEqual(findings(text), []);
  });
});

describe('dataset-value: a breakdown tabled one category per row', () => {
  const table = (caption: string, header: string, core: string, industry: string) =>
    `${caption}\n\n| Source | ${header} |\n| --- | ---: |\n| Government core funding | ${core} |\n| Industry contracts | ${industry} |\n| Other income | 12.3 |\n`;

  it('reads a plain figure under a percent column as the caption subject’s share', () => {
    assert.deepEqual(findings(table('**Table 2. Tembo: income by source, 2024**', 'Share (%)', '67.6', '20.1')), []);
    assert.deepEqual(verified(table('**Table 2. Tembo: income by source, 2024**', 'Share (%)', '67.6', '20.1')), ['67.6', '20.1', '12.3']);
    assert.deepEqual(findings(table('**Table 2. Tembo: income by source, 2024**', 'Share (%)', '20.1', '67.6')), [
      { rule: 'dataset-value', stated: '20.1', suggestion: '67.6' },
      { rule: 'dataset-value', stated: '67.6', suggestion: '20.1' },
    ]);
  });

  it('stays silent on amounts, changes and a caption naming two labs', () => {
    assert.deepEqual(findings(table('**Table 2. Tembo: income by source, 2024**', 'EUR million', '20.1', '67.6')), []);
    assert.deepEqual(findings(table('**Table 2. Tembo: income by source, 2024**', 'Change (points)', '20.1', '67.6')), []);
    assert.deepEqual(findings(table('**Table 2. Tembo and Nyota: income by source, 2024**', 'Share (%)', '20.1', '67.6')), []);
  });
});

describe('dataset-value: several category shares in one sentence', () => {
  it('pairs each percent with the category named between it and its neighbour, before or after', () => {
    assert.deepEqual(findings('At Nyota in 2024, industry contracts were 38.1% and other income 28.2%.\n'), [{ rule: 'dataset-value', stated: '38.1%', suggestion: '31.8%' }]);
    assert.deepEqual(findings('In 2024 Nyota drew 28.2% of its income from other income and 40.0% from government core funding.\n'), []);
    assert.deepEqual(findings('In 2024 Nyota drew 28.2% of its income from other income and 41.5% from government core funding.\n'), [{ rule: 'dataset-value', stated: '41.5%', suggestion: '40.0%' }]);
  });

  it('takes the document’s or heading’s subject when the paragraph names none, as a suggestion without a year', () => {
    const text = '# Tembo Lab in brief\n\n## Funding\n\nIndustry contracts were 21.1% and other income 12.3%.\n';
    assert.deepEqual(findings(text), [{ rule: 'dataset-value', stated: '21.1%', suggestion: '20.1%' }]);
  });

  it('stays silent on changes, plans, two labs, an unpaired percent or a whole split that does not add up', () => {
    assert.deepEqual(findings('In 2024 at Nyota, industry contracts rose by 40.0% and other income by 28.2%.\n'), []);
    assert.deepEqual(findings('By 2027 Nyota plans industry contracts at 40.0% and other income at 28.2%.\n'), []);
    assert.deepEqual(findings('In 2024 industry contracts were 40.0% at Nyota and other income 28.2% at Tembo.\n'), []);
    assert.deepEqual(findings('In 2024 Nyota’s industry contracts were 40.0%, 28.2% and 12.0% over three years.\n'), []);
    assert.deepEqual(findings('In 2024 Nyota’s government core funding was 40.0%, industry contracts 40.0% and other income 28.2%.\n'), []);
  });
});
