// Readings and look-alikes of acc-dv9 (dataset values on drafts by other authors), on a made-up dataset: a clause that
// shares the subject of the clause before it, counts in words where a count in digits is read, and a figure that equals
// another entity's fact under a subject only referred to. Each look-alike stays silent while the plain wrong claim in
// the same voice is found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const years = [2016, 2020, 2023, 2024, 2025];
const series = (entity: string, metric: string, values: number[]) => values.map((value, i) => ({ entity, metric, year: years[i], value, source: 'survey' }));

const labs = createEngine({
  dataset: labSurvey({
    metrics: [
      { id: 'staff', label: 'Research staff', unit: 'count', phrases: ['researchers', 'research staff'] },
      { id: 'trials', label: 'Field trials started', unit: 'count', phrases: ['field trials', 'trial starts'] },
      { id: 'grants', label: 'Grant income', unit: 'currency', currency: 'USD', scale: 'million', phrases: ['grant income'] },
      { id: 'score', label: 'Lake index score', unit: 'score', phrases: ['index score', 'composite score'] },
    ],
    observations: [
      ...series('tembo', 'staff', [200, 203, 206, 209, 212]),
      ...series('nyota', 'staff', [207, 210, 213, 216, 219]),
      ...series('tembo', 'trials', [10, 14, 18, 22, 26]),
      ...series('nyota', 'trials', [17, 21, 25, 29, 33]),
      ...series('tembo', 'grants', [5.5, 6.5, 7.5, 8.5, 9.5]),
      ...series('tembo', 'score', [60.5, 62.5, 64.5, 66.5, 68.5]),
      ...series('nyota', 'score', [67.5, 69.5, 71.5, 73.5, 75.5]),
    ],
  }),
});
const values = (text: string) => seenFindings(labs, `${text}\n`, new Set(['dataset-value'])).map((f) => [f.stated, f.fix ?? f.suggestion]);

describe('dataset-value: a clause that shares the subject of the clause before it', () => {
  it('reads "…, and stood at N in YEAR" as the measure the sentence opened on', () => {
    assert.deepEqual(values("Tembo's composite score rose from 60.5 in 2016 to 68.5 in 2025, and stood at 70.1 in 2024."), [['70.1', '66.5']]);
    // An apposition between the two ("a gain of 13.2%") keeps the subject.
    assert.deepEqual(values("Tembo's composite score rose from 60.5 in 2016 to 68.5 in 2025, a gain of 13.2%, and stood at 70.1 in 2024."), [['70.1', '66.5']]);
    assert.deepEqual(values("Tembo's grant income fell to USD 6.5 million in 2020, and reached USD 12.0 million in 2025."), [['USD 12.0 million', 'USD 9.5 million']]);
    // A paragraph's own number before the subject is no figure of the clause.
    assert.deepEqual(values("5.2 Tembo's composite score rose from 60.5 in 2016 to 68.5 in 2025, and stood at 70.1 in 2024."), [['70.1', '66.5']]);
  });
  it('stays silent on the right value, another subject, a counterfactual, a forecast and a measure named after a figure', () => {
    assert.deepEqual(values("Tembo's composite score rose from 60.5 in 2016 to 68.5 in 2025, and stood at 66.5 in 2024."), []);
    assert.deepEqual(values("Tembo's composite score rose from 60.5 in 2016 to 68.5 in 2025, and Nyota stood at 70.1 in 2024."), []);
    assert.deepEqual(values("Tembo's composite score rose from 60.5 in 2016 to 68.5 in 2025, and Nyota's stood at 70.1 in 2024."), []);
    assert.deepEqual(values("Tembo's composite score rose from 60.5 in 2016 to 68.5 in 2025, and would have stood at 70.1 in 2024."), []);
    assert.deepEqual(values("Tembo's composite score rose from 60.5 in 2016 to 68.5 in 2025, and is expected to reach 72.0 in 2026."), []);
    assert.deepEqual(values("Tembo's grant income fell to USD 9.5 million in 2025, and stood at USD 9.0 million on the old method."), []);
    // The subject is the entity, not the measure: "reached 250" may count anything.
    assert.deepEqual(values('Tembo hired 203 researchers in 2020, and reached 250 in 2025.'), []);
    assert.deepEqual(values('Tembo published more in 2025, scoring 68.5 in 2025, and reached 70.1 in 2024.'), []);
    // A clause with a measure of its own is read by it.
    assert.deepEqual(values("Tembo's research staff rose to 212 in 2025, and reached 150 field trials in 2024."), [['150', '22']]);
  });
});

