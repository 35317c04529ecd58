// A member's share of a whole written out, its part left unsaid: "Of those 902, the University of Tokyo alone accounts
// for four in five", "Science Tokyo's slice of those 902 papers was 27.3%", "KHI alone accounts for 29.8% of the 1,069
// papers", "1,069 papers in 2025, of which CSRC accounted for 74.8%", "ours were 24.9%" (after "Of the 3,650 papers …").
// The part is the one subject's own fact in the dataset: of the one measure the sentence (or the sentence that first
// gave the whole) names and that the subject holds facts of, for the one year or period of the whole (acc-sum13).
// Nothing when the subject is two entities or none, a figure of the subject's own stands before the share, or the
// measure or the time is not one.
import type { Observation } from '@factlint/schemas';
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { Span } from '../markdown/facts.js';
import type { NumberToken } from '../numbers.js';
import { wordShares, type WordShare } from './fractions.js';
import { tokenFactor } from './links.js';
import { sentenceTokens } from './spans.js';
import { documentOwner } from './dataset-referred-subject.js';
import { periodsAndYears } from './link-reading.js';
import { segmentHas } from './segment-carry.js';
import { describeWordRange, wordShareHolds } from './fractions.js';
import { formatLike, isConsistentAtPrecision, roundHalfAwayFromZero } from '../numbers.js';
import { formatNumber } from '../rules/format.js';
import type { RuleContext } from '../rules/rule.js';
import { datasetGroupClaims } from './parts-dataset-groups.js';
import { segmentRange } from '../section-findings.js';

export interface MemberShare {
  /** The share as a percent figure, or in words. */
  stated: NumberToken | WordShare;
  whole: NumberToken;
  entity: string;
  metric: string;
  time: string;
  /** The subject's fact, in the whole's scale. */
  part: number;
  /** How far that fact may be off by its own rounding, in the whole's scale. */
  slack: number;
}

