// Readings and look-alikes of acc-dv11 (dataset values on drafts by other authors): a measure's own unit of measure as
// its label names it ("million m³", "USD per m³"), a count kept in millions stated in a table headed by that scale, the
// level of a stock "by 2025" and its changes by a verb of entry or exit, "In 2025 it …" referring back, a pronoun's
// figure beside a source named after it, and granularity of a bare count ("Of the ten, 45% …"). Each look-alike stays
// silent while the plain wrong claim in the same voice is found; two correct pages in voices unlike the dev drafts (a
// committee's minutes, a Q&A) stay silent on the eval domains' datasets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDomainDataset, seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const years = [2016, 2020, 2024, 2025];
const series = (entity: string, metric: string, values: number[]) => values.map((value, i) => ({ entity, metric, year: years[i], value, source: 'survey' }));

const labs = createEngine({
  dataset: labSurvey({
    metrics: [
      { id: 'boats', label: 'Survey boats in service (at 31 December)', unit: 'count', phrases: ['survey boats', 'boats'] },
      { id: 'boat-days', label: 'Boat days at sea', unit: 'count', phrases: ['boat days', 'days at sea'] },
      { id: 'samples', label: 'Water samples analysed in the year', unit: 'count', phrases: ['water samples', 'samples analysed'] },
      { id: 'pumped', label: 'Water pumped in the year, million m³', unit: 'count', scale: 'million', phrases: ['water pumped', 'pumping volume'] },
      { id: 'fee', label: 'Average household water fee, USD per m³', unit: 'rate', currency: 'USD', phrases: ['average household fee', 'water fee', 'fee'] },
    ],
    observations: [
      ...series('tembo', 'boats', [3, 5, 8, 9]),
      ...series('nyota', 'boats', [2, 2, 4, 4]),
      ...series('tembo', 'boat-days', [310, 420, 505, 560]),
      ...series('nyota', 'boat-days', [150, 170, 190, 215]),
      ...series('tembo', 'samples', [1200, 1500, 1900, 2100]),
      ...series('tembo', 'pumped', [18.2, 21.4, 25.9, 27.5]),
      ...series('nyota', 'pumped', [9.1, 9.9, 11.3, 12.6]),
      ...series('tembo', 'fee', [0.31, 0.35, 0.4, 0.44]),
    ],
  }),
});
const values = (text: string, rule = 'dataset-value') => seenFindings(labs, `${text}\n`, new Set([rule])).map((f) => [f.stated, f.fix ?? f.suggestion]);

describe('dataset-value: a unit of measure the label names is the measure’s own', () => {
  it('reads "27.9 million m³" and "cubic metres" of a measure kept in million m³', () => {
    assert.deepEqual(values('Tembo’s water pumped came to 29.7 million m³ in 2025.'), [['29.7 million', '27.5 million']]);
    assert.deepEqual(values('In 2025 the water pumped by Tembo was 29.7 million cubic metres.'), [['29.7 million', '27.5 million']]);
    assert.deepEqual(values('Tembo’s water pumped came to 27.5 million m³ in 2025.'), []);
  });
  it('stays silent on a rate of the unit, another unit, a capacity and a plan', () => {
    assert.deepEqual(values('Tembo’s water pumped came to 29.7 million m³ per day in 2025.'), []);
    assert.deepEqual(values('Tembo’s water pumped came to 29.7 million m³ a month in 2025.'), []);
    assert.deepEqual(values('Tembo’s water pumped came to 29.7 million litres in 2025.'), []);
    assert.deepEqual(values('Tembo’s pumping volume capacity was 29.7 million m³ in 2025.'), []);
    assert.deepEqual(values('Tembo’s water pumped will reach 29.7 million m³ in 2025.'), []);
  });
  it('reads a plain decimal in a table headed by the measure’s scale, not in one that names none', () => {
    assert.deepEqual(values('| Lab | Water pumped, 2025 (million m³) |\n|---|---|\n| Tembo | 29.7 |\n| Nyota | 12.6 |'), [['29.7', '27.5']]);
    assert.deepEqual(values('| Lab | Water pumped, 2025 (million m³) |\n|---|---|\n| Tembo | 27.5 |\n| Nyota | 12.6 |'), []);
    assert.deepEqual(values('| Lab | Water pumped, 2025 (m³) |\n|---|---|\n| Tembo | 29.7 |'), []);
    assert.deepEqual(values('| Lab | Water pumped, 2025 |\n|---|---|\n| Tembo | 29.7 |'), []);
  });
});

