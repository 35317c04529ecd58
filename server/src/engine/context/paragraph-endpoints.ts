// A one-year change whose later value the paragraph stated earlier (acc-chg13): "The institute published 456 papers in
// 2025, up from 117 in 2016. … The last year alone added a good deal: output rose from 401 papers in 2024, a jump of
// 18.7%." / "LUPS published 69 papers in 2016 and one hundred and ninety-eight in 2025. … The most recent year was
// also the strongest: output rose 18.8% on 2024, when the laboratory published 174 papers." The sentence sets out from
// one value with its year ("from 401 papers in 2024", "on 2024, when … 174 papers") and states one change; the end
// is the final value of the paragraph's latest statement, when that statement ends the very next year and counts the
// same thing. Which figure the author counted to is a reading: a suggestion at most.
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { CHANGE_AFTER, CHANGE_BEFORE, DECLINE_CUE, OTHER_PERIOD_AFTER, rateReading } from './change-wording.js';
import type { GrowthStatement } from './growth.js';
import type { PreviousEndpoint } from './change-previous-endpoints.js';
import { NOT_A_UNIT, unitWordAfter } from './unit-words.js';

/** "from 401 papers in 2024": the start, its noun and its year. */
const FROM_BEFORE = /\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i;
const OWN_YEAR_AFTER = /^(?:\s+[\p{L}’'-]+){0,3}?\s+in\s+$/u;
/** "on 2024, when the laboratory published", "since 2024, when it had": the base year, then the clause that gives its value. */
const ON_YEAR_WHEN = /\b(?:on|since|over|from)\s+((?:19|20)\d{2})\s*,?\s+when\s+(?:[\p{L}’'-]+\s+){0,6}?$/iu;
const NAME = /\b\p{Lu}[\p{L}\p{N}’'-]*/gu;
/** Words that name no subject of their own: articles, pronouns, generic measures and the verbs of a change. */
const GENERIC = new Set(['the', 'a', 'an', 'it', 'its', 'they', 'their', 'we', 'our', 'this', 'that', 'output', 'count', 'number', 'total', 'figure', 'tally', 'level', 'then', 'also', 'still', 'alone', 'so', 'and', 'rose', 'risen', 'grew', 'grown', 'fell', 'fallen', 'increased', 'decreased', 'declined', 'dropped', 'climbed', 'jumped', 'slipped', 'has', 'have', 'had', 'was', 'were', 'is', 'by', 'up', 'down', 'from', 'in', 'year', 'last', 'latest', 'recent', 'most', 'final', 'alone']);

const noun = (text: string, t: NumberToken): string | undefined => unitWordAfter(text, t);

/** The noun of a figure, or of the word after a one-word modifier ("456 peer-reviewed papers" → "paper"). */
function nouns(text: string, t: NumberToken): string[] {
  const first = noun(text, t);
  const second = /^\s+[\p{L}-]+\s+([\p{L}-]+)/u.exec(text.slice(t.end, t.end + 40))?.[1]?.toLowerCase().replace(/s$/, '');
  return [first, second].filter((w): w is string => w !== undefined && !NOT_A_UNIT.has(w));
}

export function paragraphEndpoint(text: string, sentence: Span, tokens: readonly NumberToken[], statements: readonly GrowthStatement[]): PreviousEndpoint | undefined {
  const percents = tokens.filter((t) => t.kind === 'percent');
  const values = tokens.filter((t) => !t.yearLike && t.kind !== 'percent' && t.kind !== 'ordinal');
  const years = tokens.filter((t) => t.yearLike);
  if (percents.length !== 1 || values.length !== 1 || years.length !== 1 || tokens.some((t) => t.kind === 'ordinal')) return undefined;
  const [stated, value, year] = [percents[0]!, values[0]!, years[0]!];
  // The value is the start, tied to its year: "from 401 papers in 2024", or "on 2024, when … 174 papers" after the change.
  const fromForm = FROM_BEFORE.test(text.slice(Math.max(sentence.start, value.start - 16), value.start)) && year.start > value.end && OWN_YEAR_AFTER.test(text.slice(value.end, year.start)) && value.end < stated.start;
  const when = ON_YEAR_WHEN.exec(text.slice(Math.max(sentence.start, stated.end), value.start));
  const whenForm = when !== null && stated.end < year.start && year.end < value.start && Number(when[1]) === year.value && /^(?:\s+[\p{L}-]+)?\s*(?:[.,;!?]|$)/u.test(text.slice(value.end, sentence.end));
  if (!fromForm && !whenForm) return undefined;
  const before = text.slice(Math.max(sentence.start, stated.start - 50), stated.start);
  const after = text.slice(stated.end, Math.min(sentence.end, stated.end + 40));
  if (rateReading(before, after) || OTHER_PERIOD_AFTER.test(after)) return undefined;
  if (!CHANGE_BEFORE.test(before) && !CHANGE_AFTER.test(after)) return undefined;
  // The end: the final value of the paragraph's latest dated statement, one year after the start, of the same kind.
  const latest = [...statements].reverse().find((s) => s.finalYear !== undefined && s.sentence.end <= sentence.start);
  if (!latest || latest.finalYear!.value !== year.value + 1) return undefined;
  if (statements.some((s) => s.finalYear !== undefined && s.finalYear.value > latest.finalYear!.value)) return undefined;
  const final = latest.final;
  if (final.kind !== value.kind || final.scale !== value.scale || final.currency !== value.currency) return undefined;
  // The same thing counted: the start's noun is the end's (or the end statement's start's, when the end has none).
  const own = nouns(text, value);
  const theirs = [...nouns(text, final), ...nouns(text, latest.initial)];
  if (own.length > 0 && theirs.length > 0 && !own.some((w) => theirs.includes(w))) return undefined;
  // Every name of the sentence (its first word aside) stands in the statement's sentence.
  const source = text.slice(latest.sentence.start, latest.sentence.end);
  const body = text.slice(sentence.start, sentence.end);
  const first = /^\s*\S+/.exec(body)?.[0].length ?? 0;
  if ((body.slice(first).match(NAME) ?? []).some((n) => n !== 'CAGR' && !source.includes(n))) return undefined;
  // The clause's subject (after a colon or dash that closes a lead-in) is a generic measure or a word of that sentence:
  // "output rose from 401 papers", never "staff rose from 40 in 2024" after a count of papers.
  const clauseLead = text.slice(sentence.start, Math.min(stated.start, value.start));
  const cut = Math.max(clauseLead.lastIndexOf(':'), clauseLead.lastIndexOf(';'), clauseLead.lastIndexOf('—'), clauseLead.lastIndexOf(' – '));
  const lowerSource = source.toLowerCase();
  for (const m of clauseLead.slice(cut + 1).matchAll(/[\p{L}’'-]+/gu)) {
    const word = m[0].toLowerCase().replace(/[’']s$/, '');
    if (!GENERIC.has(word) && !lowerSource.includes(word.slice(0, 5))) return undefined;
  }
  const decline = DECLINE_CUE.test(text.slice(sentence.start, stated.start));
  return { initial: value, final, initialYear: year, finalYear: latest.finalYear!, stated, decline };
}
