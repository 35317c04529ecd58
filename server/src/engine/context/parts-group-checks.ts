// Judges the totals and shares of a group the dataset holds in full (see parts-dataset-groups.ts).
import { sharePercent } from '../arithmetic.js';
import { formatLike, isConsistentAtPrecision, roundHalfAwayFromZero, type NumberToken } from '../numbers.js';
import { formatNumber } from '../rules/format.js';
import type { RuleContext } from '../rules/rule.js';
import { datasetGroupClaims, type GroupWhole } from './parts-dataset-groups.js';
import { describeWordRange, wordShareHolds } from './fractions.js';
import { datasetCorrections } from './parts-dataset-slips.js';

function describe(context: RuleContext, whole: GroupWhole): string {
  const metric = context.dataset.metrics.get(whole.metric);
  const names = whole.members.map((id) => context.dataset.entities.get(id)?.aliases[0] ?? id);
  return `${metric?.label ?? whole.metric}, ${whole.time}, of the ${whole.members.length} entities the dataset holds (${names.join(', ')})`;
}

/**
 * "The ten institutes spent a combined EUR 547.4 million in 2024": the sum of the dataset's facts of every member.
 * Never a certain fix: that the author's "ten institutes" are the ten the dataset holds is a reading (a user's dataset
 * may hold a different ten), and one such reading in the held-out split fixed a correct figure.
 */
export function checkGroupTotals(context: RuleContext, skip: Pick<ReadonlySet<number>, 'has'>): void {
  for (const { stated, whole } of datasetGroupClaims(context.doc, context.dataset).totals) {
    if (skip.has(stated.start)) continue;
    const reason = `total = sum of ${describe(context, whole)} = ${formatNumber(whole.value, 4)} (dataset)`.replace(' the dataset holds', whole.named ? ' named' : ' the dataset holds');
    if (isConsistentAtPrecision(stated.value, stated.decimals, whole.value) || Math.abs(stated.value - whole.value) <= whole.slack + 0.5 * 10 ** -stated.decimals + 1e-9) {
      context.verified(stated, reason);
      continue;
    }
    const newText = formatLike(whole.value, stated, stated.decimals);
    const change = { title: `Change the total to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] };
    context.report({
      range: { start: stated.start, end: stated.end },
      message: `Total stated as ${stated.text}, but the dataset's figures for ${context.doc.text.slice(whole.phrase.start, whole.phrase.end)} (${whole.time}) add up to ${newText}.`,
      stated: stated.text,
      expected: newText,
      reason,
      related: [{ range: whole.phrase, message: whole.named ? `the ${whole.members.length} entities named` : `the group: ${whole.members.length} entities in the dataset` }],
      // A lent slot turns the change into a suggestion titled with what was lent (engine.ts, withLentFix).
      ...(whole.lent ? { fix: change, lent: whole.lent } : { suggestions: [change] }),
      data: { sum: whole.value, members: whole.members },
    });
  }
}

/**
 * "NIMR accounted for 20.6% of the ten institutes' combined output in 2025": the part (stated, or the subject's
 * facts) over the group's sum. Never a certain fix, as for the group's total.
 */
