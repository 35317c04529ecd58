// A combined share of parts of a split stated before it, named by their labels: "- capital works, 38.4%; - staff costs,
// 22.7%; - energy and pumping, 16.1%; …" then "Capital works, staff costs and energy together took 61.1% of the budget";
// "… splits into core government funding 41.3%, …, national research grants 19.6%, …" then "Public money (core funding
// and national grants taken together) accounts for 70.9% of income". Each name must match one label of one split (its
// words all among the label's), and the parts are the labels' shares.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { Dataset } from '../dataset/index.js';
import type { NumberToken } from '../numbers.js';
import type { Span } from '../markdown/facts.js';
import { lemma } from './lemma.js';
import { statesOverlap } from './overlap.js';
import { sentenceOf, sentenceTokens } from './spans.js';

export interface NamedSharesTotal {
  total: NumberToken;
  parts: NumberToken[];
}

/** The word that makes the share the sum of the parts named: "together", "combined", "taken together", "between them". */
const TOGETHER = /\b(?:taken\s+together|put\s+together|together|combined|between\s+them|jointly)\b/i;
/** After the cue, up to the share: a bracket's close and a verb of a few words ("together) therefore accounts for "). */
const CUE_TO_SHARE = /^[\s)]*,?\s*(?:[\p{L}-]+\s+){0,4}$/u;
/** In brackets, names joined by "plus": "Public money (core government funding plus competitive national grants) makes up". */
const PLUS_BRACKET = /\(([^()]*?\bplus\b[^()]*?)\)\s*(?:[\p{L}-]+\s+){0,4}$/iu;
/** Where a clause starts before the names: "…, while national and …", "; …", "… budget, and …". */
const CLAUSE_START = /.*(?:[;:]\s*|,\s+(?:while|whereas|and|but)\s+|\b(?:while|whereas)\s+|\(\s*)/is;
/** Between two names: ", ", ", and ", " and ", " plus ", " + ". */
const NAME_SPLIT = /\s*,\s*(?:and\s+)?|\s+and\s+|\s+plus\s+|\s*\+\s*|\s*&\s*/i;
/** Words that say the parts overlap or are a selection: a sum of them is no combined share. */
const NOT_EXCLUSIVE = /\b(?:overlap\w*|more than one|several|counted (?:twice|once)|double[- ]count\w*|not exclusive|including|among them|such as)\b/i;
/** A percent that is a change: "up 3.3 points", "rose by 5%". */
const CHANGE_NEAR = /\b(?:points?|pp|up|down|by|rose|fell|grew|growth|increase\w*|decrease\w*|declin\w*|change\w*)\s*$/i;
const STOP = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'of', 'and', 'from', 'in', 'for', 'to', 'on', 'by', 'with', 'other', 'all', 'money', 'income', 'share', 'shares']);
/** How many segments above the combined share, within its section, are searched for the split. */
const REACH = 10;

/**
 * Combined shares of labelled parts of a split stated earlier in the section. With a range, only those whose combined
 * share stands in those segments ([from, to], a section-bound rule's scope): each is read of its own segment and the
 * segments above it, whatever the others give, so a full walk gives the same ones there.
 */
export function namedSharesTotals(doc: AnalysedDocument, dataset: Dataset, range?: { from: number; to: number }): NamedSharesTotal[] {
  const out: NamedSharesTotal[] = [];
  const to = range?.to ?? doc.segments.length - 1;
  for (let s = range?.from ?? 0; s <= to; s++) {
    const segment = doc.segments[s]!;
    if (segment.kind !== 'paragraph' || !segment.tokens.some((t) => t.kind === 'percent') || !TOGETHER.test(segment.text) && !/\bplus\b/i.test(segment.text)) continue;
    for (const { sentence, tokens } of sentenceTokens(segment)) {
      for (const total of tokens.filter((t) => t.kind === 'percent')) {
        const before = doc.text.slice(sentence.start, total.start);
        const names = namesBefore(before);
        if (!names || names.length < 2 || names.some((n) => n.length === 0)) continue;
        const parts = partsOf(doc, dataset, segment, sentence.start, names);
        if (!parts || !parts.every((p) => p.end <= sentence.start || p.segmentIndex < segment.index)) continue;
        // "Print and e-books together make up 75.0% of Tamesford's turnover" under Drumlargan's split: a whole owned by
        // another name than the split's subject is that name's split, not stated here.
        if (ownerOtherThanSplit(doc, segment, total, parts)) continue;
        out.push({ total, parts: parts.map((p) => p.token) });
      }
    }
  }
  return out;
}

