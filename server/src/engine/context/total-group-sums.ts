// A sum over a group named by its size ("Together the three institutes logged 1,649 days", "Between them the two depots
// hold EUR 7.4 million", "Put together, that is 3,324 papers with the three universities") whose parts are the figures
// of the same measure stated just before it, one per member. Entity-agnostic: the group's size names how many parts.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import { spelledNumber, type NumberToken } from '../numbers.js';
import { sentenceTokens } from './spans.js';
import { segmentHas } from './segment-carry.js';
import { countriesFit, groupQualifiers } from './counted-totals.js';
import type { Dataset } from '../dataset/index.js';

export interface GroupSum {
  total: NumberToken;
  parts: NumberToken[];
  segment: AnalysedSegment;
}

/** A sum word: the figure of its sentence adds the parts up. */
const SUM_CUE = /\b(?:together|combined|between\s+them|in\s+all|all\s+told|altogether|in\s+total|a\s+total\s+of|total(?:led|ed|ling)|jointly|put\s+together|taken\s+together|add(?:s|ed)?\s+up\s+to)\b/i;
/** The group and its size: "the three institutes", "these two depots", "all four hives", "both ports". */
const GROUP = /\b(?:(?:the|these|those|our|its|their|all)\s+(two|three|four|five|six|seven|eight|nine|ten|[2-9])\b(?:\s+[\p{L}-]+){0,3}|(both)\b)/iu;
/** "Kiel, Aberdeen and Bergen together", "A and B between them", "A, B and C combined": capitalised names joined by commas and "and". */
const NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}`;
const NAMED_LIST = new RegExp(String.raw`(?:^|[^\p{L}])((?:${NAME}\s*,\s*){0,6}${NAME},?\s+and\s+${NAME})\s+(?:together|combined|between\s+them|jointly)\b`, 'u');
/**
 * Parts said to overlap, a selection, or a figure that is only part of the group: no sum. "Of these, 40 went to women,
 * and 30 of them to foreign students" counts subsets of one whole, not members of a group.
 */
const NOT_A_SUM = /\b(?:overlap\w*|double[-\s]count\w*|counted\s+(?:twice|more than once|once for each)|of\s+(?:which|whom|these|them|those)|including|among\s+(?:them|these|those)|each|per|average|mean|median|a\s+year|per\s+year|annual)\b/i;
/** Figures given roughly, and changes rather than levels. */
const HEDGED = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|under|fewer than|less than|close to|an estimated|up to|at least)\s+$/i;
const CHANGE_BEFORE = /\b(?:by|up|down|rose|fell|grew|gained|lost|added|increase[sd]?|decrease[sd]?|more|fewer|less|than)\s+$/i;
const CHANGE_AFTER = /^\s*(?:more|fewer|less|up|down|higher|lower|than|times|percentage|points?|%)\b/i;
/** How many sentences before the total's are searched for its parts (its paragraph, then the one above, one section). */
const REACH = 4;
const YEAR = /\b(?:19|20)\d{2}\b/g;

/**
 * Sentences with a sum word, a group of N and one figure (counts or money) whose N parts are the only figures of that
 * measure in the whole sentences just before it; each part and the total in the same year (when years are named), none
 * hedged, none a change. Nothing when the parts are said to overlap or when the sentences hold other figures of the measure.
 * With a range, only the sums whose totals stand in those segments ([from, to]): a section-bound rule's scope.
 */
export function groupSums(doc: AnalysedDocument, dataset?: Dataset, range?: { from: number; to: number }): GroupSum[] {
  const out: GroupSum[] = [];
  // Each sum's total is a figure of the segment it is read in, and nothing read of one segment depends on another's
  // sums: the segments of a range give the sums whose totals stand there, those a full walk gives for them.
  const from = range?.from ?? 0;
  const to = range?.to ?? doc.segments.length - 1;
  for (let s = from; s <= to; s++) {
    const segment = doc.segments[s]!;
    if (segment.kind !== 'paragraph' || segment.tokens.length === 0 || !segmentHas(segment, SUM_CUE)) continue;
    const groups = sentenceTokens(segment);
    groups.forEach(({ sentence, tokens }, g) => {
      const text = doc.text.slice(sentence.start, sentence.end);
      if (!SUM_CUE.test(text) || NOT_A_SUM.test(text)) return;
      const group = GROUP.exec(text);
      // "Kiel, Aberdeen and Bergen together …": a group named by its members, each of whom a part's sentence must name.
      const listed = group ? undefined : NAMED_LIST.exec(text);
      if (!group && !listed) return;
      const names = listed ? listed[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((n) => n.trim()).filter((n) => n.length > 0) : [];
      if (listed && (names.length < 2 || new Set(names).size !== names.length)) return;
      const size = listed ? names.length : group![2] ? 2 : /\d/.test(group![1]!) ? Number(group![1]) : spelledNumber(group![1]!)!;
      const groupAt = sentence.start + (group ?? listed)!.index;
      const groupLength = group ? group[0].length : 0;
      const figures = tokens.filter((t) => !t.yearLike && t.kind !== 'percent' && t.kind !== 'ordinal' && !(t.start >= groupAt && t.end <= groupAt + groupLength));
      if (figures.length !== 1) return;
      const total = figures[0]!;
      if (total.kind !== 'plain' && total.kind !== 'currency') return;
      if (unclear(doc, total)) return;
      const parts = partsBefore(doc, segment, groups, g, total, size);
      if (!parts) return;
      // Each member named in the list has a part stated in a sentence that names it, each part a different member.
      if (listed && !namesMatch(doc, parts.tokens, names)) return;
      // The dataset entities the parts are of: those the total's sentence names ("UICS and CIOQ, the two largest …"), and of
      // the country its group names ("the two Argentine institutes").
      if (group && !partsOfGroup(doc, segment, sentence, parts.tokens, group[0], dataset)) return;
      const years = new Set(text.match(YEAR) ?? []);
      if (years.size > 1) return;
      if (parts.years.some((y) => y.size > 1 || (years.size === 1 && y.size === 1 && !sameSet(y, years)))) return;
      if (years.size === 0 && new Set(parts.years.flatMap((y) => [...y])).size > 1) return;
      out.push({ total, parts: parts.tokens, segment });
    });
  }
  return out;
}

interface Sentence {
  start: number;
  end: number;
  tokens: NumberToken[];
  segment: AnalysedSegment;
}

/** The N figures of the total's measure in the whole sentences just before it, when they hold exactly N; else undefined. */
function partsBefore(doc: AnalysedDocument, segment: AnalysedSegment, groups: ReturnType<typeof sentenceTokens>, g: number, total: NumberToken, size: number): { tokens: NumberToken[]; years: Array<Set<string>> } | undefined {
  const sentences: Sentence[] = [];
  for (let k = g - 1; k >= 0 && sentences.length < REACH; k--) sentences.push({ start: groups[k]!.sentence.start, end: groups[k]!.sentence.end, tokens: groups[k]!.tokens, segment });
  const above = doc.segments[segment.index - 1];
  if (above && above.kind === 'paragraph' && above.heading === segment.heading && !above.text.trimEnd().endsWith(':')) {
    const upper = sentenceTokens(above);
    for (let k = upper.length - 1; k >= 0 && sentences.length < REACH; k--) sentences.push({ start: upper[k]!.sentence.start, end: upper[k]!.sentence.end, tokens: upper[k]!.tokens, segment: above });
  }
  // The sentence part of the total's own sentence before the group or total ("A had 709 and B 562, so together the two…") is not read.
  const found: NumberToken[] = [];
  const years: Array<Set<string>> = [];
  const totalText = doc.text.slice(groups[g]!.sentence.start, groups[g]!.sentence.end);
  for (const s of sentences) {
    const text = doc.text.slice(s.start, s.end);
    const figures = s.tokens.filter((t) => !t.yearLike && t.kind !== 'ordinal');
    // A figure with a unit word the total's sentence never uses ("two years earlier") is another measure: passed over.
    const same = figures.filter((t) => sameMeasure(t, total) && unitAgrees(doc, t, totalText));
    if (same.length === 0) {
      // A sentence between without figures of the measure is passed over; one with a total of its own ends the search.
      if (SUM_CUE.test(text) && figures.length > 0) return undefined;
      continue;
    }
    if (SUM_CUE.test(text) || NOT_A_SUM.test(text)) return undefined;
    if (same.some((t) => unclear(doc, t) || t.value >= total.value)) return undefined;
    found.unshift(...same);
    for (let i = same.length - 1; i >= 0; i--) years.unshift(partYears(doc, s, same[i]!));
    if (found.length >= size) break;
  }
  if (found.length !== size || size < 2) return undefined;
  // Each part in its own clause: two parts of one sentence are kept apart by a comma, "and", ";" or a clause of words.
  for (let i = 1; i < found.length; i++) {
    const between = doc.text.slice(found[i - 1]!.end, found[i]!.start);
    if (between.includes('\n') && found[i - 1]!.end < found[i]!.start - 400) return undefined;
    if (/^\s*(?:[-–—/+×x]|to|and|or)?\s*$/i.test(between) && !/\band\b/i.test(between)) return undefined;
  }
  return { tokens: found, years };
}

/** Each part's clause names a different one of the members: the part's sentence text before it, back to the previous part. */
function namesMatch(doc: AnalysedDocument, parts: readonly NumberToken[], names: readonly string[]): boolean {
  const used = new Set<string>();
  for (let i = 0; i < parts.length; i++) {
    const from = i === 0 ? Math.max(0, parts[i]!.start - 160) : parts[i - 1]!.end;
    const before = doc.text.slice(from, parts[i]!.start);
    const named = names.filter((n) => !used.has(n) && before.includes(n));
    if (named.length !== 1) return false;
    used.add(named[0]!);
  }
  return used.size === names.length;
}

/** Whether each part's entity (the last one named before it in its sentence) fits the members and country of the group. */
function partsOfGroup(doc: AnalysedDocument, segment: AnalysedSegment, sentence: { start: number; end: number }, parts: readonly NumberToken[], group: string, dataset?: Dataset): boolean {
  const around = [segment, doc.segments[segment.index - 1]].filter((s): s is AnalysedSegment => s !== undefined);
  const mentions = around.flatMap((s) => s.entities);
  const members = new Set(segment.entities.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.id));
  const owners = parts.map((p) => {
    const own = around.flatMap((s) => s.sentences).find((x) => x.start <= p.start && p.end <= x.end);
    return mentions.filter((m) => own && m.start >= own.start && m.end <= p.start).pop()?.id;
  });
  if (members.size >= 2 && owners.some((id) => id !== undefined && !members.has(id))) return false;
  // A capitalised qualifier ("Argentine") must fit every part's country; a part of no known entity leaves that unsure.
  if (!dataset || groupQualifiers(group).length === 0) return true;
  return owners.every((id) => id !== undefined) && countriesFit(group, owners as string[], dataset);
}

/** A figure given roughly, or written as a change ("by 40", "40 more than"). */
function unclear(doc: AnalysedDocument, t: NumberToken): boolean {
  const before = doc.text.slice(Math.max(0, t.start - 24), t.start);
  const after = doc.text.slice(t.end, t.end + 20);
  return t.style.sign !== '' || HEDGED.test(before) || CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after);
}

/** The years of a part's own clause, or failing those of its sentence before it ("In 2024, A logged 562"). */
function partYears(doc: AnalysedDocument, s: { start: number; end: number }, t: NumberToken): Set<string> {
  const before = doc.text.slice(s.start, t.start);
  const after = doc.text.slice(t.end, s.end);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'));
  const to = after.search(/[,;:—]/);
  const clause = before.slice(from + 1) + ' ' + (to < 0 ? after : after.slice(0, to));
  const own = clause.match(YEAR) ?? [];
  return new Set(own.length > 0 ? own : before.match(YEAR) ?? []);
}

/** The unit words right after a figure ("562 ship days" → ship, days), when it has any. */
const UNIT_WORDS = /^\s+(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?/u;
const FUNCTION_WORD = /^(?:of|in|on|at|for|from|by|to|or|and|with|which|that|was|were|is|are|had|has|have|this|it|the|a|an|after|before|while|as|so|but|each|apiece|between|together|combined|alone|last|this|that|then|more|less)$/i;

/** Whether a figure's unit words (if any) occur in the total's sentence. */
function unitAgrees(doc: AnalysedDocument, t: NumberToken, totalText: string): boolean {
  const m = UNIT_WORDS.exec(doc.text.slice(t.end, t.end + 40));
  const words = m ? [m[1], m[2]].filter((w): w is string => w !== undefined) : [];
  const nouns: string[] = [];
  for (const w of words) {
    if (FUNCTION_WORD.test(w)) break;
    nouns.push(w);
  }
  if (nouns.length === 0) return true;
  return nouns.some((w) => new RegExp(String.raw`\b${w.length > 4 ? w.replace(/(?:ies|es|s)$/i, '') : w}`, 'iu').test(totalText));
}

function sameMeasure(a: NumberToken, b: NumberToken): boolean {
  if (a.kind === 'plain' && b.kind === 'plain') return true;
  return a.kind === 'currency' && b.kind === 'currency' && a.currency === b.currency && a.scale === b.scale;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
