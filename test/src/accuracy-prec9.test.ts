// Precision probes (acc-prec9): correct pages of our own, in the eval domains' facts and in made-up datasets, that must
// give no finding at all, and the look-alikes of each false finding they turned up, beside the pages that must still be flagged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Engine } from 'factlint';
import { loadDefaultDataset, loadDomainDataset, repoRoot, seenFindings } from './helpers.js';
import { alpineWithSubIndex, labSurvey } from './made-up-datasets.js';

const fixtures = join(repoRoot, 'test/fixtures/prec9');

function domainEngine(domain: string): Engine {
  return createEngine({ dataset: loadDomainDataset(domain) });
}

describe('own correct pages in the eval domains give no finding', () => {
  for (const domain of readdirSync(fixtures).sort()) {
    const engine = domainEngine(domain);
    for (const name of readdirSync(join(fixtures, domain)).filter((n) => n.endsWith('.md')).sort()) {
      it(`${domain}/${name}`, () => {
        const text = readFileSync(join(fixtures, domain, name), 'utf8');
        assert.deepEqual(seenFindings(engine, text), []);
        assert.ok((engine.check(text).state.verified ?? []).length >= 5, `${name}: too few claims verified`);
      });
    }
  }
});

// Three labs the dataset holds papers for, year by year: "the three labs" is a group of exactly that size.
const labs = createEngine({
  dataset: labSurvey({
    entities: [{ id: 'mwezi', name: 'Mwezi Lab', aliases: ['Mwezi'], kind: 'organisation' }],
    metrics: [{ id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers', 'publications'] }],
    observations: [
      ...[2016, 2025].flatMap((year, i) =>
        [['tembo', [120, 210]], ['nyota', [80, 150]], ['mwezi', [40, 90]]].map(([entity, v]) => ({ entity, metric: 'papers', year, value: (v as number[])[i], source: 'survey' })),
      ),
    ],
  }),
});

describe('group totals: the sentence’s one year is not a figure’s when it is another figure’s or a base of comparison', () => {
  const rules = new Set(['total']);
  const silent = [
    'Together the three labs published 450 papers, up from 240 in 2016 (+87.5%).\n',
    'The three labs published 450 papers, against 240 in 2016.\n',
    'The three labs published 450 papers, 87.5% more than in 2016.\n',
    'The three labs published 450 papers, nearly twice as many as in 2016.\n',
    'The three labs have published 450 papers a year lately, compared with 2016.\n',
    'Since 2016 the three labs have published 2,900 papers.\n',
  ];
  for (const text of silent) it(`stays silent on: ${text.trim()}`, () => assert.deepEqual(seenFindings(labs, text, rules), []));

  it('still checks a total that states its own year beside another year’s figure', () => {
    assert.deepEqual(seenFindings(labs, 'The three labs published 460 papers in 2025, up from 240 in 2016.\n', rules).map((f) => [f.rule, f.stated]), [['total', '460']]);
  });
  it('still checks a total that takes the sentence’s one year when no other figure holds it', () => {
    assert.deepEqual(seenFindings(labs, 'In 2016 the three labs published 250 papers.\n', rules).map((f) => [f.rule, f.stated]), [['total', '250']]);
  });
});

describe('combined statements: statements of entities the total does not name are not its parts', () => {
  const rules = new Set(['total']);
  const silent = [
    'Tembo grew from 120 papers in 2016 to 210 in 2025. Nyota grew from 80 to 150. Mwezi and Nyota combined grew from 120 to 240.\n',
    '- Tembo: 120 papers in 2016, 210 in 2025.\n- Nyota grew from 80 to 150.\n- Mwezi and Nyota, the two smaller labs, together put out 240 papers in 2025.\n',
    'Tembo grew from 120 papers in 2016 to 210 in 2025. Nyota grew from 80 to 150. Taken together the two labs of Mwezi and Nyota published 240 papers in 2025.\n',
  ];
  for (const text of silent) it(`stays silent on: ${text.trim().replace(/\n/g, ' / ')}`, () => assert.deepEqual(seenFindings(labs, text, rules), []));

  it('still checks the sum when the total names the entities of its parts', () => {
    const text = 'Tembo grew from 120 papers in 2016 to 210 in 2025. Nyota grew from 80 to 150. Tembo and Nyota combined grew from 200 to 370.\n';
    assert.deepEqual(seenFindings(labs, text, rules).map((f) => [f.rule, f.stated]), [['total', '370']]);
  });
  it('still checks the counted group of the statements just before it', () => {
    const text = '- Tembo: 120 papers in 2016, 210 in 2025.\n- Nyota grew from 80 to 150.\n- Tembo and Nyota, the two larger labs, together put out 370 papers in 2025.\n';
    assert.deepEqual(seenFindings(labs, text, rules).map((f) => [f.rule, f.stated]), [['total', '370']]);
  });
});

// Falkstein: ARSR 3rd (2022), 2nd (2023), 3rd (2024); sub-index (2023 and 2024 only) 1st in both.
const resorts = createEngine({ dataset: alpineWithSubIndex() });
const rankFindings = (text: string) => seenFindings(resorts, text, new Set(['rank', 'rank-years'])).map((f) => [f.stated, f.fix ?? f.suggestion]);

describe('which ranking: a ranking named in a later sentence of the paragraph is not the one an earlier rank speaks of', () => {
  it('reads the earlier sentence against the ranking named above it', () => {
    for (const text of [
      '# The ARSR\n\n## Falkstein\n\nFalkstein was third in 2022, second in 2023 and third in 2024. Yet it was first in the sub-index in 2023 and 2024.\n',
      'The Alpine Resort Sustainability Ranking has five resorts.\n\nFalkstein was third in 2022 and 2024. It has led the Snow-Water Sub-Index since 2023.\n',
    ])
      assert.deepEqual(rankFindings(text), [], text);
  });
  it('still reads the later sentence against the ranking it names, and a wrong rank in either', () => {
    assert.deepEqual(rankFindings('# The ARSR\n\nFalkstein was third in 2022 and 2024. In the Snow-Water Sub-Index, Falkstein ranked second in 2024.\n').map((f) => f[0]), ['second']);
    assert.deepEqual(rankFindings('# The ARSR\n\nFalkstein was first in 2022 and 2024. In the Snow-Water Sub-Index, Falkstein ranked first in 2024.\n').map((f) => f[0]), ['first']);
  });
});

describe('rank bounds: "no higher than third" bounds a place, it claims none', () => {
  it('stays silent on bounds in other words', () => {
    for (const text of [
      '# The ARSR\n\nFalkstein was second in 2023; it has not been higher than third since 2024.\n',
      '# The ARSR\n\nOstwand has been no better than fourth since 2022.\n',
      '# The ARSR\n\nGlimmerhorn has ranked below third since 2022.\n',
      '# The ARSR\n\nCortina Vale was at worst third from 2022 to 2024.\n',
    ])
      assert.deepEqual(rankFindings(text), [], text);
  });
  it('still reads the place itself', () => {
    assert.deepEqual(rankFindings('# The ARSR\n\nOstwand has been fourth since 2022.\n').map((f) => f[0]), ['since 2022']);
  });
});

describe('rank spans: a span before a move belongs to the place moved from', () => {
  it('stays silent when the span is the earlier place’s', () => {
    for (const text of [
      '# The ARSR\n\nOstwand has climbed from fifth (last) in 2022–2023 to fourth in 2024.\n',
      '# The ARSR\n\nOstwand was fifth, last, in 2022–2023, then fourth in 2024.\n',
    ])
      assert.deepEqual(rankFindings(text), [], text);
  });
  it('still checks a span that is the place’s own', () => {
    assert.deepEqual(rankFindings('# The ARSR\n\nOstwand was fourth in 2022–2023.\n').map((f) => f[0]), ['2022–2023']);
  });
});

// Labs of two countries for the country-qualified groups.
const countryLabs = createEngine({
  dataset: labSurvey({
    entities: [{ id: 'mwezi', name: 'Mwezi Lab', aliases: ['Mwezi'], kind: 'organisation', country: 'Kenya' }, { id: 'jua', name: 'Jua Lab', aliases: ['Jua'], kind: 'organisation', country: 'Kenya' }],
    metrics: [{ id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers', 'publications'] }],
  }),
});

describe('counted totals: a group qualified by a country takes no statements of entities elsewhere', () => {
  const rules = new Set(['total']);
  it('stays silent when the statements before are of other countries’ entities', () => {
    const text = 'Tembo grew from 120 papers in 2016 to 210 in 2025, while Nyota fell from 90 to 80. The two Kenyan labs published 500 papers between them in 2025.\n';
    assert.deepEqual(seenFindings(countryLabs, text, rules), []);
  });
  it('stays silent when the figures just before are other countries’ or other entities’', () => {
    for (const text of [
      'Tembo published 210 papers in 2025. Nyota published 80 papers in 2025. Together the two Kenyan labs published 500 papers in 2025.\n',
      'Tembo published 210 papers in 2025. Nyota published 80 papers in 2025. Mwezi and Nyota, the two smaller labs, together put out 380 papers in 2025.\n',
    ])
      assert.deepEqual(seenFindings(countryLabs, text, rules), [], text);
  });
  it('still sums the figures just before when they are the group’s', () => {
    assert.deepEqual(seenFindings(countryLabs, 'Mwezi published 210 papers in 2025. Jua published 80 papers in 2025. Together the two Kenyan labs published 300 papers in 2025.\n', rules).map((f) => f.stated), ['300']);
    assert.deepEqual(seenFindings(countryLabs, 'Mwezi published 210 papers in 2025. Jua published 80 papers in 2025. Mwezi and Jua, the two Kenyan labs, together put out 300 papers in 2025.\n', rules).map((f) => f.stated), ['300']);
  });
  it('still checks the group when its statements are of that country’s entities', () => {
    const text = 'Mwezi grew from 120 papers in 2016 to 210 in 2025, while Jua fell from 90 to 80. Taken together the two Kenyan labs published 300 papers in 2025.\n';
    assert.deepEqual(seenFindings(countryLabs, text, rules).map((f) => [f.rule, f.stated]), [['total', '300']]);
  });
});

describe('combined statements: "the three," counts its parts even before a comma', () => {
  const rules = new Set(['total']);
  it('stays silent when fewer statements than the group stand before it', () => {
    const text = 'Tembo co-authored 210 papers in 2025, up from 120 in 2016. Nyota grew from 80 to 150 papers and Mwezi from 40 to 90.\n\nSummed over the three, output rose from 240 papers in 2016 to 450 in 2025.\n';
    assert.deepEqual(seenFindings(labs, text, rules), []);
  });
  it('still checks a combined statement whose group counts the statements before it', () => {
    const text = 'Tembo grew from 120 to 210 papers, Nyota from 80 to 150 papers and Mwezi from 40 to 90.\n\nSummed over the three, output rose from 240 papers in 2016 to 460 in 2025.\n';
    assert.deepEqual(seenFindings(labs, text, rules).map((f) => f.stated), ['460']);
  });
});

const seeds = createEngine({ dataset: await loadDefaultDataset() });

describe('rank method: a cue in another part of the sentence, after a semicolon, is that part’s', () => {
  const rules = new Set(['rank', 'rank-years']);
  it('reads the official edition when only the part after the semicolon speaks of the old metrics', () => {
    const text = 'In 2025, when venture-capital deals were added to the method, Tokyo–Yokohama came second in the GII cluster ranking, behind Shenzhen–Hong Kong–Guangzhou; under the pre-2025 metrics it would still have ranked first.\n';
    assert.deepEqual(seenFindings(seeds, text, rules), []);
  });
  it('still reads the old metrics in the rank’s own part', () => {
    const text = 'In 2025 Tokyo–Yokohama came second in the GII cluster ranking; under the pre-2025 metrics it would have ranked second too.\n';
    assert.deepEqual(seenFindings(seeds, text, rules).map((f) => f.stated), ['second']);
  });
});

describe('changes: "on the year" is a change over one year, not over the sentence’s years', () => {
  const rules = new Set(['percent-change', 'cagr']);
  it('stays silent when the one-year change stands beside a base of another year', () => {
    for (const text of [
      "Tembo's income reached EUR 19.0 million in 2025, up 7.3% on the year and two thirds higher than in 2016 (EUR 11.4 million).\n",
      "Tembo's income reached EUR 19.0 million in 2025, up 7.3% year on year and two thirds higher than in 2016 (EUR 11.4 million).\n",
    ])
      assert.deepEqual(seenFindings(labs, text, rules), [], text);
  });
  it('still checks a change over the sentence’s years', () => {
    const text = "Tembo's income reached EUR 19.0 million in 2025, up 76.7% on 2016 (EUR 11.4 million).\n";
    assert.deepEqual(seenFindings(labs, text, rules).map((f) => f.stated), ['76.7%']);
  });
});
