// The last guard on the engine's output: no finding shows a number JavaScript could only print as Infinity, NaN or 1e+25.
import type { Finding } from './rules/rule.js';

/** `Infinity`, `NaN`, or exponent notation as Number#toString and #toFixed write it (`3.1e+25`, `1e-7`). */
const UNPRINTABLE_NUMBER = /Infinity|NaN|\de[+-]\d/;

/** Whether a finding's message, values, fixes and suggestions are free of non-finite or exponent-notation numbers. */
export function isPrintable(finding: Finding): boolean {
  const fixes = [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])];
  const texts = [finding.message, finding.stated, finding.expected, finding.reason, ...fixes.flatMap((f) => [f.title, ...f.edits.map((e) => e.newText)])];
  return !texts.some((text) => text !== undefined && UNPRINTABLE_NUMBER.test(text));
}
