// Readings of a rank's clause: a rank that is the end of a move ("climbed to second between 2023 and 2025") is held at
// some edition of the span, not at every one; a verbless clause ("…would have put RVARS fourth and LVFRI sixth") says
// what the clause before it says, counterfactual included.
import type { Span } from '../markdown/facts.js';

/** Verbs of a move in a ranking, up to three words before "to": "rose to", "climbed steadily back up to", "fell to". */
const MOVE_TO_BEFORE =
  /(?:\bfrom\s+(?:the\s+)?[\p{L}\d]+(?:\s+(?:place|position|spot))?\s+|\b(?:r[io]s(?:e|en|es|ing)|climb\w*|f[ae]ll(?:s|en|ing)?|dropp?\w*|slipp?\w*|slid(?:e|es|ing)?|mov\w*|jump\w*|improv\w*|advanc\w*|s[au]nk|sink(?:s|ing)?|tumbl\w*|return\w*|recover\w*|went|go(?:es|ing|ne)?|promot\w*|relegat\w*|demot\w*|rebound\w*|surg\w*|leap\w*|slump\w*|shot|sli(?:d|p)\w*|edg\w*|crept|creep\w*|work\w*|fought|push\w*|pull\w*|(?:was|were|been)\s+(?:pushed|knocked|bumped|lifted|raised))\s+(?:[\p{L}-]+\s+){0,3}?)to\s+(?:the\s+)?$/iu;

/** Between a span and the place after it: "… in 2017–2019 to seventh", "… in 2017–2019, then seventh". */
const MOVE_AFTER_SPAN = /^\s*,?\s*(?:and\s+)?(?:(?:then|later)\s+)?(?:(?:up|down|back)\s+)?(?:to\s+)?(?:the\s+)?$/i;

/**
 * Whether the rank at `token` is the place reached by a move told before it in `sentence`; with `span`, also when that
 * span stands right before the place with "to" or "then" between ("climbed from twelfth (last) in 2017–2019 to seventh
 * in 2025"): the span is the earlier place's.
 */
export function moveTarget(text: string, sentence: Span, token: Span, span?: Span): boolean {
  if (span && span.end <= token.start) {
    const between = text.slice(span.end, token.start);
    if (/\b(?:to|then|later)\b/i.test(between) && MOVE_AFTER_SPAN.test(between)) return true;
  }
  return MOVE_TO_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 60), token.start));
}