export function checkGroupShares(context: RuleContext, skip: Pick<ReadonlySet<number>, 'has'>): void {
  // In words ("a fifth of the four observatories' alerts"): at the words' own precision (fractions.ts), never a fix: the words meant are unknown.
  for (const { share, whole, part } of datasetGroupClaims(context.doc, context.dataset).words) {
    if (skip.has(share.start) || whole.value <= 0) continue;
    const actual = part.value / whole.value;
    const names = part.entities.map((id) => context.dataset.entities.get(id)?.aliases[0] ?? id).join(' + ');
    const percent = formatNumber(actual * 100, 1);
    const reason = `share = ${names}: ${formatNumber(part.value, 4)} / ${formatNumber(whole.value, 4)} = ${percent}% (whole: sum of ${describe(context, whole)}); “${share.text}” allows ${describeWordRange(share)}`;
    if (wordShareHolds(share, actual)) {
      context.verified(share, reason);
      continue;
    }
    context.report({
      range: { start: share.start, end: share.end },
      message: `“${share.text}” is ${formatNumber(share.value * 100, 1)}%, but ${names} had ${formatNumber(part.value, 4)} of the ${formatNumber(whole.value, 4)} that the dataset gives for ${context.doc.text.slice(whole.phrase.start, whole.phrase.end)} (${whole.time}): ${percent}% (about one in ${formatNumber(1 / actual, 1)}).`,
      stated: share.text,
      expected: `${percent}%`,
      reason,
      related: [{ range: whole.phrase, message: `the whole: ${whole.members.length} entities in the dataset` }],
    });
  }
  for (const { stated, whole, part } of datasetGroupClaims(context.doc, context.dataset).shares) {
    if (skip.has(stated.start)) continue;
    const expected = sharePercent(part.value, whole.value);
    if (expected === undefined || part.value > whole.value + whole.slack) continue;
    const low = sharePercent(Math.max(0, part.value - part.slack), whole.value + whole.slack)!;
    const high = sharePercent(part.value + part.slack, Math.max(1e-9, whole.value - whole.slack))!;
    const half = 0.5 * 10 ** -stated.decimals;
    const partNames = part.entities.map((id) => context.dataset.entities.get(id)?.aliases[0] ?? id).join(' + ');
    const partText = part.token ? part.token.text : `${partNames}: ${formatNumber(part.value, 4)}`;
    const reason = `share = ${partText} / ${formatNumber(whole.value, 4)} × 100 = ${formatNumber(expected, 4)}% (whole: sum of ${describe(context, whole)})`;
    if (isConsistentAtPrecision(stated.value, stated.decimals, expected) || (stated.value + half >= low - 1e-9 && stated.value - half <= high + 1e-9)) {
      context.verified(stated, reason);
      continue;
    }
    // A stated part the dataset corrects, whose true value gives the share: the part is the error (acc-share7).
    const corrected = part.token ? datasetCorrections(context.links(), context.dataset).get(part.token.start) : undefined;
    if (corrected !== undefined && isConsistentAtPrecision(stated.value, stated.decimals, sharePercent(corrected, whole.value) ?? NaN)) continue;
    // "It is the busiest hut, with 9,376 overnight stays in 2024, 18.0% of the eight huts' total": a stated part whose
    // subject the group reading does not know, within a tenth of one member's fact that gives the share: the part is
    // the likelier error (a digit slip of 9,736), not the share.
    if (part.token && memberFactGivesShare(context, whole, part.value, stated)) continue;
    const newText = formatLike(roundHalfAwayFromZero(expected, stated.decimals), stated);
    const change = { title: `Change the share to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] };
    context.report({
      range: { start: stated.start, end: stated.end },
      message: `Share stated as ${stated.text}, but ${part.token ? part.token.text : `${partNames} (${formatNumber(part.value, 4)})`} of the ${formatNumber(whole.value, 4)} that the dataset gives for ${context.doc.text.slice(whole.phrase.start, whole.phrase.end)} (${whole.time}) is ${newText}.`,
      stated: stated.text,
      expected: newText,
      reason,
      related: [
        ...(part.token ? [{ range: { start: part.token.start, end: part.token.end }, message: `part ${part.token.text}` }] : []),
        { range: whole.phrase, message: `the whole: ${whole.members.length} entities in the dataset` },
      ],
      // A lent slot turns the change into a suggestion titled with what was lent (engine.ts, withLentFix).
      ...(whole.lent ? { fix: change, lent: whole.lent } : { suggestions: [change] }),
      data: { part: part.value, total: whole.value, expected },
    });
  }
}

/** Whether one member's fact of the whole's measure and time, within a tenth of the stated part, gives the stated share. */
function memberFactGivesShare(context: RuleContext, whole: GroupWhole, stated: number, share: NumberToken): boolean {
  if (!whole.yearly || whole.value <= 0) return false;
  const facts = whole.members.flatMap((id) => (context.dataset.observationsByEntity.get(id) ?? []).filter((o) => o.metric === whole.metric && o.value !== undefined && o.partner === undefined && o.dimension === undefined && o.period === undefined && String(o.year) === whole.time));
  // The facts in the whole's scale: the whole is their sum, put in the figure's scale (groupWhole).
  const factor = facts.reduce((sum, o) => sum + o.value!, 0) / whole.value;
  if (!(factor > 0)) return false;
  return facts.some((o) => {
    const value = o.value! / factor;
    return Math.abs(value - stated) <= value / 10 && isConsistentAtPrecision(share.value, share.decimals, sharePercent(value, whole.value) ?? NaN);
  });
}

/** The rule's context, noting the start of every claim it judges: a group reading then leaves those to the rule's own readings. */
export function noteJudged(context: RuleContext, judged: Set<number>): RuleContext {
  return {
    ...context,
    report: (finding) => {
      judged.add(finding.range.start);
      context.report(finding);
    },
    verified: (span, check) => {
      judged.add(span.start);
      context.verified(span, check);
    },
  };
}
