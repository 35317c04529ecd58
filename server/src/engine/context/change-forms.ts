// Forms of a stated change after its statement: "…, an increase of 50 crossings or 30%", "rose from 200 to 250, or 30%".
import type { NumberToken } from '../numbers.js';

/** ", an increase of " between the statement's final value and a difference in its unit. */
const DIFFERENCE_NAMED = /^(?:\s+[\p{L}’'-]+){0,3}?(?:\s*\(\s*\d{4}\s*\)|\s+in\s+\d{4})?\s*,\s*(?:an?\s+|the\s+)?(?:net\s+)?(?:increase|rise|gain|growth|jump|decline|decrease|drop|fall|reduction|loss)\s+of\s+(?:some\s+|about\s+|around\s+|roughly\s+)?$/iu;
/** "50 crossings or 30%", "50, or 30%", "50 (30%)". */
const THEN_PERCENT = /^(?:\s+[\p{L}’'-]+){0,2}?(?:,?\s+(?:or|i\.e\.|that\s+is)\s+(?:about\s+|some\s+|around\s+|roughly\s+)?|\s*\(\s*)$/iu;
/** ", or 30%" / ", i.e. 30%" right after the statement. */
const OR_PERCENT = /^(?:\s+[\p{L}’'-]+){0,3}?(?:\s*\(\s*\d{4}\s*\)|\s+in\s+\d{4})?\s*,\s*(?:or|i\.e\.,?|that\s+is)\s+(?:by\s+)?(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$/iu;
/** What may follow a bare percent that names the change: an end of clause, or a period ("over the decade") — never "of …" or a noun. */
const ENDS_CHANGE = /^\s*(?:[,.;:)\]]|$|\[|(?:over|since|between|across|in\s+(?:total|all|the\s+(?:decade|period)))\b)/i;
const CHANGE_VERB = /\b(?:rose|risen|rising|grew|grown|growing|increased|increasing|fell|fallen|falling|dropped|declined|decreased|climbed|jumped|expanded|shrank|contracted|went)\b/i;

/**
 * "…, an increase of 50 crossings or 30%": `value` is the difference in the statement's unit, named as a change and
 * followed by its percent. Returns the percent it stands with.
 */
export function differenceWithPercent(text: string, final: NumberToken, value: NumberToken, tokens: readonly NumberToken[]): NumberToken | undefined {
  if (value.kind !== final.kind || value.kind === 'percent' || value.yearLike || value.style.sign !== '') return undefined;
  if (!DIFFERENCE_NAMED.test(text.slice(final.end, value.start))) return undefined;
  const next = tokens.find((t) => t.start >= value.end && !t.yearLike);
  return next && next.kind === 'percent' && THEN_PERCENT.test(text.slice(value.end, next.start)) && ENDS_CHANGE.test(text.slice(next.end, next.end + 30)) ? next : undefined;
}

/** "rose from 200 to 250, or 30%": a bare percent after "or" names the change when the clause names a change verb. */
export function orPercent(text: string, clauseStart: number, initial: NumberToken, final: NumberToken, t: NumberToken): boolean {
  return t.start > final.end && OR_PERCENT.test(text.slice(final.end, t.start)) && ENDS_CHANGE.test(text.slice(t.end, t.end + 30)) && CHANGE_VERB.test(text.slice(clauseStart, initial.start + 1));
}
