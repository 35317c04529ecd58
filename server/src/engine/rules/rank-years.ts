// Rule rank-years: the year span of a rank claim ("first from 2017 to 2024") must match the editions that hold it.
import { editionFor, rankClaims } from '../context/rank-claims.js';
import type { Rule } from './rule.js';

export const rankYears: Rule = {
  id: 'rank-years',
  docs: {
    description: 'The year span of a rank claim does not match the ranking’s editions.',
    details:
      'For "ranked first from 2017 to 2024" every year of the span must have an edition (under the method the text speaks of) in which the entity holds that rank. The message names the years that fail: a year before the first edition, or an edition with another rank. The span the dataset supports is offered as a suggestion, since the author may have meant another rank instead.',
    failing: 'Tokyo–Yokohama ranked first in the GII cluster ranking from 2016 to 2024.\n',
    passing: 'Tokyo–Yokohama ranked first in the GII cluster ranking from 2017 to 2024.\n',
  },
  defaultSeverity: 'error',
  fixable: false,
  tags: ['rankings', 'dataset'],
  supersedes: ['unverified'],
  check(context) {
    const withSpan = rankClaims(context.doc, context.dataset).filter((c) => c.span && !c.top);
    // One span read by several ranks ("2017–2025: 1st … 2nd …" in one line) belongs to none of them.
    const ranksBySpan = new Map<number, Set<number>>();
    for (const c of withSpan) ranksBySpan.set(c.span!.start, (ranksBySpan.get(c.span!.start) ?? new Set()).add(c.token.value));
    const done = new Set<number>();
    for (const claim of withSpan) {
      const span = claim.span!;
      if (ranksBySpan.get(span.start)!.size > 1 || done.has(span.start)) continue;
      done.add(span.start);
      const from = span.from.value;
      const to = span.to.value;
      if (to < from || to - from > 100) continue;
      const years = context.dataset.rankings.get(claim.ranking.id)!.editions.map((e) => e.year);
      const first = Math.min(...years);
      const problems: string[] = [];
      const holding: number[] = [];
      for (let year = from; year <= to; year++) {
        const edition = editionFor(claim.ranking, year, claim.method, claim.hypothetical);
        if (!edition) {
          problems.push(year < first ? `${year}: no edition (the first is ${first})` : `${year}: no edition in the dataset`);
          continue;
        }
        const entry = edition.ranks.find((r) => r.entity === claim.entity);
        if (entry?.rank === claim.token.value) holding.push(year);
        else problems.push(`${year}: ${entry ? `ranked ${entry.rank}` : `not in the top ${edition.coverage ?? edition.ranks.length}`} (${edition.method})`);
      }
      if (problems.length === 0) {
        context.verified(span);
        continue;
      }
      const name = context.dataset.entities.get(claim.entity)?.name ?? claim.entity;
      const run = longestRun(holding);
      const suggestion = run ? `${run[0]}${span.joiner}${run[1]}` : undefined;
      context.report({
        range: { start: span.start, end: span.end },
        message: `${name} is said to rank ${claim.token.text} in ${span.text}, but ${problems.join('; ')}.${suggestion ? ` The dataset supports ${suggestion}.` : ''}`,
        stated: span.text,
        expected: suggestion,
        reason: `ranking ${claim.ranking.id}: editions ${[...new Set(years)].sort().join(', ')}`,
        related: [{ range: { start: claim.token.start, end: claim.token.end }, message: `rank ${claim.token.text}` }],
        ...(suggestion ? { suggestions: [{ title: `Change the span to ${suggestion}`, edits: [{ range: { start: span.start, end: span.end }, newText: suggestion }] }] } : {}),
      });
    }
  },
};

function longestRun(years: number[]): [number, number] | undefined {
  let best: [number, number] | undefined;
  let start = years[0];
  for (let i = 0; i < years.length; i++) {
    if (i > 0 && years[i] !== years[i - 1]! + 1) start = years[i];
    if (start !== undefined && (!best || years[i]! - start > best[1] - best[0])) best = [start, years[i]!];
  }
  return best;
}
