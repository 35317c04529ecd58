// Rule footnote-duplicate: the same GFM footnote label defined twice.
import type { Rule } from './rule.js';

export const footnoteDuplicate: Rule = {
  id: 'footnote-duplicate',
  docs: {
    description: 'A footnote label is defined more than once.',
    details: 'When a label is defined twice only the first definition is used; the second is dead text and usually a copy-paste slip.',
    failing: 'See the note.[^1]\n\n[^1]: Scopus, 2025.\n[^1]: SciVal, 2025.\n',
    passing: 'See the note.[^1]\n\n[^1]: Scopus and SciVal, 2025.\n',
  },
  defaultSeverity: 'error',
  fixable: false,
  tags: ['footnotes'],
  supersedes: ['unverified'],
  check(context) {
    const first = new Map<string, number>();
    for (const def of context.doc.footnoteDefs) {
      const key = def.label.toLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, def.labelSpan.start);
        continue;
      }
      const stated = context.doc.text.slice(def.labelSpan.start, def.labelSpan.end);
      context.report({
        range: def.labelSpan,
        message: `Footnote ${stated} is defined again; only the first definition is used. Merge the two notes or rename one label.`,
        stated,
        reason: 'GFM footnotes: the first definition of a label wins.',
        related: [{ range: { start: earlier, end: earlier + stated.length }, message: 'first definition' }],
      });
    }
  },
};
