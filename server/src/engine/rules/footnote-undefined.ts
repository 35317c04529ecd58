// Rule footnote-undefined: a GFM footnote call [^x] whose definition is missing.
import type { Rule } from './rule.js';

export const footnoteUndefined: Rule = {
  id: 'footnote-undefined',
  docs: {
    description: 'A footnote is cited (`[^x]`) but never defined.',
    details: 'Every GFM footnote call needs a definition `[^x]: …` somewhere in the document; otherwise the reader is left with a dangling marker.',
    failing: 'The share rose to 9.6%.[^share]\n',
    passing: 'The share rose to 9.6%.[^share]\n\n[^share]: Sweden-linked publications as a share of all international co-authorship, 2015–2024.\n',
  },
  defaultSeverity: 'error',
  fixable: false,
  tags: ['footnotes'],
  supersedes: ['unverified'],
  check(context) {
    const defined = new Set(context.doc.footnoteDefs.map((d) => d.label.toLowerCase()));
    for (const ref of context.doc.footnoteRefs) {
      if (defined.has(ref.label.toLowerCase())) continue;
      const stated = context.doc.text.slice(ref.start, ref.end);
      context.report({
        range: { start: ref.start, end: ref.end },
        message: `Footnote ${stated} is cited but never defined: add a definition "[^${ref.label}]: …" or remove the call.`,
        stated,
        reason: 'GFM footnotes: every call needs a matching definition.',
      });
    }
  },
};
