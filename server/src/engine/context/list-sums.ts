// Reads the sums a bulleted list states: a last item "Total: N", or a sentence right after the list with a total word.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { TOTAL_LABEL } from './tables.js';

export interface ListSum {
  total: NumberToken;
  parts: NumberToken[];
  /** The segments around the list, where authors say that parts overlap. */
  around: AnalysedSegment[];
}

/** "In all, 1,650 calls.", "Together they made 1,650 calls.", "Put together, that is 1,650.", "These add up to 1,650." */
const TOTAL_SENTENCE = /^[\s*_]*(?:in all|in total|altogether|all told|(?:taken|put|added) together|together(?:,)? (?:they|these|the \w+)|(?:these|they) (?:add|added) up to|the total (?:is|was|comes to|came to)|a total of)\b/i;
/** The word after an item's figure ("1,210 calls"): the items must count the same thing. */
const UNIT_AFTER = /^\s*([\p{L}-]*)/u;

/** In the total's own text: the list is a selection of a larger whole ("including the three above", "the other six"). */
const LARGER_WHOLE = /\b(?:including|incl\.|among\s+them|of\s+which|besides|other|others|rest|remaining|as\s+well\s+as|plus)\b/i;
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

/** Every list whose items each hold one count, with the total a last "Total" item or the sentence after it states. */
export function listSums(doc: AnalysedDocument): ListSum[] {
  const out: ListSum[] = [];
  for (const list of doc.lists) {
    const items = list.items.map((i) => doc.segments[i]!);
    const figures = items.map(countOf);
    if (items.length < 3 || figures.some((f) => f === undefined)) continue;
    const units = new Set(figures.map((f) => UNIT_AFTER.exec(doc.text.slice(f!.end, f!.end + 30))![1]!.toLowerCase()));
    if (units.size > 1 && !TOTAL_LABEL.test(items[items.length - 1]!.text)) continue;
    const intro = doc.segments[items[0]!.index - 1];
    const after = doc.segments[items[items.length - 1]!.index + 1];
    const around = [intro, after].filter((s): s is AnalysedSegment => s !== undefined && s.kind === 'paragraph' && !s.listItem);
    const last = items[items.length - 1]!;
    if (TOTAL_LABEL.test(last.text) && !/^[\s*_]*all\b/i.test(last.text)) {
      if (namesLargerWhole(last.text, figures.length - 1)) continue;
      out.push({ total: figures[figures.length - 1]!, parts: figures.slice(0, -1) as NumberToken[], around });
      continue;
    }
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
