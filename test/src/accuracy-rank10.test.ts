// Rank readings of round 10 (issue #8): an excepted year, the year of a compared place, a place on a fronted measure,
// a ranking named in an earlier section, and a timeline's year heading. Each reading is tested on pages that must stay
// silent (other years, other measures, other sections) as well as on pages it must flag.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDomainDataset, seenFindings, seenNotes, type SeenFinding } from './helpers.js';
import { alpineResorts, alpineWithSubIndex, places } from './made-up-datasets.js';

const RANK_RULES = new Set(['rank', 'rank-years']);
const water = createEngine({ dataset: loadDomainDataset('water') });
const health = createEngine({ dataset: loadDomainDataset('health') });
// ARSR 2022: Brennwald, Cortina Vale, Falkstein, Glimmerhorn, Ostwand; 2023: Brennwald, Falkstein, Cortina Vale,
// Glimmerhorn, Ostwand; 2024: Cortina Vale, Brennwald, Falkstein, Ostwand, Glimmerhorn. Sub-index 2023–2024 beside it.
const alpine = createEngine({ dataset: alpineWithSubIndex() });
const alpineOnly = createEngine({
  dataset: alpineResorts([
    { year: 2022, method: 'standard', source: 'arsr', ranks: places(['brw', 'ctv', 'fks', 'glh', 'osw']) },
    { year: 2023, method: 'standard', source: 'arsr', ranks: places(['brw', 'fks', 'ctv', 'glh', 'osw']) },
    { year: 2024, method: 'standard', source: 'arsr', ranks: places(['ctv', 'brw', 'fks', 'osw', 'glh']) },
  ]),
});

const seen = (engine: ReturnType<typeof createEngine>, text: string): SeenFinding[] => seenFindings(engine, text, RANK_RULES);

describe('rank: an excepted year is no edition of the claim', () => {
  it('stays silent on "in every edition except 2024" and its look-alikes', () => {
    assert.deepEqual(seen(alpineOnly, 'In the ARSR, Glimmerhorn was fourth in every edition except 2024.\n'), []);
    assert.deepEqual(seen(alpineOnly, 'In the ARSR, Ostwand finished last in every edition apart from 2024.\n'), []);
    assert.deepEqual(seen(water, 'SKWE was last in the benchmark in every edition except 2023, when it finished ninth ahead of UBWA.\n'), []);
    assert.deepEqual(seen(water, 'SKWE was tenth in the MUWB in all editions other than 2023.\n'), []);
  });

  it('still flags a place dated by its own year', () => {
    assert.deepEqual(seen(alpineOnly, 'In the ARSR, Glimmerhorn was fourth in 2024.\n'), [{ rule: 'rank', stated: 'fourth', fix: 'fifth' }]);
    assert.deepEqual(seen(water, 'SKWE was tenth in the MUWB in 2023.\n'), [{ rule: 'rank', stated: 'tenth', fix: 'ninth' }]);
  });
});

describe('rank: the year of an earlier or compared place', () => {
  it('does not date the stated place by the year of "down from fourth in 2022"', () => {
    assert.deepEqual(seen(water, 'In the benchmark, HRWC ranked fifth, down from fourth in 2022.\n'), []);
    assert.deepEqual(seen(alpineOnly, 'In the ARSR, Brennwald ranked second, down from first in 2023.\n'), []);
    assert.deepEqual(seen(alpineOnly, 'In the ARSR, Ostwand placed fourth, up from fifth in 2023.\n'), []);
  });

  it('flags the earlier place against its own year, and the stated place when it has one', () => {
    assert.deepEqual(seen(water, 'In the benchmark, HRWC ranked fifth, down from third in 2022.\n'), [{ rule: 'rank', stated: 'third', fix: 'fourth' }]);
    assert.deepEqual(seen(alpineOnly, 'In the ARSR, Brennwald ranked third in 2024, down from first in 2023.\n'), [{ rule: 'rank', stated: 'third', fix: 'second' }]);
    // "In 2024, …": the sentence's year stands outside the compared clause and still dates the place.
    assert.deepEqual(seen(alpineOnly, 'In 2024, Brennwald ranked third in the ARSR, down from first in 2023.\n'), [{ rule: 'rank', stated: 'third', fix: 'second' }]);
  });
});

