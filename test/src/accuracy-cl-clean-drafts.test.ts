// Silence on clean drafts: every way an author cites a bibliography entry, and whole clean drafts in made-up domains
// (test/fixtures/clean-drafts/) that must give no finding at all.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, loadDataset } from 'factlint';
import { datasetOf, repoRoot, seenFindings, type SeenFinding } from './helpers.js';

const bare = createEngine({ dataset: datasetOf({}) });
const CITATION_RULES = new Set(['bibliography-uncited', 'citation-undefined', 'bibliography-numbering']);

function citationFindings(text: string): SeenFinding[] {
  return seenFindings(bare, text, CITATION_RULES);
}

/** A draft citing in `body`, with a numbered bibliography of `entries` (the texts of entries 1, 2, …). */
function draft(body: string, entries: string[]): string {
  return `${body}\n\n## References\n\n${entries.map((e, i) => `${i + 1}. ${e}`).join('\n')}\n`;
}

const uncited = (n: number): SeenFinding => ({ rule: 'bibliography-uncited', stated: String(n) });
const undefinedCitation = (n: number): SeenFinding => ({ rule: 'citation-undefined', stated: String(n) });

describe('citation forms: a cited entry is never reported uncited', () => {
  const entries = ['Harbour Board (2023). Annual returns.', 'Lindqvist, P. and Moreau, A. (2021). Kelp yields. *Coastal Ecology* 12.', 'Tide Office, gauge records, 2024.'];
  const cases: Array<[string, string]> = [
    ['adjacent brackets', 'Landings fell in 2023.[1][2] Gauges were recalibrated [3].'],
    ['a bracket before a colon inside a sentence', 'The board quotes the kelp study [2]: yields halved. See [1] and [3].'],
    ['a page locator', 'Landings fell [1, p. 14]. Yields halved [2, pp. 3–5]. Gauges drifted [3, Table 2].'],
    ['semicolons', 'Landings fell and yields halved [1; 2; 3].'],
    ['a range', 'All three sources agree [1–3].'],
    ['"ref." and "refs."', 'Landings fell (ref. 1); yields and gauges are discussed in refs. 2 and 3.'],
    ['"reference" and "sources"', 'Landings fell (reference 1). Sources 2, 3 give the rest.'],
    ['"see N" in parentheses', 'Landings fell (see 1). Yields halved (see also 2; see 3).'],
    ['escaped brackets', 'Landings fell \\[1\\], yields halved \\[2\\] and gauges drifted \\[3\\].'],
    ['superscript tags with brackets', 'Landings fell.<sup>[1]</sup> Yields halved.<sup>[2]</sup> Gauges drifted.<sup>[3]</sup>'],
    ['Unicode superscript digits', 'Landings fell.¹ Yields halved,² and gauges drifted.³'],
    ['numbered links to anchors', 'Landings fell [1](#ref-1), yields halved [[2]](#cite-2) and gauges drifted <a href="#r3">3</a>.'],
    ['author–year forms', 'The Harbour Board (2023) reports falling landings; Lindqvist and Moreau (2021) find halved yields (Tide Office 2024).'],
    ['"et al." with a year suffix', 'Landings fell (Harbour Board, 2023). Yields halved (Lindqvist et al. 2021a). Gauges: Tide Office, 2024.'],
  ];
  for (const [form, body] of cases) {
    it(`reads ${form}`, () => assert.deepEqual(citationFindings(draft(body, entries)), []));
  }
  it('reads a link to the entry’s own URL or DOI', () => {
    const withUrls = ['Harbour Board, returns, https://harbour.example.org/returns/2023/', 'Lindqvist, P. (2021). Kelp yields. doi:10.5555/kelp.2021.12', 'Tide Office (2024).'];
    const body = 'Landings fell ([returns](http://www.harbour.example.org/returns/2023)), yields halved (https://doi.org/10.5555/kelp.2021.12) [3].';
    assert.deepEqual(citationFindings(draft(body, withUrls)), []);
  });
  it('reads a numeric footnote call that has no footnote of its own as a citation of that entry', () => {
    assert.deepEqual(citationFindings(draft('Landings fell.[^1] Yields halved [2] and gauges drifted [3].', entries)), []);
  });
});

