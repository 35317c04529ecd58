// Rule total: a combined figure must equal the sum of the parts stated beside it.
import { growthStatements, type GrowthStatement } from '../context/growth.js';
import { firstAtOrAfter, sentenceTokens } from '../context/spans.js';
import { single, tableView } from '../context/tables.js';
import { formatLike, isConsistentAtPrecision, type NumberToken } from '../numbers.js';
import { formatNumber } from './format.js';
import type { AnalysedSegment } from '../analysis.js';
import type { Rule, RuleContext } from './rule.js';

const EQUATION = /(\d[\d,.  ]*)\s*=\s*(\d[\d,.  ]*(?:\s*\+\s*\d[\d,.  ]*)+)|(\d[\d,.  ]*(?:\s*\+\s*\d[\d,.  ]*)+)\s*=\s*(\d[\d,.  ]*)/g;

export const total: Rule = {
  id: 'total',
  docs: {
    description: 'A combined figure is not the sum of its stated parts.',
    details:
      'Three shapes are checked: a "combined"/"total" growth statement against the statements of its parts just before it ("UTokyo … from 287 … Science Tokyo … from 165 … Keio … from 21 …" then "combined … from 473 …"), an equation written out ("473 = 287 + 165 + 21"), and a table’s "Total" row against the sum of its column. The fix writes the sum.',
    failing: 'UTokyo grew from 287 to 638, Science Tokyo from 165 to 201 and Keio from 21 to 63. Combined output rose from 483 in 2015 to 902 in 2024.\n',
    passing: 'UTokyo grew from 287 to 638, Science Tokyo from 165 to 201 and Keio from 21 to 63. Combined output rose from 473 in 2015 to 902 in 2024.\n',
  },
  defaultSeverity: 'error',
  fixable: true,
  tags: ['arithmetic'],
  supersedes: ['dataset-value', 'unverified'],
  check(context) {
    const statements = growthStatements(context.doc);
    statements.forEach((combined, index) => {
      if (!combined.combined) return;
      const parts = partsBefore(context, statements, index);
      if (parts.length >= 2) {
        judge(context, combined.initial, parts.map((p) => p.initial));
        judge(context, combined.final, parts.map((p) => p.final));
        return;
      }
      // "In 2015 they produced 287, 165 and 21 …; in 2024 … 638, 201 and 63. Combined output rose from 473 in 2015 to 902 in 2024."
      const previous = context.doc.segments[combined.segment.index - 1];
      const lists = [combined.segment, previous]
        .filter((s): s is NonNullable<typeof s> => s !== undefined && s.kind === 'paragraph')
        .flatMap((s) => enumerations(context, s))
        .filter((l) => l.parts[l.parts.length - 1]!.end <= combined.initial.start || l.segment !== combined.segment);
      for (const [stated, year] of [[combined.initial, combined.initialYear], [combined.final, combined.finalYear]] as const) {
        if (!year) continue;
        const match = lists.filter((l) => l.year === year.value);
        if (match.length === 1) judge(context, stated, match[0]!.parts);
      }
    });
    for (const segment of context.doc.segments) {
      for (const list of enumerations(context, segment)) {
        if (list.total) judge(context, list.total, list.parts);
      }
    }
    for (const segment of context.doc.segments) {
      if (!segment.text.includes('+') || !segment.text.includes('=')) continue;
      for (const m of segment.text.matchAll(EQUATION)) {
        const at = segment.start + m.index!;
        const inside = segment.tokens.filter((t) => t.start >= at && t.end <= at + m[0].length && t.kind === 'plain');
        if (inside.length < 3) continue;
        const totalFirst = m[1] !== undefined;
        const totalToken = totalFirst ? inside[0]! : inside[inside.length - 1]!;
        judge(context, totalToken, totalFirst ? inside.slice(1) : inside.slice(0, -1));
      }
    }
    for (const table of context.doc.tables) {
      const view = tableView(context.doc, table);
      if (view.totalRow === undefined || view.countColumn === undefined || view.total?.where !== 'total row') continue;
      const parts = view.rows.filter((_, r) => r !== view.totalRow).map((row) => single(row[view.countColumn!]));
      if (parts.some((p) => p === undefined) || parts.length < 2) continue;
      judge(context, view.total.token, parts as NumberToken[]);
    }
  },
};

