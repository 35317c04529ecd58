// Rule rank: a stated rank must match the ranking edition it speaks of (the stated year, else the latest edition).
import { editionFor, rankClaims } from '../context/rank-claims.js';
import { formatLike } from '../numbers.js';
import { describeSource } from './describe.js';
import type { Rule } from './rule.js';

export const rank: Rule = {
  id: 'rank',
  docs: {
    description: 'A stated rank differs from the dataset’s ranking edition.',
    details:
      'A rank ("ranked second", "2nd globally", "No. 1", "first place") is linked to a ranking named nearby (GII, cluster ranking) and to the entity it is about (not one it is compared with: "behind Shenzhen–Hong Kong–Guangzhou"). The edition is the year stated with the claim, else the latest, and the message says which. Method notes matter: a sentence about the old method ("would still rank first under the pre-2025 metrics") is checked against that method, never against the 2025 edition. Year spans are the rank-years rule’s.',
    failing: 'In the 2025 GII, Tokyo–Yokohama ranked third.\n',
    passing: 'In the 2025 GII, Tokyo–Yokohama ranked second.\n',
  },
  defaultSeverity: 'error',
  fixable: true,
  tags: ['rankings', 'dataset'],
  check(context) {
    for (const claim of rankClaims(context.doc, context.dataset)) {
      if (claim.span) continue;
      const edition = editionFor(claim.ranking, claim.year, claim.method, claim.hypothetical);
      if (!edition) continue;
      const entry = edition.ranks.find((r) => r.entity === claim.entity);
      const stated = claim.token;
      if (entry?.rank === stated.value) {
        context.verified(stated);
        continue;
      }
      if (!entry && (edition.coverage === undefined || stated.value > edition.coverage)) continue;
      const name = context.dataset.entities.get(claim.entity)?.name ?? claim.entity;
      const which = `${claim.ranking.label}, ${edition.year} edition (${edition.method}${edition.hypothetical ? ', counterfactual' : ''})${claim.year === undefined ? ' — the latest, since the text names no year' : ''}`;
      const actual = entry ? formatLike(entry.rank, stated) : undefined;
      const fix = actual ? { title: `Change the rank to ${actual}`, edits: [{ range: { start: stated.start, end: stated.end }, newText: actual }] } : undefined;
      context.report({
        range: { start: stated.start, end: stated.end },
        message: entry
          ? `${name} is ranked ${stated.text} here, but ranks ${actual} in the ${which} (${describeSource(context.dataset, edition.source)}).`
          : `${name} is ranked ${stated.text} here, but is not in the top ${edition.coverage} of the ${which}.`,
        stated: stated.text,
        expected: actual,
        reason: `ranking ${claim.ranking.id}, edition ${edition.year} (${edition.method}): ${claim.entity} = ${entry?.rank ?? `not in top ${edition.coverage}`} (source ${edition.source})`,
        ...(fix ? (claim.year !== undefined ? { fix } : { suggestions: [fix] }) : {}),
        data: { ranking: claim.ranking.id, edition: edition.year, method: edition.method, entity: claim.entity, rank: entry?.rank },
      });
    }
  },
};