const COUNTERFACTUAL = /\bwould(?:n['’]t)?\b|\b\p{L}+['’]d\s+(?:have|still|be)\b|\brecomput|\brecalculat|\bcounterfactual|\bhad\s+(?:the\s+)?[\p{L}-]+\s+(?:been|stayed|remained)\b|\bhad\s+it\s+been\b/iu;
/** A verb of the clause's own: a clause without one ("and LVFRI sixth", "with SISS third") borrows the verb before it. */
const OWN_VERB =
  /\b(?:was|were|is|are|be|been|being|ranked|ranks|rank|placed|places|came|comes|finished|finishes|stood|stands|held|holds|took|takes|had|has|have|fell|falls|rose|rises|climbed|climbs|dropped|drops|slipped|slips|moved|moves|remained|remains|stayed|stays|ended|ends|sat|sits|topped|tops|led|leads|reached|reaches|earned|claimed|secured|entered|returned|regained|kept|keeps|occupied|occupies|got|gets|puts?|saw)\b/i;

/** A participle or bare verb right after "and"/"or", with no subject between: "…and put BDRI second". */
const SHARED_AUXILIARY = /\b(?:and|or)\s+(?:then\s+|also\s+)?(?:put|placed|ranked|pushed|moved|dropped|left|kept|lifted|relegated)\s+(?!(?:it|its|they|their|the\s+index)\b)[^,;]*$/i;

/**
 * Whether the rank at `token` stands in a verbless clause of a sentence whose earlier words are counterfactual
 * ("the 2022 edition would have put RVARS fourth and LVFRI sixth"): it is counterfactual too.
 */
export function ellipticCounterfactual(text: string, sentence: Span, clause: Span, token: Span): boolean {
  // "Under the old method it would have finished third; the first place of 2022 therefore owes something to the new
  // rules": a semicolon ends what the "would" governs.
  const semicolon = text.lastIndexOf(';', clause.start - 1);
  if (semicolon >= sentence.start) sentence = { start: semicolon + 1, end: sentence.end };
  if (clause.start <= sentence.start) return false;
  // "would have kept IGPRI first and put BDRI second": a verb after "and" with no subject of its own shares "would have".
  if (SHARED_AUXILIARY.test(text.slice(Math.max(sentence.start, clause.start - 5), token.start))) return COUNTERFACTUAL.test(text.slice(sentence.start, clause.start));
  if (OWN_VERB.test(text.slice(clause.start, token.start)) || /^\s*[-\u2010]/.test(text.slice(token.end, token.end + 2))) return false;
  return COUNTERFACTUAL.test(text.slice(sentence.start, clause.start));
}

/** A pluperfect before the rank: "which had been second since 2020", "had held first place since 2017". */
const PLUPERFECT = /\bhad\s+(?:(?:already|long|always|consistently)\s+)?(?:been|held|ranked|placed|sat|stood|topped|led|remained|stayed|finished|occupied)\b/i;
const OPEN_SINCE = /^(?:(?:in\s+)?(?:every|each)\s+(?:year|edition|ranking)\s+)?(?:ever\s+)?since\b/i;

/**
 * A run "since Y" told in the pluperfect ("…lost the top spot in 2025 to X, which had been second since 2020") ends before
 * the sentence's later year, not at the latest edition: the run to the year before that one when the sentence names
 * exactly one later year; otherwise unsure (null).
 */
export function pluperfectSince<P extends { text: string; from?: number; to?: number }>(text: string, clause: Span, token: Span, period: P, sentenceYears: readonly number[]): P | null {
  if (period.from === undefined || !OPEN_SINCE.test(period.text) || !PLUPERFECT.test(text.slice(clause.start, token.start))) return period;
  const later = sentenceYears.filter((y) => y > period.from!);
  return later.length === 1 && later[0]! - 1 >= period.from ? { ...period, to: later[0]! - 1 } : null;
}

/** "third or fourth", "second or third place": a choice of places, none of them claimed. */
const EITHER_AFTER = /^\s*(?:place\s+)?or\s+(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|lower|higher|better|worse)\b/i;
const EITHER_BEFORE = /\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(?:place\s+)?or\s+(?:the\s+)?$/i;
/**
 * A rank told as someone else's claim: "your article ranks NDTS eighth", "the correspondent wrote that it was fourth",
 * "critics claimed that SISS came second". The text reports it, often to correct it.
 */
const REPORTED_BEFORE =
  /\b(?:(?:article|story|piece|column|editorial|post|blog|tweet|letter|brochure|correspondent|reporter|journalist|critics?|commentators?|rumou?rs?|press\s+release|headline|caption)s?\s+(?:\w+\s+){0,2}?(?:ranks|ranked|puts|put|places|placed|lists|listed|gives|gave|has|had|have|calls|called|describes|described|names|named)\b|\b(?:claim(?:s|ed)?|alleg(?:es|ed)|wr(?:ote|ites)|suggest(?:s|ed)|assert(?:s|ed)|contend(?:s|ed)|argu(?:es|ed)|insist(?:s|ed)|maintain(?:s|ed)|stat(?:es|ed)\s+wrongly|misreport(?:s|ed))\s+that\b)/i;

/**
 * A bound on a place, not a place held: "has not been higher than third since 2021", "no better than fifth", "ranked
 * below fourth", "at best second" (acc-prec9).
 */
const BOUND_BEFORE = /\b(?:(?:higher|lower|better|worse)\s+than|above|below|beneath|at\s+(?:best|worst|least|most))\s+(?:the\s+)?$/i;

/**
 * Whether the rank at `token` is one of a choice of places ("third or fourth"), a bound on a place ("no higher than
 * third") or a claim the text reports as another's.
 */
export function unheldRank(text: string, sentence: Span, token: Span): boolean {
  const before = text.slice(Math.max(sentence.start, token.start - 24), token.start);
  if (EITHER_AFTER.test(text.slice(token.end, token.end + 24)) || EITHER_BEFORE.test(before) || BOUND_BEFORE.test(before)) return true;
  return REPORTED_BEFORE.test(text.slice(sentence.start, token.start));
}

/** "then to second a year later", "the following year": the edition after the sentence's year. */
export const NEXT_YEAR_WORDS = /\b(?:a|one)\s+year\s+(?:later|on|after(?:wards)?)\b|\bthe\s+(?:following|next|subsequent)\s+(?:year|edition)\b|\ba\s+year\s+after\s+that\b/i;

/** "4th, 3rd, 2nd, 3rd in 2017–2020": the last of a list of places given over a span, one place per year in turn. */
const LISTED_PLACE_BEFORE = /\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s*,\s*(?:and\s+|then\s+)?$/i;

/** Whether the rank at `token` ends a list of places ("4th, 3rd, 2nd, 3rd in 2017–2020"): the span is the list's. */
export function listedPlace(text: string, sentence: Span, token: Span): boolean {
  return LISTED_PLACE_BEFORE.test(text.slice(Math.max(sentence.start, token.start - 20), token.start));
}