describe('rank: a place on a measure named before the subject', () => {
  it('stays silent on "by household connections SDWC is first" and "On water use, …"', () => {
    assert.deepEqual(seen(water, 'The benchmark ranks the same utilities differently: by household connections SDWC is first, but it is fourth in the MUWB.\n'), []);
    assert.deepEqual(seen(alpineOnly, 'By snowfall Falkstein is first, but it is third in the ARSR.\n'), []);
    assert.deepEqual(seen(alpineOnly, 'On water use, Ostwand ranks first in the ARSR table of resorts.\n'), []);
  });

  it('reads an opening that names the ranking or turns the argument', () => {
    assert.deepEqual(seen(alpineOnly, 'By the ARSR, Falkstein is first.\n'), [{ rule: 'rank', stated: 'first', suggestion: 'third' }]);
    assert.deepEqual(seen(alpineOnly, 'By contrast, Falkstein is first in the ARSR.\n'), [{ rule: 'rank', stated: 'first', suggestion: 'third' }]);
    assert.deepEqual(seen(alpineOnly, 'On balance, Falkstein is third in the ARSR.\n'), []);
  });
});

describe('rank: a ranking named in an earlier section', () => {
  const sections = (sub: string, place: string) => `# Resorts\n\n## Overall\n\nIn the ARSR, Brennwald was first in 2023.\n\n## Water\n\n${sub}\n\n## Visitors\n\nOstwand came ${place} in 2024.\n`;

  it('is not carried past a heading once the document has named a second ranking', () => {
    // Ostwand: 4th in the 2024 ARSR, 2nd in the 2024 sub-index; the section on visitors names neither.
    assert.deepEqual(seen(alpine, sections('The Snow-Water Sub-Index began in 2023.', 'fourth')), []);
    assert.deepEqual(seen(alpine, sections('The Snow-Water Sub-Index began in 2023.', 'second')), []);
  });

  it('is carried when the document names one ranking only', () => {
    assert.deepEqual(seen(alpine, sections('Water use fell at every resort.', 'fifth')), [{ rule: 'rank', stated: 'fifth', fix: 'fourth' }]);
    assert.deepEqual(seen(alpine, sections('Water use fell at every resort.', 'fourth')), []);
  });

  it('stays silent on a score place in a section after the sub-index', () => {
    const text = '## The main index\n\nIAV topped the AHRI in 2025.\n\n## The translation sub-index\n\nIn the sub-index, CIOQ was second in 2025.\n\n## Other measures\n\nCIMA, ninth in 2025, scored 42.3. UILP came tenth with 40.6, the lowest score.\n';
    assert.deepEqual(seen(health, text), []);
  });
});

describe('rank: a timeline year heading dates the places under it', () => {
  it('checks the places of an item under "### 2018" as a note, since the year is the heading’s (lent-slots.ts, DOUBTFUL)', () => {
    const page = (item: string) => `# Timeline\n\n### 2018\n\n- The first edition of the Mekong Urban Water Benchmark appears. ${item}\n\n### 2022\n\n- The method changes.\n`;
    assert.deepEqual(seenNotes(water, page('SDWC is third and UBWA eighth.'), 'rank'), []);
    assert.deepEqual(seen(water, page('SDWC is fourth and UBWA eighth.')), []);
    assert.deepEqual(seenNotes(water, page('SDWC is fourth and UBWA eighth.'), 'rank'), [{ rule: 'rank', stated: 'fourth', suggestion: 'third' }]);
  });

  it('reads "### The 2024 edition" and "### MUWB 2023" headings, into notes', () => {
    assert.deepEqual(seen(water, '## The benchmark\n\n### The 2024 edition\n\nDNWS came first, and SDWC third.\n'), []);
    assert.deepEqual(seenNotes(water, '## The benchmark\n\n### The 2024 edition\n\nDNWS came first, and SDWC third.\n', 'rank'), [{ rule: 'rank', stated: 'first', suggestion: 'second' }]);
    assert.deepEqual(seenNotes(water, '### MUWB 2023\n\nThe Da Nang utility slipped to second place that year.\n', 'rank'), [{ rule: 'rank', stated: 'second', suggestion: 'first' }]);
    assert.deepEqual(seenNotes(water, '### MUWB 2023\n\nThe Da Nang utility held first place that year.\n', 'rank'), []);
  });

  it('stays silent under a heading with a span or a bound, or when the section names another year', () => {
    assert.deepEqual(seen(water, '### 2018–2021\n\nIn the benchmark, SDWC is second.\n'), []);
    assert.deepEqual(seen(water, '### Until 2021\n\nIn the benchmark, SDWC is second.\n'), []);
    assert.deepEqual(seen(water, '### 2018\n\nBy 2021 the network had grown.\n\nIn the benchmark, SDWC is second.\n'), []);
    assert.deepEqual(seen(water, '### 2018\n\nIn the benchmark, SDWC is second. It was third in 2020.\n'), []);
  });
});