describe('citation forms: look-alikes still leave an entry uncited', () => {
  const entries = ['Harbour Board (2023).', 'Lindqvist, P. (2021). Kelp yields.', 'Tide Office (2024).'];
  it('is not fooled by a count after "see", a unit squared, a bare name or another year', () => {
    const body = 'We see 3 vessels [1]. The bay covers 40 km² (Lindqvist 2019); the Tide Office publishes tables.';
    assert.deepEqual(citationFindings(draft(body, entries)), [uncited(2), uncited(3)]);
  });
  it('is not fooled by a percentage after "sources"', () => {
    assert.deepEqual(citationFindings(draft('Landings fell [1] [2]; imports were 3% of sources 3%.', entries)), [uncited(3)]);
  });
});

describe('citation-undefined: only certain forms, never intervals, years or locators', () => {
  const entries = ['Harbour Board (2023).', 'Lindqvist (2021).'];
  it('still reports a bracket or superscript citation past the list', () => {
    assert.deepEqual(citationFindings(draft('Landings fell [1, 2]. Yields halved [4]. Gauges drifted.<sup>7</sup>', entries)), [undefinedCitation(4), undefinedCitation(7)]);
  });
  it('reports the cited number of a located citation, not the page', () => {
    assert.deepEqual(citationFindings(draft('Landings fell [1, p. 14]. Yields halved [2, pp. 30–35]. Gauges drifted [5, p. 2].', entries)), [undefinedCitation(5)]);
  });
  it('leaves editorial years, intervals and loose forms alone', () => {
    const body = 'The board [2023] revised its returns [1]; scores lie in [0, 1] [2]. See ref. 9 and (see 8).';
    assert.deepEqual(citationFindings(draft(body, entries)), []);
  });
});

// A made-up bakery-chain dataset for the cross-rule guards.
const bakeries = createEngine({
  dataset: datasetOf({
    'bakeries.json': {
      sources: [{ id: 'guild-2025', title: 'Bakery Guild Returns 2025', publisher: 'Made-up Bakers Guild', year: 2025 }],
      entities: [
        { id: 'crumb', name: 'Crumbwell Bakeries', aliases: ['Crumbwell'], kind: 'organisation' },
        { id: 'loaf', name: 'Loafton Ovens', aliases: ['Loafton'], kind: 'organisation' },
        { id: 'rye', name: 'Ryefield Bread Co', aliases: ['Ryefield'], kind: 'organisation' },
      ],
      metrics: [
        { id: 'loaves', label: 'Loaves sold', unit: 'count', phrases: ['loaves', 'loaves sold'] },
        { id: 'shops', label: 'Shops (at year end)', unit: 'count', phrases: ['shops', 'outlets'] },
      ],
      observations: [
        { entity: 'crumb', metric: 'loaves', year: 2024, value: 410000, source: 'guild-2025' },
        { entity: 'loaf', metric: 'loaves', year: 2024, value: 250000, source: 'guild-2025' },
        { entity: 'rye', metric: 'loaves', year: 2024, value: 140000, source: 'guild-2025' },
        { entity: 'crumb', metric: 'shops', year: 2024, value: 12, source: 'guild-2025' },
        { entity: 'loaf', metric: 'shops', year: 2024, value: 7, source: 'guild-2025' },
      ],
    },
  }),
});

