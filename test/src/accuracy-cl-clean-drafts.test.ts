// Silence on clean drafts: every way an author cites a bibliography entry, and whole clean drafts in made-up domains
// (test/fixtures/clean-drafts/) that must give no finding at all.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings, type SeenFinding } from './helpers.js';

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