describe('dataset-value: a clause of two conjuncts with a subject each', () => {
  it('reads the figure by the measure of its own conjunct', () => {
    assert.deepEqual(values('Tembo hired 212 researchers in 2025 and the field trials reached 40 in 2024.'), [['40', '22']]);
    assert.deepEqual(values("Tembo's research staff rose to 212 in 2025 and its field trials jumped from 14 in 2020 to 40 in 2023."), [['40', '18']]);
    assert.deepEqual(values("Tembo's research staff rose to 212 in 2025 and its field trials jumped from 14 in 2020 to 18 in 2023."), []);
  });
  it('stays silent on a subject of two measures, another entity\'s conjunct and a qualified measure', () => {
    assert.deepEqual(values("Tembo's researchers and the field trials reached 230 in 2025."), []);
    assert.deepEqual(values("Tembo's research staff rose to 212 in 2025 and Nyota's field trials reached 40 in 2024."), []);
    assert.deepEqual(values("Tembo's research staff rose to 212 in 2025 and the field trials of Nyota reached 40 in 2024."), []);
    assert.deepEqual(values("Tembo's research staff rose and the share of field trials reached 40 in 2024."), []);
  });
});

describe('dataset-value: a subject, an aside, then the verb and the figure', () => {
  it('reads the measure named before a bracketed or comma aside', () => {
    assert.deepEqual(values("Tembo's grant income (RFMA basis) reached USD 12.0 million in 2025."), [['USD 12.0 million', 'USD 9.5 million']]);
    assert.deepEqual(values("Tembo's grant income, by contrast, was USD 12.0 million in 2025."), [['USD 12.0 million', 'USD 9.5 million']]);
    assert.deepEqual(values("Tembo's grant income (RFMA basis) reached USD 9.5 million in 2025."), []);
  });
  it('stays silent when the aside changes the measure or names another party', () => {
    for (const aside of ['(cash basis)', '(in real terms)', ', at constant prices,', ', on average,', '(excluding loans)', "(Nyota's too)", ', unlike Nyota’s,', ', Nyota said,', '(see Table 2)']) {
      const text = `Tembo's grant income${aside.startsWith(',') ? '' : ' '}${aside} reached USD 12.0 million in 2025.`;
      assert.deepEqual(values(text), [], text);
    }
    assert.deepEqual(values("Tembo's research staff, per lab, was 230 in 2025."), []);
  });
});

describe('dataset-value: counts in words where a count in digits is read', () => {
  it('reads "a staff of two hundred and thirty" by the head noun of a count measure', () => {
    assert.deepEqual(values('Tembo had a staff of two hundred and thirty in 2025.'), [['two hundred and thirty', '212']]);
    assert.deepEqual(values('Tembo had a staff of two hundred and twelve in 2025.'), []);
    assert.deepEqual(values('Tembo had a staff of two hundred and thirty in 2025, by its own count.'), []);
    assert.deepEqual(values('Tembo would have a staff of two hundred and thirty in 2026.'), []);
    assert.deepEqual(values('Tembo and Nyota had a combined staff of four hundred and thirty in 2025.'), []);
    assert.deepEqual(values('By the end of two years Tembo had grown.'), []);
  });
  it('reads "started thirty trials" under a heading that names the measure', () => {
    assert.deepEqual(values('## Field trials\n\nTembo started thirty trials in 2024.'), [['thirty', '22']]);
    assert.deepEqual(values('## Field trials\n\nTembo started twenty-two trials in 2024.'), []);
    // Another kind of trial is another measure.
    assert.deepEqual(values('## Field trials\n\nTembo started thirty clinical trials in 2024.'), []);
  });
  it('reads a count in words with its own year after the measure\'s figure', () => {
    assert.deepEqual(values('Tembo started ten field trials in 2016 and thirty in 2024.'), [['thirty', '22']]);
    assert.deepEqual(values('Tembo started ten field trials in 2016 and twenty-two in 2024.'), []);
    // Another subject, a plan and another noun keep it silent.
    assert.deepEqual(values('Tembo started ten field trials in 2016; Nyota started thirty in 2024.'), []);
    assert.deepEqual(values('Tembo started ten field trials in 2016, and plans thirty in 2027.'), []);
    assert.deepEqual(values('Tembo has 212 researchers; two in 2024 left for Nyota.'), []);
    assert.deepEqual(values('Tembo ran 26 field trials in 2025; three in 2024 were abandoned.'), []);
  });
});

describe('dataset-value: a figure equal to another entity\'s fact under a subject only referred to', () => {
  it('leaves the figure alone: the referred subject may be the other entity', () => {
    // "The institute" reads as Nyota (the sentence before); 212 is Tembo's 2025 staff, the one the author may mean.
    assert.deepEqual(values('Nyota had 219 researchers in 2024. The institute had two hundred and twelve researchers in 2025.').filter(([s]) => s !== '219'), []);
    // Named in its own sentence, the entity's figure equal to another's is still reported, as a suggestion.
    assert.deepEqual(values('Nyota had 212 researchers in 2025.'), [['212', '219']]);
  });
});