describe('guards: a figure that is not one entity’s value gets no dataset-value finding', () => {
  const silent = [
    'The three chains sold 800,000 loaves in 2024: Crumbwell Bakeries 410,000, Loafton Ovens 250,000 and Ryefield Bread Co 140,000.\n',
    'Crumbwell Bakeries sold 51.3% of the 800,000 loaves sold in 2024.\n',
    'Together with Loafton Ovens, Crumbwell Bakeries sold 660,000 loaves in 2024.\n',
    'Crumbwell Bakeries and Loafton Ovens sold a combined 660,000 loaves in 2024.\n',
    'In 2024 Crumbwell Bakeries counted its shops of 200 m² and over separately; it had 12 shops.\n',
    'Crumbwell Bakeries sold 410,000 of the 800,000 loaves in 2024.\n',
    'Of 19 shops, Loafton Ovens had 7 shops in 2024.\n',
    'Crumbwell Bakeries, Loafton Ovens and Ryefield Bread Co sold 800,000 loaves in all in 2024.\n',
    'Had Loafton kept its shops, Crumbwell Bakeries would have sold 380,000 loaves in 2024.\n',
    'Crumbwell Bakeries aims for 500,000 loaves sold in 2024 terms by 2028, and plans to run 20 shops.\n',
    'Loafton Ovens is expected to reach 300,000 loaves in 2024.\n',
    'In 2024 Crumbwell Bakeries ran 4 shops of 300 m² and over.\n',
    '## Targets\n\nCrumbwell Bakeries: 20 shops in 2024 prices, 500,000 loaves.\n',
    'Crumbwell Bakeries led the 800,000 loaves sold by the three chains in 2024.\n',
    'Crumbwell Bakeries sold most of the 800,000 loaves sold in 2024.\n',
    'In 2024, 800,000 loaves were sold by Crumbwell Bakeries and its two rivals.\n',
    "The region's bakeries, led by Crumbwell Bakeries, sold 900,000 loaves in 2024.\n",
    "Crumbwell Bakeries' rivals sold 390,000 loaves in 2024.\n",
    'Crumbwell Bakeries has sold 2,000,000 loaves since 2020.\n',
    'Crumbwell Bakeries sold 2,000,000 loaves over the five years to 2024.\n',
    'Crumbwell Bakeries sold 41,000 loaves a month in 2024.\n',
    'Crumbwell Bakeries sold 1,100 loaves a day in 2024.\n',
  ];
  for (const text of silent) it(`stays silent on: ${text.trim()}`, () => assert.deepEqual(seenFindings(bakeries, text, new Set(['dataset-value'])), []));

  it('still reports a wrong value of one entity next to a group total', () => {
    assert.deepEqual(seenFindings(bakeries, 'The three chains sold 800,000 loaves in 2024. Crumbwell Bakeries sold 401,000 loaves in 2024.\n', new Set(['dataset-value'])), [
      { rule: 'dataset-value', stated: '401,000', fix: '410,000' },
    ]);
  });
  it('still reports a wrong value after a figure that ended a group phrase', () => {
    assert.deepEqual(seenFindings(bakeries, 'Of 19 shops in all, Loafton Ovens had 9 shops in 2024.\n', new Set(['dataset-value'])), [{ rule: 'dataset-value', stated: '9', fix: '7' }]);
  });
  it('still reports a wrong total that a breakdown follows', () => {
    assert.deepEqual(seenFindings(bakeries, 'Crumbwell Bakeries had 20 shops in 2024, including 3 franchises.\n', new Set(['dataset-value'])), [
      { rule: 'dataset-value', stated: '20', fix: '12' },
    ]);
  });
  it('stays silent on a score read from inside "83.1 out of 100"', () => {
    assert.deepEqual(seenFindings(bakeries, 'Crumbwell Bakeries scored 83.1 out of 100 in the 2024 taste test.\n', new Set(['share', 'dataset-value'])), []);
  });
  it('still reports a wrong value whose group phrase stands after a comma', () => {
    assert.deepEqual(seenFindings(bakeries, 'Crumbwell Bakeries sold 401,000 loaves in 2024, the most of the three chains.\n', new Set(['dataset-value'])), [
      { rule: 'dataset-value', stated: '401,000', fix: '410,000' },
    ]);
  });
  it('still reports a wrong value under a heading that is not about targets', () => {
    assert.deepEqual(seenFindings(bakeries, '## Results\n\nCrumbwell Bakeries had 20 shops in 2024.\n', new Set(['dataset-value'])), [{ rule: 'dataset-value', stated: '20', fix: '12' }]);
  });
  it('keeps "The 2024 figure of …" as the entity’s value', () => {
    assert.deepEqual(seenFindings(bakeries, 'For Crumbwell Bakeries, the 2024 figure of 401,000 loaves sold was a record.\n', new Set(['dataset-value'])), [
      { rule: 'dataset-value', stated: '401,000', fix: '410,000' },
    ]);
  });
});

