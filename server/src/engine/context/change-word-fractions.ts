// A change said as a fraction in words (acc-change6): "fell by a third", "grew by half", "rose by nearly a quarter",
// "dropped by more than two-thirds". Read as a multiple of the initial value (1 − 1/3, 1 + 1/2) whose change the rule
// compares with the endpoints' own; the words are the author's, so a finding never carries a fix.
import type { Span } from '../markdown/facts.js';
import type { StatedMultiple } from './growth.js';

const FRACTIONS: Record<string, number> = {
  half: 1 / 2, 'a half': 1 / 2, 'one half': 1 / 2, 'a third': 1 / 3, 'one third': 1 / 3, 'one-third': 1 / 3, 'two thirds': 2 / 3, 'two-thirds': 2 / 3,
  'a quarter': 1 / 4, 'one quarter': 1 / 4, 'one-quarter': 1 / 4, 'three quarters': 3 / 4, 'three-quarters': 3 / 4, 'a fifth': 1 / 5, 'one fifth': 1 / 5, 'one-fifth': 1 / 5,
  'a tenth': 1 / 10, 'one tenth': 1 / 10, 'one-tenth': 1 / 10,
};
const QUALIFIERS: Record<string, StatedMultiple['qualifier']> = { 'more than': 'more', over: 'more', 'well over': 'more', 'just over': 'more', nearly: 'less', almost: 'less', 'close to': 'less', 'just under': 'less', about: 'about', roughly: 'about', around: 'about', some: 'about', approximately: 'about' };
const RISE = /^(?:rose|risen|rising|grew|grown|growing|increased|increasing|climbed|climbing|jumped|expanded|up)$/i;
const FALL = /^(?:fell|fallen|falling|dropped|dropping|declined|declining|decreased|decreasing|shrank|shrunk|shrinking|contracted|slipped|down|cut|reduced)$/i;
/** A change verb, "by", an optional qualifier and the fraction; never "a third of …" (a part of something) nor "half as …". */
const FRACTION_CHANGE = /\b(rose|risen|rising|grew|grown|growing|increased|increasing|climbed|climbing|jumped|expanded|up|fell|fallen|falling|dropped|dropping|declined|declining|decreased|decreasing|shrank|shrunk|shrinking|contracted|slipped|down|cut|reduced)\s+by\s+(?:(more than|well over|just over|over|nearly|almost|close to|just under|about|roughly|around|some|approximately)\s+)?(half|a half|one half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|a fifth|one[- ]fifth|a tenth|one[- ]tenth)\b(?=\s*(?:[,.;:)(—–]|$)|\s+-\s|\s+(?:from|to|in|over|between|since|and|on|compared|against|during|across|after|while|but|or|when|as|once)\b)/gi;

const CHANGE_VERB = /\b(?:rose|risen|grew|grown|increased|climbed|jumped|expanded|fell|fallen|dropped|declined|decreased|shrank|shrunk|contracted|slipped|cut|reduced|went|moved|doubled|halved)\b/i;

/** The changes in words of a sentence, as multiples whose `change` is the signed fraction. */
export function statedFractions(text: string, sentence: Span): StatedMultiple[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!/\bby\s+(?:\S+\s+){0,2}(?:half|a\s+third|one[- ]third|two[- ]thirds|a\s+quarter|one[- ]quarter|three[- ]quarters|a\s+fifth|one[- ]fifth|a\s+tenth|one[- ]tenth)\b/i.test(body)) return [];
  const found: StatedMultiple[] = [];
  for (const m of body.matchAll(FRACTION_CHANGE)) {
    const verb = m[1]!;
    const size = FRACTIONS[m[3]!.toLowerCase().replace(/\s+/g, ' ')] ?? FRACTIONS[m[3]!.toLowerCase().replace('-', ' ')];
    if (size === undefined) continue;
    const change = RISE.test(verb) ? size : FALL.test(verb) ? -size : undefined;
    if (change === undefined) continue;
    // "fell by a quarter when it retired a ship in 2022, from 80 to 54": a clause of time between the change and its
    // endpoints only when the endpoints follow its comma and it holds no change of its own ("when Westby's fleet grew from …").
    const rest = body.slice(m.index! + m[0].length);
    const clause = /^\s+(?:when|as|once)\b([^,.;]*),\s*from\s/i.exec(rest);
    if (/^\s+(?:when|as|once)\b/i.test(rest) && (!clause || CHANGE_VERB.test(clause[1]!))) continue;
    const at = sentence.start + m.index! + m[0].indexOf('by');
    found.push({ start: at, end: sentence.start + m.index! + m[0].length, text: text.slice(at, sentence.start + m.index! + m[0].length), factor: 1 + change, qualifier: m[2] ? QUALIFIERS[m[2].toLowerCase()]! : 'about', change });
  }
  return found;
}
