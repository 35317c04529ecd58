// Rule bibliography-numbering: gaps, repeats and disorder in a numbered bibliography.
import { findBibliography } from '../context/bibliography.js';
import type { Rule } from './rule.js';

export const bibliographyNumbering: Rule = {
  id: 'bibliography-numbering',
  docs: {
    description: 'A numbered bibliography skips, repeats or reorders numbers.',
    details: 'Entries are expected to run 1, 2, 3, … without gaps or repeats, so that every citation number has exactly one entry.',
    failing: '## References\n\n1. OECD (2025).\n2. WIPO (2025).\n4. JVCA (2023).\n',
    passing: '## References\n\n1. OECD (2025).\n2. WIPO (2025).\n3. JVCA (2023).\n',
  },
  defaultSeverity: 'warning',
  fixable: false,
  tags: ['citations'],
  supersedes: ['unverified'],
  check(context) {
    const bibliography = findBibliography(context.doc);
    if (!bibliography) return;
    let expected = 1;
    const seen = new Set<number>();
    for (const entry of bibliography.entries) {
      if (seen.has(entry.number)) {
        context.report({ range: entry.span, message: `Bibliography entry ${entry.number} is numbered again; expected ${expected}.`, stated: String(entry.number), expected: String(expected), reason: 'Each number is used once.' });
      } else if (entry.number > expected) {
        const missing = entry.number - 1 === expected ? `${expected}` : `${expected}–${entry.number - 1}`;
        context.report({ range: entry.span, message: `Bibliography numbering jumps to ${entry.number}: entry ${missing} is missing.`, stated: String(entry.number), expected: String(expected), reason: 'Entries run 1, 2, 3, … without gaps.' });
      } else if (entry.number < expected) {
        context.report({ range: entry.span, message: `Bibliography entry ${entry.number} is out of order; expected ${expected}.`, stated: String(entry.number), expected: String(expected), reason: 'Entries are listed in ascending order.' });
      }
      seen.add(entry.number);
      expected = Math.max(expected, entry.number + 1);
    }
  },
};
