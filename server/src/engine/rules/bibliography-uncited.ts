// Rule bibliography-uncited: a numbered bibliography entry that no citation refers to.
import { findBibliography, findCitations } from '../context/bibliography.js';
import { looselyCitedEntries } from '../context/citation-forms.js';
import type { Rule } from './rule.js';

export const bibliographyUncited: Rule = {
  id: 'bibliography-uncited',
  docs: {
    description: 'A numbered bibliography entry is never cited.',
    details: 'Entries of the numbered list under a "Bibliography" or "References" heading should each be cited at least once: as `<sup>N</sup>`, `[N]`, `[N, p. 4]`, "ref. N", an author–year citation "Tanaka et al. (2021)", a link to the entry\'s URL or anchor, or a superscript digit.',
    failing: 'GERD reached 3.44% of GDP.<sup>1</sup>\n\n## References\n\n1. OECD (2025).\n2. WIPO (2025).\n',
    passing: 'GERD reached 3.44% of GDP.<sup>1</sup> Tokyo–Yokohama ranked second.<sup>2</sup>\n\n## References\n\n1. OECD (2025).\n2. WIPO (2025).\n',
  },
  defaultSeverity: 'warning',
  fixable: false,
  tags: ['citations'],
  supersedes: ['unverified'],
  check(context) {
    const bibliography = findBibliography(context.doc);
    if (!bibliography) return;
    const cited = new Set(findCitations(context.doc, bibliography).map((c) => c.number));
    for (const entry of bibliography.entries) {
      if (cited.has(entry.number)) continue;
      // "ref. 3", "Tanaka et al. (2021)", a link to the entry's URL…: cited, in a form read only when needed.
      if (looselyCitedEntries(context.doc, bibliography).has(entry.number)) continue;
      context.report({
        range: entry.span,
        message: `Bibliography entry ${entry.number} is never cited in the text.`,
        stated: String(entry.number),
        reason: 'Every bibliography entry should be cited at least once.',
      });
    }
  },
};