interface Enumeration {
  segment: AnalysedSegment;
  parts: NumberToken[];
  /** The year of its clause ("in 2015 … 287, 165 and 21"). */
  year?: number;
  /** "…, 912 in all" / "a total of 912" in the same sentence. */
  total?: NumberToken;
}

const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;
const TOTAL_BEFORE = /\b(?:total(?:ling)?|combined|altogether|in all|sum(?:ming)? to|a total of|together)\s*:?\s*$/i;
const TOTAL_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:in (?:all|total)|altogether|combined|together)\b/iu;

/** Lists of two or more plain counts of one sentence: "287, 165 and 21". */
function enumerations(context: RuleContext, segment: AnalysedSegment): Enumeration[] {
  const text = context.doc.text;
  const out: Enumeration[] = [];
  for (const { sentence, tokens } of sentenceTokens(segment)) {
    const semicolons = clauseBounds(text, sentence);
    for (let i = 0; i < tokens.length; i++) {
      const parts = [tokens[i]!];
      while (i + 1 < tokens.length && isPart(tokens[i + 1]!) && isPart(parts[0]!) && LIST_GAP.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) parts.push(tokens[++i]!);
      if (parts.length < 2) continue;
      const clauseStart = semicolons.before(parts[0]!.start);
      const clauseEnd = semicolons.after(parts[parts.length - 1]!.end);
      const clause = tokens.slice(firstAtOrAfter(tokens, clauseStart), firstAtOrAfter(tokens, clauseEnd));
      const years = clause.filter((t) => t.yearLike && t.end <= clauseEnd);
      const rest = clause.filter((t) => t.start > parts[parts.length - 1]!.end && t.end <= clauseEnd && isPart(t));
      const total = rest.find((t) => TOTAL_BEFORE.test(text.slice(Math.max(sentence.start, t.start - 20), t.start)) || TOTAL_AFTER.test(text.slice(t.end, t.end + 30)));
      out.push({ segment, parts, year: years.length === 1 ? years[0]!.value : undefined, total });
    }
  }
  return out;
}

/** Where the clause around an offset starts and ends: the semicolons of the sentence, found by bisection. */
function clauseBounds(text: string, sentence: { start: number; end: number }): { before(offset: number): number; after(offset: number): number } {
  const marks: number[] = [];
  for (let i = text.indexOf(';', sentence.start); i !== -1 && i < sentence.end; i = text.indexOf(';', i + 1)) marks.push(i);
  const firstFrom = (offset: number) => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    before: (offset) => {
      const i = firstFrom(offset) - 1;
      return i >= 0 ? marks[i]! + 1 : sentence.start;
    },
    after: (offset) => marks[firstFrom(offset)] ?? sentence.end,
  };
}

function isPart(t: NumberToken): boolean {
  return t.kind === 'plain' && !t.yearLike;
}

/** The parts of a combined statement: earlier statements in its paragraph, else those of the paragraph before it. */
function partsBefore(context: RuleContext, statements: readonly GrowthStatement[], index: number): GrowthStatement[] {
  const combined = statements[index]!;
  const same = statements.slice(0, index).filter((s) => s.segment === combined.segment && !s.combined);
  if (same.length >= 2) return same;
  const previousSegment = context.doc.segments[combined.segment.index - 1];
  if (!previousSegment || previousSegment.kind !== 'paragraph' || previousSegment.heading !== combined.segment.heading) return [];
  return statements.filter((s) => s.segment === previousSegment && !s.combined);
}

function judge(context: RuleContext, stated: NumberToken, parts: readonly NumberToken[]): void {
  if (parts.some((p) => p.kind !== stated.kind)) return;
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  const decimals = Math.max(...parts.map((p) => p.decimals));
  if (isConsistentAtPrecision(stated.value, stated.decimals, sum) || Math.abs(stated.value - sum) < 1e-9) {
    context.verified(stated);
    return;
  }
  const newText = formatLike(sum, stated, Math.max(decimals, stated.decimals));
  context.report({
    range: { start: stated.start, end: stated.end },
    message: `Total stated as ${stated.text}, but the parts ${parts.map((p) => p.text).join(' + ')} add up to ${newText}.`,
    stated: stated.text,
    expected: newText,
    reason: `total = ${parts.map((p) => formatNumber(p.value, 4)).join(' + ')} = ${formatNumber(sum, 4)}`,
    related: parts.map((p) => ({ range: { start: p.start, end: p.end }, message: `part ${p.text}` })),
    fix: { title: `Change the total to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] },
    data: { parts: parts.map((p) => p.value), sum },
  });
}
