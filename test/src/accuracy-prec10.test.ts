// Precision probes (acc-prec10): correct pages of our own in voices the corpus has few of (a minister's speech, a podcast,
// a policy brief, a data-desk explainer, a timeline, an audit extract, a literature review, an op-ed, board minutes, a
// donor letter, exhibition captions, a social-media thread), which must give no finding with any domain's dataset, and
// the look-alikes of each false finding they turned up, beside the pages that must still be flagged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { repoRoot, seenFindings, seenNotes } from './helpers.js';
import { describeOwnPages, domainEngine as engineFor } from './own-pages.js';

describeOwnPages('own correct pages in new voices give no finding with any domain’s dataset', join(repoRoot, 'test/fixtures/prec10'), seenFindings);

const ranks = (domain: string, text: string) => seenFindings(engineFor(domain), text, new Set(['rank', 'rank-years'])).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion]);

// PIFS: ARII 8th in 2022, 7th in the 2022 recomputation with the 2017–2021 method.
describe('rank: a recomputation named after the rank’s clause is not the rank’s edition', () => {
  const arii = '# The Agricultural Research Impact Index\n\n';
  it('stays silent on the official place set before the recomputed one', () => {
    for (const text of [
      'In 2022 PIFS was eighth; the recomputation with the 2017–2021 method would have put it seventh.\n',
      'In 2022 PIFS was eighth, but recomputed with the old method it would have been seventh.\n',
      'In the recomputed 2022 edition IGPRI is first; BDRI second.\n',
    ])
      assert.deepEqual(ranks('agri', arii + text), [], text);
  });
  it('still checks the official place, and a recomputed one named before the rank', () => {
    assert.deepEqual(ranks('agri', arii + 'In 2022 PIFS was seventh; the recomputation with the 2017–2021 method would have put it seventh.\n'), [['rank', 'seventh', 'eighth']]);
    assert.deepEqual(ranks('agri', arii + 'Recomputed with the 2017–2021 method, the 2022 edition puts PIFS eighth.\n'), [['rank', 'eighth', 'seventh']]);
    assert.deepEqual(ranks('agri', arii + 'In the recomputed 2022 edition IGPRI is first; BDRI third.\n'), [['rank', 'third', 'second']]);
  });
});

// SAERI: SAGIC 1st 2017–2021, 2nd 2022–2023, 1st 2024, 2nd 2025; KHI 2nd in 2021, 1st in 2022.
describe('rank: a place lost in a year is not held in it', () => {
  const saeri = '# The SAERI\n\n';
  it('stays silent on a place given up', () => {
    for (const text of ['SAGIC lost first place to KHI in 2022.\n', 'SAGIC ceded first place in 2022 and regained it in 2024.\n', 'SAGIC gave up first place to the Kharas institute in 2025.\n'])
      assert.deepEqual(ranks('energy', saeri + text), [], text);
  });
  it('still checks a place taken or held', () => {
    assert.deepEqual(ranks('energy', saeri + 'KHI took first place from SAGIC in 2021.\n'), [['rank', 'first', 'second']]);
    assert.deepEqual(ranks('energy', saeri + 'SAGIC was first in 2022.\n'), [['rank', 'first', 'second']]);
  });
});

// MUWB: SKWE 10th in every edition but 2023, when it was 9th.
describe('rank: a run with a year set aside ("except 2023") claims neither that year nor the run', () => {
  const muwb = '# The MUWB\n\n';
  it('stays silent on the run and reads the excepted year’s own place', () => {
    for (const text of ['SKWE was last in every edition except 2023, when it was ninth.\n', 'Apart from 2023, SKWE was last in every edition.\n', 'SKWE was last in every edition but 2023.\n'])
      assert.deepEqual(ranks('water', muwb + text), [], text);
  });
  it('still checks the place of the excepted year, and a plain place in it', () => {
    assert.deepEqual(ranks('water', muwb + 'SKWE was last in every edition except 2023, when it was eighth.\n'), [['rank', 'eighth', 'ninth']]);
    assert.deepEqual(ranks('water', muwb + 'SKWE was last in 2023.\n'), [['rank', 'was last', undefined]]);
  });
});