describe('rank: places left, runs without years and a method cue of a later clause', () => {
  const seeds = createEngine({ dataset: loadDomainDataset('seeds') });

  it('stays silent on a place lost or left', () => {
    assert.deepEqual(seen(seeds, 'Tokyo–Yokohama lost first place in the GII in 2025, for the first time since the ranking began in 2017.\n'), []);
    assert.deepEqual(seen(water, 'In the benchmark, PPMWA gave up first place in 2022.\n'), []);
    assert.deepEqual(seen(alpineOnly, 'In the ARSR, Brennwald was knocked out of first place in 2024.\n'), []);
  });

  it('still reads the place a move starts from, and a place held', () => {
    assert.deepEqual(seen(alpineOnly, 'In the ARSR, Brennwald fell from second in 2023 to second in 2024.\n'), [{ rule: 'rank', stated: 'second', fix: 'first' }]);
    assert.deepEqual(seen(water, 'In the benchmark, PPMWA held first place in 2023.\n'), [{ rule: 'rank', stated: 'first', fix: 'second' }]);
  });

  it('reads no latest edition into "in every edition but the latest"', () => {
    assert.deepEqual(seen(seeds, 'The cluster ranking has been topped by Tokyo–Yokohama in every edition but the latest.\n'), []);
    assert.deepEqual(seen(alpineOnly, 'Brennwald led the ARSR in all editions except the most recent.\n'), []);
    // With no run named, the latest edition is still read.
    assert.deepEqual(seen(alpineOnly, 'Brennwald leads the ARSR table.\n'), [{ rule: 'rank', stated: 'leads' }]);
  });

  it('gives a method named in a later clause with its own rank to that rank only', () => {
    assert.deepEqual(seen(seeds, 'In the GII, Tokyo–Yokohama, knocked into second place in 2025, would still rank first under the old method.\n'), []);
    assert.deepEqual(seen(seeds, 'In the GII, Tokyo–Yokohama, knocked into third place in 2025, would still rank first under the old method.\n'), [{ rule: 'rank', stated: 'third', fix: 'second' }]);
    // A cue that opens the sentence frames every place after it.
    assert.deepEqual(seen(seeds, 'Under the old method, Tokyo–Yokohama would have been second in the 2025 GII.\n'), [{ rule: 'rank', stated: 'second', fix: 'first' }]);
  });
});

describe('rank-years and rank: "until" and a currency code between a pronoun and its antecedent', () => {
  it('leaves "from 2018 until 2022" alone when "until" may leave 2022 out', () => {
    assert.deepEqual(seen(water, 'In the benchmark, PPMWA held first place from 2018 until 2022, when DNWS overtook it.\n'), []);
    // Wrong under both readings: reported.
    assert.deepEqual(seen(water, 'In the benchmark, PPMWA held first place from 2018 until 2023, when DNWS overtook it.\n').map((f) => f.rule), ['rank-years']);
    // "to" has no exclusive reading.
    assert.deepEqual(seen(water, 'In the benchmark, PPMWA held first place from 2018 to 2022.\n').map((f) => f.rule), ['rank-years']);
  });

  it('finds the antecedent of "it" past an item that gives a sum in US dollars', () => {
    const items = (place: string) => `# PIFS in the ARII\n\n- PIFS lost two bilateral grants in 2020.\n- By 2022 they were at USD 2.7 million.\n- In the index it slid from ${place} in 2017 to ninth in 2024 and 2025.\n`;
    assert.deepEqual(seen(createEngine({ dataset: loadDomainDataset('agri') }), items('fifth')), []);
    assert.deepEqual(seen(createEngine({ dataset: loadDomainDataset('agri') }), items('fourth')), [{ rule: 'rank', stated: 'fourth', suggestion: 'fifth' }]);
    // A name that is no entity between them still leaves "it" unclear.
    assert.deepEqual(seen(createEngine({ dataset: loadDomainDataset('agri') }), items('fourth').replace('By 2022 they', 'By 2022 Pakistan’s donors')), []);
  });
});

