// Changes, rates and multiples (acc-change7): change claims read by their structure (subject, measure, endpoints, stated
// change), with findings and look-alikes that stay silent, in made-up domains.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, loadDefaultDataset, seenFindings, type SeenFinding } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });
const RULES = new Set(['percent-change', 'cagr']);

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, RULES);
}
function verified(text: string): string[] {
  const r = engine.check(text);
  return (r.state.verified ?? []).map((v) => text.slice(v.range.start, v.range.end));
}

describe('one currency written once for both endpoints ("from 1.6 to 1.2 million euro")', () => {
  it('reads the change when the currency follows the final value', () => {
    assert.deepEqual(findings('The ferry line’s subsidy went down by 25%, from 1.6 to 1.2 million euro.\n'), []);
    assert.deepEqual(verified('The ferry line’s subsidy went down by 25%, from 1.6 to 1.2 million euro.\n'), ['25%']);
    assert.deepEqual(findings('The ferry line’s subsidy went down by 35%, from 1.6 to 1.2 million euro.\n').map((f) => [f.rule, f.stated]), [['percent-change', '35%']]);
    assert.deepEqual(findings('Ticket revenue dipped 8.1% in 2025, from 4.7 to 4.6 million kronor.\n').map((f) => [f.rule, f.stated, f.fix ?? f.suggestion]), [['percent-change', '8.1%', '2.1%']]);
    // A dip of 4.1% fits 4.7 → 4.6 at their stated precision (4.749 → 4.551 is −4.2%).
    assert.deepEqual(findings('Ticket revenue dipped 4.1% in 2025, from 4.7 to 4.6 million kronor.\n'), []);
    assert.deepEqual(findings('The orchard’s sales rose from 2.2 million in 2016 to 3.1 million dollars in 2025, up 40.9%.\n'), []);
  });
  it('reads it when the currency precedes the initial value and nothing else is counted after the final one', () => {
    assert.deepEqual(findings('The guild’s income climbed 50%, from EUR 2.0 to 3.0 million.\n'), []);
    assert.deepEqual(findings('The guild’s income climbed 60%, from EUR 2.0 to 3.0 million.\n').map((f) => f.stated), ['60%']);
  });
  it('stays silent when the second figure counts something else', () => {
    assert.deepEqual(findings('The guild went from EUR 2.0 million to 3.0 million members, up 60%.\n'), []);
    assert.deepEqual(findings('The guild’s income climbed 60%, from EUR 2 to 3 guild halls.\n'), []);
    assert.deepEqual(findings('The guild’s income climbed 60%, from EUR 2.0 million to 3.0 million kronor.\n'), []);
  });
});

describe('a change after a semicolon that refers back ("…; that is an increase of 52.9%")', () => {
  it('reads the clause as speaking of the one statement before it', () => {
    assert.deepEqual(findings('The clinic treated 34 walkers in 2016 and 52 in 2025; that is an increase of 52.9%.\n'), []);
    assert.deepEqual(verified('The clinic treated 34 walkers in 2016 and 52 in 2025; that is an increase of 52.9%.\n'), ['52.9%']);
    assert.deepEqual(findings('The clinic treated 34 walkers in 2016 and 52 in 2025; that is an increase of 62.9%.\n').map((f) => [f.rule, f.stated]), [['percent-change', '62.9%']]);
    assert.deepEqual(findings('The clinic treated 34 walkers in 2016 and 52 in 2025; this means a compound growth of 5.8% a year.\n').map((f) => [f.rule, f.stated]), [['cagr', '5.8%']]);
    assert.deepEqual(findings('The clinic treated 34 walkers in 2016 and 52 in 2025; i.e. +52.9%.\n'), []);
  });
  it('stays silent when the clause names a subject or a measure of its own, or two statements stand before it', () => {
    assert.deepEqual(findings('The clinic treated 34 walkers in 2016 and 52 in 2025; Westmoor’s count rose 62.9%.\n'), []);
    assert.deepEqual(findings('The clinic treated 34 walkers in 2016 and 52 in 2025; that is less than the 62.9% rise at Westmoor.\n'), []);
    assert.deepEqual(findings('The clinic treated 34 walkers in 2016 and 52 in 2025, its rival 20 in 2016 and 41 in 2025; that is an increase of 62.9%.\n'), []);
    assert.deepEqual(findings('The clinic treated 34 walkers in 2016 and 52 in 2025; that is an increase in staff of 62.9%.\n'), []);
  });
});

