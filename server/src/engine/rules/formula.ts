// Rule formula: a CAGR or percent-change formula written in the text must be equivalent to the standard one.
import { compileFormula, formulaYearSpan, isEquivalent, normaliseFormula, STANDARD_TEXT, withoutTrailingWords, type FormulaKind } from '../context/formula.js';
import type { Span } from '../markdown/facts.js';
import { segmentRange, textRange } from '../section-findings.js';
import type { Rule, RuleContext } from './rule.js';
import { segmentHas } from '../context/segment-carry.js';

const FORMULA_CUE = /=|calculat|comput|defin|given|measur|obtained|derive|\b(?:is|was|as)\s+[([]/;

const CAGR_CONTEXT = /\b(?:CAGR|compound annual growth(?: rate)?)\b/i;
/** A name of a yearly rate (acc-change6): "annualised growth", "average annual growth rate", "yearly growth" — a compound rate, never a total change. */
const ANNUAL_NAME = /\b(?:CAGR|compound|annuali[sz]ed|annual|yearly|per\s+(?:year|annum))\b/i;
/** "annualised growth", "average annual growth rate" before a math formula: a yearly rate. */
const ANNUAL_RATE_CONTEXT = /\b(?:annuali[sz]ed|(?:average\s+)?(?:annual|yearly))\s+growth\b/i;
/** Just before the formula: "… given in percentage points, computed as $…$". */
const POINTS_CONTEXT = /\bpercentage[- ]points?\b[^.;]*$|\bpp\b[^.;]*$/i;
const CHANGE_CONTEXT = /\b(?:percent(?:age)? change|per cent change|growth rate|relative change|change)\b/i;
const PLAIN_FORMULA = /(\bCAGR|\bcompound annual growth rate|\b(?:average\s+)?(?:annuali[sz]ed|annual|yearly)\s+growth(?:\s+rate)?|\bpercent(?:age)? change|\bper ?cent change|%\s*change|\bchange\s*\(%\)|\brelative change|\bgrowth rate|\bgrowth|Δ\s*pp?\b|\bpp change|\bpercentage[- ]points? (?:change|difference)|\bchange in percentage points)\s*(?:=|,?\s*(?:(?:is|was|are|were|has been|have been) )?(?:calculated|computed|defined|given|measured|obtained|derived) as:?|(?:is|was) (?=[([])|\s+as\s+(?=[([]))\s*([^.;\n$]*(?:\.\d[^.;\n$]*)*)/gi;
/** The left-hand name says the formula gives a difference in percentage points, not a relative change. */
const POINTS_NAME = /^(?:Δ\s*pp?|pp change|percentage[- ]points? (?:change|difference)|change in percentage points)$/i;

export const formula: Rule = {
  id: 'formula',
  docs: {
    description: 'A CAGR or percent-change formula in the text is not the standard one.',
    details:
      'Formulas in `$…$` math or written out after "CAGR =" / "CAGR is calculated as" are evaluated at several sample points and compared with the standard ((Final / Initial)^(1/n) − 1, or (Final − Initial) / Initial, optionally × 100; a difference in percentage points, "Δpp =" or "… in percentage points, computed as", is Final − Initial, and dividing it by the initial share makes it a relative change). Names are read as final (new, current, end) value, initial (old, previous, start) value and number of years; one name with the indices 1 and 2 (s₁, s₂) is the initial and the final value. When the only slip is a − 1 written inside the exponent, the fix moves it out.',
    failing: 'CAGR is calculated as $(\\text{Final Value}/\\text{Initial Value})^{(1/n)-1}$, where n is the number of years.\n',
    passing: 'CAGR is calculated as $(\\text{Final Value}/\\text{Initial Value})^{1/n}-1$, where n is the number of years.\n',
  },
  defaultSeverity: 'error',
  fixable: true,
  tags: ['arithmetic'],
  supersedes: ['dataset-value', 'unverified'],
  // A formula is read from its own segment's text alone.
  bySection: {},
  check(context) {
    const text = context.doc.text;
    const read = textRange(context);
    for (const math of context.doc.math) {
      if (math.start < read.start || math.start >= read.end) continue;
      const segment = context.segmentAt(math.start);
      const before = segment ? text.slice(segment.start, math.start) : '';
      const kind: FormulaKind | undefined = CAGR_CONTEXT.test(before) || ANNUAL_RATE_CONTEXT.test(before) ? 'cagr' : POINTS_CONTEXT.test(before.slice(-80)) ? 'points' : CHANGE_CONTEXT.test(before) ? 'percent-change' : undefined;
      if (kind) judge(context, kind, math.tex, { start: math.start, end: math.end }, (tex) => `$${tex}$`);
    }
    const { from, to } = segmentRange(context);
    for (let i = from; i <= to; i++) {
      const segment = context.doc.segments[i]!;
      // A formula written out is read only with a "/" or "^" in its body: a segment with neither is skipped unread.
      if ((!segment.text.includes('/') && !segment.text.includes('^')) || !segmentHas(segment, FORMULA_CUE)) continue;
      for (const m of segment.text.matchAll(PLAIN_FORMULA)) {
        // "calculated as CAGR = (…)": the name repeated before the formula is not part of it.
        const named = /^(?:CAGR|[\p{L}%() ]{1,30}?)\s*=\s*/u.exec(m[2]!)?.[0].length ?? 0;
        const body = withoutTrailingWords(m[2]!.slice(named).replace(/(?:,\s|\s+(?:where|with|for|and|in|filled)\s).*$/i, '').trimEnd());
        if (!/[/^]/.test(body)) continue;
        const start = segment.start + m.index! + m[0].indexOf(m[2]!) + named;
        const kind: FormulaKind = ANNUAL_NAME.test(m[1]!) ? 'cagr' : POINTS_NAME.test(m[1]!) ? 'points' : 'percent-change';
        judge(context, kind, body, { start, end: start + body.length }, (f) => f);
      }
    }
  },
};

function judge(context: RuleContext, kind: FormulaKind, source: string, span: Span, wrap: (formula: string) => string): void {
  const normalised = normaliseFormula(source);
  const compiled = normalised ? compileFormula(normalised) : undefined;
  if (!compiled) return;
  const years = formulaYearSpan(source);
  // "(F / I)^(1/n) − 1 × 100": the × 100 is meant for the whole rate, not for the 1 (acc-change6).
  const loose = /^(.*\S)\s*[-−–]\s*1\s*(?:×|\*|·|\\times|\\cdot)\s*100\s*$/.exec(source);
  const looseCompiled = loose ? compileFormula(normaliseFormula(`(${loose[1]} - 1) * 100`) ?? '') : undefined;
  if (isEquivalent(compiled, kind, years) || (looseCompiled !== undefined && isEquivalent(looseCompiled, kind, years))) {
    context.verified(span);
    return;
  }
  const fixed = kind === 'cagr' ? moveMinusOneOut(source) : undefined;
  const fixedCompiled = fixed ? compileFormula(normaliseFormula(fixed) ?? '') : undefined;
  const certain = fixed !== undefined && fixedCompiled !== undefined && isEquivalent(fixedCompiled, kind, years);
  const stated = context.doc.text.slice(span.start, span.end);
  context.report({
    range: span,
    message: `${NAMES[kind]} formula written as ${stated}, which is not ${STANDARD_TEXT[kind]}${certain ? `: the − 1 belongs outside the exponent` : kind === 'points' && dividesByInitial(compiled) ? ': divided by the initial share it is a relative change in percent, not points' : ''}.`,
    stated,
    expected: certain ? wrap(fixed!) : STANDARD_TEXT[kind],
    reason: `evaluated at sample points (e.g. Final 638, Initial 287, n 9) it differs from ${STANDARD_TEXT[kind]}`,
    ...(certain ? { fix: { title: 'Move the − 1 out of the exponent', edits: [{ range: span, newText: wrap(fixed!) }] } } : {}),
  });
}

const NAMES: Record<FormulaKind, string> = { cagr: 'CAGR', 'percent-change': 'Percent-change', points: 'Percentage-point' };

/** Whether a points formula is in fact the relative change (×100 or not). */
function dividesByInitial(compiled: NonNullable<ReturnType<typeof compileFormula>>): boolean {
  return isEquivalent(compiled, 'percent-change');
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
