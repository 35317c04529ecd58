// "KHI filed 27 of them (20.8%), SAGIC 31 (28.8%) and CBRL 18 (13.8%)": after a share whose part and whole a reader
// found, the next pairs of its sentence that name another member and give its figure and share in the same form are
// shares of the same whole. Each is a reading (which whole the ellipsis carries), so the caller gives suggestions only.
import type { AnalysedDocument } from '../analysis.js';
import type { NumberToken } from '../numbers.js';
import { segmentAtOffset, sentenceOf } from './spans.js';

export interface EllipticShare {
  part: NumberToken;
  stated: NumberToken;
  whole: NumberToken;
}

/** Between a share and the next member's figure: ", SAGIC ", "; CBRL ", ", and the Gobabeb station ", after a closing bracket. */
const NEXT_MEMBER = /^\s*\)?\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+[\p{L}’'.&-]+){0,3}?\s+(?:with\s+|had\s+|has\s+|on\s+|at\s+)?$/u;
/** Between a figure and its share, as in the first pair: "(" or ", or ". */
const FIGURE_TO_SHARE = /^\s*(?:[\p{Ll}-]+\s+){0,2}?(?:\(\s*|,\s*(?:or\s+)?)$/u;
/** After the share: the bracket or clause ends; "(28.8% of its own output)" is of another whole. */
const SHARE_ENDS = /^\s*(?:\)|[,;.]|$|and\b)/;

/** The elliptic pairs after each found share, with that share's whole. */
export function ellipticShares(doc: AnalysedDocument, found: ReadonlyArray<{ part: NumberToken; stated: NumberToken; whole: NumberToken }>): EllipticShare[] {
  const out: EllipticShare[] = [];
  const taken = new Set(found.map((f) => f.stated.start));
  for (const first of found) {
    if (!FIGURE_TO_SHARE.test(doc.text.slice(first.part.end, first.stated.start))) continue;
    const segment = segmentAtOffset(doc.segments, first.stated.start);
    if (!segment || first.stated.end > segment.end) continue;
    const sentence = sentenceOf(segment, first.stated.start);
    const tokens = segment.tokens.filter((t) => t.start >= first.stated.end && t.end <= sentence.end && !t.yearLike);
    let last = first.stated;
    for (let i = 0; i + 1 < tokens.length; i += 2) {
      const [part, stated] = [tokens[i]!, tokens[i + 1]!];
      if (part.kind !== first.part.kind || stated.kind !== 'percent' || part.style.sign !== '' || stated.style.sign !== '' || taken.has(stated.start)) break;
      if (!NEXT_MEMBER.test(doc.text.slice(last.end, part.start)) || !FIGURE_TO_SHARE.test(doc.text.slice(part.end, stated.start))) break;
      if (!SHARE_ENDS.test(doc.text.slice(stated.end, stated.end + 6)) || part.value >= first.whole.value) break;
      out.push({ part, stated, whole: first.whole });
      taken.add(stated.start);
      last = stated;
    }
  }
  return out;
}
