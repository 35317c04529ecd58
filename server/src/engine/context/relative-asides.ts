// A relative clause set off by commas right after a name, holding no figure: it describes the entity ("Glenmorrin,
// which relies on on-call crews across the Highlands, had 463 …", "ZESL (Zambia), whose battery work we follow, saw
// its output grow …"). The readings of a change or a rate mask it, so that its words are not taken for the claim's.
import type { Span } from '../markdown/facts.js';

/** Right after a name: an optional bracket, then ", which|who|whose …," with no figure, bracket or clause break. */
const RELATIVE_ASIDE = /^(?:\s*\([^()\n]*\))?,\s+(?:which|who|whose)\b[^,;:()\d\n]{1,120},/;

/** A place set off after a name: ", on La Palma", ", in Auckland" (a capitalised name, its particles allowed). */
const PLACE_ASIDE = /^,\s+(?:on|in|at|near)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:de|del|la|le|di|da|am|an|upon|on)\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,3}(?=,)/u;

/**
 * The relative aside right after `nameEnd`, before `before` (the figure), if there is one; a place set off between the
 * name and the aside ("Roque de las Tabaibas, on La Palma, whose paper count rose …") is part of it.
 */
export function relativeAsideAfter(text: string, nameEnd: number, before: number): Span | undefined {
  if (nameEnd >= before) return undefined;
  const place = PLACE_ASIDE.exec(text.slice(nameEnd, before));
  const from = nameEnd + (place ? place[0].length : 0);
  const m = RELATIVE_ASIDE.exec(text.slice(from, before));
  return m ? { start: nameEnd, end: from + m[0].length } : undefined;
}

/** The relative asides right after each of `names`, before the figure `before`. */
export function relativeAsides(text: string, names: readonly Span[], before: Span): Span[] {
  const out: Span[] = [];
  for (const name of names) {
    const aside = relativeAsideAfter(text, name.end, before.start);
    if (aside) out.push(aside);
  }
  return out;
}

/** A place set off right after a name (", on La Palma"), before the figure: its words are the name's, not the claim's. */
export function placeAsideAfter(text: string, nameEnd: number, before: number): Span | undefined {
  if (nameEnd >= before) return undefined;
  const m = PLACE_ASIDE.exec(text.slice(nameEnd, before));
  return m ? { start: nameEnd, end: nameEnd + m[0].length } : undefined;
}
