// Rule percent-change: a stated percent change must follow from its endpoints: (final − initial) / initial.
import { percentChange as changeOf } from '../arithmetic.js';
import { comparedMultiples } from '../context/compared-multiples.js';
import { endpointValues, roundingBounds, withinBounds } from '../context/endpoint-bounds.js';
import { clauseOf, growthStatements, type GrowthStatement, type StatedMultiple } from '../context/growth.js';
import { formatLike, isConsistentAtPrecision, roundHalfAwayFromZero, type NumberToken } from '../numbers.js';
import { formatNumber } from './format.js';
import type { Rule, RuleContext } from './rule.js';

const RISE = /\b(?:up|ris\w*|rose|grew|grow\w*|increas\w*|climb\w*|gain\w*|jump\w*|expand\w*|higher|more)\b/i;

function clauseText(text: string, statement: GrowthStatement, stated: NumberToken): string {
  const clause = clauseOf(text, statement.sentence, stated.start);
  return text.slice(clause.start, clause.end);
}

export const percentChange: Rule = {
  id: 'percent-change',
  docs: {
    description: 'A stated percent change does not follow from its start and end values.',
    details:
      'The change is (final − initial) / initial × 100, with the endpoints read from the same sentence ("from 287 … to 638 (+122%)"). A stated sign, or a word such as "down" or "fell", gives the direction. Consistent when equal at the stated precision. The fix keeps the author’s sign and percent style.',
    failing: 'UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+112%).\n',
    passing: 'UTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%).\n',
  },
  defaultSeverity: 'error',
  fixable: true,
  tags: ['arithmetic'],
  supersedes: ['dataset-value', 'unverified'],
  check(context) {
    const statements = growthStatements(context.doc);
    const owned = new Set(statements.flatMap((s) => s.multiples.map((m) => m.start)));
    for (const { multiple, smaller, larger } of comparedMultiples(context.doc)) {
      if (!owned.has(multiple.start)) checkMultiple(context, smaller, larger, multiple, 'against');
    }
    for (const statement of statements) {
      for (const stated of statement.points) checkDifference(context, statement, stated, 'points');
      for (const stated of statement.absolute) checkDifference(context, statement, stated, 'absolute');
      for (const multiple of statement.multiples) checkMultiple(context, statement.initial, statement.final, multiple, '→');
      const values = endpointValues(statement.initial, statement.final);
      const expected = changeOf(values.initial, values.final);
      if (expected === undefined) continue;
      const bounds = roundingBounds(statement.initial, statement.final, changeOf);
      for (const stated of statement.change) {
        // An unsigned change takes its direction from the words of its own clause ("fell by 20%"), not the sentence's.
        const hasSign = stated.style.sign !== '';
        const decline = statement.declines.has(stated);
        const signed = hasSign ? stated.value : decline ? -Math.abs(stated.value) : Math.abs(stated.value);
        if (isConsistentAtPrecision(signed, stated.decimals, expected) || (!hasSign && !decline && !RISE.test(clauseText(context.doc.text, statement, stated)) && isConsistentAtPrecision(Math.abs(stated.value), stated.decimals, Math.abs(expected)))) {
          context.verified(stated, `change = (${statement.final.text} − ${statement.initial.text}) / ${statement.initial.text} × 100 = ${formatNumber(expected, 4)}%`);
          continue;
        }
        // Between two percentages, "+3%" often means points: that reading is no error, and a wrong value has no certain fix.
        const betweenPercents = statement.initial.kind === 'percent';
        if (betweenPercents && isConsistentAtPrecision(signed, stated.decimals, statement.final.value - statement.initial.value)) continue;
        // After "then", the change may count from the chain's first value: that reading is no error, and a wrong value has no certain fix.
        const fromChainStart = statement.chainStart && changeOf(statement.chainStart.value, statement.final.value);
        if (fromChainStart !== undefined && isConsistentAtPrecision(signed, stated.decimals, fromChainStart)) continue;
        const rounded = roundHalfAwayFromZero(hasSign ? expected : Math.abs(expected), stated.decimals);
        // Without a sign, a word carries the direction; when the direction is wrong, no number fixes it.
        const sameDirection = hasSign || (decline ? expected <= 0 : expected >= 0) || !RISE.test(clauseText(context.doc.text, statement, stated));
        const newText = formatLike(rounded, stated);
        context.report({
          range: { start: stated.start, end: stated.end },
          message: `Change stated as ${stated.text}, but ${statement.initial.text} → ${statement.final.text} is a change of ${newText}.`,
          stated: stated.text,
          expected: newText,
          reason: `percent change = (final − initial) / initial × 100 = (${formatNumber(values.final)} − ${formatNumber(values.initial)}) / ${formatNumber(values.initial)} × 100 = ${formatNumber(expected, 4)}%`,
          related: endpoints(statement),
          ...(sameDirection && !betweenPercents && !statement.chainStart ? fixOrSuggestion(`Change to ${newText}`, { start: stated.start, end: stated.end }, newText, !withinBounds(signed, stated.decimals, bounds)) : {}),
          data: { initial: values.initial, final: values.final, expected },
        });
      }
    }
  },
};

