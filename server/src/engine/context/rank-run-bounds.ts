// A year span told as a run of one rank ("held the top spot in every edition from 2018 to 2024", "first from 2017
// to 2023") whose every year holds, but where the rank also holds in the edition just before its start or just
// after its end: the span cuts a longer run short, an off-by-one in the span's bounds, not a window the text chose.
import type { RangeToken } from '../numbers.js';

/** Words in the sentence that make the span a window chosen by the text, not the run's own bounds. */
const WINDOW_WORDS =
  /\b(?:between|period|window|review(?:ed)?|covered|covers|covering|study|studied|during|within|programme|program|term|mandate|tenure|decade|sample|horizon|under\s+review|observed|examined|considered|selected|chosen|only\s+(?:the|those)|at\s+least|including|included|also|too|as\s+well|like|for\s+example|e\.g\.|such\s+as|keeps?|kept|keeping|retain\w*|remain\w*|stay\w*|still|continu\w*|again|extend\w*)\b/i;
/** A span that labels its line or item ("- **2024–2025:** BDRI keeps the top spot"): one entry of a timeline. */
const LABEL_AFTER = /^\W{0,3}[:—–]/;
/** Words after the span that carry the run on or leave its bounds open: "and beyond", "and since", "onwards". */
const OPEN_AFTER = /^[\s,]*(?:and\s+(?:beyond|since|again|later|after)|onwards?|or\s+so|at\s+least)\b/i;

/**
 * The longer run a fully held span cuts short, or undefined when the span is the run's own bounds or may be a window:
 * `holdsIn(year)` tells whether the entity holds the claimed rank in that edition (undefined when it cannot be told).
 */
export function understatedRun(
  text: string,
  sentence: { start: number; end: number },
  span: RangeToken,
  official: readonly number[],
  holdsIn: (year: number) => boolean | undefined,
): { from: number; to: number } | undefined {
  const from = span.from.value;
  const to = span.to.value;
  if (to <= from) return undefined;
  if (/\band\b/i.test(span.joiner) || WINDOW_WORDS.test(text.slice(sentence.start, sentence.end))) return undefined;
  if (OPEN_AFTER.test(text.slice(span.end, Math.min(sentence.end, span.end + 20)))) return undefined;
  if (LABEL_AFTER.test(text.slice(span.end, span.end + 4))) return undefined;
  // Only editions of the years right before and after count (no gap of years), each holding the same place.
  const carriesOn = (year: number) => official.includes(year) && holdsIn(year) === true;
  let runFrom = from;
  let runTo = to;
  while (carriesOn(runFrom - 1)) runFrom--;
  while (carriesOn(runTo + 1)) runTo++;
  return runFrom === from && runTo === to ? undefined : { from: runFrom, to: runTo };
}
