// A clause that names its subject but leaves the measure out, which the sentence before named: "In 2024 the four
// applicants' budgets came to EUR 57.0 million. EMSI's was EUR 13.1 million", "R&D intensity was 3.44% of GDP in 2023.
// Sweden was at 3.46%". The subject's possessive right before a verb ("EMSI's was"), or the subject right before "was
// at" / "stood at", is the elided head of a noun phrase: the measure is the one the sentence before names that the
// subject holds and the figure fits, and its time, when the clause's sentence names none, that sentence's one time.
// Never a certain fix: the measure and the time are read from another sentence.
import type { AnalysedSegment } from '../analysis.js';
import { observationKey, type Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import type { Mention } from './phrase-matcher.js';
import { inSpan } from './spans.js';
import { RATIO_BASE_BEFORE } from './dataset-own-units.js';

/** "EMSI's was", "KHI's stood at", "the Tanga institute's reached": a possessive whose noun is left out, then its verb. */
const POSSESSIVE_THEN_VERB = /^['’]s[ \u00a0]+(?:own[ \u00a0]+)?(?:was|were|is|stood(?:[ \u00a0]+at)?|came[ \u00a0]+to|reached|totall?ed|amounted[ \u00a0]+to)[ \u00a0]+$/;
/** "Sweden was at", "KCOD stood at": the subject, then a verb of level with "at" and no noun. */
const SUBJECT_AT = /^[ \u00a0]+(?:alone[ \u00a0]+)?(?:was|is|stood|sat|came[ \u00a0]+in)[ \u00a0]+at[ \u00a0]+$/;
/** What may open a clause before its subject: a list mark, emphasis, a conjunction. */
const CLAUSE_OPENING = /^[\s*_>-]*(?:(?:and|but|while|whereas|by\s+contrast|in\s+contrast)[\s,]+)?(?:the[ \u00a0]+)?$/i;

/** Right after a measure that is counted per something: "visits per FTE". */
const RATIO_AFTER = /^[ \u00a0]+(?:per|for[ \u00a0]+(?:each|every))[ \u00a0]+\p{L}/iu;

function inRatio(text: string, m: Span): boolean {
  return RATIO_BASE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || RATIO_AFTER.test(text.slice(m.end, m.end + 24));
}

export interface EllipticMeasure {
  /** The measure's mention in the sentence before. */
  metric: Mention;
  /** The subject named right before the figure. */
  subject: Mention;
  /** The sentence before, whose time the figure takes when its own sentence names none. */
  before: Span;
}

/** The measure a clause with an elided noun ("EMSI's was EUR 13.1 million") takes from the sentence before it. */
export function ellipticMeasure(dataset: Dataset, text: string, segment: AnalysedSegment, clause: Span, sentence: Span, token: NumberToken, fits: (metric: string) => boolean): EllipticMeasure | undefined {
  const subject = segment.entities.filter((m) => inSpan(clause, m) && m.end <= token.start).at(-1);
  if (!subject || !CLAUSE_OPENING.test(text.slice(clause.start, subject.start))) return undefined;
  const between = text.slice(subject.end, token.start);
  if (!POSSESSIVE_THEN_VERB.test(between) && !SUBJECT_AT.test(between)) return undefined;
  const index = segment.sentences.findIndex((s) => s.start === sentence.start);
  const before = index > 0 ? segment.sentences[index - 1]! : undefined;
  if (!before) return undefined;
  // "Measured as thousand visits per ranger FTE, …": the sentence before speaks of a ratio, whose two measures are
  // neither of them the figure's.
  if (segment.metrics.some((m) => inSpan(before, m) && inRatio(text, m))) return undefined;
  const named = segment.metrics.filter((m) => inSpan(before, m) && dataset.observationsByKey.has(observationKey(subject.id, m.id)) && fits(m.id));
  if (new Set(named.map((m) => m.id)).size !== 1) return undefined;
  return { metric: named[0]!, subject, before };
}