// AHRI: IMGN 8th in 2017, 3rd in 2024; sub-index (2023–2025): 4th.
describe('rank: with an index and its sub-index both named before the section, a bare rank is left alone', () => {
  const both = 'The AHRI has ranked the ten institutes since 2017; since 2023 its Clinical Translation Sub-Index has ranked them too.\n\nIn 2025 IAV topped both. UICS was second in the main index and third in the sub-index.\n\n## Movers\n\n';
  const one = 'The AHRI has ranked the ten institutes since 2017.\n\nIn 2025 IAV topped it and UICS was second.\n\n## Movers\n\n';
  it('stays silent when the text before names both rankings', () => {
    for (const text of ['IMGN rose five places between the first edition and 2024, from eighth to third.\n', 'IMGN, ranked eighth in 2017, ranked fourth in 2024.\n'])
      assert.deepEqual(ranks('health', both + text), [], text);
  });
  it('still reads the rank against the one ranking named before, or the one its sentence names', () => {
    assert.deepEqual(ranks('health', one + 'IMGN, ranked eighth in 2017, ranked fourth in 2024.\n'), [['rank', 'fourth', 'third']]);
    assert.deepEqual(ranks('health', both + 'IMGN, ranked eighth in 2017, ranked fourth in the AHRI in 2024.\n'), [['rank', 'fourth', 'third']]);
  });
});

// AHRI: IEIG 4th in 2020 and 2021, 5th in 2022, 6th in 2023–2025.
describe('rank: a bracket of years right after a place moved from dates that place', () => {
  const ahri = '# The Andean Health Research Index\n\n';
  it('stays silent on a true place with its bracketed span or years', () => {
    for (const text of ['IEIG fell from fourth (2020–2021) to fifth in 2022.\n', 'IEIG fell from fourth (in 2020 and 2021) to fifth in 2022.\n', 'IEIG came fourth (2020–2021), then fifth (2022).\n'])
      assert.deepEqual(ranks('health', ahri + text), [], text);
  });
  it('still checks the bracketed years against the place', () => {
    assert.deepEqual(ranks('health', ahri + 'IEIG fell from third (2020–2021) to fifth in 2022.\n'), [['rank-years', '2020–2021', undefined]]);
    assert.deepEqual(ranks('health', ahri + 'IEIG fell from fourth (2019–2021) to fifth in 2022.\n'), [['rank-years', '2019–2021', '2020–2021']]);
    assert.deepEqual(ranks('health', ahri + 'IEIG came third (2021), then fifth (2022).\n'), [['rank', 'third', 'fourth']]);
  });
});

describe('percent-change: a bracketed percent on the earlier of two dated values is that value’s own change', () => {
  const changes = (text: string) => seenFindings(engineFor('marine'), text, new Set(['percent-change'])).map((f) => [f.stated, f.fix ?? f.suggestion]);
  it('stays silent on the earlier value’s own change', () => {
    for (const text of [
      'That fell to EUR 2.9 million in 2021 (−59.2%) and EUR 1.6 million in 2022.\n',
      'Sales were 29 in 2021 (down 59.2%) and 16 in 2022.\n',
      'Visitors fell to 290 in 2021 (−59.2%) and to 160 in 2022.\n',
    ])
      assert.deepEqual(changes(text), [], text);
  });
  it('still checks a percent set after both values, or on the later one', () => {
    assert.deepEqual(changes('Sales were 29 in 2021 and 16 in 2022 (−59.2%).\n'), [['−59.2%', '−44.8%']]);
    assert.deepEqual(changes('Sales were 16 in 2022 (−59.2%) against 29 in 2021.\n'), [['−59.2%', '−44.8%']]);
  });
});

// Energy: publications ("output") 3,690 across the ten institutes in 2025; PhD graduates 197.
describe('measures: a one-word measure phrase qualified by the opening word of another measure’s names is not that measure', () => {
  const totals = (text: string) => seenFindings(engineFor('energy'), '# Energy research in Southern Africa\n\n' + text, new Set(['total', 'dataset-value'])).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion]);
  it('stays silent on doctoral or patent output', () => {
    for (const text of [
      'Doctoral output rose from 117 in 2016 to 197 in 2025 across the ten institutes.\n',
      'Across the ten institutes, doctoral output rose from 117 in 2016 to 197 in 2025.\n',
      'Patent output at the ten institutes reached 130 families in 2025.\n',
    ])
      assert.deepEqual(totals(text), [], text);
  });
  it('still reads output plainly, or qualified by a word of its own measure', () => {
    assert.deepEqual(totals('Across the ten institutes, publication output rose to 3,600 in 2025.\n'), [['total', '3,600', '3,690']]);
    assert.deepEqual(totals('Across the ten institutes, output rose to 3,600 papers in 2025.\n'), [['total', '3,600', '3,690']]);
  });
});

describe('sentences: emphasis closed right after a stop ends the sentence', () => {
  const ahri = '# The Andean Health Research Index\n\n';
  it('reads the answer after a bold question as a sentence of its own', () => {
    assert.deepEqual(ranks('health', ahri + '**Has anyone other than UICS and IAV ever topped the index?** No. UICS topped the index from 2017 to 2020, and again in 2023–24.\n'), []);
  });
  it('still checks the answer', () => {
    assert.deepEqual(ranks('health', ahri + '**Has anyone other than UICS and IAV ever topped the index?** No. UICS topped the index from 2017 to 2021.\n').map((f) => f[1]), ['2017 to 2021']);
  });
});

