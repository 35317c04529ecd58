// Rule granularity: "x% of N" must be reachable by a whole count at the stated precision (the GRIM test).
import { granularity as reachable } from '../arithmetic.js';
import { single, tableView } from '../context/tables.js';
import { formatLike, type NumberToken } from '../numbers.js';
import { formatNumber } from './format.js';
import type { Rule, RuleContext } from './rule.js';

const OF_WHOLE = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,3}[’']s?\s+)?$/iu;
const COUNT_NOUN = /^\s+[\p{L}]/u;

export const granularity: Rule = {
  id: 'granularity',
  docs: {
    description: 'A percentage of a whole count is impossible at its stated precision (GRIM test).',
    details:
      'For "x% of N" with N a whole count, some whole number k of N must give k / N × 100 = x at the stated precision. `41.7% of 13 papers` is impossible: 5 of 13 is 38.5% and 6 of 13 is 46.2%. Table rows with a share but no count are checked against the table’s total. The nearest possible values are offered as suggestions, since which count was meant is unknown.',
    failing: 'Karolinska Institutet took part in 41.7% of 13 joint papers.\n',
    passing: 'Karolinska Institutet took part in 38.5% of 13 joint papers.\n',
  },
  defaultSeverity: 'error',
  fixable: false,
  tags: ['arithmetic'],
  supersedes: ['dataset-value', 'unverified'],
  check(context) {
    for (const segment of context.doc.segments) {
      if (segment.kind === 'cell') continue;
      const tokens = segment.tokens;
      for (let i = 0; i + 1 < tokens.length; i++) {
        const stated = tokens[i]!;
        const whole = tokens[i + 1]!;
        if (stated.kind !== 'percent' || whole.kind !== 'plain' || whole.yearLike || whole.decimals !== 0 || whole.scale) continue;
        const text = context.doc.text;
        if (!OF_WHOLE.test(text.slice(stated.end, whole.start)) || !COUNT_NOUN.test(text.slice(whole.end, whole.end + 3))) continue;
        judge(context, stated, whole);
      }
    }
    for (const table of context.doc.tables) {
      const view = tableView(context.doc, table);
      if (view.shareColumn === undefined || view.countColumn !== undefined || !view.total) continue;
      view.rows.forEach((row, r) => {
        const stated = single(row[view.shareColumn!]);
        if (r !== view.totalRow && stated?.kind === 'percent') judge(context, stated, view.total!.token);
      });
    }
  },
};

function judge(context: RuleContext, stated: NumberToken, whole: NumberToken): void {
  const total = whole.value;
  if (!Number.isInteger(total) || total < 1 || stated.value < 0 || stated.value > 100) return;
  const result = reachable(stated.value, stated.decimals, total);
  if (result.reachable) {
    context.verified(stated);
    return;
  }
  const options = result.nearest.map((n) => `${formatLike(n.percent, stated)} (${n.count} of ${formatNumber(total)})`);
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `${stated.text} of ${whole.text} is impossible at this precision: no whole count of ${whole.text} gives ${stated.text}; the nearest are ${options.join(' and ')}.`,
    stated: stated.text,
    expected: options.join(' or '),
    reason: `GRIM test: k / ${formatNumber(total)} × 100 rounded to ${stated.decimals} decimal${stated.decimals === 1 ? '' : 's'} never equals ${stated.value}`,
    related: [{ range: { start: whole.start, end: whole.end }, message: `the whole: ${whole.text}` }],
    suggestions: result.nearest.map((n) => {
      const newText = formatLike(n.percent, stated);
      return { title: `Change to ${newText} (${n.count} of ${formatNumber(total)})`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] };
    }),
  });
}
