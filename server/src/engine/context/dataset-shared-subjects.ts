// "The composite score rose from 46.1 in 2023 to 51.4 in 2025, a gain of 11.5%, and stood at 55.1 in 2024": a clause
// that opens on "and" and a verb of level drops its subject, so it speaks of the subject of the clause before it. When
// that subject is a measure named before the clause's first figure ("The composite score rose…", "Tembo's staff
// grew…"), the figure is that measure's value. Clauses between the two may only be appositions with no name or measure
// of their own ("a gain of 11.5%"), and a sentence that names the measure after a figure ("Tembo hired 20 researchers,
// and reached 250") lends nothing: its subject is the entity, not the measure (acc-dv9).
import type { AnalysedSegment } from '../analysis.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';

/** The clause's opening before its figure: "and" (or "but"), a verb of level, and its preposition. */
const SHARED_VERB_START =
  /^\s*(?:and|but)\s+(?:then\s+|later\s+|still\s+|briefly\s+)?(?:stood|stands|reached|reaches|rose|rises|fell|falls|grew|grows|climbed|dropped|declined|peaked|hit|totall?ed|was|is|ended|closed|finished|remained|stayed|settled|dipped|slipped|recovered|returned|came)(?:\s+(?:at|to|back\s+to|in\s+at))?\s+(?:(?:USD|EUR|GBP|US\$|\$|€|£)\s*)?$/i;

const inside = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** A paragraph's own number opening the clause ("5.2 The composite score rose…"), no figure of it. */
const paragraphLabel = (text: string, clause: Span, t: NumberToken) => /^[\s*_>#-]*$/.test(text.slice(clause.start, t.start)) && /^\.?\s+\p{Lu}/u.test(text.slice(t.end, t.end + 3));

/** The clause before `clause` whose subject, a measure, the clause shares; undefined when there is none for certain. */
export function sharedSubjectClause(segment: AnalysedSegment, text: string, clauses: readonly Span[], clause: Span, sentence: Span, token: NumberToken): Span | undefined {
  if (!SHARED_VERB_START.test(text.slice(clause.start, token.start))) return undefined;
  if (segment.entities.some((m) => inside(clause, m)) || segment.metrics.some((m) => inside(clause, m))) return undefined;
  for (let i = clauses.indexOf(clause) - 1; i >= 0; i--) {
    const before = clauses[i]!;
    if (before.start < sentence.start) return undefined;
    if (segment.entities.some((m) => inside(before, m) && m.start >= (segment.metrics.find((x) => inside(before, x))?.end ?? before.start))) return undefined;
    const metrics = segment.metrics.filter((m) => inside(before, m));
    if (metrics.length === 0) {
      // An apposition between them: a figure and its few words, nothing else.
      if (/^\s*(?:a|an|the)?\s*[\p{L}-]*\s*(?:of\s+)?[^\p{L}]*$/u.test(text.slice(before.start, before.end).replace(/\b(?:gain|rise|increase|drop|fall|decline|jump|change|growth|up|down|or|some|about|roughly|nearly|points?|per\s+cent|percent)\b/gi, ''))) continue;
      return undefined;
    }
    // The measure is the clause's subject: named, once, before the clause's first figure.
    const first = segment.tokens.find((t) => inside(before, t) && !t.yearLike && !paragraphLabel(text, before, t));
    if (!first || new Set(metrics.map((m) => m.id)).size !== 1 || metrics.some((m) => m.start > first.start)) return undefined;
    return before;
  }
  return undefined;
}

/** A conjunct with a subject of its own: "and its ship days", "and the trial starts". */
const OWN_SUBJECT_AND = /\band\s+(?:its|their|the)\s+(?=\p{L})/giu;

/**
 * "GBMC went from one vessel to two and its ship days jumped from 149 in 2022 to 240 in 2023": a clause of two
 * conjuncts, each with its own subject, names two measures; the figure's own conjunct (after "and its …", with no name
 * in it) names one, as its subject before the conjunct's first figure. That conjunct, or undefined.
 */
export function ownConjunct(segment: AnalysedSegment, text: string, clause: Span, token: NumberToken): Span | undefined {
  let start: number | undefined;
  for (const m of text.slice(clause.start, token.start).matchAll(OWN_SUBJECT_AND)) start = clause.start + m.index!;
  if (start === undefined) return undefined;
  // "Tembo's researchers and the field trials reached 230": a subject of two measures, not two conjuncts. The first
  // conjunct says something of its measure before the "and".
  const last = segment.metrics.filter((m) => m.start >= clause.start && m.end <= start!).at(-1);
  if (!last || !/\p{L}/u.test(text.slice(last.end, start))) return undefined;
  const own = { start, end: clause.end };
  if (segment.entities.some((m) => inside(own, m))) return undefined;
  const metrics = segment.metrics.filter((m) => inside(own, m));
  const first = segment.tokens.find((t) => inside(own, t) && !t.yearLike);
  if (!first || metrics.length === 0 || new Set(metrics.map((m) => m.id)).size !== 1 || metrics.some((m) => m.start > first.start)) return undefined;
  return own;
}

/** What may stand between a subject and its verb as an aside: a few words with no figure ("RFMA basis", "by contrast"). */
const ASIDE = /^\s*[\p{L}’'&/.-]+(?:\s+[\p{L}’'&/.-]+){0,3}\s*$/u;