describe('rank: the main clause after a relative clause', () => {
  const agri = createEngine({ dataset: loadDomainDataset('agri') });

  it('gives "X, which…, rose to eighth" to X', () => {
    assert.deepEqual(seen(agri, 'In the ARII, RHRS, which finished last in the first three editions, rose to seventh in 2025.\n'), []);
    assert.deepEqual(seen(agri, 'In the ARII, RHRS, which had overtaken KUCS, rose to eighth in 2025.\n'), [{ rule: 'rank', stated: 'eighth', fix: 'seventh' }]);
  });

  it('leaves a clause that does not open on a verb, or a compared antecedent, unclear', () => {
    assert.deepEqual(seen(agri, 'In the ARII, RHRS, which placed ninth in 2023, after a single year at eighth in 2025.\n'), []);
    assert.deepEqual(seen(agri, 'In the ARII, RHRS finished ahead of KUCS, which had been tenth, and was eighth in 2025.\n'), []);
  });
});

describe('rank: "and again in <year>", and the subject of a key-figures page', () => {
  const space = createEngine({ dataset: loadDomainDataset('space') });

  it('checks the place again in the second edition named', () => {
    // ASOI in the SASSI: 3rd in 2018, 2nd in 2019, 3rd in 2020, 2nd in 2021.
    assert.deepEqual(seen(space, 'In the SASSI, ASOI came second in 2019 and again in 2021.\n'), []);
    assert.deepEqual(seen(space, 'In the SASSI, ASOI came second in 2019 and again in 2020.\n'), [{ rule: 'rank', stated: 'again in 2020' }]);
    // Only the same place again: "and third in 2020" is a place of its own, "and again in 2018" goes back in time.
    assert.deepEqual(seen(space, 'In the SASSI, ASOI came second in 2019 and third in 2020.\n'), []);
    assert.deepEqual(seen(space, 'In the SASSI, ASOI came second in 2019 and again in 2018.\n'), []);
  });

  it('reads "the institute" on a page titled "Key figures: <one institute>" as that institute', () => {
    const page = (place: string) => `# Key figures 2026: the Atacama Space Observation Institute\n\n*Communications office, March 2026.*\n\n## Standing\n\nIn the SASSI, the institute came ${place} in 2019.\n`;
    assert.deepEqual(seen(space, page('second')), []);
    assert.deepEqual(seen(space, page('third')), [{ rule: 'rank', stated: 'third', suggestion: 'second' }]);
    // A title that names two institutes leaves "the institute" unclear.
    assert.deepEqual(seen(space, page('third').replace('the Atacama Space Observation Institute', 'ASOI and IBCE')), []);
  });
});

describe('rank: counts of editions and a bound between the place and its year', () => {
  const energy = createEngine({ dataset: loadDomainDataset('energy') });

  it('reads no one edition into "in five of the last six editions" or "three of the four editions since"', () => {
    assert.deepEqual(seen(energy, 'SMGL has placed third in the SAERI in five of the last six editions.\n'), []);
    assert.deepEqual(seen(energy, 'KHI, second in the SAERI in 2021 after years of steady gains, has been first in three of the four editions since.\n'), []);
    // The dated place beside it is still checked.
    assert.deepEqual(seen(energy, 'KHI, which ranked third in the SAERI in 2021, has been first in three of the four editions since.\n'), [{ rule: 'rank', stated: 'third', fix: 'second' }]);
  });

  it('does not date a place by the year after "until" in its clause', () => {
    assert.deepEqual(seen(energy, 'SAGIC had been first in every SAERI edition until KHI overtook it in 2022.\n'), []);
    assert.deepEqual(seen(energy, 'SAGIC was first in the SAERI until KHI overtook it in 2022.\n'), []);
    // A year of the place's own, before the bound, still dates it.
    assert.deepEqual(seen(energy, 'SAGIC was second in the SAERI in 2021 before KHI overtook it in 2022.\n'), [{ rule: 'rank', stated: 'second', fix: 'first' }]);
  });
});

describe('rank: "in the two editions before"', () => {
  const marine = createEngine({ dataset: loadDomainDataset('marine') });

  it('does not date the earlier editions by the sentence year', () => {
    assert.deepEqual(seen(marine, 'OML, fifth in the OSI in 2025, was sixth in the two editions before.\n'), []);
    assert.deepEqual(seen(marine, 'OML was fifth in the OSI in 2025 and sixth in the years before.\n'), []);
    assert.deepEqual(seen(marine, 'OML, fifth in the OSI in 2025, was sixth a year earlier.\n'), []);
    assert.deepEqual(seen(marine, 'OML, fifth in the OSI in 2025, was fifth a year earlier.\n'), [{ rule: 'rank', stated: 'fifth', suggestion: 'sixth' }]);
  });
});
