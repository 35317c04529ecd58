// Readings and look-alikes of acc-dv10 (dataset values on drafts by other authors): a share per partner country named by
// its adjective or short form, words after a measure that restate it or name its partner, the subject of an opening
// adverbial ("At Tembo, …"), a year in brackets after the measure, a label | value table whose corner names the subject
// and its year, and a plain count never settled by a money fact of another measure. Each look-alike stays silent while
// the plain wrong claim in the same voice is found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDomainDataset, seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const years = [2016, 2020, 2023, 2024, 2025];
const series = (entity: string, metric: string, values: number[]) => values.map((value, i) => ({ entity, metric, year: years[i], value, source: 'survey' }));
const shares = (entity: string, values: Record<string, number>) => Object.entries(values).map(([partner, value]) => ({ entity, metric: 'partner-share', period: '2021–2025', partner, value, source: 'survey' }));

const labs = createEngine({
  dataset: labSurvey({
    entities: [
      { id: 'norway', name: 'Norway', aliases: [], kind: 'country' },
      { id: 'kenya', name: 'Kenya', aliases: [], kind: 'country' },
      { id: 'united-kingdom', name: 'United Kingdom', aliases: [], kind: 'country' },
    ],
    metrics: [
      { id: 'boats', label: 'Survey boats in service', unit: 'count', phrases: ['survey boats', 'boats'] },
      { id: 'grants', label: 'Grant income received', unit: 'currency', currency: 'USD', scale: 'million', phrases: ['grant income', 'external grants'] },
      { id: 'intl-papers', label: 'Internationally co-authored papers', unit: 'count', phrases: ['internationally co-authored papers', 'international co-publications'] },
      { id: 'partner-share', label: 'Share of internationally co-authored papers with at least one co-author in the partner country', unit: 'percent', phrases: ['co-authorship share', 'share with partner'] },
      { id: 'outlay-share', label: 'Research outlay as a share of turnover', unit: 'percent', phrases: ['of turnover', 'research intensity'] },
    ],
    observations: [
      ...series('tembo', 'boats', [3, 4, 5, 6, 7]),
      ...series('nyota', 'boats', [2, 3, 4, 5, 6]),
      ...series('tembo', 'grants', [5.5, 6.5, 7.5, 8.5, 9.5]),
      ...series('nyota', 'grants', [4.5, 5.5, 6.4, 7.4, 8.4]),
      ...series('tembo', 'outlay-share', [2.1, 2.2, 2.3, 2.4, 2.5]),
      ...shares('tembo', { norway: 31.4, kenya: 22.6, 'united-kingdom': 18.2 }),
      ...shares('nyota', { norway: 12.5, kenya: 40.3, 'united-kingdom': 9.9 }),
    ],
  }),
});
const values = (text: string) => seenFindings(labs, `${text}\n`, new Set(['dataset-value'])).map((f) => [f.stated, f.fix ?? f.suggestion]);

describe('dataset-value: a share per partner country named by adjective or short form', () => {
  it('reads the partner after the figure, or before it, in a sentence that names what the share is of', () => {
    assert.deepEqual(values("Of Tembo's internationally co-authored papers in 2021–2025, 31.4% had a Norwegian co-author, against 26.2% with a Kenyan one and 18.2% with a UK one."), [['26.2%', '22.6%']]);
    assert.deepEqual(values("In 2021–2025, 13.4% of Tembo's international co-publications had a co-author from Norway."), [['13.4%', '31.4%']]);
    assert.deepEqual(values("In 2021–2025, 28.1% of Tembo's internationally co-authored papers had British co-authors."), [['28.1%', '18.2%']]);
    assert.deepEqual(values("Tembo's co-authorship share with Kenya was 26.2% in 2021–2025."), [['26.2%', '22.6%']]);
  });
  it('stays silent on the right value, another base, two partners, a region, another period and another subject', () => {
    assert.deepEqual(values("Of Tembo's internationally co-authored papers in 2021–2025, 31.4% had a Norwegian co-author, against 22.6% with a Kenyan one and 18.2% with a UK one."), []);
    // A share of all papers is another measure than a share of the internationally co-authored ones.
    assert.deepEqual(values("In 2021–2025, 13.4% of Tembo's papers had a Norwegian co-author."), []);
    assert.deepEqual(values("In 2021–2025, 13.4% of Tembo's internationally co-authored papers had a Norwegian or a Kenyan co-author."), []);
    assert.deepEqual(values("In 2021–2025, 13.4% of Tembo's internationally co-authored papers had an East African co-author."), []);
    assert.deepEqual(values("In 2016–2020, 13.4% of Tembo's internationally co-authored papers had a Norwegian co-author."), []);
    assert.deepEqual(values("In 2021–2025, 13.4% of Tembo's internationally co-authored papers would have had a Norwegian co-author on the old count."), []);
    // The figure is another subject's (Nyota's Norwegian share): reported, but with a suggestion only.
    const other = seenFindings(labs, "In 2021–2025, 12.5% of Tembo's internationally co-authored papers had a Norwegian co-author.\n", new Set(['dataset-value']));
    assert.deepEqual(other.map((f) => [f.stated, f.fix, f.suggestion]), [['12.5%', undefined, '31.4%']]);
    assert.deepEqual(values('In 2021–2025, 13.4% of Norwegian co-authors worked with Tembo.'), []);
  });
});

