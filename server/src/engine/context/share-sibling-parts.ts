// A part of a whole stated earlier, referring back to it: "Grants accounted for GBP 2.4 million of this, or 33.4%."
// Between a total and a later share of it, such a sentence is a sibling part, not another whole.

/** "of this", "of that", "of it", "of the total", with a share right after or the figure just before. */
const REFERS_BACK = /\b(?:of\s+(?:this|that|it)\b(?!\s+(?:year|month|week|day|period|kind|type|sort))|of\s+the\s+(?:same\s+)?total\b)/i;

/** Whether a sentence states a part of a whole given before it, referring back to that whole. */
export function refersBack(sentence: string): boolean {
  return REFERS_BACK.test(sentence);
}

/** The sentence with its references back ("of the total") blanked out: what is left says whether it states a whole itself. */
export function withoutReferences(sentence: string): string {
  return sentence.replace(new RegExp(REFERS_BACK.source, 'gi'), ' ');
}