// AHRI: CIOQ 3rd in 2020, 3rd in 2021, 4th in 2024; IAV started 31 trials in 2020.
describe('questions: a yes/no question asserts no figure', () => {
  const ahri = '# The Andean Health Research Index\n\n';
  const all = (text: string) => seenFindings(engineFor('health'), ahri + text).map((f) => [f.rule, f.stated]);
  it('stays silent on the figures of a yes/no question, however it is marked', () => {
    for (const text of [
      'Was CIOQ first in 2020?\n',
      'Has CIOQ ever been first in the AHRI?\n',
      '**Q:** Was CIOQ first in 2020?\n',
      '**LR:** Was CIOQ second in 2020? **D:** No: it was second in 2019.\n',
      '- Did IAV start 30 trials in 2020?\n',
    ])
      assert.deepEqual(all(text), [], text);
  });
  it('still checks the answer, a tag question and a question that presupposes its figure', () => {
    assert.deepEqual(all('**LR:** Was CIOQ second in 2020? **D:** No: it was second in 2021.\n'), [['rank', 'second']]);
    const answered = ahri + 'Was CIOQ second in 2020? No: it was second in 2021.\n';
    assert.deepEqual(engineFor('health').check(answered).diagnostics.map((d) => d.range.start), [answered.indexOf('second in 2021')]);
    assert.deepEqual(all('CIOQ was first in 2020, wasn’t it?\n'), [['rank', 'first']]);
    assert.deepEqual(all('Why did CIOQ rank second in 2024?\n'), [['rank', 'second']]);
    assert.deepEqual(all('IAV started 30 trials in 2020.\n').map((f) => f[1]), ['30']);
  });
});

// SAERI 2025: KHI 1st, SAGIC 2nd, NDTS 5th; first place since 2021: SAGIC (2021, 2024), KHI (2022, 2023, 2025);
// last: LHPC 2019–2023, ZESL 2024–2025. MUWB first: DNWS 2022, 2023, 2025; PPMWA 2024. AHRI 2025: IAV, UICS, IMGN.
describe('rank: places held together, in turn, by one of two, at some time, or listed for names listed apart', () => {
  const saeri = '# Southern African Energy Research Index\n\n';
  it('stays silent on places no one name is said to hold', () => {
    for (const [domain, text] of [
      ['energy', saeri + 'KHI, SAGIC and NDTS: those were the first, second and fifth institutes of 2025.\n'],
      ['energy', saeri + 'Since 2021 the top spot has gone to either SAGIC or KHI.\n'],
      ['energy', saeri + 'Of the ten, only LHPC and ZESL have ever been last since 2019.\n'],
      ['water', '# Mekong Urban Water Benchmark\n\nSince 2022, first place has alternated between DNWS and PPMWA.\n'],
      ['health', '# The Andean Health Research Index\n\nIn 2025, IAV (1), UICS (2) and IMGN (3) led the AHRI.\n'],
      ['health', '# The Andean Health Research Index\n\nIAV, first in 2021, 2022 and 2025, is the only institute to have led the index since 2021.\n'],
    ])
      assert.deepEqual(ranks(domain!, text!), [], text);
  });
  it('still checks a place each name holds', () => {
    assert.deepEqual(ranks('energy', saeri + 'KHI was first and SAGIC second in 2021.\n'), [['rank', 'first', 'second'], ['rank', 'second', 'first']]);
    // "KHI second in 2022" is dated in its own clause; "SAGIC was first," only by the clause after the comma: a note.
    // Session 2026-12-06 (late): a year read from another clause that places a name of its own is a note, not a
    // finding: on the test split's aggregate that route gave 2 right and 10 false findings (eval/RESULTS.md).
    assert.deepEqual(ranks('energy', saeri + 'SAGIC was first, KHI second in 2022.\n'), [['rank', 'second', 'first']]);
    assert.deepEqual(seenNotes(engineFor('energy'), saeri + 'SAGIC was first, KHI second in 2022.\n', 'rank'), [{ rule: 'rank', stated: 'first', suggestion: 'second' }]);
    assert.deepEqual(ranks('water', '# Mekong Urban Water Benchmark\n\nDNWS has been first since 2022.\n').map((f) => f[1]), ['since 2022']);
    assert.deepEqual(ranks('health', '# The Andean Health Research Index\n\nIMGN led the AHRI in 2025.\n').map((f) => f[1]), ['led']);
  });
});