describe('dataset-value: words after the measure that restate it', () => {
  it('reads "spent N% of turnover on research" as the measure whose words those are', () => {
    assert.deepEqual(values('Tembo spent 3.4% of turnover on research in 2024.'), [['3.4%', '2.4%']]);
    assert.deepEqual(values('Tembo spent 2.4% of turnover on research in 2024.'), []);
    assert.deepEqual(values('Tembo spent 3.4% of turnover on marine sampling in 2024.'), []);
    assert.deepEqual(values('Tembo would spend 3.4% of turnover on research in 2024.'), []);
  });
});

describe('dataset-value: the subject of an opening adverbial', () => {
  it('reads "At Tembo, …" as the subject of the clause right after it', () => {
    assert.deepEqual(values("At Tembo, external grants reached USD 10.5 million in 2025, up from USD 5.5 million in 2016; Nyota's rose to USD 8.4 million."), [['USD 10.5 million', 'USD 9.5 million']]);
    assert.deepEqual(values("For Tembo, grant income was USD 10.5 million in 2025; Nyota's was USD 8.4 million."), [['USD 10.5 million', 'USD 9.5 million']]);
  });
  it('stays silent on the right value, a clause with its own subject, a group and a comparison', () => {
    assert.deepEqual(values("At Tembo, external grants reached USD 9.5 million in 2025; Nyota's rose to USD 8.4 million."), []);
    assert.deepEqual(values("At Tembo and Nyota, external grants reached USD 10.5 million in 2025; Nyota's rose to USD 8.4 million."), []);
    assert.deepEqual(values("At Tembo, the median lab's grant income reached USD 10.5 million in 2025; Nyota's rose to USD 8.4 million."), []);
    assert.deepEqual(values("At Tembo, external grants reached USD 10.5 million in 2025 on the old method; Nyota's rose to USD 8.4 million."), []);
    assert.deepEqual(values("At Tembo, external grants are expected to reach USD 10.5 million in 2025; Nyota's rose to USD 8.4 million."), []);
  });
});

describe('dataset-value: a year in brackets after the measure', () => {
  it('reads "Tembo\'s grant income (2024) was …" for that year', () => {
    assert.deepEqual(values("Tembo's grant income (2024) was USD 9.4 million."), [['USD 9.4 million', 'USD 8.5 million']]);
    assert.deepEqual(values("Tembo's grant income (2024) was USD 8.5 million."), []);
    // Another year in the clause leaves the time in doubt; a forecast is no fact.
    assert.deepEqual(values("Tembo's grant income (2024) was USD 9.4 million in 2025."), []);
    assert.deepEqual(values("Tembo's grant income (2024) would be USD 9.4 million."), []);
    assert.deepEqual(values("Tembo's grant income (2016–2020) was USD 9.4 million."), []);
  });
});

