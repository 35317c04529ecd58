// Rule citation-undefined: a numeric citation (<sup>12</sup>, [12]) with no entry in the numbered bibliography.
import { findBibliography, findCitations } from '../context/bibliography.js';
import type { Rule } from './rule.js';

export const citationUndefined: Rule = {
  id: 'citation-undefined',
  docs: {
    description: 'A numeric citation points to a bibliography entry that does not exist.',
    details: 'Citations written as `<sup>12</sup>`, `<sup>9,10</sup>`, `[12]` or `[3–5]` are matched against the numbered list under a "Bibliography" or "References" heading. A document without such a section is not checked.',
    failing: 'Japan’s GERD reached 3.44% of GDP.<sup>29</sup>\n\n## Bibliography\n\n- <sup>1</sup> OECD. *Main Science and Technology Indicators*. (2025).\n',
    passing: 'Japan’s GERD reached 3.44% of GDP.<sup>1</sup>\n\n## Bibliography\n\n- <sup>1</sup> OECD. *Main Science and Technology Indicators*. (2025).\n',
  },
  defaultSeverity: 'error',
  fixable: false,
  tags: ['citations'],
  supersedes: ['unverified'],
  check(context) {
    const bibliography = findBibliography(context.doc);
    if (!bibliography || bibliography.entries.length === 0) return;
    const numbers = new Set(bibliography.entries.map((e) => e.number));
    const highest = Math.max(...numbers);
    for (const citation of findCitations(context.doc, bibliography)) {
      if (numbers.has(citation.number)) continue;
      context.report({
        range: citation.span,
        message: `Citation ${citation.number} has no entry in the bibliography ("${bibliography.heading.text.replace(/^[#\s]+/, '').trim()}" lists ${numbers.size} entries, numbered up to ${highest}).`,
        stated: String(citation.number),
        reason: 'Every numeric citation needs a numbered bibliography entry.',
        related: [{ range: { start: bibliography.heading.start, end: bibliography.heading.end }, message: 'the bibliography' }],
      });
    }
  },
};