/** A cue that a sentence may state such a share: a demonstrative or "the" before a figure after "of", or "of which". */
const CUE = /\bof\s+(?:those|these|the|which|them)\b/i;
const WORD_HINT = /\b(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b/i;
/** Between a share and the whole after it: "75.7% of those 902", "29.8% of the EUR 574.4 million". */
const SHARE_TO_WHOLE = /^\s+of\s+(?:those|these|the)\s+$/i;
/** Opening a sentence before its whole: "Of those 902, …". */
const OPENING = /^[\s*_-]*of\s+(?:those|these|the)\s+$/i;
/** After an opening whole, up to its comma: "Of those 902 papers, …", "Of the 3,650 papers the ten institutes published in 2025, …". */
const OPENING_REST = /^[^,;:.()\d]{0,80}?,\s*/;
/** After a share: "of them", "of these". */
const OF_THEM_AFTER = /^\s+of\s+(?:them|these|those)\b(?!\s+\d)/i;
/** A year as a word, so that patterns that take no digits let it through ("…, published in 2025, ours were …"). */
const withoutYears = (said: string) => said.replace(/\b(?:19|20)\d\d\b/g, 'year');
/** "1,069 papers in 2025, of which CSRC accounted for 74.8%": where the subject after "of which" starts, if it is one. */
function ofWhich(between: string): number | undefined {
  const m = /^[^;:.()\d]{0,60}?,\s*of\s+which\s+/i.exec(withoutYears(between));
  return m && /^(?:[\p{L}’'.&-]+\s+){1,7}$/u.test(between.slice(m[0].length)) ? m[0].length : undefined;
}
/** "Science Tokyo's slice of those 902 papers was 27.3%". */
const SLICE_BEFORE = /[’']s\s+(?:share|slice|portion|part|proportion)\s+of\s+(?:those|these|the)\s+$/i;
const SLICE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:was|is|were|are|came\s+to|stood\s+at|comes\s+to|amounted\s+to)\s+(?:only\s+|just\s+|exactly\s+)?$/iu;
/** Between the subject and its share: a verb that takes a share, nothing that joins another subject or states a change. */
const SUBJECT_TO_SHARE = /^\s*(?:alone\s+|on\s+its\s+own\s+|by\s+itself\s+)?(?:[\p{L}-]+\s+){0,3}?(?:accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|represents?|represented|holds?|held|took|takes?|received|receives?|runs?|ran|operates?|operated|produced|produces?|published|publishes|filed|files|contributed|contributes|carried|carries|sold|sells|handled|handles|landed|lands|welcomed|welcomes|attracted|attracts|drew|draws|employed|employs|earned|earns|generated|generates|raised|raises|was|were|is|are|had|has)\s+(?:only\s+|just\s+|exactly\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+|under\s+|less\s+than\s+)?$/iu;
/** Words that make the subject more than one entity, or the share a change or a comparison. */
const NOT_ONE_SUBJECT = /\b(?:and|together|combined|jointly|with|plus|between|both|each|per|up|down|rose|fell|grew|gained|lost|than|more|fewer|less)\b|\+/i;
/** First person: the document's own organisation ("ours were 24.9%", "we run 11.4%"). */
const FIRST_PERSON = /^\s*(?:we|ours|our\s+[\p{L}-]+|us)\b/iu;
/** Right after a share: a change or a comparison, not a part of the whole. */
const AFTER_SHARE = /^\s*(?:points?|percentage|pp\b|more|less|higher|lower|above|below|up|down|increase|decrease|rise|fall|growth|a\s+year|per\s+year|annually)/i;

const SMALL: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, hundred: 100 };
/** "four in five", "seven out of ten": a share in words that fractions.ts reads only as "one in N". */
const SOME_IN_N = /(?<![\d.,])\b(two|three|four|five|six|seven|eight|nine|[2-9])\s+(?:[\p{L}-]+\s+)?(?:in|out\s+of)\s+(?:every\s+)?(five|ten|twenty|hundred|10|20|100|[3-9])\b(?!\s*(?:per\s*cent|%|[.,]\d))/giu;

function someInN(text: string, base: number): WordShare[] {
  const out: WordShare[] = [];
  for (const m of text.matchAll(SOME_IN_N)) {
    const k = SMALL[m[1]!.toLowerCase()] ?? Number(m[1]);
    const n = SMALL[m[2]!.toLowerCase()] ?? Number(m[2]);
    if (!(k >= 2 && k < n)) continue;
    const before = text.slice(0, m.index);
    out.push({ start: base + m.index!, end: base + m.index! + m[0].length, text: m[0], value: k / n, hedged: /\b(?:about|around|roughly|nearly|almost|some|close\s+to)\s+$/i.test(before) });
  }
  return out;
}

/** Shares of a written whole whose part is the one subject's own dataset fact. */
export function memberShares(doc: AnalysedDocument, dataset: Dataset, rates: ReadonlySet<number>, range?: { from: number; to: number }): MemberShare[] {
  const out: MemberShare[] = [];
  if (dataset.observations.length === 0) return out;
  // With a range (a section-bound rule's scope), only the shares stated in those segments: each is read of its own
  // sentence and segment, whatever the other segments give.
  const to = range?.to ?? doc.segments.length - 1;
  for (let s = range?.from ?? 0; s <= to; s++) {
    const segment = doc.segments[s]!;
    if (segment.kind !== 'paragraph' || segment.tokens.length === 0 || !segmentHas(segment, CUE)) continue;
    if (!segment.tokens.some((t) => t.kind === 'percent') && !segmentHas(segment, WORD_HINT)) continue;
    for (const { sentence, tokens } of sentenceTokens(segment)) {
      const text = doc.text.slice(sentence.start, sentence.end);
      if (!CUE.test(text)) continue;
      const shares: Array<NumberToken | WordShare> = [
        ...tokens.filter((t) => t.kind === 'percent' && !rates.has(t.start) && t.style.sign === ''),
        ...(WORD_HINT.test(text) ? [...wordShares(text, sentence.start), ...someInN(text, sentence.start)] : []),
      ];
      for (const stated of shares) {
        if (AFTER_SHARE.test(doc.text.slice(stated.end, stated.end + 20))) continue;
        const found = readShare(doc, dataset, segment, sentence, tokens, stated);
        if (found) out.push(found);
      }
    }
  }
  return out;
}

function readShare(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, sentence: Span, tokens: readonly NumberToken[], stated: NumberToken | WordShare): MemberShare | undefined {
  const text = doc.text;
  // Written figures only: a spelled count ("the ten institutes") names a group, not the whole.
  const figures = tokens.filter((t) => !t.yearLike && (t.kind === 'plain' || t.kind === 'currency') && /\d/.test(t.text));
  const before = figures.filter((t) => t.end <= stated.start);
  let whole: NumberToken | undefined;
  let subject: Span;
  const after = figures.find((t) => t.start >= stated.end);
  if (after && SHARE_TO_WHOLE.test(text.slice(stated.end, after.start))) {
    // "UTokyo alone accounted for 75.7% of those 902": the subject is the clause before the share, with no figure of its own.
    if (before.length > 0) return undefined;
    whole = after;
    subject = { start: clauseStart(text, sentence, stated.start), end: stated.start };
  } else if (before.length === 1 && OPENING.test(text.slice(sentence.start, before[0]!.start))) {
    // "Of those 902, the University of Tokyo alone accounts for four in five."
    whole = before[0]!;
    const rest = OPENING_REST.exec(withoutYears(text.slice(whole.end, stated.start)));
    if (!rest) return undefined;
    subject = { start: whole.end + rest[0].length, end: stated.start };
  } else if (before.length === 1 && ofWhich(text.slice(before[0]!.end, stated.start)) !== undefined) {
    // "1,069 papers in 2025, of which CSRC accounted for 74.8%".
    whole = before[0]!;
    subject = { start: whole.end + ofWhich(text.slice(whole.end, stated.start))!, end: stated.start };
  } else if (before.length === 1 && SLICE_BEFORE.test(text.slice(Math.max(sentence.start, before[0]!.start - 40), before[0]!.start)) && SLICE_AFTER.test(text.slice(before[0]!.end, stated.start))) {
    // "Science Tokyo's slice of those 902 papers was 27.3%": the subject is the possessive before the slice.
    whole = before[0]!;
    const lead = text.slice(clauseStart(text, sentence, whole.start), whole.start);
    const own = lead.search(/[’']s\s+(?:share|slice|portion|part|proportion)\s+of\s/i);
    subject = { start: whole.start - lead.length, end: whole.start - lead.length + own };
  } else if (before.length === 1 && OF_THEM_AFTER.test(text.slice(stated.end, stated.end + 12)) && clauseStart(text, sentence, stated.start) > before[0]!.end) {
    // "ships logged 2,904 days at sea in 2025; ours were 24.4% of them": the one figure of the clause before.
    whole = before[0]!;
    subject = { start: clauseStart(text, sentence, stated.start), end: stated.start };
  } else return undefined;
  if (whole.style.sign !== '' || whole.value <= 0) return undefined;
  const entity = subjectOf(doc, dataset, segment, subject, stated);
  if (!entity) return undefined;
  const antecedent = antecedentOf(doc, segment, sentence, whole);
  const time = timeOf(doc, segment, sentence, tokens, whole, antecedent);
  if (!time) return undefined;
  const metric = metricOf(dataset, doc.text, segment, sentence, antecedent, entity, time, whole);
  if (!metric) return undefined;
  const fact = factOf(dataset, entity, metric, time);
  if (!fact || fact.value === undefined) return undefined;
  const factor = tokenFactor(whole, dataset.metrics.get(metric)!.scale, fact.value);
  const part = fact.value / factor;
  const decimals = (String(fact.value).split('.')[1] ?? '').length;
  const slack = decimals > 0 ? (0.5 * 10 ** -decimals) / factor : 0;
  // The subject's fact is a part of the whole, or the whole is not the one the fact belongs to.
  if (part > whole.value * 1.0001 || part <= 0) return undefined;
  return { stated, whole, entity, metric, time, part, slack };
}

/** Where the share's clause begins: after the last ";", ":" or ", while/whereas/and" before it in the sentence. */
function clauseStart(text: string, sentence: Span, at: number): number {
  const said = text.slice(sentence.start, at);
  let start = 0;
  for (const m of said.matchAll(/;|:|,\s+(?:while|whereas|and|but)\s+|\s(?:while|whereas)\s/gi)) start = m.index! + m[0].length;
  return sentence.start + start;
}

/** The one entity the subject span names (not inside the measure's words), or the document's owner for "we"/"ours". */
function subjectOf(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, subject: Span, stated: Span): string | undefined {
  const said = doc.text.slice(subject.start, subject.end);
  if (NOT_ONE_SUBJECT.test(said.replace(/[’']s\s+(?:share|slice|portion|part|proportion)\b.*$/is, ''))) return undefined;
  if (/\d/.test(said.replace(/\b(?:19|20)\d\d\b/g, ''))) return undefined;
  const named = segment.entities.filter((m) => m.start >= subject.start && m.end <= subject.end);
  const ids = [...new Set(named.map((m) => m.id))];
  if (ids.length > 1) return undefined;
  if (ids.length === 1) {
    const last = named[named.length - 1]!;
    // The share follows the subject through a verb that takes a share (or the possessive slice, or "of which").
    const between = doc.text.slice(last.end, stated.start);
    const possessive = /^[’']s\s/.test(between);
    if (!possessive && !SUBJECT_TO_SHARE.test(between)) return undefined;
    const kind = dataset.entities.get(ids[0]!)?.kind;
    return kind === 'country' || kind === 'region' ? undefined : ids[0];
  }
  if (!FIRST_PERSON.test(said.replace(/^\s*(?:in\s+\d{4},?\s+|so\s+|and\s+)/i, ''))) return undefined;
  const verb = said.replace(/^\s*(?:in\s+\d{4},?\s+|so\s+|and\s+)?(?:we|ours|our\s+[\p{L}-]+|us)\b/iu, '');
  if (!SUBJECT_TO_SHARE.test(verb)) return undefined;
  return documentOwner(doc, dataset);
}

interface Antecedent {
  segment: AnalysedSegment;
  sentence: Span;
}

/** Where a whole referred to as "those 902" was first stated: the same figure in the one or two sentences before, in the section. */
function antecedentOf(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, whole: NumberToken): Antecedent | undefined {
  if (!/\b(?:those|these)\s+$/i.test(doc.text.slice(Math.max(sentence.start, whole.start - 8), whole.start))) return undefined;
  const previous = doc.segments[segment.index - 1];
  const candidates: Array<{ segment: AnalysedSegment; sentence: Span }> = [];
  for (const s of segment.sentences) if (s.end <= sentence.start) candidates.push({ segment, sentence: s });
  if (previous && previous.kind === 'paragraph' && previous.heading === segment.heading) for (const s of previous.sentences) candidates.push({ segment: previous, sentence: s });
  const nearest = candidates.sort((a, b) => b.sentence.start - a.sentence.start).slice(0, 3);
  for (const c of nearest) {
    if (c.segment.tokens.some((t) => t.start >= c.sentence.start && t.end <= c.sentence.end && !t.yearLike && t.value === whole.value && t.kind === whole.kind)) return c;
  }
  return undefined;
}

/** The whole's time: the year or period written right after it, else the one time of its sentence, else of the sentence that first gave it. */
function timeOf(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, tokens: readonly NumberToken[], whole: NumberToken, antecedent: Antecedent | undefined): string | undefined {
  const own = timesIn(doc, tokens);
  const attached = attachedTime(doc.text, whole, sentence);
  if (attached) return attached;
  if (own.length === 1) return own[0];
  if (own.length > 1) return undefined;
  // "… that the eight orchestras earned together last year": a time of its own the paragraph's years do not give.
  if (!antecedent) return OWN_RELATIVE_TIME.test(doc.text.slice(sentence.start, sentence.end)) ? undefined : outerTime(doc, segment);
  const there = antecedent.segment.tokens.filter((t) => t.start >= antecedent.sentence.start && t.end <= antecedent.sentence.end);
  // "… 473 papers in 2015 and 902 in 2024. Of those 902, …": the year written right after the figure first given.
  const first = there.find((t) => !t.yearLike && t.value === whole.value && t.kind === whole.kind);
  const firstTime = first ? attachedTime(doc.text, first, antecedent.sentence) : undefined;
  if (firstTime) return firstTime;
  const times = timesIn(doc, there);
  return times.length === 1 ? times[0] : undefined;
}

/** A time said relative to now or to another year, which a paragraph's written year does not give. */
const OWN_RELATIVE_TIME = /\b(?:last|this|next|previous|following)\s+(?:year|season|financial\s+year)\b|\b(?:now|today|currently|at\s+present|a\s+year\s+(?:earlier|later|before|after))\b/i;

/** A sentence that names no time: the one year or period of its paragraph, else of its section's heading. */
function outerTime(doc: AnalysedDocument, segment: AnalysedSegment): string | undefined {
  const heading = segment.heading === undefined ? undefined : doc.segments[segment.heading];
  for (const s of [segment, heading]) {
    if (!s) continue;
    const times = timesIn(doc, s.tokens);
    if (times.length > 0) return times.length === 1 ? times[0] : undefined;
  }
  return undefined;
}

/** The year or period written right after a figure, in its clause: "902 in 2024", "1,069 papers in 2025", "3,077 papers in 2020–2024". */
function attachedTime(text: string, t: Span, sentence: Span): string | undefined {
  const right = /^\s+(?:[\p{L}-]+\s+){0,6}?(?:in|for|during|over|between)\s+((?:19|20)\d\d)(?:\s*[–-]\s*((?:19|20)?\d\d))?\b(?!\s*(?:and|to|&|,)\s*(?:19|20)\d\d)(?!\s*\/\s*\d)/u.exec(text.slice(t.end, Math.min(sentence.end, t.end + 80)));
  if (!right || /[,;:]/.test(right[0])) return undefined;
  const to = right[2] === undefined ? undefined : right[2].length === 2 ? `${right[1]!.slice(0, 2)}${right[2]}` : right[2];
  return to ? `${right[1]}–${to}` : right[1];
}

/**
 * The times the tokens name. A season or financial year written across two years ("2023/24") is named by its first
 * year in some datasets and by its last in others, so it names no time here: it leaves the share's time unread.
 */
function timesIn(doc: AnalysedDocument, tokens: readonly NumberToken[]): string[] {
  const { periods, years } = periodsAndYears(tokens, doc.text);
  if (years.some((y) => y.text.includes('/'))) return [];
  return [...new Set([...years.map((y) => String(y.value)), ...periods.map((p) => `${p.from}–${p.to}`)])];
}

/** The one count or money measure, named in the sentence or where the whole was first given, that the subject holds a fact of for the time. */
function metricOf(dataset: Dataset, text: string, segment: AnalysedSegment, sentence: Span, antecedent: Antecedent | undefined, entity: string, time: string, whole: NumberToken): string | undefined {
  const named = (s: AnalysedSegment, span: Span) => {
    const inName = (m: Span) => s.entities.some((e) => e.start <= m.start && m.end <= e.end);
    return new Set(s.metrics.filter((m) => m.start >= span.start && m.end <= span.end && !inName(m)).map((m) => m.id));
  };
  let ids = named(segment, sentence);
  // The whole's own measure, named right after it ("2,904 days at sea"), before the others of its sentence ("ships").
  const own = segment.metrics.filter((m) => m.start >= whole.end && m.start <= whole.end + 24 && /^\s+(?:[\p{L}-]+\s+){0,2}?$/u.test(text.slice(whole.end, m.start) + ' '));
  // ("7,298 tram staff": of two measure words in a row, the last is the noun, the first qualifies it.)
  const head = own.length === 2 && /^[^\S\n]+$/.test(text.slice(own[0]!.end, own[1]!.start)) ? own[1] : undefined;
  if (ids.size > 1 && head) ids = new Set([head.id]);
  else if (ids.size > 1 && new Set(own.map((m) => m.id)).size === 1) ids = new Set([own[0]!.id]);
  if (ids.size === 0 && antecedent) ids = named(antecedent.segment, antecedent.sentence);
  // A whole in money is a sum of money, a count a count: "12.4% of the EUR 22.6 million paid …, while it delivered 13.8%
  // of their trips" names trips for the other share.
  const fits = [...ids].filter((id) => {
    const unit = dataset.metrics.get(id)?.unit;
    return (unit === 'count' || unit === 'currency') && (unit === 'currency') === (whole.kind === 'currency') && factOf(dataset, entity, id, time) !== undefined;
  });
  if (ids.size > 0) return fits.length === 1 && ids.size === 1 ? fits[0] : undefined;
  // No measure named ("473 joint papers in 2015 and 902 in 2024. Of those 902, …"): the one measure of the subject whose
  // facts for that time, over every entity the dataset holds them for, add up to the whole as written.
  const summed = [...dataset.metrics.values()].filter((m) => (m.unit === 'count' || m.unit === 'currency') && factOf(dataset, entity, m.id, time) !== undefined && sumsTo(dataset, m.id, time, whole));
  return summed.length === 1 ? summed[0]!.id : undefined;
}

/** The facts of a measure for a time, over all the entities that hold one, added up in the whole's scale. */
function datasetSum(dataset: Dataset, metric: string, time: string, whole: NumberToken): number | undefined {
  const period = /^(\d{4})–(\d{4})$/.exec(time);
  const facts = (dataset.observationsByMetric.get(metric) ?? []).filter((o) => o.partner === undefined && o.dimension === undefined && o.value !== undefined && (period ? o.period === time : o.year === Number(time) && o.period === undefined));
  const entities = new Set(facts.map((o) => o.entity));
  if (facts.length < 2 || entities.size !== facts.length) return undefined;
  const sum = facts.reduce((acc, o) => acc + o.value!, 0);
  return sum / tokenFactor(whole, dataset.metrics.get(metric)!.scale, sum);
}

/** Whether the facts of a measure for a time, over all the entities that hold one, add up to the whole at its precision. */
function sumsTo(dataset: Dataset, metric: string, time: string, whole: NumberToken): boolean {
  const value = datasetSum(dataset, metric, time, whole);
  return value !== undefined && Math.abs(value - whole.value) <= 0.5 * 10 ** -whole.decimals + 1e-9;
}

function factOf(dataset: Dataset, entity: string, metric: string, time: string): Observation | undefined {
  const period = /^(\d{4})–(\d{4})$/.exec(time);
  const facts = (dataset.observationsByMetric.get(metric) ?? []).filter(
    (o) => o.entity === entity && o.partner === undefined && o.dimension === undefined && o.value !== undefined && (period ? o.period === time : o.year === Number(time) && o.period === undefined),
  );
  return facts.length === 1 ? facts[0] : undefined;
}

/**
 * Judges each member share the rule's other readings left: a percent at its precision (the fact and the whole may be
 * rounded), a share in words at the words' own precision; a suggestion only, never a fix, since which figure of the
 * dataset the author meant is a reading.
 */
export function checkMemberShares(context: RuleContext, skip: Pick<ReadonlySet<number>, 'has'>, rates: ReadonlySet<number>): void {
  // The shares a rule judges: those of its segments (after an edit, its scope; `skip` leaves out the others anyway).
  const found0 = memberShares(context.doc, context.dataset, rates, segmentRange(context));
  if (found0.length === 0) return;
  // Shares the group reading judges (parts-group-checks.ts) are its own.
  const groups = datasetGroupClaims(context.doc, context.dataset);
  const grouped = new Set([...groups.shares.map((g) => g.stated.start), ...groups.words.map((g) => g.share.start)]);
  for (const found of found0) {
    if (skip.has(found.stated.start) || grouped.has(found.stated.start)) continue;
    const name = context.dataset.entities.get(found.entity)?.aliases[0] ?? found.entity;
    const label = context.dataset.metrics.get(found.metric)?.label ?? found.metric;
    const actual = found.part / found.whole.value;
    const reason = `share = ${name}'s ${label} (${found.time}, dataset): ${formatNumber(found.part, 4)} / ${found.whole.text} = ${formatNumber(actual * 100, 2)}%`;
    if (!('kind' in found.stated)) {
      const words = found.stated;
      if (wordShareHolds(words, actual)) {
        context.verified(words, reason);
        continue;
      }
      context.report({
        range: { start: words.start, end: words.end },
        message: `“${words.text}” is ${formatNumber(words.value * 100, 1)}%, but ${name} had ${formatNumber(found.part, 4)} of the ${found.whole.text} (${found.time}): ${formatNumber(actual * 100, 1)}%.`,
        stated: words.text,
        expected: `${formatNumber(actual * 100, 1)}%`,
        reason: `${reason}; “${words.text}” allows ${describeWordRange(words)}`,
        related: [{ range: { start: found.whole.start, end: found.whole.end }, message: `the whole ${found.whole.text}` }],
      });
      continue;
    }
    const stated = found.stated;
    const half = 0.5 * 10 ** -stated.decimals;
    const wholeSlack = found.whole.decimals > 0 ? 0.5 * 10 ** -found.whole.decimals : 0;
    const low = (Math.max(0, found.part - found.slack) / (found.whole.value + wholeSlack)) * 100;
    const high = ((found.part + found.slack) / Math.max(1e-9, found.whole.value - wholeSlack)) * 100;
    const expected = actual * 100;
    if (isConsistentAtPrecision(stated.value, stated.decimals, expected) || (stated.value + half >= low - 1e-9 && stated.value - half <= high + 1e-9)) {
      context.verified(stated, reason);
      continue;
    }
    // "The eleven budgets add up to USD 615.5 million, of which IBCE alone accounts for 34.2%": a share that follows
    // from the dataset's sum over every entity, where the whole as written does not, puts the slip in the whole (the
    // total rule's to judge), not in the share.
    const sum = datasetSum(context.dataset, found.metric, found.time, found.whole);
    if (sum !== undefined && isConsistentAtPrecision(stated.value, stated.decimals, (found.part / sum) * 100)) continue;
    const newText = formatLike(roundHalfAwayFromZero(expected, stated.decimals), stated);
    context.report({
      range: { start: stated.start, end: stated.end },
      message: `Share stated as ${stated.text}, but ${name}'s ${formatNumber(found.part, 4)} (${found.time}) of the ${found.whole.text} is ${newText}.`,
      stated: stated.text,
      expected: newText,
      reason,
      related: [{ range: { start: found.whole.start, end: found.whole.end }, message: `the whole ${found.whole.text}` }],
      suggestions: [{ title: `Change the share to ${newText}`, edits: [{ range: { start: stated.start, end: stated.end }, newText }] }],
      data: { part: found.part, total: found.whole.value, expected },
    });
  }
}
