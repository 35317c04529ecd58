// A measure named by its verb when the clause names it by no phrase: "the institute received USD 12.7 million" (the one
// money metric the dataset keeps as "… received"), "KEK scored 366" (the one score metric of the entities named), "the
// networks spent EUR 8.4 million" (the one money metric whose names speak of spending).
import type { Metric } from '@factlint/schemas';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { lemma } from './lemma.js';
import type { Mention } from './phrase-matcher.js';

/** Verbs that say a sum came in, and the word a metric's label uses for it. */
const RECEIVED = /\b(?:received|receives|receiving|receive|secured|secures|attracted|attracts|obtained|obtains|took\s+in|takes\s+in|brought\s+in|brings\s+in)\s+$/i;
const SCORED = /\b(?:scored|scores|scoring|score\s+of|scored\s+a)\s+$/i;
/** Verbs that say a sum went out: the one money metric whose names speak of spending ("spending", "expenditure", "budget"). */
const SPENT = /\b(?:spent|spends|spending|spend)\s+(?:(?:a\s+)?(?:combined|total|record|further)\s+|(?:some|about|around|nearly|almost|just|only)\s+)?$/i;
const SPENDING_WORDS = /\b(?:spending|spend|spent|expenditure|expenses|budget|running\s+costs?|operating\s+costs?|outlays?)\b/i;
/** Verbs that say people work for the subject: the one count metric whose names speak of staff ("the eight breweries employed 858 people"). */
const EMPLOYED = /\b(?:employ(?:ed|s|ing)?|had\s+a\s+(?:combined\s+)?(?:work\s*force|head\s*count)\s+of)\s+(?:(?:a\s+)?(?:combined|total)\s+(?:of\s+)?|(?:some|about|around|nearly|almost|just|only)\s+)?$/i;
/**
 * "turned over EUR 125.0 million": the one money metric whose phrases speak of turnover, revenue or sales (not its label:
 * "average price … (bed revenue divided by overnight stays)" is no turnover).
 */
const TURNED_OVER = /\b(?:turned|turns|turning|turn)\s+over\s+(?:(?:a\s+)?(?:combined|total|record)\s+|(?:some|about|around|nearly|almost|just|only)\s+)?$/i;
/** Verbs that say people came in through the gates: the one count metric whose phrases speak of admissions or attendance ("it admitted 1,260.1 thousand people"). */
const ADMITTED = /\b(?:admitted|admits|welcomed|welcomes)\s+(?:(?:a\s+)?(?:combined|total|record)\s+(?:of\s+)?|(?:some|about|around|nearly|almost|just|only|over|more\s+than)\s+)?$/i;
const ADMISSION_WORDS = /\b(?:admissions?|attendances?)\b/i;
/** What may follow a figure of people admitted: nothing of its own, or a word for people in general. */
const ADMITTED_AFTER = /^(?:\s+(?:thousand|million))?(?:\s+(?:people|persons|visitors|spectators|guests|fans))?(?:\s*$|\s*[,;:.)—–]|\s+(?:in|at|on|across|between|by|and|over|during|through|last|this)\b)/i;
const TURNOVER_WORDS = /\b(?:turnover|revenues?|sales)\b/i;
const STAFF_WORDS = /\b(?:staff|employees?|employment|work\s*force|head\s*count|personnel|workers|employed)\b/i;
/** What may follow a figure of staff: nothing of its own, or a word for people that names no narrower group ("858 people", "42.8 FTE"). */
const PEOPLE_AFTER = /^(?:\s+(?:people|persons|staff|staffers|employees|workers|full-time\s+equivalents?|FTEs?))?(?:\s*$|\s*[,;:.)—–]|\s+(?:in|at|on|across|between|by|and|or|together|altogether|in\s+all|that|this|last|as|against|compared|up|down|more|fewer|less)\b)/i;
/** Words after the figure that narrow it to one source or purpose ("from the national council", "for a new ship"). */
const NARROWED_AFTER = /^\s*(?:million|billion|bn|m|k|thousand)?\s*(?:(from|for|under|through|via|towards?|to|on)\s+([^,;.()]{0,60}))/i;

