// "NIMR and KCOD logged 731 and 402 ship days in 2025, respectively", "…641 and 672 papers in 2023 and 2024,
// respectively": a sentence that says "respectively" pairs its coordinated figures, in order, with its coordinated
// subjects (or years). Read only when both lists are runs of the same length, nothing else in the sentence names
// an entity (or a year), and the figure stands in the run (acc-dv10).
import type { AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import type { Mention } from './phrase-matcher.js';

const RESPECTIVELY = /\brespectively\b/gi;
/** Between two coordinated figures: ", ", " and ", ", and " (a currency sign is part of the figure). */
const FIGURE_JOIN = /^\s*(?:,|,?\s+and|,?\s+&)\s*$/;
/** Between two coordinated subjects: "NIMR and KCOD", "NIMR's and KCOD's", "NIMR, KCOD and the Texel institute". */
const SUBJECT_JOIN = /^(?:['’]s)?\s*(?:,|,?\s+and|,?\s+&)\s+(?:the\s+)?$/i;

/** The run of items joined by `join` that holds `item`, in order. */
function runOf<T extends Span>(items: readonly T[], item: T, text: string, join: RegExp): T[] {
  let i = items.indexOf(item);
  let j = i;
  while (i > 0 && join.test(text.slice(items[i - 1]!.end, items[i]!.start))) i--;
  while (j + 1 < items.length && join.test(text.slice(items[j]!.end, items[j + 1]!.start))) j++;
  return items.slice(i, j + 1);
}

function longestRun<T extends Span>(items: readonly T[], text: string, join: RegExp): T[] {
  let best: T[] = [];
  for (const item of items) {
    const run = runOf(items, item, text, join);
    if (run.length > best.length) best = run;
  }
  return best;
}

/** What "respectively" pairs `token` with: the subject at its place in the run, or the year; undefined otherwise. */
export function entityAndYearRespectively(segment: AnalysedSegment, text: string, sentence: Span, token: NumberToken): { entity?: Mention; year?: number } | undefined {
  const said = text.slice(sentence.start, sentence.end);
  if ((said.match(RESPECTIVELY) ?? []).length !== 1) return undefined;
  const inSentence = (s: Span) => sentence.start <= s.start && s.end <= sentence.end;
  const tokens = segment.tokens.filter((t) => inSentence(t));
  const figures = tokens.filter((t) => !t.yearLike);
  if (!figures.includes(token)) return undefined;
  const run = runOf(figures, token, text, FIGURE_JOIN);
  // Every figure of the sentence stands in the one run ("NIMR and KCOD logged 731 and 402 ship days").
  if (run.length < 2 || run.length !== figures.length) return undefined;
  const place = run.indexOf(token);
  const entities = segment.entities.filter(inSentence);
  const subjects = longestRun(entities, text, SUBJECT_JOIN).filter((m) => m.end <= run[0]!.start);
  const years = tokens.filter((t) => t.yearLike);
  const yearRun = longestRun(years, text, FIGURE_JOIN);
  // "Tembo, Nyota and the third lab": a list that goes on (or began) past the names has more subjects than it names.
  const first = subjects[0];
  const last = subjects.at(-1);
  const openList = !!first && !!last && (/^(?:['’]s)?\s*(?:,|and\b|&)/i.test(text.slice(last.end, last.end + 8)) || /(?:,|\band|&)\s*(?:the\s+)?$/i.test(text.slice(sentence.start, first.start)));
  const bySubject = !openList && subjects.length === run.length && entities.length === run.length && new Set(subjects.map((m) => m.id)).size === run.length;
  const byYear = yearRun.length === run.length && years.length === run.length && new Set(yearRun.map((y) => y.value)).size === run.length;
  if (bySubject === byYear) return undefined;
  return bySubject ? { entity: subjects[place]! } : { year: yearRun[place]!.value };
}

/**
 * "Tembo, Nyota and the third lab ran 8 …": the comma of a list of names breaks the clause, leaving "Nyota and the third
 * lab ran 8 …" to look like Nyota's own. A clause that opens on a name right after a clause of names alone continues
 * a list of subjects: no one name of it is the subject.
 */
export function continuesNameList(segment: AnalysedSegment, text: string, clauses: readonly Span[], clause: Span): boolean {
  const i = clauses.indexOf(clause);
  const before = i > 0 ? clauses[i - 1]! : undefined;
  if (!before || !/^,\s*$/.test(text.slice(before.end, clause.start))) return false;
  const opening = segment.entities.find((m) => m.start >= clause.start && m.end <= clause.end);
  if (!opening || !/^[\s*_]*(?:the\s+)?$/i.test(text.slice(clause.start, opening.start))) return false;
  const names = segment.entities.filter((m) => m.start >= before.start && m.end <= before.end);
  if (names.length === 0) return false;
  let rest = text.slice(before.start, before.end);
  for (const m of [...names].reverse()) rest = rest.slice(0, m.start - before.start) + rest.slice(m.end - before.start);
  return /^[\s*_>-]*(?:(?:the|and|&|,)\s*)*$/i.test(rest);
}
