// Rule percent-change: a stated percent change must follow from its endpoints: (final − initial) / initial.
import { percentChange as changeOf } from '../arithmetic.js';
import { growthStatements } from '../context/growth.js';
import { formatLike, isConsistentAtPrecision, roundHalfAwayFromZero } from '../numbers.js';
import { formatNumber } from './format.js';
import type { Rule } from './rule.js';

const DOWN = /\b(?:down|declin\w*|decreas\w*|fell|fallen|drop\w*|lower|shrank|contract\w*)\b/i;

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
    for (const statement of growthStatements(context.doc)) {
      const expected = changeOf(statement.initial.value, statement.final.value);
      if (expected === undefined) continue;
      for (const stated of statement.change) {
        const sentenceText = context.doc.text.slice(statement.sentence.start, statement.sentence.end);
        const signed = stated.style.sign !== '' ? stated.value : DOWN.test(sentenceText) ? -Math.abs(stated.value) : Math.abs(stated.value);
        const comparable = stated.style.sign !== '' || DOWN.test(sentenceText) ? expected : Math.abs(expected);
        if (isConsistentAtPrecision(signed, stated.decimals, comparable)) {
          context.verified(stated);
          continue;
        }
        const rounded = roundHalfAwayFromZero(stated.style.sign !== '' ? expected : Math.abs(expected), stated.decimals);
        const newText = formatLike(rounded, stated);
        context.report({
          range: { start: stated.start, end: stated.end },
          message: `Change stated as ${stated.text}, but ${statement.initial.text} → ${statement.final.text} is a change of ${newText}.`,
          stated: stated.text,
          expected: newText,
          reason: `percent change = (final − initial) / initial × 100 = (${formatNumber(statement.final.value)} − ${formatNumber(statement.initial.value)}) / ${formatNumber(statement.initial.value)} × 100 = ${formatNumber(expected, 4)}%`,
          related: [
            { range: { start: statement.initial.start, end: statement.initial.end }, message: `initial value ${statement.initial.text}` },
            { range: { start: statement.final.start, end: statement.final.end }, message: `final value ${statement.final.text}` },
          ],
          fix: { title: `Change to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] },
          data: { initial: statement.initial.value, final: statement.final.value, expected },
        });
      }
    }
  },
};