/** A bracket that holds only a year or a period: "(2023)", "(2021–25)". */
const YEAR_ASIDE = /^\s*(?:FY\s*)?(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?\s*$/;

/** An aside that changes the measure: a rate, an average, a price basis, a part, a plan ("in real terms", "per lab"). */
const QUALIFYING_ASIDE =
  /\b(?:per|each|every|average|mean|median|typical|real|constant|nominal|current|adjusted|inflation|prices?|terms|shares?|rates?|ratio|excluding|including|incl|excl|net|gross|only|alone|mostly|mainly|partly|estimated?|projected|forecast|target|planned|budgeted|provisional|preliminary|unaudited|restated|rebased|combined|together|total|cumulative|annual(?:ised|ized)?|monthly|weekly|daily|capita|head|change|growth|up|down|more|less|fewer|over|under|about|around|roughly|nearly|almost|approx(?:imately)?|some)\b/i;

/**
 * "External research funding (RFMA basis) reached USD 3.9 million in 2025", "The venture capital market, by contrast,
 * was USD 8.1 billion": the clause breaks at the aside, leaving the subject in a fragment of its own before it. A clause
 * that opens on a lower-case word right after an aside with no name, measure or figure in it, itself right after a
 * fragment that names one measure and no figure, has that fragment as its subject. That fragment, or undefined.
 */
export function subjectBeforeAside(segment: AnalysedSegment, text: string, clauses: readonly Span[], clause: Span, sentence: Span, token: NumberToken): Span | undefined {
  const i = clauses.indexOf(clause);
  if (i < 2 || !/^\s*\p{Ll}/u.test(text.slice(clause.start, token.start))) return undefined;
  if (segment.entities.some((m) => inside(clause, m) && m.start < token.start) || segment.metrics.some((m) => inside(clause, m) && m.start < token.start)) return undefined;
  const aside = clauses[i - 1]!;
  const subject = clauses[i - 2]!;
  if (subject.start < sentence.start) return undefined;
  const bracketed = text[aside.start - 1] === '(' && text[aside.end] === ')' && subject.end === aside.start - 1 && clause.start === aside.end + 1;
  const commas = /^,\s*$/.test(text.slice(subject.end, aside.start)) && /^,\s*$/.test(text.slice(aside.end, clause.start));
  if (!bracketed && !commas) return undefined;
  const said = text.slice(aside.start, aside.end);
  // "CSRC's external funding (2023) was USD 18.9 million": a bracket of one year or period is the clause's time (acc-dv10).
  if (bracketed && YEAR_ASIDE.test(said) && !segment.tokens.some((t) => t.yearLike && inside(clause, t)) && new Set(segment.metrics.filter((m) => inside(subject, m)).map((m) => m.id)).size === 1 && !segment.tokens.some((t) => inside(subject, t) && !t.yearLike && !paragraphLabel(text, subject, t))) return subject;
  if (!ASIDE.test(said) || QUALIFYING_ASIDE.test(said) || (/\bbasis\b/i.test(said) && !/^\s*\p{Lu}{2,}\s+basis\s*$/u.test(said)) || segment.tokens.some((t) => inside(aside, t)) || segment.entities.some((m) => inside(aside, m)) || segment.metrics.some((m) => inside(aside, m))) return undefined;
  const metrics = segment.metrics.filter((m) => inside(subject, m));
  if (new Set(metrics.map((m) => m.id)).size !== 1 || segment.tokens.some((t) => inside(subject, t) && !t.yearLike && !paragraphLabel(text, subject, t))) return undefined;
  return subject;
}
