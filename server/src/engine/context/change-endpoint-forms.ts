// Endpoint forms of a change statement (acc-change7).
// - "from 1.6 to 1.2 million euro", "from EUR 4.7 to 4.6 million": one currency written once, on one endpoint only,
//   stands for both (as "from 8.1 to 9.0 billion" shares its scale).
// - "… 34 in 2016 and 52 in 2025; that is an increase of 52.9%": a clause after a semicolon that opens by referring back
//   ("that is", "this means", "which is") speaks of the one statement before it.
import type { NumberToken } from '../numbers.js';
import type { Span } from '../markdown/facts.js';
import { holdsShorterForm } from './lemma.js';

/** Nothing but "to", perhaps after the initial year ("in 2016 to", "(2016) to"), and a rounding word. */
const ONLY_TO = /^(?:\s+(?:in|at\s+the\s+(?:end|close|start|beginning)\s+of)\s+\d{4}|\s*\(\s*\d{4}\s*\))?,?\s+to\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$/;
/** A noun after a figure other than the currency: "to 40 staff" counts something else than "from EUR 5 million". */
const NOUN_AFTER = /^\s+(?!(?:in|at|and|or|to|from|by|on|for|over|between|since|a|an|the|with|while|whereas|but|than|per|each|every|as|of|when|after|before|during)\b)\p{L}/u;

/**
 * Whether `initial` and `final` are two amounts of one currency written once: "from 1.6 to 1.2 million euro" (the currency
 * after the final value), or "from EUR 1.6 to 1.2 million" (before the initial one, and no noun after the final one).
 */
export function sharesCurrency(text: string, initial: NumberToken, final: NumberToken): boolean {
  if (initial.yearLike || final.yearLike) return false;
  if (!ONLY_TO.test(text.slice(initial.end, final.start))) return false;
  if (initial.kind === 'plain' && final.kind === 'currency') return final.style.currencySuffix !== '' && final.style.currencyPrefix === '' && !initial.style.currencySuffix;
  if (initial.kind === 'currency' && final.kind === 'plain') return initial.style.currencyPrefix !== '' && initial.style.currencySuffix === '' && !NOUN_AFTER.test(text.slice(final.end, final.end + 20));
  return false;
}

/**
 * Two amounts each with its own year, the currency written before the first only: "USD 16.8 million in 2019 and 20.9
 * million in 2024" (one scale, and no noun after the second that makes it a count of something else).
 */
export function currencyWrittenOnce(text: string, first: NumberToken, second: NumberToken): boolean {
  return first.kind === 'currency' && first.style.currencyPrefix !== '' && first.style.currencySuffix === '' && second.kind === 'plain' && !second.currency && first.scale !== undefined && first.scale === second.scale && !NOUN_AFTER.test(text.slice(second.end, second.end + 20));
}

/** "that is", "this is", "which means", "i.e.": a clause that opens by referring to what was said just before it. */
const REFERS_BACK_CLAUSE = /^\s*(?:(?:that|this|which)(?:['’]s|\s+(?:is|was|means|meant|represents|represented|amounts\s+to|amounted\s+to|equals|equalled|equaled|gives|gave|works\s+out\s+(?:at|to)|corresponds\s+to|implies|implied|translates\s+(?:to|into)))|i\.\s?e\.,?)\s+(?:(?:an?|the)\s+)?/i;

/** Whether the words of a clause before its figure only refer back ("that is an increase of "), naming nothing new. */
export function refersBackInClause(lead: string): boolean {
  const m = REFERS_BACK_CLAUSE.exec(lead);
  if (!m) return false;
  // After the reference, only words of change or rate: "an increase of", "a compound growth of", "a fall of some".
  return /^(?:(?:overall|total|net|cumulative|compound(?:ed)?|annual(?:ised|ized)?|average|yearly|combined|real|nominal|rise|increase|gain|growth|jump|climb|decline|decrease|drop|fall|reduction|loss|rate|change|of|by|about|around|roughly|some|nearly|almost|just|over|under|a|an|the)\s+)*(?:of\s+|by\s+)?$/i.test(lead.slice(m[0].length)) || /^(?:\s*[+−-])?$/.test(lead.slice(m[0].length));
}

/**
 * "…reached €5.7 million in 2025, against €2.9 million in 2016; revenue rose 49.1% over the period": a clause whose
 * subject is only words of the part before the semicolon and whose change is said over "the period" restates it.
 */
export function restatesOverPeriod(text: string, sentence: Span, clause: Span, t: Span): boolean {
  const before = text.slice(sentence.start, clause.start).toLowerCase();
  // "…75 members in 2015 and 212 in 2024; membership rose by 65% between 2015 and 2024": the period named again by the
  // years the part before the semicolon gave.
  const years = RESTATED_YEARS_AFTER.exec(text.slice(t.end, clause.end));
  const restated = years ? [years[1] ?? years[2]!, years[3]!] : [];
  if (!PERIOD_BACK_AFTER.test(text.slice(t.end, clause.end)) && !(restated.length && restated[0] !== restated[1] && restated.every((y) => new RegExp(`\\b${y}\\b`).test(before)))) return false;
  const lead = CHANGE_LEAD.exec(text.slice(clause.start, t.start));
  if (!lead) return false;
  const words = (lead[1] ?? '').trim().split(/\s+/).filter(Boolean);
  // A word of the part before, or a longer form of one ("membership" after "members").
  return words.every((w) => before.includes(w.toLowerCase()) || holdsShorterForm(before, w.toLowerCase()));
}
const RESTATED_YEARS_AFTER = /^\s*(?:between\s+((?:19|20)\d{2})\s+and|from\s+((?:19|20)\d{2})\s+to)\s+((?:19|20)\d{2})\b/;
const PERIOD_BACK_AFTER = /^\s*(?:over|across|during|in)\s+(?:the\s+(?:whole\s+|same\s+|entire\s+)?period|that\s+(?:period|time)|those\s+(?:[\p{L}-]+\s+)?years|the\s+(?:same\s+)?[\p{L}-]+-year\s+period)\b/iu;
const CHANGE_LEAD = /^\s*(?:its\s+|their\s+|the\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,3})(?:rose|grew|fell|increased|decreased|declined|climbed|dropped|was\s+up|was\s+down|went\s+up|went\s+down)\s+(?:by\s+)?$/u;