describe('dataset-value: a label | value table whose corner names the subject and its year', () => {
  it('reads the rows for the corner\'s subject and year', () => {
    assert.deepEqual(values('| Tembo, 2025 | Value |\n| --- | --- |\n| Survey boats | 8 |\n| Grant income (USD million) | 10.5 |'), [['8', '7'], ['10.5', '9.5']]);
    assert.deepEqual(values('| Tembo, 2025 | Value |\n| --- | --- |\n| Survey boats | 7 |\n| Grant income (USD million) | 9.5 |'), []);
    assert.deepEqual(values('| Tembo, 2024 | Value |\n| --- | --- |\n| Survey boats | 8 |'), [['8', '6']]);
    // Another year's figure of the same subject may be that year's: never a certain fix.
    assert.deepEqual(seenFindings(labs, '| Tembo, 2024 | Value |\n| --- | --- |\n| Survey boats | 7 |\n', new Set(['dataset-value'])).filter((f) => f.fix), []);
    assert.deepEqual(values('| Tembo, 2024 | Value |\n| --- | --- |\n| Survey boats | 6 |'), []);
  });
  it('never settles a count by a money fact of another measure', () => {
    // 8 equals no boat count of Tembo; USD 8.5 million of grants is no count of boats.
    assert.deepEqual(values('| Tembo, 2025 | Value |\n| --- | --- |\n| Survey boats | 8.5 |'), []);
    // With no year, the one count it may be is none of Tembo's: nothing settles it, nothing reports it.
    assert.deepEqual(values('| Tembo | Value |\n| --- | --- |\n| Survey boats | 9.5 |'), []);
  });
});

describe('dataset-value: the acc-dv10 readings on the eval domains', () => {
  const health = createEngine({ dataset: loadDomainDataset('health') });
  const space = createEngine({ dataset: loadDomainDataset('space') });
  const found = (engine: typeof health, text: string) => seenFindings(engine, `${text}\n`, new Set(['dataset-value'])).map((f) => [f.stated, f.fix ?? f.suggestion]);
  it('reads partner shares by adjective, and stays silent on the right ones', () => {
    assert.deepEqual(found(health, "In 2021–2025, 27.1% of IAV's internationally co-authored papers had a Spanish co-author."), [['27.1%', '21.7%']]);
    assert.deepEqual(found(health, "In 2021–2025, 28.4% of IAV's internationally co-authored papers had a US co-author."), [['28.4%', '38.4%']]);
    assert.deepEqual(found(health, "In 2021–2025, 21.7% of IAV's internationally co-authored papers had a Spanish co-author, and 38.4% a US one."), []);
    assert.deepEqual(found(health, "In 2021–2025, 27.1% of IAV's internationally co-authored papers had a Latin American co-author."), []);
  });
  it('reads an opening adverbial and a bracketed year', () => {
    assert.deepEqual(found(space, "At CSRC, external grants reached USD 18.9 million in 2023; IBCE's rose to USD 22.2 million in 2025."), [['USD 18.9 million', 'USD 13.9 million']]);
    assert.deepEqual(found(space, "CSRC's external funding (2023) was USD 18.9 million."), [['USD 18.9 million', 'USD 13.9 million']]);
    assert.deepEqual(found(space, "CSRC's external funding (2023) was USD 13.9 million."), []);
  });
});

describe('dataset-value: "respectively" pairs figures with subjects or years in order', () => {
  it('reads each figure as the subject or year at its place', () => {
    assert.deepEqual(values('Tembo and Nyota ran 8 and 6 survey boats in 2025, respectively.'), [['8', '7']]);
    assert.deepEqual(values("Tembo's and Nyota's grant income came to USD 9.5 million and USD 9.1 million in 2025, respectively."), [['USD 9.1 million', 'USD 8.4 million']]);
    assert.deepEqual(values('Tembo ran 5 and 9 survey boats in 2023 and 2024, respectively.'), [['9', '6']]);
  });
  it('stays silent without "respectively", on lists of unequal length, a forecast, a group and swapped figures', () => {
    assert.deepEqual(values('Tembo and Nyota ran 7 and 6 survey boats in 2025, respectively.'), []);
    assert.deepEqual(values('Tembo and Nyota ran 8 and 5 survey boats in 2025.'), []);
    assert.deepEqual(values('Tembo, Nyota and the third lab ran 8 and 5 survey boats in 2025, respectively.').filter(([s]) => s === '8'), []);
    assert.deepEqual(values('Tembo and Nyota ran 8 and 5 survey boats in 2025 and 2024, respectively.'), []);
    assert.deepEqual(values('Tembo and Nyota will run 9 and 8 survey boats in 2027, respectively.'), []);
    assert.deepEqual(values('Tembo and Nyota ran a combined 8 and 5 survey boats in 2025, respectively.'), []);
    // Swapped: each figure is the other subject's, so neither is reported.
    assert.deepEqual(values('Tembo and Nyota ran 6 and 7 survey boats in 2025, respectively.'), []);
  });
});