export interface VerbMetric extends Mention {
  verb: 'received' | 'scored' | 'spent' | 'turned over' | 'employed' | 'admitted';
}

/** The words of a measure of money granted to the entity: funding, grants, a subsidy, an appropriation. */
const GRANTED_WORDS = /\b(?:funding|grants?|subsid(?:y|ies)|subventions?|appropriations?|operating\s+aid)\b/i;

/** The metrics each verb may name (among those the figure fits). */
const NAMED_BY: Record<VerbMetric['verb'], (m: Metric) => boolean> = {
  received: (m) => m.unit === 'currency' && /\breceived\b/i.test(m.label),
  scored: (m) => m.unit === 'score',
  spent: (m) => m.unit === 'currency' && m.breakdown === undefined && SPENDING_WORDS.test([m.label, ...m.phrases].join(' ')),
  'turned over': (m) => m.unit === 'currency' && m.breakdown === undefined && TURNOVER_WORDS.test(m.phrases.join(' ')),
  employed: (m) => m.unit === 'count' && m.breakdown === undefined && STAFF_WORDS.test([m.label, ...m.phrases].join(' ')),
  admitted: (m) => m.unit === 'count' && m.breakdown === undefined && ADMISSION_WORDS.test(m.phrases.join(' ')),
};

/**
 * The one metric a verb right before the number names, among the metrics whose unit the number fits: for "received",
 * the money metric whose label says "received"; for "scored", the score metric (of those, the one the `owners` hold
 * facts of). A source or purpose after the figure ("from the council") must be one the metric's own words name.
 */
export function verbMetric(dataset: Dataset, text: string, token: NumberToken, clause: Span, owners: readonly string[], fits: (t: NumberToken, m: Metric) => boolean): VerbMetric | undefined {
  const before = text.slice(Math.max(clause.start, token.start - 30), token.start);
  const byVerb = RECEIVED.exec(before);
  const receipt = byVerb ? undefined : receiptNoun(text, token, clause);
  const received = byVerb ?? receipt;
  const scored = received ? null : SCORED.exec(before);
  // "The three Portuguese networks spent a combined EUR 8.4 million": the one money measure of spending.
  const spent = received || scored ? null : SPENT.exec(before);
  // "the eight operators turned over €125.0 million": the one money measure of turnover.
  const turned = received || scored || spent ? null : TURNED_OVER.exec(before);
  // "employed 858 people": not "employed 120 researchers", a narrower group than the staff.
  const employed = received || scored || spent || turned || token.kind !== 'plain' ? null : EMPLOYED.exec(before);
  if (employed && !PEOPLE_AFTER.test(text.slice(token.end, Math.min(clause.end, token.end + 40)))) return undefined;
  // "it admitted 1,260.1 thousand people in 2024": not "admitted 300 school groups", a narrower count.
  const admitted = received || scored || spent || turned || employed || token.kind !== 'plain' ? null : ADMITTED.exec(before);
  if (admitted && !ADMITTED_AFTER.test(text.slice(token.end, Math.min(clause.end, token.end + 40)))) return undefined;
  if (!received && !scored && !spent && !turned && !employed && !admitted) return undefined;
  const verb = received ? 'received' : scored ? 'scored' : spent ? 'spent' : turned ? 'turned over' : employed ? 'employed' : 'admitted';
  const named = NAMED_BY[verb];
  let candidates = [...dataset.metrics.values()].filter((m) => fits(token, m) && named(m));
  // With no money measure labelled "received", the one measure of money granted to the entity (funding, grants, a
  // subsidy) is what it received: "the eight institutions received AUD 119.4 million in 2024".
  if (verb === 'received' && candidates.length === 0 && ![...dataset.metrics.values()].some(NAMED_BY.received)) {
    candidates = [...dataset.metrics.values()].filter((m) => fits(token, m) && m.unit === 'currency' && m.breakdown === undefined && GRANTED_WORDS.test([m.label, ...m.phrases].join(' ')));
  }
  if (candidates.length > 1) {
    const held = candidates.filter((m) => owners.some((id) => dataset.observationsByKey.has(`${id}|${m.id}`)));
    candidates = held.length ? held : candidates;
    // "scored 366": a bare "score" among the phrases of one of them marks it as the score.
    if (candidates.length > 1 && scored) candidates = candidates.filter((m) => m.phrases.some((p) => p.toLowerCase() === 'score'));
  }
  if (candidates.length !== 1) return undefined;
  const metric = candidates[0]!;
  const narrowed = NARROWED_AFTER.exec(text.slice(token.end, clause.end));
  if (narrowed && !namesMetricWord(narrowed[2]!, metric)) return undefined;
  const match = (received ?? scored ?? spent ?? turned ?? employed ?? admitted)!;
  // "receipts from EU programmes stood at…": a source named after the noun must be one the metric's own words name.
  if (receipt) {
    if (receipt.nounSource !== undefined && !namesMetricWord(receipt.nounSource, metric)) return undefined;
    return { id: metric.id, start: receipt.nounAt, end: receipt.nounAt + match[0].trimEnd().length, verb };
  }
  const start = token.start - before.length + match.index;
  return { id: metric.id, start, end: start + match[0].trimEnd().length, verb };
}

