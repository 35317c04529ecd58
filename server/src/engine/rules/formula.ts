// Rule formula: a CAGR or percent-change formula written in the text must be equivalent to the standard one.
import { compileFormula, isEquivalent, normaliseFormula, STANDARD_TEXT, type FormulaKind } from '../context/formula.js';
import type { Span } from '../markdown/facts.js';
import type { Rule, RuleContext } from './rule.js';

const CAGR_CONTEXT = /\b(?:CAGR|compound annual growth(?: rate)?)\b/i;
const CHANGE_CONTEXT = /\b(?:percent(?:age)? change|per cent change|growth rate|relative change|change)\b/i;
const PLAIN_FORMULA = /\b(CAGR|compound annual growth rate|percent(?:age)? change|growth rate)\s*(?:=|is (?:calculated|computed|defined|given) as:?)\s*([^.;\n$]*(?:\.\d[^.;\n$]*)*)/gi;

export const formula: Rule = {
  id: 'formula',
  docs: {
    description: 'A CAGR or percent-change formula in the text is not the standard one.',
    details:
      'Formulas in `$…$` math or written out after "CAGR =" / "CAGR is calculated as" are evaluated at several sample points and compared with the standard ((Final / Initial)^(1/n) − 1, or (Final − Initial) / Initial, optionally × 100). Names are read as final value, initial value and number of years. When the only slip is a − 1 written inside the exponent, the fix moves it out.',
    failing: 'CAGR is calculated as $(\\text{Final Value}/\\text{Initial Value})^{(1/n)-1}$, where n is the number of years.\n',
    passing: 'CAGR is calculated as $(\\text{Final Value}/\\text{Initial Value})^{1/n}-1$, where n is the number of years.\n',
  },
  defaultSeverity: 'error',
  fixable: true,
  tags: ['arithmetic'],
  supersedes: ['dataset-value', 'unverified'],
  check(context) {
    const text = context.doc.text;
    for (const math of context.doc.math) {
      const segment = context.segmentAt(math.start);
      const before = segment ? text.slice(segment.start, math.start) : '';
      const kind: FormulaKind | undefined = CAGR_CONTEXT.test(before) ? 'cagr' : CHANGE_CONTEXT.test(before) ? 'percent-change' : undefined;
      if (kind) judge(context, kind, math.tex, { start: math.start, end: math.end }, (tex) => `$${tex}$`);
    }
    for (const segment of context.doc.segments) {
      if (!/=|calculated|computed|defined|given/.test(segment.text)) continue;
      for (const m of segment.text.matchAll(PLAIN_FORMULA)) {
        const body = m[2]!.replace(/(?:,\s|\s+(?:where|with|for|and|in|filled)\s).*$/i, '').trimEnd();
        if (!/[/^]/.test(body)) continue;
        const start = segment.start + m.index! + m[0].indexOf(m[2]!);
        const kind: FormulaKind = /cagr|compound/i.test(m[1]!) ? 'cagr' : 'percent-change';
        judge(context, kind, body, { start, end: start + body.length }, (f) => f);
      }
    }
  },
};

function judge(context: RuleContext, kind: FormulaKind, source: string, span: Span, wrap: (formula: string) => string): void {
  const normalised = normaliseFormula(source);
  const compiled = normalised ? compileFormula(normalised) : undefined;
  if (!compiled) return;
  if (isEquivalent(compiled, kind)) {
    context.verified(span);
    return;
  }
  const fixed = kind === 'cagr' ? moveMinusOneOut(source) : undefined;
  const fixedCompiled = fixed ? compileFormula(normaliseFormula(fixed) ?? '') : undefined;
  const certain = fixed !== undefined && fixedCompiled !== undefined && isEquivalent(fixedCompiled, kind);
  const stated = context.doc.text.slice(span.start, span.end);
  context.report({
    range: span,
    message: `${kind === 'cagr' ? 'CAGR' : 'Percent-change'} formula written as ${stated}, which is not ${STANDARD_TEXT[kind]}${certain ? `: the − 1 belongs outside the exponent` : ''}.`,
    stated,
    expected: certain ? wrap(fixed!) : STANDARD_TEXT[kind],
    reason: `evaluated at sample points (e.g. Final 638, Initial 287, n 9) it differs from ${STANDARD_TEXT[kind]}`,
    ...(certain ? { fix: { title: 'Move the − 1 out of the exponent', edits: [{ range: span, newText: wrap(fixed!) }] } } : {}),
  });
}

/** "^{(1/n)-1}" → "^{1/n}-1", "^(1/n − 1)" → "^(1/n) − 1". */
function moveMinusOneOut(source: string): string | undefined {
  const m = /\^\s*([{(])\s*(\(?\s*1\s*\/\s*[A-Za-z]+\s*\)?)\s*([-−–])\s*1\s*([})])/.exec(source);
  if (!m) return undefined;
  const inner = m[2]!.trim().replace(/^\(\s*(.*?)\s*\)$/, '$1');
  const spaced = /\s[-−–]\s/.test(m[0]);
  const minus = spaced ? ` ${m[3]} 1` : `${m[3]}1`;
  return source.slice(0, m.index) + `^${m[1]}${inner}${m[4]}${minus}` + source.slice(m.index + m[0].length);
}
