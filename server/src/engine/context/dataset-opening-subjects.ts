// The subject of a clause named by the sentence's opening adverbial: "At IGPRI, external grants received reached $9.7
// million in 2025, …; DSARC's rose …" names IGPRI before the comma and no one in the clause itself (acc-dv10).
import type { AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import type { Mention } from './phrase-matcher.js';

/** An opening adverbial that names the sentence's subject: "At CSRC,", "For the Córdoba centre,", "In IBCE's case,". */
const OPENING_SUBJECT = /^[\s*_>-]*(?:at|for|in|within|inside|as\s+for|turning\s+to|over\s+at)\s+(?:the\s+)?@(?:['’]s\s+case)?\s*$/i;

/**
 * "At IGPRI, external grants received reached $9.7 million in 2025, …; DSARC's rose …": the entity of an opening
 * adverbial is the subject of the clause right after it, when that clause names no entity before the figure.
 */
export function openingSubject(segment: AnalysedSegment, text: string, clauses: readonly Span[], clause: Span, sentence: Span, token: NumberToken): Mention | undefined {
  const i = clauses.indexOf(clause);
  const opening = i > 0 ? clauses[i - 1]! : undefined;
  if (!opening || opening.start !== sentence.start && !/^[\s*_>-]*$/.test(text.slice(sentence.start, opening.start))) return undefined;
  if (!/^,\s*$/.test(text.slice(opening.end, clause.start))) return undefined;
  if (segment.entities.some((m) => clause.start <= m.start && m.end <= token.start)) return undefined;
  const named = segment.entities.filter((m) => opening.start <= m.start && m.end <= opening.end);
  if (named.length !== 1 || segment.tokens.some((t) => opening.start <= t.start && t.end <= opening.end)) return undefined;
  const m = named[0]!;
  return OPENING_SUBJECT.test(`${text.slice(opening.start, m.start)}@${text.slice(m.end, opening.end)}`) ? m : undefined;
}
