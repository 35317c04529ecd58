// Reads a total followed by its named parts in the same sentence: "a combined 540 ship days in 2025: GBMC 213, GIBS 163,
// EMSI 74 and GSL 54", "combined for 437 papers (UTokyo 287, Science Tokyo 165, Keio 21)", "a total of 96 berths —
// north quay 40, south quay 56". The parts are each a short label with one figure, listed right after the total.
import { documentDecimalMark, type AnalysedDocument, type AnalysedSegment } from '../analysis.js';
import { segmentHas } from './segment-carry.js';
import { acrossVersionsEach, movedWithSegment } from '../across-versions.js';
import { scanNumbers, type DecimalMark, type NumberToken } from '../numbers.js';
import { sentenceTokens } from './spans.js';

export interface LabelledListTotal {
  total: NumberToken;
  parts: NumberToken[];
  segment: AnalysedSegment;
}

/** Every reading here needs one of these words: a segment without any is skipped at once. */
const ANY_CUE = /\b(?:combined|total|totall?(?:ed|ing)|together|in all|altogether|add(?:s|ed)? up|sum(?:s|med)? to|between them)\b/i;
/** A total word right before the figure: "a combined 540", "combined for 437", "a total of 96", "totalled 1,204", "together logged 96". */
const CUE_BEFORE = /\b(?:(?:a\s+)?combined(?:\s+for)?|a\s+total\s+of|in\s+total|totall?(?:ed|ing)|add(?:s|ed)?\s+up\s+to|sum(?:s|med)?\s+to|altogether|together\s+(?:[\p{L}-]+\s+){0,2}?)\s*:?\s*$/iu;
/** The same word after it: "540 ship days in all: …", "437 papers combined (…)". */
const CUE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:in\s+all|in\s+total|altogether|combined|together|between\s+them)\b/iu;
/** Between the total and its list: a few words (its unit, its year) and then ":" / "(" / a dash. */
const OPENING = /^(?:\s+[\p{L}’'-]+|\s+(?:in|for|at)\s+\d{4}|\s+\d{4}|,?\s+between\s+them){0,6}?\s*(:|\(|[–—]|\s-\s)\s*/u;
/** A label of one to four words: "GBMC", "Science Tokyo", "the north quay", "Lund University's". */
const LABEL = String.raw`(?:the\s+)?[\p{L}][\p{L}’'&.-]*(?:\s+(?:of\s+|de\s+|the\s+)?[\p{L}][\p{L}’'&.-]*){0,3}`;
/** Label then figure ("GBMC 213", "Keio: 21") before the figure. */
const LABEL_BEFORE = new RegExp(String.raw`^(?:,\s*(?:and\s+)?|\s+and\s+|;\s*(?:and\s+)?)?${LABEL}\s*:?\s*$`, 'iu');
/** What the first label stands after: the list's opening mark. */
const FIRST_LABEL = new RegExp(String.raw`^\s*${LABEL}\s*:?\s*$`, 'iu');
/** After a figure: its unit word at most ("213 days"), then the next separator or the list's end. */
const AFTER_PART = /^(?:\s+[\p{L}-]+)?\s*$/u;
/** Words that make the list a selection of the parts ("led by A 213 and B 163", "(including A 213, B 163)"), or its figures changes ("A rose 412 and B fell 275"). */
const SOME_PARTS = /\b(?:includ\w*|incl|led by|such as|e\.g|for example|for instance|notably|mainly|mostly|chiefly|largely|principally|of which|of whom|among (?:them|which|whom)|with|especially|particularly|top|largest|biggest|main|major|leading|up|down|from|against|versus|vs|compared|rose|rise|rises|fell|fall|falls|grew|grow|grows|gain\w*|lost|los(?:e|es|ing)|drop\w*|declin\w*|increas\w*|decreas\w*|chang\w*)\b/i;
/** After a list's last figure, in place of its unit: the list leads, so it is a selection ("A 709, B 562 and C 278 led"). */
const LED_AFTER = /^\s+(?:led|lead|leads|leading|topped|top|tops|headed|head|heads|dominated|dominate|dominates|stand\s+out|stood\s+out)\b/i;
/** A label that makes its figure a reference, a date or a name, not a part: "Table 3", "March 12", "Route 16". */
const NOT_A_LABEL = /(?:^|\s)(?:table|figure|fig\.?|chart|panel|section|chapter|page|pp?\.|vol\.?|volume|article|annex|appendix|step|phase|round|row|column|note|ref\.?|reference|edition|issue|no\.?|number|route|line|gate|level|grade|class|type|version|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s*:?\s*$/i;
/** A figure given roughly cannot be summed to a certain total. */
const HEDGED = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|under|fewer than|less than|close to|an estimated|at least|up to)\s+$/i;

/** Every total whose labelled parts follow it in its sentence, each part the one figure of its label. */
export function labelledListTotals(doc: AnalysedDocument): LabelledListTotal[] {
  const out: LabelledListTotal[] = [];
  const mark = documentDecimalMark(doc);
  // Outside an edit's scope, the last version's reading, moved (across-versions.ts): it reads the segment's sentences
  // alone, with the document's decimal mark; only the paragraphs that found one are asked again.
  const gate = (segment: AnalysedSegment) => segment.kind === 'paragraph' && segment.tokens.length > 0;
  for (const found of acrossVersionsEach(doc, 'labelled-list-totals', [mark], gate, (segment) => segmentTotals(doc, segment, mark), movedWithSegment)) out.push(...found);
  return out;
}

const NONE: readonly LabelledListTotal[] = [];

function segmentTotals(doc: AnalysedDocument, segment: AnalysedSegment, mark: DecimalMark): readonly LabelledListTotal[] {
  if (!segmentHas(segment, ANY_CUE)) return NONE;
  const out: LabelledListTotal[] = [];
  const text = doc.text;
  for (const { sentence, tokens } of sentenceTokens(segment)) {
    for (const total of tokens) {
      if ((total.kind !== 'plain' && total.kind !== 'currency') || total.yearLike || total.style.sign !== '') continue;
      const before = text.slice(Math.max(sentence.start, total.start - 40), total.start);
      if (HEDGED.test(before)) continue;
      // The list opens within a few words after the total: its unit, its year, then ":" / "(" / a dash.
      const ahead = text.slice(total.end, Math.min(sentence.end, total.end + 80));
      const opening = OPENING.exec(ahead);
      if (!opening || (!CUE_BEFORE.test(before) && !CUE_AFTER.test(ahead.slice(0, opening.index + opening[0].length)))) continue;
      const listStart = total.end + opening.index + opening[0].length;
      const bracket = opening[1] === '(';
      const listEnd = bracket ? text.indexOf(')', listStart) : sentence.end;
      if (listEnd === -1 || listEnd > sentence.end) continue;
      // The parts are read from the text again: "Kessel 412," is a name-like figure the analysis sets aside.
      const figures = scanNumbers(text.slice(listStart, listEnd), mark).map((t) => ({ ...t, start: t.start + listStart, end: t.end + listStart }));
      const parts = listOf(text, figures, listStart, listEnd, bracket, total) ?? figureFirstList(text, figures, listStart, listEnd, bracket, total);
      if (parts) out.push({ total, parts, segment });
    }
    // "GBMC 213, GIBS 163, EMSI 74 and GSL 54, a combined 504 days": the labelled parts open the sentence, the total closes them.
    if (REVERSE_HINT.test(text.slice(sentence.start, sentence.end))) {
      const found = totalAfterList(text, sentence, tokens, mark);
      if (found && !out.some((o) => o.total === found.total)) out.push({ ...found, segment });
    }
  }
  return out.length > 0 ? out : NONE;
}

/** A sentence that may close a list with its total: ", a combined 504", "— 504 in all", ", for a total of 504". */
const REVERSE_HINT = /[,;–—-]\s*(?:for\s+)?(?:a\s+combined|a\s+total\s+of|totall?ing|together|altogether|in\s+all)\b|\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,2}?(?:in\s+all|in\s+total|altogether|combined)\b/iu;
/** Between the last part and the total: its unit, a comma or dash, then the total word (or none, when it follows the total). */
// A colon may stand there too when the total words follow the total ("… and Tallinn 74 days: 2,830 in all", acc-dsv29).
const TO_TOTAL_CUE = /^(?:\s+[\p{L}-]+)?\s*(?:,|;|—|–|\s-\s)\s*(?:for\s+)?(?:a\s+combined|a\s+total\s+of|totall?ing|together|altogether|in\s+all)\s*:?\s*$/iu;
const TO_TOTAL = /^(?:\s+[\p{L}-]+)?\s*(?:,|;|:|—|–|\s-\s)\s*$/u;
/** What may stand before the first label: the sentence's start, a colon or bracket, "In 2025," or "Over the (whole) decade (as a whole)," at most. */
// Or the measure the labels split and "was" / "were", after the split's own words and a year ("By home port, 2025 sea
// time was Bergen 709, …", acc-dsv29).
const LIST_OPENING = new RegExp(String.raw`^[\s*_]*(?:(?:in|by|for)\s+\d{4}\s*,?\s+|(?:over|across|during|throughout)\s+(?:the\s+)?(?:whole\s+|full\s+|past\s+|last\s+)?(?:decade|period|years?)(?:\s+as\s+a\s+whole)?\s*,?\s+|(?:by\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,\s*)?(?:(?:in\s+)?\d{4}\s*,?\s+)?(?:[\p{L}-]+\s+){1,3}?(?:was|were)\s+)?${LABEL}\s*:?\s*$`, 'iu');
/** The first part's unit, up to four words ("4,181 ship days, KCOD 1,773"), before the separator to the next label. */
const FIRST_UNIT = /^(?:\s+[\p{L}-]+){0,4}?(?=\s*(?:,|;|\s+and\s))/u;
/** A later part's unit, up to two words ("1,773 Sweden-linked papers"). */
const LATER_UNIT = /^(?:\s+[\p{L}-]+){0,2}?(?=\s*(?:,|;|\s+and\s))/u;

/** The total that closes a list of labelled parts opening its sentence (or its last colon), when all of it is that list. */
function totalAfterList(text: string, sentence: { start: number; end: number }, tokens: readonly NumberToken[], mark: DecimalMark): Omit<LabelledListTotal, 'segment'> | undefined {
  for (const total of tokens) {
    if ((total.kind !== 'plain' && total.kind !== 'currency') || total.yearLike || total.style.sign !== '' || HEDGED.test(text.slice(Math.max(sentence.start, total.start - 20), total.start))) continue;
    // A colon right before the total closes the list ("…: 2,830 in all"); the list opens after the one before it.
    const head = text.slice(sentence.start, total.start).replace(/:\s*$/, '');
    const colon = Math.max(head.lastIndexOf(':'), head.lastIndexOf('('));
    const from = sentence.start + colon + 1;
    const figures = scanNumbers(text.slice(from, total.start), mark).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
    if (figures.length < 2 || figures.some((t) => t.yearLike && t !== figures.find((f) => f.yearLike))) continue;
    const parts = figures.filter((t) => !t.yearLike);
    const last = parts[parts.length - 1]!;
    const gap = text.slice(last.end, total.start);
    if (!TO_TOTAL_CUE.test(gap) && !(TO_TOTAL.test(gap) && CUE_AFTER.test(text.slice(total.end, Math.min(sentence.end, total.end + 30))))) continue;
    if (parts.length < 2 || !LIST_OPENING.test(text.slice(from, parts[0]!.start)) || SOME_PARTS.test(text.slice(from, total.start))) continue;
    let ok = true;
    for (let j = 0; j < parts.length && ok; j++) {
      const part = parts[j]!;
      const label = text.slice(j === 0 ? from : parts[j - 1]!.end, part.start);
      if (NOT_A_LABEL.test(label) || part.kind !== total.kind || part.scale !== total.scale || part.currency !== total.currency || part.style.sign !== '' || HEDGED.test(label)) ok = false;
      else if (j > 0 && !LABEL_BEFORE.test(label.replace(j === 1 ? FIRST_UNIT : LATER_UNIT, ''))) ok = false;
    }
    if (ok) return { total, parts };
  }
  return undefined;
}

/** The labelled figures of the list, when it is nothing but "Label figure" items up to its end. */
function listOf(text: string, figures: readonly NumberToken[], listStart: number, listEnd: number, bracket: boolean, total: NumberToken): NumberToken[] | undefined {
  if (figures.length < 2 || figures.some((t) => t.yearLike)) return undefined;
  if (!FIRST_LABEL.test(text.slice(listStart, figures[0]!.start)) || SOME_PARTS.test(text.slice(listStart, figures[0]!.start))) return undefined;
  for (let j = 0; j < figures.length; j++) {
    const part = figures[j]!;
    if (NOT_A_LABEL.test(text.slice(j === 0 ? listStart : figures[j - 1]!.end, part.start))) return undefined;
    if (part.kind !== total.kind || part.scale !== total.scale || part.currency !== total.currency || part.style.sign !== '' || HEDGED.test(text.slice(Math.max(0, part.start - 20), part.start))) return undefined;
    if (j === 0) continue;
    const between = text.slice(figures[j - 1]!.end, part.start);
    if (SOME_PARTS.test(between) || !LABEL_BEFORE.test(between.replace(/^(?:\s+[\p{L}-]+)?(?=\s*(?:,|;|\s+and\s))/u, ''))) return undefined;
  }
  // After the last figure: its unit at most, then the end of the bracket, clause or sentence.
  const tail = text.slice(figures[figures.length - 1]!.end, listEnd);
  if (!(bracket ? AFTER_PART.test(tail) : /^(?:\s+[\p{L}-]+)?\s*(?:[.;]|\[[^\]]*\]|<sup>[^<]*<\/sup>)*\s*$/u.test(tail))) return undefined;
  // "…: A 709, B 562 and C 278 led": a verb that makes the list the first of more parts, not its unit.
  if (LED_AFTER.test(tail)) return undefined;
  return figures as NumberToken[];
}