/** Does a phrase share a content word with the metric's label or phrases ("from donors" and "Donor … disbursements")? */
function namesMetricWord(phrase: string, metric: Metric): boolean {
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2 && !STOP.has(w)).map(lemma);
  const own = new Set([metric.label, ...metric.phrases].flatMap(words));
  return words(phrase).some((w) => own.has(w));
}

const STOP = new Set(['the', 'and', 'all', 'its', 'their', 'from', 'for', 'with', 'of', 'in', 'total', 'received', 'research']);

/**
 * Nouns of money that came in, as the subject of a verb of level: "receipts fell to", "grant disbursements stood at",
 * "its payments from EU programmes reached" (acc-dv10). A complement other than a source ("payments by…", "to…", "of
 * interest") makes the money another flow; "repayments" is no receipt.
 */
const RECEIPT_NOUN =
  /(?<![\p{L}-])(?:receipts|payments|disbursements|inflows)(?:\s+from\s+((?:[\p{L}&'’-]+\s+){0,4}?[\p{L}&'’-]+))?\s+(?:(?:had|have|has)\s+)?(?:rose|risen|grew|grown|fell|fallen|dropped|dipped|climbed|stood|reached|peaked|totall?ed|came|amounted|were|increased|decreased|declined|recovered)(?:\s+(?:(?:in|by)\s+(?:19|20)\d{2}\s+)?(?:at|to|in\s+at))?\s+$/iu;

/** A receipt noun right before the figure's verb, as a match whose text starts at the noun (document offset `at`). */
function receiptNoun(text: string, token: NumberToken, clause: Span): (RegExpExecArray & { nounAt: number; nounSource?: string }) | undefined {
  const before = text.slice(Math.max(clause.start, token.start - 90), token.start);
  const m = RECEIPT_NOUN.exec(before);
  if (!m) return undefined;
  return Object.assign(m, { nounAt: token.start - before.length + m.index, nounSource: m[1] });
}

const VERB_CUE = /\b(?:receiv|secur|attract|obtain|took\s+in|takes\s+in|brought\s+in|brings\s+in|scor|spen[dt]|turn(?:ed|s|ing)?\s+over|employ|admit|welcom|had\s+a\s+(?:combined\s+)?(?:work\s*force|head\s*count))\w*\s+(?:\S+\s+){0,2}?\S*\d/i;

const RECEIPT_CUE = /\b(?:receipts|payments|disbursements|inflows)\b/i;

/** Does a segment's text hold a verb that may name a measure before a figure (decided from its text alone)? */
export function mayNameByVerb(text: string): boolean {
  return VERB_CUE.test(text) || RECEIPT_CUE.test(text);
}
