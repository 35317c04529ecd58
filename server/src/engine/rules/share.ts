// Rule share: a stated share must equal part / total, in prose ("70.7% … (638 of 902)") and in tables.
import { sharePercent } from '../arithmetic.js';
import type { AnalysedSegment } from '../analysis.js';
import { growthStatements } from '../context/growth.js';
import { itemsWithin, sentenceTokens } from '../context/spans.js';
import { single, tableView } from '../context/tables.js';
import { formatLike, isConsistentAtPrecision, roundHalfAwayFromZero, type NumberToken } from '../numbers.js';
import { formatNumber } from './format.js';
import type { Rule, RuleContext } from './rule.js';

const POSSESSIVE = String.raw`(?:[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,3}[’']s?\s+)?`;
const PART_OF_TOTAL = new RegExp(String.raw`^\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?` + POSSESSIVE + '$', 'iu');
/** Between a part and its share: "638 papers were 70.7% …", "31 …, or 52.4% …", "503 (12.0% …". */
const PART_IS = /^\s*(?:[\p{L}’'-]+\s+){0,4}(?:were|was|is|are|made up|make up|makes up|accounts? for|accounted for|represent(?:s|ed)?|equal(?:s|led)?|amount(?:s|ed)? to|constitut(?:e|es|ed)|or)\s+$|^\s*\(\s*$/iu;
const PERCENT_OF_TOTAL = new RegExp(String.raw`^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?` + POSSESSIVE + '$', 'iu');

export const share: Rule = {
  id: 'share',
  docs: {
    description: 'A stated share does not equal its part divided by its total.',
    details:
      'In prose, a percentage is checked against a part and a total stated in the same sentence ("70.7% … (638 of 902)"). In a table with a count column and a share column, each row’s share is checked against its count divided by the total, taken from a "Total" row or from the caption or heading above the table ("Total Sweden-linked publications 2015–2024: 4,181"). Consistent when equal at the stated precision.',
    failing: '| Swedish institution | Co-authored publications | Share |\n|---|---:|---:|\n| Stockholm University | 2,022 | 46.4% |\n| Total | 4,181 | |\n',
    passing: '| Swedish institution | Co-authored publications | Share |\n|---|---:|---:|\n| Stockholm University | 2,022 | 48.4% |\n| Total | 4,181 | |\n',
  },
  defaultSeverity: 'error',
  fixable: true,
  tags: ['arithmetic'],
  supersedes: ['dataset-value', 'unverified'],
  check(context) {
    // Percents that state a growth rate or a change are not shares.
    const rates = new Set(growthStatements(context.doc).flatMap((s) => [...s.cagr, ...s.change].map((t) => t.start)));
    for (const segment of context.doc.segments) {
      if (segment.kind === 'cell' || !segment.tokens.some((t) => t.kind === 'percent')) continue;
      const { endpoints, inside } = rangeParts(segment);
      for (const group of sentenceTokens(segment)) {
        const tokens = group.tokens.filter((t) => !t.yearLike);
        const pairs: Array<{ part: NumberToken; total: NumberToken }> = [];
        for (let i = 0; i + 1 < tokens.length; i++) {
          const a = tokens[i]!;
          const b = tokens[i + 1]!;
          if (a.kind === 'plain' && b.kind === 'plain' && PART_OF_TOTAL.test(context.doc.text.slice(a.end, b.start))) pairs.push({ part: a, total: b });
        }
        if (pairs.length === 0) {
          // "UTokyo's 638 papers were 70.7% of the 902 combined": the part stands before the share.
          for (let i = 1; i + 1 < tokens.length; i++) {
            const [part, pct, whole] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!];
            if (pct.kind === 'percent' && !rates.has(pct.start) && part.kind === 'plain' && whole.kind === 'plain' && PERCENT_OF_TOTAL.test(context.doc.text.slice(pct.end, whole.start)) && PART_IS.test(context.doc.text.slice(part.end, pct.start))) {
              judge(context, pct, part, whole, 'sentence');
            }
          }
          continue;
        }
        if (pairs.length !== 1) continue;
        const percents = tokens.filter((t) => t.kind === 'percent' && !inside.has(t));
        const standalone = percents.filter((t) => !endpoints.has(t) && !rates.has(t.start));
        if (standalone.length === 0) continue;
        // The share is the percent nearest to the "part of total" phrase.
        const { part, total } = pairs[0]!;
        const stated = standalone.reduce((best, t) => (distance(t, part) < distance(best, part) ? t : best));
        judge(context, stated, part, total, 'sentence');
      }
    }
    for (const table of context.doc.tables) {
      const view = tableView(context.doc, table);
      if (view.shareColumn === undefined || view.countColumn === undefined || !view.total) continue;
      view.rows.forEach((row, r) => {
        if (r === view.totalRow) return;
        const stated = single(row[view.shareColumn!]);
        const part = single(row[view.countColumn!]);
        if (stated?.kind === 'percent' && part) judge(context, stated, part, view.total!.token, view.total!.where);
      });
    }
  },
};

/** The tokens that end a range ("61" and "73" of "61–73%") and those strictly inside one. */
function rangeParts(segment: AnalysedSegment): { endpoints: Set<NumberToken>; inside: Set<NumberToken> } {
  const endpoints = new Set<NumberToken>();
  const inside = new Set<NumberToken>();
  for (const r of segment.ranges) {
    endpoints.add(r.from).add(r.to);
    for (const t of itemsWithin(segment.tokens, r)) if (t !== r.from && t !== r.to) inside.add(t);
  }
  return { endpoints, inside };
}

function distance(a: NumberToken, b: NumberToken): number {
  return a.start < b.start ? b.start - a.end : a.start - b.end;
}

function judge(context: RuleContext, stated: NumberToken, part: NumberToken, total: NumberToken, where: string): void {
  const expected = sharePercent(part.value, total.value);
  if (expected === undefined) return;
  if (isConsistentAtPrecision(stated.value, stated.decimals, expected)) {
    context.verified(stated);
    return;
  }
  const newText = formatLike(roundHalfAwayFromZero(expected, stated.decimals), stated);
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `Share stated as ${stated.text}, but ${part.text} of ${total.text} is ${newText}.`,
    stated: stated.text,
    expected: newText,
    reason: `share = part / total × 100 = ${formatNumber(part.value)} / ${formatNumber(total.value)} × 100 = ${formatNumber(expected, 4)}% (total from the ${where})`,
    related: [
      { range: { start: part.start, end: part.end }, message: `part ${part.text}` },
      { range: { start: total.start, end: total.end }, message: `total ${total.text} (${where})` },
    ],
    fix: { title: `Change the share to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] },
    data: { part: part.value, total: total.value, expected },
  });
}