/** A label after its part: a name of one to four words, none of them "and" ("the University of Tokyo", "Science Tokyo"). */
const NAME_AFTER = String.raw`(?:the\s+)?(?!and\b)[\p{L}][\p{L}’'&.-]*(?:\s+(?:of\s+|de\s+|the\s+)?(?!and\b)[\p{L}][\p{L}’'&.-]*){0,3}`;
/** Between a part and the next, the part before its label: its unit at most, "at|for|in|by", the label, ", " or " and ". */
const LABELLED_GAP = new RegExp(String.raw`^(?:\s+[\p{L}-]+)?\s+(?:at|for|in|by)\s+(${NAME_AFTER})\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*(?:and\s+)?)$`, 'iu');
/** After the last part: its label, then the end of the bracket, clause or sentence. */
const LABELLED_END = new RegExp(String.raw`^(?:\s+[\p{L}-]+)?\s+(?:at|for|in|by)\s+(${NAME_AFTER})\s*(?:[.;]|\[[^\]]*\]|<sup>[^<]*<\/sup>)*\s*$`, 'iu');

/**
 * "a combined 6,382 papers: 4,181 at the University of Tokyo, 1,773 at Science Tokyo and 428 at Keio": each part before
 * its label (acc-sum10); the same guards as `listOf` (no selection, change, hedge, year, other kind or scale).
 */
function figureFirstList(text: string, figures: readonly NumberToken[], listStart: number, listEnd: number, _bracket: boolean, total: NumberToken): NumberToken[] | undefined {
  if (figures.length < 2 || figures.some((t) => t.yearLike) || text.slice(listStart, figures[0]!.start).trim() !== '') return undefined;
  for (let j = 0; j < figures.length; j++) {
    const part = figures[j]!;
    if (part.kind !== total.kind || part.scale !== total.scale || part.currency !== total.currency || part.style.sign !== '' || HEDGED.test(text.slice(Math.max(0, part.start - 20), part.start))) return undefined;
    const after = text.slice(part.end, j + 1 < figures.length ? figures[j + 1]!.start : listEnd);
    const label = (j + 1 < figures.length ? LABELLED_GAP : LABELLED_END).exec(after);
    if (!label || SOME_PARTS.test(after) || NOT_A_LABEL.test(label[1]!)) return undefined;
  }
  return figures as NumberToken[];
}