/**
 * A certain fix, or only a suggestion when the reading leaves room: rounded endpoints ("1.2 million → 1.5 million") may
 * round from figures that give the stated change, so the author may be right.
 */
function fixOrSuggestion(title: string, range: { start: number; end: number }, newText: string, certain: boolean) {
  const edit = { title, edits: [{ range, newText }] };
  return certain ? { fix: edit } : { suggestions: [edit] };
}

function endpoints(statement: Pick<GrowthStatement, 'initial' | 'final'>): Array<{ range: { start: number; end: number }; message: string }> {
  return [
    { range: { start: statement.initial.start, end: statement.initial.end }, message: `initial value ${statement.initial.text}` },
    { range: { start: statement.final.start, end: statement.final.end }, message: `final value ${statement.final.text}` },
  ];
}

/** A difference in percentage points ("a gain of 3.5 points") or in the statement's own unit ("(+351)"): final − initial. */
function checkDifference(context: RuleContext, statement: GrowthStatement, stated: NumberToken, kind: 'points' | 'absolute'): void {
  const expected = statement.final.value - statement.initial.value;
  if (!Number.isFinite(expected)) return;
  const hasSign = stated.style.sign !== '';
  const decline = statement.declines.has(stated);
  const signed = hasSign ? stated.value : decline ? -Math.abs(stated.value) : Math.abs(stated.value);
  const check = `difference = ${statement.final.text} − ${statement.initial.text} = ${formatNumber(expected, 4)}`;
  if (isConsistentAtPrecision(signed, stated.decimals, expected)) {
    context.verified(stated, check);
    return;
  }
  const unsignedOk = !hasSign && !decline && !RISE.test(clauseText(context.doc.text, statement, stated));
  if (unsignedOk && isConsistentAtPrecision(Math.abs(stated.value), stated.decimals, Math.abs(expected))) {
    context.verified(stated, check);
    return;
  }
  const sameDirection = hasSign || (decline ? expected <= 0 : expected >= 0) || unsignedOk;
  const rounded = roundHalfAwayFromZero(hasSign ? expected : Math.abs(expected), stated.decimals);
  const newText = formatLike(rounded, stated);
  const what = kind === 'points' ? 'percentage points' : 'difference';
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `Difference stated as ${stated.text}${kind === 'points' ? ' points' : ''}, but ${statement.initial.text} → ${statement.final.text} is ${newText}${kind === 'points' ? ' points' : ''}.`,
    stated: stated.text,
    expected: newText,
    reason: `${what} = final − initial = ${formatNumber(statement.final.value)} − ${formatNumber(statement.initial.value)} = ${formatNumber(expected, 4)}`,
    related: endpoints(statement),
    ...(sameDirection ? { fix: { title: `Change to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] } } : {}),
    data: { initial: statement.initial.value, final: statement.final.value, expected },
  });
}

/**
 * "more than doubled", "nearly fourfold", "2.4 times over", "five times as many": the ratio final / initial (or larger /
 * smaller, for two figures compared) must fit the words. No fix: words are the author's.
 */
function checkMultiple(context: RuleContext, initial: NumberToken, final: NumberToken, multiple: StatedMultiple, link: '→' | 'against'): void {
  const statement = { initial, final };
  const values = endpointValues(initial, final);
  if (values.initial <= 0 || values.final < 0) return;
  const ratio = values.final / values.initial;
  const f = multiple.factor;
  const wrong =
    multiple.qualifier === 'more' ? ratio <= f :
    multiple.qualifier === 'less' ? ratio >= f * 1.02 || ratio < f * 0.8 :
    Math.abs(ratio / f - 1) > 0.15;
  if (!wrong) {
    context.verified(multiple, `multiple = ${final.text} / ${initial.text} = ${formatNumber(ratio, 4)}`);
    return;
  }
  const said = { more: 'more than', less: 'just under', about: 'about', exact: '' }[multiple.qualifier];
  context.report({
    range: { start: multiple.start, end: multiple.end },
    message: `"${multiple.text}" says ${said ? `${said} ` : ''}×${formatNumber(f)}, but ${link === '→' ? `${initial.text} → ${final.text}` : `${final.text} against ${initial.text}`} is ×${formatNumber(ratio, 2)}.`,
    stated: multiple.text,
    expected: `×${formatNumber(ratio, 2)}`,
    reason: `multiple = ${link === '→' ? 'final / initial' : 'larger / smaller'} = ${formatNumber(values.final)} / ${formatNumber(values.initial)} = ${formatNumber(ratio, 4)}`,
    related: link === '→' ? endpoints(statement) : [
      { range: { start: final.start, end: final.end }, message: `larger figure ${final.text}` },
      { range: { start: initial.start, end: initial.end }, message: `smaller figure ${initial.text}` },
    ],
    data: { initial: values.initial, final: values.final, expected: ratio },
  });
}