describe('guards: a percent change of another subject is not checked against endpoints already accounted for', () => {
  const rules = new Set(['percent-change']);
  it('stays silent on coordinated changes of several subjects sharing one set of endpoints', () => {
    const text = 'Sales rose by 30.0% at the North shop (from 2,000 to 2,600) and by 12.5% at the South shop, but fell by 4.0% online.\n';
    assert.deepEqual(seenFindings(bakeries, text, rules), []);
  });
  it('stays silent on a second annual rate that belongs to another subject', () => {
    const text = 'Sales rose from 300,000 in 2019 to 410,000 in 2024 (6.4% a year), twice the national rate of 3.2% a year.\n';
    assert.deepEqual(seenFindings(bakeries, text, new Set(['cagr', 'percent-change'])), []);
  });
  it('still reports a wrong annual rate alone', () => {
    assert.deepEqual(seenFindings(bakeries, 'Sales rose from 300,000 in 2019 to 410,000 in 2024 (7.4% a year).\n', new Set(['cagr'])).map((f) => f.rule), ['cagr']);
  });
  it('still fixes a change that disagrees with its endpoints when no other percent fits them', () => {
    assert.deepEqual(seenFindings(bakeries, 'Sales rose by 35.0% at the North shop, from 2,000 to 2,600.\n', rules), [{ rule: 'percent-change', stated: '35.0%', suggestion: '30.0%' }]);
  });
});

describe('guards: a part is never read across a coordination or as larger than its whole', () => {
  const rules = new Set(['share', 'granularity']);
  it('stays silent when the next figure belongs to the next subject', () => {
    const text = "North's 680 loaves are 45.3% of the total and South's 365 loaves are 24.3%.\n";
    assert.deepEqual(seenFindings(bakeries, text, rules), []);
  });
  it('stays silent when a percent names its own whole and the next pair belongs to another', () => {
    assert.deepEqual(seenFindings(bakeries, 'Crumbwell Bakeries has 57.4% of all customers and 12 of the 19 shops.\n', rules), []);
  });
  it('still checks a share against its own part and whole', () => {
    assert.deepEqual(seenFindings(bakeries, 'Crumbwell Bakeries has 12 of the 19 shops, or 73.2%.\n', rules), [{ rule: 'share', stated: '73.2%', suggestion: '63.2%' }]);
  });
  it('still reports an impossible percent of a whole count', () => {
    assert.deepEqual(seenFindings(bakeries, 'The North shop sold out on 41.7% of 13 market days.\n', rules).map((f) => f.rule), ['granularity']);
  });
});

describe('guards: a cell under a percent header is never checked as a difference in the column’s unit', () => {
  it('stays silent on "Change (%)" and "% change" columns', () => {
    for (const header of ['Change (%)', '% change', 'Change, per cent']) {
      const table = `| Chain | 2020 | 2024 | ${header} |\n| --- | ---: | ---: | ---: |\n| North | 2,000 | 2,600 | +30.0 |\n| South | 500 | 470 | −6.0 |\n`;
      assert.deepEqual(seenFindings(bakeries, table, new Set(['percent-change'])), [], header);
    }
  });
  it('still checks a "Change" column in the table’s own unit', () => {
    const table = '| Chain | 2020 | 2024 | Change |\n| --- | ---: | ---: | ---: |\n| North | 2,000 | 2,600 | +700 |\n| South | 500 | 470 | −30 |\n';
    assert.deepEqual(seenFindings(bakeries, table, new Set(['percent-change'])), [{ rule: 'percent-change', stated: '+700', suggestion: '+600' }]);
  });
});

// Whole clean drafts (press releases, memos, papers, FAQs, table pages) in made-up domains, each domain with its own
// small dataset: dense with correct claims in tricky forms. Not one finding is expected on any of them.
describe('clean drafts in made-up domains give no finding', () => {
  const root = join(repoRoot, 'test/fixtures/clean-drafts');
  const domains = readdirSync(root).sort();
  it('has at least 15 drafts in at least 3 domains', () => {
    const drafts = domains.flatMap((d) => readdirSync(join(root, d)).filter((n) => n.endsWith('.md')));
    assert.ok(domains.length >= 3 && drafts.length >= 15, `${domains.length} domains, ${drafts.length} drafts`);
  });
  for (const domain of domains) {
    const { dataset, problems } = loadDataset([{ path: 'dataset.json', text: readFileSync(join(root, domain, 'dataset.json'), 'utf8') }]);
    const engine = createEngine({ dataset });
    for (const name of readdirSync(join(root, domain)).filter((n) => n.endsWith('.md')).sort()) {
      it(`${domain}/${name}`, () => {
        assert.deepEqual(problems, []);
        const text = readFileSync(join(root, domain, name), 'utf8');
        const result = engine.check(text);
        assert.deepEqual(seenFindings(engine, text), []);
        // The drafts are dense with claims: the engine must read and verify a good part of them, not skip them.
        assert.ok((result.state.verified ?? []).length >= 3, `${name}: only ${(result.state.verified ?? []).length} claims verified`);
      });
    }
  }
});
