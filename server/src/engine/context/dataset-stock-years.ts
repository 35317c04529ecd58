// Measures of a stock, counted on a day of the year ("Research vessels operated (at 31 December)", "Research scientists
// (FTE, at 30 June)", "Satellites in orbit"), read apart from flows (acc-dv11):
// - a verb of entry or exit before the figure makes it a change of the stock, never its level: "launched 2 satellites",
//   "recruited 50 scientists", "bought two vessels", "commissioned 3 pilot plants";
// - "by 2025" states the level reached in that year ("by 2025 it had a staff of 208", "to 213 by 2025"), where for a flow
//   it may sum the years before ("had filed 120 patents by 2025") and stays unread.
import type { Metric } from '@factlint/schemas';
import type { NumberToken } from '../numbers.js';
import type { Span } from '../markdown/facts.js';

/** A month's name, as a regular expression's source. */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A word that is a month's name. */
export const MONTH_NAME = new RegExp(String.raw`^${MONTH}$`);
/** A label that counts on one day of the year or what is in service: the measure is a stock. */
const STOCK_LABEL = new RegExp(String.raw`\b(?:at|on|as\s+(?:of|at))\s+(?:\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2}|(?:the\s+)?(?:year[- ]end|end\s+of\s+(?:the\s+)?year))\b|\bin\s+(?:operation|service|orbit)\b`, 'i');

export function isStock(metric: Metric | undefined): boolean {
  return !!metric && metric.unit === 'count' && STOCK_LABEL.test(metric.label);
}

/** Verbs that move things into or out of a stock. */
const ENTRY_OR_EXIT = String.raw`recruit(?:ed|s|ing)?|hire[sd]?|hiring|appoint(?:ed|s|ing)?|(?:took|take[sn]?|taking)\s+on|add(?:ed|s|ing)?|lost|lose[sn]?|losing|shed(?:s|ding)?|cut(?:s|ting)?|laid\s+off|lay(?:s|ing)?\s+off|dismiss(?:ed|es|ing)?|(?:de)?commission(?:ed|s|ing)?|launch(?:ed|es|ing)?|retire[sd]?|retiring|scrap(?:ped|s|ping)?|sold|sell(?:s|ing)?|bought|buy(?:s|ing)?|acquire[sd]?|acquiring|order(?:ed|s|ing)?|built|build(?:s|ing)?|open(?:ed|s|ing)?|close[sd]?|closing|shut(?:\s+down)?|install(?:ed|s|ing)?|deploy(?:ed|s|ing)?|connect(?:ed|s|ing)?|disconnect(?:ed|s|ing)?|welcom(?:ed|es|ing)|lur(?:ed|es|ing)|poach(?:ed|es|ing)`;
/** The verb, then at most three words ("a further", "two more new"), right before the figure. */
const ENTRY_OR_EXIT_BEFORE = new RegExp(String.raw`\b(?:${ENTRY_OR_EXIT})\s+(?:[\p{L}-]+\s+){0,3}$`, 'iu');

/** The figure's noun (one or two words), then the verb's participle: "two satellites launched in 2025". */
const ENTRY_OR_EXIT_AFTER = new RegExp(String.raw`^[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){1,2}(?:${ENTRY_OR_EXIT})\b`, 'iu');

/** Whether the figure is a change of a stock measure, said by a verb of entry or exit in its clause. */
export function stockChange(metric: Metric | undefined, text: string, clause: Span, token: NumberToken): boolean {
  if (!isStock(metric)) return false;
  return ENTRY_OR_EXIT_BEFORE.test(text.slice(Math.max(clause.start, token.start - 48), token.start)) || ENTRY_OR_EXIT_AFTER.test(text.slice(token.end, Math.min(clause.end, token.end + 48)));
}

/** A perfect tense of a verb of doing ("had filed", "has published"): the figure may sum what was done up to the year. */
const PERFECT = /\b(?:had|has|have)\s+(?:\p{L}+ly\s+)?(?!(?:been|had|reached|grown|risen|fallen|climbed|increased|decreased|declined|dropped|shrunk|expanded|doubled|stood)\b)\p{L}+(?:ed|en|wn|lt|ne)\b/iu;

/**
 * The year of a stock figure bounded by "by": the clause's one year, written "by 2025", before the figure ("by 2025 it
 * had a staff of 208"), or right after it ("to 213 by 2025"). Undefined when the clause has another year or is in a
 * perfect tense of doing.
 */
export function stockByYear(metric: Metric | undefined, text: string, tokens: readonly NumberToken[], clause: Span, token: NumberToken): number | undefined {
  if (!isStock(metric)) return undefined;
  const years = tokens.filter((t) => t.yearLike && t.start >= clause.start && t.end <= clause.end);
  const by = years.filter((y) => /\bby\s+$/i.test(text.slice(Math.max(0, y.start - 4), y.start)));
  if (by.length !== 1) return undefined;
  const year = by[0]!;
  const after = year.start > token.end;
  // Right after the figure ("to 213 by 2025", "213 scientists by 2025"), whatever years come before it; before it, the clause's only year.
  if (after ? !/^[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,3}?by[ \u00a0]+$/u.test(text.slice(token.end, year.start)) : years.length !== 1) return undefined;
  if (PERFECT.test(text.slice(clause.start, clause.end).replace(/\bhad\s+(?:a|an|its|their)\b/gi, ''))) return undefined;
  return year.value;
}

/** A pronoun subject before the figure: "In 2025 it also chartered 40 days …", "they logged …". */
const PRONOUN_SUBJECT = /(?:^|[\s,;(])(?:it|they|we|she|he)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** A preposition that makes the entity after the figure a source, recipient or partner: "… from KCOD", "… to NIMR". */
const PREPOSITION_BEFORE = /\b(?:from|to|with|than|by|via|through|against|versus)\s+(?:the\s+)?$/i;

/**
 * "In 2025 it also chartered 40 days from KCOD": the clause's subject is a pronoun and the only entities it names come
 * after the figure as the object of a preposition; the figure is the pronoun's, not theirs (acc-dv11).
 */
export function pronounOverObject(text: string, clause: Span, token: NumberToken, clauseEntities: readonly Span[]): boolean {
  if (clauseEntities.length === 0 || !PRONOUN_SUBJECT.test(text.slice(clause.start, token.start))) return false;
  return clauseEntities.every((e) => e.start >= token.end && PREPOSITION_BEFORE.test(text.slice(Math.max(clause.start, e.start - 12), e.start)));
}