describe('two subjects’ changes in one sentence, each in its own clause, endpoints from the dataset', () => {
  const kennels = datasetOf({
    'kennels.json': {
      sources: [{ id: 'kennel-census', title: 'Kennel Census', publisher: 'Made-up Kennel Board', year: 2026 }],
      entities: [
        { id: 'ark', name: 'Ardmoor Kennels', aliases: ['Ardmoor', 'the Ardmoor yard'], kind: 'research-institute' },
        { id: 'kel', name: 'Keldby Kennels', aliases: ['Keldby'], kind: 'research-institute' },
      ],
      metrics: [
        { id: 'litters', label: 'Litters registered', unit: 'count', phrases: ['litters'] },
        { id: 'fees', label: 'Stud fees', unit: 'currency', phrases: ['stud fees'] },
      ],
      observations: [
        { entity: 'ark', metric: 'litters', year: 2016, value: 40, source: 'kennel-census' },
        { entity: 'ark', metric: 'litters', year: 2025, value: 90, source: 'kennel-census' },
        { entity: 'kel', metric: 'litters', year: 2016, value: 50, source: 'kennel-census' },
        { entity: 'kel', metric: 'litters', year: 2025, value: 92, source: 'kennel-census' },
        { entity: 'ark', metric: 'litters', year: 2020, value: 64, source: 'kennel-census' },
        { entity: 'kel', metric: 'litters', year: 2020, value: 46, source: 'kennel-census' },
      ],
    },
  });
  const kennelEngine = createEngine({ dataset: kennels });
  const seen = (text: string) => seenFindings(kennelEngine, text, RULES);
  const read = (text: string) => (kennelEngine.check(text).state.verified ?? []).map((v) => text.slice(v.range.start, v.range.end));
  it('reads a change of an elliptical second subject ("…, while Keldby’s grew by 84%")', () => {
    assert.deepEqual(seen('Litters at Ardmoor more than doubled between 2016 and 2025, while Keldby’s grew by 84%.\n'), []);
    assert.deepEqual(read('Litters at Ardmoor more than doubled between 2016 and 2025, while Keldby’s grew by 84%.\n').sort(), ['84%', 'more than doubled']);
    assert.deepEqual(seen('Litters at Ardmoor more than doubled between 2016 and 2025, while Keldby’s grew by 94%.\n'), [{ rule: 'percent-change', stated: '94%', suggestion: '84%' }]);
    assert.deepEqual(seen('Litters at Ardmoor more than tripled between 2016 and 2025, while Keldby’s grew by 84%.\n').map((f) => f.stated), ['more than tripled']);
  });
  it('takes the period from the other clause’s own statement', () => {
    assert.deepEqual(seen('Ardmoor’s litters went from 40 in 2016 to 90 in 2025, and Keldby’s rose 84%.\n'), []);
    assert.deepEqual(seen('Ardmoor’s litters went from 40 in 2016 to 90 in 2025, and Keldby’s rose 48%.\n'), [{ rule: 'percent-change', stated: '48%', suggestion: '84%' }]);
  });
  it('reads an annual rate in a clause as compound growth, with a suggestion only', () => {
    assert.deepEqual(seen('Between 2016 and 2025 Ardmoor’s litters grew 125%, while Keldby’s grew by 7.0% a year.\n'), []);
    assert.deepEqual(seen('Between 2016 and 2025 Ardmoor’s litters grew 125%, while Keldby’s grew by 9.0% a year.\n').map((f) => [f.rule, f.stated, f.fix]), [['cagr', '9.0%', undefined]]);
  });
  it('reads a gapped second clause that shares the first one’s verb ("… rose 125% and Keldby’s 84%")', () => {
    assert.deepEqual(seen('Between 2016 and 2025 Ardmoor’s litters rose 125% and Keldby’s 84%.\n'), []);
    assert.deepEqual(read('Between 2016 and 2025 Ardmoor’s litters rose 125% and Keldby’s 84%.\n').sort(), ['125%', '84%']);
    assert.deepEqual(seen('Between 2016 and 2025 Ardmoor’s litters rose 125%, Keldby’s 48%.\n'), [{ rule: 'percent-change', stated: '48%', suggestion: '84%' }]);
    assert.deepEqual(seen('Between 2016 and 2025 Ardmoor’s litters rose 152% and Keldby’s 84%.\n'), [{ rule: 'percent-change', stated: '152%', suggestion: '125%' }]);
  });
  it('lets a gapped clause carry a qualifier ("and Keldby’s only 84%")', () => {
    assert.deepEqual(seen('Between 2016 and 2025 Ardmoor’s litters rose 125% and Keldby’s only 48%.\n'), [{ rule: 'percent-change', stated: '48%', suggestion: '84%' }]);
    assert.deepEqual(seen('Between 2016 and 2025 Ardmoor’s litters rose 125% and Keldby’s just 84%.\n'), []);
  });
  it('stays silent on two subjects of one claim, or a gapped clause with words of its own', () => {
    assert.deepEqual(seen('Ardmoor and Keldby litters rose by 45% between 2016 and 2025.\n'), []);
    assert.deepEqual(seen('Between 2016 and 2025 Ardmoor’s litters rose 152% and Keldby’s staff 84%.\n'), []);
    assert.deepEqual(seen('Between 2016 and 2025 Ardmoor’s litters rose 152% and 84% at Keldby.\n'), []);
  });
  it('reads a change against a named base year, the figure’s own year named too ("+125% vs 2016", "a 48% rise on 2016")', () => {
    assert.deepEqual(seen('Ardmoor registered 90 litters in 2025 (+125% vs 2016).\n'), []);
    assert.deepEqual(read('Ardmoor registered 90 litters in 2025 (+125% vs 2016).\n').includes('+125%'), true);
    assert.deepEqual(seen('Ardmoor registered 90 litters in 2025 (+152% vs 2016).\n'), [{ rule: 'percent-change', stated: '+152%', suggestion: '+125%' }]);
    assert.deepEqual(seen('Up 84% since 2016, Keldby’s litters reached 92 in 2025.\n'), []);
    assert.deepEqual(seen('Up 48% since 2016, Keldby’s litters reached 92 in 2025.\n'), [{ rule: 'percent-change', stated: '48%', suggestion: '84%' }]);
    assert.deepEqual(seen('Keldby registered 92 litters in 2025, a 48% rise on 2016.\n'), [{ rule: 'percent-change', stated: '48%', suggestion: '84%' }]);
    assert.deepEqual(seen('In 2025 Keldby’s litters were up 48% on 2016.\n'), [{ rule: 'percent-change', stated: '48%', suggestion: '84%' }]);
  });
  it('reads "X% more/fewer than in YEAR" after a figure of another year', () => {
    assert.deepEqual(seen('Keldby registered 92 litters in 2025, 84% more than in 2016.\n'), []);
    assert.deepEqual(seen('Keldby registered 92 litters in 2025, 48% more than in 2016.\n'), [{ rule: 'percent-change', stated: '48%', suggestion: '84%' }]);
    assert.deepEqual(seen('Keldby registered 46 litters in 2020, 8% fewer than in 2016.\n'), []);
    assert.deepEqual(seen('Keldby registered 46 litters in 2020, 18% fewer than in 2016.\n').map((f) => f.stated), ['18%']);
    assert.deepEqual(seen('Keldby registered 92 litters in 2025, 48% more than Ardmoor in 2016.\n'), []);
    assert.deepEqual(seen('Keldby’s litters rose 48% more than in 2016, to 92 in 2025.\n'), []);
  });
  it('reads a multiple of "its YEAR output", and stays silent on another measure of that year', () => {
    assert.deepEqual(seen('Ardmoor registered 90 litters in 2025, more than twice its 2016 total.\n'), []);
    assert.deepEqual(seen('Ardmoor registered 90 litters in 2025, more than three times its 2016 total.\n').map((f) => f.stated), ['more than three times']);
    assert.deepEqual(seen('At 90 litters in 2025, Ardmoor has more than tripled its 2016 output.\n').map((f) => f.stated), ['more than tripled']);
    assert.deepEqual(seen('At 90 litters in 2025, Ardmoor has more than doubled its 2016 litters.\n'), []);
    assert.deepEqual(seen('Ardmoor registered 90 litters in 2025, more than three times its 2016 budget.\n'), []);
    assert.deepEqual(seen('Ardmoor registered 90 litters in 2025, more than three times its 2016 share of the national register.\n'), []);
  });
  it('stays silent on a base that is no year of the metric, another figure, a share, a period, or another subject', () => {
    assert.deepEqual(seen('Keldby registered 92 litters in 2025, up 48% on 2016’s stud fees.\n'), []);
    assert.deepEqual(seen('Keldby registered 92 litters in 2025, 48% of them since 2016.\n'), []);
    assert.deepEqual(seen('Keldby registered 97 litters in 2025, up 48% on 2016.\n'), []);
    assert.deepEqual(seen('Keldby’s litters grew 48% over 2016, and 92 were registered in 2025.\n'), []);
    assert.deepEqual(seen('Keldby’s litters were up 48% on 2016 in real terms in 2025.\n'), []);
    assert.deepEqual(seen('In 2025 Keldby’s litters were up 48% on 2016, as were Ardmoor’s.\n'), []);
    assert.deepEqual(seen('In 2025 Keldby’s litters were up 48% on 2016 levels of the national register.\n'), []);
  });
  it('reads one subject’s changes over two periods, one in each clause', () => {
    assert.deepEqual(seen('Ardmoor’s litters rose 60% between 2016 and 2020 and 40.6% between 2020 and 2025.\n'), []);
    assert.deepEqual(read('Ardmoor’s litters rose 60% between 2016 and 2020 and 40.6% between 2020 and 2025.\n'), ['60%', '40.6%']);
    assert.deepEqual(seen('Ardmoor’s litters rose 60% between 2016 and 2020 and 45.6% between 2020 and 2025.\n'), [{ rule: 'percent-change', stated: '45.6%', suggestion: '40.6%' }]);
    assert.deepEqual(seen('Keldby’s litters fell by 8% between 2016 and 2020 and then rose 100% between 2020 and 2025.\n'), []);
    assert.deepEqual(seen('Keldby’s litters fell by 18% between 2016 and 2020 and then rose 100% between 2020 and 2025.\n'), [{ rule: 'percent-change', stated: '18%', suggestion: '8%' }]);
  });
  it('stays silent when the second period’s clause names another measure or subject', () => {
    assert.deepEqual(seen('Ardmoor’s litters rose 60% between 2016 and 2020 and its stud fees 45.6% between 2020 and 2025.\n'), []);
    assert.deepEqual(seen('Ardmoor’s litters rose 60% between 2016 and 2020 and the national register’s 45.6% between 2020 and 2025.\n').map((f) => f.stated), []);
    assert.deepEqual(seen('Ardmoor’s litters rose 60% between 2016 and 2020 and 45.6% between 2020 and 2025 in the second half.\n'), []);
  });
  it('stays silent when a clause measures something else, names another period, or holds a figure of its own', () => {
    assert.deepEqual(seen('Litters at Ardmoor more than doubled between 2016 and 2025, while Keldby’s staff grew by 94%.\n'), []);
    assert.deepEqual(seen('Litters at Ardmoor more than doubled between 2016 and 2025, while Keldby’s grew by 94% since 2020.\n'), []);
    assert.deepEqual(seen('Litters at Ardmoor more than doubled between 2016 and 2025, while Keldby’s grew by 94% in the second half.\n'), []);
    assert.deepEqual(seen('Litters at Ardmoor more than doubled between 2016 and 2025, while Keldby’s grew by 94% to 97 litters.\n'), []);
    assert.deepEqual(seen('Litters at Ardmoor more than doubled between 2016 and 2025, while Keldby’s stud fees grew by 94%.\n'), []);
    assert.deepEqual(seen('Litters at Ardmoor more than doubled between 2016 and 2025, while Keldby’s grew 94% faster than the national average.\n'), []);
    assert.deepEqual(seen('Litters at Ardmoor more than doubled between 2016 and 2025, while Keldby’s share grew by 94%.\n'), []);
  });
});