/** Whether the share's whole is owned by a name ("75.0% of Tamesford's turnover") that the split's sentence does not name. */
function ownerOtherThanSplit(doc: AnalysedDocument, segment: AnalysedSegment, total: NumberToken, parts: readonly LabelledShare[]): boolean {
  const owner = segment.entities.find((m) => m.start >= total.end && /^\s+of\s+(?:the\s+)?$/i.test(doc.text.slice(total.end, m.start)) && /^['’]s?\b/.test(doc.text.slice(m.end, m.end + 2)));
  if (!owner) return false;
  const split = doc.segments[parts[0]!.segmentIndex]!;
  const sentence = sentenceOf(split, parts[0]!.token.start);
  return !split.entities.some((m) => m.id === owner.id && m.start >= sentence.start && m.end <= sentence.end);
}

/** The names of the parts a combined share sums, as content words each; undefined when the words before it are no such list. */
function namesBefore(before: string): string[][] | undefined {
  if (/\d/.test(before.replace(/^.*?(?:[;:]|,\s+(?:while|whereas)\s+|\bwhile\s+|\bwhereas\s+)/is, '')) && !PLUS_BRACKET.test(before)) {
    // A figure among the names ("International grants (29.4%) and industry contracts (23.5%) together") is another reading's.
    const cueAt = TOGETHER.exec(before);
    if (!cueAt || /\d/.test(before.slice(CLAUSE_START.exec(before.slice(0, cueAt.index))?.[0].length ?? 0, cueAt.index))) return undefined;
  }
  let list: string | undefined;
  const plus = PLUS_BRACKET.exec(before);
  if (plus) list = plus[1]!;
  else {
    const cues = [...before.matchAll(new RegExp(TOGETHER.source, 'gi'))];
    const cue = cues.at(-1);
    if (!cue || !CUE_TO_SHARE.test(before.slice(cue.index! + cue[0].length))) return undefined;
    const head = before.slice(0, cue.index);
    list = head.slice(CLAUSE_START.exec(head)?.[0].length ?? 0);
  }
  if (/\d|%/.test(list) || NOT_EXCLUSIVE.test(list)) return undefined;
  const names = list.split(NAME_SPLIT).map((n) => contentWords(n));
  return names.length >= 2 && names.length <= 5 ? names : undefined;
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/, '')).filter((w) => !STOP.has(w)).map((w) => lemma(w));
}

interface LabelledShare {
  token: NumberToken;
  words: Set<string>;
  end: number;
  segmentIndex: number;
}

/**
 * The labelled shares of the nearest split above (a list of items of one share each, or a sentence of two shares or more)
 * in which every name matches exactly one label; undefined when no split has them all, or the parts may overlap.
 */
