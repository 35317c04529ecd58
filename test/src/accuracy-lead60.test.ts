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