describe('a multiple below one is judged from the other side ("almost halved" is a fall of almost half)', () => {
  it('passes "almost halved" for a fall to a little over half, and finds it for a fall below half', () => {
    assert.deepEqual(findings('The bakery’s loaves almost halved, from 96 to 54.\n'), []);
    assert.deepEqual(findings('The bakery’s loaves nearly halved between 2015 and 2025, from 96 to 54.\n'), []);
    assert.deepEqual(findings('The bakery’s loaves almost halved, from 96 to 44.\n').map((f) => f.stated), ['almost halved']);
  });
  it('finds "more than halved" for a fall to more than half, and passes it below half', () => {
    assert.deepEqual(findings('The bakery’s loaves more than halved, from 96 to 54.\n').map((f) => f.stated), ['more than halved']);
    assert.deepEqual(findings('The bakery’s loaves more than halved, from 96 to 44.\n'), []);
  });
  it('keeps a plain "halved" within its band', () => {
    assert.deepEqual(findings('The bakery’s loaves halved, from 96 to 50.\n'), []);
    assert.deepEqual(findings('The bakery’s loaves halved, from 96 to 70.\n').map((f) => f.stated), ['halved']);
  });
});

describe('own pages in the five domains’ facts: correct changes in many voices stay silent and are read', () => {
  // test/fixtures/chg7/<domain>-ok.md: investor note, podcast summary, KPI commentary, committee extract; every change correct.
  const pages: Array<[string, number]> = [['energy', 21], ['space', 12], ['marine', 10], ['agri', 4]];
  for (const [domain, read] of pages) {
    it(`${domain}: no change or rate finding, and at least ${read} changes and rates verified`, async () => {
      const { loadDataset } = await import('factlint');
      const { readDatasetInputs } = await import('../../server/dist/node/dataset-files.js');
      const { readFileSync } = await import('node:fs');
      const { fileURLToPath } = await import('node:url');
      const { dataset } = loadDataset(await readDatasetInputs([fileURLToPath(new URL(`../../eval/domains/${domain}/dataset`, import.meta.url))]));
      const text = readFileSync(fileURLToPath(new URL(`../../test/fixtures/chg7/${domain}-ok.md`, import.meta.url)), 'utf8');
      const result = createEngine({ dataset }).check(text);
      assert.deepEqual(result.diagnostics.filter((d) => RULES.has(d.ruleId)).map((d) => text.slice(d.range.start, d.range.end)), []);
      assert.ok(result.state.verified.filter((v) => RULES.has(v.ruleId)).length >= read);
    });
  }
});