function partsOf(doc: AnalysedDocument, dataset: Dataset, segment: AnalysedSegment, before: number, names: readonly string[][]): LabelledShare[] | undefined {
  const splits: { shares: LabelledShare[]; segments: AnalysedSegment[] }[] = [];
  // The combined share's own paragraph, its earlier sentences first.
  const own = sentenceTokens(segment).filter(({ sentence }) => sentence.end <= before);
  for (const { sentence, tokens } of own.reverse()) splits.push({ shares: sentenceShares(doc, segment, sentence, tokens), segments: [segment] });
  let items: AnalysedSegment[] = [];
  for (let index = segment.index - 1; index >= 0 && index >= segment.index - REACH; index--) {
    const s = doc.segments[index]!;
    if (s.kind === 'heading' || s.heading !== segment.heading) break;
    if (s.kind !== 'paragraph') continue;
    // An item of one share ("- capital works, 38.4%;") is a part of the list's split; any other segment ends the list.
    if (s.listItem && s.tokens.length === 1 && s.tokens[0]!.kind === 'percent') {
      items.unshift(s);
      continue;
    }
    if (items.length > 0) splits.push(listSplit(doc, items));
    items = [];
    for (const { sentence, tokens } of [...sentenceTokens(s)].reverse()) splits.push({ shares: sentenceShares(doc, s, sentence, tokens), segments: [s] });
  }
  if (items.length > 0) splits.push(listSplit(doc, items));
  for (const split of splits) {
    if (split.shares.length < 2) continue;
    const matched = names.map((name) => split.shares.filter((share) => name.every((w) => share.words.has(w))));
    if (matched.some((m) => m.length !== 1)) continue;
    const parts = matched.map((m) => m[0]!);
    if (new Set(parts).size !== parts.length || statesOverlap(dataset, [...split.segments, segment]) || split.segments.some((s) => NOT_EXCLUSIVE.test(s.text))) return undefined;
    if (parts.reduce((a, p) => a + p.token.value, 0) > 100) return undefined;
    return parts;
  }
  return undefined;
}

/** A list's items, each with one share: the label is the item's words before its share. */
function listSplit(doc: AnalysedDocument, items: readonly AnalysedSegment[]): { shares: LabelledShare[]; segments: AnalysedSegment[] } {
  const shares: LabelledShare[] = [];
  for (const item of items) {
    const token = item.tokens[0]!;
    if (CHANGE_NEAR.test(doc.text.slice(item.start, token.start))) return { shares: [], segments: [...items] };
    shares.push({ token, words: new Set(contentWords(doc.text.slice(item.start, token.start))), end: token.end, segmentIndex: item.index });
  }
  return { shares, segments: [...items] };
}

/**
 * A sentence's shares, each labelled by the words since the share before it ("…, donor and CGIAR grants 21.6%, …"), or,
 * when every share is followed by its label ("It split 69.3% tickets, 11.2% concessions … and 4.4% other"), by the
 * words after it up to the next comma or "and". Shares of which some are followed by a word and some not: no split.
 */
function sentenceShares(doc: AnalysedDocument, segment: AnalysedSegment, sentence: Span, tokens: readonly NumberToken[]): LabelledShare[] {
  const percents = tokens.filter((t) => t.kind === 'percent');
  if (percents.length < 2) return [];
  const out: LabelledShare[] = [];
  const labelled = percents.map((t) => LABEL_AFTER.exec(doc.text.slice(t.end, Math.min(sentence.end, t.end + 40))));
  const after = labelled.filter((m) => m !== null && !FUNCTION_WORD.has(m[1]!.toLowerCase())).length;
  if (after > 0 && after < percents.length) return [];
  let from = sentence.start;
  for (const [i, token] of percents.entries()) {
    const label = after > 0 ? labelled[i]![0] : doc.text.slice(from, token.start);
    if (CHANGE_NEAR.test(doc.text.slice(from, token.start)) || token.style.sign !== '') return [];
    out.push({ token, words: new Set(contentWords(label.replace(/^.*\b(?:into|as|between|:)\s+/is, ''))), end: token.end, segmentIndex: segment.index });
    from = token.end;
  }
  return out;
}

/** A share's label right after it: its words up to a comma, semicolon, "and" or the next figure ("69.3% tickets, "). */
const LABEL_AFTER = /^\s+([\p{L}][\p{L}'’-]*)(?:\s+(?!and\b|or\b)[\p{L}][\p{L}'’-]*){0,3}/u;
/** A word after a share that is no label of it ("21.6% of income", "40% and …", "30% in 2024"). */
const FUNCTION_WORD = new Set(['of', 'in', 'on', 'at', 'for', 'from', 'to', 'by', 'and', 'or', 'the', 'a', 'an', 'per', 'percent', 'points', 'was', 'were', 'is', 'are', 'while', 'with', 'than', 'each', 'respectively', 'between', 'among', 'against', 'versus', 'vs']);
