// Rule footnote-unused: a GFM footnote definition no call refers to.
import type { Rule } from './rule.js';

export const footnoteUnused: Rule = {
  id: 'footnote-unused',
  docs: {
    description: 'A footnote is defined but never cited.',
    details: 'A definition `[^x]: …` that no `[^x]` call refers to is not rendered by most Markdown renderers, so its note silently disappears.',
    failing: 'GERD reached 3.44% of GDP in 2023.\n\n[^gerd]: OECD Main Science and Technology Indicators.\n',
    passing: 'GERD reached 3.44% of GDP in 2023.[^gerd]\n\n[^gerd]: OECD Main Science and Technology Indicators.\n',
  },
  defaultSeverity: 'warning',
  fixable: false,
  tags: ['footnotes'],
  supersedes: ['unverified'],
  check(context) {
    const cited = new Set(context.doc.footnoteRefs.map((r) => r.label.toLowerCase()));
    for (const def of context.doc.footnoteDefs) {
      if (cited.has(def.label.toLowerCase())) continue;
      const stated = context.doc.text.slice(def.labelSpan.start, def.labelSpan.end);
      context.report({
        range: def.labelSpan,
        message: `Footnote ${stated} is defined but never cited: cite it with ${stated} or remove the definition.`,
        stated,
        reason: 'GFM footnotes: a definition without a call is not rendered.',
      });
    }
  },
};
