// Readings added in round 60's session: general forms of planted errors missed on the dev split, and false readings,
// each with a twin. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn } from './helpers.js';

const seen = seenIn;

// Museums: Porto Riverside Museum (Museu Ribeirinho do Porto) visits 2024 768 thousand, 2025 805 thousand; Visitor
// Experience Index: sixth in 2018, first 2023–2025, second in 2022.
const application = (line: string) =>
  `# Application to the Heritage Fund\n\n**${line}** Museu Ribeirinho do Porto (Porto Riverside Museum), Porto\n\n## 2. The applicant and its track record\n\nIn 2025 the museum welcomed 768,000 visits.\n`;
describe('an application’s "Applicant:" line names who writes it', () => {
  it('so "the museum" in a later section is the applicant', () => {
    assert.deepEqual(seen('museums', application('Applicant:'), ['dataset-value']), [['dataset-value', '768,000']]);
    assert.deepEqual(seen('museums', application('Submitted by:'), ['dataset-value']), [['dataset-value', '768,000']]);
  });
  it('but a line naming the organisation as the subject of the document does not', () => {
    assert.deepEqual(seen('museums', application('Subject:'), ['dataset-value']), []);
  });
});

describe('a move "from sixth place in the first edition, in 2018, to the top of the table"', () => {
  it('does not date the place moved to by the place moved from', () => {
    const text = 'In the Visitor Experience Index of the European Network of Museum Audiences the Porto Riverside Museum climbed from sixth place in the first edition, in 2018, to the top of the table.\n';
    assert.deepEqual(seen('museums', text, ['rank']), []);
  });
  it('still reads a place moved from', () => {
    const text = 'In the Visitor Experience Index the Porto Riverside Museum climbed from fourth place in 2018 to the top of the table.\n';
    assert.deepEqual(seen('museums', text, ['rank']), [['rank', 'fourth']]);
  });
});

// Marine: papers 2025, ten institutes 3,650 (NIMR 726: 19.9%); 2023, 3,381. KCOD 670 papers in 2025.
describe('a member’s share of a group whose whole the sentence states ("of the ten institutes’ combined output of 3,650 papers")', () => {
  const lead = 'NIMR published 726 peer-reviewed papers in 2025. ';
  it('takes its year from the one year whose group whole is the stated one, and its subject from "It"', () => {
    const text = `${lead}It passed the Kiel Centre for Ocean Dynamics (KCOD, 670 papers in 2025) in 2023 and now accounts for 24.8% of the ten institutes’ combined output of 3,650 papers.\n`;
    assert.deepEqual(seen('marine', text, ['share']), [['share', '24.8%']]);
    assert.deepEqual(seen('marine', text.replace('24.8%', '19.9%'), ['share']), []);
  });
  it('is not read of the name the pronoun’s verb takes, nor of another year’s whole than the stated one', () => {
    assert.deepEqual(seen('marine', `${lead}It passed KCOD in 2023 and now accounts for 24.8% of the ten institutes’ combined output of 3,650 papers.\n`, ['share']), []);
    assert.deepEqual(seen('marine', `${lead}It passed KCOD in 2025 and now accounts for 24.8% of the ten institutes’ combined output of 3,950 papers.\n`, ['share']), []);
  });
});
