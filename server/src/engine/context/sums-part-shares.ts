// Reads a share of one named part of a whole that is only given as its parts: "NINS worked with 490 international and
// 105 domestic institutions; international partners were thus 84.2% of the total", "The depot holds 312 electric and
// 88 diesel buses. Electric buses make up 78% of the fleet" — the part is the figure its word names, the whole their sum.
import type { AnalysedDocument, AnalysedSegment } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { sentenceTokens } from './spans.js';
import { acrossVersionsEach, movedWithSegment } from '../across-versions.js';

export interface PartShare {
  stated: NumberToken;
  part: NumberToken;
  parts: NumberToken[];
  segment: AnalysedSegment;
}

/** Between two parts: the first part's word, a noun or two at most, then ", " / " and ". */
const PART_GAP = /^\s+([\p{L}][\p{L}-]*)(?:\s+[\p{L}][\p{L}-]*){0,2}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
/** After the last part: its word ("105 domestic institutions"). */
const LAST_WORD = /^\s+([\p{L}][\p{L}-]*)/u;
/** After the percent: of the whole the parts make up ("of the total", "of all", "of them"), or of the parts' own noun ("of its buses"). */
const OF_WHOLE = /^\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:(?:[\p{L}-]+\s+){0,2}?(?:total|whole|combined|sum)\b|(?:all|them|these|those)\b|([\p{L}-]+))/iu;
/** The noun after the last part's word: "105 domestic institutions" → "institutions". */
const LAST_NOUN = /^\s+[\p{L}][\p{L}-]*\s+([\p{L}][\p{L}-]*)/u;
/** Between the part's word and the percent: a verb of being a part ("were", "made up", "accounted for"), no clause break. */
const PART_IS = /^[^.;:()\d%]{0,50}?\b(?:were|was|are|is|made up|make up|makes up|account(?:s|ed)? for|represent(?:s|ed)?|formed|form|forms|comprised|comprise|comprises|constitut(?:e|es|ed))\b[^.;:()\d%]{0,20}$/i;
/** "490 international and 105 domestic institutions, 695 in all": a stated whole, which the total rule checks. */
const IN_ALL = /^\s*(?:,\s*)?(?:[\p{L}-]+\s+){0,2}?(?:in all|in total|altogether|combined)\b/iu;
/** A part given roughly makes the share rough too. */
const HEDGED = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|under|fewer than|less than|close to|at least)\s+$/i;
/** Words that say the parts are not a partition of the whole. */
const NOT_ALL = /\b(?:includ\w*|among|such as|of which|of whom|other|others|overlap\w*|both)\b/i;

/** Each share of one part of a two- to four-part enumeration, stated after it in its sentence or the next one. */
export function partShares(doc: AnalysedDocument): PartShare[] {
  const out: PartShare[] = [];
  // Outside an edit's scope, the last version's reading, moved (across-versions.ts): it reads the paragraph and at most
  // 60 characters after it; only the scope and the paragraphs that gave one are asked again, not every paragraph.
  for (const read of acrossVersionsEach(doc, 'part-shares', [], mayHoldParts, (segment) => segmentPartShares(doc.text, segment), movedWithSegment)) out.push(...read);
  return out;
}

/** A paragraph with three figures, one of them a percent: content and kind only (acrossVersionsEach's gate). */
const mayHoldParts = (segment: AnalysedSegment): boolean => segment.kind === 'paragraph' && segment.tokens.length >= 3 && segment.tokens.some((t) => t.kind === 'percent');

function segmentPartShares(text: string, segment: AnalysedSegment): PartShare[] {
  const out: PartShare[] = [];
  {
    const sentences = sentenceTokens(segment);
    sentences.forEach(({ sentence, tokens }, s) => {
      const figures = tokens.filter((t) => !t.yearLike);
      for (let i = 0; i + 1 < figures.length; i++) {
        const parts: NumberToken[] = [figures[i]!];
        const words: string[] = [];
        let j = i;
        while (j + 1 < figures.length && isCount(figures[j + 1]!) && isCount(figures[j]!)) {
          const m = PART_GAP.exec(text.slice(figures[j]!.end, figures[j + 1]!.start));
          if (!m) break;
          words.push(m[1]!.toLowerCase());
          parts.push(figures[++j]!);
        }
        if (parts.length < 2 || parts.length > 4 || !isCount(parts[0]!)) continue;
        const last = parts[parts.length - 1]!;
        const lastWord = LAST_WORD.exec(text.slice(last.end, last.end + 30));
        if (!lastWord) continue;
        words.push(lastWord[1]!.toLowerCase());
        i = j;
        if (new Set(words).size !== words.length || words.some((w) => w === 'and' || w === 'of' || w === 'in')) continue;
        if (parts.some((p) => HEDGED.test(text.slice(Math.max(sentence.start, p.start - 20), p.start)))) continue;
        // The share: in the rest of this sentence, else in the next one.
        const rest = figures.filter((t) => t.start > last.end);
        const noun = LAST_NOUN.exec(text.slice(last.end, last.end + 60))?.[1]?.toLowerCase();
        // The share's words are read after the list ("…105 domestic institutions; international partners were …").
        const after = last.end + lastWord[0].length;
        const stated = IN_ALL.test(text.slice(last.end, (rest[0]?.start ?? sentence.end))) ? undefined : shareAfter(text, rest, after, sentence.end, words, parts, noun);
        const next = sentences[s + 1];
        const found = stated ?? (rest.length === 0 && next ? shareAfter(text, next.tokens.filter((t) => !t.yearLike), next.sentence.start, next.sentence.end, words, parts, noun) : undefined);
        if (found && !NOT_ALL.test(text.slice(sentence.start, found.stated.end))) out.push({ ...found, parts, segment });
      }
    });
  }
  return out;
}

function isCount(t: NumberToken): boolean {
  return t.kind === 'plain' && t.decimals === 0 && !t.yearLike && t.style.sign === '';
}

/** The one percent of the span whose part is named by one of the words right before it ("international partners were 84.2% of the total"). */
function shareAfter(text: string, figures: readonly NumberToken[], from: number, to: number, words: readonly string[], parts: readonly NumberToken[], noun: string | undefined): { stated: NumberToken; part: NumberToken } | undefined {
  if (figures.length !== 1 || figures[0]!.kind !== 'percent' || figures[0]!.style.sign !== '') return undefined;
  const stated = figures[0]!;
  const of = OF_WHOLE.exec(text.slice(stated.end, Math.min(to, stated.end + 40)));
  if (!of || (of[1] !== undefined && of[1].toLowerCase() !== noun)) return undefined;
  const before = text.slice(from, stated.start);
  const named = words.flatMap((w, k) => (new RegExp(String.raw`(?<![\p{L}-])${escape(w)}(?![\p{L}-])`, 'iu').test(before) ? [k] : []));
  if (named.length !== 1) return undefined;
  const at = before.toLowerCase().lastIndexOf(words[named[0]!]!);
  if (!PART_IS.test(before.slice(at + words[named[0]!]!.length))) return undefined;
  return { stated, part: parts[named[0]!]! };
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