describe('dataset-value: a price per unit held as a rate with a currency', () => {
  it('reads "USD 0.47 per m³", "a cubic metre" and "/m³" as the rate its label is per', () => {
    assert.deepEqual(values('Tembo’s average household fee was USD 0.47 per m³ in 2025.'), [['USD 0.47', 'USD 0.44']]);
    assert.deepEqual(values('In 2025 Tembo charged a water fee of USD 0.47 a cubic metre.'), [['USD 0.47', 'USD 0.44']]);
    assert.deepEqual(values('The water fee at Tembo reached USD 0.47/m³ in 2025.'), [['USD 0.47', 'USD 0.44']]);
    assert.deepEqual(values('Tembo’s average household fee was USD 0.44 per m³ in 2025.'), []);
  });
  it('stays silent on another denominator, another kind of fee, another currency, real terms and a forecast', () => {
    assert.deepEqual(values('Tembo’s average household fee was USD 0.47 per household in 2025.'), []);
    assert.deepEqual(values('Tembo’s average household fee was USD 4.70 per 10 m³ in 2025.'), []);
    assert.deepEqual(values('Tembo’s industrial fee was USD 0.47 per m³ in 2025.'), []);
    assert.deepEqual(values('Tembo’s water fee for hotels was USD 0.47 per m³ in 2025.'), []);
    assert.deepEqual(values('Tembo’s average household fee was EUR 0.47 per m³ in 2025.'), []);
    assert.deepEqual(values('In real terms, Tembo’s average household fee was USD 0.41 per m³ in 2025.'), []);
    assert.deepEqual(values('Tembo’s average household fee will be USD 0.47 per m³ in 2025.'), []);
    // Another year's value: a suggestion only, as before.
    assert.deepEqual(values('Tembo’s average household fee was USD 0.40 per m³ in 2025.'), [['USD 0.40', 'USD 0.44']]);
  });
});

describe('dataset-value: a stock, its changes and its level "by" a year', () => {
  it('reads a change by a verb of entry or exit as no level of the stock', () => {
    assert.deepEqual(values('Tembo ran 7 survey boats in 2025.'), [['7', '9']]);
    for (const verb of ['bought', 'launched', 'commissioned', 'retired', 'sold', 'added', 'acquired two more', 'decommissioned'])
      assert.deepEqual(values(`Tembo ${verb} 7 survey boats in 2025.`), [], verb);
    // A measure counted over the year is no stock: its verbs are its own.
    assert.deepEqual(values('Tembo analysed 2,400 water samples in 2025.'), [['2,400', '2,100']]);
  });
  it('reads "by 2025" as the stock’s level in that year, not a flow’s sum nor a target', () => {
    assert.deepEqual(values('By 2025 Tembo had 7 survey boats.'), [['7', '9']]);
    assert.deepEqual(values('Tembo’s fleet grew from 3 survey boats in 2016 to 7 by 2025.'), [['7', '9']]);
    assert.deepEqual(values('By 2025 Tembo had 9 survey boats.'), []);
    assert.deepEqual(values('Tembo’s fleet grew from 3 survey boats in 2016 to 9 by 2025.'), []);
    assert.deepEqual(values('By 2025 Tembo had analysed 2,400 water samples.'), []);
    assert.deepEqual(values('Tembo analysed 2,400 water samples by 2025.'), []);
    assert.deepEqual(values('Tembo aims to run 12 survey boats by 2030.'), []);
    assert.deepEqual(values('By 2025 Tembo had chartered 7 survey boats.'), []);
  });
});

describe('dataset-value: a measure named by its participle phrase turned into a clause', () => {
  it('reads "analysed 2,400 samples" as the measure whose phrase is "samples analysed"', () => {
    assert.deepEqual(values('Tembo analysed 2,400 samples in 2025.'), [['2,400', '2,100']]);
    assert.deepEqual(values('In 2025 Tembo’s chemists analysed 2,400 samples.'), [['2,400', '2,100']]);
    assert.deepEqual(values('Tembo analysed 2,100 samples in 2025.'), []);
    // The verb and noun around the figure name it before another measure of the clause.
    assert.deepEqual(values('In 2025 Tembo ran 9 survey boats and analysed 2,400 samples.'), [['2,400', '2,100']]);
  });
  it('stays silent on another verb, another noun, new ones, a sum since a year and a plan', () => {
    assert.deepEqual(values('Tembo collected 2,400 samples in 2025.'), []);
    assert.deepEqual(values('Tembo analysed 2,400 soil cores in 2025.'), []);
    assert.deepEqual(values('Tembo analysed 2,400 new samples in 2025.'), []);
    assert.deepEqual(values('Tembo has analysed 2,400 samples since 2016.'), []);
    assert.deepEqual(values('Tembo will analyse 2,400 samples in 2026.'), []);
  });
});

