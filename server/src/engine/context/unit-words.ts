// The word right after a figure, read as its unit or measure noun ("603 papers" → "paper"): readers of changes compare
// two figures' nouns to tell whether they measure the same thing ("90 tonnes … 72 hectares" do not).
import type { NumberToken } from '../numbers.js';

/** Words after a figure that name no unit: prepositions, articles and conjunctions. */
// (And the pronouns that open a clause about the figure: "on the 51 we scraped together in 2023", "the 40 that remain".)
export const NOT_A_UNIT: ReadonlySet<string> = new Set(['in', 'of', 'the', 'and', 'to', 'from', 'up', 'down', 'a', 'an', 'on', 'at', 'by', 'or', 'for', 'as', 'than', 'with', 'over', 'between', 'since', 'when', 'while', 'we', 'i', 'you', 'they', 'it', 'he', 'she', 'that', 'which', 'who']);

/** The figure's unit word, singular, or undefined when the next word is none (`notAUnit`: a reader's own stop words). */
export function unitWordAfter(text: string, t: NumberToken, notAUnit: ReadonlySet<string> = NOT_A_UNIT): string | undefined {
  const w = /^\s+([\p{L}-]+)/u.exec(text.slice(t.end, t.end + 30))?.[1]?.toLowerCase();
  return w && !notAUnit.has(w) ? w.replace(/s$/, '') : undefined;
}
