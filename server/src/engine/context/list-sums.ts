// Reads the sums a bulleted list states: a last item "Total: N", a sentence right after the list with a total word, or
// the lead-in sentence that introduces the list ("The three ports handled a combined 1,650 calls in 2024:").
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { TOTAL_LABEL } from './tables.js';

export interface ListSum {
  total: NumberToken;
  parts: NumberToken[];
  /** The segments around the list, where authors say that parts overlap. */
  around: AnalysedSegment[];
}

/**
 * "In all, 1,650 calls.", "Together they made 1,650 calls.", "Put together, that is 1,650.", "These add up to 1,650.",
 * "That is a total of 1,650 over the three years.", "Total: 1,650."
 */
const TOTAL_SENTENCE = /^[\s*_]*(?:(?:that|this)(?:['’]s|\s+(?:is|was|makes|made|gives|gave))\s+)?(?:total\s*:|in all|in total|altogether|all told|(?:taken|put|added) together|together(?:,)? (?:they|these|the \w+)|(?:these|they) (?:add|added) up to|the total (?:is|was|comes to|came to)|a total of)\b/i;
/**
 * A lead-in that states the list's total: a total word ("a combined 1,650 calls", "1,650 in all", "a total of", "split
 * as follows", "broke down as") or a group whose size is the number of items ("The three ports handled 1,650 calls:").
 */
const LEAD_IN_TOTAL = /\b(?:combined|in all|in total|altogether|all told|a total of|totall?(?:ed|ing)|together|between them|(?:split|splits|broke|breaks|break)\s+(?:down\s+)?(?:as\s+follows|like\s+this|as|into|by)|as\s+follows)\b/i;
/** A lead-in whose list is a selection, or whose figure is a change: "including:", "led by:", "rose by 120:". */
const LEAD_IN_SELECTION = /\b(?:includ\w*|incl\.|such as|led by|among (?:them|which|whom)|of which|of whom|for example|e\.g\.|notably|mainly|largest|biggest|top|main|major|leading|selected|some|several|most|rose|fell|grew|increas\w*|decreas\w*|declin\w*|gain\w*|lost|added|more|fewer|less|up|down|change\w*|average|mean|per|each|a year|share|%)\b/i;
/** An item whose figure is a change or a bound, not a part: "Keio: up 12", "over 200". */
const ITEM_NOT_PART = /\b(?:up|down|rose|fell|grew|increas\w*|decreas\w*|declin\w*|gain\w*|lost|added|more|fewer|less|over|under|about|around|roughly|nearly|almost|some|approximately|at least|up to|including|of which|per|each|average|share|rank\w*|place)\b|[+−±]|%/i;
const YEAR = /\b(?:19|20)\d{2}\b/g;

/** The word after an item's figure ("1,210 calls"): the items must count the same thing. */
const UNIT_AFTER = /^[^\S\n]*([\p{L}-]*)/u;

/** In the total's own text: the list is a selection of a larger whole ("including the three above", "the other six"). */
const LARGER_WHOLE = /\b(?:including|incl\.|among\s+them|of\s+which|besides|other|others|rest|remaining|as\s+well\s+as|plus)\b/i;
const HEDGED_BEFORE = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|under|fewer than|less than|close to|an estimated|at least|up to)\s+$/i;
const SIZE_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** A group named by its size in the total's text: "(all nine ports)", "the 12 stations". */
const GROUP_SIZE = /\b(?:all|the|these|those|its|our|their)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b/gi;

/** Whether the total's text names a whole other than the listed parts (acc-parts9). */
function namesLargerWhole(text: string, parts: number): boolean {
  if (LARGER_WHOLE.test(text)) return true;
  for (const m of text.matchAll(GROUP_SIZE)) {
    const size = SIZE_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    if (size !== parts) return true;
  }
  return false;
}

/**
 * Every list whose items each hold one count, with the total a last "Total" item or the sentence after it states.
 * With a range (a section-bound rule's scope), only the lists whose total may stand in those segments ([from, to]): from
 * the lead-in right before the first item to the paragraph right after the last; each list is read alone.
 */
export function listSums(doc: AnalysedDocument, range?: { from: number; to: number }): ListSum[] {
  const out: ListSum[] = [];
  for (const list of doc.lists) {
    if (range && list.items.length > 0 && (list.items[0]! - 1 > range.to || list.items[list.items.length - 1]! + 1 < range.from)) continue;
    const items = list.items.map((i) => doc.segments[i]!);
    const figures = items.map(countOf);
    if (items.length < 2 || figures.some((f) => f === undefined)) continue;
    const units = new Set(figures.map((f) => UNIT_AFTER.exec(doc.text.slice(f!.end, f!.end + 30))![1]!.toLowerCase()));
    if (units.size > 1 && !TOTAL_LABEL.test(items[items.length - 1]!.text)) continue;
    const intro = doc.segments[items[0]!.index - 1];
    const after = doc.segments[items[items.length - 1]!.index + 1];
    const around = [intro, after].filter((s): s is AnalysedSegment => s !== undefined && s.kind === 'paragraph' && !s.listItem);
    const last = items[items.length - 1]!;
    if (items.length >= 3 && TOTAL_LABEL.test(last.text) && !/^[\s*_]*all\b/i.test(last.text)) {
      if (namesLargerWhole(last.text, figures.length - 1)) continue;
      out.push({ total: figures[figures.length - 1]!, parts: figures.slice(0, -1) as NumberToken[], around });
      continue;
    }
    const lead = leadInTotal(doc, intro, items, figures as NumberToken[]);
    if (lead) {
      out.push({ total: lead, parts: figures as NumberToken[], around });
      continue;
    }
    if (items.length < 3) continue;
    if (!after || after.kind !== 'paragraph' || after.listItem || !TOTAL_SENTENCE.test(after.text)) continue;
    const sentence = after.sentences[0];
    const inFirst = after.tokens.filter((t) => sentence && t.start >= sentence.start && t.end <= sentence.end && !t.yearLike);
    if (sentence && namesLargerWhole(doc.text.slice(sentence.start, sentence.end), figures.length)) continue;
    if (inFirst.length === 1 && inFirst[0]!.kind === figures[0]!.kind && inFirst[0]!.currency === figures[0]!.currency && inFirst[0]!.scale === figures[0]!.scale) out.push({ total: inFirst[0]!, parts: figures as NumberToken[], around });
  }
  return out;
}

/** The one count of a list item ("Cargo: 1,210 calls"), not a year, percent or ordinal. */
function countOf(item: AnalysedSegment): NumberToken | undefined {
  const figures = item.tokens.filter((t) => !t.yearLike);
  const token = figures.length === 1 ? figures[0]! : undefined;
  return token && (token.kind === 'plain' || token.kind === 'currency') && token.style.sign === '' ? token : undefined;
}

/**
 * The total a list's lead-in states (acc-sum10): the paragraph right before the list ends its last sentence with ":",
 * which holds one figure of the items' kind, currency and scale, a total word or a group of as many members as there
 * are items, no word that makes the list a selection or its figure a change, and no year the items contradict; each
 * item holds one plain part (no change, bound or share).
 */
function leadInTotal(doc: AnalysedDocument, intro: AnalysedSegment | undefined, items: readonly AnalysedSegment[], figures: readonly NumberToken[]): NumberToken | undefined {
  if (!intro || intro.kind !== 'paragraph' || intro.listItem || !/:\s*$/.test(intro.text)) return undefined;
  const sentence = intro.sentences[intro.sentences.length - 1];
  if (!sentence) return undefined;
  const text = doc.text.slice(sentence.start, sentence.end);
  const inSentence = intro.tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end && !t.yearLike);
  if (inSentence.length !== 1) return undefined;
  const total = inSentence[0]!;
  const first = figures[0]!;
  if (total.kind !== first.kind || total.currency !== first.currency || total.scale !== first.scale || total.style.sign !== '') return undefined;
  if (HEDGED_BEFORE.test(doc.text.slice(Math.max(sentence.start, total.start - 20), total.start))) return undefined;
  if (LEAD_IN_SELECTION.test(text) || namesLargerWhole(text, items.length)) return undefined;
  const sized = [...text.matchAll(GROUP_SIZE)].some((m) => (SIZE_WORDS[m[1]!.toLowerCase()] ?? Number(m[1])) === items.length);
  if (!LEAD_IN_TOTAL.test(text) && !sized) return undefined;
  const years = new Set(text.match(YEAR) ?? []);
  for (const [k, item] of items.entries()) {
    const after = doc.text.slice(figures[k]!.end, item.end);
    if (ITEM_NOT_PART.test(item.text) || /\b(?:and|or|to)\b/.test(after)) return undefined;
    const own = item.text.match(YEAR) ?? [];
    if (years.size > 0 && own.some((y) => !years.has(y))) return undefined;
  }
  // The total is the sum's size: no part larger than it.
  if (figures.some((f) => f.value > total.value)) return undefined;
  return total;
}