describe('dataset-value: who a sentence opening with a time before "it" speaks of', () => {
  it('reads "In 2025 it …" and "By contrast, its …" as the one owner of the sentence before', () => {
    assert.deepEqual(values('Tembo is the larger lab. In 2025 it ran 7 survey boats.'), [['7', '9']]);
    assert.deepEqual(values('Tembo is the larger lab. By contrast, its fleet numbered 7 survey boats in 2025.'), [['7', '9']]);
    assert.deepEqual(values('Tembo is the larger lab. In 2025 it ran 9 survey boats.'), []);
  });
  it('stays silent when the sentence before names two owners, and on a source named after the figure', () => {
    assert.deepEqual(values('Tembo and Nyota share a harbour. In 2025 it ran 7 survey boats.'), []);
    assert.deepEqual(values('Tembo is the larger lab. In 2025 it also chartered 40 boat days from Nyota.'), []);
    assert.deepEqual(values('Tembo is the larger lab. In 2025 it logged 40 boat days with Nyota.'), []);
    assert.deepEqual(values('In 2025 Nyota logged 240 boat days.'), [['240', '215']]);
  });
});

describe('granularity: a bare count that opens the sentence is the whole', () => {
  it('reads "Of the ten, 45% …" and "Of the 12, 35% …"', () => {
    assert.deepEqual(values('The survey covers ten labs. Of the ten, 45% cut their fees in 2025.', 'granularity'), [['45%', '40%']]);
    assert.deepEqual(values('Of the 12, 35% cut their fees in 2025.', 'granularity'), [['35%', '33%']]);
  });
  it('stays silent on a reachable share, a hedge, a share of something else and a year', () => {
    assert.deepEqual(values('Of the ten, 40% cut their fees in 2025.', 'granularity'), []);
    assert.deepEqual(values('Of those eleven, 45% cut their fees in 2025.', 'granularity'), []);
    assert.deepEqual(values('Of the ten, about 45% cut their fees in 2025.', 'granularity'), []);
    assert.deepEqual(values('Of the ten, 45% of their income came from grants.', 'granularity'), []);
    assert.deepEqual(values('Of the top ten, 45% were coastal labs.', 'granularity'), []);
    assert.deepEqual(values('Of the 2024 total, 45% came from grants.', 'granularity'), []);
  });
});

describe('acc-dv11 pages in other voices on the eval domains', () => {
  const water = createEngine({ dataset: loadDomainDataset('water') });
  const marine = createEngine({ dataset: loadDomainDataset('marine') });
  const minutes = [
    '# Mekong Water Utilities Network: minutes of the technical committee, 12 March 2026',
    '',
    '1. The chair noted that the Phnom Penh utility’s water production was 260.1 million m³ in 2025, against 249.2 million m³ in 2024.',
    '2. PPMWA’s average residential tariff was USD 0.42 per m³ in 2025; its commercial tariff was USD 0.61 per m³.',
    '3. PPMWA’s treatment capacity will reach 300 million m³ a year once the fourth plant opens in 2027.',
    '4. PPMWA recruited 120 staff in 2025 and ended the year with 1,362.',
    '5. By 2025 the Phnom Penh utility had 512,000 household connections; it connected 25,000 new households that year.',
    '6. In real terms, PPMWA’s average tariff was USD 0.39 per m³ in 2025.',
    '7. The bulk tariff paid by industrial estates was USD 0.55 per m³ in 2025.',
    '8. PPMWA’s production capacity was 300 million m³ in 2025.',
    '',
    '| Utility | Water produced, 2025 (million m³) | Connections, 2025 (thousands) |',
    '|---|---|---|',
    '| PPMWA | 260.1 | 512 |',
  ].join('\n');
  it('stays silent on correct minutes and finds the same minutes’ wrong figures', () => {
    assert.deepEqual(seenFindings(water, `${minutes}\n`, new Set(['dataset-value', 'granularity'])), []);
    const wrong = minutes.replace('was 260.1', 'was 270.1').replace('was USD 0.42 per m³', 'was USD 0.45 per m³').replace('| 260.1 |', '| 206.1 |');
    assert.deepEqual(
      seenFindings(water, `${wrong}\n`, new Set(['dataset-value'])).map((f) => [f.stated, f.fix]),
      [
        ['270.1 million', '260.1 million'],
        ['USD 0.45', 'USD 0.42'],
        ['206.1', '260.1'],
      ],
    );
  });
  it('stays silent on a Q&A whose pronoun subject chartered days from another institute', () => {
    const qa = '# Q&A with NIMR’s fleet director\n\n**Q: How large is the fleet today?**\n\nA: We bought two vessels in 2025 and sold one, so NIMR ended 2025 with 6 research vessels.\n\n**Q: And the Bergen institute’s ship days?**\n\nA: In 2025 it logged 709 ship days. In 2025 it also chartered 40 days from KCOD.\n';
    assert.deepEqual(seenFindings(marine, qa, new Set(['dataset-value'])), []);
  });
});