describe('dataset-value: list items under a lead-in that names the subject and the time', () => {
  it('reads "label: value" and "N noun" items for the lead-in\'s subject and year', () => {
    assert.deepEqual(values('Key figures for Tembo, 2025:\n\n- Survey boats: 8\n- Grant income: USD 9.5 million'), [['8', '7']]);
    assert.deepEqual(values('Tembo in 2024:\n\n- 9 survey boats\n- USD 8.5 million of grant income'), [['9', '6']]);
    // An item's own year is its time.
    assert.deepEqual(values('Tembo in 2025:\n\n- 9 survey boats in 2024'), [['9', '6']]);
  });
  it('stays silent on right values, two subjects, a plan, another method, an item of another subject and a lead-in without a colon', () => {
    assert.deepEqual(values('Key figures for Tembo, 2025:\n\n- Survey boats: 7\n- Grant income: USD 9.5 million'), []);
    assert.deepEqual(values('Tembo and Nyota in 2025:\n\n- 9 survey boats'), []);
    assert.deepEqual(values('Tembo targets for 2025:\n\n- 9 survey boats'), []);
    assert.deepEqual(values('Tembo in 2025, on the revised method:\n\n- 9 survey boats'), []);
    assert.deepEqual(values('Tembo in 2025, against 2016:\n\n- 9 survey boats'), []);
    assert.deepEqual(values('Tembo in 2025:\n\n- Nyota: 6 survey boats'), []);
    assert.deepEqual(values('Tembo in 2025.\n\n- 9 survey boats'), []);
  });
});

describe('dataset-value: a count in words paired with its own year', () => {
  it('reads "five … in 2025 and seven in 2016" for 2016, as digits are', () => {
    assert.deepEqual(values('Tembo ran seven survey boats in 2025 and eleven in 2016.'), [['eleven', '3']]);
    assert.deepEqual(values('Tembo ran seven survey boats in 2025 and three in 2016.'), []);
    assert.deepEqual(values('Tembo ran seven survey boats in 2025; Nyota ran eleven in 2016.'), []);
  });
});

describe('dataset-value: money that came in, named by a receipt noun', () => {
  it('reads "receipts", "disbursements" and "payments from <its source>" as the one money measure received', () => {
    assert.deepEqual(values("Tembo's receipts peaked in 2024 at USD 9.4 million."), [['USD 9.4 million', 'USD 8.5 million']]);
    assert.deepEqual(values("Tembo's grant disbursements stood at USD 9.4 million in 2024."), [['USD 9.4 million', 'USD 8.5 million']]);
    assert.deepEqual(values("Tembo's payments from grant makers reached USD 9.4 million in 2024."), [['USD 9.4 million', 'USD 8.5 million']]);
  });
  it('stays silent on the right value, money paid out, another source, repayments and a forecast', () => {
    assert.deepEqual(values("Tembo's receipts peaked in 2024 at USD 8.5 million."), []);
    assert.deepEqual(values("Tembo's payments to suppliers were USD 9.4 million in 2024."), []);
    assert.deepEqual(values('Payments by Tembo were USD 9.4 million in 2024.'), []);
    assert.deepEqual(values("Tembo's receipts from ticket sales were USD 9.4 million in 2024."), []);
    assert.deepEqual(values("Tembo's loan repayments were USD 9.4 million in 2024."), []);
    assert.deepEqual(values("Tembo's receipts are expected to reach USD 9.4 million in 2024."), []);
    assert.deepEqual(values("Tembo's receipts would have stood at USD 9.4 million in 2024."), []);
  });
});
